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
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

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
    # the desktop entry installed by packaging/build_deb.sh: Wayland matches the window to its icon by it
    app.setDesktopFileName("org.factdesk.FactDesk")
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


def smoke() -> int:
    """``factdesk --smoke``: the self-check of an installed FactDesk. In a temporary folder (and with
    its own preferences there, so the user's recent projects are untouched) it builds the demo, imports
    a saved page (:mod:`factdesk.app.selfcheck`), opens the project in the window (offscreen unless
    ``QT_QPA_PLATFORM`` says otherwise), checks the window shows its articles and claims in Arabic with
    its icon, and closes. Prints a line per check; 0 when all passed, 1 otherwise."""
    import tempfile

    from PySide6.QtCore import QCoreApplication

    from factdesk import __version__
    from factdesk.app.selfcheck import prepare

    failures: list[str] = []

    def say(line: str) -> None:
        print(f"ok: {line}", flush=True)

    def check(passed: bool, line: str) -> None:
        if passed:
            say(line)
        else:
            failures.append(line)
            print(f"FAILED: {line}", flush=True)

    print(f"FactDesk {__version__} self-check ({sys.executable})", flush=True)
    with tempfile.TemporaryDirectory(prefix="factdesk-smoke-") as tmp:
        folder = Path(tmp)
        os.environ["FACTDESK_CONFIG_DIR"] = str(folder / "config")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        prepared = prepare(folder, say)
        app, prefs = make_app()
        from factdesk.ui.window import MainWindow

        window = MainWindow(prefs)
        check(window.open_project(str(prepared.project)), f"the window opened {prepared.project.name}")
        window.show()

        def inspect() -> None:
            try:
                bench = window.workbench
                check(bench is not None, "the project's workbench is shown")
                if bench is not None:
                    articles = bench.articles_model.rowCount()
                    check(articles == prepared.articles, f"the article list shows {articles} articles")
                    claims = bench.claims_model.rowCount()
                    check(claims == prepared.claims, f"the claims table shows {claims} claims")
                check(i18n.current_language() == "ar", "the interface language is Arabic")
                undo = QCoreApplication.translate("Actions", "&Undo")
                check(undo != "&Undo", f"FactDesk's catalogue is loaded (Undo is {undo!r})")
                box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
                ok = box.button(QDialogButtonBox.StandardButton.Ok)
                ok_text = ok.text() if ok is not None else ""
                check(ok_text not in ("", "OK"), f"Qt's own catalogue is loaded (OK is {ok_text!r})")
                check(app.layoutDirection() == Qt.LayoutDirection.RightToLeft, "the layout is right to left")
                check(not app.windowIcon().pixmap(64, 64).isNull(), "the window has its icon")
                board = window.dashboard()  # matplotlib's Qt canvas in the app
                check(board is not None and board.isVisible(), "the dashboard opened with its charts")
                if board is not None:
                    board.close()
            except Exception as exc:  # a check that raised is a failed check, not a crash
                check(False, f"the window's checks raised {type(exc).__name__}: {exc}")
            finally:
                window.close()
                app.quit()

        QTimer.singleShot(0, inspect)
        app.exec()
        check(window.session is None, "the project was closed")
    print("self-check passed" if not failures else f"self-check FAILED: {len(failures)} check(s)", flush=True)
    return 0 if not failures else 1
