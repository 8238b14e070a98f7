"""The running window and the installed desktop entry know each other."""

from __future__ import annotations

from support import REPO


def test_the_window_names_its_desktop_entry(qapp) -> None:
    """Wayland finds the running window's icon and name through the desktop entry's file name."""
    from factdesk.ui.app import make_app

    app, _prefs = make_app()
    entry = REPO / "packaging" / "linux" / f"{app.desktopFileName()}.desktop"
    assert entry.is_file(), f"make_app names {app.desktopFileName()!r}, which is no desktop entry of ours"
