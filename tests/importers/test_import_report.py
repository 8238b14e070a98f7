"""The import report's choices, the same for the command line and the window: removed lines kept go back
exactly where they stood, and an accepted dateline leaves the text as a removed line of the top."""

from __future__ import annotations

import itertools

import pytest
from proposals import REASON, propose_datelines
from support import shared

from factdesk.importers import load
from factdesk.importers.news import Proposal
from factdesk.importers.report import accept_proposal, describe_hidden, hidden_characters, text_with_choices

BODY = "أعلنت الوزارة اليوم خبرًا.\nفقرة ثانية."
RAW = f"العنوان هنا\n\n  القاهرة - وكالات: {BODY}\n\n\nأخبار متعلقة\n\nشارك"


def test_every_choice_of_kept_lines_is_the_original_text_minus_the_lines_taken_out() -> None:
    result = load(RAW.encode("utf-8"), name="a.txt")
    assert result.removed_head == ("العنوان هنا", "القاهرة - وكالات:")
    assert result.removed_tail == ("أخبار متعلقة", "شارك")
    for choice in itertools.product((True, False), repeat=4):
        text = text_with_choices(result, choice[:2], choice[2:])
        lines = [*result.removed_head, *result.removed_tail]
        for line, removed in zip(lines, choice, strict=True):
            assert (line in text) is not removed, (choice, text)
        assert BODY.split("\n")[1] in text and _is_cut_from(text, RAW), (choice, text)
    assert text_with_choices(result, [False, False], [False, False]) == RAW


def _is_cut_from(text: str, raw: str) -> bool:
    """``text`` is ``raw`` with stretches deleted, nothing added or changed."""
    rest = iter(raw)
    return all(char in rest for char in text)


def test_keeping_everything_gives_back_every_corpus_article_as_read() -> None:
    for n in ("001", "003", "026", "032", "046", "051", "066"):
        result = load(str(shared("corpus", "articles", f"snn_{n}.txt")), name="")
        assert result.removed_head, n
        kept = text_with_choices(
            result, [False] * len(result.removed_head), [False] * len(result.removed_tail)
        )
        assert kept == result.raw_text.strip("\n").lstrip(" \t\u00a0") or kept in result.raw_text, n
        assert kept.startswith(result.removed_head[0])


def test_an_accepted_dateline_leaves_the_text_as_a_line_of_the_top(monkeypatch: pytest.MonkeyPatch) -> None:
    propose_datelines(monkeypatch)
    result = load(RAW.encode("utf-8"), name="a.txt")
    [proposal] = result.proposals
    assert proposal == Proposal("القاهرة - وكالات:", "القاهرة", "وكالات", REASON)
    assert result.text.startswith("القاهرة - وكالات: أعلنت") and result.place == ""

    accepted = accept_proposal(result, proposal)
    assert accepted.text == BODY and accepted.proposals == ()
    assert (accepted.place, accepted.author) == ("القاهرة", "وكالات")
    assert accepted.removed_head == ("العنوان هنا", "القاهرة - وكالات:")
    assert text_with_choices(accepted, [True, False], [True, True]) == f"القاهرة - وكالات: {BODY}"
    assert text_with_choices(accepted, [False, False], [False, False]) == RAW


def test_a_proposed_line_of_its_own_goes_with_its_blank_lines() -> None:
    raw = f"العنوان\n\nزيد - عمرو\n\n{BODY}"
    loaded = load(raw.encode("utf-8"), name="a.txt")
    line_proposal = Proposal("زيد - عمرو", "", "زيد", "neither side is known")
    result = loaded.__class__(
        text=f"زيد - عمرو\n\n{BODY}",
        raw_text=raw,
        title="العنوان",
        removed_head=("العنوان",),
        proposals=(line_proposal,),
        place="المدينة",
    )
    accepted = accept_proposal(result, line_proposal)
    assert accepted.text == BODY and accepted.removed_head == ("العنوان", "زيد - عمرو")
    assert (accepted.place, accepted.author) == ("المدينة", "زيد")  # an unknown side keeps what was there
    assert text_with_choices(accepted, [True, False], []) == f"زيد - عمرو\n\n{BODY}"


def test_a_proposed_line_inside_the_text_stays_there() -> None:
    inside = Proposal("زيد - عمرو", "زيد", "عمرو", "")
    result = load(f"{BODY}\nزيد - عمرو\nختام.".encode(), name="a.txt")
    result = result.__class__(**{**{f: getattr(result, f) for f in result.__slots__}, "proposals": (inside,)})
    accepted = accept_proposal(result, inside)
    assert accepted.text == result.text and accepted.removed_head == result.removed_head
    assert (accepted.place, accepted.author, accepted.proposals) == ("زيد", "عمرو", ())


def test_hidden_characters_have_names_and_meanings() -> None:
    named = hidden_characters("أ\u202eب\u202c ت\u200fث\u200f \u2067ج\u2069 ح\u00adخ")
    assert named == {"RLM": 2, "RLO": 1, "PDF": 1, "RLI": 1, "PDI": 1, "SHY": 1}
    assert (
        describe_hidden("RLO") == "right-to-left override" and describe_hidden("RLM") == "right-to-left mark"
    )
    assert hidden_characters("نص بلا شيء مخفي") == {}
