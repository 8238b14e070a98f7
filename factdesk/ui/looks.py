"""How the window looks: fonts and colours set through palettes, not an application style sheet.

A style sheet on the whole application makes Qt style every widget through its slower
style-sheet engine (it cost a sixth of start-up); the few emphases FactDesk wants are set here
on the widgets that carry their object names.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QProxyStyle, QStyle, QWidget

from factdesk.ui import i18n

#: object name -> (point size change, bold, text colour)
LABELS = {
    "sectionLabel": (0, True, "#37474f"),
    "readerTitle": (4, True, "#263238"),
    "readerMeta": (0, False, "#546e7a"),  # #607d8b read at 4.1:1 on the window: below WCAG AA
    "detailHeading": (0, True, "#455a64"),
    "startTitle": (16, True, "#1a237e"),
}
READER_BACKGROUND = "#fffdf8"
#: Secondary text (an outlet, a date, a count) on a light page.
MUTED = "#546e7a"
_muted: dict[int, QColor] = {}


#: The least contrast (WCAG 2 ratio) a coloured text keeps against its background; below it, in a
#: dark or high-contrast theme, the theme's own text colour is used instead.
MIN_CONTRAST = 4.5


def _luminance(colour: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable(colour: str | QColor, background: QColor, fallback: QColor) -> QColor:
    """``colour`` when it stands out from ``background`` enough to read, else ``fallback`` (the
    theme's own text colour): FactDesk's dark greys vanish on a dark theme's window."""
    wanted = QColor(colour)
    if contrast(wanted, background) >= MIN_CONTRAST:
        return wanted
    # the same hue, lighter on a dark page or darker on a light one, before giving up the hue
    for factor in (150, 200, 250):
        shade = wanted.lighter(factor) if background.lightness() < 128 else wanted.darker(factor)
        if contrast(shade, background) >= MIN_CONTRAST:
            return shade
    return fallback


def ink_on(colour: str | QColor) -> QColor:
    """Black or white, whichever reads better on ``colour`` (a verdict chip): white on the yellow of
    «Half true» read at 1.7:1."""
    fill = QColor(colour)
    white, black = QColor("#ffffff"), QColor("#000000")
    return white if contrast(white, fill) >= contrast(black, fill) else black


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the theme writes light text on a dark page."""
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def apply(root: QWidget) -> None:
    """Give every named label under ``root`` its emphasis, in a colour that reads on the theme."""
    for label in root.findChildren(QLabel):
        spec = LABELS.get(label.objectName())
        if spec is None:
            continue
        delta, bold, colour = spec
        font = QFont(QApplication.font(label))  # from the interface's size, so applying again fits a new one
        if delta:
            font.setPointSizeF(font.pointSizeF() + delta)
        font.setBold(bold)
        label.setFont(font)
        palette = label.palette()
        background = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, readable(colour, background, text))
        label.setPalette(palette)


def tint(label: QLabel, colour: str | QColor) -> None:
    """Write ``label`` in ``colour`` (an error's red, a warning's amber), shaded to read on the theme."""
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText,
        readable(
            colour, palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)
        ),
    )
    label.setPalette(palette)


def paper(editor: QPlainTextEdit) -> None:
    """A warm reading background for article text, where the theme's text reads on it (a dark or
    high-contrast theme keeps its own page: its light text would vanish on a light one)."""
    palette = editor.palette()
    text = palette.color(QPalette.ColorRole.Text)
    if contrast(text, QColor(READER_BACKGROUND)) >= MIN_CONTRAST:
        palette.setColor(QPalette.ColorRole.Base, QColor(READER_BACKGROUND))
        editor.setPalette(palette)


def muted(palette: QPalette | None = None) -> QColor:
    """The colour of secondary text (an outlet, a count) that still reads on the theme's page."""
    palette = palette or QApplication.palette()
    key = palette.cacheKey()
    if key not in _muted:  # asked for every cell of a list: worked out once per palette
        _muted.clear()
        _muted[key] = readable(
            MUTED, palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        )
    return _muted[key]


_system_font: QFont | None = None


def set_interface_size(points: int) -> None:
    """The interface's text size (menus, lists, dialogs) in points; 0 gives back the system's."""
    global _system_font
    if _system_font is None:
        _system_font = QFont(QApplication.font())
    font = QFont(_system_font)
    if points > 0:
        font.setPointSize(points)
    QApplication.setFont(font)


class InterfaceStyle(QProxyStyle):
    """The platform's style, but for one thing: in Arabic, keyboard mnemonics are not underlined.

    A line under an Arabic letter («&ملف») reads as a diacritic (a kasra) or a dot, and changes the
    word. The mnemonic itself still works (Alt+م opens the menu); only its mark is not drawn. Asked
    at every paint, so switching the language takes effect at once."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: Any = None,
        widget: Any = None,
        returnData: Any = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_UnderlineShortcut and i18n.current_language() == "ar":
            return 0
        return super().styleHint(hint, option, widget, returnData)


_style: InterfaceStyle | None = None


def install_style(app: QApplication) -> InterfaceStyle:
    """Wrap the application's style in :class:`InterfaceStyle` (once)."""
    current = app.style()
    if isinstance(current, InterfaceStyle):
        return current
    global _style
    _style = InterfaceStyle(current.name())  # held here too: Qt calls back into this Python object
    app.setStyle(_style)
    return _style
