"""Who said what: attributions found by rules (a verb lexicon and the shape of the clause around it).

Rules, not a model: they run offline in microseconds per sentence and a fact-checker can see why a
span was marked. Offsets are code points of the original text and fall on word boundaries, so never
inside a letter+harakat sequence.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

__all__ = ["Attribution", "find_attributions"]

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_TOKEN = re.compile(rf"[\w{_MARKS}]+")
_STRIP = re.compile(rf"[{_MARKS}]")
_SENTENCE_END = re.compile(r"(?<!\d)[.!?؟](?!\d)|\n")
_OPEN_QUOTES = '«"“'
_CLOSERS = '»"”)'
_CLAUSE_END = re.compile(r"[؛;]")
_CLOSE = {"«": "»", '"': '"', "“": "”"}


_ALEFS = str.maketrans("أإآى", "اااي")


@lru_cache(maxsize=1 << 16)
def _norm(word: str) -> str:
    """Compare words without harakat, tatweel or hamza forms of alef."""
    w = _STRIP.sub("", unicodedata.normalize("NFKC", word))
    return w.translate(_ALEFS)


def _forms(past: list[str], present: list[str]) -> set[str]:
    """Past forms (3rd person, and 1st person «أكدنا»), imperfect forms (he, she, I, we, they)."""
    out: set[str] = set()
    for p in past:
        out |= {p, p + "ت", p + "وا", p + "ا", p + "تا", p + "نا"}
    for s in present:
        out |= {
            "ي" + s,
            "ت" + s,
            "أ" + s,
            "ن" + s,
            "ي" + s + "ون",
            "ي" + s + "ان",
            "ت" + s + "ان",
            "ت" + s + "ين",
        }
    return {_norm(f) for f in out}


def _participles(stems: list[str]) -> set[str]:
    """Active participles used as a circumstantial clause: «مؤكداً أن», «مشيرةً إلى أن»."""
    return {_norm(s + end) for s in stems for end in ("ا", "ة", "ين")}


# Verbs that report speech whatever follows them (a clause, a quotation or a noun phrase: «أكد وجود …»).
_SAY = _forms(
    ["قال", "أعلن", "أكد", "أوضح", "صرح", "صرّح", "أضاف", "شدد", "شدّد"],
    ["قول", "علن", "ؤكد", "وضح", "صرح", "ضيف", "شدد"],
) | {_norm(w) for w in ("قالوا", "أكدوا", "أشاروا", "قلت", "قلنا", "قلن", "أؤكد", "قاله", "قالها", "قالته")}
# Verbs that report speech only before an أنّ clause, a quotation or a colon (or their own preposition):
# «ذكر» also means "mention", «كشف» "uncover", «تابع» "follow", «أشار» "point", «اعتبر» "consider".
_SAY_IF = _forms(
    ["أفاد", "أشار", "ذكر", "كشف", "تابع", "لفت", "اعتبر", "زعم"],
    ["فيد", "شير", "ذكر", "كشف", "تابع", "لفت", "عتبر", "زعم"],
)
_ASSERTS = _SAY | _SAY_IF
_DENY = _forms(["نفى", "أنكر"], ["نفي", "نكر"]) | {_norm(w) for w in ("نفت", "نفوا", "نفيا")}
# «رفض» and «استبعد» deny a claim only with a clause or a claim noun: «رفض الانسحاب» is an act. Unvocalised
# «كذب» is also "lied" and the noun "a lie": only «كذّب X أن …» / «كذّب الرواية» is a denial.
_DENY_IF = _forms(["رفض", "استبعد", "شكك", "كذب", "كذّب"], ["رفض", "ستبعد", "شكك", "كذب"])
# «رفض أن يسافر» refuses an act; «رفض أن يكون الاتفاق قد تم» rejects a claim.
_REFUSE = _forms(["رفض"], ["رفض"])
_DENIES = _DENY | _DENY_IF
_PARTICIPLES = {
    **{
        w: "asserts"
        for w in _participles(
            ["مؤكد", "مشير", "مضيف", "موضح", "معلن", "لافت", "مشدد", "معتبر", "كاشف", "مفيد", "قائل"]
        )
    },
    **{w: "denies" for w in _participles(["ناف", "مستبعد", "رافض"]) | {_norm("نافيا"), _norm("نافية")}},
}
# The preposition a conditional verb takes before what was said: «أشار إلى فرار …», «كشف عن …».
_OWN_PREP = {
    form: _norm(prep)
    for past, present, participle, prep in (
        ("أشار", "شير", "مشير", "إلى"),
        ("لفت", "لفت", "لافت", "إلى"),
        ("كشف", "كشف", "كاشف", "عن"),
        ("أفاد", "فيد", "مفيد", "ب"),
    )
    for form in _forms([past], [present]) | _participles([participle])
}
_CLAIM_NOUNS = {
    _norm(w)
    for w in ("الاتهامات", "الاتهام", "الادعاءات", "المزاعم", "التقارير", "الأنباء", "الأخبار", "المعلومات",
              "ما", "هذه", "تلك", "الشائعات", "الرواية", "التصريحات", "البيان", "بيان", "التهمة", "التهم", "اتهامات", "ادعاءات")
}  # fmt: skip
_CONVEYS = _forms(["نقل"], ["نقل"])  # «نقلت وكالة X عن Y»
_REPORTED_MARKERS = {_norm(w) for w in ("بحسب", "حسب", "حسبما")}
_ACCORDING_TO_HIM = {_norm(w) for w in ("بحسبه", "بحسبها", "بحسبهم", "وبحسبه", "وبحسبها", "وبحسبهم")}
_MARKER_THEN_L = {_norm(w) for w in ("وفقا", "طبقا")}  # followed by لـ / ل+noun
# What «بحسب / وفقاً لـ» follow when they mean "in accordance with" (a rule or a measure), not a source.
_NOT_SOURCES = {
    _norm(w)
    for w in ("القانون", "النظام", "الأنظمة", "اللوائح", "لوائح", "إرشادات", "الإرشادات", "تعليمات",
              "التعليمات", "الشروط", "المعايير", "الإجراءات", "الحاجة", "الظروف", "الأحوال", "الطلب", "الخطة",
              "الأصول", "الترتيب", "الأولوية", "الاتفاق", "الاتفاقية", "المادة", "القرار", "العادة", "الجدول",
              "المقتضيات", "مقتضيات", "الأحكام", "أحكام", "البنود", "الضوابط", "القواعد", "القوانين", "المبادئ",
              "مبادئ", "التوجيهات", "توجيهات", "قرارات", "القرارات", "الاحتياجات", "احتياجات", "المتطلبات",
              "متطلبات", "الأسس", "أسس", "معايير")
}  # fmt: skip


def _with_proclitics(words: set[str] | dict[str, str]) -> set[str]:
    out = set(words)
    for w in words:
        out |= {"و" + w, "ف" + w}
        if w[:1] in "يتان":
            out |= {"ل" + w, "ول" + w, "فل" + w}
    return out


# Every token that can start an attribution: one set lookup rules out all other words quickly.
_TRIGGERS = (
    _with_proclitics(_ASSERTS | _DENIES | _CONVEYS | _MARKER_THEN_L | set(_PARTICIPLES))
    | {"و" + w for w in _REPORTED_MARKERS}
    | _REPORTED_MARKERS
    | _ACCORDING_TO_HIM
    | {"نقلا", "ونقلا", "علي"}
)
_SPEECH_WORDS = _with_proclitics(_SAY | _DENY | _CONVEYS)
_LEXICONS: dict[int, set[str] | dict[str, str]] = {
    id(lex): lex for lex in (_ASSERTS, _DENIES, _CONVEYS, _MARKER_THEN_L, _PARTICIPLES, _REPORTED_MARKERS)
}
# Subjects that show rather than say («معلومات تشير إلى …», «التجربة تؤكد أن …»).
_EVIDENCE = {
    _norm(w)
    for w in ("معلومات", "المعلومات", "دلائل", "الدلائل", "مؤشرات", "المؤشرات", "أدلة", "الأدلة", "التجارب",
              "التجربة", "تجربة", "الواقع", "الحقيقة", "الوقائع", "الأحداث", "الحراك", "الشواهد", "شواهد",
              "القرائن", "قرائن", "المعطيات", "معطيات", "التطورات", "الظواهر", "الأوضاع", "المشهد", "التاريخ",
              "السوابق", "الدلالات", "دلالات", "الملامح", "العلامات", "علامات", "التحركات", "تحركات")
}  # fmt: skip


def _not_third_singular(past: list[str], present: list[str]) -> set[str]:
    """Forms whose subject is never a noun phrase after them: first and second person («قلت», «أقول»,
    «نؤكد») and plural or dual («قالوا», «يقولون», «قالا») — a verb before its subject stays singular."""
    third = _forms(past, []) - {_norm(p + e) for p in past for e in ("وا", "ا", "نا")}
    third |= {_norm(p) for s in present for p in ("ي" + s, "ت" + s)}
    out = {_norm(p + e) for p in past for e in ("وا", "ا", "نا", "تم")}
    out |= {_norm(pre + s) for s in present for pre in ("أ", "ن")}
    out |= {
        _norm(pre + s + e) for s in present for pre, e in (("ي", "ون"), ("ت", "ون"), ("ي", "ان"), ("ت", "ين"))
    }
    return (out - third) | {_norm(w) for w in ("قلت", "قلنا", "قلتم", "قلتن")}


_QAL = _forms(["قال"], ["قول"]) | {_norm(w) for w in ("قلت", "قلنا", "قلتم", "قالوا", "قاله", "قالها")}
_LEXICONS[id(_SAY)] = _SAY
_NO_SUBJECT_AFTER = _not_third_singular(
    ["قال", "أعلن", "أكد", "أوضح", "صرح", "أضاف", "شدد", "أفاد", "أشار", "ذكر", "كشف", "تابع", "لفت", "اعتبر",
     "زعم", "نفى", "أنكر", "رفض", "استبعد", "شكك", "كذب"],
    ["قول", "علن", "ؤكد", "وضح", "صرح", "ضيف", "شدد", "فيد", "شير", "ذكر", "كشف", "تابع", "لفت", "عتبر", "زعم",
     "نفي", "نكر", "رفض", "ستبعد", "شكك", "كذب"],
)  # fmt: skip
# Words that open direct speech, never a speaker: «قال هذه علامة …», «قالت أنا زعلانة», «قال لا تبكِ».
_SPEECH_OPENERS = {
    _norm(w)
    for w in ("هذه", "هذا", "هذي", "أنا", "انا", "نحن", "أنت", "انت", "انتي", "أنتم", "انتم", "هو",
              "هي", "هم", "لا", "ما", "لم", "لن", "لقد", "قد", "ليش", "لماذا", "كيف", "يا", "نعم", "إذا", "اذا",
              "عليك", "عليكم", "عليكي", "لك", "لكم", "منك", "بك")
}  # fmt: skip
# After a comma, these open the writer's next clause, not more of what was said («…، كما أشارت إلى …»,
# «…، مع التأكيد أن …», «…، لكن الصحيح أن …»).
_CLAUSE_OPENERS = {_norm(w) for w in ("مما", "مع", "لكن", "ولكن", "ورغم", "وهذا", "بيد", "بينما")}
# Circumstantial participles of verbs outside the lists («داعياً القطاع الخاص إلى …», «متعهداً بحماية …»):
# they open the writer's next clause, so what was said ends before them, with or without a comma.
_CIRCUMSTANTIAL = _participles(
    ["داعي", "متعهد", "واعد", "معدد", "منوه", "مبين", "معلل", "مطالب", "محذر", "مستدرك", "مختتم", "مشيد"]
)
_SAID_CUTS = _CIRCUMSTANTIAL | set(_PARTICIPLES)
_SAYING = _participles(["قائل"])  # «قائلاً»: the participle of «قال»
_BY_SAYING = {_norm(w) for w in ("بقوله", "بقولها", "بقولهم")}
_HIS_SAYING = frozenset(_norm(w) for w in ("قوله", "قولها", "قولهم", "قولهما"))
_ATTENTION = {_norm(w) for w in ("انتباه", "الانتباه", "نظر", "النظر", "أنظار", "الأنظار")}
# Masculine accusative participles of verbs that report whatever follows them («مؤكداً وجود …»); the
# feminine «مؤكدة» is also an adjective («معلومات مؤكدة»), so only these.
_NOUN_PARTICIPLES = {_norm(s + "ا") for s in ("مؤكد", "مشدد", "معلن", "موضح")}
# «يُعتبر» (is considered) is written like «يعتبر» (considers): without an أنّ clause it is the passive.
_CONSIDERS = {_norm(w) for w in ("يعتبر", "تعتبر")}
_REPORTING = (_ASSERTS, _DENIES, _PARTICIPLES)
_MENTION = _forms(["ذكر"], ["ذكر"])
# First person: the speaker is the writer, never a noun phrase before or after («وأقول ذلك لأولادي»).
_FIRST_PERSON = {
    w
    for w in _NO_SUBJECT_AFTER
    if w.startswith(("ا", "ن")) or w.endswith(("نا",)) or w in {_norm(x) for x in ("قلت", "قلنا")}
} - _forms(["أعلن", "أكد", "أوضح", "أضاف", "أفاد", "أشار", "أنكر"], [])
# Before these the word is not a report of speech: a condition or a question («وإذا قلنا …», «فماذا نقول
# عن …»), or a preposition before a verbal noun («في كشف …», «على تأكيد …»).
_NOT_REPORTED_AFTER = {
    _norm(w) for w in ("إذا", "وإذا", "فإذا", "لو", "ولو", "فلو", "ماذا", "فماذا", "وماذا", "هل", "وهل")
}
_BEFORE_NOUNS = {_norm(w) for w in ("في", "على", "عن", "لدى", "حول")}
_NOT_REMINDED_OF = ("بيان", "بلاغ", "بعد", "بين", "بعض", "بدور", "بأن", "بان")


def _reminds(text: str, toks: list[_Tok], i: int) -> bool:
    """«ذكّر الوزير الوكلاء بالمقتضيات», «ذكر الرئيس " ببدايات المهرجان"»: a word with بـ (what one is
    reminded of) before any أنّ clause or colon is «ذكّر», not «ذكر» (mentioned)."""
    end = _sentence_end(text, toks[i].end)
    for t in toks[i + 1 : i + 10]:
        if t.start >= end or t.norm in _THAT or text[t.end : t.end + 2].lstrip()[:1] == ":":
            return False
        if t.norm[:1] == "ب" and len(t.norm) > 3 and not t.norm.startswith(_NOT_REMINDED_OF):
            return True
    return False


# Words that open a circumstance between a speaker and what they said.
_CIRCUMSTANCE = {_norm(w) for w in ("خلال", "في", "أمام", "عبر", "أثناء", "لدى", "عقب", "بعد")}
# A negative quantifier as the subject: «لا أحد ينكر …», «لم ينفِ أحد …» — nobody said anything.
_NOBODY = {_norm(w) for w in ("أحد", "احد")}
_NEGATIONS = {_norm(w) for w in ("لم", "لا", "لن", "ولم", "ولا", "ولن", "فلم", "فلا")}
_RELATIVES = {_norm(w) for w in ("التي", "الذي", "الذين", "اللذين", "اللتين", "ما", "مما", "وما", "فيما")}
# «… التي أجريت الأسبوع الماضي والتي أكدت أن …»: a second relative clause on the same antecedent.
_AND_RELATIVES = {_norm(w) for w in ("والتي", "والذي", "والذين")}
# «لا يزال يقول», «ما زالت تؤكد»: an auxiliary between the subject and the verb.
_STILL = {_norm(w) for w in ("يزال", "تزال", "يزالون", "زال", "زالت", "مازال", "مازالت", "لازال", "لازالت")}
# Words between a verb and its subject that are not the subject: «قال لي الوالد», «أكد عليه أيضاً الوزير».
_SKIP_AFTER_VERB = {
    _norm(w) for w in ("لي", "لنا", "له", "لها", "لهم", "لكم", "عليه", "عليها", "عنه", "عنها", "أيضا", "أيضاً")
}
_THAT = {
    _norm(w)
    for w in ("أن", "إن", "أنه", "إنه", "أنها", "إنها", "بأن", "بأنه", "بأنها", "أنّ", "إنّ", "أنهم", "إنهم",
              "انك", "إنك", "أنك", "أنني", "إنني", "أننا", "إننا", "بأنهم", "فإن", "وأن")
}  # fmt: skip
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
        "قد",
        "حتى",
        "ثم",
        "لكن",
        "ولكن",
        "بل",
        "إذ",
        "إذا",
        "عندما",
        "حين",
        "حينما",
        "كما",
        "هو",
        "هي",
        "هم",
        "أنا",
        "نحن",
        "أنت",
        "التي",
        "الذي",
        "الذين",
        "وهو",
        "وهي",
        "لأن",
        "كذلك",
        "أيضا",
        "كان",
        "وكان",
        "كانت",
        "وكانت",
        "وقد",
        "لي",
        "لنا",
        "حيث",
    )
}
_MAX_SPEAKER = 8


@dataclass(frozen=True)
class Attribution:
    """One attribution: a speaker, the verb or marker that reports them, and what was said.

    An implicit speaker («وأضاف أن …», «مشيراً إلى أن …», «قلت لها …») leaves ``speaker`` empty (its span
    is empty, at the verb) and names, when the text gives one before, the speaker of the attribution it
    continues in ``implied_speaker`` (offsets into the same text, possibly sentences earlier).
    ``negated`` marks a denial said in the negative («لم يستبعد أن …»), read as a hedged assertion.
    """

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
    implied_speaker: str = ""
    implied_speaker_start: int = -1
    implied_speaker_end: int = -1
    negated: bool = False


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    norm: str


def _skip_marks(text: str, i: int, end: int) -> int:
    while i < end and _STRIP.match(text[i]):
        i += 1
    return i


def _strip_proclitic(text: str, tok: _Tok, lexicon: set[str] | dict[str, str]) -> int | None:
    """Offset where the word starts inside ``tok`` after و/ف (and ل before an imperfect: «ليؤكد»), or None
    if it is not in ``lexicon``."""
    n = _prefix_len(tok.norm, id(lexicon))
    if n < 0:
        return None
    i = tok.start
    for _ in range(n):  # one letter of the proclitic, then its harakat
        i = _skip_marks(text, i + 1, tok.end)
    return i


@lru_cache(maxsize=1 << 16)
def _prefix_len(w: str, lexicon_id: int) -> int:
    """How many proclitic letters come before a word of the lexicon in ``w`` (-1: none is in it)."""
    lexicon = _LEXICONS[lexicon_id]
    if w in lexicon:
        return 0
    for pre in ("و", "ف", "ل", "ول", "فل"):
        rest = w[len(pre) :]
        if w.startswith(pre) and rest in lexicon and ("ل" not in pre or rest[:1] in "يتان"):
            return len(pre)
    return -1


def _gap_is_space(text: str, a: int, b: int) -> bool:
    return text[a:b].strip() == ""


def _phrase_after(text: str, toks: list[_Tok], i: int, extra_stops: frozenset[str] = frozenset()) -> int:
    """Index one past the last token of the noun phrase starting at toks[i] (stops at punctuation)."""
    j = i
    while j < len(toks) and j - i < _MAX_SPEAKER:
        t = toks[j]
        if t.norm in _STOPS or t.norm in extra_stops or t.norm.isdigit() or _is_verb(text, t):
            break
        if j > i and not _gap_is_space(text, toks[j - 1].end, t.start):
            break
        j += 1
    return j


def _is_verb(text: str, t: _Tok) -> bool:
    return _prefix_len(t.norm, id(_ASSERTS)) >= 0 or _prefix_len(t.norm, id(_DENIES)) >= 0


def _sentence_end(text: str, pos: int) -> int:
    ends = _sentence_ends(text)
    n = bisect_left(ends, pos)
    return ends[n] if n < len(ends) else len(text.rstrip())


@lru_cache(maxsize=4)
def _sentence_ends(text: str) -> list[int]:
    """Where each sentence ends, once per text (the rules ask for it at every verb)."""
    return [m.start() for m in _SENTENCE_END.finditer(text)]


def _sentence_start(text: str, pos: int) -> int:
    best = 0
    for m in _SENTENCE_END.finditer(text, max(0, pos - 2000), pos):
        best = m.end()
    return best


def _opens_report(text: str, after: int, qs: int) -> bool:
    gap = text[after:qs].rstrip()
    return gap.strip() == "" or gap.endswith(("،", ",", ":"))


def _clause_end(text: str, toks: list[_Tok], k: int, start: int, end: int) -> int:
    """Where an unquoted said span starting at ``start`` ends before ``end``: at a comma that opens the
    writer's next clause (a clause opener, a new quotation, a new report or participle), or before a
    circumstantial participle even without a comma («… للتوسع واعداً بتقديم …», «… 600 طن مشيراً إلى …»)."""
    for n, t in enumerate(toks[k : k + 80], k):
        if t.start >= end:
            break
        if t.start <= start:
            continue
        # «… الرسمية واضاف ان …»: a new report, even without a comma.
        new_report = (
            t.norm[:1] == "و"
            and t.norm[1:] in _SAY
            and n + 1 < len(toks)
            and (toks[n + 1].norm in _THAT or text[t.end : t.end + 2].lstrip()[:1] == ":")
        )
        w = t.norm[1:] if t.norm[:1] in "وف" and t.norm[1:] in _SAID_CUTS else t.norm
        if new_report or (t.norm[-1:] == "ا" and w in _SAID_CUTS):
            end = t.start
            while end > start and not text[end - 1].isalnum() and text[end - 1] not in _CLOSERS:
                end -= 1
            break
    comma = text.find("،", start, end)
    while comma != -1:
        inside = sum(text.count(o, start, comma) - text.count(_CLOSE[o], start, comma) for o in "«“")
        rest = text[comma + 1 : end].lstrip()
        if inside <= 0 and rest[:1] in _OPEN_QUOTES:
            return comma
        n = bisect_left([t.start for t in toks[k : k + 80]], comma) + k
        if inside <= 0 and n < len(toks) and toks[n].start < end:
            w = toks[n].norm
            # «…، كما أوضحت أن …» opens a new report; «…، كما أحكمت سيطرتها …» goes on with what was said.
            # «…، فيما أفاد …» too; «…، فيما يخص …» does not.
            if w in ("كما", "فيما", "وفيما") and n + 1 < len(toks):
                w = toks[n + 1].norm
            # «…، وهو ما يعد أول …»: the writer's comment on what was said.
            if w in ("وهو", "وهي") and n + 1 < len(toks) and toks[n + 1].norm == "ما":
                return comma
            if (
                w in _CLAUSE_OPENERS
                or w in _CIRCUMSTANTIAL
                or any(_prefix_len(w, id(lex)) >= 0 for lex in _REPORTING)
            ):
                return comma
        comma = text.find("،", comma + 1, end)
    return end


def _said(text: str, toks: list[_Tok], after: int, k: int) -> tuple[int, int]:
    """The span of what was said: a quotation or an أنّ/إنّ clause after ``after`` (token index k on)."""
    end = _sentence_end(text, after)
    semi = _CLAUSE_END.search(text, after, end)
    if semi is not None:
        end = semi.start()
    window = text[after:end]
    # An أنّ clause or a noun phrase ends before the next reporting verb («نفت … هذه المعلومات، نقلت وكالة
    # … أن …»); a quotation may hold one.
    quote_end = end
    nxt = next(
        (
            t
            for n, t in enumerate(toks[k + 1 : k + 40], k + 1)
            if t.start < end and t.norm in _SPEECH_WORDS and not _gap_is_space(text, toks[n - 1].end, t.start)
        ),
        None,
    )
    if nxt is not None:
        end = nxt.start
    q = next((i for i, ch in enumerate(window) if ch in _OPEN_QUOTES), None)
    # «لتعلن عن إصابتها …», «أكدوا على ضرورة …»: the verb's preposition opens a noun phrase, not a clause
    # found further on.
    on = (
        k + 1 < len(toks)
        and toks[k].norm in ("عن", "علي")
        and toks[k].start < end
        and toks[k + 1].norm not in _THAT
        and _gap_is_space(text, after, toks[k].start)
        and k > 0
        # right after the verb: «أوضحت X على موقع Y، أنها …» is a place
        and (_is_verb(text, toks[k - 1]) or _prefix_len(toks[k - 1].norm, id(_PARTICIPLES)) >= 0)
    )
    if on:
        q = None
    # «… وأن التحقيق جار» coordinates a second content: it does not open the first one.
    that = (
        None
        if on
        else next(
            (
                t
                for n, t in enumerate(toks[k : k + 12])
                if t.start < end and t.norm in _THAT and (n == 0 or t.norm[0] != "و")
            ),
            None,
        )
    )
    # «قال X خلال ندوة صحفية لتقديم تقريره … إنه …»: a longer circumstance before the clause; «وأضاف
    # التقرير الذي تناول …، أن …»: a relative clause on the speaker.
    if (
        that is None
        and q is None
        and k < len(toks)
        and (toks[k].norm in _CIRCUMSTANCE or toks[k].norm in _RELATIVES)
    ):
        that = next(
            (t for t in toks[k + 12 : k + 24] if t.start < end and t.norm in _THAT and t.norm[0] != "و"), None
        )
    # A quotation counts when it opens the report (after the speaker, a comma or a colon), not when it
    # only marks a name («تنظيم "داعش"»); otherwise an أنّ/إنّ clause does.
    if q is not None and not _opens_report(text, after, after + q):
        q = None
    if q is not None and (that is None or after + q < that.start):
        qs = after + q
        close = _CLOSE[text[qs]]
        stop = max(quote_end, qs + 1)
        ce = text.rfind(close, qs + 1, stop + 1)
        if ce == -1:
            ce = text.find(close, qs + 1, qs + 3000)
        return (qs, ce + 1) if ce != -1 else (qs, quote_end)
    if that is not None:
        # «أن «الأمة …. إن …»»: a quotation after أنّ runs to its closing mark, over its full stops.
        opened = text[that.end : that.end + 3].lstrip()
        if opened[:1] in _CLOSE and text.find(_CLOSE[opened[0]], that.end + 2, end) == -1:
            ce = text.find(_CLOSE[opened[0]], that.end + 2, that.end + 3000)
            if ce != -1:
                return that.start, ce + 1
        return that.start, _clause_end(text, toks, k, that.end, end)
    # A noun phrase («أكد وجود …», «أعلن عن رفع …»): from after «عن» if it comes early, to the first comma.
    s = after
    # («أعلن الجهاز، في تقرير صدر عنه أمس، عن انخفاض …»: after a circumstance too)
    reach = 9 if k < len(toks) and toks[k].norm in _CIRCUMSTANCE else 5
    about = next((t for t in toks[k : k + reach] if t.start < end and t.norm == "عن"), None)
    if about is None and k < len(toks) and toks[k].norm == "علي" and toks[k].start < end:
        about = toks[k]  # «أكدوا على ضرورة …»
    if about is not None:
        s = about.end
    while s < end and not text[s].isalnum():
        s += 1
    e = end = _clause_end(text, toks, k, s, end)
    comma = text.find("،", s, end)
    while comma != -1:
        rest = text[comma + 1 : comma + 3].lstrip()
        if not rest.startswith("و"):  # «، وتدمير 36 سيارة» goes on; «، كل بحسب …» does not
            e = comma
            break
        comma = text.find("،", comma + 1, end)
    while e > s and not text[e - 1].isalnum() and text[e - 1] not in _CLOSERS:
        e -= 1
    return (s, e) if s < e else (after, after)


def _content_follows(
    text: str, toks: list[_Tok], i: int, verb_norm: str | None, window: int = 8, colon: bool = True
) -> bool:
    """Whether what was said follows toks[i]: an أنّ/إنّ clause, a quotation or a colon soon after it, or
    the verb's own preposition («أشار إلى …», «كشف عن …»)."""
    end = _sentence_end(text, toks[i].end)
    after = text[toks[i].end : min(end, toks[i].end + 4)].lstrip()
    if after[:1] and after[0] in ":" + _OPEN_QUOTES:
        return True
    nxt = toks[i + 1 : i + 1 + window]
    for t in nxt:
        if t.start >= end:
            break
        if t.norm in _THAT:
            return True
        gap = text[t.end : t.end + 3].lstrip()
        if colon and gap[:1] == ":":
            return True
    if verb_norm is not None and nxt and nxt[0].start < end:
        prep = _OWN_PREP.get(verb_norm)
        first = nxt[0].norm
        if prep is not None and (first == prep or (prep == "ب" and first.startswith("ب"))):
            return True
        # «يشير مهتمون بهذا النوع من الاستثمارات، إلى تعثر …»: the preposition after a comma.
        if prep is not None and prep != "ب":
            for n in range(1, len(nxt)):
                if nxt[n].start >= end:
                    break
                if nxt[n].norm == prep and text[nxt[n - 1].end : nxt[n].start].strip() in ("،", ","):
                    return True
    return False


