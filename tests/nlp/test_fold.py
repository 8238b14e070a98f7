"""Tests for factdesk.nlp.fold: Arabic search folding and the map back to original offsets."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdesk.nlp.fold import _fold_table, find_quote, fold, fold_with_map, original_span

RAQQA = "الرَّقة"

ARABIC_BLOCKS = [
    chr(cp)
    for lo, hi in ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
    for cp in range(lo, hi + 1)
]
TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.sampled_from(ARABIC_BLOCKS + [" ", "A", "z", "5", "\u202e", "\u200c"]), max_size=40),
)


def find_all(haystack: str, query: str) -> list[tuple[int, int]]:
    """Search the way the app does: fold both, find, map each hit back to the original."""
    folded, starts = fold_with_map(haystack)
    needle = fold(query)
    hits = []
    i = folded.find(needle)
    while i != -1:
        hits.append(original_span(starts, len(haystack), i, i + len(needle)))
        i = folded.find(needle, i + 1)
    return hits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RAQQA, "الرقه"),
        ("الرقه", "الرقه"),
        ("الرقة", "الرقه"),
        ("مسلحاً", "مسلحا"),
        ("أحمد إلى آخر", "احمد الي اخر"),
        ("ٱلله", "الله"),
        ("ﻻ", "لا"),
        ("ﺍﻟﺮﻗﺔ", "الرقه"),
        ("٢٥", "25"),
        ("۱۴۰۲", "1402"),
        ("مـــرحبا", "مرحبا"),
        ("\u202eabc", "abc"),
        ("\u2067قال\u2069\u200f \u200bنعم\ufeff\u00ad", "قال نعم"),
        ("فارسی کتاب", "فارسي كتاب"),
        ("سؤال رئيس", "سءال رءيس"),  # hamza on waw and on yeh fold to the bare hamza
        ("المسئول المسؤول", "المسءول المسءول"),
        ("ـأُ\u0654\u0655\u0670", "ا"),
        ("Reuters ÉLAN", "reuters élan"),
        ("\ufdfd", "بسم الله الرحمن الرحيم"),
    ],
)
def test_fold_examples(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_spellings_of_the_same_word_meet() -> None:
    assert fold(RAQQA) == fold("الرقه") == fold("الرقة") == fold("ﺍﻟﺮﻗﺔ")
    assert fold("مسلحاً") == fold("مسلحا")


def test_every_camel_tools_diacritic_folds_away() -> None:
    from camel_tools.utils.charsets import AR_DIAC_CHARSET

    assert AR_DIAC_CHARSET
    for diacritic in AR_DIAC_CHARSET:
        assert fold("ب" + diacritic) == "ب"


def test_isolated_harakat_vanish_instead_of_becoming_spaces() -> None:
    assert fold("مسلح\ufe70") == "مسلح"  # ARABIC FATHATAN ISOLATED FORM
    assert fold("\ufc5e") == ""  # ARABIC LIGATURE SHADDA WITH DAMMATAN ISOLATED FORM


def test_non_arabic_text_is_left_alone() -> None:
    text = "2017/5/31 — «quote» 😀 中文 İ"
    assert fold(text) == text  # İ lowers to two characters, so it is kept as it is


def test_table_is_settled() -> None:
    table = _fold_table()
    for cp, out in table.items():
        assert fold(out) == out, (hex(cp), out)


def test_importing_the_module_does_not_load_camel_tools() -> None:
    code = (
        "import sys, factdesk.nlp.fold\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('camel_tools'))\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_shipped_fold_tables_are_what_camel_tools_makes() -> None:
    """factdesk/nlp/fold_table.py is camel-tools' normalisers run on every code point, made once."""
    import importlib.util
    import unicodedata

    from support import REPO

    from factdesk.nlp import fold_table

    spec = importlib.util.spec_from_file_location(
        "build_fold_table", REPO / "packaging" / "build_fold_table.py"
    )
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    hint = (
        f"the shipped table (camel-tools {fold_table.CAMEL_TOOLS_VERSION}, Unicode {fold_table.UNICODE_VERSION}) "
        f"differs from what this camel-tools and Unicode {unicodedata.unidata_version} make: "
        "run packaging/build_fold_table.py"
    )
    assert tool.build(True) == fold_table.FOLD, hint
    assert tool.build(False) == fold_table.FOLD_EXACT, hint


