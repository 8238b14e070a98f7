"""The rules for an article's (and a source's) metadata, once for every way in.

The window, the command line and the importers all end in an operation; the operation applies
these rules, so that no path can store what another would refuse: a date is ISO 8601 written the
standard way (``2017/5/31`` becomes ``2017-05-31``), a web address is a whole http(s) address, and
short fields (outlet, author, place) are one line without hidden direction controls.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from factdesk.core import text as textrules

#: Dashes people type or paste between the parts of a date, and tatweel, all read as «-».
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212\u0640", "-"))
#: Year first, the parts joined by «-», «/» or «.» (the same one between all parts).
_ISO_DATE = re.compile(r"(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?)?")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_LINE_BREAKS = re.compile(r"\s*[\n\u2028\u2029\x0b\x0c\x85]\s*")


def normalise_date(value: str) -> str | None:
    """An ISO date as typed (2017-05-31, 2017-05 or 2017; also 2017/5/31 or 2017.5.31), written the
    standard way; "" when empty; None when it is not a date. Arabic-Indic digits, typographic dashes
    and hidden direction marks are accepted."""
    s = textrules.strip_bidi_controls(value).strip().translate(_DASHES)
    s = "".join(str(unicodedata.decimal(c)) if unicodedata.decimal(c, None) is not None else c for c in s)
    if not s:
        return ""
    m = _ISO_DATE.fullmatch(s)
    if m is None:
        return None
    year, month, day = int(m[1]), m[3], m[4]
    try:
        date(year, int(month or 1), int(day or 1))
    except ValueError:
        return None
    if year < 1000:
        return None
    out = f"{year:04d}"
    if month:
        out += f"-{int(month):02d}"
    if day:
        out += f"-{int(day):02d}"
    return out


def normalise_url(value: str) -> str | None:
    """A web address without hidden marks or spaces around; "" when empty; None when it is not a
    whole http(s) address (a bare «example.com», a «javascript:» link, spaces inside)."""
    s = textrules.strip_bidi_controls(value).strip()
    if not s:
        return ""
    if any(c.isspace() or unicodedata.category(c) == "Cc" for c in s):
        return None
    scheme = _SCHEME.match(s)
    if (
        scheme is None
        or scheme[0].lower() not in ("http:", "https:")
        or not s[len(scheme[0]) :].startswith("//")
    ):
        return None
    if len(s) <= len(scheme[0]) + 2:
        return None
    return s


def plain_field(value: str) -> str:
    """Outlet, author or place as stored: searched and compared, so no hidden direction marks, no
    spaces around, on one line (a line break pasted in becomes a space)."""
    return _LINE_BREAKS.sub(" ", textrules.strip_bidi_controls(value).strip())


def plain_title(value: str) -> str:
    """A title as stored: the controls that could reorder what follows it taken out (the marks that
    only nudge neutrals are kept), no spaces around."""
    return textrules.neutralise_bidi(value).strip()


def date_problem(value: str) -> str:
    return (
        f"«{value}» is not a date FactDesk understands. Write it year first, as 2017-05-31 "
        "(or 2017-05, or 2017)."
    )


def url_problem(value: str) -> str:
    return f"«{value}» is not a web address. Write it whole, starting with https:// or http://."


def check_date(value: str) -> str:
    """The date as stored, or :class:`~factdesk.core.operations.OperationError` in plain words."""
    from factdesk.core.operations import OperationError

    out = normalise_date(value)
    if out is None:
        raise OperationError(date_problem(value))
    return out


def check_url(value: str) -> str:
    from factdesk.core.operations import OperationError

    out = normalise_url(value)
    if out is None:
        raise OperationError(url_problem(value))
    return out


def date_or_blank(value: str) -> str:
    """A date a file gives, as stored; "" when it is not one (nothing is invented from it)."""
    return normalise_date(value) or ""


def url_or_blank(value: str) -> str:
    """A web address a file gives, as stored; "" when it is not a whole http(s) address."""
    return normalise_url(value) or ""
