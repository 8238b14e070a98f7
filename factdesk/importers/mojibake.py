"""Garbled Arabic inside UTF-8 text ("mojibake"): repair only what is garbled, and report what is left.

Arabic UTF-8 that a tool once read as Windows-1256 and saved again as UTF-8 turns each letter into two
characters: the lead byte 0xD8-0xDB shown as «ط», «ظ», «ع» or «غ», and a continuation byte (0x80-0xBF)
shown as a symbol, a Persian letter or Arabic punctuation: «الرياض» becomes «ط§ظ„ط±ظٹط§ط¶». Read as
Windows-1252 or Latin-1, it becomes «Ø§Ù„Ø±ÙŠØ§Ø¶». The trap is that «ط» and «،» are also real Arabic:
the correct «النفط،» ends in exactly such a pair (0xD8 0xA1, which reads as «ء»), and so does the list
«ط، ظ، ع،». So a stretch is never chosen by its alphabet, but by decoding:

1. each line is taken back to the code page's bytes and read as strict UTF-8. A *chain* is a run of
   characters whose bytes form UTF-8 characters that belong in Arabic text (Arabic letters, marks and
   digits, punctuation and spaces, symbols, emoji; not accented Latin letters: «أ،» is valid UTF-8 for
   «á», and stays «أ،»);
2. a chain is *clear* when it cannot be correct text: two garbled characters or more in a row (in
   correct Arabic a letter is never followed by a continuation character and straight away by another
   lead and its continuation), or one whose continuation never follows a letter (a symbol or a Latin
   letter: «ظˆ» is the garbled «و»). It is *ambiguous* when it could be correct text: one letter followed
   by punctuation, a quote, a space or a Persian letter («ط،», «ظ…», «آ«»), or a row of such pairs
   around list separators («ط،ظ،»);
3. a chain must stand apart: a letter or mark of correct text glued to either end («النفط،» glues «ف»
   to «ط،») means the stretch starts or ends inside a word, and it is not repaired. A clear chain glued
   on its left to a word that ends in an ambiguous pair («النفط،ط§ظ„...») is split after that pair;
4. a clear chain that stands apart is repaired; an ambiguous one (or a row of them) only when clear
   chains repaired on both sides, on the same line, enclose it with nothing but ASCII between (for
   garbled punctuation alone, such as a no-break space, the line's edge may stand for one side).

Everything garbled that is not repaired is *reported*, quoted, so that the fact-checker can compare it
with the source: a clear chain glued to correct text (a single garbled letter glued to a word only when
its continuation is not a sign a word may end with, such as ©), an ambiguous pair split off a repaired
chain, and ambiguous chains beside garbled text that only one side confirms. An ambiguous chain with
correct text on both sides is left alone without a word: it *is* correct text as far as anything can
tell («ط،» in a list of letters).

Two things no method can tell without a dictionary: a lone garbled letter that reads as a correct letter
and punctuation (a lone garbled «ء» is «ط،»), and a one-letter word with its punctuation written straight
after a garbled stretch with no space («...ط¬ط²» + «ط،» reads as the garbled «جزء»). The property tests
insert stretches that hold a word of two letters or more, into real articles (which have no such
one-letter words).

Correct text costs one ``str.find`` scan per lead character: lines are looked at only where a lead is
followed by what only garbled text has (see :func:`_alphabet`).

ftfy was measured for this and not taken: it knows no Windows-1256 (the main case), and it rewrites the
garbled stretch it cannot repair («ظ„» becomes «ظ"»); see docs/decisions.md.
"""

from __future__ import annotations

import bisect
import codecs
import contextlib
import dataclasses
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Final, Protocol

#: The code pages through which UTF-8 Arabic is usually garbled. Windows-1252 takes Latin-1 too: the two
#: differ only in 0x80-0x9F (curly quotes against C1 controls), and both are accepted there.
CODECS: Final = ("cp1256", "cp1252")

#: Readable names for messages.
_PRETTY: Final = {"cp1256": "Windows-1256", "cp1252": "Windows-1252 (or Latin-1)"}

