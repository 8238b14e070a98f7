"""Garbled Arabic inside UTF-8 text ("mojibake"): repair only what is garbled, and report what is left.

Arabic UTF-8 that a tool once read as Windows-1256 and saved again as UTF-8 turns each letter into two
characters: the lead byte 0xD8-0xDB shown as «ط», «ظ», «ع» or «غ», and a continuation byte (0x80-0xBF)
shown as a symbol, a Persian letter or Arabic punctuation: «الرياض» becomes «ط§ظ„ط±ظٹط§ط¶». Read as
Windows-1252 or Latin-1, it becomes «Ø§Ù„Ø±ÙŠØ§Ø¶». The trap is that «ط» and «،» are also real Arabic:
the correct «النفط،» ends in exactly such a pair (0xD8 0xA1, which reads as «ء»), and so does the list
«ط، ظ، ع،». So a stretch is never chosen by its alphabet, but by decoding:

1. a *sequence* is a lead character and its continuation characters that, taken back to the code page's
   bytes, form one strict UTF-8 character that belongs in Arabic text (an Arabic letter, mark or digit,
   punctuation, a space, an emoji); a *chain* is a run of sequences with nothing between them;
2. a chain is *clear* when the characters it stands for cannot be correct text: more than one sequence
   in a row (in correct Arabic a letter is never followed by a continuation character and straight away
   by another lead with its own), or one pair whose second character never follows a letter (a symbol or
   a Latin letter: «ظˆ» is the garbled «و»). It is *ambiguous* when it could be correct text: one letter
   followed by punctuation, a quote, a space or a Persian letter («ط،», «ظ…»), or a row of such pairs
   around list separators («ط،ظ،»), or when it stands only for punctuation;
3. a chain must stand alone: a letter or mark of correct text glued to either end («النفط،» glues «ف»
   to «ط،») means the stretch starts or ends inside a word, and it is not repaired. A clear chain glued to
   a word that starts with such a pair is first trimmed by that pair;
4. a clear chain that stands alone is repaired; an ambiguous one (or a row of them) only when clear
   garbled chains repaired on both sides, on the same line, enclose it with nothing but ASCII between.

Everything garbled that is not repaired is *reported*, quoted, so that the fact-checker can compare it
with the source: a clear chain glued to correct text (or a single garbled letter glued to a word whose
second character is a symbol), and ambiguous chains next to garbled text that only one side confirms.
An ambiguous chain with correct text on both sides is left alone without a word: it *is* correct
text as far as anything can tell («ط،» in a list of letters). The one thing no method can tell is a lone
garbled letter that reads as a correct letter and punctuation (a lone garbled «ء» is «ط،»); the property
tests insert stretches that hold at least one word of two letters.

ftfy was measured for this and not taken: it knows no Windows-1256 (the main case), and it rewrites the
garbled stretch it cannot repair («ظ„» becomes «ظ"»); see docs/decisions.md.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

#: The code pages through which UTF-8 Arabic is usually garbled. Windows-1252 takes Latin-1 too: the two
#: differ only in 0x80-0x9F (curly quotes against C1 controls), and both are accepted there.
CODECS: Final = ("cp1256", "cp1252")

#: Readable names for messages.
_PRETTY: Final = {"cp1256": "Windows-1256", "cp1252": "Windows-1252 (or Latin-1)"}

#: Characters that follow a letter in correct text: closing punctuation, quotes, dashes, the no-break
#: space and invisible joiners. A letter and one of these may be correct text («ط،», «ع»»).
_NATURAL: Final = frozenset("،؛؟…’”–—‘“«»‹›\u00a0\u200c\u200d\u200e\u200f")
#: Separators and invisible joiners: a row of «letter + separator» pairs may be correct text, a list of
#: letters written without spaces («ط،ظ،») or letters joined by invisible marks.
_SEPARATORS: Final = frozenset("،؛؟\u00a0\u00ad\u200c\u200d")
#: Symbols a word may end with in correct text («الطبع©»): a lone pair glued to a word is not reported
#: for them.
_TRAILING: Final = frozenset("©®™°‰€£¥¢¹²³¼½¾µ")
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


@dataclass(frozen=True, slots=True)
class _Sequence:
    start: int
    end: int
    decoded: str


@dataclass(slots=True)
class _Chain:
    sequences: list[_Sequence]
    verdict: str = ""  # "repair", "report", "ambiguous" (stands alone, waits for its neighbours), "leave"

    @property
    def start(self) -> int:
        return self.sequences[0].start

    @property
    def end(self) -> int:
        return self.sequences[-1].end

    @property
    def decoded(self) -> str:
        return "".join(s.decoded for s in self.sequences)


@dataclass(frozen=True, slots=True)
class _Alphabet:
    to_byte: dict[str, int]
    hint: re.Pattern[str]  # a lead of an Arabic letter (0xD8-0xDB) and a continuation
    sequence: re.Pattern[str]  # a lead and as many continuations as it needs


@functools.cache
def _alphabet(codec: str) -> _Alphabet:
    """What ``codec`` shows for each byte of its upper half, and patterns over those characters."""
    to_byte: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        with contextlib.suppress(UnicodeDecodeError):
            to_byte[bytes([byte]).decode(codec)] = byte
        if codec == "cp1252":
            to_byte.setdefault(chr(byte), byte)  # Latin-1's C1 controls, and bytes cp1252 leaves undefined

    def chars(low: int, high: int) -> str:
        return "[" + re.escape("".join(c for c, b in to_byte.items() if low <= b <= high)) + "]"

    cont = chars(0x80, 0xBF)
    hint = re.compile(chars(0xD8, 0xDB) + cont)
    sequence = re.compile(
        f"{chars(0xC2, 0xDF)}{cont}|{chars(0xE0, 0xEF)}{cont}{{2}}|{chars(0xF0, 0xF4)}{cont}{{3}}"
    )
    return _Alphabet(to_byte, hint, sequence)


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


def _belongs(char: str) -> bool:
    """Whether a character decoded from a garbled sequence belongs in Arabic text at all.

    Accented Latin letters do not: «أ،» is 0xC3 0xA1, valid UTF-8 for «á», and must stay «أ،».
    """
    code = ord(char)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFC
        or 0xA0 <= code <= 0xBF
        or code in (0xD7, 0xF7)
        or 0x2000 <= code <= 0x2BFF
        or 0x1F000 <= code <= 0x1FAFF
    )


def _glue(char: str) -> bool:
    """A character of correct text that a garbled stretch cannot border: a non-ASCII letter or mark."""
    return ord(char) >= 0x80 and unicodedata.category(char)[0] in "LM"


def _natural_pair(text: str, seq: _Sequence) -> bool:
    """A letter followed by what may follow a letter in correct text («ط،», «ظ…», «عک»)."""
    if seq.end - seq.start != 2:
        return False
    follower = text[seq.start + 1]
    return follower in _NATURAL or _arabic(follower)


def _ascii_gap(text: str, start: int, end: int) -> bool:
    """Nothing but ASCII between two chains on one line (spaces, digits, Latin words, punctuation)."""
    gap = text[start:end]
    return gap.isascii() and "\n" not in gap


def _sequences(text: str, start: int, end: int, alphabet: _Alphabet) -> list[_Sequence]:
    found = []
    to_byte = alphabet.to_byte
    for match in alphabet.sequence.finditer(text, start, end):
        try:
            decoded = bytes(to_byte[c] for c in match.group()).decode("utf-8")
        except UnicodeDecodeError:  # overlong forms, surrogates, past U+10FFFF
            continue
        if _belongs(decoded):
            found.append(_Sequence(match.start(), match.end(), decoded))
    return found


def _chains(sequences: list[_Sequence]) -> list[_Chain]:
    chains: list[_Chain] = []
    for seq in sequences:
        if chains and chains[-1].end == seq.start:
            chains[-1].sequences.append(seq)
        else:
            chains.append(_Chain([seq]))
    return chains


def _ambiguous(text: str, chain: _Chain) -> bool:
    """Whether the chain could be correct text (see the module's docstring, point 2)."""
    if not any(_arabic(c) for c in chain.decoded):
        return True
    seqs = chain.sequences
    if len(seqs) == 1:
        return _natural_pair(text, seqs[0])
    return all(s.end - s.start == 2 and text[s.start + 1] in _SEPARATORS for s in seqs)


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
        chain.verdict = "leave"  # correct text such as «النفط،»
        return [chain]
    if glued_left and not glued_right and len(chain.sequences) > 1 and _natural_pair(text, chain.sequences[0]):
        rest = _judge(text, _Chain(chain.sequences[1:]), line_start, line_end)
        if rest[0].verdict == "repair":
            return [_Chain(chain.sequences[:1], "report"), *rest]
    seqs = chain.sequences
    if len(seqs) == 1:
        follower = text[seqs[0].start + 1] if seqs[0].end - seqs[0].start == 2 else ""
        chain.verdict = "leave" if follower in _TRAILING else "report"
    else:
        chain.verdict = "report"
    return [chain]


def _judge_line(text: str, start: int, end: int, alphabet: _Alphabet) -> list[_Chain]:
    chains = [
        judged
        for chain in _chains(_sequences(text, start, end, alphabet))
        for judged in _judge(text, chain, start, end)
    ]
    if not any(c.verdict in ("repair", "report") for c in chains):
        return []
    # Rows of ambiguous chains are settled by the clear chains on either side (point 4).
    index = 0
    while index < len(chains):
        if chains[index].verdict != "ambiguous":
            index += 1
            continue
        first = index
        while (
            index + 1 < len(chains)
            and chains[index + 1].verdict == "ambiguous"
            and _ascii_gap(text, chains[index].end, chains[index + 1].start)
        ):
            index += 1
        last = index
        before = chains[first - 1] if first > 0 else None
        after = chains[last + 1] if last + 1 < len(chains) else None
        left = before.verdict if before and _ascii_gap(text, before.end, chains[first].start) else ""
        right = after.verdict if after and _ascii_gap(text, chains[last].end, after.start) else ""
        if left == "repair" and right == "repair":
            verdict = "repair"
        elif left in ("repair", "report") or right in ("repair", "report"):
            verdict = "report"
        else:
            verdict = "leave"
        for chain in chains[first : last + 1]:
            chain.verdict = verdict
        index += 1
    return [c for c in chains if c.verdict in ("repair", "report")]


def _lines_with_hints(text: str) -> list[tuple[int, int]]:
    """The lines that hold a garbled-letter hint in some code page, as (start, end)."""
    lines: list[tuple[int, int]] = []
    for codec in CODECS:
        hint = _alphabet(codec).hint
        at = 0
        while (match := hint.search(text, at)) is not None:
            start = text.rfind("\n", 0, match.start()) + 1
            end = text.find("\n", match.end())
            end = len(text) if end == -1 else end
            lines.append((start, end))
            at = end
    return sorted(set(lines))


def _groups(text: str, chains: list[_Chain]) -> list[tuple[int, int]]:
    """Chains with nothing but ASCII between them on a line make one stretch, as (start, end)."""
    groups: list[tuple[int, int]] = []
    for chain in chains:
        if groups and _ascii_gap(text, groups[-1][1], chain.start):
            groups[-1] = (groups[-1][0], chain.end)
        else:
            groups.append((chain.start, chain.end))
    return groups


def repair(text: str) -> MojibakeResult:
    """Repair every garbled stretch that can be told from correct text, and list those left as they are.

    Correct text comes back unchanged, character for character: only the characters of a garbled
    chain are ever replaced, and only by what their bytes read as in UTF-8.
    """
    lines = _lines_with_hints(text)
    if not lines:
        return MojibakeResult(text)
    decided: dict[str, list[_Chain]] = {codec: [] for codec in CODECS}
    taken: list[tuple[int, int]] = []
    for codec in CODECS:
        alphabet = _alphabet(codec)
        for start, end in lines:
            for chain in _judge_line(text, start, end, alphabet):
                if not any(chain.start < e and s < chain.end for s, e in taken):
                    decided[codec].append(chain)
        taken.extend((c.start, c.end) for c in decided[codec])

    edits = sorted(
        (chain.start, chain.end, chain.decoded)
        for chains in decided.values()
        for chain in chains
        if chain.verdict == "repair"
    )
    if not edits and not any(decided.values()):
        return MojibakeResult(text)
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

    def moved(position: int) -> int:
        """Where an original offset outside every edit lands in the output."""
        index = bisect.bisect_right(ends, position)
        return position + (totals[index - 1] if index else 0)

    repaired: list[Stretch] = []
    unrepaired: list[Stretch] = []
    for codec, chains in decided.items():
        for verdict, into in (("repair", repaired), ("report", unrepaired)):
            chosen = [c for c in chains if c.verdict == verdict]
            for start, end in _groups(text, chosen):
                garbled = text[start:end]
                inside = [c for c in chosen if start <= c.start and c.end <= end]
                reading = _read(garbled, start, inside)
                new_start = moved(start)
                new_end = new_start + (len(reading) if verdict == "repair" else len(garbled))
                line = bisect.bisect_left(newlines, new_start) + 1
                into.append(Stretch(new_start, new_end, codec, garbled, reading, line))
    repaired.sort(key=lambda s: s.start)
    unrepaired.sort(key=lambda s: s.start)
    return MojibakeResult(out, tuple(repaired), tuple(unrepaired))


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
    shown = "".join(c if c.isprintable() else "\ufffd" for c in text)
    return f"«{shown[:_EXCERPT_CHARS]}…»" if len(shown) > _EXCERPT_CHARS else f"«{shown}»"


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
                f"line {s.line} {_quote(s.garbled)}, which would read {_quote(s.reading)}" for s in left[:_EXCERPTS]
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
