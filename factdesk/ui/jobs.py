"""Long work off the UI thread, with a progress bar and a cancel button.

A job is a plain function ``fn(progress, cancelled) -> result`` run on a worker thread; it
reports ``progress(done, total, text)`` and checks ``cancelled()`` between steps. The result (or
the error) comes back on the UI thread. Jobs never write the project: they read through their
own connection or prepare work that the UI thread then applies as one operation.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from factdesk.app.progress import Cancelled, Progress
from factdesk.ui.widgets import literal

JobFn = Callable[[Progress, Callable[[], bool]], Any]

__all__ = ["Cancelled", "Job", "JobFn", "Progress"]


class Job(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)  # the result
    failed = Signal(object)  # the exception
    cancelled_signal = Signal()

    def __init__(self, fn: JobFn, title: str, parent: QWidget | None = None, *, show: bool = True) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._work, name=f"factdesk-job-{title}", daemon=True)
        self.dialog: QProgressDialog | None = None
        if show:
            self.dialog = QProgressDialog(literal(title), self.tr("Cancel"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.canceled.connect(self.cancel)
            self.progressed.connect(self._show_progress)
            for signal in (self.finished, self.failed, self.cancelled_signal):
                signal.connect(self._close_dialog)

    def start(self) -> Job:
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _work(self) -> None:
        try:
            result = self._fn(lambda d, t, s: self.progressed.emit(d, t, s), self._cancel.is_set)
        except Cancelled:
            self.cancelled_signal.emit()
        except Exception as exc:
            self.failed.emit(exc)
        else:
            if self._cancel.is_set():
                self.cancelled_signal.emit()
            else:
                self.finished.emit(result)

    def _show_progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(done)
        if text:
            self.dialog.setLabelText(literal(text))

    def _close_dialog(self, *_: object) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
