"""Progress and cancel as plain callbacks, for long workflows run by either interface.

A workflow reports ``progress(done, total, text)`` (``total`` 0: not known yet) and asks
``cancelled()`` between steps; when it notices a cancel it raises :class:`Cancelled` and nothing it
prepared is applied. The window runs it on a worker thread with a progress bar; the command line
runs it as it is.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """Raised by a workflow that noticed it was cancelled; nothing it prepared is applied."""


def no_progress(done: int, total: int, text: str) -> None:
    """Progress nobody watches."""


def never() -> bool:
    """A cancel nobody can press."""
    return False
