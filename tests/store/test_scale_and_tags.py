"""An edited verdict scale, claims' tags and notes: each change one step that undo takes back
exactly and redo makes again; a verdict in use never vanishes; a version-3 file is upgraded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from factdesk.app import scale
from factdesk.core import operations as ops
from factdesk.core.operations import OperationError
from factdesk.core.tags import clean_tag
from factdesk.core.verdicts import new_key
from factdesk.store import backup as backups
from factdesk.store import schema, search, version
from factdesk.store.project import Project
from factdesk.store.read import ClaimFilter

TEXT = "قال المرصد إن أكثر من 80 مقاتلاً قتلوا في الرقة، وإن 36 آلية دمرت."


def _article(project: Project, outlet: str = "وكالة", published: str = "2017-06-01", text: str = TEXT) -> str:
    op = ops.ImportArticle(text, title="ضربات", outlet=outlet, published=published)
    project.run(op)
    return op.id


def _claim(project: Project, aid: str, words: str, claim_text: str, text: str = TEXT) -> str:
    start = text.index(words)
    batch = ops.claim_from_selection(aid, start, start + len(words), claim_text)
    project.run(batch)
    return batch.ops[1].id  # type: ignore[attr-defined]


def _exact_undo_redo(project: Project, op: ops.Operation) -> None:
    """Run ``op``; undo gives back exactly what was there, redo exactly what the op made."""
    before = project.snapshot()
    project.run(op)
    after = project.snapshot()
    assert after != before
    project.undo()
    assert project.snapshot() == before
    project.redo()
    assert project.snapshot() == after


def test_adding_moving_and_relabelling_verdicts_is_one_exact_step(project: Project) -> None:
    current = scale.current_scale(project.read)
    wanted = [*current]
    wanted.insert(2, scale.ScaleEntry(None, "ساخر", "Satire", None, "#00897b"))
    wanted.remove(current[6])  # «false» first
    wanted.insert(0, current[6])
    wanted[1] = scale.ScaleEntry("unverified", "لم يُفحص", "Not checked", None, "#9e9e9e")
    step = scale.edit_scale(current, wanted)
    assert step is not None and step.label == "edit verdict scale"
    _exact_undo_redo(project, step)
    got = project.read.verdicts()
    assert [v.key for v in got][:4] == ["false", "unverified", "in_progress", "satire"]
    assert got[1].label_ar == "لم يُفحص" and got[3].label_en == "Satire" and got[3].color == "#00897b"
    assert scale.edit_scale(scale.current_scale(project.read), scale.current_scale(project.read)) is None


def test_a_verdict_in_use_is_removed_only_with_where_its_claims_go(project: Project) -> None:
    aid = _article(project)
    cid = _claim(project, aid, "أكثر من 80", "قتل أكثر من 80 مقاتلاً")
    project.run(ops.SetVerdict(cid, "misleading"))
    before = project.snapshot()
    with pytest.raises(OperationError, match="1 claim"):
        project.run(scale.remove_verdict(project.read, "misleading"))
    assert project.snapshot() == before  # refused whole: nothing changed
    _exact_undo_redo(project, scale.remove_verdict(project.read, "misleading", move_to="false"))
    assert "misleading" not in [v.key for v in project.read.verdicts()]
    assert project.get("claim", cid)["verdict"] == "false"
    # the claim's history keeps the verdict it had
    assert [c[2] for c in project.read.verdict_changes(cid)][-2:] == ["misleading", "false"]


def test_the_verdict_new_claims_start_with_cannot_be_removed(project: Project) -> None:
    with pytest.raises(OperationError, match="every new claim starts with"):
        project.run(scale.remove_verdict(project.read, "unverified", move_to="false"))


def test_an_unused_verdict_is_removed_and_the_rest_close_up(project: Project) -> None:
    project.run(scale.remove_verdict(project.read, "unproven"))
    project.run(scale.add_verdict(project.read, "ساخر", "Satire", position=1))
    assert [v.key for v in project.read.verdicts()][:2] == ["satire", "unverified"]
    positions = [project.get("verdict", v.key)["position"] for v in project.read.verdicts()]
    assert positions == list(range(len(positions)))


@pytest.mark.parametrize(
    ("values", "words"),
    [
        ({"label_en": " "}, "label in Arabic and in English"),
        ({"color": "red"}, "not a colour"),
        ({"rating_value": 7}, "whole number from 1"),
    ],
)
def test_the_scale_refuses_what_it_cannot_hold(project: Project, values: dict, words: str) -> None:
    with pytest.raises(OperationError, match=words):
        project.run(ops.EditVerdictLabel("true", values))


def test_tagging_untagging_and_the_note_are_each_one_exact_step(project: Project) -> None:
    aid = _article(project)
    cid = _claim(project, aid, "أكثر من 80", "قتل أكثر من 80 مقاتلاً")
    _exact_undo_redo(project, ops.TagClaim(cid, " #سوريا "))
    assert project.read.claim_tags(cid) == ["سوريا"]
    assert project.run(ops.TagClaim(cid, "سوريا")).changes.kinds == frozenset()  # already there
    _exact_undo_redo(project, ops.UntagClaim(cid, "سوريا"))
    assert project.read.claim_tags(cid) == []
    with pytest.raises(OperationError, match="no tag"):
        project.run(ops.UntagClaim(cid, "انتخابات"))
    _exact_undo_redo(project, ops.SetClaimNote(cid, "اتصل بالمرصد للتأكد"))
    assert project.get("claim", cid)["note"] == "اتصل بالمرصد للتأكد"


def test_deleting_a_tagged_claim_takes_its_tags_and_undo_brings_them_back(project: Project) -> None:
    aid = _article(project)
    cid = _claim(project, aid, "أكثر من 80", "قتل أكثر من 80 مقاتلاً")
    project.run(ops.TagClaim(cid, "سوريا"))
    _exact_undo_redo(project, ops.DeleteClaim(cid))
    assert project.read.tags() == []
    project.undo()
    assert project.read.tags() == [("سوريا", 1)] and project.read.claim_tags(cid) == ["سوريا"]


def test_the_claims_list_filters_by_tag_outlet_date_and_still_unverified(project: Project) -> None:
    other = "أعلنت الوزارة أن 36 آلية دمرت قرب دير الزور أمس."
    a1 = _article(project, outlet="وكالة", published="2017-06-01")
    a2 = _article(project, outlet="قناة", published="2018-03-10", text=other)
    c1 = _claim(project, a1, "أكثر من 80", "قتل أكثر من 80 مقاتلاً")
    c2 = _claim(project, a2, "36 آلية", "تدمير 36 آلية", text=other)
    c3 = _claim(project, a1, "الرقة", "المعارك في الرقة")
    project.run(ops.TagClaim(c1, "سوريا"))
    project.run(ops.TagClaim(c2, "سوريا"))
    project.run(ops.SetVerdict(c2, "false"))
    project.run(ops.SetVerdict(c3, "in_progress"))
    read = project.read

    def ids(**f: object) -> list[str]:
        return read.claim_ids(where=ClaimFilter(**f))  # type: ignore[arg-type]

    assert ids(tag="سوريا") == [c1, c2]
    assert ids(outlet="قناة") == [c2]
    assert ids(article_id=a1) == [c1, c3]
    assert ids(since="2018-01-01") == [c2] and ids(until="2017-12-31") == [c1, c3]
    assert ids(since="2017-06", until="2017-06") == [c1, c3]  # a month, whole
    assert ids(unverified=True) == [c1, c3]
    assert ids(tag="سوريا", unverified=True) == [c1]
    counts = {v.key: n for v, n in read.verdict_counts(ClaimFilter(tag="سوريا", verdict="false"))}
    assert (counts["unverified"], counts["false"], counts["in_progress"]) == (1, 1, 0)
    assert read.tags() == [("سوريا", 2)] and read.outlets() == ["قناة", "وكالة"]


def test_tags_and_keys_are_written_one_way() -> None:
    assert clean_tag("  #سوريا  ") == clean_tag("سوريا") == "سوريا"
    assert clean_tag("انتخابات   بلدية") == "انتخابات بلدية" and clean_tag("# ") == ""
    assert new_key("Satire", {"satire"}) == "satire_2" and new_key("ساخر", set()) == "verdict"
    assert new_key("Mostly false!", set()) == "mostly_false"


def _format_3(path: Path) -> None:
    """A project file as the FactDesk before tags wrote it: three migrations, an article, a claim."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        db = Database(conn)
        schema.migrations.apply(db, stop_before=["0004_claim_tags_and_notes"])
        t = "2017-06-01T00:00:00.000000+00:00"
        conn.execute(
            "INSERT INTO articles (id, title, outlet, published, content_hash, text, created, modified) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ("a1", "ضربات", "وكالة", "2017-06-01", ops.content_hash(TEXT), TEXT, t, t),
        )
        conn.execute(
            "INSERT INTO claims (id, text, verdict, created, modified) VALUES (?, ?, ?, ?, ?)",
            ("c1", "قتل أكثر من 80 مقاتلاً", "false", t, t),
        )
        search.index_article(conn, conn.execute("SELECT seq FROM articles").fetchone()[0], "ضربات", TEXT)
        search.index_claim(
            conn, conn.execute("SELECT seq FROM claims").fetchone()[0], "قتل أكثر من 80 مقاتلاً", ""
        )
    finally:
        conn.close()


