"""The comparison view's figure pairs: listed with their judgement (computed off the UI thread),
selecting a pair shows both figures, one key makes a pair into linked claims, Ctrl+Z undoes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from factdesk.core import operations as ops
from factdesk.store.project import Project
from factdesk.ui.compare import VERDICT_COLORS, CompareView, FigurePairsModel

ONE = "أعلنت الوزارة أن الطيران دمر يوم 25 مايو/أيار 2017 قافلة من 36 سيارة متجهة من الرقة إلى تدمر."
TWO = "قال مصدر إن الطيران استهدف في الـ25 من الشهر الجاري قافلة من 32 سيارة متجهة من الرقة إلى تدمر."


def _listed(qtbot, view: CompareView) -> None:
    """Wait until the view lists the pairs of the articles it shows (the job may already be done)."""
    if view.pairs_job() is not None:
        with qtbot.waitSignal(view.pairsReady, timeout=30_000):
            pass
    assert view.pairs_job() is None


@pytest.fixture
def seeds_view(qtbot, session) -> CompareView:
    first, second = session.read.articles()[:2]
    widget = CompareView(session, first.id, second.id)
    qtbot.addWidget(widget)
    _listed(qtbot, widget)
    return widget


@pytest.fixture
def convoy(qtbot, tmp_path: Path, qapp):
    """A session on two reports of one convoy (36 vehicles against 32), and its view."""
    from factdesk.ui.session import ProjectSession

    one = ops.ImportArticle(ONE, title="أ", published="2017-06-01")
    two = ops.ImportArticle(TWO, title="ب", published="2017-05")
    project = Project.create(tmp_path / "convoy.factdesk")
    project.run(ops.Batch("import", [one, two]))
    session = ProjectSession(project)
    view = CompareView(session, one.id, two.id)
    qtbot.addWidget(view)
    _listed(qtbot, view)
    yield session, view, one.id, two.id
    session.close()


def test_the_seeds_pairs_are_listed_with_their_judgement(seeds_view: CompareView) -> None:
    pairs = seeds_view.figure_pairs()
    assert {(p.kind, p.verdict) for p in pairs} == {
        ("killed", "different_event"),
        ("vehicles", "different_event"),
        ("vehicles", "only"),
    }
    model = seeds_view.pairs_table.model()
    row = next(i for i, p in enumerate(pairs) if p.kind == "killed")
    shown = {model.index(row, c).data() for c in range(model.columnCount())}
    assert "أكثر من 80 مسلحا" in shown and "ما لا يقل عن 120 عنصرا" in shown  # the articles' own words
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "more than 80" in tip and "at least 120" in tip
    assert "Same kind of figure, different event: check" in shown
    dates = model.index(row, FigurePairsModel.DATES).data()
    assert "ليل 30 مايو/أيار (\u20662017-05-30\u2069)" in dates and "(\u20662017-05-25\u2069)" in dates
    colour = model.index(row, FigurePairsModel.VERDICT).data(Qt.ItemDataRole.ForegroundRole)
    assert QColor(colour).name() == QColor(VERDICT_COLORS["different_event"]).name()
    assert "ليل 30 مايو/أيار" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_selecting_a_pair_shows_both_figures(seeds_view: CompareView) -> None:
    row = next(i for i, p in enumerate(seeds_view.figure_pairs()) if p.kind == "killed")
    seeds_view.select_pair(row)
    assert seeds_view.left_reader.textCursor().selectedText() == "مقتل أكثر من 80 مسلحا"
    assert seeds_view.right_reader.textCursor().selectedText() == "قتل ما لا يقل عن 120 عنصرا"


def test_two_events_are_refused_as_one_claim_in_words(seeds_view: CompareView, session) -> None:
    row = next(i for i, p in enumerate(seeds_view.figure_pairs()) if p.kind == "killed")
    seeds_view.select_pair(row)
    claims = session.read.claim_count()
    assert seeds_view.link_selected_pair() is False
    assert "different events" in seeds_view.link_status.text()
    assert session.read.claim_count() == claims


def test_ctrl_l_links_the_pair_and_ctrl_z_undoes_it(qtbot, convoy) -> None:
    session, view, one, two = convoy
    (pair,) = view.figure_pairs()
    assert pair.verdict == "conflict"
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.select_pair(0)
    view.pairs_table.setFocus()
    qtbot.keyClick(view.pairs_table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert session.read.claim_count() == 1
    (shared,) = session.read.shared_claims(one, two)
    assert [a.role for a in shared.left] == ["asserts"]
    assert [a.role for a in shared.right] == ["different_figure"]
    assert view.model.rowCount() == 1  # the new claim is listed among the shared claims at once
    qtbot.keyClick(view.pairs_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.read.claim_count() == 0 and session.read.rows("span") == []
    assert view.model.rowCount() == 0


def test_the_button_and_the_context_menu_link_too(qtbot, convoy) -> None:
    session, view, _one, _two = convoy
    view.select_pair(0)
    view.link_button.click()
    assert session.read.claim_count() == 1
    # a second time: reused, not duplicated, and said in words
    assert view.link_selected_pair() is False
    assert "Already linked" in view.link_status.text()
    assert session.read.claim_count() == 1
    assert view.link_action in view.actions()


def test_changing_an_article_recomputes_the_pairs(qtbot, convoy) -> None:
    _session, view, one, two = convoy
    view.set_articles(two, one)
    _listed(qtbot, view)
    (pair,) = view.figure_pairs()
    assert (pair.a_id, pair.b_id) == (two, one)


def test_closing_the_view_while_it_compares_loses_nothing(qtbot, session) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    first, second = session.read.articles()[:2]
    view = CompareView(session, first.id, second.id)
    job = view.pairs_job()
    assert job is not None  # the comparison runs off the UI thread
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    job.wait(30)
    QCoreApplication.processEvents()  # the result arrives for a view that is gone: dropped quietly
    assert session.read.claim_count() == 5
