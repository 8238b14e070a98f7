"""Child process for the lock tests: open a project for changes, say so, and hold it.

Usage: python hold_open.py PROJECT

Prints «ready» once the project is open for writing, then blocks reading standard input; when
standard input is closed it closes the project, prints «closed» and exits 0. The parent may also
kill it instead, to show that the operating system releases the lock.
"""

from __future__ import annotations

import sys

from factdesk.store.project import Project


def main() -> None:
    project = Project.open(sys.argv[1])
    try:
        print("ready", flush=True)
        sys.stdin.read()  # blocks until the parent closes our standard input
    finally:
        project.close()
    print("closed", flush=True)


if __name__ == "__main__":
    main()
