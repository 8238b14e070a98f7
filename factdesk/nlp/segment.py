"""Light proclitic segmentation for search: the forms a written Arabic word also stands for.

«بالمملكة» is «ب» + «ال» + «مملكة»: a search for «المملكة» or «مملكة» should find it. Each word of
the (already folded, see :mod:`factdesk.nlp.fold`) text gives the forms left after taking off
its proclitics — the conjunctions و/ف, the prepositions ب/ك/ل and the article ال, in that
order, with ل + ال written «لل» («للمملكة» also gives «المملكة») — and search indexes those
forms beside the word (:func:`forms_text`), so the query is never stemmed itself: «الرياض» finds
«بالرياض» but not the name «رياض».

What is taken off, and when, is a precision choice measured on hand-judged queries over the
corpus (``bench/search_quality.py``, docs/decisions.md): the article and و/ف with at least
:data:`MIN_STEM` letters left; a lone preposition (ب/ك/ل without the article) only when
:data:`MIN_STEM_AFTER_PREP` letters are left, because «بطاقة»/«طاقة», «لجنة»/«جنة» and «بعيد»/«عيد»
are different words.

Pure Python over the folded letters (camel-tools' own segmenters need its downloaded data).
"""

from __future__ import annotations

import functools
import itertools
import re

__all__ = ["MIN_STEM", "MIN_STEM_AFTER_PREP", "forms", "forms_index_text", "forms_text"]

#: Letters that must remain after taking off the article or a conjunction («الان» keeps «ان»).
MIN_STEM = 3
#: Letters that must remain after taking off a lone preposition (no article after it).
MIN_STEM_AFTER_PREP = 4

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ك", "ل")
# A word that may carry a proclitic: it starts with one of their letters and is long enough.
_CANDIDATE_WORD = re.compile("(?<![\u0621-\u064a])[\u0627\u0628\u0641\u0643\u0644\u0648][\u0621-\u064a]{3,}")


def _prefixes() -> list[tuple[str, str, bool]]:
    """(written prefix, what the form left starts with, whether a lone preposition is taken off)."""
    out: list[tuple[str, str, bool]] = []
    for c in _CONJ:
        for p in _PREP:
            # with the article: «ال» is part of what is taken off; «لل» is ل + ال
            art = "لل" if p == "ل" else p + "ال"
            out.append((c + art, "article", False))
            if p:
                out.append((c + p, "", True))  # a lone preposition: «بمصر»
            elif c:
                out.append((c, "", False))  # a lone conjunction: «وقال»
    return sorted(out, key=lambda t: -len(t[0]))


_PREFIXES = _prefixes()


@functools.lru_cache(maxsize=1 << 16)
def forms(word: str) -> tuple[str, ...]:
    """The forms ``word`` (folded, Arabic letters only) stands for besides itself, longest first.

    >>> forms("بالمملكه")
    ('المملكه', 'مملكه')
    >>> forms("لبنان")
    ()

    Cached: words repeat, and indexing asks for every one (call ``forms.cache_clear()`` after
    changing the minimum lengths).
    """
    out: list[str] = []
    for prefix, kind, lone_prep in _PREFIXES:
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix) :]
        need = MIN_STEM_AFTER_PREP if lone_prep else MIN_STEM
        if len(rest) < need:
            continue
        if kind == "article":
            for form in ("ال" + rest, rest):
                if form != word and form not in out:
                    out.append(form)
        elif rest not in out:
            out.append(rest)
    out.sort(key=len, reverse=True)
    return tuple(out)


def forms_text(folded: str) -> tuple[str, list[tuple[int, int, int, int]]]:
    """The extra forms of every word of ``folded``, as one space-separated text for the index,
    and for each form ``(start, end, word_start, word_end)``: where it is in that text and which
    word of ``folded`` it came from, so a hit on a form maps back to the whole written word."""
    parts: list[str] = []
    owners: list[tuple[int, int, int, int]] = []
    pos = 0
    for m in _CANDIDATE_WORD.finditer(folded):
        for form in forms(m.group()):
            parts.append(form)
            owners.append((pos, pos + len(form), m.start(), m.end()))
            pos += len(form) + 1
    return " ".join(parts), owners


def forms_index_text(folded: str) -> str:
    """Only the text of :func:`forms_text` (what the index stores), made faster: indexing needs
    no owners, which are recomputed for the few articles a search shows."""
    return " ".join(itertools.chain.from_iterable(map(forms, _CANDIDATE_WORD.findall(folded))))
