"""Decoding imported text: certain encodings only, clear refusals, and nothing altered but layout."""

from __future__ import annotations

import codecs
import io
import pickle
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factdesk.importers.errors import REASONS, ImportRefused
from factdesk.importers.plaintext import (
    MAX_TEXT_BYTES,
    decode_text,
    normalise_text,
    read_stream,
    read_text_file,
)

# Written for these tests: Arabic with hamza forms, a shadda, tanween, digits and «» quotes (all of it in cp1256 too).
PHRASE = "قالت الوزارة إنّ «36 سيارة» دُمّرت أمس؟\nوأكّد المصدر ذلك أيضاً."

BOM_CASES = [
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
]


def refusal(data: bytes, **kwargs: str) -> ImportRefused:
    with pytest.raises(ImportRefused) as caught:
        decode_text(data, **kwargs)
    return caught.value


# --- byte order marks -------------------------------------------------------------------------------


@pytest.mark.parametrize(("bom", "codec", "expected"), BOM_CASES)
def test_byte_order_mark_chooses_the_encoding_and_is_dropped(bom: bytes, codec: str, expected: str) -> None:
    text, used = decode_text(bom + PHRASE.encode(codec))
    assert text == PHRASE
    assert used == expected
    assert "\ufeff" not in text


def test_utf32_le_mark_is_not_taken_for_the_utf16_le_mark_it_starts_with() -> None:
    data = codecs.BOM_UTF32_LE + "نص".encode("utf-32-le")
    assert data.startswith(codecs.BOM_UTF16_LE)
    assert decode_text(data) == ("نص", "utf-32-le")


def test_byte_order_mark_wins_over_the_chosen_encoding() -> None:
    data = codecs.BOM_UTF16_LE + PHRASE.encode("utf-16-le")
    assert decode_text(data, encoding="cp1256") == (PHRASE, "utf-16-le")


def test_damaged_text_after_a_byte_order_mark_is_refused_with_its_position() -> None:
    data = codecs.BOM_UTF8 + "نص".encode() + b"\xff"
    error = refusal(data, name="damaged.txt")
    assert error.reason == "undecodable"
    assert "0xFF at position 7" in str(error)  # 3 bytes of mark + 4 bytes of «نص»
    assert "«damaged.txt»" in str(error)


# --- line endings and layout ------------------------------------------------------------------------


def test_crlf_and_lone_cr_become_lf() -> None:
    data = "سطر أول\r\nسطر ثان\rسطر ثالث\nسطر رابع".encode()
    text, _ = decode_text(data)
    assert text == "سطر أول\nسطر ثان\nسطر ثالث\nسطر رابع"


def test_cr_before_crlf_makes_two_line_breaks() -> None:
    assert decode_text(b"one\r\r\ntwo")[0] == "one\n\ntwo"


def test_utf16_crlf_is_unified_too() -> None:
    data = codecs.BOM_UTF16_LE + "أ\r\nب\r\n".encode("utf-16-le")
    assert decode_text(data)[0] == "أ\nب"


def test_other_unicode_line_breaks_are_content_and_stay() -> None:
    original = "أ\u2028ب\u2029ج\x85د\x0bهـ\x0cو"
    assert decode_text(original.encode())[0] == original


def test_layout_at_the_edges_goes_and_everything_else_stays() -> None:
    original = "\n \n\t\n  مقدمة مسافتها محفوظة \t\n\n\nفقرة\u00a0ثانية\u00a0\n \t \nآخر سطر  \n\n"
    text, _ = decode_text(original.encode())
    # Trailing spaces and tabs, and the blank lines around the text, go; indentation, internal blank
    # lines (even ones that held only spaces) and no-break spaces stay.
    assert text == "  مقدمة مسافتها محفوظة\n\n\nفقرة\u00a0ثانية\u00a0\n\nآخر سطر"