#: Characters that follow a letter in correct text: closing punctuation, quotes, dashes, the no-break
#: space and invisible joiners. A letter and one of these may be correct text («ط،», «ع»»).
_NATURAL: Final = frozenset("،؛؟…’”–—‘“«»‹›\u00a0\u200c\u200d\u200e\u200f")
#: Separators and invisible joiners: a row of «letter + separator» pairs may be correct text, a list of
#: letters written without spaces («ط،ظ،», «ط،ط…») or letters joined by invisible marks.
_SEPARATORS: Final = frozenset("،؛؟…\u00a0\u00ad\u200c\u200d")
#: Signs a word may end with in correct text («الطبع©», a footnote mark): a lone pair glued to a word is
#: not reported for them.
_TRAILING: Final = frozenset("©®™°‰¹²³")
#: How much of a stretch a warning quotes, and how many stretches it quotes.
_EXCERPT_CHARS: Final = 24
_EXCERPTS: Final = 3


@dataclass(frozen=True, slots=True)
class Stretch:
    """One garbled stretch: where it is in the returned text, and what it is.

    ``start``/``end`` are code-point offsets into :attr:`MojibakeResult.text`. For a repaired stretch
    ``garbled`` is what stood there before and ``reading`` what stands there now; for one left as it is,
    ``garbled`` is still in the text and ``reading`` is what it would read as if it were repaired.
    ``line`` counts from 1.
    """

    start: int
    end: int
    codec: str
    garbled: str
    reading: str
    line: int


@dataclass(frozen=True, slots=True)
class MojibakeResult:
    """The text with every repairable garbled stretch repaired, and the stretches repaired and left."""

    text: str
    repaired: tuple[Stretch, ...] = ()
    unrepaired: tuple[Stretch, ...] = ()

    def warnings(self) -> list[str]:
        """Plain words for the import report: one line per code page repaired, one per code page left."""
        return _warnings(self)


@dataclass(slots=True)
class _Chain:
    """A run of garbled-looking characters, ``text[start:end]``, and what its bytes read as in UTF-8."""

    start: int
    end: int
    decoded: str
    # "repair", "report", "leave", or waiting for its neighbours: "ambiguous" (stands apart) and
    # "ambiguous-glued" (glued to a word)
    verdict: str = ""


@dataclass(frozen=True, slots=True)
class _Alphabet:
    to_byte: dict[int, int]  # code point -> byte, for charmap_encode: ASCII and the code page's upper half
    leads: str  # the characters of 0xD8 and 0xD9, leads of nearly every garbled Arabic letter
    hint: re.Pattern[str]  # what only garbled text has, matched where a lead stands: see _alphabet
    rare_hints: tuple[tuple[str, re.Pattern[str]], ...]  # (a character they start with, the pattern)


#: Runs of characters that belong in Arabic text, over a line decoded as UTF-8: the letters, marks,
#: digits and punctuation of Arabic (and the Persian and Urdu letters seen in Arabic articles),
#: presentation forms, Latin-1 punctuation and signs, ×, ÷, general punctuation, symbols and emoji.
#: Accented Latin letters do not belong: «أ،» is 0xC3 0xA1, valid UTF-8 for «á», and must stay «أ،»;
#: nor do letters no Arabic article uses: «ع،» is valid UTF-8 for «ڡ» (U+06A1, an archaic dotless
#: feh), and must stay «ع،».
_BELONGING: Final = re.compile(
    "[\u00a0-\u00bf\u00d7\u00f7"
    "\u060c\u061b\u061f\u0621-\u063a\u0640-\u0655\u0660-\u066d\u0670\u0671\u0679\u067e\u0686"
    "\u0688\u0691\u0698\u06a9\u06af\u06ba\u06be\u06c0-\u06c3\u06cc\u06d2-\u06d5\u06f0-\u06f9"
    "\ufb50-\ufdff\ufe70-\ufefc\u2000-\u2bff\U0001f000-\U0001faff]+"
)


