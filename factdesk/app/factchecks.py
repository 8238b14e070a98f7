"""Has this been fact-checked already? The project's library of published fact-checks.

Both interfaces do the same three things here:

* :func:`import_file`: a ClaimReview JSON-LD file, a fact-check tools JSON export or a CSV table read
  by :func:`factdesk.assist.factchecks.read_factchecks` and added as ONE operation (one undo step);
  what was read, added, already there or left out (and why) comes back as an :class:`ImportSummary`.
* :func:`match`: the published fact-checks closest to a claim's words, ranked: the store's full-text
  index picks candidates that share telling words (folded, proclitics aside), and
  :func:`factdesk.assist.factchecks.rerank` orders them by how close their whole claim is.
* :func:`attach`: the one operation that makes a fact-check of the library a source of a claim, with
  evidence whose stance follows the published rating.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factdesk.core import operations as ops

if TYPE_CHECKING:
    from factdesk.assist.factchecks import ReadResult
    from factdesk.store.read import FactCheckHit, ProjectReader

#: What a file picker offers.
FACTCHECK_PATTERNS = ("*.json", "*.jsonld", "*.csv", "*.tsv")
#: Candidates the full-text index hands to the finer similarity.
CANDIDATES = 50
#: Below this similarity (0–100) a published fact-check is not shown as a match of a claim (chosen
#: by bench/assist_factchecks.py: unrelated claims of the same newspapers stay under it, retyped ones over).
MIN_SCORE = 65.0


class FactCheckFileError(Exception):
    """A file that holds no fact-checks FactDesk can read, in words for the user (nothing was added)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ImportSummary:
    """What importing one file did. ``read``: the items the file holds; ``skipped``: (item number
    from 1, reason) of those left out; ``added_ids``: the fact-checks now in the library."""

    name: str
    format: str
    read: int
    added_ids: tuple[str, ...] = ()
    duplicates: int = 0
    skipped: tuple[tuple[int, str], ...] = ()
    seq: int | None = field(default=None, compare=False)

    @property
    def added(self) -> int:
        return len(self.added_ids)

    def words(self) -> str:
        """The outcome in one English sentence (the command line prints it; the window words its own)."""
        parts = [f"{self.added} fact-check(s) added to the library from «{self.name}»"]
        if self.duplicates:
            parts.append(f"{self.duplicates} already there (skipped)")
        if self.skipped:
            parts.append(f"{len(self.skipped)} left out")
        return ", ".join(parts) + f" ({self.read} read)."


def read_file(path: str | Path) -> ReadResult:
    """The fact-checks of one file, or :class:`FactCheckFileError` saying why there are none."""
    from factdesk.assist.factchecks import MAX_BYTES, FactCheckFormatError, read_factchecks

    path = Path(path)
    try:
        with path.open("rb") as fh:
            # never more than the reader accepts, plus one byte so that it can say the file is too large
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise FactCheckFileError(f"There is no file «{path}».") from None
    except IsADirectoryError:
        raise FactCheckFileError(f"«{path}» is a folder; choose a file of fact-checks.") from None
    except OSError as exc:
        raise FactCheckFileError(f"«{path.name}» could not be read ({exc.strerror or exc}).") from None
    try:
        return read_factchecks(data, path.name)
    except FactCheckFormatError as exc:
        raise FactCheckFileError(f"«{path.name}»: {exc}") from None


def import_operation(result: ReadResult, origin: str = "") -> ops.ImportFactChecks:
    """The one operation that adds what was read to the library."""
    items = [
        {
            "claim": it.claim_text,
            "claimant": it.claimant,
            "claim_date": it.claim_date,
            "publisher": it.publisher,
            "site": it.publisher_site,
            "url": it.url,
            "title": it.title,
            "review_date": it.review_date,
            "rating": it.rating,
            "verdict": it.verdict or "",
            "language": it.language,
        }
        for it in result.items
    ]
    return ops.ImportFactChecks(items, origin=origin)


def import_file(path: str | Path, run: Callable[[ops.Operation], object]) -> ImportSummary:
    """Read ``path`` and add its fact-checks through ``run`` (``project.run``, or the window's
    session, so that it is one undo step). A file that holds none raises :class:`FactCheckFileError`."""
    path = Path(path)
    result = read_file(path)
    op = import_operation(result, origin=path.name)
    outcome = run(op) if op.items else None
    skipped = list(result.skipped)
    # the reading already leaves out items without a claim or a link; the operation says the same
    # of any it met, numbered like the reading's among the items read
    numbers = _item_numbers(result)
    skipped += [(numbers[position], reason) for position, reason in op.skipped]
    return ImportSummary(
        path.name,
        result.format,
        len(result.items) + len(result.skipped),
        tuple(op.added),
        len(op.duplicates),
        tuple(sorted(skipped)),
        getattr(outcome, "seq", None),
    )


def _item_numbers(result: ReadResult) -> list[int]:
    """The number (from 1, as in ``skipped``) of each item read, in order."""
    left_out = {n for n, _ in result.skipped}
    total = len(result.items) + len(result.skipped)
    return [n for n in range(1, total + 1) if n not in left_out]


@dataclass(frozen=True)
class FactCheckMatch:
    """A published fact-check that may be about the text asked, with its similarity (0–100)."""

    rank: int
    score: float
    item: FactCheckHit
    reasons: tuple[str, ...] = ()


def match(
    reader: ProjectReader, text: str, *, limit: int = 5, min_score: float = 0.0
) -> list[FactCheckMatch]:
    """The fact-checks of the project's library closest to ``text``, best first (at most ``limit``,
    none under ``min_score``)."""
    from factdesk.assist.factchecks import rerank

    if not text.strip():
        return []
    hits = reader.match_factchecks(text[:5000], limit=CANDIDATES)
    ranked = rerank(text[:5000], [h.claim for h in hits])
    out: list[FactCheckMatch] = []
    for position, score, reasons in ranked:
        if score < min_score or len(out) >= limit:
            break
        out.append(FactCheckMatch(len(out) + 1, score, hits[position], reasons))
    return out


def match_claim(
    reader: ProjectReader, claim_id: str, *, limit: int = 5, min_score: float = MIN_SCORE
) -> list[FactCheckMatch]:
    """The published fact-checks closest to a claim's words (none when there is no such claim)."""
    row = reader.get("claim", claim_id)
    return match(reader, str(row["text"]), limit=limit, min_score=min_score) if row else []


def attach(claim_id: str, factcheck_id: str) -> ops.AttachFactCheck:
    """The one operation that makes the fact-check a source of the claim, with evidence."""
    return ops.AttachFactCheck(claim_id, factcheck_id)


def clear_library(reader: ProjectReader) -> ops.DeleteFactChecks:
    """The one operation that empties the library (undoable; sources made from it stay)."""
    return ops.DeleteFactChecks(reader.factcheck_ids())