def find_attributions(text: str) -> list[Attribution]:
    """Every attribution in ``text`` the rules recognise, in reading order."""
    toks = []
    for m in _TOKEN.finditer(text):
        # marks with no letter before them (a stray tanwin at the start of a line) belong to no word:
        # a word starts at its first letter, so no span can begin inside a combining sequence
        start = _skip_marks(text, m.start(), m.end())
        if start < m.end():
            toks.append(_Tok(start, m.end(), _norm(text[start : m.end()])))
    out: list[Attribution] = []
    for i, tok in enumerate(toks):
        found = _match(text, toks, i, tok)
        if found is not None:
            out.append(found)
    return _finish(text, out)


def _finish(text: str, found: list[Attribution]) -> list[Attribution]:
    """Said spans end where the next attribution begins (unless inside a quotation); an implicit speaker
    continues the last named one."""
    out: list[Attribution] = []
    last: Attribution | None = None
    for n, a in enumerate(found):
        said_end = a.said_end
        quoted = a.said_end > a.said_start and text[a.said_start] in _OPEN_QUOTES
        if not quoted:
            for b in found[n + 1 :]:
                first = min(b.verb_start, b.speaker_start if b.speaker else b.verb_start)
                # Only a report that opens a new clause ends this one («…، مشيرةً إلى»), not one nested
                # in what was said («أن الوزارة أكدت بيانها»).
                before = text[max(0, first - 6) : first].rstrip()
                before = before[:-1].rstrip() if before.endswith("و") else before
                if a.said_start < first < said_end and before[-1:] in (
                    "،",
                    ",",
                    ".",
                    ":",
                    "؛",
                    ";",
                    "»",
                    '"',
                    "”",
                ):
                    said_end = first
                    while said_end > a.said_start and not text[said_end - 1].isalnum():
                        said_end -= 1
                    if text[said_end - 1 : said_end] == "و" and text[said_end - 2 : said_end - 1].isspace():
                        said_end -= 1
                        while said_end > a.said_start and not text[said_end - 1].isalnum():
                            said_end -= 1
                    break
        if said_end <= a.said_start:
            said_end = a.said_start
        implied = ("", -1, -1)
        if not a.speaker and last is not None and a.verb_start - last.verb_start < 1500:
            implied = (last.speaker, last.speaker_start, last.speaker_end)
        if said_end != a.said_end or implied[0]:
            end = max(a.verb_end, a.speaker_end, said_end)
            a = replace(
                a,
                said_end=said_end,
                end=end,
                text=text[a.start : end],
                implied_speaker=implied[0],
                implied_speaker_start=implied[1],
                implied_speaker_end=implied[2],
            )
        out.append(a)
        if a.speaker and a.stance != "reported":
            last = a
        elif a.implied_speaker:
            last = replace(a, speaker=a.implied_speaker, speaker_start=a.implied_speaker_start,
                           speaker_end=a.implied_speaker_end)  # fmt: skip
    return out


