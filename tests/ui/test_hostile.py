"""Nothing from an article runs or loads in the window (issue 9).

A project whose every stored string is hostile (HTML that loads files, styles, links, scripts,
entities, bidi controls, a 100,000-character title) is opened in the main window; the article and
the claim are selected, and every view that shows those strings is opened: the claim detail, the
sources panel, the link and evidence dialogs, the compare view, the reader's tooltip. Each shows
the characters as stored, and no image is ever loaded: the hostile ``<img>`` tags point at a probe
file whose last-read time tells whether anything opened it (and at ``/dev/zero``, which crashed
the window when a title was read as HTML).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QImage, QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QToolTip,
    QWidget,
)

from factdesk.core import operations as ops
from factdesk.store.project import Project
from factdesk.ui.dialogs import ClaimPicker, EvidenceDialog
from factdesk.ui.preferences import Preferences
from factdesk.ui.widgets import LITERAL_LIMIT, joined, literal
from factdesk.ui.window import MainWindow

ZERO = '<img src="file:///dev/zero">'
RED = '<b style="color:red">x</b>'
LINK = '<a href="file:///etc/passwd">x</a>'
SCRIPT = "<script>alert(1)</script>"
ENTITIES = "&lt;b&gt; &amp; &#x3c;img&#x3e; «١٢٠»"
BIDI = "\u202e120\u202c \u2066<i>LRI</i>\u2069 \u200fقال"
TABLE = "<table><tr><td>cell</td></tr></table> Q&A [*]"
ARTICLE_TEXT = 'قال المتحدث إن 120 عنصرًا قتلوا في الرقة يوم 25 مايو.\n<img src="file:///dev/zero"> ثم عادوا.'


def probe_tag(probe: Path) -> str:
    return f'<img src="file://{probe}">'


@pytest.fixture
def probe(tmp_path: Path) -> Iterator[Path]:
    """A small image whose last-read time is set in the past: reading it moves it to now. Fails
    (never skips) when the file system does not record reads, since then nothing could be seen."""
    path = tmp_path / "probe.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0)
    assert image.save(str(path))
    os.utime(path, (0, path.stat().st_mtime))
    path.read_bytes()
    if path.stat().st_atime == 0:
        pytest.fail(
            f"{path.parent} does not record when a file is read (noatime): the probe cannot see a load"
        )
    os.utime(path, (0, path.stat().st_mtime))
    yield path


def never_read(probe: Path) -> bool:
    return probe.stat().st_atime == 0


@pytest.fixture
def hostile(tmp_path: Path, probe: Path) -> dict[str, str]:
    """A project whose every stored string is hostile; returns its path and what each field holds."""
    tag = probe_tag(probe)
    v = {
        "title_a": ZERO,
        "outlet_a": RED,
        "author_a": LINK,
        "place_a": SCRIPT,
        "url_a": f"https://x.example/{tag}",
        "published_a": ENTITIES,
        "title_b": ZERO + "ب" * (100_000 - len(ZERO)),
        "outlet_b": tag,
        "author_b": BIDI,
        "place_b": TABLE,
        "claim": f"{RED} {tag}",
        "rationale": f"{LINK}\n{tag}",
        "reviewer": tag,
        "source_title": tag,
        "source_url": LINK,
        "source_notes": f"{SCRIPT}\n{ENTITIES}",
        "publisher": BIDI,
        "evidence_note": tag,
        "span_note": RED,
        "verdict_label": f"{TABLE} {tag}",
    }
    path = tmp_path / "<img src=x> Q&A [*].factdesk"
    with Project.create(path) as project:
        a = ops.ImportArticle(
            ARTICLE_TEXT, title=v["title_a"], outlet=v["outlet_a"], author=v["author_a"], place=v["place_a"]
        )
        # the operations refuse such a date and address: a file written by another program may still hold them
        odd = ops.Replay(
            "hostile metadata",
            [
                ops.Mutation(
                    "update",
                    "article",
                    a.id,
                    before={"url": "", "published": ""},
                    after={"url": v["url_a"], "published": v["published_a"]},
                )
            ],
        )
        b = ops.ImportArticle(
            ARTICLE_TEXT + "\nب",
            title=v["title_b"],
            outlet=v["outlet_b"],
            author=v["author_b"],
            place=v["place_b"],
        )
        claim = ops.CreateClaim(v["claim"], rationale=v["rationale"], reviewer=v["reviewer"])
        span_a = ops.AddSpan(a.id, 4, 12, note=v["span_note"])
        span_b = ops.AddSpan(b.id, 15, 18, kind="claim")
        source = ops.AddSource(
            v["source_title"], url=v["source_url"], notes=v["source_notes"], publisher=v["publisher"]
        )
        own = ops.AddSource(v["title_a"], kind="article", article_id=a.id)
        project.run(
            ops.Batch(
                "hostile",
                [
                    a,
                    odd,
                    b,
                    claim,
                    span_a,
                    span_b,
                    ops.LinkSpan(claim.id, span_a.id, "asserts"),
                    ops.LinkSpan(claim.id, span_b.id, "different_figure"),
                    ops.SetVerdict(claim.id, "false"),
                    ops.EditVerdictLabel(
                        "false", {"label_en": v["verdict_label"], "label_ar": v["verdict_label"]}
                    ),
                    source,
                    own,
                    ops.AddEvidence(
                        claim.id, source.id, "refutes", span_id=span_a.id, note=v["evidence_note"]
                    ),
                    ops.AddEvidence(claim.id, own.id, "supports", note=v["evidence_note"]),
                ],
            )
        )
        v.update(path=str(path), a=a.id, b=b.id, claim_id=claim.id, source_id=source.id)
    return v


# ---------------------------------------------------------------------------------------------
# what the screen shows


def shown(text: str) -> str:
    """What a tooltip or message box shows for ``text``: Qt renders it as rich text when it looks
    like HTML (parsed here without any resource provider, so nothing is loaded)."""
    if text and GuiQt.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def escaped(tip: str) -> bool:
    """Plain to Qt, or made literal(): wrapped with every «<» of its content escaped."""
    head, tail = '<p style="white-space:pre-wrap">', "</p>"
    if not tip or not GuiQt.mightBeRichText(tip):
        return True
    return tip.startswith(head) and tip.endswith(tail) and "<" not in tip[len(head) : -len(tail)]


def as_stored(text: str) -> str:
    """What a tooltip shows of a stored string (a long one is cut with an ellipsis)."""
    return text if len(text) <= LITERAL_LIMIT else text[:LITERAL_LIMIT] + "…"


def tooltips_of(root: QWidget) -> list[str]:
    """Every tooltip under ``root``: widgets', and items' of every view and combo box."""
    tips = [w.toolTip() for w in [root, *root.findChildren(QWidget)] if w.toolTip()]
    models = [v.model() for v in root.findChildren(QAbstractItemView)]
    models += [c.model() for c in root.findChildren(QComboBox)]
    for model in filter(None, models):
        for row in range(min(model.rowCount(QModelIndex()), 60)):
            for col in range(12):
                index = model.index(row, col)
                if not index.isValid():
                    break
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if tip:
                    tips.append(str(tip))
    return tips


def check_surface(root: QWidget, probe: Path) -> list[str]:
    """Every label under ``root`` plain, every tooltip escaped and shown; returns the tooltips as
    shown. Nothing may have read the probe image."""
    root.grab()  # paint everything once
    for label in root.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText or escaped(label.text()), (
            label.objectName(),
            label.text()[:80],
        )  # Qt's own labels (a form's, a tooltip's) escaped
    tips = tooltips_of(root)
    for tip in tips:
        assert escaped(tip), tip[:120]
        QToolTip.showText(QPoint(10, 10), tip, root)  # Qt lays the tooltip out as it would on hover
        QApplication.processEvents()
    QToolTip.hideText()
    assert never_read(probe), "an image named in stored text was loaded"
    return [shown(t) for t in tips]


@pytest.fixture
def window(qtbot, hostile: dict[str, str]) -> Iterator[MainWindow]:
    w = MainWindow(Preferences())
    qtbot.addWidget(w)
    assert w.open_project(hostile["path"])
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close_project()


# ---------------------------------------------------------------------------------------------


def test_the_store_refuses_lone_surrogates(tmp_path: Path) -> None:
    """A lone surrogate cannot be stored (SQLite text is UTF-8), so none can reach the window."""
    with Project.create(tmp_path / "p.factdesk") as project:
        with pytest.raises(UnicodeEncodeError):
            project.run(ops.ImportArticle("نص", title="\ud800"))
        assert project.rows("article") == []


def test_every_stored_string_shows_literally_and_loads_nothing(
    window: MainWindow, hostile: dict[str, str], probe: Path, qtbot
) -> None:
    v = hostile
    bench = window.workbench
    assert bench is not None

    # the article: its header, the article list, the reader
    bench.open_article(v["a"])
    assert bench.reader_title.text() == v["title_a"]
    assert bench.reader_title.textFormat() == Qt.TextFormat.PlainText
    assert bench.reader_meta.text() == joined([v["outlet_a"], v["author_a"], v["place_a"], v["published_a"]])
    assert bench.reader_meta.text().count("\u2068") == 4  # each field isolated: a control in one ends with it
    row = bench.articles_model.row_of(v["a"])
    assert bench.articles_model.index(row, 0).data() == v["title_a"]
    assert shown(bench.articles_model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)) == joined(
        [v["title_a"], v["outlet_a"], v["author_a"], v["place_a"], v["published_a"]]
    )
    assert bench.reader.toPlainText() == ARTICLE_TEXT

    # the claim: its row, its detail, its highlight's tooltip in the reader
    bench.select_claim(v["claim_id"])
    claim_row = bench.claims_model.row_of(v["claim_id"])
    assert bench.claims_model.index(claim_row, 1).data() == v["claim"]
    assert shown(bench.claims_model.index(claim_row, 1).data(Qt.ItemDataRole.ToolTipRole)) == v["claim"]
    assert bench.claims_model.index(claim_row, 0).data() == v["verdict_label"]
    detail = bench.detail
    assert detail.claim_text.toPlainText() == v["claim"]
    assert detail.rationale.toPlainText() == v["rationale"]
    assert detail.reviewer.text() == v["reviewer"]
    assert detail.verdict.currentText() == v["verdict_label"]
    evidence = [detail.evidence.item(i).text() for i in range(detail.evidence.count())]
    assert any(v["source_title"] in e and v["evidence_note"] in e for e in evidence), evidence
    appearances = [detail.appearances.item(i).text() for i in range(detail.appearances.count())]
    assert any(v["title_a"] in a for a in appearances) and any(v["title_b"] in a for a in appearances)
    qtbot.waitUntil(lambda: not bench.reader._pending)  # highlights laid out while idle
    cursor = bench.reader.textCursor()
    cursor.setPosition(6)
    at = bench.reader.cursorRect(cursor).center()
    bench.reader.event(QHelpEvent(QEvent.Type.ToolTip, at, bench.reader.viewport().mapToGlobal(at)))
    assert escaped(QToolTip.text()) and shown(QToolTip.text()) == f"{v['claim']}\n— {v['verdict_label']}"
    tips = check_surface(window, probe)

    # the same window on the article with the 100,000-character title
    bench.open_article(v["b"])
    assert bench.reader_title.text() == v["title_b"]
    assert window.minimumSizeHint().width() < 2000 and window.minimumSizeHint().height() < 2000
    assert bench.reader.height() > 300  # the title does not push the article off the window
    assert v["outlet_b"] in bench.reader_meta.text() and v["place_b"] in bench.reader_meta.text()
    row = bench.articles_model.row_of(v["b"])
    assert shown(bench.articles_model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)) == as_stored(
        joined([v["title_b"], v["outlet_b"], v["author_b"], v["place_b"]])
    )
    tips += check_surface(window, probe)

    # the sources panel
    bench.side.setCurrentWidget(bench.sources)
    assert bench.sources.select_source(v["source_id"])
    fields = bench.sources._fields
    assert fields["title"].text() == v["source_title"]
    assert fields["url"].text() == v["source_url"]
    assert fields["publisher"].text() == v["publisher"]
    assert fields["notes"].toPlainText() == v["source_notes"]
    cited = bench.sources.evidence_list.item(0)
    assert v["claim"] in cited.text() and shown(cited.toolTip()) == v["evidence_note"]
    own = next(r for r in window.session.project.rows("source") if r["article_id"])
    assert bench.sources.select_source(str(own["id"]))
    assert v["title_a"] in bench.sources.article_label.text()
    tips += check_surface(window, probe)
    assert v["evidence_note"] in tips

    # the link dialog: the claim and its verdict
    picker = ClaimPicker(window.session, window)
    try:
        picker.show()
        item = picker.list.item(0)
        assert item.text() == v["claim"]
        assert shown(item.toolTip()) == f"{v['claim']}\n{v['verdict_label']}"
        check_surface(picker, probe)
    finally:
        picker.deleteLater()

    # the evidence dialog, on each article (one with the long title)
    for article, title in ((v["a"], v["title_a"]), (v["b"], v["title_b"])):
        dialog = EvidenceDialog(window.session, window, article, title, quote=v["claim"])
        try:
            dialog.show()
            assert title[:200] in dialog.this_article_radio.text().replace("&&", "&")
            assert dialog.minimumSizeHint().width() < 2000  # a long title does not widen the dialog
            sources = [dialog.source_combo.itemText(i) for i in range(dialog.source_combo.count())]
            assert any(s.startswith(v["source_title"]) for s in sources)
            check_surface(dialog, probe)
        finally:
            dialog.deleteLater()

    # the compare view: both titles, the shared claim and both quotes
    compare = window.compare(v["a"], v["b"])
    try:
        view = compare.compare_view
        assert view.left_pane.title.text() == v["title_a"]
        assert view.right_pane.title.text() == v["title_b"]
        assert view.model.index(0, 0).data() == v["claim"]
        assert (
            shown(view.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole))
            == f"{v['claim']}\n— {v['verdict_label']}"
        )
        assert "\u2068" + v["title_a"] + "\u2069" in shown(view.left_pane.title.toolTip())
        view.select_row(0)
        check_surface(compare, probe)
    finally:
        compare.close()

    # the window's title keeps the file's name whole ([*] is not Qt's modified mark here)
    assert window.windowTitle().replace("[*][*]", "[*]").startswith(Path(v["path"]).name)
    assert never_read(probe)


def test_message_boxes_show_stored_text_literally(
    window: MainWindow, hostile: dict[str, str], monkeypatch
) -> None:
    """Asking to delete a claim quotes it: the question shows its characters, not its markup."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    asked = []

    def look_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        asked.append(box.textFormat() if isinstance(box, QMessageBox) else None)
        asked.append(box.text() if isinstance(box, QMessageBox) else "")
        box.reject()

    QTimer.singleShot(0, look_and_cancel)
    window.workbench.select_claim(hostile["claim_id"])
    window.workbench.delete_claim()
    # the question is plain text (no markup is read) and quotes the claim as typed
    assert asked and asked[0] == Qt.TextFormat.PlainText and hostile["claim"] in asked[1]
    assert window.session.project.get("claim", hostile["claim_id"]) is not None


def test_literal_shows_any_text_as_typed() -> None:
    for text in (ZERO, RED, LINK, SCRIPT, ENTITIES, BIDI, TABLE, "a  b\n\nc", "<", "x < y > z", "&amp;"):
        assert escaped(literal(text)), text
        assert shown(literal(text)) == text, text
    assert literal("plain words") == "plain words"
    assert shown(literal("x" * 5000)) == "x" * LITERAL_LIMIT + "…"


def test_a_rich_label_would_have_loaded_the_probe(qtbot, probe: Path) -> None:
    """The probe sees what it must: a QLabel left to read HTML loads the image (this is the attack)."""
    label = QLabel(probe_tag(probe))
    qtbot.addWidget(label)
    label.show()
    label.grab()
    assert not never_read(probe)
