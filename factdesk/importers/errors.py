"""Why an import was refused, in words a fact-checker can act on.

Importers refuse rather than guess: an article's text is frozen at import and every highlight points
into it, so a wrongly decoded file would poison all later work. A refusal therefore carries two things:
a message for the person at the keyboard (what is wrong with *their* file and what to do next), and a
short machine key so that the command line, the window and the tests can react without parsing prose.
"""

from __future__ import annotations

from typing import Final

#: The file is not valid UTF-8 and no encoding was chosen.
NOT_UTF8: Final = "not-utf8"
#: The chosen encoding (or the one a byte order mark declares) cannot read the bytes.
UNDECODABLE: Final = "undecodable"
#: The chosen encoding is not a text encoding FactDesk (Python) knows.
UNKNOWN_ENCODING: Final = "unknown-encoding"
#: NUL bytes or many control characters: an image, a program, a compressed file...
BINARY: Final = "binary"
#: Nothing but whitespace.
EMPTY: Final = "empty"
#: Larger than any article could reasonably be.
TOO_LARGE: Final = "too-large"
#: The file could not be opened or read at all (missing, a folder, no permission).
UNREADABLE: Final = "unreadable"
#: A PDF without a text layer (a scan, or pictures of text): it needs OCR before it can be imported.
NEEDS_OCR: Final = "needs-ocr"
#: A kind of file FactDesk does not import (an image, an old binary .doc, a spreadsheet...).
UNSUPPORTED: Final = "unsupported"
#: A document (Word, OpenDocument, PDF, web archive) whose structure is broken.
DAMAGED: Final = "damaged"
#: A document built to exhaust memory or time: a zip bomb, an XML entity bomb.
UNSAFE: Final = "unsafe"
#: A document locked with a password.
ENCRYPTED: Final = "encrypted"

#: Every reason an importer may give.
REASONS: Final = frozenset(
    {
        NOT_UTF8,
        UNDECODABLE,
        UNKNOWN_ENCODING,
        BINARY,
        EMPTY,
        TOO_LARGE,
        UNREADABLE,
        NEEDS_OCR,
        UNSUPPORTED,
        DAMAGED,
        UNSAFE,
        ENCRYPTED,
    }
)


class ImportRefused(Exception):
    """An importer declined a file; ``str(error)`` is the message to show the user.

    ``reason`` is one of :data:`REASONS`; ``path`` is the file's path when the refusal came from a file
    (``None`` for bytes or a stream that have no path).
    """

    def __init__(self, reason: str, message: str, *, path: str | None = None) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown refusal reason {reason!r}; expected one of {sorted(REASONS)}")
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.path = path

    def __reduce__(self) -> tuple[object, ...]:
        # The default pickling passes only ``args`` back to ``__init__``; import work may run in another
        # process and its refusals must survive the trip intact.
        return (type(self), (self.reason, self.message), {"path": self.path})

    def __repr__(self) -> str:
        return f"ImportRefused({self.reason!r}, {self.message!r}, path={self.path!r})"