def _make(
    text: str,
    sp: tuple[int, int] | None,
    vb: tuple[int, int],
    stance: str,
    said: tuple[int, int],
    via: str = "",
    negated: bool = False,
) -> Attribution:
    if sp is None:  # implicit speaker: an empty span at the verb
        sp = (vb[0], vb[0])
    has_said = said[1] > said[0]
    start = min(sp[0] if sp[1] > sp[0] else vb[0], vb[0], said[0] if has_said else vb[0])
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
        negated=negated,
    )


def _source_ok(toks: list[_Tok], first: int, k: int) -> bool:
    """A «بحسب/وفقاً لـ» complement that names a source, not a rule or a measure («بحسب عمله»)."""
    head = toks[first].norm
    bare = head[1:] if head.startswith("ل") and not head.startswith("ال") else head
    # «للقواعد» -> «القواعد»; «لقواعد الأمن» -> «القواعد» too
    if (
        head in _NOT_SOURCES
        or "ال" + bare[1:] in _NOT_SOURCES
        or bare in _NOT_SOURCES
        or "ال" + bare in _NOT_SOURCES
    ):
        return False
    # «بحسب عمله»: a possessed common noun is a measure; «بحسب مصادره» is still a source.
    return not (head.endswith(("ه", "ها", "هم")) and not bare.startswith(("مصدر", "مصادر", "بيان", "تقرير")))