# What the entry point does, in a fresh interpreter; then which camel_tools modules got loaded.
_ENTRY = """
import sys
from factdesk.launch import main
sys.argv = ["factdesk", *sys.argv[1:]]
try:
    main()
except SystemExit as exit:
    assert not exit.code, exit.code
print("camel_tools loaded:", sorted(m for m in sys.modules if m.startswith("camel_tools")))
"""


def _entry(*args: str, tmp_path) -> str:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FACTDESK_CONFIG_DIR": str(tmp_path / "config"),
        "FACTDESK_EXIT_WHEN_SHOWN": "1",
    }
    done = subprocess.run(
        [sys.executable, "-c", _ENTRY, *args], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()[-1]


def test_the_command_line_imports_and_searches_without_camel_tools(tmp_path) -> None:
    """Import (datelines read through the folded gazetteer) and search fold text; camel-tools stays unloaded."""
    from support import REPO

    project = str(tmp_path / "p.factdesk")
    assert _entry("new", project, tmp_path=tmp_path) == "camel_tools loaded: []"
    seed = str(next((REPO / "seeds").glob("*.txt")))
    assert _entry("import", project, seed, tmp_path=tmp_path) == "camel_tools loaded: []"
    assert _entry("search", project, "الرقة", tmp_path=tmp_path) == "camel_tools loaded: []"


_WINDOW_SEARCH = """
import sys
from factdesk.ui.app import make_app
from factdesk.ui.window import MainWindow

app, prefs = make_app()
window = MainWindow(prefs)
assert window.open_project(sys.argv[1])
window.show()
assert window.workbench.search.run_search("الرقه"), "the demo has Raqqa in it"
window.close()
print("camel_tools loaded:", sorted(m for m in sys.modules if m.startswith("camel_tools")))
"""


def test_the_window_starts_and_searches_without_camel_tools(demo_copy, tmp_path) -> None:
    assert _entry(str(demo_copy), tmp_path=tmp_path) == "camel_tools loaded: []"  # factdesk PROJECT
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACTDESK_CONFIG_DIR": str(tmp_path / "config")}
    done = subprocess.run(
        [sys.executable, "-c", _WINDOW_SEARCH, str(demo_copy)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "camel_tools loaded: []"


# --------------------------------------------------------------------------------------------
# The offset map
# --------------------------------------------------------------------------------------------


def test_map_of_a_ligature_points_both_letters_at_it() -> None:
    text = "ب\ufefbك"  # بﻻك
    folded, starts = fold_with_map(text)
    assert folded == "بلاك"
    assert starts == [0, 1, 1, 2, 3]
    assert original_span(starts, len(text), 1, 2) == (1, 2)  # just the lam: the whole ligature
    assert original_span(starts, len(text), 2, 4) == (1, 3)


def test_map_skips_characters_that_fold_to_nothing() -> None:
    text = "\u200fمـــرحبا"
    folded, starts = fold_with_map(text)
    assert folded == "مرحبا"
    assert starts == [1, 5, 6, 7, 8, 9]


def test_hit_keeps_the_marks_of_its_last_letter() -> None:
    text = f"دخلت القوات {RAQQA}، أمس"
    hits = find_all(text, "الرقة")
    assert [text[a:b] for a, b in hits] == [RAQQA]
    hits = find_all(text, "الر")
    assert [text[a:b] for a, b in hits] == ["الرَّ"]


def test_hits_map_back_to_the_original_spelling() -> None:
    text = "قال أحمد إن ٢٥ شخصاً قُتلوا في ﺍﻟﺮﻗﺔ."
    assert [text[a:b] for a, b in find_all(text, "احمد")] == ["أحمد"]
    assert [text[a:b] for a, b in find_all(text, "25")] == ["٢٥"]
    assert [text[a:b] for a, b in find_all(text, "شخصا")] == ["شخصاً"]
    assert [text[a:b] for a, b in find_all(text, "الرقة")] == ["ﺍﻟﺮﻗﺔ"]
    assert find_all(text, "الموصل") == []


def test_original_span_rejects_bad_input() -> None:
    _, starts = fold_with_map("abc")
    with pytest.raises(ValueError):
        original_span(starts, 3, 2, 1)
    with pytest.raises(ValueError):
        original_span(starts, 3, 0, 4)
    with pytest.raises(ValueError):
        original_span(starts, 4, 0, 1)
    assert original_span(starts, 3, 1, 1) == (1, 1)


@given(TEXT)
def test_fold_and_fold_with_map_agree(text: str) -> None:
    folded, starts = fold_with_map(text)
    assert folded == fold(text)
    assert len(starts) == len(folded) + 1
    assert starts[-1] == len(text)
    assert starts == sorted(starts)


@given(TEXT)
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(TEXT)
def test_each_original_character_produces_exactly_its_own_fold(text: str) -> None:
    folded, starts = fold_with_map(text)
    produced: dict[int, str] = {}
    for i, ch in enumerate(folded):
        produced[starts[i]] = produced.get(starts[i], "") + ch
    assert all(produced.get(j, "") == fold(c) for j, c in enumerate(text))


@given(TEXT, st.data())
def test_original_span_covers_the_folded_range(text: str, data: st.DataObject) -> None:
    folded, starts = fold_with_map(text)
    fstart = data.draw(st.integers(0, len(folded)))
    fend = data.draw(st.integers(fstart, len(folded)))
    a, b = original_span(starts, len(text), fstart, fend)
    assert 0 <= a <= b <= len(text)
    assert folded[fstart:fend] in fold(text[a:b])
    if fstart < fend:
        # Whatever follows the span in the original still produces output (or nothing does).
        assert fold(text[b:]) == "" or fold(text[b])
        assert fold(text[b:]) == folded[len(fold(text[:b])) :]


@given(TEXT)
def test_whole_folded_text_maps_to_everything_that_produced_it(text: str) -> None:
    folded, starts = fold_with_map(text)
    a, b = original_span(starts, len(text), 0, len(folded))
    if folded:
        assert fold(text[:a]) == ""
        assert b == len(text)
    else:
        assert a == b == len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_fold_equals_the_plain_translation_by_its_table(s: str) -> None:
    assert fold(s) == s.translate(_fold_table())


def test_exact_fold_keeps_every_letter_and_drops_only_marks_and_invisibles() -> None:
    from factdesk.nlp.fold import fold_exact

    assert fold_exact("علَى الرَّقةـ\u200f المسئول إلى ﻻ ٢٥") == "على الرقة المسئول إلى لا 25"
    assert fold_exact("علي") != fold_exact("على") and fold("علي") == fold("على")


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_exact_map_points_every_character_at_its_origin(s: str) -> None:
    from factdesk.nlp.fold import fold_exact, fold_exact_map

    folded, starts = fold_exact(s), fold_exact_map(s)
    assert len(starts) == len(folded) + 1 and starts[-1] == len(s)
    assert fold_exact(folded) == folded
    assert all(
        fold_exact(s[starts[i]]).startswith(folded[i]) or folded[i] in fold_exact(s[starts[i]])
        for i in range(len(folded))
    )


@pytest.mark.parametrize("tail", ["\u200d", "\u200f", "\u2069", "\u0640", "\u200c\u200f", "\ufeff"])
def test_a_span_given_the_text_never_ends_on_an_invisible(tail: str) -> None:
    text = "قال " + RAQQA + tail + " أمس"
    folded, starts = fold_with_map(text)
    i = folded.index("الرقه")
    a, b = original_span(starts, len(text), i, i + len("الرقه"), text)
    assert text[a:b] == RAQQA  # marks inside kept, the invisible after it left out


def test_a_quote_is_found_as_search_finds_it_covering_the_original_characters() -> None:
    """«الرقه» quoted finds «الرَّقة» written (marks and ة/ه folded), runs of spaces match any other,
    and each range covers the original characters, marks included."""
    text = "قصفت الطائرات الرَّقة ثم  الرقة\nمرة أخرى"
    found = find_quote(text, "الرقه")
    assert [text[a:b] for a, b in found] == ["الرَّقة", "الرقة"]
    assert [text[a:b] for a, b in find_quote(text, "الرقة مرة")] == ["الرقة\nمرة"]
    assert find_quote(text, "  ") == [] and find_quote(text, "دمشق") == []
