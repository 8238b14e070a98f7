"""The command line and the window agree on the fact-check library: the same files give the same
library, and attaching the same fact-check gives the same source and evidence."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from support import run_job

from factdesk.cli import cli
from factdesk.store.project import Project
from factdesk.ui.preferences import Preferences
from factdesk.ui.window import MainWindow

DATA = Path(__file__).resolve().parents[1] / "data" / "factchecks"
FILES = ("library.jsonld", "tools.json", "library.csv", "library.jsonld")
VOLATILE = ("id", "created", "modified")


def _state(path: Path) -> tuple[list[dict[str, object]], list[dict[str, object]], list[dict[str, object]]]:
    def plain(rows: list[dict[str, object]], *drop: str) -> list[dict[str, object]]:
        kept = [{k: v for k, v in r.items() if k not in (*VOLATILE, *drop)} for r in rows]
        return sorted(kept, key=lambda r: sorted((k, str(v)) for k, v in r.items()))

    with Project.open(path, readonly=True) as p:
        return (
            plain(p.rows("factcheck")),
            plain([s for s in p.rows("source") if s["kind"] == "fact_check"]),
            plain(p.rows("evidence"), "claim_id", "source_id"),
        )


def _sdf(p: Project) -> tuple[str, str]:
    claim = next(c for c in p.rows("claim") if "قوات سوريا" in str(c["text"]))
    fc = next(f for f in p.rows("factcheck") if f["url"] == "https://misbar.example/ar/sdf-deal")
    return str(claim["id"]), str(fc["id"])


def test_the_command_line_and_the_window_build_the_same_library(
    demo_file: Path, tmp_path: Path, qtbot
) -> None:
    import shutil

    by_cli, by_window = tmp_path / "cli.factdesk", tmp_path / "window.factdesk"
    shutil.copy(demo_file, by_cli)
    shutil.copy(demo_file, by_window)
    for name in FILES:
        result = CliRunner().invoke(cli, ["factchecks", "import", str(by_cli), str(DATA / name)])
        assert result.exit_code == 0, result.output
    with Project.open(by_cli) as p:
        claim_id, fc_id = _sdf(p)
    result = CliRunner().invoke(cli, ["factchecks", "attach", str(by_cli), claim_id[:8], fc_id[:8]])
    assert result.exit_code == 0, result.output

    window = MainWindow(Preferences())
    qtbot.addWidget(window)
    assert window.open_project(str(by_window))
    dialog = window.factcheck_library()
    qtbot.addWidget(dialog)
    for name in FILES:
        run_job(qtbot, dialog.import_job(str(DATA / name)))
    claim_id, fc_id = _sdf(window.session.project)
    window.workbench.detail.show_claim(claim_id)
    assert fc_id in window.workbench.detail.factcheck_ids()
    assert window.workbench.detail.attach_factcheck(fc_id)
    window.close_project()

    cli_state, window_state = _state(by_cli), _state(by_window)
    assert len(cli_state[0]) == 7 and len(cli_state[1]) == 1
    assert cli_state == window_state
