"""A file name proposed from a claim's or project's title is safe wherever the report travels."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdesk.core.filenames import MAX_BYTES, safe_filename


def test_an_arabic_title_keeps_its_words() -> None:
    assert safe_filename("تقرير التحقق: الرقة", ".xlsx") == "تقرير التحقق- الرقة.xlsx"


@pytest.mark.parametrize(
    "title",
    ["../../etc/passwd", "..\\..\\boot.ini", "a/b\\c", "..", ".", "/", "C:\\Windows\\x"],
)
def test_no_path_separator_and_no_parent_directory(title: str) -> None:
    name = safe_filename(title, ".csv")
    assert "/" not in name and "\\" not in name
    assert not name.startswith(".")
    assert name not in ("..", ".") and name.removesuffix(".csv") not in ("", "..", ".")


@pytest.mark.parametrize("title", ["CON", "con", "NUL", "com1", "LPT9", "AUX", "nul.txt", "PRN "])
def test_reserved_device_names_are_changed(title: str) -> None:
    name = safe_filename(title, ".csv")
    stem = name.removesuffix(".csv").split(".")[0].strip().upper()
    assert stem not in {"CON", "NUL", "COM1", "LPT9", "AUX", "PRN"}


def test_bidi_and_other_invisible_controls_are_dropped() -> None:
    # «RLO» would make «exe.fdp» look like «pdf.exe»
    name = safe_filename("report\u202eexe.fdp\u2066x\u200f\x00\n", ".csv")
    assert name == "reportexe.fdpx.csv"


def test_windows_forbidden_characters_and_trailing_dots_go() -> None:
    assert safe_filename('a:b*c?d"e<f>g|h. . ', ".ods") == "a-b-c-d-e-f-g-h.ods"


def test_nothing_usable_gives_the_fallback() -> None:
    assert safe_filename("\u202e...  ", ".xlsx") == "report.xlsx"
    assert safe_filename("", ".json", fallback="claim") == "claim.json"


def test_a_long_arabic_title_is_cut_on_a_character_boundary() -> None:
    name = safe_filename("قافلة " * 100, ".xlsx")
    assert len(name.encode("utf-8")) <= MAX_BYTES
    assert name.endswith(".xlsx") and name.startswith("قافلة")
    name.encode("utf-8").decode("utf-8")  # whole characters only


@given(st.text(max_size=300), st.sampled_from(["", ".csv", ".xlsx", "-1a2b3c4d.jsonld"]))
def test_any_title_gives_a_safe_name(title: str, extension: str) -> None:
    name = safe_filename(title, extension)
    assert name and len(name.encode("utf-8")) <= MAX_BYTES
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith((".", " ")) and name.endswith(extension)
    assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in name)
    assert name.split(".")[0].strip().upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}
