"""What a format's importer hands back before the shared steps (folding, news conventions) run."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Extracted:
    """One file's text and metadata as its format gave them.

    ``text`` is decoded with LF line ends and nothing else applied yet. Metadata fields are "" when the
    file does not say; ``published`` is ISO 8601 (``2020-03-17``). ``warnings`` are plain words.
    ``removed_head`` holds lines at the head of ``text`` that the format's reader found are not the
    article's words (a byline shown above a web page's article): they stay in ``text``, so that they can
    be put back, and are proposed for removal with the news conventions' own (``ImportResult.removed_head``).
    """

    text: str
    format: str
    encoding: str = ""
    encoding_confident: bool = True
    encoding_candidates: tuple[tuple[str, str], ...] = ()
    title: str = ""
    author: str = ""
    place: str = ""
    published: str = ""
    outlet: str = ""
    url: str = ""
    language: str = ""
    warnings: list[str] = field(default_factory=list)
    removed_head: tuple[str, ...] = ()