@functools.cache
def _alphabet(codec: str) -> _Alphabet:
    """What ``codec`` shows for each byte of its upper half, and patterns over those characters."""
    shown: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        with contextlib.suppress(UnicodeDecodeError):
            shown[bytes([byte]).decode(codec)] = byte
        if codec == "cp1252":
            shown.setdefault(chr(byte), byte)  # Latin-1's C1 controls, and bytes cp1252 leaves undefined

    def chars(low: int, high: int) -> str:
        return "[" + re.escape("".join(c for c, b in shown.items() if low <= b <= high)) + "]"

    cont = chars(0x80, 0xBF)
    # A hint: the lead of a common Arabic letter (0xD8, 0xD9) and a continuation that never follows a letter
    # («ظˆ»), or a continuation and straight away another lead and continuation («ط§ظ„»). Correct Arabic
    # practically never has one, so most correct text is passed over in one scan. ``rare_hints`` find
    # garbled punctuation («â€¢») and presentation forms («ï»»»), looked for only where «â» or «ï» occur.
    garbage = (
        "["
        + re.escape(
            "".join(c for c, b in shown.items() if 0x80 <= b <= 0xBF and c not in _NATURAL and not _arabic(c))
        )
        + "]"
    )
    hint = re.compile(f"{chars(0xD8, 0xD9)}(?:{garbage}|{cont}{chars(0xC2, 0xF4)}{cont})")
    leads = "".join(c for c, b in shown.items() if b in (0xD8, 0xD9))
    rare_hints = (
        ("\u00e2", re.compile(f"\u00e2{chars(0x80, 0x80)}{cont}")),
        ("\u00ef", re.compile(f"\u00ef{chars(0xAD, 0xBB)}{cont}")),
    )
    to_byte = {ord(c): b for c, b in shown.items()} | {code: code for code in range(0x80)}
    return _Alphabet(to_byte, leads, hint, rare_hints)


def _arabic(char: str) -> bool:
    """An Arabic letter, mark or digit (the Arabic blocks, presentation forms included)."""
    code = ord(char)
    in_block = (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFC
    )
    return in_block and unicodedata.category(char)[0] in "LMN"


def _glue(char: str) -> bool:
    """A character of correct text that a garbled stretch cannot border: a non-ASCII letter or mark."""
    return ord(char) >= 0x80 and unicodedata.category(char)[0] in "LM"


def _natural_pair(text: str, start: int, end: int) -> bool:
    """A letter followed by what may follow a letter in correct text («ط،», «ظ…», «عک», «آ«»)."""
    return unicodedata.category(text[start])[0] == "L" and all(
        c in _NATURAL or _arabic(c) for c in text[start + 1 : end]
    )


def _ascii_gap(text: str, start: int, end: int) -> bool:
    """Nothing but ASCII between two chains on one line (spaces, digits, Latin words, punctuation)."""
    gap = text[start:end]
    return gap.isascii() and "\n" not in gap


def _chains(text: str, start: int, end: int, alphabet: _Alphabet) -> list[_Chain]:
    """The chains of one line: its characters taken back to the code page's bytes (one byte each;
    others become «?») and read as UTF-8; runs of what belongs in Arabic text are the chains."""
    data, _ = codecs.charmap_encode(text[start:end], "replace", alphabet.to_byte)
    decoded = data.decode("utf-8", "surrogateescape")  # strict UTF-8: what is not becomes lone escapes
    chains = []
    at_decoded = at_byte = 0
    for run in _BELONGING.finditer(decoded):
        at_byte += len(decoded[at_decoded : run.start()].encode("utf-8", "surrogateescape"))
        size = len(run.group().encode("utf-8"))
        chains.append(_Chain(start + at_byte, start + at_byte + size, run.group()))
        at_byte += size
        at_decoded = run.end()
    return chains


def _ambiguous(text: str, chain: _Chain) -> bool:
    """Whether the chain could be correct text (see the module's docstring, point 2)."""
    if len(chain.decoded) == 1:
        return _natural_pair(text, chain.start, chain.end)
    at = chain.start
    for char in chain.decoded:  # every character two bytes, the second a separator
        if char > "\u07ff" or text[at + 1] not in _SEPARATORS:
            return False
        at += 2
    return True


