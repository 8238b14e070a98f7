"""Project settings are changed by an operation (undoable); the corrections history comes from the journal."""

from __future__ import annotations

import pytest

from factdesk.core import operations as ops
from factdesk.core.operations import OperationError


def test_the_organisation_is_a_setting_set_and_undone_like_any_change(project) -> None:
    assert project.read.setting("organisation") == ""
    project.run(ops.SetSetting("organisation", "  مسبار "))
    assert project.read.setting("organisation") == "مسبار"
    project.run(ops.SetSetting("organisation", "Misbar"))
    project.undo()
    assert project.read.setting("organisation") == "مسبار"
    project.run(ops.SetSetting("organisation", ""))  # empty removes it
    assert project.read.setting("organisation", "none") == "none"
    project.undo()
    assert project.read.setting("organisation") == "مسبار"
    journal = project.read.history("setting", "organisation")
    assert {h.label for h in journal} == {"change project setting"}  # «Undo: change project setting»


def test_an_unknown_setting_is_refused(project) -> None:
    with pytest.raises(OperationError, match="project setting"):
        project.run(ops.SetSetting("colour", "red"))


def _claim(project, text: str = "قُتل 80 مسلحاً") -> str:
    claim = ops.CreateClaim(text)
    project.run(claim)
    return claim.id


def test_every_verdict_a_claim_was_given_is_in_the_corrections(project) -> None:
    cid = _claim(project)
    project.run(ops.SetVerdict(cid, "false", rationale="الرقم الرسمي 60", reviewer="سارة"))
    project.run(ops.SetVerdict(cid, "mostly_true", rationale="تصحيح: الرقم 78", reviewer="منى"))
    lines = list(project.read.corrections())
    assert [(c.verdict_en, c.previous_en, c.reviewer, c.rationale) for c in lines] == [
        ("False", "Unverified", "سارة", "الرقم الرسمي 60"),
        ("Mostly true", "False", "منى", "تصحيح: الرقم 78"),
    ]
    assert all(c.claim == "قُتل 80 مسلحاً" and c.claim_id == cid for c in lines)
    assert lines[0].at <= lines[1].at and lines[1].at.startswith("20")


def test_an_undone_verdict_stays_visible_as_a_correction(project) -> None:
    cid = _claim(project)
    project.run(ops.SetVerdict(cid, "true"))
    project.undo()
    assert [(c.verdict_key, c.previous_ar) for c in project.read.corrections()] == [
        ("true", "لم يُتحقق منه"),
        ("unverified", "صحيح"),
    ]


def test_corrections_keep_only_the_claims_asked_for_and_those_still_there(project) -> None:
    kept, other, gone = _claim(project, "أ"), _claim(project, "ب"), _claim(project, "ج")
    for cid in (kept, other, gone):
        project.run(ops.SetVerdict(cid, "false"))
    project.run(ops.DeleteClaim(gone))
    assert {c.claim_id for c in project.read.corrections()} == {kept, other}
    assert {c.claim_id for c in project.read.corrections({kept})} == {kept}
