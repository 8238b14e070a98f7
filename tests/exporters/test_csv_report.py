"""The CSV report: what Excel, LibreOffice and scripts will read back from it, and how it is written."""

from __future__ import annotations

import csv
import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdesk.core.report import AppearanceLine, ClaimReport, EvidenceLine
from factdesk.exporters.csv_report import (
    CSV_COLUMNS,
    csv_columns,
    report_row,
    write_csv_report,
)
from factdesk.exporters.safe_cells import clean_text, defuse_formula, one_line

BOM = b"\xef\xbb\xbf"

EXPECTED_COLUMNS = (
    "Claim ID",
    "Claim",
    "Verdict (Arabic)",
    "Verdict (English)",
    "Rating value",
    "Rationale",
    "Reviewer",
    "Review date",
    "Appearances (count)",
    "Articles",
    "Outlets",
    "Publication dates",
    "Quotes",
    "Roles",
    "Sources",
    "Source URLs",
    "Stances",
    "Evidence notes",
    "Created",
    "Last changed",
    "Direction controls",
)

# Written out here rather than imported, so that the tests do not trust the code under test.
BIDI_CONTROLS = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)]
ZWNJ = "\u200c"


def col(name: str) -> int:
    return EXPECTED_COLUMNS.index(name)


def appearance(**values: str) -> AppearanceLine:
    fields = {
        "article_id": "a1",
        "article_title": "وزير المالية: التضخم تراجع",
        "outlet": "الأهرام",
        "published": "2024-03-01",
        "quote": "تراجع التضخم إلى 5%",
        "role": "asserts",
    }
    return AppearanceLine(**{**fields, **values})


def evidence(**values: str) -> EvidenceLine:
    fields = {
        "source_title": "نشرة الجهاز المركزي للإحصاء",
        "source_url": "https://example.org/cpi",
        "publisher": "CAPMAS",
        "stance": "refutes",
        "note": "المعدل الرسمي 7.2%",
        "quote": "",
    }
    return EvidenceLine(**{**fields, **values})


def make_report(**values: object) -> ClaimReport:
    fields: dict[str, object] = {
        "claim_id": "5b0c1c8e-0000-4000-8000-000000000001",
        "text": "التضخم تراجع إلى 5% في فبراير",
        "verdict_key": "false",
        "verdict_ar": "خطأ",
        "verdict_en": "False",
        "rating_value": 1,
        "rationale": "الأرقام الرسمية تقول غير ذلك.",
        "reviewer": "سارة",
        "reviewed_at": "2024-03-04T10:00:00+00:00",
        "created_at": "2024-03-02T09:00:00+00:00",
        "modified_at": "2024-03-04T10:00:00+00:00",
        "appearances": (appearance(),),
        "evidence": (evidence(),),
    }
    fields.update(values)
    return ClaimReport(**fields)  # type: ignore[arg-type]