def _match(text: str, toks: list[_Tok], i: int, tok: _Tok) -> Attribution | None:
    if tok.norm not in _TRIGGERS:
        return None
    # «نقلت وكالة إنترفاكس عن المصدر …»: the outlet conveys what a source said.
    vs = _strip_proclitic(text, tok, _CONVEYS)
    if vs is not None:
        j = _phrase_after(text, toks, i + 1)
        # «نقلت وكالة الأنباء اليمنية (سبأ) عن …»: an acronym in brackets is part of the outlet's name.
        if (
            j + 1 < len(toks)
            and text[toks[j - 1].end : toks[j].start].strip() == "("
            and text[toks[j].end : toks[j + 1].start].strip() == ")"
            and toks[j + 1].norm == "عن"
        ):
            j += 1
        if j < len(toks) and toks[j].norm == "عن" and j > i + 1:
            k = _phrase_after(text, toks, j + 1, _HIS_SAYING)  # «عن المصدر قوله»: not the speaker
            if k > j + 1:
                via_end = toks[j - 1].end
                via_end += text[via_end : via_end + 1] == ")"
                via = text[toks[i + 1].start : via_end]
                sp = (toks[j + 1].start, toks[k - 1].end)
                return _make(text, sp, (vs, tok.end), "reported", _said(text, toks, sp[1], k), via)
    # «نقلاً عن X»
    if tok.norm in ("نقلا", "ونقلا") and i + 2 < len(toks) and toks[i + 1].norm == "عن":
        k = _phrase_after(text, toks, i + 2)
        if k > i + 2:
            sp = (toks[i + 2].start, toks[k - 1].end)
            return _make(text, sp, (tok.start, toks[i + 1].end), "reported", _before(text, tok.start))
    # «بحسبه»: according to him (the speaker is the one named before).
    if tok.norm in _ACCORDING_TO_HIM:
        return _make(text, None, (tok.start, tok.end), "reported", _before(text, tok.start))
    # «بحسب X» / «حسب X» / «على لسان X» («فحسب» is "only")
    ms = tok.start if tok.norm in _REPORTED_MARKERS else None
    if ms is None and tok.norm[:1] == "و" and tok.norm[1:] in _REPORTED_MARKERS:
        ms = _skip_marks(text, tok.start + 1, tok.end)
    lisan = tok.norm == "علي" and i + 1 < len(toks) and toks[i + 1].norm == "لسان"
    if ms is not None or lisan:
        first = i + 2 if lisan else i + 1
        if first < len(toks) and _gap_is_space(text, toks[first - 1].end, toks[first].start):
            k = _phrase_after(text, toks, first)
            if k > first and _source_ok(toks, first, k):
                sp = (toks[first].start, toks[k - 1].end)
                vend = toks[i + 1].end if lisan else tok.end
                vb = (ms if ms is not None else tok.start, vend)
                said = _before(text, tok.start)
                if said[1] <= said[0]:  # «وبحسب المصادر، فإن …»: what it vouches for comes after
                    said = _said(text, toks, sp[1], k)
                return _make(text, sp, vb, "reported", said)
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
        if k > first and first < len(toks) and _source_ok(toks, first, k):
            sp = (sp_start, toks[k - 1].end)
            return _make(text, sp, (ms, sp_start), "reported", _before(text, tok.start))
    # «مؤكداً أن …», «مشيرةً إلى أن …»: the speaker is the subject of the clause before.
    ps = _strip_proclitic(text, tok, _PARTICIPLES)
    if ps is not None:
        stance = _PARTICIPLES[_norm(text[ps : tok.end])]
        if stance == "denies" and _refuses_an_act(toks, i):
            return None  # «رافضاً أن يتراجع», «رافضا التخفي … أن يتعرض»
        if _norm(text[ps : tok.end]) in _SAYING and _said_already(text, toks, i):
            return None  # «وقال الرئيس قائلاً: …» is one report, made by «قال»
        if _content_follows(text, toks, i, _norm(text[ps : tok.end]), window=6, colon=False):
            return _make(text, None, (ps, tok.end), stance, _said(text, toks, tok.end, i + 1))
        following = (
            toks[i + 1] if i + 1 < len(toks) and toks[i + 1].start < _sentence_end(text, tok.end) else None
        )
        if following is None or not _gap_is_space(text, tok.end, following.start):
            return None
        # «مشدداً بقوله "…"»: the noun «قول» between the participle and the quotation.
        if (
            following.norm in _BY_SAYING
            and text[following.end : following.end + 3].lstrip()[:1] in ":" + _OPEN_QUOTES
        ):
            return _make(text, None, (ps, tok.end), stance, _said(text, toks, following.end, i + 2))
        # «مؤكداً وجود تقاوي …», «مشدداً على ضرورة …»: a noun phrase is what was said.
        w = _norm(text[ps : tok.end])
        head = toks[i + 2] if following.norm == "علي" and i + 2 < len(toks) else following
        if w in _NOUN_PARTICIPLES and head.norm not in _STOPS and not _is_verb(text, head):
            return _make(text, None, (ps, tok.end), stance, _said(text, toks, tok.end, i + 1))
        return None
    for lexicon, stance in ((_ASSERTS, "asserts"), (_DENIES, "denies")):
        vs = _strip_proclitic(text, tok, lexicon)
        if vs is None:
            continue
        return _verb(text, toks, i, tok, (vs, tok.end), stance)
    return None


