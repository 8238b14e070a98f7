"""Check-worthy sentences in the reader: found off the window's thread, drawn by the reader as an
underline of their own, and made into claims by the ordinary, undoable operation.

The rules (:func:`factdesk.app.reading.read_text`) read only an article's text and its publication
date. The window already holds both, and an article's text never changes after import, so the
worker gets these two values and never touches the project: no SQLite connection is shared
between threads, and nothing the worker does can change the project. Each article opened starts
a new job; a result that arrives after another article was opened (or the project closed, or the
underline turned off) is dropped, never drawn on the wrong text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from factdesk.app.reading import ArticleReading, published_on, read_text
from factdesk.core import text as textrules
from factdesk.ui.jobs import Job
from factdesk.ui.reader import SuggestionMark

if TYPE_CHECKING:
    import datetime

    from factdesk.ui.window import Workbench

log = logging.getLogger(__name__)

ReadFn = Callable[[str, str, "datetime.date | None"], ArticleReading]


def marks_of(reading: ArticleReading) -> list[SuggestionMark]:
    """The reading's ranked sentences as the reader draws them: snapped to whole words like any
    selection (so a claim made of one covers exactly the underlined words), the strongest (those
    with a figure: numbers are what gets disputed first) marked so, with their figures."""
    out = []
    text = reading.text
    for s in reading.suggestions:
        try:
            start, end = textrules.snap_to_words(text, s.start, s.end)
        except ValueError:  # nothing but punctuation: nothing to underline
            continue
        figures = tuple((f.start, f.end) for f in reading.figures if start <= f.start and f.end <= end)
        out.append(SuggestionMark(start, end, s.score, s.reasons, "figure" in s.reasons, figures))
    return out


class Suggestions(QObject):
    """The workbench's check-worthy sentences: the toggle, the background reading, the claim key."""

    #: the reader now draws the suggestions of this article
    shown = Signal(str)
    #: a reading came back for an article no longer shown (or after the toggle went off): dropped
    discarded = Signal(str)
    #: words for the status bar (nothing at the caret, the reading failed)
    message = Signal(str)

    def __init__(self, workbench: Workbench) -> None:
        super().__init__(workbench)
        self._wb = workbench
        self.reader = workbench.reader
        self.enabled = False
        #: what the worker runs (tests put a gate in front of it)
        self.read_fn: ReadFn = read_text
        self._jobs: set[Job] = set()
        self._current: Job | None = None
        self._stopped = False

    # ------------------------------------------------------------------------------------------
    # the toggle and the background reading

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        if on:
            self.article_changed()
        else:
            self._cancel_current()
            self.reader.clear_suggestions()

    def article_changed(self) -> None:
        """The reader shows another article (or none): drop what is under way, read the new one."""
        self._cancel_current()
        article_id = self.reader.article_id
        if not self.enabled or self._stopped or not article_id:
            return
        row = self._wb.session.read.get("article", article_id)  # on this thread, as every view reads
        published = published_on(str((row or {}).get("published") or ""))
        text, read_fn = self.reader.text, self.read_fn

        def work(_progress: object, _cancelled: Callable[[], bool]) -> tuple[str, list[SuggestionMark]]:
            return article_id, marks_of(read_fn(article_id, text, published))

        job = Job(work, "suggestions", None, show=False)
        self._jobs.add(job)
        self._current = job
        job.finished.connect(lambda result, j=job: self._finished(j, result))
        job.failed.connect(lambda exc, j=job: self._failed(j, exc))
        job.cancelled_signal.connect(lambda j=job, a=article_id: self._ended(j, a))
        job.start()

    def _cancel_current(self) -> None:
        if self._current is not None:
            self._current.cancel()
            self._current = None

    def _finished(self, job: Job, result: tuple[str, list[SuggestionMark]]) -> None:
        article_id, marks = result
        current = job is self._current
        self._ended(job, None)
        if self._stopped or not current or not self.enabled or article_id != self.reader.article_id:
            self.discarded.emit(article_id)
            return
        self.reader.set_suggestions(marks)
        self.shown.emit(article_id)

    def _failed(self, job: Job, exc: BaseException) -> None:
        current = job is self._current
        self._ended(job, None)
        log.error("finding check-worthy sentences failed", exc_info=exc)
        if current and not self._stopped:
            self.message.emit(
                self.tr("The check-worthy sentences could not be found: %1").replace("%1", str(exc))
            )

    def _ended(self, job: Job, dropped: str | None) -> None:
        self._jobs.discard(job)
        if job is self._current:
            self._current = None
        if dropped is not None:
            self.discarded.emit(dropped)

    def running(self) -> int:
        """How many readings are still under way (dropped ones included)."""
        return len(self._jobs)

    def stop(self) -> None:
        """The project closes: cancel every reading and wait for the workers (a reading takes well
        under a second), so no thread outlives the window's objects."""
        self._stopped = True
        for job in list(self._jobs):
            job.cancel()
        for job in list(self._jobs):
            job.wait(5)

    # ------------------------------------------------------------------------------------------
    # what a fact-checker does with them

    def claim_at_caret(self) -> str | None:
        """Make the underlined sentence at the caret a claim: it is selected and goes through the
        same step as Claim → New claim from selection (snapped, one undoable operation), with the
        sentence itself as the claim's text, without the dialog, so a run of F8 and this key goes
        fast; the claim's detail opens, where its words can be rewritten."""
        if not self.enabled:
            self.message.emit(self.tr("Show the check-worthy sentences first (View menu)."))
            return None
        mark = self.reader.suggestion_at_caret()
        if mark is None:
            self.message.emit(self.tr("The caret is not on an underlined check-worthy sentence."))
            return None
        self.reader.select_range(mark.start, mark.end)
        return self._wb.new_claim_from_selection(self.reader.text[mark.start : mark.end])

    def step(self, step: int) -> None:
        """Go to the next (1) or previous (-1) sentence left to check."""
        if not self.enabled:
            self.message.emit(self.tr("Show the check-worthy sentences first (View menu)."))
            return
        mark = self.reader.next_suggestion(step)
        if mark is None:
            self.message.emit(self.tr("No check-worthy sentence is left to check in this article."))
            return
        live = self.reader.open_suggestions()
        self.message.emit(
            self.tr("Check-worthy sentence %1 of %2: %3")
            .replace("%1", str(live.index(mark) + 1))
            .replace("%2", str(len(live)))
            .replace("%3", self.reader.suggestion_tip(mark))
        )


__all__ = ["Suggestions", "marks_of"]
