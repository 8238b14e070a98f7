"""FactDesk as a user gets it: the wheel, installed into a fresh environment, run from elsewhere.

The wheel is built from a copy of the source tree (so the checkout gains no build/ folder), installed
with no network into a temporary venv that borrows the running environment's dependencies, and run
from a folder outside the repository: it must find its catalogue, seeds and gazetteer as package
data, build the demo and start in Arabic.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from support import REPO

#: What an installed FactDesk cannot start or build its demo without (paths inside the wheel).
PACKAGE_DATA = (
    "factdesk/resources/i18n/factdesk_ar.qm",
    "factdesk/resources/gazetteer/places_ar.tsv",
    "factdesk/resources/icons/factdesk.svg",
    "factdesk/resources/fonts/NotoNaskhArabic-Regular.ttf",
    "factdesk/resources/fonts/NotoNaskhArabic-Bold.ttf",
    "factdesk/resources/fonts/NotoSans-Regular.ttf",
    "factdesk/resources/fonts/NotoSans-Bold.ttf",
    "factdesk/resources/fonts/OFL.txt",
    "factdesk/seeds/seeds.json",
    "factdesk/py.typed",
)


@dataclass(frozen=True)
class Installed:
    wheel: Path
    python: Path
    factdesk: Path
    elsewhere: Path  # a working folder outside the repository
    env: dict[str, str]


def _run(args: list[str | Path], **kw) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=240, **kw)
    assert done.returncode == 0, f"{args} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    root = tmp_path_factory.mktemp("installed")
    source = root / "source"
    source.mkdir()
    files = _run(["git", "-C", REPO, "ls-files", "--cached", "--others", "--exclude-standard", "-z"]).stdout
    with tarfile.open(root / "source.tar", "w") as tar:
        for name in filter(None, files.split("\0")):
            if (REPO / name).exists():
                tar.add(REPO / name, arcname=name)
    with tarfile.open(root / "source.tar") as tar:
        tar.extractall(source, filter="data")
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-w",
            root / "dist",
            source,
        ]
    )
    [wheel] = (root / "dist").glob("factdesk-*.whl")

    venv = root / "venv"
    _run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", venv])
    python = venv / "bin" / "python"
    # The dependencies come from the running environment: its site-packages joins the new venv's path
    # after the venv's own (a plain path line, so an editable FactDesk's hook there is not loaded).
    purelib = Path(
        _run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]).stdout.strip()
    )
    (purelib / "_factdesk_test_deps.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", wheel])

    elsewhere = root / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", FACTDESK_CONFIG_DIR=str(root / "config"))
    yield Installed(wheel, python, venv / "bin" / "factdesk", elsewhere, env)


def test_the_wheel_carries_the_catalogue_seeds_and_gazetteer(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as whl:
        names = set(whl.namelist())
    missing = [name for name in PACKAGE_DATA if name not in names]
    assert missing == [], f"the wheel lacks {missing}"
    seeds = {p.name for p in (REPO / "seeds").iterdir()}
    assert seeds <= {n.removeprefix("factdesk/seeds/") for n in names}, "not every seed file is in the wheel"
    modules = {p.relative_to(REPO).as_posix() for p in (REPO / "factdesk").rglob("*.py")}
    assert modules - names == set(), f"modules missing from the wheel: {sorted(modules - names)}"
    assert not [n for n in names if n.endswith(".ts")], (
        "the hand-edited .ts ships; the compiled .qm is enough"
    )


SDIST = """
import sys
from setuptools import build_meta
print(build_meta.build_sdist(sys.argv[1]))
"""


def test_the_sdist_carries_the_shipped_files_and_builds_a_complete_wheel(
    installed: Installed, tmp_path: Path
) -> None:
    """A packager builds from the sdist: it must hold resources/ and seeds/ (and the desktop files), and
    the wheel made from it must carry the same package data as the one made from the checkout."""
    source = installed.wheel.parents[1] / "source"
    name = _run([sys.executable, "-c", SDIST, tmp_path / "sdist"], cwd=source).stdout.split()[-1]
    sdist = tmp_path / "sdist" / name
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
        tar.extractall(tmp_path / "unpacked", filter="data")
    for shipped in ("resources", "seeds"):
        files = {p.relative_to(REPO).as_posix() for p in (REPO / shipped).rglob("*") if p.is_file()}
        files = {f for f in files if not f.endswith(".ts")}
        assert files - names == set(), f"the sdist lacks {sorted(files - names)}"
    linux = {p.relative_to(REPO).as_posix() for p in (REPO / "packaging" / "linux").iterdir()}
    assert linux - names == set(), f"the sdist lacks the desktop files {sorted(linux - names)}"
    [unpacked] = (tmp_path / "unpacked").iterdir()
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-w",
            tmp_path / "wheel",
            unpacked,
        ]
    )
    [wheel] = (tmp_path / "wheel").glob("factdesk-*.whl")
    with zipfile.ZipFile(wheel) as whl, zipfile.ZipFile(installed.wheel) as reference:
        assert sorted(whl.namelist()) == sorted(reference.namelist()), "the sdist's wheel differs"
    assert [n for n in PACKAGE_DATA if n not in set(zipfile.ZipFile(wheel).namelist())] == []


def test_an_installed_factdesk_builds_the_demo_from_anywhere(installed: Installed) -> None:
    out = installed.elsewhere / "demo.factdesk"
    _run([installed.factdesk, "demo", out], cwd=installed.elsewhere, env=installed.env)
    assert out.is_file()
    where = _run(
        [
            installed.python,
            "-c",
            "import factdesk, factdesk.app.demo; print(factdesk.__file__); print(factdesk.app.demo.SEEDS)",
        ],
        cwd=installed.elsewhere,
        env=installed.env,
    ).stdout.split()
    venv = installed.python.parents[1]
    assert all(Path(p).is_relative_to(venv) for p in where), f"not the installed copy: {where}"
    count = _run(
        [
            installed.python,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "print(c.execute('select count(*) from articles').fetchone()[0])",
            out,
        ],
        cwd=installed.elsewhere,
        env=installed.env,
    ).stdout.strip()
    assert count == "2", f"the demo project holds {count} articles, not the two seeds"


STARTS_IN_ARABIC = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox
from factdesk.ui import i18n
from factdesk.ui.app import make_app

app, prefs = make_app()
print(i18n.current_language())
print(i18n.catalogue_path("ar"))
print(QCoreApplication.translate("Actions", "&Undo"))
print(not app.windowIcon().pixmap(64, 64).isNull())
box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
print(box.button(QDialogButtonBox.StandardButton.Ok).text())
"""


