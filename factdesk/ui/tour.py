"""Help → Guided tour: the demo project opened, and five steps of what a fact-checker does (open,
highlight, claim, evidence, verdict), each a callout beside the real part of the window.

The callout is a small frameless panel drawn inside the main window, its arrow pointing at the part
(the article list, the reader, the claims table, the claim's evidence, its verdict) and a ring drawn
round that part; it says in a sentence or two what to do there and which keys do it, read from the
actions themselves (:mod:`factdesk.ui.actions` holds the one table of keys), so the tour cannot name
a key the window does not have. A step notices when the user has done its thing (words selected in
the reader, a claim made …) and says so; Next always works, whether or not it was done.

Keys: Escape closes the tour from anywhere in the window; in the callout, Enter goes on, and the
arrows move the way the interface reads (Left goes on in Arabic, Right in English).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygon,
    QRegion,
    QShortcut,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from factdesk.core.operations import Changes
from factdesk.ui.widgets import PlainLabel, isolated

if TYPE_CHECKING:
    from factdesk.ui.window import MainWindow

#: The callout's bubble: its width, the arrow's depth, the room between the arrow and the ring.
BUBBLE_WIDTH = 330
ARROW = 14
GAP = 6
RING = 4
RING_COLOUR = "#ff8f00"
BUBBLE_BORDER = "#1a237e"
BUBBLE_FILL = "#fff8e1"


@dataclass(frozen=True)
class Step:
    """One step of the tour: its name, where its callout may go beside the part it points at (in
    order of preference; «start» is the side the interface reads from: the right in Arabic) and the
    actions whose keys its text names."""

    name: str
    sides: tuple[str, ...]
    keys: tuple[str, ...]


STEPS = (
    Step("open", ("end", "below", "above"), ("focus_articles", "import_files")),
    Step("highlight", ("below", "start", "end", "above"), ("mark_span",)),
    Step("claim", ("above", "below"), ("new_claim", "link_claim")),
    Step("evidence", ("start", "above", "below"), ("add_evidence",)),
    Step("verdict", ("start", "below", "above"), ("verdict_place_1", "verdict_place_2", "undo")),
)


def physical_side(side: str, rtl: bool) -> str:
    """«start»/«end» as the left or right of the screen for the interface's direction."""
    if side == "start":
        return "right" if rtl else "left"
    if side == "end":
        return "left" if rtl else "right"
    return side


