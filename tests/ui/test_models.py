"""The lazy table models: they hold ids in SQL's order, fetch rows a page at a time, and refresh
exactly what an operation changed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from factdesk.core import operations as ops
from factdesk.ui import models
from factdesk.ui.models import ID_ROLE, PAGE, ArticleListModel, ClaimTableModel, SourceListModel
from factdesk.ui.session import ProjectSession

MANY = 2 * PAGE + 50


@pytest.fixture
def big(session: ProjectSession) -> ProjectSession:
    """The demo with enough claims for three pages."""
    session.run(ops.Batch("many", [ops.CreateClaim(f"ادعاء رقم {i:04d}") for i in range(MANY)]))
    session.undo_stack.clear()
    return session


@pytest.fixture
def fetched(big: ProjectSession, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The size of each batch of rows the claims model fetches from the project."""
    sizes: list[int] = []
    read = big.read
    original = read.claims_by_ids
    monkeypatch.setattr(read, "claims_by_ids", lambda ids: sizes.append(len(ids)) or original(ids))
    yield sizes


def _ids(model: ClaimTableModel | ArticleListModel) -> list[str]:
    return [model.id_at(i) for i in range(model.rowCount())]


def test_rows_are_fetched_a_page_at_a_time_and_only_when_shown(
    big: ProjectSession, fetched: list[int]
) -> None:
    model = ClaimTableModel(big, lambda: "en")
    model.reload()
    total = big.read.claim_count()
    assert model.rowCount() == total > MANY and fetched == []  # ids only until a row is shown
    assert model.data(model.index(0, 1)) == big.read.claims_by_ids([model.id_at(0)])[model.id_at(0)].text
    fetched.clear()
    model.data(model.index(0, 1))
    model.data(model.index(PAGE - 1, 1))
    assert fetched == []  # the first page is cached
    model.data(model.index(PAGE + 10, 1))
    assert fetched == [PAGE]  # the second page, at once
    model.data(model.index(total - 1, 1))
    assert fetched == [PAGE, total - 2 * PAGE]


def test_sorting_happens_in_sql_and_keeps_every_row(big: ProjectSession) -> None:
    model = ClaimTableModel(big, lambda: "en")
    model.reload()
    model.sort(ClaimTableModel.COLUMNS.index("text"), Qt.SortOrder.AscendingOrder)
    assert _ids(model) == big.read.claim_ids(order="text")
    model.sort(ClaimTableModel.COLUMNS.index("text"), Qt.SortOrder.DescendingOrder)
    assert _ids(model) == big.read.claim_ids(order="text")[::-1]
    model.sort(-1)
    assert _ids(model) == big.read.claim_ids()


def test_a_change_refreshes_only_the_row_it_touched(session: ProjectSession, qtbot) -> None:
    model = ClaimTableModel(session, lambda: "en")
    model.reload()
    cid = model.id_at(1)
    before = model.data(model.index(1, 0))
    with qtbot.waitSignal(model.dataChanged) as changed, qtbot.assertNotEmitted(model.modelReset):
        session.run(ops.SetVerdict(cid, "misleading" if before != "Misleading" else "true"))
    top, bottom = changed.args[:2]
    assert top.row() == bottom.row() == 1
    assert model.data(model.index(1, 0)) != before
    assert model.data(model.index(1, 0), ID_ROLE) == cid


def test_new_and_deleted_claims_and_undo_reload_the_rows(session: ProjectSession) -> None:
    model = ClaimTableModel(session, lambda: "en")
    model.reload()
    before = _ids(model)
    claim = ops.CreateClaim("ادعاء جديد")
    session.run(claim)
    assert _ids(model) == [*before, claim.id]
    session.undo_stack.undo()
    assert _ids(model) == before
    session.run(ops.DeleteClaim(before[0]))
    assert _ids(model) == before[1:]


def test_a_filter_is_applied_in_sql_and_followed_on_change(session: ProjectSession) -> None:
    model = ClaimTableModel(session, lambda: "en")
    model.verdict = "false"
    model.reload()
    assert _ids(model) == session.read.claim_ids(verdict="false")
    other = next(c for c in session.read.claim_ids() if c not in _ids(model))
    session.run(ops.SetVerdict(other, "false"))
    assert other in _ids(model)


def test_the_article_list_counts_follow_highlights(session: ProjectSession) -> None:
    model = ArticleListModel(session)
    model.reload()
    assert _ids(model) == session.read.article_ids()
    column = ArticleListModel.COLUMNS.index("spans")
    aid = model.id_at(0)
    before = int(model.data(model.index(0, column)))
    text = str(session.read.get("article", aid)["text"])
    start = text.index(" ") + 1
    session.run(ops.AddSpan(aid, start, text.index(" ", start)))
    assert int(model.data(model.index(0, column))) == before + 1
    session.undo_stack.undo()  # the highlight deleted again: its span is gone, the count follows
    assert int(model.data(model.index(0, column))) == before
    session.undo_stack.redo()
    assert int(model.data(model.index(0, column))) == before + 1


def test_a_highlight_alone_leaves_the_claims_table_as_it_is(session: ProjectSession, qtbot) -> None:
    """A bare highlight is no claim's appearance: the table keeps its rows (and the user's place)."""
    model = ClaimTableModel(session, lambda: "ar")
    model.reload()
    aid = session.read.article_ids()[0]
    text = str(session.read.get("article", aid)["text"])
    start = text.index(" ") + 1
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    session.run(ops.AddSpan(aid, start, text.index(" ", start)))
    assert resets == []
    claim = model.id_at(0)
    span = ops.AddSpan(aid, start, text.index(" ", start))
    session.run(ops.Batch("link", [span, ops.LinkSpan(claim, span.id)]))  # an appearance: counts change
    assert resets == [1]


def test_the_source_list_follows_new_sources(session: ProjectSession) -> None:
    model = SourceListModel(session)
    model.reload()
    n = model.rowCount()
    source = ops.AddSource("بيان وزارة الدفاع", kind="official_statement")
    session.run(source)
    assert model.rowCount() == n + 1
    row = model.row_of(source.id)
    assert model.data(model.index(row, 0)) == "بيان وزارة الدفاع"
    assert model.data(model.index(row, 1)) == models.source_kind_text("official_statement")


def test_a_closed_session_shows_no_rows(session: ProjectSession) -> None:
    model = ClaimTableModel(session, lambda: "en")
    model.reload()
    assert model.rowCount() > 0
    session.close()
    assert model.rowCount() == 0 and model.item(0) is None