def test_text_is_never_normalised_or_cleaned() -> None:
    original = (
        "\u202bآل باتشينو\u202c "  # bidi embedding controls
        "ﻣﺼﺎﺩﺭ ﻣﺤﻠﻴﺔ "  # presentation forms
        "ا\u0653 "  # alef + combining madda, not composed into آ
        "ﷺ "  # a ligature
        "مُحَمَّد ـــ "  # diacritics and tatweel
        "\u200fعلامة\u200e \u200d"  # direction marks, zero-width joiner
    )
    assert decode_text(original.encode())[0] == original


def test_normalise_text_is_idempotent() -> None:
    once = normalise_text(" \r\nأ  \r\n\r\nب\t\r")
    assert once == "أ\n\nب"
    assert normalise_text(once) == once


@given(st.text(alphabet=st.sampled_from([" ", "\t", "\n", "\r", "\u00a0", "\u2028", "ب", "a"])))
def test_normalise_text_follows_its_rules_line_by_line(text: str) -> None:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assert normalise_text(text) == "\n".join(line.rstrip(" \t") for line in lines).strip("\n")


# --- refusals ---------------------------------------------------------------------------------------


def test_legacy_bytes_are_refused_with_the_first_bad_byte_and_the_way_out() -> None:
    data = b"2017 " + PHRASE.encode("cp1256")
    error = refusal(data, name="okaz.txt")
    assert error.reason == "not-utf8"
    assert error.path is None
    bad = PHRASE.encode("cp1256")[0]
    assert str(error) == (
        f"«okaz.txt» is not UTF-8 text (byte 0x{bad:02X} at position 5 cannot be read). "
        "Choose its encoding with --encoding."
    )


def test_utf8_cut_off_mid_character_is_refused() -> None:
    data = "نص".encode()[:-1]
    error = refusal(data)
    assert error.reason == "not-utf8"
    assert "position 2" in str(error)
    assert "--encoding" in str(error)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06", id="png"
        ),
        pytest.param(b"%PDF-1.7\n" + bytes(range(256)) * 4, id="pdf-like"),
        pytest.param("نص عادي".encode() + b"\x00" + "ثم نص".encode(), id="one-nul"),
        pytest.param(b"PK\x03\x04\x14\x00\x06\x00\x08\x00", id="zip"),
        pytest.param(b"\x1b\x01\x02\x03\x04\x05\x06\x07abc", id="controls-without-nul"),
    ],
)
def test_binary_data_is_refused(data: bytes) -> None:
    error = refusal(data, name="photo.png")
    assert error.reason == "binary"
    assert str(error).startswith("«photo.png» looks like a binary file, not text")


def test_binary_is_refused_even_when_an_encoding_is_chosen() -> None:
    assert refusal(b"GIF89a\x01\x00\x01\x00\x00\x00\x00", encoding="cp1256").reason == "binary"


def test_a_stray_control_character_does_not_make_text_binary() -> None:
    data = ("نص طويل بما يكفي لاعتباره نصًّا حقيقيًّا " * 3).encode() + b"\x1a"
    text, _ = decode_text(data)
    assert text.endswith("\x1a")


def test_utf16_without_a_mark_is_refused_with_a_hint_and_read_when_named() -> None:
    data = "الرياض 2015 - تقرير".encode("utf-16-be")
    error = refusal(data)
    assert error.reason == "binary"
    assert "--encoding utf-16-be" in str(error)
    assert decode_text(data, encoding="utf-16-be") == ("الرياض 2015 - تقرير", "utf-16-be")


def test_utf32_without_a_mark_gets_a_hint() -> None:
    assert "--encoding utf-32-le" in str(refusal("جدة".encode("utf-32-le")))


def test_nul_inside_utf16_text_is_still_binary() -> None:
    data = codecs.BOM_UTF16_LE + "أ\x00ب".encode("utf-16-le")
    assert refusal(data).reason == "binary"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b" \n\t\r\n  ",
        codecs.BOM_UTF8,
        codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"),
        "\u00a0\n".encode(),
    ],
)
def test_empty_or_whitespace_only_is_refused(data: bytes) -> None:
    error = refusal(data, name="blank.txt")
    assert error.reason == "empty"
    assert "«blank.txt» is empty" in str(error)


