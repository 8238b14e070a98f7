"""Child process for the crash test: write to a project until killed.

Usage: python crash_writer.py PROJECT

Opens the project for writing (the normal way, so a stale lock or a damaged file would stop it
here), prints «ready N» where N is the number of claims already in the file, then loops: creates
claim N, every third claim sets a verdict on it, every fifth claim highlights a word of the
first article. After each ``run()`` returns (so the change is committed) it prints one
acknowledgement line and flushes:

    ack claim N ID
    ack verdict N VERDICT
    ack span N SPAN_ID

The parent reads a random number of acknowledgements and then kills this process with SIGKILL.
"""

from __future__ import annotations

import sys

from factdesk.core import operations as ops
from factdesk.store.project import Project

VERDICTS = ("false", "true", "misleading", "unproven")


def claim_text(n: int) -> str:
    return f"ادعاء رقم {n}: قُتل {n} مسلحاً قرب الرقة"


def main() -> None:
    project = Project.open(sys.argv[1])
    n = project.conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    article = project.rows("article")[0]
    body = str(article["text"])
    words = [(i, i + len(w)) for i, w in _words(body)]
    print(f"ready {n}", flush=True)
    for _ in range(100_000):  # bounded, in case the parent vanished without killing us
        create = ops.CreateClaim(claim_text(n))
        project.run(create)
        print(f"ack claim {n} {create.id}", flush=True)
        if n % 3 == 0:
            verdict = VERDICTS[n % len(VERDICTS)]
            project.run(ops.SetVerdict(create.id, verdict, rationale=f"round {n}"))
            print(f"ack verdict {n} {verdict}", flush=True)
        if n % 5 == 0:
            start, end = words[n % len(words)]
            span = ops.AddSpan(str(article["id"]), start, end, note=f"span {n}")
            project.run(span)
            print(f"ack span {n} {span.id}", flush=True)
        n += 1
    project.close()


def _words(body: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for word in body.split():
        at = body.index(word, pos)
        out.append((at, word))
        pos = at + len(word)
    return out


if __name__ == "__main__":
    main()
