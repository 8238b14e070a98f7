"""Screenshots of each main screen, in a real window under Xvfb, for people to look at.

    python packaging/screenshots.py [OUT_DIR] [--language ar|en]

Starts its own Xvfb when no DISPLAY is set (Debian: apt-get install xvfb libxcb-cursor0), builds
the demo project in a temporary folder, and saves PNGs of the start screen, the main window with
a claim selected, search with hits, the comparison of the two seed articles (claims and figure
pairs), the sources panel, the preferences, the check-worthy sentences underlined, the fact-check
library with the closest fact-checks of selected words, a claim's published fact-checks, the report's
export dialog, the project dashboard, the import review of a saved web page from ../shared/corpus
(when present), the colour key with invisible characters named, the About box and a delete
confirmation. Look at every one: Arabic joined, right-aligned, numbers in order, nothing clipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def ensure_display() -> subprocess.Popen | None:
    if os.environ.get("DISPLAY"):
        return None
    if not shutil.which("Xvfb"):
        sys.exit("No DISPLAY and no Xvfb: install xvfb (and libxcb-cursor0) or run under a display.")
    display = ":97"
    proc = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    lock = Path(f"/tmp/.X{display[1:]}-lock")
    for _ in range(100):
        if lock.exists():
            break
        time.sleep(0.05)  # waiting for an external server to come up, not synchronising tests
    os.environ["DISPLAY"] = display
    return proc


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    language = (
        "en" if "--language" in sys.argv and sys.argv[sys.argv.index("--language") + 1] == "en" else "ar"
    )
    out = Path(args[0]) if args else REPO / "screenshots" / "out"
    out.mkdir(parents=True, exist_ok=True)
    xvfb = ensure_display()
    tmp = Path(tempfile.mkdtemp(prefix="factdesk-shots-"))
    os.environ["FACTDESK_CONFIG_DIR"] = str(tmp / "config")
    try:
        shoot(out, tmp, language)
    finally:
        if xvfb is not None:
            xvfb.terminate()
        shutil.rmtree(tmp, ignore_errors=True)


def shoot(out: Path, tmp: Path, language: str) -> None:
    from PySide6.QtWidgets import QApplication

    from factdesk.app.demo import build_demo
    from factdesk.ui.app import make_app
    from factdesk.ui.preferences import Preferences
    from factdesk.ui.window import MainWindow

    Preferences().set("language", language)
    app, prefs = make_app()
    demo = tmp / "demo.factdesk"
    build_demo(demo)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def wait_until(app_, ready, most: float = 30.0) -> None:
        """Let the window's background work (figure pairs, suggestions) finish before a shot."""
        end = time.monotonic() + most
        while not ready() and time.monotonic() < end:
            app_.processEvents()
            time.sleep(0.02)  # a screenshot script polling a worker thread, not a test

    def save(widget, name: str) -> None:
        settle()
        path = out / f"{name}-{language}.png"
        widget.grab().save(str(path))
        print(path)

    window = MainWindow(prefs)
    window.resize(1500, 950)
    window.show()
    save(window, "01-start")

    # the guided tour the start screen offers: the demo opened, each of its five steps beside its part
    tour = window.guided_tour()
    for n in range(1, 6):
        save(window, f"01b-tour-{n}")
        tour.next()

    window.open_project(str(demo))
    wb = window.workbench
    claims = window.session.read.claims()
    convoy = next(c for c in claims if "25 مايو" in c.text)
    wb.select_claim(convoy.id)
    app_ = window.session.read.appearances(convoy.id)[0]
    wb.open_article_at(app_.article_id, app_.start, app_.end)
    save(window, "02-main-claim")

    window.menu_actions.find.trigger()
    wb.search.run_search("الرقه")
    wb.search.open_row(0)
    save(window, "03-search-hits")

    wb.side.setCurrentWidget(wb.sources)
    save(window, "04-sources")

    ids = window.session.read.article_ids()
    dialog = window.compare(ids[0], ids[1])
    dialog.resize(1500, 900)
    view = dialog.compare_view
    wait_until(app, lambda: view.pairs_job() is None and bool(view.figure_pairs()))
    rows = view.rows()
    view.select_row(next(i for i, r in enumerate(rows) if "25" in r[1] and "25" in r[2]))
    save(dialog, "05-compare")
    view.select_pair(0)
    save(dialog, "05b-compare-figure-pair")
    dialog.close()

    # check-worthy sentences underlined (F7), the reasons of one in the status bar (F8)
    window.menu_actions.show_suggestions.setChecked(True)
    wait_until(app, lambda: bool(wb.reader.open_suggestions()))
    window.menu_actions.next_suggestion.trigger()
    save(window, "08-suggestions")
    window.menu_actions.show_suggestions.setChecked(False)

    # the fact-check library (the tests' small library), and a claim's closest published fact-checks
    from factdesk.app.factchecks import import_file

    import_file(REPO / "tests" / "data" / "factchecks" / "library.jsonld", window.session.run)
    library = window.factcheck_library()
    library.resize(1300, 600)
    save(library, "09-factcheck-library")
    phrase = "عن مقتل أكثر من 80 مسلحا من تنظيم"
    holder = next(a for a in ids if phrase in window.session.read.get("article", a)["text"])
    wb.open_article(holder)
    at = wb.reader.text.find(phrase)
    wb.reader.select_range(at, at + len(phrase) + 8)
    matches = window.check_published()
    matches.resize(1300, 600)
    print("closest fact-checks:", matches.model.rowCount(), matches.match_note.text())
    save(matches, "09b-factcheck-matches")
    library.close()
    wb.select_claim(convoy.id)
    save(window, "10-claim-published-factchecks")

    # the report's export dialog (CSV chosen: its LibreOffice advice), and the project dashboard
    export = window.export_dialog()
    export.format.setCurrentIndex(export.format.findData("csv"))
    settle()
    save(export, "11-export-dialog")
    export.close()
    dashboard = window.dashboard()
    settle()
    save(dashboard, "12-dashboard-verdicts")
    dashboard.tabs.setCurrentIndex(3)
    settle()
    save(dashboard, "12b-dashboard-over-time")
    dashboard.close()

    from factdesk.ui.dialogs import PreferencesDialog

    prefs_dialog = PreferencesDialog(prefs, window)
    prefs_dialog.show()
    save(prefs_dialog, "06-preferences")
    prefs_dialog.close()

    # a saved web page from the shared corpus, as the import review shows it (skipped without ../shared)
    page = REPO.parent / "shared" / "corpus" / "html" / "htmldate_1550981615_sputniknews_arabic.html"
    if page.exists():
        from factdesk.ui.import_dialog import ImportReviewDialog

        review = ImportReviewDialog(
            str(page), name=page.name, project=window.session.read, font=wb.reader.font(), parent=window
        )
        review.show()
        save(review, "07-import-review")
        review.close()
    else:
        print(f"skipped 07-import-review: {page} is missing", file=sys.stderr)

    # the colour key open under the reader, invisible characters named in the margin
    wb.select_claim(convoy.id)
    wb.open_article_at(app_.article_id, app_.start, app_.end)
    wb.legend_button.setChecked(True)
    window.menu_actions.show_invisibles.setChecked(True)
    save(window, "11-colour-key")
    window.menu_actions.show_invisibles.setChecked(False)
    wb.legend_button.setChecked(False)

    # the About box, and a confirmation with the safe answer as its default
    from PySide6.QtCore import QTimer

    from factdesk.ui.about import about_box

    about = about_box(window)
    about.show()
    save(about, "12-about")
    about.close()

    def shoot_question() -> None:
        box = QApplication.activeModalWidget()
        if box is not None:
            save(box, "13-confirm-delete")
            box.reject()

    QTimer.singleShot(300, shoot_question)
    wb.delete_claim()
    window.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
