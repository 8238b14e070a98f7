"""Renders FactDesk's icon, ``resources/icons/factdesk.svg``, into the PNG sizes desktops ask for.

Writes ``resources/icons/hicolor/<N>x<N>/apps/factdesk.png`` for N in :data:`SIZES` (the freedesktop
icon theme's layout, copied as-is into ``/usr/share/icons/hicolor`` by ``build_deb.sh``) and the
same icon as ``application-x-factdesk.png`` in ``mimetypes/`` (a project file's icon). Qt's own SVG
renderer draws them, so nothing beyond the dev environment is needed. The PNGs are committed; run
this again after changing the SVG (``tests/test_packaging_files.py`` fails when a size is missing;
``--check`` tells whether each PNG is still what this Qt draws from the SVG):

    PYTHONPATH=. .venv/bin/python packaging/render_icons.py          # rewrite the PNGs
    PYTHONPATH=. .venv/bin/python packaging/render_icons.py --check  # exit 1 if one is stale
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SVG = REPO / "resources" / "icons" / "factdesk.svg"
THEME = REPO / "resources" / "icons" / "hicolor"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def targets(size: int) -> list[Path]:
    folder = THEME / f"{size}x{size}"
    return [folder / "apps" / "factdesk.png", folder / "mimetypes" / "application-x-factdesk.png"]


def render(size: int) -> bytes:
    """The icon at ``size`` pixels square, as PNG bytes (the same bytes for the same SVG and Qt)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    check = "--check" in argv
    stale = []
    for size in SIZES:
        png = render(size)
        for path in targets(size):
            if check:
                if not path.exists() or path.read_bytes() != png:
                    stale.append(path.relative_to(REPO).as_posix())
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists() or path.read_bytes() != png:
                path.write_bytes(png)
                print(f"wrote {path.relative_to(REPO)}")
    if stale:
        print("stale or missing icons (run packaging/render_icons.py):\n  " + "\n  ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
