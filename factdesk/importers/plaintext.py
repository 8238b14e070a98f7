"""Turning the bytes of a text file into the text FactDesk keeps for good.

An article's text is decoded once, at import, and then frozen: every highlight points into it by
code-point offset, and every quote in a report is copied from it. A wrong guess at the encoding, a
silently replaced byte or a later "clean-up" would make those offsets and quotes lie. So this module

* :func:`decode_text` decodes only what it can decode with certainty: a byte order mark, strict UTF-8,
  or the encoding the user names; everything else is refused with a message that says what to do;
* :func:`detect_text` goes one step further for files that are not UTF-8: it *guesses* among the legacy
  Arabic encodings (Windows-1256, ISO-8859-6, CP720) and UTF-16/32 without a mark, with
  charset-normalizer's candidates scored for Arabic (:mod:`factdesk.importers.arabic`), and says how
  sure it is, with a preview of each candidate so that a person can choose when it is not sure. It also
  repairs mojibake already inside UTF-8 text (Arabic UTF-8 once read as Windows-1256 or Latin-1 and
  saved again), and says so;
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
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Protocol

from factdesk.importers import arabic as _arabic
from factdesk.importers import mojibake as _mojibake
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
from factdesk.importers.mojibake import repair_mojibake as repair_mojibake  # its older place

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
    inner = text.strip("\n")
    if "\r" not in inner and " \n" not in inner and "\t\n" not in inner and not inner.endswith((" ", "\t")):
        return inner  # no line to trim (the usual file): nothing to split and join
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
            data = read_capped(handle, label, path=path_text)
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
    data = read_capped(stream, _label(name), path=None)
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
    except (LookupError, ValueError):  # ValueError: a NUL inside the name
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


def _too_large(
    label: str, size: int | None, *, path: str | None, limit_bytes: int = MAX_TEXT_BYTES, what: str = "texts"
) -> ImportRefused:
    limit = limit_bytes // _MEGABYTE
    if size is None:
        amount = f"is larger than {limit} MB"
    else:
        # Round up, so that a file just over the limit never reads as "20.0 MB".
        amount = f"is {math.ceil(size * 10 / _MEGABYTE) / 10:.1f} MB"
    return ImportRefused(
        TOO_LARGE,
        f"{label} {amount}; FactDesk imports {what} of at most {limit} MB. "
        "Is it really one article? If so, split it into parts and import them one by one.",
        path=path,
    )


def too_large(
    name: str, size: int | None, *, limit_bytes: int, what: str, path: str | None = None
) -> ImportRefused:
    """The refusal for a file over a size limit, worded like the one for texts (for the other importers)."""
    return _too_large(_label(name), size, path=path, limit_bytes=limit_bytes, what=what)


def label(name: str) -> str:
    """How messages name a file: «name», or "The text" when there is no name."""
    return _label(name)


def read_capped(
    stream: ByteStream,
    label: str,
    *,
    path: str | None,
    limit_bytes: int = MAX_TEXT_BYTES,
    what: str = "texts",
    already: int = 0,
) -> bytes:
    """Read to the end, but stop and refuse once more than ``limit_bytes`` have arrived (counting
    ``already`` bytes read before): an endless pipe is refused without exhausting memory."""
    chunks: list[bytes] = []
    total = already
    while True:
        chunk = stream.read(_READ_CHUNK)
        if not chunk:
            break
        if not isinstance(chunk, bytes | bytearray):
            raise TypeError("expected a binary stream (such as sys.stdin.buffer), got text")
        chunks.append(bytes(chunk))
        total += len(chunk)
        if total > limit_bytes:
            raise _too_large(label, None, path=path, limit_bytes=limit_bytes, what=what)
    return b"".join(chunks)


def _label(name: str) -> str:
    """How a message names the file: «name», or "The text" when there is no name."""
    return f"«{name}»" if name else "The text"


# --- guessing the encoding of text that is not UTF-8 -------------------------------------------------


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text decoded by :func:`detect_text`, with how it was decoded and how sure that is.

    ``encoding`` is the Python codec name; ``confident`` is False when the encoding was guessed and the
    guess is weak (a short text, or two candidates that look alike): then ``candidates`` holds
    ``(codec, preview)`` pairs, best first, for a person to choose from. ``warnings`` are plain words
    for the import report.
    """

    text: str
    encoding: str
    confident: bool = True
    confidence: float = 1.0
    candidates: tuple[tuple[str, str], ...] = ()
    warnings: tuple[str, ...] = ()


