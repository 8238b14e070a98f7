"""Killing FactDesk at any moment loses nothing it had confirmed and damages nothing.

A child process writes to the project as fast as it can and acknowledges each change once
``run()`` has returned; the parent kills it with SIGKILL after a random number of
acknowledgements, 25 times in a row on the same file. Every acknowledged change must be in the
file, the file must pass the full integrity check, and each new child must be able to open it
for changes (no stale lock, no half-written operation)."""

from __future__ import annotations

import os
import random
import runpy
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from factdesk.core import operations as ops
from factdesk.store.project import Project

HELPERS = Path(__file__).resolve().parent / "helpers"
WRITER = HELPERS / "crash_writer.py"
ROUNDS = 25
TEXT = (
    "قالت وزارة الدفاع إن الطيران دمّر قافلة لتنظيم داعش كانت متجهة من الرقة إلى تدمر، "
    "وإن أكثر من 80 مسلحاً قُتلوا في الضربات التي استمرت ليلتين."
)

#: The claim text the writer uses for its claim number n (taken from the writer itself).
claim_text = runpy.run_path(str(WRITER))["claim_text"]


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "crash.factdesk"
    with Project.create(path) as project:
        project.run(ops.ImportArticle(TEXT, title="ضربات قرب الرقة"))
    return path


def test_sigkill_at_random_moments_loses_no_acknowledged_change(project_file: Path) -> None:
    rng = random.Random(20170531)
    acked_claims: dict[int, str] = {}  # n -> claim id
    acked_verdicts: dict[int, str] = {}  # n -> verdict
    acked_spans: dict[str, int] = {}  # span id -> n
    opened_with: list[int] = []

    for round_no in range(ROUNDS):
        target = rng.randint(1, 40)
        with subprocess.Popen(
            [sys.executable, str(WRITER), str(project_file)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        ) as child:
            try:
                first = child.stdout.readline()  # type: ignore[union-attr]
                if not first.startswith("ready "):
                    child.kill()  # so that reading its stderr cannot block
                    pytest.fail(
                        f"round {round_no}: the writer could not open the project: {first!r} "
                        f"{child.stderr.read()}"
                    )  # type: ignore[union-attr]
                count = int(first.split()[1])
                # Everything acknowledged before is still there (at least as many claims).
                assert count >= len(acked_claims)
                opened_with.append(count)
                for _ in range(target):
                    line = child.stdout.readline()  # type: ignore[union-attr]
                    if not line:  # end of output: the writer has died
                        pytest.fail(f"round {round_no}: the writer stopped: {child.stderr.read()}")  # type: ignore[union-attr]
                    _, what, n, value = line.split()
                    if what == "claim":
                        acked_claims[int(n)] = value
                    elif what == "verdict":
                        acked_verdicts[int(n)] = value
                    else:
                        acked_spans[value] = int(n)
                os.kill(child.pid, signal.SIGKILL)
                child.wait(timeout=60)
                assert child.returncode == -signal.SIGKILL
            finally:
                if child.poll() is None:
                    child.kill()

    assert len(acked_claims) >= ROUNDS
    assert opened_with == sorted(opened_with)

    with Project.open(project_file, backup=False) as project:
        assert project.integrity_check() == []
        claims = {str(c["id"]): c for c in project.rows("claim")}
        texts = {str(c["text"]) for c in claims.values()}
        # Every acknowledged claim is there, with its own text.
        for n, claim_id in acked_claims.items():
            assert claim_id in claims, f"acknowledged claim {n} was lost"
            assert claims[claim_id]["text"] == claim_text(n)
        assert {claim_text(n) for n in acked_claims} <= texts
        # Claims are numbered by how many existed when each was made: any gap or repeat would
        # mean a claim half-written or lost.
        assert texts == {claim_text(n) for n in range(len(claims))}
        for n, verdict in acked_verdicts.items():
            assert claims[acked_claims[n]]["verdict"] == verdict
        spans = {str(s["id"]) for s in project.rows("span")}
        assert set(acked_spans) <= spans
        # No operation without its history, no history without its operation.
        orphans = project.conn.execute(
            "SELECT count(*) FROM operations WHERE seq NOT IN (SELECT op FROM history)"
        ).fetchone()[0]
        assert orphans == 0
        ops_count = project.conn.execute("SELECT count(*) FROM operations").fetchone()[0]
        made = (
            1
            + len(claims)
            + len(spans)
            + project.conn.execute("SELECT count(*) FROM claims WHERE rationale != ''").fetchone()[0]
        )
        assert ops_count == made
        # And it still takes changes and undoes them.
        project.run(ops.CreateClaim("بعد الانهيارات"))
        project.undo()
    with Project.open(project_file, readonly=True) as again:
        assert len(again.rows("claim")) == len(claims)


CHECKPOINT_WRITER = HELPERS / "checkpoint_writer.py"
CHECKPOINT_ROUNDS = 102


@pytest.mark.slow
def test_sigkill_during_checkpoints_never_makes_a_sound_file_look_damaged(tmp_path: Path) -> None:
    """Every operation is checkpointed into the file, so kills land inside checkpoints: the file
    is then shorter than its header says while the -wal holds the rest. Each time, FactDesk must
    open it (SQLite recovers it), find every acknowledged article, and pass the integrity check."""
    path = tmp_path / "checkpoint.factdesk"
    Project.create(path).close()
    rng = random.Random(1216)
    acked: list[str] = []
    short_files = 0
    for round_no in range(CHECKPOINT_ROUNDS):
        with subprocess.Popen(
            [sys.executable, str(CHECKPOINT_WRITER), str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        ) as child:
            try:
                first = child.stdout.readline()  # type: ignore[union-attr]
                if not first.startswith("ready "):
                    child.kill()
                    pytest.fail(
                        f"round {round_no}: the writer could not open the project: {first!r} "
                        f"{child.stderr.read()}"
                    )  # type: ignore[union-attr]
                assert int(first.split()[1]) >= len(acked)
                for _ in range(rng.randint(1, 4)):
                    line = child.stdout.readline()  # type: ignore[union-attr]
                    if not line:
                        pytest.fail(f"round {round_no}: the writer stopped: {child.stderr.read()}")  # type: ignore[union-attr]
                    acked.append(line.split()[1])
                os.kill(child.pid, signal.SIGKILL)
                child.wait(timeout=60)
            finally:
                if child.poll() is None:
                    child.kill()
        from factdesk.store.header import read_header

        header = read_header(path)  # never refused while the -wal is there
        if path.stat().st_size < header.page_count * header.page_size:
            short_files += 1
    with Project.open(path, backup=False) as project:
        assert project.wait_for_check() == "ok"
        ids = {r[0] for r in project.conn.execute("SELECT id FROM articles")}
        assert set(acked) <= ids
        assert project.integrity_check() == []
    print(
        f"{CHECKPOINT_ROUNDS} kills, {len(acked)} acknowledged articles kept, "
        f"{short_files} times the file was shorter than its header said"
    )
