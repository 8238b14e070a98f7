"""Child process for the checkpoint kill test: import articles until killed.

Usage: python checkpoint_writer.py PROJECT

Each article is large (about 60 KB), so every operation's checkpoint copies many pages into the
project file and a kill often lands inside it. Prints «ready N» (the articles already there), then
«ack ID» after each ``run()`` has returned.
"""

from __future__ import annotations

import sys

from factdesk.core import operations as ops
from factdesk.store.project import Project


def article_text(n: int) -> str:
    return "\n".join(
        f"الفقرة {i} من المقال {n}: قالت الوزارة إن {i + n} مسلحاً قتلوا قرب الرقة." for i in range(600)
    )


def main() -> None:
    project = Project.open(sys.argv[1], backup=False)
    n = project.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    print(f"ready {n}", flush=True)
    for _ in range(10_000):  # bounded, in case the parent vanished without killing us
        op = ops.ImportArticle(article_text(n), title=f"مقال {n}")
        project.run(op)
        print(f"ack {op.id}", flush=True)
        n += 1
    project.close()


if __name__ == "__main__":
    main()