#: Readable names for the codecs a guess may produce.
_PRETTY: Final = {
    "utf-8": "UTF-8",
    "cp1256": "Windows-1256",
    "iso8859-6": "ISO-8859-6",
    "cp720": "CP720 (DOS Arabic)",
    "cp864": "CP864 (DOS Arabic)",
    "mac-arabic": "Mac Arabic",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "utf-32-le": "UTF-32 LE",
    "utf-32-be": "UTF-32 BE",
    "cp1252": "Windows-1252 (or Latin-1)",
    "latin-1": "Latin-1",
    "iso8859-1": "Latin-1",
}

#: The legacy Arabic encodings always tried, whatever charset-normalizer proposes.
_ARABIC_CODECS: Final = ("cp1256", "iso8859-6", "cp720")
#: A guess needs this many Arabic letters to be fully trusted; fewer scale the confidence down.
_LETTERS_FOR_CONFIDENCE: Final = 60
#: A guess at or above this confidence is taken without asking.
CONFIDENT: Final = 0.5
#: charset-normalizer reads this much of a file at most: its guesses do not improve past it.
_SNIFF_BYTES: Final = 256 * 1024
_LATIN_DECLARED: Final = frozenset({"ascii", "latin-1", "iso8859-1", "cp1252", "iso8859-15", "iso8859-9"})


def pretty_encoding(codec: str) -> str:
    """``cp1256`` -> ``Windows-1256``: the name people know an encoding by."""
    return _PRETTY.get(codec, codec.upper())


def detect_text(
    data: bytes,
    *,
    encoding: str | None = None,
    declared: str | None = None,
    name: str = "",
    path: str | None = None,
    markup: bool = False,
    max_bytes: int = MAX_TEXT_BYTES,
    what: str = "texts",
) -> DecodedText:
    """Decode a file's bytes, guessing the encoding when it is not certain; refuse what is not text.

    In order: a byte order mark; strict UTF-8 (then mojibake inside it is repaired, see
    :func:`repair_mojibake`); the ``encoding`` the user chose; the ``declared`` one (an HTML page's
    charset); otherwise a guess among the legacy Arabic encodings, charset-normalizer's candidates and,
    when NUL bytes fall the way they do in such text, UTF-16/32 without a mark. Candidates are scored
    for Arabic (:func:`factdesk.importers.arabic.arabic_score`); text without Arabic letters falls back
    to charset-normalizer's own choice. ``markup`` scores only what lies outside tags.

    Refusals are those of :func:`decode_text` (binary, empty, too large, undecodable with a chosen
    encoding); a file that fits no candidate at all is refused as not UTF-8, with the way out.
    """
    label = _label(name)
    if len(data) > max_bytes:
        raise _too_large(label, len(data), path=path, limit_bytes=max_bytes, what=what)
    wanted = _lookup(encoding, path) if encoding and encoding.strip() else None
    warnings: list[str] = []

    bom, bom_codec = _find_bom(data)
    if bom_codec is not None or wanted in _WIDE_CODECS:
        text, codec = _decode_marked(data, bom, bom_codec, wanted, label, path)
        if codec == "utf-8":
            text, repaired = _repair_and_report(text)
            warnings.extend(repaired)
        return DecodedText(text, codec, warnings=tuple(warnings))

    if b"\x00" in data:
        if wanted is not None:  # a chosen single-byte encoding never has NUL in text (as decode_text)
            raise ImportRefused(BINARY, _binary_message(label) + _wide_text_hint(data), path=path)
        return _detect_wide(data, label=label, path=path, markup=markup)
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(data):
        raise ImportRefused(BINARY, _binary_message(label), path=path)

    try:
        text, codec = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        first_bad = error.start
    else:
        # Layout first, so that the line numbers a warning quotes are those of the imported text.
        text, repaired = _repair_and_report(_finish(text, label, path))
        return DecodedText(text, codec, warnings=tuple(repaired))

    if wanted is not None:
        return DecodedText(
            _finish(_decode_strictly(data, wanted, label=label, path=path), label, path), wanted
        )

    declared_codec = _declared_codec(declared)
    if declared_codec is not None:
        try:
            text = data.decode(declared_codec)
        except (UnicodeError, LookupError):
            warnings.append(
                f"the page says it is {pretty_encoding(declared_codec)}, but it cannot be read that way"
            )
        else:
            # Old Arabic sites often declared a Latin charset for Windows-1256 text.
            guess = (
                _guess(data, label=label, path=path, markup=markup, first_bad=first_bad)
                if declared_codec in _LATIN_DECLARED
                else None
            )
            if (
                guess is not None
                and guess.confident
                and _score(guess.text, markup).value > _score(text, markup).value + 0.5
            ):
                message = (
                    f"the page says it is {pretty_encoding(declared_codec)}, but its text is Arabic in "
                    f"{pretty_encoding(guess.encoding)}"
                )
                return DecodedText(
                    guess.text, guess.encoding, True, guess.confidence, guess.candidates, (message,)
                )
            return DecodedText(_finish(text, label, path), declared_codec)

    guess = _guess(data, label=label, path=path, markup=markup, first_bad=first_bad)
    return DecodedText(
        guess.text,
        guess.encoding,
        guess.confident,
        guess.confidence,
        guess.candidates,
        tuple(warnings) + guess.warnings,
    )


