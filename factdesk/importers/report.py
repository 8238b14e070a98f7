"""The import report, for the command line and the window alike: what was taken out and how to keep it,
what was only proposed, and which hidden characters the text holds, by name.

Both interfaces show the same report of an :class:`~factdesk.importers.ImportResult`, and the same choices
give the same text: :func:`text_keeping` puts removed lines back exactly where they stood, and
:func:`accept_proposal` takes a proposed dateline as the fact-checker confirms it.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from factdesk.core.text import count_hidden, find_invisibles
from factdesk.importers.leaks import LeakedCode, find_leaked_code
from factdesk.importers.news import Proposal

if TYPE_CHECKING:
    from factdesk.importers import ImportResult

#: What each short name of :data:`factdesk.core.text.INVISIBLE_NAMES` stands for, in plain words.
HIDDEN_CHARACTER_NAMES: Final[dict[str, str]] = {
    "LRM": "left-to-right mark",
    "RLM": "right-to-left mark",
    "ALM": "Arabic letter mark",
    "LRE": "left-to-right embedding",
    "RLE": "right-to-left embedding",
    "PDF": "pop directional formatting",
    "LRO": "left-to-right override",
    "RLO": "right-to-left override",
    "LRI": "left-to-right isolate",
    "RLI": "right-to-left isolate",
    "FSI": "first strong isolate",
    "PDI": "pop directional isolate",
    "ZWSP": "zero width space",
    "ZWNJ": "zero width non-joiner",
    "ZWJ": "zero width joiner",
    "WJ": "word joiner",
    "BOM": "byte order mark inside the text",
    "SHY": "soft hyphen",
    "MVS": "Mongolian vowel separator",
    "LSEP": "line separator",
    "PSEP": "paragraph separator",
}


def hidden_characters(text: str) -> dict[str, int]:
    """How many of each invisible character ``text`` holds, by short name («RLO», «ZWNJ», or the Unicode
    name of a rarer format character), most frequent first."""
    counts = Counter(h.name for h in find_invisibles(text))
    return dict(counts.most_common())


def describe_hidden(name: str) -> str:
    """«right-to-left override» for «RLO»; a Unicode name in lower case for the others."""
    return HIDDEN_CHARACTER_NAMES.get(name) or name.lower()


# ---------------------------------------------------------------------------------------------
# keeping removed lines


def _locate(result: ImportResult) -> list[tuple[str, int, int, int]] | None:
    """``(kind, index, start, end)`` of each removed line and of the body in ``result.raw_text``, in order;
    None if they cannot be found (then nothing is taken out)."""
    raw = result.raw_text
    pieces: list[tuple[str, int, int, int]] = []
    pos = 0
    for i, line in enumerate(result.removed_head):
        at = raw.find(line, pos)
        if at < 0:
            return None
        pieces.append(("head", i, at, at + len(line)))
        pos = at + len(line)
    at = raw.find(result.text, pos)
    if at < 0:
        return None
    pieces.append(("body", 0, at, at + len(result.text)))
    pos = at + len(result.text)
    for i, line in enumerate(result.removed_tail):
        at = raw.find(line, pos)
        if at < 0:
            return None
        pieces.append(("tail", i, at, at + len(line)))
        pos = at + len(line)
    return pieces


def text_with_choices(result: ImportResult, remove_head: Sequence[bool], remove_tail: Sequence[bool]) -> str:
    """The article's text with only the chosen removals made.

    ``remove_head[i]`` and ``remove_tail[i]`` say whether ``result.removed_head[i]`` and
    ``result.removed_tail[i]`` are taken out (missing ones are). With every removal made, this is
    ``result.text``; a line kept returns to the text exactly as it stood in ``result.raw_text``, with the
    blank lines that separated it from the body.
    """
    heads = [bool(x) for x in remove_head][: len(result.removed_head)]
    tails = [bool(x) for x in remove_tail][: len(result.removed_tail)]
    heads += [True] * (len(result.removed_head) - len(heads))
    tails += [True] * (len(result.removed_tail) - len(tails))
    if all(heads) and all(tails):
        return result.text
    raw = result.raw_text
    pieces = _locate(result)
    if pieces is None:  # cannot happen with the news rules; keep everything rather than guess
        return raw
    removed = {("head", i) for i, r in enumerate(heads) if r} | {
        ("tail", i) for i, r in enumerate(tails) if r
    }
    kept = [p for p in pieces if (p[0], p[1]) not in removed]
    start, end = kept[0][2], kept[-1][3]
    body = next(i for i, p in enumerate(pieces) if p[0] == "body")
    cuts: list[tuple[int, int]] = []
    for i, (kind, index, a, b) in enumerate(pieces):
        if (kind, index) not in removed or b <= start or a >= end:
            continue
        # a removed line between kept ones goes with the blank lines on its far side from the body
        cuts.append((a, pieces[i + 1][2]) if i < body else (pieces[i - 1][3], b))
    out, pos = [], start
    for a, b in sorted(cuts):
        out.append(raw[pos:a])
        pos = b
    out.append(raw[pos:end])
    return "".join(out)


def text_keeping(result: ImportResult, *, head: bool = False, tail: bool = False) -> str:
    """The text with every removed line of the top (``head``) and/or of the end (``tail``) kept."""
    return text_with_choices(
        result, [not head] * len(result.removed_head), [not tail] * len(result.removed_tail)
    )


# ---------------------------------------------------------------------------------------------
# proposals


def accept_proposal(result: ImportResult, proposal: Proposal) -> ImportResult:
    """``result`` with ``proposal`` confirmed: its place and author become the article's, and its line, when
    it opens the text (a line of its own, or a dateline ending in a colon before the first words), leaves
    the text as the last removed line of the top, where it can be kept like any other.

    A proposed line that does not open the text stays in it (only the edges of an article are ever taken
    out); its place and author are still taken.
    """
    text = result.text
    line = proposal.line.strip()
    body_start = len(text) - len(text.lstrip())
    first_end = text.find("\n", body_start)
    first_end = len(text) if first_end < 0 else first_end
    first = text[body_start:first_end]
    new_text = None
    if line and first.strip() == line:
        new_text = text[first_end:].lstrip("\n")
    elif line and first.startswith(line) and first[len(line) :][:1].isspace():
        rest = first[len(line) :].lstrip()
        new_text = rest + text[first_end:]
    taken = dataclasses.replace(
        result,
        place=proposal.place or result.place,
        author=proposal.author or result.author,
        proposals=tuple(p for p in result.proposals if p != proposal),
    )
    if new_text is None or not new_text.strip():
        return taken
    return dataclasses.replace(
        taken,
        text=new_text,
        removed_head=(*result.removed_head, line),
        hidden=count_hidden(new_text),
        hidden_characters=hidden_characters(new_text),
        leaked_code=find_leaked_code(new_text),
    )


# ---------------------------------------------------------------------------------------------
# the report of a file imported with others


@dataclasses.dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import of several files keeps of each file's reading for its report (not the texts)."""

    removed_head: tuple[str, ...] = ()
    removed_tail: tuple[str, ...] = ()
    proposals: tuple[Proposal, ...] = ()
    hidden_characters: dict[str, int] = dataclasses.field(default_factory=dict)
    presentation_forms: int = 0
    leaked_code: tuple[LeakedCode, ...] = ()

    @property
    def empty(self) -> bool:
        return not (
            self.removed_head
            or self.removed_tail
            or self.proposals
            or self.hidden_characters
            or self.presentation_forms
            or self.leaked_code
        )


def report_of(result: ImportResult) -> ImportReport:
    """The report of ``result`` imported as proposed (every removal made, no proposal accepted)."""
    return ImportReport(
        result.removed_head,
        result.removed_tail,
        result.proposals,
        dict(result.hidden_characters),
        result.presentation_forms,
        result.leaked_code,
    )
