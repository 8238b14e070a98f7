"""Dates, paths and addresses keep their order inside Arabic lines: «2017-06-01» never reads
«01-06-2017», a path keeps its leading slash at the left. Checked on the order Qt actually lays the
characters out (glyph positions of a right-to-left line), not only on the marks in the text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from factdesk.ui import bidi


def seen(text: str, direction: Qt.LayoutDirection = Qt.LayoutDirection.RightToLeft) -> str:
    """The characters of ``text`` from left to right as Qt places them on one line of the paragraph
    ``direction`` (LayoutDirectionAuto: the text's own), controls and spaces left out: what the eye
    reads."""
    layout = QTextLayout(text, QFont("DejaVu Sans"))
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100000)
    layout.endLayout()
    placed = []
    for i, char in enumerate(text):
        if char in bidi.CONTROLS or char.isspace():
            continue
        xs = [p.x() for run in line.glyphRuns(i, 1) for p in run.positions()]
        if xs:
            placed.append((min(xs), char))
    return "".join(char for _x, char in sorted(placed))


def test_a_date_after_arabic_words_reads_in_order(qapp) -> None:
    assert "01-06-2017" in seen("نُشر في 2017-06-01")  # what happens without the helper
    assert "2017-06-01" in seen("نُشر في " + bidi.ltr("2017-06-01"))
    assert "2017-06-01" in seen("نُشر في " + bidi.ltr("2017-06-01") + " في بيروت")


def test_a_path_keeps_its_leading_slash_at_the_left(qapp) -> None:
    assert "/home/sara/" not in seen("حُفظت نسخة في /home/sara/demo.factdesk")  # the slash wanders off
    assert "/home/sara/demo.factdesk" in seen("حُفظت نسخة في " + bidi.ltr("/home/sara/demo.factdesk"))
    # an Arabic folder name inside the path: the folders still run from the left, in order
    shown = seen("حُفظت نسخة في " + bidi.ltr("/home/sara/تحقيقات/demo.factdesk"))
    assert shown.index("/home/sara/") < shown.index("/demo.factdesk")


def test_an_address_and_a_figure_stay_whole(qapp) -> None:
    assert "https://example.com/a-b" in seen("المصدر: " + bidi.ltr("https://example.com/a-b"))
    assert "3-5" in seen("بين " + bidi.ltr("3-5") + " ملايين")


def test_fields_on_one_line_are_isolated_and_the_line_keeps_arabic_direction(qapp) -> None:
    line = bidi.line(["سبوتنيك", "", "\u202eمحمد", "2017-06-01"])
    assert line.startswith(bidi.RLM)
    assert line.count(bidi.FSI) == 3 and line.count(bidi.PDI) == 3  # the empty field is left out
    # a right-to-left override left open in one field ends with it: the date after it is in order
    assert "2017-06-01" in seen(line)
    assert bidi.line([]) == "" and bidi.ltr("") == "" and bidi.auto("") == ""
    assert bidi.line(["Reuters", "2017-06-01"]).startswith(bidi.LRM)


def test_a_sentence_starting_with_a_latin_name_reads_right_to_left(qapp) -> None:
    sentence = "FactDesk 1.0: بيئة عمل"
    auto = Qt.LayoutDirection.LayoutDirectionAuto
    assert seen(sentence, auto).startswith("FactDesk")  # a left-to-right paragraph: the name at the left
    marked = bidi.paragraph(sentence, rtl=True)
    assert seen(marked, auto).endswith("FactDesk1.0")  # right to left: the sentence starts at the right
    assert bidi.strip(marked) == sentence
    assert bidi.paragraph(sentence, rtl=False).startswith(bidi.LRM)


@pytest.mark.parametrize("value", ["2017-06-01", "/tmp/a b.factdesk", "https://x.org/?a=1&b=2", 42])
def test_the_helper_only_adds_invisible_controls(value) -> None:
    assert bidi.strip(bidi.ltr(value)) == str(value)
    assert bidi.strip(bidi.auto(value)) == str(value)


# ---------------------------------------------------------------------------------------------
# the screens that show dates: the reader's header, a claim's appearances, the comparison's headers


def _dated(read) -> list:
    return [a for a in read.rows("article") if str(a["published"] or "").count("-") == 2]


def test_the_reader_header_keeps_the_date_in_order(arabic, open_window, demo_copy) -> None:
    window = open_window(demo_copy)
    article = _dated(window.session.read)[0]
    window.workbench.open_article(str(article["id"]))
    shown = seen(window.workbench.reader_meta.text())
    assert str(article["published"]) in shown, shown


def test_the_appearances_list_keeps_dates_in_order(arabic, open_window, demo_copy) -> None:
    window = open_window(demo_copy)
    claim = window.session.read.claims()[0]
    window.workbench.select_claim(claim.id)
    listing = window.workbench.detail.appearances
    dates = {a.published for a in window.session.read.appearances(claim.id) if a.published}
    assert dates
    for line in (seen(listing.item(i).text()) for i in range(listing.count())):
        assert any(date in line for date in dates), line


def test_the_comparison_headers_keep_dates_in_order(arabic, open_window, demo_copy) -> None:
    window = open_window(demo_copy)
    dated = _dated(window.session.read)[0]
    other = next(i for i in window.session.read.article_ids() if i != str(dated["id"]))
    for a, b, side in ((str(dated["id"]), other, "left_pane"), (other, str(dated["id"]), "right_pane")):
        dialog = window.compare(a, b)
        try:
            meta = getattr(dialog.compare_view, side).meta.text()
            assert str(dated["published"]) in seen(meta), meta
        finally:
            dialog.close()