def test_too_large_is_refused_with_the_size_in_megabytes() -> None:
    error = refusal(b"a" * (MAX_TEXT_BYTES + 1), name="dump.sql")
    assert error.reason == "too-large"
    assert "«dump.sql» is 20.1 MB" in str(error)
    assert "at most 20 MB" in str(error)


def test_the_limit_itself_is_accepted() -> None:
    text, _ = decode_text(b"a" * MAX_TEXT_BYTES)
    assert len(text) == MAX_TEXT_BYTES


# --- a chosen encoding ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["cp1256", "windows-1256", "CP1256"])
def test_chosen_cp1256_reads_windows_arabic(name: str) -> None:
    data = PHRASE.replace("\n", "\r\n").encode("cp1256")
    assert decode_text(data, encoding=name) == (PHRASE, "cp1256")


def test_chosen_iso_8859_6_refuses_bytes_it_does_not_define_with_the_position() -> None:
    data = "سلام ".encode("iso-8859-6") + b"\xa1"  # 0xA1 is unassigned in ISO-8859-6
    error = refusal(data, encoding="iso-8859-6", name="x.txt")
    assert error.reason == "undecodable"
    assert "0xA1 at position 5" in str(error)
    assert "iso8859-6" in str(error)
    assert "--encoding" in str(error)


def test_valid_utf8_is_read_as_utf8_even_when_a_legacy_encoding_is_chosen() -> None:
    # cp1256 reads any bytes, so taking the user at their word here would freeze mojibake for good.
    assert decode_text(PHRASE.encode(), encoding="cp1256") == (PHRASE, "utf-8")


@pytest.mark.parametrize("name", ["klingon", "base64", "rot13", "zlib"])
@pytest.mark.parametrize(
    "data", [PHRASE.encode("cp1256"), PHRASE.encode()], ids=["cp1256-bytes", "utf8-bytes"]
)
def test_unknown_or_non_text_encodings_are_refused_whatever_the_data(name: str, data: bytes) -> None:
    error = refusal(data, encoding=name)
    assert error.reason == "unknown-encoding"
    assert f"does not know the text encoding «{name}»" in str(error)
    assert "cp1256" in str(error)  # names one that would work


def test_a_codec_that_rejects_input_without_a_position_is_still_a_refusal() -> None:
    assert refusal(b"\xff" + b"a" * 70, encoding="idna").reason == "undecodable"


def test_an_empty_encoding_means_none_was_chosen() -> None:
    assert refusal(PHRASE.encode("cp1256"), encoding="").reason == "not-utf8"


# --- files and streams ------------------------------------------------------------------------------


def test_read_text_file(tmp_path: Path) -> None:
    path = tmp_path / "مقال.txt"
    path.write_bytes(codecs.BOM_UTF8 + PHRASE.replace("\n", "\r\n").encode() + b"\r\n")
    assert read_text_file(path) == (PHRASE, "utf-8")
    assert read_text_file(str(path)) == (PHRASE, "utf-8")


def test_read_text_file_with_a_chosen_encoding(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(PHRASE.encode("cp1256"))
    assert read_text_file(path, encoding="cp1256") == (PHRASE, "cp1256")


def test_file_refusals_carry_the_path_and_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(PHRASE.encode("cp1256"))
    with pytest.raises(ImportRefused) as caught:
        read_text_file(path)
    assert caught.value.path == str(path)
    assert str(caught.value).startswith("«legacy.txt» is not UTF-8 text")


def test_a_huge_file_is_refused_from_its_size_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(10 * 1024**3)  # a sparse 10 GB file: reading it would take minutes and all memory
    with pytest.raises(ImportRefused) as caught:
        read_text_file(path)
    assert caught.value.reason == "too-large"
    assert "is 10240.0 MB" in str(caught.value)
    assert caught.value.path == str(path)


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda tmp: tmp / "missing.txt", "no such file"),
        (lambda tmp: tmp, "is a folder"),
    ],
)
def test_files_that_cannot_be_opened_are_refused(tmp_path: Path, make, words: str) -> None:
    path = make(tmp_path)
    with pytest.raises(ImportRefused) as caught:
        read_text_file(path)
    assert caught.value.reason == "unreadable"
    assert words in str(caught.value)
    assert caught.value.path == str(path)


