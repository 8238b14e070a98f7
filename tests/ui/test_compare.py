"""The comparison view: two seed articles side by side, their shared claims lined up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt

from factdesk.core.operations import SetVerdict
from factdesk.store import queries
from factdesk.ui.compare import CompareView, SharedClaimsModel, figure_runs

CONVOY = "25 مايو"
DENIAL = "نفت وجود اتفاق"
#: Figures the demo keeps with their own events: each is given by one article only.
DEAD = "120 عنصر"
VEHICLES = "32 سيارة"


@pytest.fixture
def ids(session) -> tuple[str, str]:
    """(first seed article, second seed article): the night of 30 May (80 dead, 36 vehicles), then the
    convoy of 25 May (120 dead, 32 pick-ups); both report the convoy and the SDF's denial."""
    first, second = session.read.articles()[:2]
    assert "80" in first.title
    return first.id, second.id


@pytest.fixture
def view(qtbot, session, ids) -> CompareView:
    widget = CompareView(session, *ids)
    qtbot.addWidget(widget)
    return widget


def _row(view: CompareView, needle: str) -> int:
    for i, (claim, _a, _b) in enumerate(view.rows()):
        if needle in claim:
            return i
    raise AssertionError(f"no row whose claim contains {needle!r}: {view.rows()}")


def _shared(session, ids: tuple[str, str], needle: str) -> queries.SharedClaim:
    return next(s for s in session.read.shared_claims(*ids) if needle in s.text)


def test_lists_the_claims_that_appear_in_both_articles(view, session, ids) -> None:
    expected = {s.text for s in session.read.shared_claims(*ids)}
    assert len(expected) == 2
    assert {claim for claim, _a, _b in view.rows()} == expected
    assert view.table.model().rowCount() == 2
    assert any(CONVOY in claim for claim, _a, _b in view.rows())
    assert any(DENIAL in claim for claim, _a, _b in view.rows())


def test_defaults_to_the_first_two_articles(qtbot, session, ids) -> None:
    widget = CompareView(session)
    qtbot.addWidget(widget)
    assert (widget.left_id, widget.right_id) == ids
    assert widget.left_picker.currentData() == ids[0]
    assert widget.right_picker.currentData() == ids[1]
    assert widget.left_picker.count() == 2


def test_the_convoy_shows_each_article_s_words_for_it(view) -> None:
    _claim, a, b = view.rows()[_row(view, CONVOY)]
    assert "25 مايو" in a and "تدمير قافلة" in a
    assert "الـ25 من الشهر" in b


def test_figures_of_two_events_are_never_one_row(view) -> None:
    """80 dead (the night of 30 May) and 120 dead (the convoy of 25 May) are two events: the demo
    does not teach them as one claim reported with different figures, nor 36 vehicles and 32 pick-ups."""
    for _claim, a, b in view.rows():
        assert not ("80" in a + b and "120" in a + b)
        assert not ("36" in a + b and "32" in a + b)
    assert not any(DEAD in claim or VEHICLES in claim for claim, _a, _b in view.rows())


def test_quote_columns_sit_next_to_each_other_with_roles(view) -> None:
    model = view.table.model()
    row = _row(view, CONVOY)
    assert SharedClaimsModel.QUOTE_B == SharedClaimsModel.QUOTE_A + 1
    assert model.data(model.index(row, SharedClaimsModel.ROLE_A)) == "asserts"
    assert model.data(model.index(row, SharedClaimsModel.ROLE_B)) == "asserts"
    assert model.data(model.index(row, SharedClaimsModel.CLAIM), Qt.ItemDataRole.DecorationRole) is not None


def test_selecting_a_row_selects_the_spans_in_both_readers(view, session, ids) -> None:
    for needle in (DENIAL, CONVOY):
        shared = _shared(session, ids, needle)
        view.select_row(_row(view, needle))
        assert view.left_reader.selection() == (shared.left[0].start, shared.left[0].end)
        assert view.right_reader.selection() == (shared.right[0].start, shared.right[0].end)
        assert view.selected_claim() == shared.claim_id


def test_readers_show_all_their_highlights(view, session, ids) -> None:
    for reader, ident in ((view.left_reader, ids[0]), (view.right_reader, ids[1])):
        spans, _claims = session.read.article_highlights(ident)
        assert reader.article_id == ident
        assert {(h.start, h.end) for h in reader.highlights} == {(s[1], s[2]) for s in spans}
        assert all(h.color for h in reader.highlights)


def test_swap_swaps_the_quote_columns(view, ids) -> None:
    before = view.rows()
    view.swap()
    assert (view.left_id, view.right_id) == (ids[1], ids[0])
    assert view.left_picker.currentData() == ids[1]
    after = {claim: (a, b) for claim, a, b in view.rows()}
    assert {claim: (b, a) for claim, a, b in before} == after


