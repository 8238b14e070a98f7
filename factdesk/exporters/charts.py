"""The dashboard's four charts, drawn with matplotlib for the window and the printable report.

matplotlib 3.11 shapes Arabic and orders mixed right-to-left text itself (through libraqm), so
labels are given to it as they are written: reshaping them first (arabic-reshaper, python-bidi)
would shape them twice and reverse them. Arabic charts read from the right: the bars of the
horizontal charts grow leftwards with their labels on the right. Each ``draw_*`` fills a figure it
is given (the window's canvas or a figure made here); nothing here touches pyplot's global state,
so charts can be drawn on a worker thread.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from factdesk.core.dashboard import Dashboard, OutletCount

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

#: chart key -> (English title, Arabic title)
TITLES: Final = {
    "verdicts": ("Verdict distribution", "توزيع الأحكام"),
    "outlets": ("Claims per outlet", "الادعاءات حسب الوسيلة الإعلامية"),
    "verdicts_by_outlet": ("Verdicts by outlet", "الأحكام حسب الوسيلة الإعلامية"),
    "months": ("Work over time", "سير العمل عبر الزمن"),
}
CHARTS: Final = tuple(TITLES)
#: the other words the charts write: (English, Arabic)
WORDS: Final = {
    "claims": ("Claims", "الادعاءات"),
    "created": ("Claims added", "ادعاءات أُضيفت"),
    "reviewed": ("Claims reviewed", "ادعاءات رُوجعت"),
    "no_outlet": ("(outlet not known)", "(وسيلة غير معروفة)"),
    "others": ("Other outlets", "وسائل أخرى"),
    "empty": ("No claims yet", "لا ادعاءات بعد"),
    "month": ("Month", "الشهر"),
}
#: outlets drawn one by one; the rest are summed as «Other outlets»
MOST_OUTLETS: Final = 12
FONT: Final = "DejaVu Sans"  # ships with matplotlib and has Arabic glyphs


def word(key: str, lang: str) -> str:
    en, ar = WORDS[key]
    return ar if lang == "ar" else en


def title(chart: str, lang: str) -> str:
    en, ar = TITLES[chart]
    return ar if lang == "ar" else en


def _verdict(label_ar: str, label_en: str, lang: str) -> str:
    return (label_ar or label_en) if lang == "ar" else (label_en or label_ar)


def _outlet_name(outlet: str, lang: str) -> str:
    return outlet or word("no_outlet", lang)


def _few_outlets(dash: Dashboard, lang: str) -> list[OutletCount]:
    shown = list(dash.outlets[:MOST_OUTLETS])
    rest = dash.outlets[MOST_OUTLETS:]
    if rest:
        merged: dict[str, int] = {}
        for o in rest:
            for key, n in o.by_verdict.items():
                merged[key] = merged.get(key, 0) + n
        shown.append(OutletCount(word("others", lang), merged))
    return shown


def _empty(ax: Axes, lang: str) -> None:
    ax.set_axis_off()
    ax.text(0.5, 0.5, word("empty", lang), ha="center", va="center", fontsize=12, transform=ax.transAxes)


def _horizontal(ax: Axes, lang: str) -> None:
    """Bars read from the right in Arabic: values grow leftwards, labels on the right."""
    ax.invert_yaxis()  # the first category on top
    if lang == "ar":
        ax.invert_xaxis()
        ax.yaxis.tick_right()
    ax.xaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]


def draw_verdicts(fig: Figure, dash: Dashboard, lang: str) -> None:
    ax = fig.add_subplot()
    ax.set_title(title("verdicts", lang))
    rows = [v for v in dash.verdicts if v.claims] or list(dash.verdicts)
    if not dash.claims:
        _empty(ax, lang)
        return
    labels = [_verdict(v.label_ar, v.label_en, lang) for v in rows]
    bars = ax.barh(labels, [v.claims for v in rows], color=[v.color or "#888888" for v in rows])
    ax.bar_label(bars, padding=3)
    ax.set_xlabel(word("claims", lang))
    _horizontal(ax, lang)


def draw_outlets(fig: Figure, dash: Dashboard, lang: str) -> None:
    ax = fig.add_subplot()
    ax.set_title(title("outlets", lang))
    outlets = _few_outlets(dash, lang)
    if not outlets:
        _empty(ax, lang)
        return
    bars = ax.barh(
        [_outlet_name(o.outlet, lang) for o in outlets], [o.total for o in outlets], color="#4e79a7"
    )
    ax.bar_label(bars, padding=3)
    ax.set_xlabel(word("claims", lang))
    _horizontal(ax, lang)


def draw_verdicts_by_outlet(fig: Figure, dash: Dashboard, lang: str) -> None:
    ax = fig.add_subplot()
    ax.set_title(title("verdicts_by_outlet", lang))
    outlets = _few_outlets(dash, lang)
    if not outlets:
        _empty(ax, lang)
        return
    names = [_outlet_name(o.outlet, lang) for o in outlets]
    left = [0] * len(outlets)
    for v in dash.verdicts:
        counts = [o.by_verdict.get(v.key, 0) for o in outlets]
        if not any(counts):
            continue
        ax.barh(
            names,
            counts,
            left=left,
            color=v.color or "#888888",
            label=_verdict(v.label_ar, v.label_en, lang),
        )
        left = [a + b for a, b in zip(left, counts, strict=True)]
    ax.set_xlabel(word("claims", lang))
    ax.legend(loc="lower left" if lang == "ar" else "lower right", fontsize=8)
    _horizontal(ax, lang)


def draw_months(fig: Figure, dash: Dashboard, lang: str) -> None:
    ax = fig.add_subplot()
    ax.set_title(title("months", lang))
    if not dash.months:
        _empty(ax, lang)
        return
    months = [m.month for m in dash.months]
    ax.plot(months, [m.added for m in dash.months], marker="o", label=word("created", lang))
    ax.plot(months, [m.reviewed for m in dash.months], marker="s", label=word("reviewed", lang))
    ax.set_ylabel(word("claims", lang))
    ax.set_xlabel(word("month", lang))
    ax.yaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
    step = max(1, len(months) // 12)  # at most a dozen month labels
    ax.set_xticks(range(0, len(months), step), months[::step], rotation=45, ha="right")
    ax.set_ylim(bottom=0)
    if lang == "ar":
        ax.yaxis.tick_right()
        ax.yaxis.set_label_position("right")
    ax.legend()


DRAW: Final[dict[str, Callable[[Figure, Dashboard, str], None]]] = {
    "verdicts": draw_verdicts,
    "outlets": draw_outlets,
    "verdicts_by_outlet": draw_verdicts_by_outlet,
    "months": draw_months,
}


def draw(fig: Figure, chart: str, dash: Dashboard, lang: str) -> None:
    """Clear ``fig`` and draw ``chart`` (one of :data:`CHARTS`) into it, laid out to fit."""
    from matplotlib import rc_context

    fig.clear()
    with rc_context({"font.family": FONT, "axes.unicode_minus": False}):
        DRAW[chart](fig, dash, lang)
        fig.set_layout_engine("constrained")
        fig.draw_without_rendering()  # lays text out now, inside the rc context (its font)


def figure(chart: str, dash: Dashboard, lang: str, *, size: tuple[float, float] = (7.0, 3.6)) -> Figure:
    from matplotlib.figure import Figure

    fig = Figure(figsize=size)
    draw(fig, chart, dash, lang)
    return fig


def svg(chart: str, dash: Dashboard, lang: str, *, size: tuple[float, float] = (5.2, 3.6)) -> str:
    """One chart as an SVG document (text drawn as shaped outlines, so no font is needed to view it)."""
    from matplotlib import rc_context

    out = io.StringIO()
    with rc_context({"font.family": FONT, "svg.fonttype": "path", "svg.hashsalt": "factdesk"}):
        figure(chart, dash, lang, size=size).savefig(out, format="svg")
    return out.getvalue()


def png(chart: str, dash: Dashboard, lang: str, *, dpi: int = 100) -> bytes:
    from matplotlib import rc_context

    out = io.BytesIO()
    with rc_context({"font.family": FONT}):
        figure(chart, dash, lang).savefig(out, format="png", dpi=dpi)
    return out.getvalue()