def read_back(path: Path) -> list[list[str]]:
    """What a script gets: the csv module reading the file as RFC 4180 says to."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def parse_rfc4180(text: str) -> list[list[str]]:
    """A strict RFC 4180 reader, like a spreadsheet's import: it rejects what the csv module forgives.

    Records must end with CRLF; an unquoted field may hold no quote, CR or LF.
    """
    records: list[list[str]] = []
    record: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] == '"':
            i += 1
            parts = []
            while True:
                j = text.index('"', i)  # ValueError on an unterminated quoted field
                parts.append(text[i:j])
                if text.startswith('""', j):
                    parts.append('"')
                    i = j + 2
                else:
                    i = j + 1
                    break
            value = "".join(parts)
        else:
            j = i
            while j < n and text[j] not in ",\r\n":
                assert text[j] != '"', f"quote inside an unquoted field at {j}"
                j += 1
            value, i = text[i:j], j
        record.append(value)
        if text.startswith(",", i):
            i += 1
        elif text.startswith("\r\n", i):
            records.append(record)
            record = []
            i += 2
        else:
            raise AssertionError(f"expected ',' or CRLF at {i}, found {text[i : i + 5]!r}")
    assert not record, "the last record does not end with CRLF"
    return records


def reference_confine(line: str) -> str:
    """A line with each embedding/override (closed by PDF) and isolate (closed by PDI) it leaves open
    closed at its end; a PDI also ends the embeddings opened inside its isolate."""
    open_scopes: list[str] = []
    for ch in line:
        if ch in "\u202a\u202b\u202d\u202e":
            open_scopes.append("\u202c")
        elif ch in "\u2066\u2067\u2068":
            open_scopes.append("\u2069")
        elif ch == "\u202c" and open_scopes[-1:] == ["\u202c"]:
            open_scopes.pop()
        elif ch == "\u2069" and "\u2069" in open_scopes:
            del open_scopes[len(open_scopes) - 1 - open_scopes[::-1].index("\u2069") :]
    return line + "".join(reversed(open_scopes))


def reference_clean(raw: str) -> str:
    """The cleaning rules, restated character by character, as the reference for the exporter."""
    kept = []
    for ch in raw:
        if ch in "\v\f\x1c\x1d\x1e\x85\u2028\u2029":
            kept.append("\n")
        elif (ord(ch) < 0x20 and ch not in "\t\n\r") or ch == "\x7f":
            continue
        elif 0xD800 <= ord(ch) <= 0xDFFF:
            kept.append("\ufffd")
        else:
            kept.append(ch)
    # bidi controls are all kept, each line closing what it opened
    pieces = re.split(r"(\r\n|\r|\n)", "".join(kept))
    return "".join(piece if i % 2 else reference_confine(piece) for i, piece in enumerate(pieces))


def reference_defuse(text: str) -> str:
    for ch in text:
        if ch in "=+-@\t\r":
            return "'" + text
        if not (ch.isspace() or unicodedata.category(ch) == "Cf" or ch in "\u034f\u115f\u1160\u3164\uffa0"):
            break
    return text


def expected_cell(raw: str) -> str:
    """A free-text cell as the exporter must write it."""
    return reference_defuse(reference_clean(raw))


def expected_entry(raw: str) -> str:
    """One line of a multi-valued cell: line breaks of its own become spaces."""
    flat = reference_clean(raw).replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
    return reference_defuse(flat)


# --- columns and languages -------------------------------------------------------------------


def test_columns_are_english_and_in_the_agreed_order(tmp_path: Path) -> None:
    assert CSV_COLUMNS == EXPECTED_COLUMNS
    assert all(name.isascii() and "_" not in name for name in CSV_COLUMNS)
    path = tmp_path / "report.csv"
    write_csv_report([make_report()], path)
    assert read_back(path)[0] == list(EXPECTED_COLUMNS)


@pytest.mark.parametrize(
    ("lang", "dropped", "present"),
    [
        ("both", None, ["خطأ", "False"]),
        ("en", "Verdict (Arabic)", ["False"]),
    ],
)
def test_lang_picks_the_verdict_label_columns(
    tmp_path: Path, lang: str, dropped: str | None, present: list[str]
) -> None:
    path = tmp_path / "report.csv"
    write_csv_report([make_report()], path, lang=lang)
    header, record = read_back(path)
    expected_header = [name for name in EXPECTED_COLUMNS if name != dropped]
    assert header == expected_header == list(csv_columns(lang))
    assert len(record) == len(header)
    verdicts = [record[header.index(name)] for name in header if name.startswith("Verdict")]
    assert verdicts == present
    assert record[header.index("Rating value")] == "1"
    # UTC without the zone, as spreadsheets read a date and time
    assert record[header.index("Last changed")] == "2024-03-04 10:00:00"


def test_arabic_report_names_columns_roles_and_stances_in_arabic(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    write_csv_report([make_report()], path, lang="ar")
    header, record = read_back(path)
    assert header == list(csv_columns("ar"))
    assert header[:3] == ["معرّف الادعاء", "الادعاء", "الحكم"]
    assert len(header) == len(EXPECTED_COLUMNS) - 1
    cell = dict(zip(header, record, strict=True))
    assert cell["الحكم"] == "خطأ"
    assert cell["الأدوار"].split("\n")[0] == "يؤكده"
    assert cell["المواقف"].split("\n")[0] == "يدحض"
    assert cell["آخر تعديل"] == "2024-03-04 10:00:00"


def test_text_is_quoted_and_dates_and_numbers_are_not(tmp_path: Path) -> None:
    # a spreadsheet told to take quoted fields as text keeps «True» and «007» as written
    path = tmp_path / "report.csv"
    write_csv_report([make_report(claim_id="c1", text="007", verdict_en="True")], path, lang="en")
    line = path.read_bytes().split(b"\r\n")[1].decode("utf-8")
    assert line.startswith('"c1","007","True",1,')
    assert ',"2024-03-04 10:00:00",' not in line and ",2024-03-04 10:00:00," in line


def test_unknown_lang_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    with pytest.raises(ValueError, match="lang"):
        write_csv_report([make_report()], path, lang="fr")
    with pytest.raises(ValueError, match="lang"):
        report_row(make_report(), lang="arabic")
    assert list(tmp_path.iterdir()) == []


def test_report_row_is_exactly_what_the_file_holds(tmp_path: Path) -> None:
    reports = [make_report(), make_report(claim_id="c2", text="=cmd", rating_value=None, appearances=())]
    path = tmp_path / "report.csv"
    write_csv_report(reports, path)
    assert read_back(path)[1:] == [[str(cell) for cell in report_row(r)] for r in reports]


# --- encoding and record structure -----------------------------------------------------------


def test_utf8_with_bom_by_default(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    write_csv_report([make_report()], path)
    raw = path.read_bytes()
    assert raw.startswith(BOM + b"Claim ID,Claim,")
    assert "التضخم تراجع إلى 5% في فبراير".encode() in raw


def test_bom_false_gives_plain_utf8(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    write_csv_report([make_report()], path, bom=False)
    raw = path.read_bytes()
    assert raw.startswith(b"Claim ID,Claim,")
    assert raw.decode("utf-8").splitlines()[0].startswith("Claim ID")


def test_records_end_with_crlf_and_line_breaks_inside_cells_survive(tmp_path: Path) -> None:
    rationale = 'Line one\nline "two", with, commas\r\nline three\rend'
    report = make_report(text='قال "الوزير", ثم', rationale=rationale)
    path = tmp_path / "report.csv"
    write_csv_report([report], path)
    raw = path.read_bytes()
    header_line = ",".join(EXPECTED_COLUMNS).encode() + b"\r\n"
    assert raw.startswith(BOM + header_line)
    assert raw.endswith(b"\r\n")
    # The cell is quoted, its quotes doubled and its own line breaks left exactly as they were.
    assert b'"Line one\nline ""two"", with, commas\r\nline three\rend"' in raw
    records = read_back(path)
    assert records[1][col("Rationale")] == rationale
    assert records[1][col("Claim")] == 'قال "الوزير", ثم'
    assert parse_rfc4180(raw.decode("utf-8-sig")) == records


def test_every_record_has_as_many_fields_as_the_header(tmp_path: Path) -> None:
    nasty = make_report(
        text='"=1",\r\n\n,,"',
        rationale='\u202e,\n"\r',
        reviewer="",
        rating_value=None,
        appearances=(appearance(article_title='a,"b"\nc', quote="q\r\nq"), appearance(outlet="")),
        evidence=(),
    )
    path = tmp_path / "report.csv"
    write_csv_report([make_report(), nasty, make_report(appearances=(), evidence=())], path)
    records = parse_rfc4180(path.read_bytes().decode("utf-8-sig"))
    assert len(records) == 4
    assert [len(record) for record in records] == [len(CSV_COLUMNS)] * 4
    assert records == read_back(path)


def test_zero_claims_write_just_the_header(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    assert write_csv_report([], path) == 0
    assert path.read_bytes() == BOM + ",".join(EXPECTED_COLUMNS).encode() + b"\r\n"


# --- multi-valued cells ----------------------------------------------------------------------


def test_parallel_columns_list_entries_line_by_line_in_the_same_order(tmp_path: Path) -> None:
    report = make_report(
        appearances=(
            appearance(
                article_title="مقال أول",
                outlet="الأهرام",
                published="2024-03-01",
                quote="نص أول",
                role="asserts",
            ),
            appearance(
                article_title="مقال\nثان", outlet="", published="2017-05", quote="نص\r\nثان", role="denies"
            ),
            appearance(
                article_title="مقال ثالث",
                outlet='=HYPERLINK("x")',
                published="",
                quote="",
                role="different_figure",
            ),
        ),
        evidence=(
            evidence(source_title="مصدر 1", source_url="https://a.example", stance="supports", note="-"),
            evidence(
                source_title="مصدر 2",
                source_url="https://b.example",
                stance="context",
                note="ملاحظة\u2028طويلة",
            ),
        ),
    )
    path = tmp_path / "report.csv"
    write_csv_report([report], path)
    record = read_back(path)[1]

    def lines(name: str) -> list[str]:
        return record[col(name)].split("\n")

    assert record[col("Appearances (count)")] == "3"
    assert lines("Articles") == ["مقال أول", "مقال ثان", "مقال ثالث"]
    assert lines("Outlets") == ["الأهرام", "", '\'=HYPERLINK("x")']
    assert lines("Publication dates") == ["2024-03-01", "2017-05", ""]
    assert lines("Quotes") == ["«نص أول»", "«نص ثان»", ""]
    assert lines("Roles") == ["asserts", "denies", "different_figure"]
    assert lines("Sources") == ["مصدر 1", "مصدر 2"]
    assert lines("Source URLs") == ["https://a.example", "https://b.example"]
    assert lines("Stances") == ["supports", "context"]
    assert lines("Evidence notes") == ["'-", "ملاحظة طويلة"]


def test_a_quote_starting_with_a_trigger_is_safe_once_wrapped(tmp_path: Path) -> None:
    report = make_report(appearances=(appearance(quote="=2+2"), appearance(quote="-5%")))
    path = tmp_path / "report.csv"
    write_csv_report([report], path)
    assert read_back(path)[1][col("Quotes")] == "«=2+2»\n«-5%»"


def test_a_claim_without_appearances_or_evidence_has_empty_list_cells(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    write_csv_report([make_report(appearances=(), evidence=())], path)
    record = read_back(path)[1]
    assert record[col("Appearances (count)")] == "0"
    assert record[col("Articles") : col("Evidence notes") + 1] == [""] * 9


# --- formula injection -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "exported"),
    [
        ("=1+1", "'=1+1"),
        ("+966 55 555", "'+966 55 555"),
        ("-5", "'-5"),  # a text cell, unlike the numeric Rating value
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ('\u200f=HYPERLINK("http://evil.example")', '\'\u200f=HYPERLINK("http://evil.example")'),
        ("\u202e\u2066@x", "'\u202e\u2066@x\u2069\u202c"),
        ("  =1", "'  =1"),
        ("\n-1", "'\n-1"),
        (ZWNJ + "+1", "'" + ZWNJ + "+1"),
        ("\ufeff=1", "'\ufeff=1"),
    ],
)
def test_text_cells_that_could_run_as_formulas_get_an_apostrophe(
    tmp_path: Path, text: str, exported: str
) -> None:
    path = tmp_path / "report.csv"
    write_csv_report([make_report(text=text, rationale=text, reviewer=text)], path)
    record = read_back(path)[1]
    assert record[col("Claim")] == exported
    assert record[col("Rationale")] == exported
    assert record[col("Reviewer")] == exported


@pytest.mark.parametrize("text", ["1-2=3", "a@b.example", "'already text", "", "قال =1", "«=»", " x"])
def test_text_that_cannot_run_as_a_formula_is_left_alone(text: str) -> None:
    assert report_row(make_report(text=text))[col("Claim")] == text


def test_each_line_of_a_multi_valued_cell_is_defused(tmp_path: Path) -> None:
    report = make_report(
        evidence=(evidence(source_title="مصدر"), evidence(source_title="@evil"), evidence(source_title="+1"))
    )
    path = tmp_path / "report.csv"
    write_csv_report([report], path)
    assert read_back(path)[1][col("Sources")] == "مصدر\n'@evil\n'+1"


@pytest.mark.parametrize(("value", "written"), [(-5, "-5"), (0, "0"), (3, "3"), (None, "")])
def test_rating_value_is_written_as_a_number_without_an_apostrophe(
    tmp_path: Path, value: int | None, written: str
) -> None:
    report = make_report(rating_value=value)
    row = report_row(report)
    assert row[col("Rating value")] == (value if value is not None else "")
    assert isinstance(row[col("Rating value")], int if value is not None else str)
    path = tmp_path / "report.csv"
    write_csv_report([report], path)
    assert read_back(path)[1][col("Rating value")] == written
    assert f",{written},".encode() in path.read_bytes()


def test_float_rating_values_stay_numbers() -> None:
    assert report_row(make_report(rating_value=-3.5))[col("Rating value")] == -3.5
    integral = report_row(make_report(rating_value=2.0))[col("Rating value")]
    assert integral == 2 and type(integral) is int


@pytest.mark.parametrize(
    ("value", "error"), [(True, TypeError), ("-5", TypeError), (float("nan"), ValueError)]
)
def test_a_rating_value_that_is_not_a_number_is_refused(value: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="rating value"):
        report_row(make_report(rating_value=value))


def test_appearance_count_is_a_number() -> None:
    row = report_row(make_report(appearances=(appearance(), appearance())))
    assert row[col("Appearances (count)")] == 2


# --- bidi and other invisible characters -----------------------------------------------------


def shown(text: str) -> str:
    """What a reader sees, left to right, with the invisible controls left out."""
    from bidi import get_display

    return "".join(ch for ch in get_display(text) if ch not in BIDI_CONTROLS)


def test_a_quote_with_a_right_to_left_override_reads_as_in_its_article(tmp_path: Path) -> None:
    # «120» typed as RLO + «021»: the article shows 120; dropping the control would show 021
    quote = "قتل \u202e021\u202c مسلحا"
    path = tmp_path / "report.csv"
    write_csv_report([make_report(appearances=(appearance(quote=quote),))], path)
    record = read_back(path)[1]
    assert record[col("Quotes")] == f"«{quote}»"
    assert "120" in shown(record[col("Quotes")]) and "021" not in shown(record[col("Quotes")])
    assert record[col("Direction controls")] == "Quotes: RIGHT-TO-LEFT OVERRIDE, POP DIRECTIONAL FORMATTING"


def test_a_control_left_open_is_closed_within_its_own_line_and_cell(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    write_csv_report([make_report(text="invoice_\u202eexe.pdf", rationale="one \u2067two\nthree")], path)
    record = read_back(path)[1]
    assert record[col("Claim")] == "invoice_\u202eexe.pdf\u202c"
    assert record[col("Rationale")] == "one \u2067two\u2069\nthree"
    assert record[col("Direction controls")] == (
        "Claim: RIGHT-TO-LEFT OVERRIDE\nRationale: RIGHT-TO-LEFT ISOLATE"
    )
    # the next cell of the row is not reached: read as plain text, the override ends in its cell
    line = path.read_bytes().decode("utf-8-sig").split("\r\n")[1]
    assert "\u202eexe.pdf\u202c" in line


def test_every_bidi_control_is_kept_and_zwnj_too() -> None:
    text = "a" + "b".join(BIDI_CONTROLS) + "c می" + ZWNJ + "خواهم"
    row = report_row(make_report(text=text, appearances=(appearance(article_title=text),)))
    assert row[col("Claim")] == reference_confine(text)
    assert row[col("Articles")] == reference_confine(text)
    assert all(ch in row[col("Claim")] for ch in BIDI_CONTROLS)
    assert str(row[col("Direction controls")]).startswith("Claim: LEFT-TO-RIGHT EMBEDDING, ")


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(["ا", "ل", "ق", "1", "2", "0", "a", "b", " ", ".", *BIDI_CONTROLS]),
        max_size=12,
    )
)
def test_a_line_with_direction_controls_reads_the_same_once_exported(line: str) -> None:
    assert shown(clean_text(line)) == shown(line)


def test_a_record_without_direction_controls_has_an_empty_note() -> None:
    assert report_row(make_report())[col("Direction controls")] == ""


def test_stray_controls_go_and_unusual_line_separators_become_line_feeds(tmp_path: Path) -> None:
    report = make_report(text="a\x00b\x1bc\x7f", rationale="one\u2028two\u2029three\x0cfour\x85five")
    path = tmp_path / "report.csv"
    write_csv_report([report], path)
    record = read_back(path)[1]
    assert record[col("Claim")] == "abc"
    assert record[col("Rationale")] == "one\ntwo\nthree\nfour\nfive"


def test_a_lone_surrogate_is_replaced_rather_than_failing_the_export(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    assert write_csv_report([make_report(text="bad \ud83d half")], path) == 1
    assert read_back(path)[1][col("Claim")] == "bad \ufffd half"


def test_safe_cell_helpers_agree_with_the_reference_rules() -> None:
    sample = "\u200f=x\u202e\n\u2028y\r\nz"
    assert defuse_formula(clean_text(sample)) == expected_cell(sample)
    assert defuse_formula(one_line(sample)) == expected_entry(sample)
    assert "\n" not in one_line(sample) and "\r" not in one_line(sample)


# --- atomic replacement ----------------------------------------------------------------------


def failing_midway(good: int) -> Iterator[ClaimReport]:
    for i in range(good):
        yield make_report(claim_id=f"c{i}")
    raise RuntimeError("the store went away")


def test_a_failure_midway_leaves_the_existing_report_untouched(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    path.write_bytes(b"old report\r\n")
    with pytest.raises(RuntimeError, match="store went away"):
        write_csv_report(failing_midway(500), path)
    assert path.read_bytes() == b"old report\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]


def test_a_failure_midway_creates_no_file(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError):
        write_csv_report(failing_midway(3), tmp_path / "report.csv")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_rename_removes_the_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "report.csv"
    path.write_bytes(b"old")

    def locked(src: str, dst: str) -> None:
        raise PermissionError(f"{dst} is open in another program")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(PermissionError):
        write_csv_report([make_report()], path)
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]


def test_a_successful_write_replaces_the_old_report(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    path.write_bytes(b"old report")
    assert write_csv_report([make_report(), make_report(claim_id="c2")], str(path)) == 2
    assert [r[0] for r in read_back(path)] == ["Claim ID", "5b0c1c8e-0000-4000-8000-000000000001", "c2"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]


def test_replacing_keeps_the_existing_files_permissions(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    path.write_bytes(b"old")
    os.chmod(path, 0o640)
    before = stat.S_IMODE(path.stat().st_mode)
    write_csv_report([make_report()], path)
    assert stat.S_IMODE(path.stat().st_mode) == before


def test_a_new_report_gets_the_usual_permissions_not_owner_only(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    path = tmp_path / "report.csv"
    write_csv_report([make_report()], path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


def test_writing_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    target_dir = tmp_path / "shared"
    target_dir.mkdir()
    target = target_dir / "report.csv"
    target.write_bytes(b"old")
    link = tmp_path / "latest.csv"
    link.symlink_to(target)
    write_csv_report([make_report()], link)
    assert link.is_symlink()
    assert read_back(target)[0] == list(EXPECTED_COLUMNS)
    assert sorted(p.name for p in target_dir.iterdir()) == ["report.csv"]


# --- streaming -------------------------------------------------------------------------------


def test_a_generator_of_ten_thousand_reports_is_written_as_it_is_consumed(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    temp_sizes: list[int] = []

    def reports() -> Iterator[ClaimReport]:
        for i in range(10_000):
            if i in (2_500, 5_000, 7_500):
                # A writer that gathered the reports first would not have written any rows yet.
                (temp,) = [p for p in tmp_path.iterdir() if p.name != "report.csv"]
                temp_sizes.append(temp.stat().st_size)
            yield make_report(claim_id=f"c{i}")

    assert write_csv_report(reports(), path) == 10_000
    assert temp_sizes[0] > 0
    assert temp_sizes == sorted(set(temp_sizes))
    records = read_back(path)
    assert len(records) == 10_001
    assert records[-1][0] == "c9999"


# --- properties ------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(claim=st.text(), rationale=st.text())
def test_arbitrary_text_reads_back_as_its_sanitised_value(claim: str, rationale: str) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "report.csv"
        write_csv_report([make_report(text=claim, rationale=rationale), make_report()], path)
        records = read_back(path)
        strict = parse_rfc4180(path.read_bytes().decode("utf-8-sig"))
    assert strict == records
    assert len(records) == 3
    assert all(len(record) == len(CSV_COLUMNS) for record in records)
    for raw, name in ((claim, "Claim"), (rationale, "Rationale")):
        cell = records[1][col(name)]
        assert cell == expected_cell(raw)
    assert records[2] == [str(cell) for cell in report_row(make_report())]


@settings(max_examples=100, deadline=None)
@given(titles=st.lists(st.text(), min_size=1, max_size=4), data=st.data())
def test_arbitrary_entries_keep_parallel_columns_aligned(titles: list[str], data: st.DataObject) -> None:
    quotes = data.draw(st.lists(st.text(), min_size=len(titles), max_size=len(titles)))
    report = make_report(
        appearances=tuple(appearance(article_title=t, quote=q) for t, q in zip(titles, quotes, strict=True))
    )
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "report.csv"
        write_csv_report([report], path)
        (header, record) = read_back(path)
    assert len(record) == len(header)
    assert record[col("Articles")].split("\n") == [expected_entry(t) for t in titles]
    assert record[col("Quotes")].split("\n") == [expected_entry(f"«{q}»") if q else "" for q in quotes]
    assert record[col("Roles")].split("\n") == ["asserts"] * len(titles)


# Letters and digits (the usual record, which takes the fast way), and everything that must not:
# formula triggers, line breaks of every kind, bidi and C0 controls, invisible letters, surrogates.
HOSTILE = st.text(
    alphabet=st.sampled_from(
        [
            "ا",
            "ل",
            "ر",
            "ق",
            "ة",
            "5",
            "a",
            " ",
            "«",
            "_",
            "=",
            "+",
            "-",
            "@",
            "\t",
            "\r",
            "\n",
            "\v",
            "\u2029",
            "\x00",
            "\x7f",
            "\u200b",
            "\u3164",
            "\u034f",
            "\ud800",
            *BIDI_CONTROLS[:3],
        ]
    ),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_every_cell_of_any_record_follows_the_reference_rules(data: st.DataObject) -> None:
    """The exporter skips the cleaning of records that need none; whatever the record holds, each
    cell must still be exactly what the reference rules make of it, and each entry its own line."""
    n_apps, n_evs = data.draw(st.integers(0, 3)), data.draw(st.integers(0, 3))
    apps = tuple(
        appearance(
            article_title=data.draw(HOSTILE),
            outlet=data.draw(HOSTILE),
            published=data.draw(HOSTILE),
            quote=data.draw(HOSTILE),
            role=data.draw(HOSTILE),
        )
        for _ in range(n_apps)
    )
    evs = tuple(
        evidence(
            source_title=data.draw(HOSTILE),
            source_url=data.draw(HOSTILE),
            stance=data.draw(HOSTILE),
            note=data.draw(HOSTILE),
        )
        for _ in range(n_evs)
    )
    texts = {
        name: data.draw(HOSTILE)
        for name in (
            "claim_id",
            "text",
            "verdict_ar",
            "verdict_en",
            "rationale",
            "reviewer",
            "reviewed_at",
            "created_at",
            "modified_at",
        )
    }
    row = report_row(make_report(**texts, appearances=apps, evidence=evs))

    def entries(values: list[str]) -> str:
        return "\n".join(expected_entry(v) for v in values)

    expected = [
        expected_cell(texts["claim_id"]),
        expected_cell(texts["text"]),
        expected_cell(texts["verdict_ar"]),
        expected_cell(texts["verdict_en"]),
        1,
        expected_cell(texts["rationale"]),
        expected_cell(texts["reviewer"]),
        expected_cell(texts["reviewed_at"]),
        n_apps,
        entries([a.article_title for a in apps]),
        entries([a.outlet for a in apps]),
        entries([a.published for a in apps]),
        "\n".join(expected_entry(f"«{a.quote}»") if a.quote else "" for a in apps),
        entries([a.role for a in apps]),
        entries([e.source_title for e in evs]),
        entries([e.source_url for e in evs]),
        entries([e.stance for e in evs]),
        entries([e.note for e in evs]),
        expected_cell(texts["created_at"]),
        expected_cell(texts["modified_at"]),
        reference_note(
            {
                "Claim": [texts["text"]],
                "Rationale": [texts["rationale"]],
                "Reviewer": [texts["reviewer"]],
                "Articles": [a.article_title for a in apps],
                "Outlets": [a.outlet for a in apps],
                "Quotes": [a.quote for a in apps],
                "Sources": [e.source_title for e in evs],
                "Evidence notes": [e.note for e in evs],
            }
        ),
    ]
    assert row == expected


def reference_note(columns: dict[str, list[str]]) -> str:
    names = {
        0x202A: "LEFT-TO-RIGHT EMBEDDING",
        0x202B: "RIGHT-TO-LEFT EMBEDDING",
        0x202C: "POP DIRECTIONAL FORMATTING",
    }
    lines = []
    for column, texts in columns.items():
        found: list[str] = []
        for ch in "".join(texts):
            if ord(ch) in names and names[ord(ch)] not in found:
                found.append(names[ord(ch)])
        if found:
            lines.append(f"{column}: {', '.join(found)}")
    return "\n".join(lines)


def test_a_hangul_filler_does_not_hide_a_formula() -> None:
    # U+3164 counts as a letter but shows nothing: a spreadsheet sees the cell start with "=".
    assert report_row(make_report(text="\u3164=HYPERLINK(1)"))[col("Claim")] == "'\u3164=HYPERLINK(1)"
    assert defuse_formula("\u115f+1") == "'\u115f+1"


def test_a_review_date_without_a_time_is_a_bare_date_and_a_partial_one_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    write_csv_report([make_report(reviewed_at="2024-03-01"), make_report(reviewed_at="2024-03")], path)
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
    assert ",2024-03-01," in lines[1] and ',"2024-03",' in lines[2]