def test_swap_keeps_the_selected_claim_and_its_spans(view, session, ids) -> None:
    view.select_row(_row(view, DENIAL))
    view.swap()
    shared = _shared(session, ids, DENIAL)
    assert view.selected_claim() == shared.claim_id
    assert view.left_reader.selection() == (shared.right[0].start, shared.right[0].end)
    assert view.right_reader.selection() == (shared.left[0].start, shared.left[0].end)


def test_picking_the_other_article_swaps(view, ids) -> None:
    view.left_picker.setCurrentIndex(view.left_picker.findData(ids[1]))
    view.left_picker.activated.emit(view.left_picker.currentIndex())
    assert (view.left_id, view.right_id) == (ids[1], ids[0])


def test_a_change_through_the_session_updates_the_view(view, session, ids) -> None:
    shared = _shared(session, ids, DENIAL)
    view.select_row(_row(view, DENIAL))
    model = view.table.model()
    row = _row(view, DENIAL)
    before = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    session.run(SetVerdict(shared.claim_id, "false"))
    row = _row(view, DENIAL)
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) != before
    assert "False" in model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    false_colour = next(v.color for v in session.read.verdicts() if v.key == "false")
    for reader in (view.left_reader, view.right_reader):
        assert {h.color for h in reader.highlights if shared.claim_id in h.claim_ids} == {false_colour}
    # the selection survives the refresh
    assert view.selected_claim() == shared.claim_id
    assert view.table.selectionModel().selectedRows()[0].row() == row
    session.undo_stack.undo()
    assert model.data(model.index(_row(view, DENIAL), 0), Qt.ItemDataRole.ToolTipRole) == before


def test_unlinking_a_claim_removes_its_row(view, session, ids) -> None:
    from factdesk.core.operations import DeleteClaim

    shared = _shared(session, ids, DENIAL)
    session.run(DeleteClaim(shared.claim_id))
    assert not any(DENIAL in claim for claim, _a, _b in view.rows())
    assert len(view.rows()) == 1
    assert all(shared.claim_id not in h.claim_ids for h in view.left_reader.highlights)


def test_figures_are_found_in_every_script() -> None:
    text = "مقتل أكثر من 80 مسلحا و١٢٠ عنصرا و۳۲ سيارة و1,500 دولار"
    found = [text[a:b] for a, b in figure_runs(text)]
    assert found == ["80", "١٢٠", "۳۲", "1,500"]
    assert figure_runs("لا أرقام هنا") == []


def test_arabic_interface_is_right_to_left(qtbot, arabic, session, ids) -> None:
    widget = CompareView(session, *ids)
    qtbot.addWidget(widget)
    assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert widget.table.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_the_first_article_sits_to_the_right_in_rtl(qtbot, arabic, session, ids) -> None:
    widget = CompareView(session, *ids)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    left_x = widget.left_reader.mapToGlobal(QPoint(0, 0)).x()
    right_x = widget.right_reader.mapToGlobal(QPoint(0, 0)).x()
    assert left_x > right_x
    assert left_x >= right_x + widget.right_reader.width()
    # the picker of A is on the right too, above its reader
    assert (
        widget.left_picker.mapToGlobal(QPoint(0, 0)).x() > widget.right_picker.mapToGlobal(QPoint(0, 0)).x()
    )
    # quote A's column is on the right of quote B's
    header = widget.table.horizontalHeader()
    assert header.sectionViewportPosition(SharedClaimsModel.QUOTE_A) > header.sectionViewportPosition(
        SharedClaimsModel.QUOTE_B
    )


def test_retranslates_on_language_change(qtbot, view) -> None:
    from factdesk.ui import i18n

    calls = []
    original = view.retranslate
    view.retranslate = lambda: (calls.append(1), original())  # type: ignore[method-assign]
    # (an empty catalogue posts no LanguageChange by itself, so send it as Qt would)
    i18n.install("ar")
    try:
        QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
        assert calls
        assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        i18n.install("en")
    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert len(view.rows()) == 2


def test_quotes_keep_room_in_a_laptop_wide_comparison(qtbot, view) -> None:
    """On a 1366-pixel screen the shared-claims table is about 640 pixels wide: the two quotes, which
    are what a fact-checker compares, each keep a fifth of it (fixed claim and role widths once left
    them a letter a line)."""
    view.resize(1340, 700)
    view.show()
    qtbot.waitExposed(view)
    table = view.table
    width = table.viewport().width()
    assert 500 <= width <= 800, width  # the comparison's own layout: the table takes half the width
    for column in (SharedClaimsModel.QUOTE_A, SharedClaimsModel.QUOTE_B):
        assert table.columnWidth(column) >= width // 5, (column, table.columnWidth(column), width)
