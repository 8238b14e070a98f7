"""Starting the window: the application, language, fonts, style, and the last line of defence.

An unexpected error shows a dialog in plain words and is written with its traceback to a log
under the user's data folder; nothing acknowledged is lost, since every action is already in
the project file.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from factdesk import packaged
from factdesk.app.crashlog import log_crash
from factdesk.ui import bidi, i18n, looks
from factdesk.ui.preferences import Preferences
from factdesk.ui.widgets import literal


def write_log(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path:
    """The crash log, written by the one writer both interfaces use (:mod:`factdesk.app.crashlog`)."""
    return log_crash(exc, tb, context="window")


def install_excepthook() -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        path = write_log(exc_type, exc, tb)
        app = QApplication.instance()
        if app is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, sqlite3.DatabaseError) and "malformed" in str(exc):
            # SQLite met a damaged page while a view read it: that is damage, not a bug
            QMessageBox.critical(
                app.activeWindow(),
                QApplication.translate("App", "The project is damaged"),
                literal(
                    QApplication.translate(
                        "App",
                        "SQLite found a damaged part of the project file while reading it (%1). What is "
                        "shown may be incomplete, and nothing will be written to it. File → Restore a backup… "
                        "lists its backups and when each was made: restoring one loses every change made "
                        "after it, so keep a copy of the damaged file too.",
                    ).replace("%1", str(exc))
                ),
            )
            return
        QMessageBox.critical(
            app.activeWindow(),
            QApplication.translate("App", "Something went wrong"),
            literal(
                QApplication.translate(
                    "App",
                    "FactDesk hit an unexpected problem: %1\n\nEverything you did before is saved in the "
                    "project file. The details were written to %2",
                )
                .replace("%1", str(exc))
                .replace("%2", bidi.ltr(path))
            ),
        )

    sys.excepthook = hook


def make_app(argv: list[str] | None = None) -> tuple[QApplication, Preferences]:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("FactDesk")
    app.setOrganizationName("FactDesk")
    prefs = Preferences()
    language = prefs.get("language")
    i18n.install(language)
    looks.install_style(app)
    looks.set_interface_size(int(prefs.get("interface_size")))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    icon = packaged.resource("icons", "factdesk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app, prefs


def run(path: str | None = None) -> int:
    app, prefs = make_app()
    install_excepthook()
    from factdesk.ui.window import MainWindow

    window = MainWindow(prefs)
    target = path or prefs.get("last_project")
    if target and Path(target).exists():
        window.open_project(target)
    window.show()
    if os.environ.get("FACTDESK_EXIT_WHEN_SHOWN"):
        # a smoke test of the real entry point: report what is on screen, then quit
        def report() -> None:
            print(f"shown: {window.windowTitle()}", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, report)
    return app.exec()