def test_an_installed_factdesk_starts_in_arabic(installed: Installed) -> None:
    lines = _run(
        [installed.python, "-c", STARTS_IN_ARABIC], cwd=installed.elsewhere, env=installed.env
    ).stdout.splitlines()
    language, catalogue, undo, icon, ok = lines[-5:]
    assert language == "ar"
    assert icon == "True", "the installed FactDesk has no window icon (resources/icons/factdesk.svg)"
    assert Path(catalogue).is_relative_to(installed.python.parents[1]), (
        f"catalogue not the installed one: {catalogue}"
    )
    assert undo == "&تراجع", f"FactDesk's own strings are not Arabic: {undo!r}"
    assert ok == "حسنًا", f"Qt's standard buttons are not Arabic (qtbase_ar.qm not loaded?): {ok!r}"


def test_an_installed_factdesk_passes_its_self_check(installed: Installed) -> None:
    """`factdesk --smoke`, as the PyInstaller and Debian builds run it: the demo, an imported page and
    the window, from the installed copy."""
    done = _run([installed.factdesk, "--smoke"], cwd=installed.elsewhere, env=installed.env)
    assert "self-check passed" in done.stdout and "FAILED" not in done.stdout, done.stdout
    assert f"({installed.python.parent}" in done.stdout.splitlines()[0], "not the installed copy's self-check"


# --------------------------------------------------------------------------------------------
# The lock files (packaging/update_lock.sh writes them; bootstrap.sh installs through them)
# --------------------------------------------------------------------------------------------