def place(target: QRect, size: QSize, bounds: QRect, sides: list[str]) -> tuple[QRect, str]:
    """Where a callout of ``size`` goes beside ``target``, inside ``bounds``: on the first of
    ``sides`` (left, right, above, below) where it fits whole without covering the target; when
    none has room, in the target's lower corner (the side is then empty: no arrow)."""
    w, h = size.width(), size.height()

    def clamp(value: int, low: int, high: int) -> int:
        return max(low, min(value, high))

    for side in sides:
        if side in ("left", "right"):
            x = target.left() - GAP - w if side == "left" else target.right() + 1 + GAP
            y = clamp(target.center().y() - h // 2, bounds.top(), bounds.bottom() + 1 - h)
        else:
            y = target.top() - GAP - h if side == "above" else target.bottom() + 1 + GAP
            x = clamp(target.center().x() - w // 2, bounds.left(), bounds.right() + 1 - w)
        rect = QRect(x, y, w, h)
        if bounds.contains(rect) and not rect.intersects(target):
            return rect, side
    inside = target.intersected(bounds)
    x = clamp(inside.right() + 1 - w - GAP, bounds.left(), bounds.right() + 1 - w)
    y = clamp(inside.bottom() + 1 - h - GAP, bounds.top(), bounds.bottom() + 1 - h)
    return QRect(x, y, w, h), ""


class TourRing(QWidget):
    """A ring round the part of the window a step points at; clicks go through it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tourRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(RING_COLOUR), 3))
        painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 6, 6)


class TourCallout(QFrame):
    """The panel of one step: what to do and which key does it, Back, Next and Close."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tourCallout")
        self.setAutoFillBackground(False)
        #: the side of the callout its arrow is on (left, right, above, below; empty: no arrow)
        self.arrow_side = ""
        #: where along that side the arrow points (in the callout's coordinates)
        self.arrow_at = 0
        self.heading = PlainLabel()
        self.heading.setObjectName("tourHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.body = PlainLabel()
        self.body.setObjectName("tourText")
        self.body.setWordWrap(True)
        self.status = PlainLabel()
        self.status.setObjectName("tourDone")
        self.status.setWordWrap(True)
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.close_button = QPushButton()
        for button, name in (
            (self.back_button, "tourBack"),
            (self.next_button, "tourNext"),
            (self.close_button, "tourClose"),
        ):
            button.setObjectName(name)
            button.setAutoDefault(True)  # Enter on a focused button presses that button
            button.installEventFilter(self)  # the arrows move through the steps, not between buttons
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(ARROW + 14, ARROW + 10, ARROW + 14, ARROW + 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setFixedWidth(BUBBLE_WIDTH + 2 * ARROW)
        #: set by the tour: what Enter, the arrows and Escape do in the callout
        self.on_next: Callable[[], None] = lambda: None
        self.on_back: Callable[[], None] = lambda: None
        self.on_close: Callable[[], None] = lambda: None

    def bubble(self) -> QRect:
        return self.rect().adjusted(ARROW, ARROW, -ARROW, -ARROW)

    def arrow(self) -> QPolygon:
        """The arrow's triangle, from just inside the bubble (so that the two make one outline) to
        the callout's edge, or nothing."""
        b = self.bubble()
        half = ARROW
        if self.arrow_side in ("left", "right"):
            at = max(b.top() + 2 * half, min(self.arrow_at, b.bottom() - 2 * half))
            edge, tip = (b.left() + 4, 0) if self.arrow_side == "left" else (b.right() - 4, self.width() - 1)
            return QPolygon([QPoint(edge, at - half), QPoint(tip, at), QPoint(edge, at + half)])
        if self.arrow_side in ("above", "below"):
            at = max(b.left() + 2 * half, min(self.arrow_at, b.right() - 2 * half))
            edge, tip = (
                (b.top() + 4, 0) if self.arrow_side == "above" else (b.bottom() - 4, self.height() - 1)
            )
            return QPolygon([QPoint(at - half, edge), QPoint(at, tip), QPoint(at + half, edge)])
        return QPolygon()

    def point(self, side: str, at: int) -> None:
        """Put the arrow on ``side`` of the callout, ``at`` along it; only the bubble and the
        arrow take clicks (the rest of the callout's rectangle lets them through)."""
        self.arrow_side, self.arrow_at = side, at
        region = QRegion(self.bubble()) + QRegion(self.arrow())
        self.setMask(region)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(self.bubble().adjusted(1, 1, -1, -1), 8, 8)
        arrow = self.arrow()
        if not arrow.isEmpty():
            tip = QPainterPath()
            tip.addPolygon(arrow)
            tip.closeSubpath()
            path = path.united(tip)
        painter.setPen(QPen(QColor(BUBBLE_BORDER), 2))
        painter.setBrush(QColor(BUBBLE_FILL))
        painter.drawPath(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right)
            and not event.modifiers()
        ):
            self.keyPressEvent(event)
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        forward = Qt.Key.Key_Left if self.isRightToLeft() else Qt.Key.Key_Right
        backward = Qt.Key.Key_Right if self.isRightToLeft() else Qt.Key.Key_Left
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, forward):
            self.on_next()
        elif key == backward:
            self.on_back()
        elif key == Qt.Key.Key_Escape:
            self.on_close()
        else:
            super().keyPressEvent(event)


class GuidedTour(QObject):
    """The tour over one main window: which step is shown, and the callout and ring that show it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("guidedTour")
        self.main = window
        self.index = 0
        #: whether the user has done what the step shown asks (it is then said under the text)
        self.done = False
        self.ring = TourRing(window)
        self.callout = TourCallout(window)
        self.callout.on_next = self.next
        self.callout.on_back = self.back
        self.callout.on_close = self.close
        self.callout.next_button.clicked.connect(self.next)
        self.callout.back_button.clicked.connect(self.back)
        self.callout.close_button.clicked.connect(self.close)
        # Escape closes the tour wherever the focus is in the window (it is gone with the tour)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self.escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self.escape.activated.connect(self.close)
        self._watched: list[QWidget] = []
        self._placing = False
        #: closed: its callout and ring are going (a tour is closed once)
        self.closed = False
        window.installEventFilter(self)
        wb = window.workbench
        assert wb is not None
        self._connections = [
            window.stack.currentChanged.connect(self._page_changed),
            wb.articles.selectionModel().currentRowChanged.connect(self._article_chosen),
            wb.reader.selectionChanged.connect(self._words_selected),
            wb.session.changed.connect(self._project_changed),
        ]

    # ------------------------------------------------------------------------------------------

    @classmethod
    def start(cls, window: MainWindow) -> GuidedTour | None:
        """Open the demo project (unless it is the one open) and show the tour's first step."""
        for old in window.findChildren(GuidedTour):
            old.close()  # one tour at a time: Help → Guided tour starts it again
        from factdesk.ui.start import projects_dir

        demo = (projects_dir() / "demo.factdesk").resolve()
        if window.session is None or Path(window.session.project.path).resolve() != demo:
            window.open_demo()
        if window.workbench is None or window.session is None:
            return None  # the demo could not be opened: the window has said why
        tour = cls(window)
        tour.show_step(0)
        return tour

    @property
    def step(self) -> Step:
        return STEPS[self.index]

    def target(self) -> QWidget | None:
        """The part of the window the step shown points at."""
        wb = self.main.workbench
        if wb is None:
            return None
        return {
            "open": wb.articles,
            "highlight": wb.reader,
            "claim": wb.claims,
            "evidence": wb.detail.evidence,
            "verdict": wb.detail.verdict,
        }[self.step.name]

    def key_text(self, name: str) -> str:
        """The key of an action as this platform writes it (kept left to right in Arabic text), or
        the action's menu text when it has no key."""
        action = self.main.menu_actions.action_named(name)
        if action is None:
            return ""
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if key:
            return isolated(key)
        return "«" + action.text().replace("&", "").rstrip("…") + "»"

    def menu_path(self, menu: str, name: str) -> str:
        """«Menu → Action» as the menus show them (without their mnemonics)."""
        action = self.main.menu_actions.action_named(name)
        words = [menu, action.text() if action is not None else ""]
        plain = [w.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…") for w in words]
        # the arrow points the way the interface reads: «File → Import files», «ملف ← استيراد ملفات»
        path = self.tr("%1 → %2").replace("%1", plain[0]).replace("%2", plain[1])
        # the arrow stays on the line of the menu's name (no line breaks round it)
        path = path.replace(" → ", "\u00a0→\u00a0").replace(" ← ", "\u00a0←\u00a0")
        return "«" + path + "»"

    def texts(self) -> tuple[str, str]:
        """The heading and the text of the step shown, its keys filled in."""
        name = self.step.name
        heading = {
            "open": self.tr("Open an article"),
            "highlight": self.tr("Highlight the words"),
            "claim": self.tr("Make it a claim"),
            "evidence": self.tr("Add the evidence"),
            "verdict": self.tr("Record the verdict"),
        }[name]
        body = {
            "open": self.tr(
                "Choose an article in this list and the reader shows it; %1 brings the keyboard here. "
                "Your own articles come in with %3 (%2)."
            ),
            "highlight": self.tr(
                "Select the words of a statement worth checking, with the mouse or with Shift and the "
                "arrows. %1 marks them without making a claim."
            ),
            "claim": self.tr(
                "With the words selected, %1 makes a new claim of them and lists it here; %2 links them "
                "to a claim already in the list."
            ),
            "evidence": self.tr(
                "Select words in an article that support or refute the chosen claim and press %1: they "
                "are listed here as its evidence."
            ),
            "verdict": self.tr(
                "Choose the verdict here, or press %1 for the first verdict of the scale, %2 for the "
                "second, and so on. %3 takes back any step."
            ),
        }[name]
        for n, action in enumerate(self.step.keys, 1):
            body = body.replace(f"%{n}", self.key_text(action))
        if name == "open":  # where the import is, as the menus name it
            body = body.replace("%3", self.menu_path(self.main.file_menu.title(), "import_files"))
        counter = (
            self.tr("Step %1 of %2: %3").replace("%1", str(self.index + 1)).replace("%2", str(len(STEPS)))
        )
        return counter.replace("%3", heading), body

    def show_step(self, index: int) -> None:
        self.index = max(0, min(index, len(STEPS) - 1))
        self.done = False
        wb = self.main.workbench
        if wb is not None and self.step.name in ("evidence", "verdict"):
            wb.side.setCurrentWidget(wb.detail_page)
            first = wb.claims_model.id_at(0)
            if wb.claim_id is None and first:
                wb.select_claim(first)
        self._watch(self.target())
        self.render()
        self.ring.show()
        self.callout.show()
        self.ring.raise_()
        self.callout.raise_()
        self.callout.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def render(self) -> None:
        c = self.callout
        heading, body = self.texts()
        c.heading.setText(heading)
        c.body.setText(body)
        c.status.setText(self.tr("Done. Go on with Next when you are ready."))
        c.status.setVisible(self.done)
        last = self.index == len(STEPS) - 1
        c.back_button.setText(self.tr("Back"))
        c.back_button.setEnabled(self.index > 0)
        c.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        c.close_button.setText(self.tr("Close the tour"))
        font = c.next_button.font()
        font.setBold(self.done)
        c.next_button.setFont(font)
        self.reposition()

    def reposition(self) -> None:
        """The callout beside the part pointed at (re-done when anything moves or is resized)."""
        c = self.callout
        c.point("", 0)
        c.adjustSize()
        central = self.main.centralWidget()
        bounds = central.geometry() if central is not None else self.main.rect()
        target = self.target()
        if target is None or target.visibleRegion().isEmpty():
            self.ring.hide()
            rect = QRect(QPoint(0, 0), c.size())
            rect.moveCenter(bounds.center())
            c.setGeometry(rect)
            return
        area = QRect(target.mapTo(self.main, QPoint(0, 0)), target.size())
        ring = area.adjusted(-RING, -RING, RING, RING).intersected(self.main.rect())
        self.ring.setGeometry(ring)
        self.ring.show()
        rtl = self.main.isRightToLeft()
        sides = [physical_side(s, rtl) for s in self.step.sides]
        rect, side = place(ring, c.size(), bounds, sides)
        c.setGeometry(rect)
        # the arrow on the callout's side that faces the part: its left when the callout is right of it
        facing = {"left": "right", "right": "left", "above": "below", "below": "above"}.get(side, "")
        along = (
            ring.center().y() - rect.top() if facing in ("left", "right") else ring.center().x() - rect.left()
        )
        c.point(facing, along)
        self.ring.raise_()
        c.raise_()

    # ------------------------------------------------------------------------------------------
    # moving through the steps

    def next(self) -> None:
        if self.index == len(STEPS) - 1:
            self.close()
        else:
            self.show_step(self.index + 1)

    def back(self) -> None:
        if self.index > 0:
            self.show_step(self.index - 1)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self._watch(None)
        self.main.removeEventFilter(self)
        for connection in self._connections:
            QObject.disconnect(connection)
        self.escape.setEnabled(False)
        for widget in (self.callout, self.ring):
            widget.hide()
            widget.deleteLater()
        self.escape.deleteLater()
        self.deleteLater()

    # ------------------------------------------------------------------------------------------
    # the user doing what a step asks

    def _did(self, name: str) -> None:
        if self.step.name == name and not self.done and not self.closed:
            self.done = True
            self.render()

    def _article_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._did("open")

    def _words_selected(self) -> None:
        wb = self.main.workbench
        if wb is not None and wb.reader.textCursor().hasSelection():
            self._did("highlight")

    def _project_changed(self, changes: Changes, _origin: object) -> None:
        if changes.touches("appearance"):
            self._did("claim")
        if changes.touches("evidence"):
            self._did("evidence")
        if changes.touches("claim") and not changes.touches("appearance"):
            self._did("verdict")
        QTimer.singleShot(0, self._later_reposition)  # rows came or went: the parts may have moved

    # ------------------------------------------------------------------------------------------
    # following the part pointed at as the window changes

    def _watch(self, target: QWidget | None) -> None:
        for widget in self._watched:
            widget.removeEventFilter(self)
        self._watched = []
        widget = target
        while widget is not None and widget is not self.main:
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            if not self._placing:
                self._placing = True
                QTimer.singleShot(0, self._later_reposition)
        elif watched is self.main and kind in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            QTimer.singleShot(0, self._later_render)
        return False

    def _later_reposition(self) -> None:
        self._placing = False
        if not self.closed and self.callout.isVisible():
            self.reposition()

    def _later_render(self) -> None:
        if not self.closed and self.callout.isVisible():
            self.render()

    def _page_changed(self, _index: int) -> None:
        """The project was closed (or another opened): the tour ends with it."""
        if self.closed:
            return
        if self.main.stack.currentWidget() is not self.main.workbench or self.main.workbench is None:
            self.close()


__all__ = ["STEPS", "GuidedTour", "Step", "TourCallout", "place"]