def test_read_stream() -> None:
    stream = io.BytesIO(PHRASE.encode("utf-16"))  # with the machine's byte order mark
    assert read_stream(stream)[0] == PHRASE


def test_read_stream_names_standard_input_in_messages() -> None:
    with pytest.raises(ImportRefused) as caught:
        read_stream(io.BytesIO(PHRASE.encode("cp1256")))
    assert str(caught.value).startswith("«standard input» is not UTF-8 text")
    assert read_stream(io.BytesIO(PHRASE.encode("cp1256")), encoding="cp1256") == (PHRASE, "cp1256")


class EndlessStream:
    """A pipe that never ends; counts what it hands out."""

    def __init__(self) -> None:
        self.served = 0

    def read(self, size: int = -1, /) -> bytes:
        size = 65536 if size < 0 else size
        self.served += size
        return b"a" * size


def test_an_endless_stream_is_refused_once_past_the_limit() -> None:
    stream = EndlessStream()
    with pytest.raises(ImportRefused) as caught:
        read_stream(stream)
    assert caught.value.reason == "too-large"
    assert "larger than 20 MB" in str(caught.value)
    assert MAX_TEXT_BYTES < stream.served <= MAX_TEXT_BYTES + 2 * 1024 * 1024


def test_a_text_stream_is_a_programming_error() -> None:
    with pytest.raises(TypeError, match="binary stream"):
        read_stream(io.StringIO("نص"))  # type: ignore[arg-type]


# --- the refusal itself -----------------------------------------------------------------------------


def test_refusal_is_plain_data_that_survives_pickling() -> None:
    error = ImportRefused("binary", "«x» looks like a binary file, not text.", path="/tmp/x")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.reason, str(copy), copy.path) == (
        "binary",
        "«x» looks like a binary file, not text.",
        "/tmp/x",
    )


def test_refusal_reasons_are_a_closed_set() -> None:
    assert {"not-utf8", "binary", "empty", "too-large"} <= REASONS
    with pytest.raises(ValueError, match="unknown refusal reason"):
        ImportRefused("bad-vibes", "?")


# --- properties -------------------------------------------------------------------------------------


@settings(max_examples=400)
@given(
    data=st.binary(max_size=300),
    encoding=st.sampled_from([None, "cp1256", "iso-8859-6", "cp720", "utf-16-le", "utf-32-be", "utf-16"]),
)
def test_any_bytes_give_text_or_a_refusal_and_nothing_else(data: bytes, encoding: str | None) -> None:
    try:
        text, used = decode_text(data, encoding=encoding)
    except ImportRefused as error:
        assert error.reason in REASONS
        assert str(error)
    else:
        assert isinstance(text, str)
        assert isinstance(used, str)
        assert text.strip()
        assert "\r" not in text


# Text a person could have written: no surrogates, no C0 controls except tab, line feed, form feed, CR.
_TEXT = st.text(
    alphabet=st.characters(
        exclude_categories=["Cs"],
        exclude_characters=[chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0C, 0x0D)],
    ),
    max_size=200,
)


@given(original=_TEXT)
def test_decoding_utf8_text_changes_only_layout(original: str) -> None:
    assume(not original.startswith("\ufeff"))  # that would be a byte order mark
    try:
        text, used = decode_text(original.encode())
    except ImportRefused as error:
        assert error.reason == "empty"
        assert not original.strip()
        return
    assert used == "utf-8"
    # Only whitespace is ever removed, so every other character survives, in order.
    assert "".join(text.split()) == "".join(original.split())
    assert "\r" not in text
    assert all(line == line.rstrip(" \t") for line in text.split("\n"))
    assert not text.startswith("\n") and not text.endswith("\n")
    assert normalise_text(text) == text
