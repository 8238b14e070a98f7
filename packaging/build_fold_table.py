"""Write factdesk/nlp/fold_table.py: the Arabic fold tables of search, made once from camel-tools.

Search folds text code point by code point (:mod:`factdesk.nlp.fold`). What each code point of the
Arabic blocks folds to is decided here by camel-tools' own normalisers (alef forms, alef maksura,
teh marbuta, NFKC for presentation forms and ligatures) plus the folds camel-tools has no normaliser
for, and written as a plain table, so FactDesk never imports camel-tools when it runs (it takes
half a second and pulls in torch's neighbours). ``tests/nlp/test_fold.py`` rebuilds the table with
the installed camel-tools and fails if the shipped one differs: rerun this script after upgrading
camel-tools or changing the rules below.

    python packaging/build_fold_table.py [--check]
"""

from __future__ import annotations

import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "factdesk" / "nlp" / "fold_table.py"

# Arabic, Arabic Supplement, Arabic Extended-A and both presentation-form blocks (U+FEFF, the
# BOM, sits at the end of the last block and is handled with the other invisibles).
ARABIC_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFE),
)
# Latin-1 Supplement, Latin Extended-A/-B and Latin Extended Additional: lower-cased when
# that gives a single character (so "İ", which lowers to two, is left alone).
LATIN_RANGES = ((0x00C0, 0x024F), (0x1E00, 0x1EFF))

TATWEEL = "\u0640"
# Bidi controls and zero-width characters: they change how text looks, never what it says.
INVISIBLES = (
    "\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2066\u2067\u2068\u2069\ufeff"
)
# Folds camel-tools has no normaliser for: Persian/Urdu yeh and keheh, hamza on waw and on yeh
# («المسئول» and «المسؤول» are one word spelt two ways), and Eastern digits.
LETTERS = {
    "\u06cc": "\u064a",  # ی -> ي
    "\u06a9": "\u0643",  # ک -> ك
    "\u0624": "\u0621",  # ؤ -> ء
    "\u0626": "\u0621",  # ئ -> ء
}
EXTRA = str.maketrans(
    {
        **LETTERS,
        TATWEEL: "",
        **{chr(0x0660 + d): str(d) for d in range(10)},  # ٠-٩
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # ۰-۹
    }
)
EXTRA_EXACT = str.maketrans({k: v for k, v in EXTRA.items() if chr(k) not in LETTERS})


def fold_char(ch: str, letters: bool = True) -> str:
    """Fold one code point through camel-tools' normalisers, then drop marks and tatweel.

    With ``letters`` false only what never changes a word's spelling goes (marks, tatweel,
    presentation forms, digits' script): the exact-spelling fold, where «على» stays «على».

    Every diacritic in camel-tools' ``AR_DIAC_CHARSET`` is a nonspacing mark (category Mn),
    so dropping all Mn removes them together with hamza above/below and superscript alef.
    """
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
        normalize_unicode,
    )

    out = normalize_unicode(ch)  # NFKC: presentation forms, lam-alef ligatures, U+FDFD
    if letters:
        out = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(out)))
        out = out.translate(EXTRA)
    else:
        out = out.translate(EXTRA_EXACT)
    kept = "".join(c for c in out if unicodedata.category(c) != "Mn")
    if kept.isspace() and kept != ch:
        # An isolated-form harakah (U+FE70, U+FC5E, ...) decomposes to a space plus the mark:
        # it is a diacritic written alone, so it vanishes like one rather than splitting words.
        return ""
    return kept


def build(letters: bool = True) -> dict[int, str]:
    """The ``str.translate`` table: every code point whose fold is not itself."""
    raw: dict[str, str] = {}
    for lo, hi in ARABIC_RANGES:
        for cp in range(lo, hi + 1):
            raw[chr(cp)] = fold_char(chr(cp), letters)
    for c in INVISIBLES:
        raw[c] = ""
    for cp in range(ord("A"), ord("Z") + 1):
        raw[chr(cp)] = chr(cp).lower()
    for lo, hi in LATIN_RANGES:
        for cp in range(lo, hi + 1):
            lower = chr(cp).lower()
            if len(lower) == 1:
                raw[chr(cp)] = lower
    # Fold the outputs again until nothing changes, so that fold(fold(s)) == fold(s): NFKC of
    # a presentation form can give a letter that itself folds (ﭐ -> ٱ -> ا, ﯼ -> ی -> ي).
    for _ in range(4):
        again = {c: "".join(raw.get(x, x) for x in out) for c, out in raw.items()}
        if again == raw:
            break
        raw = again
    else:
        raise RuntimeError("the Arabic fold table does not settle")
    return {ord(c): out for c, out in raw.items() if out != c}


def _literal(s: str) -> str:
    """``s`` as a double-quoted Python string in ASCII (escapes in lower case, as ruff writes them)."""
    out = []
    for c in s:
        if c.isascii() and c.isprintable() and c not in '"\\':
            out.append(c)
        elif ord(c) < 0x10000:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(f"\\U{ord(c):08x}")
    return '"' + "".join(out) + '"'


def _table(name: str, doc: str, table: dict[int, str]) -> list[str]:
    lines = [f"#: {doc}", f"{name}: Final[dict[int, str]] = {{"]
    for cp in sorted(table):
        label = unicodedata.name(chr(cp), "").lower() or "unnamed"
        lines.append(f"    0x{cp:04X}: {_literal(table[cp])},  # {label}")
    lines.append("}")
    return lines


def render() -> str:
    """The text of factdesk/nlp/fold_table.py, from the installed camel-tools."""
    lines = [
        '"""The fold tables of :mod:`factdesk.nlp.fold`: code point -> what search reads it as.',
        "",
        "Generated by packaging/build_fold_table.py from camel-tools' normalisers; do not edit by hand",
        "(tests/nlp/test_fold.py checks it against camel-tools). FactDesk never imports camel-tools to fold.",
        '"""',
        "",
        "from typing import Final",
        "",
        f'CAMEL_TOOLS_VERSION: Final = "{version("camel-tools")}"',
        f'UNICODE_VERSION: Final = "{unicodedata.unidata_version}"',
        "",
        *_table("FOLD", "Letters folded too (alef forms, ى, ة, ؤ/ئ, ی/ک): what search matches.", build(True)),
        "",
        *_table(
            "FOLD_EXACT",
            "Every letter kept: only marks, tatweel, invisibles, presentation forms, digits and case.",
            build(False),
        ),
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    text = render()
    if "--check" in sys.argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print(
            f"{OUT.relative_to(REPO)} is {'up to date' if same else 'stale: run packaging/build_fold_table.py'}"
        )
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