def _decode_marked(
    data: bytes, bom: bytes, bom_codec: str | None, wanted: str | None, label: str, path: str | None
) -> tuple[str, str]:
    """Decode data that has a byte order mark, or that the user named UTF-16/32 for (as :func:`_decode`)."""
    if bom_codec is not None:
        body = data[len(bom) :]
        if bom_codec not in _WIDE_CODECS:
            _refuse_binary_bytes(body, label, path)
        text = _decode_after_bom(body, bom_codec, offset=len(bom), label=label, path=path)
        codec = bom_codec
    else:
        assert wanted is not None
        text = _decode_strictly(data, wanted, label=label, path=path)
        codec = wanted
    if codec in _WIDE_CODECS:
        _refuse_binary_text(text, label, path)
    return _finish(text, label, path), codec


def _finish(text: str, label: str, path: str | None) -> str:
    text = normalise_text(text)
    if not text.strip():
        raise ImportRefused(EMPTY, f"{label} is empty: it holds no text to import.", path=path)
    return text


def _declared_codec(declared: str | None) -> str | None:
    if not declared or not declared.strip():
        return None
    try:
        codec = codecs.lookup(declared.strip()).name
    except (LookupError, ValueError):  # ValueError: a NUL inside the name
        return None
    # A page cannot really be UTF-16/32 if its charset could be read as ASCII; such a label is a mistake.
    return None if codec in _WIDE_CODECS or codec in ("utf-16", "utf-32") else codec


#: A tag, for scoring what lies between tags. «[^<>]» keeps the scan linear on hostile markup.
_TAG: Final = re.compile(r"<[^<>]*>")
#: Candidates are scored on this much text: enough to tell encodings apart, and bounded.
_SCORE_CHARS: Final = 256 * 1024


def _score(text: str, markup: bool) -> _arabic.Score:
    sample = text[:_SCORE_CHARS]
    return _arabic.arabic_score(_TAG.sub(" ", sample) if markup else sample)


def _preview(text: str, markup: bool) -> str:
    """The first line with letters in it, shortened: enough for a person to see which candidate reads."""
    sample = text[:_SCORE_CHARS]
    source = _TAG.sub(" ", sample) if markup else sample
    for line in source.splitlines():
        line = " ".join(line.split())
        if any(char.isalpha() for char in line):
            shown = "".join(char if char.isprintable() else "\ufffd" for char in line)
            return shown[:80]
    return ""


def _candidate_codecs(data: bytes) -> list[str]:
    """The legacy Arabic codecs, then what charset-normalizer proposes.

    charset-normalizer's order among Latin code pages is not reliable on short texts (it may put
    Windows-1250 before Windows-1252 for French); among its candidates that read about as cleanly as
    its first (chaos within 0.05), Windows-1252, the web's default legacy encoding, comes first.
    """
    from charset_normalizer import from_bytes

    found = list(_ARABIC_CODECS)
    try:
        matches = list(from_bytes(data[:_SNIFF_BYTES]))
    except Exception:  # a detector failure only means fewer candidates
        matches = []
    proposed: list[tuple[str, float]] = []
    for match in matches:
        try:
            proposed.append((codecs.lookup(match.encoding).name, float(match.chaos)))
        except LookupError:
            continue
    if proposed:
        cleanest = min(chaos for _, chaos in proposed)
        proposed.sort(key=lambda item: 0 if item[0] == "cp1252" and item[1] <= cleanest + 0.05 else 1)
    for codec, _ in proposed:
        if codec not in found and codec != "utf-8":
            found.append(codec)
    return found


