"""How a tag is written: one rule for the window and the command line, so «#سوريا», « سوريا »
and «سوريا» file a claim under the same topic."""

from __future__ import annotations

import unicodedata
from typing import Final

#: The longest tag kept: a topic, not a sentence.
MAX_TAG: Final = 60


def clean_tag(name: str) -> str:
    """The tag as stored: NFC, one space between words, no leading «#», at most :data:`MAX_TAG`
    characters; empty when nothing is left."""
    text = unicodedata.normalize("NFC", name)
    text = " ".join(text.split()).lstrip("#").strip()
    return text[:MAX_TAG].strip()