def test_a_version_3_project_is_backed_up_then_upgraded_and_keeps_its_work(tmp_path: Path) -> None:
    path = tmp_path / "format-3.factdesk"
    _format_3(path)
    with sqlite3.connect(path) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 3
    with Project.open(path) as project:
        assert project.conn.execute("PRAGMA user_version").fetchone()[0] == version.SCHEMA_VERSION == 4
        claim = project.get("claim", "c1")
        assert claim is not None and (claim["text"], claim["verdict"], claim["note"]) == (
            "قتل أكثر من 80 مقاتلاً",
            "false",
            "",
        )
        project.run(ops.TagClaim("c1", "سوريا"))
        project.run(ops.SetClaimNote("c1", "ملاحظة"))
        assert project.read.claim_ids(where=ClaimFilter(tag="سوريا")) == ["c1"]
        assert project.integrity_check() == []
        assert schema.unexpected(schema.read_schema(project.conn)) == []
    kept = [b for b in backups.list_backups(path) if b.reason == "before-upgrade"]
    assert len(kept) == 1
    with sqlite3.connect(kept[0].path.resolve().as_uri() + "?mode=ro", uri=True) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 3
    with Project.open(path, readonly=True) as again:
        assert again.read.claim_tags("c1") == ["سوريا"] and again.get("claim", "c1")["note"] == "ملاحظة"