def _judge(text: str, chain: _Chain, line_start: int, line_end: int) -> list[_Chain]:
    """Set the chain's verdict. A chain glued on its left to a word that ends in a pair such as «ط،» is
    split there: the rest is judged alone, and the pair is reported if the rest is repaired."""
    glued_left = chain.start > line_start and _glue(text[chain.start - 1])
    glued_right = chain.end < line_end and _glue(text[chain.end])
    ambiguous = _ambiguous(text, chain)
    if not glued_left and not glued_right:
        chain.verdict = "ambiguous" if ambiguous else "repair"
        return [chain]
    if ambiguous:
        # Correct text such as «النفط،», unless garbled text stands beside it (see _judge_line).
        chain.verdict = "ambiguous-glued"
        return [chain]
    if glued_left and not glued_right and len(chain.decoded) > 1:
        first = len(chain.decoded[0].encode("utf-8"))
        if _natural_pair(text, chain.start, chain.start + first):
            rest = _judge(
                text, _Chain(chain.start + first, chain.end, chain.decoded[1:]), line_start, line_end
            )
            if rest[0].verdict == "repair":
                return [_Chain(chain.start, chain.start + first, chain.decoded[0], "report"), *rest]
    if len(chain.decoded) == 1:
        follower = text[chain.start + 1] if chain.end - chain.start == 2 else ""
        chain.verdict = "leave" if follower in _TRAILING else "report"
    else:
        chain.verdict = "report"
    return [chain]


def _judge_line(text: str, start: int, end: int, alphabet: _Alphabet) -> list[_Chain]:
    chains = [
        judged for chain in _chains(text, start, end, alphabet) for judged in _judge(text, chain, start, end)
    ]
    if not any(c.verdict in ("repair", "report") for c in chains):
        return []
    # Rows of ambiguous chains are settled by the clear chains on either side (point 4); one glued to a
    # word is at most reported.
    waiting = ("ambiguous", "ambiguous-glued")
    index = 0
    while index < len(chains):
        if chains[index].verdict not in waiting:
            index += 1
            continue
        first = index
        while (
            index + 1 < len(chains)
            and chains[index + 1].verdict in waiting
            and _ascii_gap(text, chains[index].end, chains[index + 1].start)
        ):
            index += 1
        last = index
        before = chains[first - 1] if first > 0 else None
        after = chains[last + 1] if last + 1 < len(chains) else None
        left = before.verdict if before and _ascii_gap(text, before.end, chains[first].start) else ""
        right = after.verdict if after and _ascii_gap(text, chains[last].end, after.start) else ""
        # Garbled punctuation alone («آ\u00a0», «آ»») may stand at the line's edge: the edge confirms it
        # as a repaired neighbour would. A letter («ظ…») needs garbled text on both sides.
        if not any(_arabic(c) for chain in chains[first : last + 1] for c in chain.decoded):
            if before is None and _ascii_gap(text, start, chains[first].start):
                left = "edge"
            if after is None and _ascii_gap(text, chains[last].end, end):
                right = "edge"
        glued = any(chain.verdict == "ambiguous-glued" for chain in chains[first : last + 1])
        if not glued and ({left, right} == {"repair"} or {left, right} == {"repair", "edge"}):
            verdict = "repair"
        elif left in ("repair", "report") or right in ("repair", "report"):
            verdict = "report"
        else:
            verdict = "leave"
        for chain in chains[first : last + 1]:
            chain.verdict = verdict
        index += 1
    return [c for c in chains if c.verdict in ("repair", "report")]