@dataclass(frozen=True, slots=True)
class _Candidate:
    codec: str
    text: str
    score: _arabic.Score


def _guess(data: bytes, *, label: str, path: str | None, markup: bool, first_bad: int) -> DecodedText:
    candidates: list[_Candidate] = []
    for codec in _candidate_codecs(data):
        try:
            text = data.decode(codec)
        except (UnicodeError, LookupError):
            continue
        candidates.append(_Candidate(codec, text, _score(text, markup)))
    if not candidates:
        raise ImportRefused(
            NOT_UTF8,
            f"{label} is not UTF-8 text ({_bad_bytes(data, first_bad)} cannot be read), and no other "
            "encoding reads it either. Choose its encoding with --encoding.",
            path=path,
        )
    ranked = sorted(candidates, key=lambda c: c.score.value, reverse=True)
    best = ranked[0]
    if best.score.letters >= 3 and best.score.value > 0.3:
        runner_up = ranked[1].score.value if len(ranked) > 1 else -4.0
        size = min(1.0, best.score.letters / _LETTERS_FOR_CONFIDENCE)
        confidence = round(max(0.0, min(1.0, best.score.value - runner_up)) * size, 2)
    else:
        # No candidate reads as Arabic: trust charset-normalizer's order (the first non-Arabic codec it
        # proposed), and be sure only when every candidate gives the same text.
        proposed = [c for c in candidates if c.codec not in _ARABIC_CODECS] or candidates
        best = proposed[0]
        ranked = [best, *[c for c in candidates if c is not best]]
        same = all(c.text == best.text for c in candidates)
        confidence = 1.0 if same else 0.3
    text = _finish(best.text, label, path)
    confident = confidence >= CONFIDENT
    pretty = pretty_encoding(best.codec)
    if confident:
        warning = f"encoding guessed as {pretty} (confidence {confidence:.2f})"
    else:
        warning = (
            f"encoding guessed as {pretty} with low confidence ({confidence:.2f}): "
            "compare the candidates and choose the encoding that reads"
        )
    previews: list[tuple[str, str]] = []
    seen: set[str] = set()
    for candidate in ranked:
        if candidate.text in seen or len(previews) == 4:
            continue
        seen.add(candidate.text)
        previews.append((candidate.codec, _preview(candidate.text, markup)))
    return DecodedText(text, best.codec, confident, confidence, tuple(previews), (warning,))


def _wide_codecs(data: bytes) -> list[str]:
    """UTF-16/32 byte orders that the NUL bytes of ``data`` are consistent with (see _wide_text_hint)."""
    sample = data[:4096]
    found: list[str] = []
    if len(sample) >= 8 and len(data) % 4 == 0:
        for codec, top in (
            ("utf-32-le", sample[3::4] + sample[2::4]),
            ("utf-32-be", sample[0::4] + sample[1::4]),
        ):
            if top.count(0) == len(top):
                found.append(codec)
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if len(data) % 2 == 0 and even + odd >= 2 and max(even, odd) >= 0.95 * (even + odd):
        found.append("utf-16-le" if odd > even else "utf-16-be")
    return found


def _detect_wide(data: bytes, *, label: str, path: str | None, markup: bool) -> DecodedText:
    """Text with NUL bytes: UTF-16 or UTF-32 without a byte order mark, or else binary."""
    for codec in _wide_codecs(data):
        try:
            text = data.decode(codec)
        except UnicodeError:
            continue
        _refuse_binary_text(text, label, path)
        pretty = pretty_encoding(codec)
        return DecodedText(
            _finish(text, label, path),
            codec,
            True,
            0.95,
            ((codec, _preview(text, markup)),),
            (f"encoding guessed as {pretty} without a byte order mark (confidence 0.95)",),
        )
    raise ImportRefused(BINARY, _binary_message(label) + _wide_text_hint(data), path=path)


# --- mojibake -----------------------------------------------------------------------------------------


def _repair_and_report(text: str) -> tuple[str, list[str]]:
    """Repair garbled Arabic inside UTF-8 text (:mod:`factdesk.importers.mojibake`); say what was done
    and quote what was left garbled."""
    result = _mojibake.repair(text)
    return result.text, result.warnings()
