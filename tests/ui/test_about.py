"""Help → About FactDesk tells what a bug report needs: the version, the licence, where the logs are."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from factdesk import __version__
from factdesk.app.crashlog import log_dir
from factdesk.ui import bidi


def test_about_shows_the_version_licence_and_log_folder(window, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(bidi.strip(box.text())) or 0)
    window.menu_actions.about.trigger()  # Help → About FactDesk
    [text] = said
    assert __version__ in text
    assert "Licence: Proprietary" in text
    # the crash log's own folder (here under the test's private configuration folder)
    assert log_dir() == Path(os.environ["FACTDESK_CONFIG_DIR"]) / "logs"
    assert str(log_dir()) in text
    assert "not even update notices" in text


def test_about_speaks_arabic(arabic, window, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(bidi.strip(box.text())) or 0)
    window.menu_actions.about.trigger()
    [text] = said
    assert "الترخيص: مملوك" in text and "سجلات الأخطاء" in text
    assert "Proprietary" not in text and "Licence" not in text
