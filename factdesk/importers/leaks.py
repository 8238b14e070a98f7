"""Leaked page code: stylesheet and script text that a site's export left inside an article.

Text saved from news sites sometimes carries the page's CSS or JavaScript along with the words: a poll
widget's ``.box_vote { padding: 18px; }`` or ``jQuery(document).ready(function(){ … })`` in the middle of
a paragraph. The import report names it so that the fact-checker does not quote it or take it for the
article; it is not taken out (see docs/decisions.md, "Leaked page code is reported, not removed").

Precision comes first: an Arabic article quoting a web address, an English name or «C++» is not code. A
stretch is only reported when it has no Arabic letters and holds at least one unmistakable construct of
CSS or JavaScript (a rule ``selector { property: value }``, ``function(…){``, ``var x =``, a call on
``document``, ``window``, ``jQuery`` or ``googletag``, ``@media``, ``<!--``, a ``<script>`` tag …). Short
Arabic strings inside the code (a script's ``'انتظر لحظات…'``) do not split one leak in two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

#: Arabic letters, in every Arabic block: they end a stretch of code (outside of the code's quotes).
_ARABIC: Final = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
#: A stretch without Arabic letters, within one line.
_STRETCH: Final = re.compile(f"[^{_ARABIC}\\n]+")
#: Web addresses and e-mail addresses are not code, whatever punctuation they hold.
_ADDRESS: Final = re.compile(
    r"(?:https?://|www\.)[^\s\"'<>]+|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+", re.IGNORECASE
)

#: Constructs no prose holds; one is enough to call a stretch code. Every repetition is bounded or
#: anchored on a literal, so that a long line of Latin text is scanned in linear time.
_CODE: Final = re.compile(
    "|".join(
        (
            # a CSS rule: selector { property: value }
            r"[\w\])*]\s?\{\s{0,9}-?[a-z][\w-]{0,40}\s{0,9}:[^{};\n]{1,200}[;}]",
            r"@(?:media|import|font-face|keyframes|charset)\b",
            # JavaScript
            r"\bfunction\b\s{0,9}[\w$]{0,60}\s{0,9}\([^()]{0,200}\)\s{0,9}\{",
            r"\b(?:var|let|const)\s{1,9}[A-Za-z_$][\w$]{0,60}\s{0,9}=",
            r"\b(?:document|window)\s?\.\s?[A-Za-z_$][\w$]{0,60}\s?[(=.]",
            r"\b(?:jQuery|googletag|dataLayer|adsbygoogle|gtag|fbq)\s?(?:\.\s?\w{1,60}\s?)?\(",
            r"\$\s?\(\s?(?:document|window|this|['\"])",
            r"\)\s{0,9}=>\s{0,9}\{",
            r"\b(?:if|for|while)\s{0,9}\([^()]{0,200}\)\s{0,9}\{",
            # markup left in text
            r"<!--|-->",
            r"</?(?:script|style|iframe|noscript)\b",
            r"<!\[CDATA\[",
        )
    ),
    re.IGNORECASE,
)
#: Every construct of :data:`_CODE` holds one of these (in lower case): a text without any has no code.
_MARKERS: Final = (
    "{",
    "=",
    "@",
    "$",
    "document",
    "window",
    "jquery",
    "googletag",
    "datalayer",
    "adsbygoogle",
    "gtag",
    "fbq",
    "<!--",
    "-->",
    "<script",
    "</script",
    "<style",
    "</style",
    "<iframe",
    "</iframe",
    "<noscript",
    "</noscript",
    "<![cdata[",
)
#: Every construct of :data:`_CODE` holds one of these.
_MAYBE_CODE: Final = re.compile(r"[{(=<>@]")
#: Characters that only code is dense in; a neighbouring stretch dense in them belongs to the same leak.
_CODE_PUNCTUATION: Final = frozenset("{}();=[]'\"$#")
#: At most this many characters (Arabic text in the code's quotes) between two parts of one leak.
_JOIN_GAP: Final = 40
#: How much of a leak the report quotes.
EXCERPT_LENGTH: Final = 60


@dataclass(frozen=True, slots=True)
class LeakedCode:
    """One stretch of leaked page code: ``start`` and ``end`` are code-point offsets in the text, ``line``
    the number of its line (from 1), ``excerpt`` its beginning as the report quotes it."""

    line: int
    start: int
    end: int
    excerpt: str

    @property
    def length(self) -> int:
        return self.end - self.start


def find_leaked_code(text: str) -> tuple[LeakedCode, ...]:
    """Every stretch of leaked CSS or JavaScript in ``text``, in order."""
    lowered = text.lower()
    if not any(marker in lowered for marker in _MARKERS):  # the usual article: a few fast scans, done
        return ()
    spans: list[list[int]] = []  # [start, end, is code]
    for match in _STRETCH.finditer(text):
        start, end = _trimmed(text, match.start(), match.end())
        if end - start < 6:
            continue
        spans.append([start, end, 1 if _is_code(text[start:end]) else 0])
    leaks: list[list[int]] = []
    for i, (start, end, code) in enumerate(spans):
        if not code and not _next_to_code(text, spans, i):
            continue
        if leaks and start - leaks[-1][1] <= _JOIN_GAP and "\n" not in text[leaks[-1][1] : start]:
            leaks[-1][1] = end
        else:
            leaks.append([start, end])
    # a stretch only next to code, with no construct of its own in the leak, is not reported alone
    found = [(s, e) for s, e in leaks if _is_code(text[s:e])]
    return tuple(
        LeakedCode(line=text.count("\n", 0, s) + 1, start=s, end=e, excerpt=_excerpt(text[s:e]))
        for s, e in found
    )


def _is_code(piece: str) -> bool:
    """Whether ``piece`` holds a construct of CSS or JavaScript outside of any web or e-mail address."""
    if not _MAYBE_CODE.search(piece):  # most stretches: a name, a figure, a date
        return False
    if "@" in piece or "http" in piece or "www." in piece:
        piece = _ADDRESS.sub(" ", piece)
    return _CODE.search(piece) is not None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch without the spaces and the prose punctuation («. », «، ») around it."""
    while start < end and (
        text[start].isspace()
        or (text[start] in ".,:;!?)»" and (start + 1 == end or text[start + 1].isspace()))
    ):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _next_to_code(text: str, spans: list[list[int]], i: int) -> bool:
    """A stretch dense in code punctuation, on the same line as code a few characters away (the rest of
    a script after an Arabic string in quotes)."""
    start, end, _ = spans[i]
    piece = text[start:end]
    dense = sum(c in _CODE_PUNCTUATION for c in piece) >= max(2, len(piece) // 20)
    if not dense:
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(spans) and spans[j][2]:
            a, b = (spans[j][1], start) if j < i else (end, spans[j][0])
            if b - a <= _JOIN_GAP and "\n" not in text[a:b]:
                return True
    return False


def _excerpt(code: str) -> str:
    flat = " ".join(code.split())
    return flat if len(flat) <= EXCERPT_LENGTH else flat[: EXCERPT_LENGTH - 1] + "…"
