"""Who said what: attributions found by rules (a verb lexicon and the shape of the clause around it).

Rules, not a model: they run offline in microseconds per sentence and a fact-checker can see why a
span was marked. Offsets are code points of the original text and fall on word boundaries, so never
inside a letter+harakat sequence.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Attribution", "find_attributions"]

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_TOKEN = re.compile(rf"[\w{_MARKS}]+")
_STRIP = re.compile(rf"[{_MARKS}]")
_SENTENCE_END = re.compile(r"(?<!\d)[.!?؟](?!\d)|\n")
_OPEN_QUOTES = '«"“'
_CLOSE = {"«": "»", '"': '"', "“": "”"}


def _norm(word: str) -> str:
    """Compare words without harakat, tatweel or hamza forms of alef."""
    w = _STRIP.sub("", unicodedata.normalize("NFKC", word))
    return w.translate(str.maketrans("أإآى", "اااي"))


def _forms(past: list[str], present: list[str]) -> set[str]:
    out: set[str] = set()
    for p in past:
        out |= {p, p + "ت", p + "وا", p + "ا", p + "تا"}
    for s in present:
        out |= {"ي" + s, "ت" + s, "ي" + s + "ون", "ي" + s + "ان", "ت" + s + "ان"}
    return {_norm(f) for f in out}


_ASSERTS = _forms(
    ["قال", "أعلن", "أكد", "أوضح", "أفاد", "أشار", "صرح", "صرّح", "ذكر", "كشف", "أضاف", "تابع", "لفت"],
    ["قول", "علن", "ؤكد", "وضح", "فيد", "شير", "صرح", "ذكر", "كشف", "ضيف", "تابع", "لفت"],
) | {_norm(w) for w in ("قالوا", "أكدوا", "أشاروا")}
_DENIES = _forms(["نفى", "كذب", "كذّب", "رفض", "استبعد", "شكك"], ["نفي", "كذب", "رفض", "ستبعد", "شكك"]) | {
    _norm(w) for w in ("نفت", "نفوا", "نفيا")
}
_CONVEYS = _forms(["نقل"], ["نقل"])  # «نقلت وكالة X عن Y»
_REPORTED_MARKERS = {_norm(w) for w in ("بحسب", "حسب", "حسبما")}
_MARKER_THEN_L = {_norm(w) for w in ("وفقا", "طبقا")}  # followed by لـ / ل+noun
_THAT = {
    _norm(w) for w in ("أن", "إن", "أنه", "إنه", "أنها", "إنها", "بأن", "بأنه", "أنّ", "إنّ", "أنهم", "إنهم")
}
_STOPS = _THAT | {
    _norm(w)
    for w in (
        "في",
        "عن",
        "على",
        "إلى",
        "من",
        "مع",
        "خلال",
        "صباح",
        "مساء",
        "اليوم",
        "أمس",
        "يوم",
        "هذه",
        "هذا",
        "ذلك",
        "تلك",
        "أي",
        "كل",
        "لها",
        "له",
        "بيان",
        "بيانها",
        "بيانه",
        "الأحد",
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "امس",
        "ليل",
        "الليلة",
        "بعد",
        "قبل",
        "حول",
        "لا",
        "لم",
        "لن",
    )
}
_MAX_SPEAKER = 8


@dataclass(frozen=True)
class Attribution:
    """One attribution: a speaker, the verb or marker that reports them, and what was said."""

    start: int
    end: int
    speaker: str
    speaker_start: int
    speaker_end: int
    verb: str
    verb_start: int
    verb_end: int
    stance: str  # "asserts" | "denies" | "reported"
    said_start: int
    said_end: int
    text: str
    via: str = ""


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    norm: str


def _strip_proclitic(text: str, tok: _Tok, lexicon: set[str]) -> int | None:
    """Offset where the verb starts inside ``tok`` (after و/ف), or None if it is not in ``lexicon``."""
    if tok.norm in lexicon:
        return tok.start
    if tok.norm[:1] in ("و", "ف") and tok.norm[1:] in lexicon:
        i = tok.start + 1
        while i < tok.end and _STRIP.match(text[i]):
            i += 1
        return i
    return None


def _gap_is_space(text: str, a: int, b: int) -> bool:
    return text[a:b].strip() == ""


def _phrase_after(text: str, toks: list[_Tok], i: int, extra_stops: frozenset[str] = frozenset()) -> int:
    """Index one past the last token of the noun phrase starting at toks[i] (stops at punctuation)."""
    j = i
    while j < len(toks) and j - i < _MAX_SPEAKER:
        t = toks[j]
        if t.norm in _STOPS or t.norm in extra_stops or t.norm.isdigit():
            break
        if j > i and not _gap_is_space(text, toks[j - 1].end, t.start):
            break
        j += 1
    return j


def _sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_END.search(text, pos)
    return m.start() if m else len(text.rstrip())


def _sentence_start(text: str, pos: int) -> int:
    best = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        best = m.end()
    return best


def _opens_report(text: str, after: int, qs: int) -> bool:
    gap = text[after:qs].rstrip()
    return gap.strip() == "" or gap.endswith(("،", ",", ":"))


def _said(text: str, toks: list[_Tok], after: int, k: int) -> tuple[int, int]:
    """The span of what was said: a quotation or an أنّ/إنّ clause after ``after`` (token index k on)."""
    end = _sentence_end(text, after)
    window = text[after:end]
    q = next((i for i, ch in enumerate(window) if ch in _OPEN_QUOTES), None)
    that = next((t for t in toks[k : k + 12] if t.start < end and t.norm in _THAT), None)
    # A quotation counts when it opens the report (after the speaker, a comma or a colon), not when it
    # only marks a name («تنظيم "داعش"»); otherwise an أنّ/إنّ clause does.
    if q is not None and not _opens_report(text, after, after + q):
        q = None
    if q is not None and (that is None or after + q < that.start):
        qs = after + q
        close = _CLOSE[text[qs]]
        stop = max(end, qs + 1)
        ce = text.rfind(close, qs + 1, stop + 1)
        if ce == -1:
            ce = text.find(close, qs + 1)
        return (qs, ce + 1) if ce != -1 else (qs, end)
    if that is not None:
        return that.start, end
    s = after
    while s < end and not text[s].isalnum():
        s += 1
    return (s, end) if s < end else (after, after)


def find_attributions(text: str) -> list[Attribution]:
    """Every attribution in ``text`` the rules recognise, in reading order."""
    toks = [_Tok(m.start(), m.end(), _norm(m.group())) for m in _TOKEN.finditer(text)]
    out: list[Attribution] = []
    for i, tok in enumerate(toks):
        found = _match(text, toks, i, tok)
        if found is not None:
            out.append(found)
    return out


def _make(
    text: str, sp: tuple[int, int], vb: tuple[int, int], stance: str, said: tuple[int, int], via: str = ""
) -> Attribution:
    start = min(sp[0], vb[0], said[0] if said[1] > said[0] else vb[0])
    end = max(sp[1], vb[1], said[1])
    return Attribution(
        start,
        end,
        text[sp[0] : sp[1]],
        sp[0],
        sp[1],
        text[vb[0] : vb[1]],
        vb[0],
        vb[1],
        stance,
        said[0],
        said[1],
        text[start:end],
        via,
    )


def _match(text: str, toks: list[_Tok], i: int, tok: _Tok) -> Attribution | None:
    # «نقلت وكالة إنترفاكس عن المصدر …»: the outlet conveys what a source said.
    vs = _strip_proclitic(text, tok, _CONVEYS)
    if vs is not None:
        j = _phrase_after(text, toks, i + 1)
        if j < len(toks) and toks[j].norm == "عن" and j > i + 1:
            k = _phrase_after(text, toks, j + 1)
            if k > j + 1:
                via = text[toks[i + 1].start : toks[j - 1].end]
                sp = (toks[j + 1].start, toks[k - 1].end)
                return _make(text, sp, (vs, tok.end), "reported", _said(text, toks, sp[1], k), via)
    # «نقلاً عن X»
    if tok.norm in ("نقلا", "ونقلا") and i + 2 < len(toks) and toks[i + 1].norm == "عن":
        k = _phrase_after(text, toks, i + 2)
        if k > i + 2:
            sp = (toks[i + 2].start, toks[k - 1].end)
            return _make(text, sp, (tok.start, toks[i + 1].end), "reported", _before(text, tok.start))
    # «بحسب X» / «حسب X» / «على لسان X»
    ms = _strip_proclitic(text, tok, _REPORTED_MARKERS)
    lisan = tok.norm == "علي" and i + 1 < len(toks) and toks[i + 1].norm == "لسان"
    if ms is not None or lisan:
        first = i + 2 if lisan else i + 1
        k = _phrase_after(text, toks, first)
        if k > first:
            sp = (toks[first].start, toks[k - 1].end)
            vend = toks[i + 1].end if lisan else tok.end
            return _make(
                text, sp, (ms if ms is not None else tok.start, vend), "reported", _before(text, tok.start)
            )
    # «وفقاً لـ X» / «طبقا للوزارة»
    ms = _strip_proclitic(text, tok, _MARKER_THEN_L)
    if ms is not None and i + 1 < len(toks) and toks[i + 1].norm.startswith("ل"):
        nxt = toks[i + 1]
        if nxt.norm in ("ل", "لـ"):
            first = i + 2
            sp_start = toks[first].start if first < len(toks) else nxt.end
        else:
            first = i + 1
            sp_start = nxt.start + 1
        k = _phrase_after(text, toks, first)
        if k > first:
            sp = (sp_start, toks[k - 1].end)
            return _make(text, sp, (ms, sp_start), "reported", _before(text, tok.start))
    for lexicon, stance in ((_ASSERTS, "asserts"), (_DENIES, "denies")):
        vs = _strip_proclitic(text, tok, lexicon)
        if vs is None:
            continue
        vb = (vs, tok.end)
        k = (
            _phrase_after(text, toks, i + 1)
            if i + 1 < len(toks) and _gap_is_space(text, tok.end, toks[i + 1].start)
            else i + 1
        )
        if k > i + 1 and not toks[i + 1].norm.startswith("ب"):  # verb–subject
            sp = (toks[i + 1].start, toks[k - 1].end)
            return _make(text, sp, vb, stance, _said(text, toks, sp[1], k))
        # subject–verb: «الوزارة قالت إن …»
        b = i
        while (
            b > 0
            and i - b < 4
            and toks[b - 1].norm not in _STOPS
            and _gap_is_space(text, toks[b - 1].end, toks[b].start)
            and not (toks[b - 1].norm in _ASSERTS or toks[b - 1].norm in _DENIES)
        ):
            b -= 1
        follows = toks[i + 1] if i + 1 < len(toks) else None
        opens = follows is not None and follows.norm in _THAT
        if b < i and opens and not any(t.norm.isdigit() for t in toks[b:i]):
            sp = (toks[b].start, toks[i - 1].end)
            return _make(text, sp, vb, stance, _said(text, toks, tok.end, i + 1))
        return None
    return None


def _before(text: str, pos: int) -> tuple[int, int]:
    """What a «بحسب X» marker vouches for: the sentence up to the marker."""
    s = _sentence_start(text, pos)
    while s < pos and not text[s].isalnum():
        s += 1
    e = pos
    while e > s and not text[e - 1].isalnum() and text[e - 1] not in '»"”':
        e -= 1
    return (s, e) if e > s else (pos, pos)