def _verb(
    text: str, toks: list[_Tok], i: int, tok: _Tok, vb: tuple[int, int], stance: str
) -> Attribution | None:
    verb = _norm(text[vb[0] : vb[1]])
    # «قلّت تقلباته» (decreased), written with a shadda, is not «قلتُ» (I said).
    if verb[:2] == "قل" and "ل\u0651" in text[vb[0] : vb[1]]:
        return None
    prev = toks[i - 1] if i > 0 and _gap_is_space(text, toks[i - 1].end, tok.start) else None
    # «والذي لا يزال يقول إن …»: what comes before the auxiliary is what comes before the verb.
    at = i
    if prev is not None and prev.norm in _STILL and i > 1 and toks[i - 2].norm in ("لا", "ما", "ولا", "وما"):
        at = i - 2
        prev = toks[at - 1] if at > 0 and _gap_is_space(text, toks[at - 1].end, toks[at].start) else None
    negated = False
    if prev is not None and (
        prev.norm in _NOT_REPORTED_AFTER or (prev.norm in _BEFORE_NOUNS and vb[0] == tok.start)
    ):
        return None  # (a word with «و» before it after a preposition is a verb: «إليّ وقالت …»)
    if prev is not None and prev.norm in _NEGATIONS:
        if stance == "asserts":
            return None  # «لا أقول هذا», «لم يذكر»: nothing was said
        stance, negated = "asserts", True  # «لم يستبعد أن …», «لم ينفِ …»: a hedged admission
    # «وما أن أعلن … حتى …» is "as soon as", not a report.
    if prev is not None and prev.norm in ("ان", "أن") and i > 1 and toks[i - 2].norm in ("ما", "وما", "فما"):
        return None
    # After a relative pronoun the verb's subject may be its antecedent («التصريحات التي تشير إلى أن …»)
    # or an object («المصطلحات التي تؤكد مواصلة …»): only a clause or quotation makes it a report.
    # «في الوقت الذي أكدت المقاومة …» is a time clause, not a relative one.
    relative = prev is not None and (
        prev.norm in _AND_RELATIVES
        or (prev.norm in _RELATIVES and not (at > 1 and toks[at - 2].norm == "الوقت"))
    )
    conditional = verb in _SAY_IF or verb in _DENY_IF or relative
    own = verb
    content = _content_follows(text, toks, i, own)
    if verb in _REFUSE and _refuses_an_act(toks, i):
        return None
    # «يُذكر أن …» (passive: "it is mentioned that") has no speaker.
    if verb in ("يذكر", "ويذكر") and i + 1 < len(toks) and toks[i + 1].norm in _THAT:
        return None
    # «يُعتبر السبب الرئيسي …», «ويُعتبر إضافة حقيقية …»: «يعتبر» without an أنّ clause is the passive.
    if verb in _CONSIDERS and not _content_follows(text, toks, i, None, window=1, colon=True):
        k = _phrase_after(text, toks, i + 1) if i + 1 < len(toks) else i + 1
        if k >= len(toks) or toks[k].norm not in _THAT:
            return None
    # verb–subject: «قال الوزير …», «قال لي أحد الدعاة …»
    j = i + 1
    while j < len(toks) and j - i <= 2 and toks[j].norm in _SKIP_AFTER_VERB:
        j += 1
    # «وكان العبار أكد في وقت سابق أن …»: a time phrase, not the subject.
    if j + 2 < len(toks) and toks[j].norm == "في" and toks[j + 1].norm in ("وقت", "الوقت"):
        j += 3
    # «يقول في ذلك آية الله …», «قال في بيانه الوزير …»: a short prepositional phrase before the subject.
    if (
        j + 2 < len(toks)
        and toks[j].norm == "في"
        and toks[j + 2].norm not in _STOPS
        and all(_gap_is_space(text, toks[n - 1].end, toks[n].start) for n in (j, j + 1, j + 2))
        and not _is_verb(text, toks[j + 2])
    ):
        j += 2
    k = j
    # «وأكد "سوندرز" أن …»: a name in quotation marks is still the subject.
    mark = text[toks[j - 1].end : toks[j].start].strip() if j < len(toks) else ""
    quoted_name = len(mark) == 1 and mark in _CLOSE
    if j < len(toks) and (mark == "" or quoted_name):
        k = _phrase_after(text, toks, j)
        if quoted_name and text[toks[k - 1].end : toks[k - 1].end + 1] != _CLOSE[mark]:
            k = j
        # «وأفادت مصادر إعلامية بإعادة فتح …»: the verb's own «بـ» ends the subject.
        if k > j + 1 and _OWN_PREP.get(verb) == "ب":
            k = next((n for n in range(j + 1, k) if toks[n].norm[:1] == "ب" and len(toks[n].norm) > 3), k)
        # «أشار بيان الوزارة أن …» (a statement says; «نفت بيان الوزارة» denies it)
        if k == j and stance == "asserts" and toks[j].norm in ("بيان", "البيان", "بلاغ", "البلاغ"):
            k = max(j + 1, _phrase_after(text, toks, j + 1))
    by = (
        j < len(toks)
        and toks[j].norm.startswith("ب")
        and not toks[j].norm.startswith("بعض")
        and not (stance == "asserts" and toks[j].norm in ("بيان", "بلاغ"))
        # «قال باسل رحمي، مدير …، إن …», «وأضاف بروف مأمون أن …»: a name, not the preposition بـ, when an
        # أنّ/إنّ clause follows the noun phrase.
        and not (k > j + 1 and any(t.norm in _THAT for t in toks[k : k + 3]))
    )
    subject_ok = k > j and not by and not (prev is not None and prev.norm == "قد")
    # «يلفت انتباه الوكلاء إلى …», «لفت نظر الحضور إلى …»: whose attention is drawn, not the speaker.
    if j < len(toks) and toks[j].norm in _ATTENTION:
        subject_ok = False
        content = content or (j + 1 < len(toks) and toks[j + 1].norm == _OWN_PREP.get(verb))
    # «أنكر عليه …» reproaches, «ذكّر X بالقانون» reminds: neither reports a claim.
    if i + 1 < len(toks) and verb in _DENY and toks[i + 1].norm in ("علي", "عليه", "عليها", "عليهم"):
        return None
    if verb in _MENTION and _reminds(text, toks, i):
        return None
    # «لا أحد ينكر موقع الحزب»: the subject is before the verb and is nobody.
    if prev is not None and prev.norm in _NOBODY and i > 1 and toks[i - 2].norm in _NEGATIONS:
        return None
    # «قلت …», «يقولون …», «أكدوا …»: no noun phrase after these is their subject.
    if verb in _NO_SUBJECT_AFTER or (j < len(toks) and toks[j].norm in _SPEECH_OPENERS):
        subject_ok = False
    if subject_ok and toks[j].norm in _NOBODY and negated:
        return None  # «لم ينفِ أحد …»
    if subject_ok and any(t.norm in _EVIDENCE for t in toks[j:k]):
        return None  # «تشير المعلومات إلى أن …»: information shows, it does not say
    # Direct speech without quotation marks or a colon, common in colloquial text: «وقال لي لا تبكِ»,
    # «قالت أنا زعلانة», «قلت لأمي نذرتُ …»: a form of «قال» whose next word cannot be its subject.
    direct = None
    if (
        verb in _QAL
        and not content
        and not subject_ok
        and j < len(toks)
        and toks[j].start < _sentence_end(text, tok.end)
    ):
        d = j
        if d < len(toks) and toks[d].norm[:1] == "ل" and toks[d].norm[:2] not in ("لا", "لم", "لن", "لق"):
            d += 1  # «لأمي», «لوالدتي»: to whom it was said
        # «أقول ذلك لأولادي» refers to what was said before: nothing is said here.
        if (
            d < len(toks)
            and toks[d].norm not in _THAT
            and toks[d].norm not in ("ذلك", "تلك", "هذا", "ذاك")
            and toks[d].start < _sentence_end(text, tok.end)
        ):
            direct = d
    if subject_ok and stance == "denies" and verb in _DENY_IF and not content:
        # «رفض الوزير الاتهامات …» denies a claim; «رفض الوزير الانسحاب» refuses an act.
        c = next((n for n in range(j + 1, min(k + 1, len(toks))) if toks[n].norm in _CLAIM_NOUNS), None)
        subject_ok = c is not None
        k = c if c is not None else k
    if subject_ok:
        sp = (toks[j].start, toks[k - 1].end)
        claim = stance == "denies" and k < len(toks) and toks[k].norm in _CLAIM_NOUNS
        if conditional and not (content or claim or _content_follows(text, toks, k - 1, own, window=10)):
            return None
        return _make(text, sp, vb, stance, _said(text, toks, sp[1] + quoted_name, k), negated=negated)
    # subject–verb: «الوزارة قالت إن …», «المجلس قد أكد وجود …», «التصريحات التي تشير إلى أن …»
    b = at - 1 if prev is not None and prev.norm in ("قد", "التي", "الذي", "الذين", *_AND_RELATIVES) else at
    if b < at and prev is not None and prev.norm != "قد" and not content:
        return None
    if prev is not None and prev.norm in _AND_RELATIVES:
        # «… الجولة الأولى التي أجريت الأسبوع الماضي والتي أكدت …»: the antecedent of the first relative.
        b = next((n for n in range(b - 1, max(0, b - 7), -1) if toks[n].norm in ("التي", "الذي", "الذين")), b)
    top = b
    while (
        verb not in _FIRST_PERSON  # no noun phrase before a first-person verb is its speaker
        and b > 0
        and top - b < 6
        and (toks[b - 1].norm not in _STOPS or (toks[b - 1].norm == "من" and b < top and b > 1))
        and toks[b - 1].norm not in _NEGATIONS
        and not toks[b - 1].norm.isdigit()
        and _gap_is_space(text, toks[b - 1].end, toks[b].start)
        and not _is_verb(text, toks[b - 1])
        and toks[b - 1].norm not in ("و", "ف")  # «و أشار …»: a conjunction written apart
    ):
        b -= 1
    if b < top and any(t.norm in _EVIDENCE for t in toks[b:top]):
        return None
    if b < top and toks[b].norm in _NOBODY and b > 0 and toks[b - 1].norm in _NEGATIONS:
        return None  # «لا أحد ينكر …»
    # «فإن الوحدات الكردية نفت بيان …»: a noun phrase right after أنّ/إنّ or a clause boundary is the
    # subject of a speech verb even when a noun phrase, not a clause, follows it.
    boundary = b < top and (
        b == 0 or toks[b - 1].norm in _THAT or not _gap_is_space(text, toks[b - 1].end, toks[b].start)
    )
    strong = verb in _SAY or verb in _DENY
    if direct is not None:
        said = _direct_said(text, toks, direct)
        if b < top and (top < i or boundary or verb in _NO_SUBJECT_AFTER):
            return _make(text, (toks[b].start, toks[top - 1].end), vb, stance, said, negated=negated)
        return _make(text, None, vb, stance, said, negated=negated)
    if b < top and (content or top < at or (strong and boundary and not relative)):
        sp = (toks[b].start, toks[top - 1].end)
        return _make(text, sp, vb, stance, _said(text, toks, tok.end, i + 1), negated=negated)
    # «… وأعلن عن مقترح …», «كما أكدوا على ضرورة …»: the verb's preposition, then what was said.
    on = (
        strong
        and (vb[0] > tok.start or verb in _NO_SUBJECT_AFTER)
        and j + 1 < len(toks)
        and toks[j].norm in ("عن", "علي")
        and toks[j + 1].norm not in _STOPS
        and toks[j + 1].start < _sentence_end(text, tok.end)
    )
    # implicit speaker: «وأضاف أن …», «وقال: "…"», «قلت لها: …»
    if (
        content
        or on
        or (strong and verb in _NO_SUBJECT_AFTER and k > j and toks[j].start < _sentence_end(text, tok.end))
    ):  # «نعلن تمديد المهلة», «أكدوا وجود …»: what follows is what was said
        return _make(text, None, vb, stance, _said(text, toks, tok.end, i + 1), negated=negated)
    if stance == "denies" and verb not in _DENY_IF and j < len(toks):
        return _make(text, None, vb, stance, _said(text, toks, tok.end, i + 1), negated=negated)
    return None