def _lines_with_hints(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each code page, the lines that hold a hint of text garbled through it, as (start, end).

    The hints are looked for where a lead character stands (``str.find`` is much faster than a
    regular expression over the whole text, and «ط» and «ظ» are not common letters).
    """
    found: dict[str, list[tuple[int, int]]] = {}
    for codec in CODECS:
        alphabet = _alphabet(codec)
        at_hint: list[int] = []
        for lead in alphabet.leads:
            at = text.find(lead)
            while at != -1:
                if alphabet.hint.match(text, at):
                    at_hint.append(at)
                    line_end = text.find("\n", at)
                    if line_end == -1:
                        break
                    at = line_end  # the whole line is looked at anyway
                at = text.find(lead, at + 1)
        for first, pattern in alphabet.rare_hints:
            if first in text:
                at_hint.extend(match.start() for match in pattern.finditer(text))
        lines: list[tuple[int, int]] = []
        for at in sorted(at_hint):
            if lines and at < lines[-1][1]:
                continue
            end = text.find("\n", at)
            lines.append((text.rfind("\n", 0, at) + 1, len(text) if end == -1 else end))
        if lines:
            found[codec] = lines
    return found


def _groups(text: str, chains: list[_Chain]) -> list[list[_Chain]]:
    """Chains with nothing but ASCII between them on a line make one stretch."""
    groups: list[list[_Chain]] = []
    for chain in chains:
        if groups and _ascii_gap(text, groups[-1][-1].end, chain.start):
            groups[-1].append(chain)
        else:
            groups.append([chain])
    return groups


def repair(text: str) -> MojibakeResult:
    """Repair every garbled stretch that can be told from correct text, and list those left as they are.

    Correct text comes back unchanged, character for character: only the characters of a garbled
    chain are ever replaced, and only by what their bytes read as in UTF-8. Text garbled twice (or
    three times) is repaired again where a repair still reads as garbled text.
    """
    result, _ = _repair_once(text)
    for _ in range(2):
        if not any(_lines_with_hints(s.reading) for s in result.repaired):
            break
        again, moved = _repair_once(result.text)
        if not again.repaired:
            break
        earlier = [
            (kind, dataclasses.replace(s, start=start, end=end))
            for kind, stretches in (("repaired", result.repaired), ("unrepaired", result.unrepaired))
            for s in stretches
            if (start := moved(s.start)) >= 0 and (end := moved(s.end, True)) >= 0
        ]
        result = MojibakeResult(
            again.text,
            tuple(sorted([s for k, s in earlier if k == "repaired"] + list(again.repaired), key=_by_start)),
            tuple(
                sorted([s for k, s in earlier if k == "unrepaired"] + list(again.unrepaired), key=_by_start)
            ),
        )
    return result


def _by_start(stretch: Stretch) -> int:
    return stretch.start


def _repair_once(text: str) -> tuple[MojibakeResult, _Moved]:
    """One pass of :func:`repair`. Also returns where an offset of ``text`` lands in the result: -1 for
    one inside a repair (an end offset may touch a repair's start, a start offset its end)."""
    lines = _lines_with_hints(text)
    if not lines:
        return MojibakeResult(text), _unmoved
    # Where the code pages overlap (both have «â», «€», «¢»...), the longer chain wins (it holds more
    # of the garbled stretch), and then a repair over a report.
    candidates = [
        (codec, chain)
        for codec, spans in lines.items()
        for start, end in spans
        for chain in _judge_line(text, start, end, _alphabet(codec))
    ]
    candidates.sort(key=lambda item: item[1].start)
    decided: dict[str, list[_Chain]] = {codec: [] for codec in CODECS}
    index = 0
    while index < len(candidates):
        # A cluster of chains that overlap one another (almost always one chain alone).
        last, reach = index + 1, candidates[index][1].end
        while last < len(candidates) and candidates[last][1].start < reach:
            reach = max(reach, candidates[last][1].end)
            last += 1
        kept: list[_Chain] = []
        for codec, chain in sorted(
            candidates[index:last],
            key=lambda item: (item[1].start - item[1].end, item[1].verdict != "repair"),
        ):
            if all(chain.end <= other.start or other.end <= chain.start for other in kept):
                kept.append(chain)
                decided[codec].append(chain)
        index = last
    for chains in decided.values():
        chains.sort(key=lambda chain: chain.start)

    edits = sorted(
        (chain.start, chain.end, chain.decoded)
        for chains in decided.values()
        for chain in chains
        if chain.verdict == "repair"
    )
    if not edits and not any(decided.values()):
        return MojibakeResult(text), _unmoved
    pieces: list[str] = []
    ends: list[int] = []  # the original end of each edit
    totals: list[int] = []  # how far the text after it has moved
    at = shift = 0
    for start, end, reading in edits:
        pieces.append(text[at:start])
        pieces.append(reading)
        shift += len(reading) - (end - start)
        ends.append(end)
        totals.append(shift)
        at = end
    pieces.append(text[at:])
    out = "".join(pieces)
    newlines = [m.start() for m in re.finditer("\n", out)]

    starts = [start for start, _, _ in edits]

    def shifted(position: int) -> int:
        """Where an original offset that is not inside an edit lands in the output."""
        index = bisect.bisect_right(ends, position)
        return position + (totals[index - 1] if index else 0)

    def moved(position: int, end: bool = False) -> int:
        """Where an original offset lands in the output; -1 inside an edit."""
        index = bisect.bisect_right(ends, position)
        inside = bisect.bisect_left(starts, position) if end else bisect.bisect_right(starts, position)
        return -1 if inside > index else shifted(position)

    repaired: list[Stretch] = []
    unrepaired: list[Stretch] = []
    for codec, chains in decided.items():
        for verdict, into in (("repair", repaired), ("report", unrepaired)):
            chosen = [c for c in chains if c.verdict == verdict]
            for inside in _groups(text, chosen):
                start, end = inside[0].start, inside[-1].end
                garbled = text[start:end]
                reading = _read(garbled, start, inside)
                new_start = shifted(start)
                new_end = new_start + (len(reading) if verdict == "repair" else len(garbled))
                line = bisect.bisect_left(newlines, new_start) + 1
                into.append(Stretch(new_start, new_end, codec, garbled, reading, line))
    repaired.sort(key=lambda s: s.start)
    unrepaired.sort(key=lambda s: s.start)
    return MojibakeResult(out, tuple(repaired), tuple(unrepaired)), moved


class _Moved(Protocol):
    """Where an offset of the text before a repair pass lands after it (-1: inside a repair)."""

    def __call__(self, position: int, end: bool = False) -> int: ...


def _unmoved(position: int, end: bool = False) -> int:
    return position


def _read(garbled: str, offset: int, chains: list[_Chain]) -> str:
    """``garbled`` with each chain in it replaced by what it reads as."""
    pieces: list[str] = []
    at = 0
    for chain in chains:
        pieces.append(garbled[at : chain.start - offset])
        pieces.append(chain.decoded)
        at = chain.end - offset
    pieces.append(garbled[at:])
    return "".join(pieces)


def _quote(text: str) -> str:
    """A short quote; invisible characters (a no-break space, a control) shown by their code (<U+00A0>)."""
    cut = text[:_EXCERPT_CHARS]
    shown = "".join(c if c.isprintable() else f"<U+{ord(c):04X}>" for c in cut)
    return f"«{shown}…»" if len(text) > _EXCERPT_CHARS else f"«{shown}»"


def _warnings(result: MojibakeResult) -> list[str]:
    found: list[str] = []
    for codec in CODECS:
        pretty = _PRETTY[codec]
        count = sum(1 for s in result.repaired if s.codec == codec)
        if count:
            stretches = "stretch" if count == 1 else "stretches"
            found.append(
                f"mojibake repaired: {count} garbled {stretches} of Arabic (UTF-8 once misread as {pretty}) "
                "turned back into Arabic"
            )
        left = [s for s in result.unrepaired if s.codec == codec]
        if left:
            quoted = "; ".join(
                f"line {s.line} {_quote(s.garbled)}, which would read {_quote(s.reading)}"
                for s in left[:_EXCERPTS]
            )
            more = f"; and {len(left) - _EXCERPTS} more" if len(left) > _EXCERPTS else ""
            which = "1 stretch looks" if len(left) == 1 else f"{len(left)} stretches look"
            kept = "it is" if len(left) == 1 else "they are"
            found.append(
                f"mojibake left as it is: {which} like garbled Arabic (UTF-8 once misread as {pretty}) but "
                f"could not be repaired with certainty, so {kept} kept unchanged: {quoted}{more}. "
                "Compare with the original"
            )
    return found


def repair_mojibake(text: str) -> tuple[str, int, str | None]:
    """The older shape of :func:`repair`: ``(text, stretches_repaired, codec)``.

    ``codec`` is the code page of most repaired stretches, None when nothing was repaired.
    """
    result = repair(text)
    if not result.repaired:
        return result.text, 0, None
    counts = {codec: sum(1 for s in result.repaired if s.codec == codec) for codec in CODECS}
    return result.text, len(result.repaired), max(CODECS, key=lambda codec: counts[codec])
