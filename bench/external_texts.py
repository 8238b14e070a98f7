"""Rebuild the external blind texts (not in this repository) from git copies of their source repositories.

The labelled external sets (``tests/assist/data/figures_dates_external_labels.tsv`` and
``attributions_external_labels.tsv``) name, for each text, the repository, commit, path (and JSON entry) it came
from and the SHA-1 of the exact text their offsets count in. This writes each text into ``OUT/<file>`` from local
clones and checks its SHA-1, so the benches' ``--external OUT`` can run on a new machine::

    python bench/external_texts.py MIRRORS OUT

``MIRRORS`` holds one git repository per source, named ``owner+name`` (a clone, a bare repository, or a folder
holding ``repo``). A text whose repository is missing, or whose rebuilt bytes differ from the labelled SHA-1, is
named and the exit status is 1: nothing is left out silently.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "assist" / "data"


def _git_dir(mirrors: Path, repo: str) -> Path | None:
    base = mirrors / repo.replace("/", "+")
    for candidate in (base / "repo", base):
        if (candidate / ".git").exists() or (candidate / "HEAD").exists():
            return candidate
    return None


def _show(git_dir: Path, commit: str, path: str) -> bytes:
    return subprocess.run(
        ["git", "-C", str(git_dir), "show", f"{commit}:{path}"], check=True, capture_output=True
    ).stdout


def _json_entry(raw: bytes, item: int) -> str:
    """The text of one news item of a JSON list: its "content" strings after the first (the site's name)."""
    content = json.loads(raw)[item]["content"][1:]
    return "\n".join(part.strip() for part in content if part.strip())


def _ant_text(raw: bytes) -> str:
    """The <TEXT> element of an ANT corpus file: lines stripped, empty ones dropped, joined by one newline."""
    match = re.search(r"<TEXT>(.*?)</TEXT>", raw.decode("utf-8"), re.S)
    body = match.group(1) if match else ""
    return "\n".join(line.strip() for line in body.splitlines() if line.strip())


def _cp1256_text(raw: bytes) -> str:
    """A file of the Arabic newspapers corpus: cp1256, CRLF and CR made LF."""
    return raw.decode("cp1256").replace("\r\n", "\n").replace("\r", "\n")


def _sources() -> dict[str, tuple[str, str, str, int | None, str]]:
    """file name -> (repo, commit, path, JSON item or None, sha1), from both label files."""
    found: dict[str, tuple[str, str, str, int | None, str]] = {}
    for line in (DATA / "figures_dates_external_labels.tsv").read_text(encoding="utf-8").splitlines():
        row = line.split("\t")
        if row[0] != "text":
            continue
        repo, rest = row[10].split("@", 1)
        commit, path = rest.split(":", 1)
        item = None
        if "#" in path:
            path, number = path.rsplit("#", 1)
            item = int(number)
        found[row[1]] = (repo, commit, path, item, row[9])
    for line in (DATA / "attributions_external_labels.tsv").read_text(encoding="utf-8").splitlines():
        row = line.split("\t")
        if line.startswith("#") or row[0] == "split" or len(row) < 7:
            continue
        name, repo, commit, path, item, sha1 = row[1], row[2], row[3], row[4], row[5], row[6]
        is_json = path.endswith(".json")
        found.setdefault(name, (repo, commit, path, int(item) if is_json else None, sha1))
    return found


def rebuild(mirrors: Path, out: Path) -> list[str]:
    """Write every external text into ``out``; returns the problems (empty when every SHA-1 matched)."""
    out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    for name, (repo, commit, path, item, sha1) in sorted(_sources().items()):
        git_dir = _git_dir(mirrors, repo)
        if git_dir is None:
            problems.append(f"{name}: no copy of {repo} in {mirrors}")
            continue
        raw = _show(git_dir, commit, path)
        if item is not None:
            text = _json_entry(raw, item)
        elif raw.lstrip().startswith(b"<DOC>"):
            text = _ant_text(raw)
        else:
            text = _cp1256_text(raw)
        data = text.encode("utf-8")
        if hashlib.sha1(data).hexdigest() != sha1:
            problems.append(
                f"{name}: rebuilt from {repo}:{path} with SHA-1 {hashlib.sha1(data).hexdigest()}, labelled {sha1}"
            )
            continue
        (out / name).write_bytes(data)
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    problems = rebuild(Path(argv[0]), Path(argv[1]))
    for problem in problems:
        print(problem)
    print(f"{len(_sources()) - len(problems)} texts written to {argv[1]}; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
