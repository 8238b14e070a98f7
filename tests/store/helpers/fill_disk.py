"""Child process for the full-disk test, run inside a small private tmpfs: fill it, then free it.

Usage: python fill_disk.py FOLDER   (FOLDER is the mount point of a tmpfs of a few megabytes)

Prints one JSON line: how many articles were acknowledged before the disk was full, what FactDesk
said when it was, and whether, once space was freed, the project opened with all of them and
passed its integrity check.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from factdesk.core import operations as ops
from factdesk.store.errors import DiskFull, ProjectError
from factdesk.store.project import Project


def main() -> None:
    folder = Path(sys.argv[1])
    filler = folder / "filler.bin"
    path = folder / "full.factdesk"
    acked: list[str] = []
    said = kind = ""
    with Project.create(path) as project:
        filler.write_bytes(b"\0" * 512 * 1024)  # room that the user will free later
        for n in range(100_000):
            op = ops.ImportArticle(
                f"المقال {n}: " + "قالت الوزارة إن الضربات دمرت 36 سيارة. " * 200, title=f"مقال {n}"
            )
            try:
                project.run(op)
            except ProjectError as exc:
                said, kind = exc.message, type(exc).__name__
                break
            acked.append(op.id)
    while True:  # the disk may also fill while opening: free space as a user would, step by step
        try:
            with Project.open(path, backup=False) as project:
                ids = {r[0] for r in project.conn.execute("SELECT id FROM articles")}
                report = {
                    "acked": len(acked),
                    "kind": kind,
                    "said": said,
                    "opened": True,
                    "all_there": set(acked) <= ids,
                    "check": project.integrity_check(),
                }
            break
        except DiskFull as exc:
            if not filler.exists():
                report = {
                    "acked": len(acked),
                    "kind": kind,
                    "said": said,
                    "opened": False,
                    "open_said": exc.message,
                }
                break
            filler.unlink()
    print(json.dumps(report, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