def _direct_said(text: str, toks: list[_Tok], d: int) -> tuple[int, int]:
    """Unmarked direct speech from toks[d]: to the end of the sentence or clause, or to the next report
    («… وقال …», «… قلت …») or the next «و» + narrative verb of the first person («… ورأيت …»)."""
    end = _sentence_end(text, toks[d].start)
    semi = _CLAUSE_END.search(text, toks[d].start, end)
    if semi is not None:
        end = semi.start()
    e = _clause_end(text, toks, d, toks[d].end, end)
    for t in toks[d + 1 : d + 60]:
        if t.start >= e:
            break
        if t.norm in _SPEECH_WORDS:
            e = t.start
            break
    while e > toks[d].start and not text[e - 1].isalnum() and text[e - 1] not in _CLOSERS:
        e -= 1
    return (toks[d].start, e) if e > toks[d].start else (toks[d].start, toks[d].end)


def _said_already(text: str, toks: list[_Tok], i: int) -> bool:
    """Whether a speech verb earlier in the clause, with nothing said since, already reports what follows
    toks[i] («وقال جو، رئيس الشركة، قائلاً: …», «وأضاف قائلاً: …»)."""
    start = _sentence_start(text, toks[i].start)
    for n in range(i - 1, max(-1, i - 16), -1):
        t = toks[n]
        if t.end <= start or t.norm in _THAT:
            return False
        if _prefix_len(t.norm, id(_SAY)) >= 0:
            gap = text[t.end : toks[i].start]
            return not any(ch in gap for ch in ":" + _OPEN_QUOTES)
    return False


def _refuses_an_act(toks: list[_Tok], i: int) -> bool:
    """«رفض (الوزير) أن يسافر»: أن then an imperfect verb other than «يكون» is a refusal to act."""
    for n in range(i + 1, min(i + 8, len(toks) - 1)):
        if toks[n].norm in ("ان", "بان"):
            nxt = toks[n + 1].norm
            return nxt[:1] in "يتان" and not nxt.endswith(("كون", "كونوا"))
    return False


def _before(text: str, pos: int) -> tuple[int, int]:
    """What a «بحسب X» marker vouches for: the sentence up to the marker."""
    s = _sentence_start(text, pos)
    while s < pos and not text[s].isalnum():
        s += 1
    e = pos
    while e > s and not text[e - 1].isalnum() and text[e - 1] not in '»"”':
        e -= 1
    return (s, e) if e > s else (pos, pos)
