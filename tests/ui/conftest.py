"""GUI test fixtures: offscreen Qt, preferences in a temporary folder, sessions on real projects."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def _private_preferences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own preferences file and log folder, never the user's."""
    monkeypatch.setenv("FACTDESK_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(autouse=True)
def _interface_restored(request: pytest.FixtureRequest) -> Iterator[None]:
    """Each test leaves the application as it found it: English source text, left to right.

    Opening a window in Arabic sets the application's layout direction; without this, whichever test
    ran before decided the direction a later one saw (the suite runs in random order).
    """
    yield
    if "qapp" not in request.fixturenames:
        return
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from factdesk.ui import i18n

    i18n.install("en")
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def arabic(qapp) -> Iterator[None]:
    """The interface in Arabic (the default), switched back to English source text afterwards."""
    from factdesk.ui import i18n

    i18n.install("ar")
    yield
    i18n.install("en")


@pytest.fixture
def session(demo_copy: Path, qapp) -> Iterator:
    from factdesk.store.project import Project
    from factdesk.ui.session import ProjectSession

    s = ProjectSession(Project.open(demo_copy, backup=False))
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def open_window(qtbot) -> Iterator:
    """``open_window(path)``: a main window shown on the project at ``path``, closed after the test."""
    from factdesk.ui.preferences import Preferences
    from factdesk.ui.window import MainWindow

    opened = []

    def make(path: Path, size: tuple[int, int] = (1400, 900)) -> MainWindow:
        w = MainWindow(Preferences())
        qtbot.addWidget(w)
        assert w.open_project(str(path))
        w.resize(*size)
        w.show()
        qtbot.waitExposed(w)
        opened.append(w)
        return w

    yield make
    for w in opened:
        w.close_project()


@pytest.fixture
def window(qtbot, demo_copy: Path) -> Iterator:
    """A main window (not shown) on a copy of the demo project, in the interface's source English."""
    from factdesk.ui.preferences import Preferences
    from factdesk.ui.window import MainWindow

    w = MainWindow(Preferences())
    qtbot.addWidget(w)
    assert w.open_project(str(demo_copy))
    yield w
    w.close_project()
