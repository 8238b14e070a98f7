"""Turning the bytes of a text file into the text FactDesk keeps for good.

An article's text is decoded once, at import, and then frozen: every highlight points into it by
code-point offset, and every quote in a report is copied from it. A wrong guess at the encoding, a
silently replaced byte or a later "clean-up" would make those offsets and quotes lie. So this module

* decodes only what it can decode with certainty: a byte order mark, strict UTF-8, or the encoding the
  user names; everything else is refused with a message that says what to do (legacy-encoding detection
  is a separate, later step and is deliberately not guessed at here);
* refuses what is not text at all (images, archives, programs) instead of importing noise;
* changes only what is not content: line-ending conventions (CRLF and CR become LF), spaces and tabs at
  the ends of lines, and blank lines around the whole text. Unicode normalisation is *not* applied, and
  bidi controls, diacritics, tatweel and presentation forms are left exactly as they came; other modules
  report them so that the fact-checker decides.

Nothing here knows about Qt, SQL or the project file.
"""

from __future__ import annotations

import codecs
import contextlib
import math
import os
import re
from pathlib import Path
from typing import Final, Protocol

from factdesk.importers.errors import (
    BINARY,
    EMPTY,
    NOT_UTF8,
    TOO_LARGE,
    UNDECODABLE,
    UNKNOWN_ENCODING,
    UNREADABLE,
    ImportRefused,
)

#: The largest text FactDesk imports. The longest real articles are well under 1 MB; anything past
#: this is a mistake (a database dump, a video) that would only freeze the window.
MAX_TEXT_BYTES: Final = 20 * 1024 * 1024

_MEGABYTE: Final = 1024 * 1024
_READ_CHUNK: Final = 1024 * 1024

#: Byte order marks and the codec that reads what follows them. UTF-32 LE must be tried before
#: UTF-16 LE: its mark (FF FE 00 00) begins with the UTF-16 LE mark (FF FE).
_BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Encodings in which NUL bytes are a normal part of text, so the byte-level binary test cannot apply.
_WIDE_CODECS: Final = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})

#: C0 control characters that do not occur in text. Tab, line feed, form feed and carriage return do.
_CONTROL_BYTES: Final = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0C, 0x0D))
_CONTROL_CHARS: Final = re.compile("[" + re.escape(_CONTROL_BYTES.decode("ascii")) + "]")

#: More control characters than this share of the data means it is not text. Real text has none or a
#: stray few (a DOS end-of-file mark); binary formats are full of them.
_MAX_CONTROL_SHARE: Final = 0.10


class ByteStream(Protocol):
    """Anything with a binary ``read``: ``sys.stdin.buffer``, an open ``rb`` file, ``io.BytesIO``."""

    def read(self, size: int = -1, /) -> bytes: ...


def decode_text(data: bytes, *, encoding: str | None = None, name: str = "") -> tuple[str, str]:
    """Decode a file's bytes into article text; return ``(text, encoding_used)`` or raise ImportRefused.

    The encoding is settled in this order, and never by guessing:

    1. a byte order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) wins, even over ``encoding``, because it
       is the file's own statement about itself; the mark is not part of the text and is dropped;
    2. otherwise strict UTF-8. Valid UTF-8 is tried first even when ``encoding`` names a legacy
       encoding: Arabic legacy text is practically never valid UTF-8, whereas code pages such as
       cp1256 decode *any* bytes, so reading a UTF-8 file "as cp1256" would silently freeze mojibake;
    3. otherwise ``encoding``, strictly. UTF-16/32 named without a mark are used directly (their text
       is often valid UTF-8 byte by byte, so step 2 does not apply to them).

    ``encoding_used`` is the Python codec name that read the bytes after any mark (``"utf-8"``,
    ``"utf-16-le"``, ``"cp1256"``...). ``name`` is only used in messages (usually the file's name).
    The text is then normalised by :func:`normalise_text`.
    """
    return _decode(data, encoding=encoding, name=name, path=None)


def normalise_text(text: str) -> str:
    """Remove what is layout rather than content, and nothing else.

    CRLF and lone CR become LF (Unicode line and paragraph separators, NEL, vertical tab and form feed
    are content and stay); spaces and tabs at line ends go, since they are invisible and would only shift
    offsets; blank lines before and after the text go. Leading indentation, internal blank lines and
    every character inside a line stay exactly as they are. The result has no final newline.
    """
    lines = _unify_line_endings(text).split("\n")
    return "\n".join(line.rstrip(" \t") for line in lines).strip("\n")