def test_the_csv_report_speaks_the_edited_scale(project: Project, tmp_path: Path) -> None:
    import csv

    from factdesk.app.exports import export_csv

    aid = _article(project)
    cid = _claim(project, aid, "أكثر من 80", "قتل أكثر من 80 مقاتلاً")
    project.run(scale.add_verdict(project.read, "ساخر", "Satire", rating_value=1, position=1))
    project.run(ops.SetVerdict(cid, "satire"))
    project.run(ops.EditVerdictLabel("false", {"label_en": "Wrong"}))
    project.run(scale.remove_verdict(project.read, "satire", move_to="false"))
    target = tmp_path / "report.csv"
    assert export_csv(project.path, target) == 1
    with target.open(encoding="utf-8-sig", newline="") as fh:
        row = next(csv.DictReader(fh))
    assert (row["Verdict (English)"], row["Verdict (Arabic)"], row["Rating value"]) == ("Wrong", "خاطئ", "1")


def test_a_published_fact_check_keeps_only_a_verdict_the_scale_has(project: Project) -> None:
    project.run(scale.remove_verdict(project.read, "unproven"))
    op = ops.ImportFactChecks(
        [
            {"claim": "ادعاء أول", "url": "https://a.example/1", "rating": "False", "verdict": "false"},
            {"claim": "ادعاء ثان", "url": "https://a.example/2", "rating": "Unproven", "verdict": "unproven"},
        ]
    )
    project.run(op)
    assert sorted(r["verdict"] for r in project.rows("factcheck")) == ["", "false"]