def _pyproject() -> dict:
    import tomllib

    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _lock(name: str) -> dict[str, list[tuple[str, str]]]:
    """name -> [(pinned version, marker)] of a requirements-style lock file (a name may be pinned per platform)."""
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    path = REPO / name
    assert path.is_file(), f"{name} is missing: run packaging/update_lock.sh"
    pins: dict[str, list[tuple[str, str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        req = Requirement(line)
        [spec] = req.specifier
        assert spec.operator == "==", f"{name}: {line!r} is not pinned"
        pins.setdefault(canonicalize_name(req.name), []).append((spec.version, str(req.marker or "")))
    return pins


def _unpinned(requirements: list[str], pins: dict[str, list[tuple[str, str]]]) -> list[str]:
    """The requirements (applying here) that the lock has no pin for, or pins outside their range."""
    from packaging.markers import Marker
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    wrong = []
    for text in requirements:
        req = Requirement(text)
        if req.marker is not None and not req.marker.evaluate():
            continue
        here = [
            v
            for v, marker in pins.get(canonicalize_name(req.name), [])
            if not marker or Marker(marker).evaluate()
        ]
        if not here or not all(req.specifier.contains(v, prereleases=True) for v in here):
            wrong.append(f"{text} (locked: {here or 'nothing'})")
    return wrong


def test_the_lock_pins_every_runtime_dependency_within_its_range() -> None:
    wrong = _unpinned(_pyproject()["project"]["dependencies"], _lock("requirements.lock"))
    assert wrong == [], f"requirements.lock is stale: {wrong} (run packaging/update_lock.sh)"


def test_the_dev_lock_pins_the_dev_extra_and_agrees_with_the_runtime_lock() -> None:
    project = _pyproject()["project"]
    dev = _lock("requirements-dev.lock")
    wrong = _unpinned(project["dependencies"] + project["optional-dependencies"]["dev"], dev)
    assert wrong == [], f"requirements-dev.lock is stale: {wrong} (run packaging/update_lock.sh)"
    runtime = _lock("requirements.lock")
    differ = {name: (pins, dev.get(name)) for name, pins in runtime.items() if dev.get(name) != pins}
    assert differ == {}, f"the two locks pin these differently: {differ} (run packaging/update_lock.sh)"


def test_the_locks_leave_torch_to_bootstrap() -> None:
    """torch's CPU build is installed first by bootstrap.sh; a locked torch would pull GBs of CUDA packages."""
    for name in ("requirements.lock", "requirements-dev.lock"):
        heavy = [n for n in _lock(name) if n == "torch" or n.startswith(("nvidia-", "cuda-"))]
        assert heavy == [], f"{name} pins {heavy}: packaging/lock-overrides.txt must keep torch out"


# --------------------------------------------------------------------------------------------
# pre-commit
# --------------------------------------------------------------------------------------------


def test_the_pre_commit_hooks_are_valid_and_their_tools_installed() -> None:
    """Every hook is local and runs a tool the dev extra installs beside this Python (no git host)."""
    import shlex

    import yaml

    bin_dir = Path(sys.executable).parent
    pre_commit = bin_dir / "pre-commit"
    assert pre_commit.exists(), f"pre-commit is not installed in {bin_dir}: it is in the dev extra"
    config = REPO / ".pre-commit-config.yaml"
    _run([pre_commit, "validate-config", config])
    repos = yaml.safe_load(config.read_text(encoding="utf-8"))["repos"]
    assert [r["repo"] for r in repos] == ["local"]
    hooks = {hook["id"]: hook for hook in repos[0]["hooks"]}
    assert {
        "ruff-check",
        "ruff-format",
        "lint-imports",
        "mypy",
        "check-yaml",
        "check-toml",
        "end-of-file-fixer",
    } <= set(hooks)
    missing = [hid for hid, hook in hooks.items() if not (bin_dir / shlex.split(hook["entry"])[0]).exists()]
    assert missing == [], f"hooks whose tool is not installed in {bin_dir}: {missing}"