def read_text_file(path: str | os.PathLike[str], *, encoding: str | None = None) -> tuple[str, str]:
    """Read and decode a text file; see :func:`decode_text`.

    The size is checked before reading, so that a huge file is refused at once instead of being loaded
    into memory; the read itself is capped too, for files that grow or report no size (pipes, devices).
    Files that cannot be opened are refused with reason ``unreadable`` rather than an OSError, so callers
    importing many files can report each one and carry on.
    """
    path_text = os.fspath(path)
    name = Path(path_text).name or path_text
    label = _label(name)
    try:
        with open(path_text, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_TEXT_BYTES:
                raise _too_large(label, size, path=path_text)
            data = _read_capped(handle, label, path=path_text)
    except FileNotFoundError:
        raise ImportRefused(
            UNREADABLE, f"{label} cannot be opened: there is no such file.", path=path_text
        ) from None
    except IsADirectoryError:
        raise ImportRefused(UNREADABLE, f"{label} is a folder, not a text file.", path=path_text) from None
    except PermissionError:
        raise ImportRefused(
            UNREADABLE, f"{label} cannot be opened: this account is not allowed to read it.", path=path_text
        ) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise ImportRefused(UNREADABLE, f"{label} cannot be read ({reason}).", path=path_text) from None
    return _decode(data, encoding=encoding, name=name, path=path_text)


def read_stream(
    stream: ByteStream, *, encoding: str | None = None, name: str = "standard input"
) -> tuple[str, str]:
    """Read a binary stream (such as ``sys.stdin.buffer``) to its end and decode it; see :func:`decode_text`.

    A stream has no size to check up front, so reading stops as soon as it passes
    :data:`MAX_TEXT_BYTES`: an endless or enormous pipe is refused without exhausting memory.
    """
    data = _read_capped(stream, _label(name), path=None)
    return _decode(data, encoding=encoding, name=name, path=None)


def _unify_line_endings(text: str) -> str:
    """CRLF (Windows) and lone CR (old Mac) become LF; CRLF first, so that it makes one line break, not two."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, *, encoding: str | None, name: str, path: str | None) -> tuple[str, str]:
    label = _label(name)
    if len(data) > MAX_TEXT_BYTES:
        raise _too_large(label, len(data), path=path)

    wanted = _lookup(encoding, path) if encoding and encoding.strip() else None
    bom, bom_codec = _find_bom(data)
    if bom_codec is not None:
        body = data[len(bom) :]
        if bom_codec not in _WIDE_CODECS:
            _refuse_binary_bytes(body, label, path)
        text = _decode_after_bom(body, bom_codec, offset=len(bom), label=label, path=path)
        if bom_codec in _WIDE_CODECS:
            _refuse_binary_text(text, label, path)
        codec = bom_codec
    elif wanted in _WIDE_CODECS:
        text = _decode_strictly(data, wanted, label=label, path=path)
        _refuse_binary_text(text, label, path)
        codec = wanted
    else:
        _refuse_binary_bytes(data, label, path)
        try:
            text, codec = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as error:
            if wanted is None:
                raise ImportRefused(
                    NOT_UTF8,
                    f"{label} is not UTF-8 text ({_bad_bytes(data, error.start)} cannot be read). "
                    "Choose its encoding with --encoding.",
                    path=path,
                ) from None
            text = _decode_strictly(data, wanted, label=label, path=path)
            codec = wanted

    text = normalise_text(text)
    if not text.strip():
        raise ImportRefused(EMPTY, f"{label} is empty: it holds no text to import.", path=path)
    return text, codec


def _lookup(encoding: str, path: str | None) -> str:
    """The canonical codec name for what the user typed (``windows-1256`` -> ``cp1256``).

    Python also has codecs that do not turn bytes into text (base64, zlib, rot13); they are refused here
    like unknown names, whatever the data.
    """
    try:
        codec = codecs.lookup(encoding.strip()).name
        # Decoding one byte raises LookupError for base64 & co. (empty input would skip that check);
        # a text encoding that cannot read a lone byte (UTF-16, UTF-32) is fine.
        with contextlib.suppress(UnicodeError):
            b"a".decode(codec)
        return codec
    except LookupError:
        raise ImportRefused(
            UNKNOWN_ENCODING,
            f"FactDesk does not know the text encoding «{encoding}». "
            "Use a name such as cp1256 (Windows Arabic), iso-8859-6, cp720 or utf-16-le.",
            path=path,
        ) from None


def _find_bom(data: bytes) -> tuple[bytes, str | None]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return bom, codec
    return b"", None


def _decode_after_bom(body: bytes, codec: str, *, offset: int, label: str, path: str | None) -> str:
    try:
        return body.decode(codec)
    except UnicodeDecodeError as error:
        # --encoding cannot help here (the mark wins), so the message does not suggest it.
        # Positions count the mark too, so that they match what a hex viewer shows.
        raise ImportRefused(
            UNDECODABLE,
            f"{label} starts with a {codec.upper()} byte order mark, but "
            f"{_bad_bytes(body, error.start, offset=offset)} cannot be read as {codec.upper()}: "
            "the file is damaged or was saved with a wrong mark.",
            path=path,
        ) from None


def _decode_strictly(data: bytes, codec: str, *, label: str, path: str | None) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise ImportRefused(
            UNDECODABLE,
            f"{label} cannot be read as {codec} ({_bad_bytes(data, error.start)} cannot be read). "
            "Choose another encoding with --encoding.",
            path=path,
        ) from None
    except UnicodeError:
        # Codecs such as idna reject input without saying where.
        raise ImportRefused(
            UNDECODABLE,
            f"{label} cannot be read as {codec}. Choose another encoding with --encoding.",
            path=path,
        ) from None


def _refuse_binary_bytes(data: bytes, label: str, path: str | None) -> None:
    """Refuse data that is not text, judged on the bytes (for encodings where text never holds NUL)."""
    if b"\x00" in data:
        raise ImportRefused(BINARY, _binary_message(label) + _wide_text_hint(data), path=path)
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(data):
        raise ImportRefused(BINARY, _binary_message(label), path=path)


def _refuse_binary_text(text: str, label: str, path: str | None) -> None:
    """Refuse decoded UTF-16/32 text that holds NUL or many control characters."""
    if "\x00" in text or len(_CONTROL_CHARS.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise ImportRefused(BINARY, _binary_message(label), path=path)


def _binary_message(label: str) -> str:
    return f"{label} looks like a binary file, not text."


def _wide_text_hint(data: bytes) -> str:
    """A hint when the NULs fall the way UTF-16 or UTF-32 text without a byte order mark has them.

    Only a hint for the user, never acted on: the file is still refused. In UTF-16 the NULs are the high
    bytes of ASCII characters, all at odd positions (little-endian) or all at even ones (big-endian); in
    UTF-32 every fourth byte is NUL. Random binary data has NULs everywhere.
    """
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    codec = ""
    if even + odd >= 2 and max(even, odd) >= 0.95 * (even + odd):
        codec = "utf-16-le" if odd > even else "utf-16-be"
    elif len(sample) >= 8 and sample.count(0) < len(sample):
        for candidate, top_bytes in (("utf-32-le", sample[3::4]), ("utf-32-be", sample[0::4])):
            if top_bytes.count(0) == len(top_bytes):
                codec = candidate
                break
    if not codec:
        return ""
    return f" If it is text saved as {codec.upper()} without a byte order mark, choose --encoding {codec}."


def _bad_bytes(data: bytes, start: int, *, offset: int = 0) -> str:
    """Words for the first byte that cannot be read, e.g. ``byte 0x91 at position 12``."""
    if start >= len(data):
        return f"the text is cut off at position {start + offset}"
    return f"byte 0x{data[start]:02X} at position {start + offset}"


def _too_large(label: str, size: int | None, *, path: str | None) -> ImportRefused:
    limit = MAX_TEXT_BYTES // _MEGABYTE
    if size is None:
        amount = f"is larger than {limit} MB"
    else:
        # Round up, so that a file just over the limit never reads as "20.0 MB".
        amount = f"is {math.ceil(size * 10 / _MEGABYTE) / 10:.1f} MB"
    return ImportRefused(
        TOO_LARGE,
        f"{label} {amount}; FactDesk imports texts of at most {limit} MB. "
        "Is it really one article? If so, split it into parts and import them one by one.",
        path=path,
    )


def _read_capped(stream: ByteStream, label: str, *, path: str | None) -> bytes:
    """Read to the end, but stop and refuse once more than :data:`MAX_TEXT_BYTES` have arrived."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(_READ_CHUNK)
        if not chunk:
            break
        if not isinstance(chunk, bytes | bytearray):
            raise TypeError("expected a binary stream (such as sys.stdin.buffer), got text")
        chunks.append(bytes(chunk))
        total += len(chunk)
        if total > MAX_TEXT_BYTES:
            raise _too_large(label, None, path=path)
    return b"".join(chunks)


def _label(name: str) -> str:
    """How a message names the file: «name», or "The text" when there is no name."""
    return f"«{name}»" if name else "The text"
