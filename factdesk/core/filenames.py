"""A file name proposed from a claim's or a project's title, safe on every system a report travels to.

Titles are free text: «الحكومة/الوزارة: 80% ..» holds a path separator, a pasted title may carry a
right-to-left override that makes «exe.fdp» look like «pdf.exe», and Windows refuses names such as
``CON`` or ``nul.txt`` and names ending in a dot or a space. One function decides, so that every
exporter and both interfaces propose the same name for the same title.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

#: Windows' reserved device names, refused with any extension (``CON.xlsx`` too).
RESERVED: Final = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{n}" for n in (*range(10), "¹", "²", "³")}
    | {f"LPT{n}" for n in (*range(10), "¹", "²", "³")}
)
#: Bytes a name may take in UTF-8 (file systems allow 255; room is left for a suffix such as ``-1``).
MAX_BYTES: Final = 120

# Characters no file system or archive format agrees on: separators, Windows' forbidden ones.
_FORBIDDEN: Final = re.compile(r'[/\\:*?"<>|]')
_SPACES: Final = re.compile(r"\s+")


def _visible(char: str) -> bool:
    # Controls (Cc), format characters (Cf: bidi controls, zero-width ones, BOM), separators
    # (Zl, Zp), surrogates and unassigned code points have no business in a file name.
    return unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp", "Cs", "Cn", "Co")


def safe_filename(
    title: str, extension: str = "", *, fallback: str = "report", max_bytes: int = MAX_BYTES
) -> str:
    """A file name (no directory part) made from ``title``, ending in ``extension`` (".xlsx").

    Path separators and the characters Windows forbids become "-", control, format and bidi
    characters are dropped, runs of whitespace become one space, leading dots and trailing dots
    and spaces go (so neither ``..`` nor a hidden file can come out), a reserved device name gets
    a "_" after it, and the name is cut on a character boundary to ``max_bytes`` of UTF-8
    (extension included). A title with nothing usable left gives ``fallback``.
    """
    if extension and not extension.startswith((".", "-", "_")):
        extension = "." + extension
    extension = "".join(ch for ch in extension if ch.isascii() and (ch.isalnum() or ch in ".-_"))
    name = unicodedata.normalize("NFC", title)
    name = "".join(ch for ch in name if _visible(ch))
    name = _FORBIDDEN.sub("-", name)
    name = _SPACES.sub(" ", name).strip()
    name = _trim(name)
    if not name:
        name = fallback
    room = max_bytes - len(extension.encode("utf-8"))
    if room < 1:
        raise ValueError(f"no room for a name ending in {extension!r}")
    if len(name.encode("utf-8")) > room:
        name = _trim(name.encode("utf-8")[:room].decode("utf-8", errors="ignore"))
        name = name or fallback
    stem, dot, rest = name.partition(".")
    if stem.strip().upper() in RESERVED:  # «nul.txt» is NUL too: the mark goes after the stem
        marked = stem.rstrip() + "_" + dot + rest
        name = marked if len(marked.encode("utf-8")) <= room else fallback
    return name + extension


def _trim(name: str) -> str:
    """Without leading dots or spaces and trailing dots or spaces (Windows drops those silently)."""
    return name.lstrip(". ").rstrip(". ")
