"""The About box: right to left in Arabic, its version number kept in order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from factdesk.ui import bidi
from factdesk.ui.dialogs import interface_direction


def about_box(parent: QWidget | None, project: str | None = None) -> QMessageBox:
    """The About box (shown with ``exec()``). Its sentence starts with a Latin name, «FactDesk»,
    which would make Qt lay it out left to right; a right-to-left mark first keeps it Arabic."""
    from factdesk import __version__

    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    rtl = interface_direction() == Qt.LayoutDirection.RightToLeft
    box.setLayoutDirection(interface_direction())
    box.setWindowTitle(QCoreApplication.translate("About", "About FactDesk"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    sentence = QCoreApplication.translate("About", "FactDesk %1: a workbench for Arabic fact-checking.")
    text = bidi.paragraph(sentence.replace("%1", bidi.ltr(__version__)), rtl)
    # the version, licence and log folder a bug report asks for; nothing is fetched to say more
    from factdesk import __license__
    from factdesk.app.crashlog import log_dir

    licence = (
        QCoreApplication.translate("About", "Proprietary") if __license__ == "Proprietary" else __license__
    )
    lines = [
        QCoreApplication.translate("About", "Licence: %1").replace("%1", licence),
        QCoreApplication.translate("About", "Error logs: %1").replace("%1", bidi.ltr(str(log_dir()))),
        QCoreApplication.translate(
            "About", "FactDesk fetches nothing from the internet, not even update notices."
        ),
    ]
    text += "\n\n" + "\n".join(bidi.paragraph(line, rtl) for line in lines)
    if project:
        # the full path of the open project, kept in order (its leading slash where it belongs)
        line = QCoreApplication.translate("About", "The open project: %1").replace("%1", bidi.ltr(project))
        text += "\n\n" + bidi.paragraph(line, rtl)
    box.setText(text)
    icon = parent.windowIcon() if parent is not None else None
    if icon is not None and not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.addButton(QMessageBox.StandardButton.Ok)
    return box
