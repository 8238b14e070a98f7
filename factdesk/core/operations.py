"""Every change a fact-checker makes is an operation.

An operation looks at the project through a :class:`Reader` and *plans* a list of row
:class:`Mutation` values; the store applies them in one transaction and records them. Because
a mutation carries the row before and after, its inverse is plain data, so undo and redo are
just more mutations (:class:`Replay`) and can be tested without Qt or SQL.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import ClassVar, Literal, Protocol

from factdesk.core import metadata, model, text
from factdesk.core import verdicts as scale
from factdesk.core.model import (
    APPEARANCE,
    ARTICLE,
    CLAIM,
    EVIDENCE,
    FACTCHECK,
    FIELDS,
    KEY,
    SETTING,
    SOURCE,
    SPAN,
    TAG,
    VERDICT,
    Row,
)
from factdesk.core.tags import clean_tag

Action = Literal["insert", "update", "delete"]


class OperationError(ValueError):
    """An operation that cannot be done, with a message a fact-checker understands."""


class DuplicateArticle(OperationError):
    def __init__(self, existing_id: str, title: str) -> None:
        super().__init__(f"This article is already in the project: «{title}» ({existing_id[:8]}).")
        self.existing_id = existing_id


class Reader(Protocol):
    """What an operation may read of the project while it plans."""

    def get(self, kind: str, key: str) -> Row | None: ...

    def find(self, kind: str, field: str, value: object) -> list[Row]: ...


@dataclass(frozen=True, slots=True)
class Mutation:
    """One row inserted, updated or deleted. ``before``/``after`` hold full rows for inserts
    and deletes and only the changed fields for updates."""

    action: Action
    kind: str
    key: str
    before: Row | None = None
    after: Row | None = None

    def inverse(self) -> Mutation:
        if self.action == "insert":
            return Mutation("delete", self.kind, self.key, before=self.after, after=None)
        if self.action == "delete":
            return Mutation("insert", self.kind, self.key, before=None, after=self.before)
        return Mutation("update", self.kind, self.key, before=self.after, after=self.before)

    def to_json(self) -> dict[str, object]:
        return {
            "action": self.action,
            "kind": self.kind,
            "key": self.key,
            "before": self.before,
            "after": self.after,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Mutation:
        return cls(data["action"], data["kind"], data["key"], data.get("before"), data.get("after"))  # type: ignore[arg-type]


def invert(mutations: Sequence[Mutation]) -> list[Mutation]:
    """The mutations that undo ``mutations``: each inverted, in reverse order."""
    return [m.inverse() for m in reversed(mutations)]


@dataclass(frozen=True, slots=True)
class Changes:
    """What an operation changed: which kinds of record and which records, so that each view
    refreshes only its own part."""

    kinds: frozenset[str] = frozenset()
    keys: frozenset[tuple[str, str]] = frozenset()

    @classmethod
    def of(cls, mutations: Iterable[Mutation]) -> Changes:
        ms = list(mutations)
        return cls(frozenset(m.kind for m in ms), frozenset((m.kind, m.key) for m in ms))

    def touches(self, *kinds: str) -> bool:
        return any(k in self.kinds for k in kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)


class Operation:
    """Base of all operations. ``name`` is the short English verb phrase shown as
    "Undo: <name>" (the window translates it); ``plan`` reads and returns mutations."""

    name: ClassVar[str] = "change"

    def steps(self) -> Iterator[Operation]:
        """The operations to plan and apply one after the other (a batch has several)."""
        yield self

    def plan(self, reader: Reader) -> list[Mutation]:  # pragma: no cover - abstract
        raise NotImplementedError

    @property
    def label(self) -> str:
        return self.name


# ---------------------------------------------------------------------------------------------
# helpers shared by the operations


def _require(reader: Reader, kind: str, key: str) -> Row:
    row = reader.get(kind, key)
    if row is None:
        noun = {
            ARTICLE: "article",
            SPAN: "highlight",
            CLAIM: "claim",
            APPEARANCE: "appearance",
            SOURCE: "source",
            EVIDENCE: "evidence",
            VERDICT: "verdict",
            FACTCHECK: "published fact-check",
            TAG: "tag",
            SETTING: "setting",
        }[kind]
        raise OperationError(f"There is no {noun} «{key}» in this project.")
    return row


def _insert(kind: str, row: Row) -> Mutation:
    return Mutation("insert", kind, str(row[KEY[kind]]), before=None, after=row)


def _delete(kind: str, row: Row) -> Mutation:
    return Mutation("delete", kind, str(row[KEY[kind]]), before=row, after=None)


def _update(kind: str, row: Row, values: dict[str, object], *, touch: bool = True) -> Mutation | None:
    """An update of only the fields whose value really changes (None when nothing does)."""
    frozen = model.FROZEN.get(kind, frozenset())
    bad = [name for name in values if name in frozen or name not in FIELDS[kind]]
    if bad:
        raise OperationError(f"These fields of a {kind} cannot be changed: {', '.join(bad)}.")
    changed = {k: v for k, v in values.items() if row.get(k) != v}
    if not changed:
        return None
    if touch:
        changed["modified"] = model.now()
    return Mutation(
        "update", kind, str(row[KEY[kind]]), before={k: row.get(k) for k in changed}, after=changed
    )


def _check_choice(value: str, allowed: Sequence[str], what: str) -> None:
    if value not in allowed:
        raise OperationError(f"«{value}» is not a {what}; choose one of: {', '.join(allowed)}.")


def _stamp(record_kind: str, /, **values: object) -> Row:
    t = model.now()
    return model.blank(record_kind, created=t, modified=t, **values)


def content_hash(article_text: str) -> str:
    return hashlib.sha256(article_text.encode("utf-8")).hexdigest()


def existing_article(reader: Reader, article_text: str) -> Row | None:
    """The article of the project that already holds exactly this text (an import of it would be a
    duplicate), or None: the one rule the import operations apply, for a dialog to warn before."""
    found = reader.find(ARTICLE, "content_hash", content_hash(article_text))
    return found[0] if found else None


# ---------------------------------------------------------------------------------------------
# articles


@dataclass
class ImportArticle(Operation):
    """Add an article. Its text must already be decoded with unified line endings: from here on
    it never changes, because spans point into it."""

    name: ClassVar[str] = "import article"
    text: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    place: str = ""
    url: str = ""
    published: str = ""
    language: str = "ar"
    origin: str = ""
    id: str = field(default_factory=model.new_id)

    def plan(self, reader: Reader) -> list[Mutation]:
        if not self.text.strip():
            raise OperationError("The article has no text.")
        if "\r" in self.text:
            raise OperationError("Article text must have its line endings unified before import.")
        other = existing_article(reader, self.text)
        if other is not None:
            raise DuplicateArticle(str(other["id"]), str(other["title"]))
        digest = content_hash(self.text)
        values = article_metadata(
            {
                "title": self.title,
                "outlet": self.outlet,
                "author": self.author,
                "place": self.place,
                "url": self.url,
                "published": self.published,
            }
        )
        row = _stamp(
            ARTICLE,
            id=self.id,
            text=self.text,
            **values,
            language=self.language or "ar",
            origin=self.origin,
            content_hash=digest,
        )
        return [_insert(ARTICLE, row)]


def article_metadata(values: dict[str, object]) -> dict[str, object]:
    """An article's metadata as stored, by the one rule of :mod:`factdesk.core.metadata`: the date
    written the standard way, a whole web address, one-line outlet, author and place. A value no
    rule can read is refused in plain words, whichever interface it came from."""
    out = dict(values)
    for name, value in values.items():
        if not isinstance(value, str):
            continue
        if name == "title":
            out[name] = metadata.plain_title(value)
        elif name in ("outlet", "author", "place"):
            out[name] = metadata.plain_field(value)
        elif name == "url":
            out[name] = metadata.check_url(value)
        elif name == "published":
            out[name] = metadata.check_date(value)
    return out


@dataclass
class ImportArticles(Operation):
    """Add several articles as one step (one undo). An article whose text is already in the project,
    or earlier in the same import, is not added: it is reported in :attr:`duplicates` (by the id the
    article would have had), so that no caller needs to compare texts itself."""

    name: ClassVar[str] = "import articles"

    articles: Sequence[ImportArticle]
    title: str = ""
    #: filled while planning: article id -> the article it duplicates
    duplicates: dict[str, Duplicate] = field(default_factory=dict)

    def plan(self, reader: Reader) -> list[Mutation]:
        self.duplicates = {}
        seen: dict[str, ImportArticle] = {}
        out: list[Mutation] = []
        for article in self.articles:
            digest = content_hash(article.text)
            existing = existing_article(reader, article.text)
            if existing is not None:
                self.duplicates[article.id] = Duplicate(str(existing["id"]), str(existing["title"]))
            elif digest in seen:
                first = seen[digest]
                self.duplicates[article.id] = Duplicate(
                    first.id, metadata.plain_title(first.title), in_this_import=True
                )
            else:
                seen[digest] = article
                out.extend(article.plan(reader))
        return out

    @property
    def imported(self) -> list[ImportArticle]:
        """The articles added (after planning): the others are duplicates."""
        return [a for a in self.articles if a.id not in self.duplicates]

    @property
    def label(self) -> str:
        if self.title:
            return self.title
        return "import article" if len(self.articles) == 1 else "import articles"


@dataclass(frozen=True, slots=True)
class Duplicate:
    """The article an imported text duplicates: one already in the project, or (``in_this_import``)
    one added by the same import."""

    article_id: str
    title: str
    in_this_import: bool = False


@dataclass
class EditArticle(Operation):
    """Change an article's metadata (never its text)."""

    name: ClassVar[str] = "edit article"
    article_id: str
    values: dict[str, object]

    def plan(self, reader: Reader) -> list[Mutation]:
        m = _update(ARTICLE, _require(reader, ARTICLE, self.article_id), article_metadata(self.values))
        return [m] if m else []


def _forget_span(reader: Reader, span: Row) -> list[Mutation]:
    """Remove a span together with its appearances; evidence that quoted it keeps its source."""
    out: list[Mutation] = []
    for app in reader.find(APPEARANCE, "span_id", span["id"]):
        out.append(_delete(APPEARANCE, app))
    for ev in reader.find(EVIDENCE, "span_id", span["id"]):
        m = _update(EVIDENCE, ev, {"span_id": None})
        if m:
            out.append(m)
    out.append(_delete(SPAN, span))
    return out


@dataclass
class DeleteArticle(Operation):
    """Delete an article with everything that points into its text: its highlights, their appearances
    in claims, and the evidence that quotes them (a quote whose article is gone proves nothing). The
    claims stay; a source that was this article stays, without it. Undo brings every row back as it was.
    :func:`article_dependents` lists the same rows, for a question asked before."""

    name: ClassVar[str] = "delete article"
    article_id: str

    def plan(self, reader: Reader) -> list[Mutation]:
        article = _require(reader, ARTICLE, self.article_id)
        out: list[Mutation] = []
        for span in reader.find(SPAN, "article_id", self.article_id):
            out += [_delete(APPEARANCE, a) for a in reader.find(APPEARANCE, "span_id", span["id"])]
            out += [_delete(EVIDENCE, e) for e in reader.find(EVIDENCE, "span_id", span["id"])]
            out.append(_delete(SPAN, span))
        for src in reader.find(SOURCE, "article_id", self.article_id):
            m = _update(SOURCE, src, {"article_id": None})
            if m:
                out.append(m)
        out.append(_delete(ARTICLE, article))
        return out


@dataclass(frozen=True, slots=True)
class ArticleDependents:
    """What goes with an article when it is deleted (ids), and the sources that stay without it."""

    spans: tuple[str, ...]
    appearances: tuple[str, ...]
    evidence: tuple[str, ...]
    claims: tuple[str, ...]
    sources_kept: tuple[str, ...]


def article_dependents(reader: Reader, article_id: str) -> ArticleDependents:
    """The rows :class:`DeleteArticle` takes with the article (and the claims they touch, which stay)."""
    _require(reader, ARTICLE, article_id)
    spans = reader.find(SPAN, "article_id", article_id)
    apps = [a for s in spans for a in reader.find(APPEARANCE, "span_id", s["id"])]
    evidence = [e for s in spans for e in reader.find(EVIDENCE, "span_id", s["id"])]
    claims = dict.fromkeys(str(r["claim_id"]) for r in (*apps, *evidence))
    return ArticleDependents(
        spans=tuple(str(s["id"]) for s in spans),
        appearances=tuple(str(a["id"]) for a in apps),
        evidence=tuple(str(e["id"]) for e in evidence),
        claims=tuple(claims),
        sources_kept=tuple(str(s["id"]) for s in reader.find(SOURCE, "article_id", article_id)),
    )


# ---------------------------------------------------------------------------------------------
# spans


@dataclass
class AddSpan(Operation):
    """Highlight ``[start, end)`` (code points) of an article. The quote, prefix and suffix are
    kept beside the offsets so the span can always be found again and shown exactly."""

    name: ClassVar[str] = "highlight"
    article_id: str
    start: int
    end: int
    kind: str = "highlight"
    note: str = ""
    id: str = field(default_factory=model.new_id)

    def plan(self, reader: Reader) -> list[Mutation]:
        article = _require(reader, ARTICLE, self.article_id)
        body = str(article["text"])
        validate_span(body, self.start, self.end)
        _check_choice(self.kind, model.SPAN_KINDS, "kind of highlight")
        prefix, suffix = text.context(body, self.start, self.end)
        row = _stamp(
            SPAN,
            id=self.id,
            article_id=self.article_id,
            start=self.start,
            end=self.end,
            quote=body[self.start : self.end],
            prefix=prefix,
            suffix=suffix,
            kind=self.kind,
            note=self.note,
        )
        return [_insert(SPAN, row)]


def validate_span(body: str, start: int, end: int) -> None:
    """Refuse spans outside the text, empty ones, and ones that cut a mark from its letter."""
    if not (0 <= start < end <= len(body)):
        raise OperationError(
            f"A highlight must cover at least one character inside the article (0–{len(body)}); "
            f"got {start}–{end}."
        )
    if not body[start:end].strip():
        raise OperationError("A highlight must contain more than spaces.")
    for pos in (start, end):
        if not text.is_boundary(body, pos):
            raise OperationError(
                f"Position {pos} falls inside a letter and its marks; a highlight may not split them."
            )


@dataclass
class EditSpan(Operation):
    name: ClassVar[str] = "edit highlight"
    span_id: str
    kind: str | None = None
    note: str | None = None

    def plan(self, reader: Reader) -> list[Mutation]:
        row = _require(reader, SPAN, self.span_id)
        values: dict[str, object] = {}
        if self.kind is not None:
            _check_choice(self.kind, model.SPAN_KINDS, "kind of highlight")
            values["kind"] = self.kind
        if self.note is not None:
            values["note"] = self.note
        m = _update(SPAN, row, values)
        return [m] if m else []


@dataclass
class DeleteSpan(Operation):
    name: ClassVar[str] = "delete highlight"
    span_id: str

    def plan(self, reader: Reader) -> list[Mutation]:
        return _forget_span(reader, _require(reader, SPAN, self.span_id))


# ---------------------------------------------------------------------------------------------
# claims and appearances


@dataclass
class CreateClaim(Operation):
    name: ClassVar[str] = "new claim"
    text: str
    verdict: str = "unverified"
    rationale: str = ""
    reviewer: str = ""
    id: str = field(default_factory=model.new_id)
    #: when the verdict was given, for a claim brought in with its review (an annotation import)
    reviewed_at: str | None = None

    def plan(self, reader: Reader) -> list[Mutation]:
        if not self.text.strip():
            raise OperationError("A claim needs its statement in your own words.")
        _require(reader, VERDICT, self.verdict)
        row = _stamp(
            CLAIM,
            id=self.id,
            text=self.text.strip(),
            verdict=self.verdict,
            rationale=self.rationale,
            reviewer=self.reviewer,
            reviewed_at=self.reviewed_at or None,
        )
        return [_insert(CLAIM, row)]


@dataclass
class EditClaim(Operation):
    name: ClassVar[str] = "edit claim"
    claim_id: str
    text: str | None = None
    rationale: str | None = None
    reviewer: str | None = None

    def plan(self, reader: Reader) -> list[Mutation]:
        row = _require(reader, CLAIM, self.claim_id)
        values: dict[str, object] = {}
        if self.text is not None:
            if not self.text.strip():
                raise OperationError("A claim cannot be empty.")
            values["text"] = self.text.strip()
        if self.rationale is not None:
            values["rationale"] = self.rationale
        if self.reviewer is not None:
            values["reviewer"] = self.reviewer
        m = _update(CLAIM, row, values)
        return [m] if m else []


@dataclass
class SetVerdict(Operation):
    """Record a verdict. The history keeps every earlier verdict, so a correction stays visible."""

    name: ClassVar[str] = "set verdict"
    claim_id: str
    verdict: str
    rationale: str | None = None
    reviewer: str | None = None

    def plan(self, reader: Reader) -> list[Mutation]:
        row = _require(reader, CLAIM, self.claim_id)
        _require(reader, VERDICT, self.verdict)
        values: dict[str, object] = {"verdict": self.verdict}
        if self.rationale is not None:
            values["rationale"] = self.rationale
        if self.reviewer is not None:
            values["reviewer"] = self.reviewer
        if any(row.get(k) != v for k, v in values.items()):
            values["reviewed_at"] = model.now()
        m = _update(CLAIM, row, values)
        return [m] if m else []


@dataclass
class DeleteClaim(Operation):
    name: ClassVar[str] = "delete claim"
    claim_id: str

    def plan(self, reader: Reader) -> list[Mutation]:
        claim = _require(reader, CLAIM, self.claim_id)
        out = [_delete(APPEARANCE, a) for a in reader.find(APPEARANCE, "claim_id", self.claim_id)]
        out += [_delete(EVIDENCE, e) for e in reader.find(EVIDENCE, "claim_id", self.claim_id)]
        out += [_delete(TAG, t) for t in reader.find(TAG, "claim_id", self.claim_id)]
        out.append(_delete(CLAIM, claim))
        return out


@dataclass
class LinkSpan(Operation):
    """Record that a span is an appearance of a claim (in this or any other article)."""

    name: ClassVar[str] = "link to claim"
    claim_id: str
    span_id: str
    role: str = "asserts"
    id: str = field(default_factory=model.new_id)

    def plan(self, reader: Reader) -> list[Mutation]:
        _require(reader, CLAIM, self.claim_id)
        _require(reader, SPAN, self.span_id)
        _check_choice(self.role, model.ROLES, "role")
        for app in reader.find(APPEARANCE, "span_id", self.span_id):
            if app["claim_id"] == self.claim_id:
                raise OperationError("This highlight is already linked to that claim.")
        row = _stamp(APPEARANCE, id=self.id, claim_id=self.claim_id, span_id=self.span_id, role=self.role)
        return [_insert(APPEARANCE, row)]


@dataclass
class SetRole(Operation):
    name: ClassVar[str] = "change role"
    appearance_id: str
    role: str

    def plan(self, reader: Reader) -> list[Mutation]:
        _check_choice(self.role, model.ROLES, "role")
        m = _update(APPEARANCE, _require(reader, APPEARANCE, self.appearance_id), {"role": self.role})
        return [m] if m else []


@dataclass
class Unlink(Operation):
    name: ClassVar[str] = "unlink"
    appearance_id: str

    def plan(self, reader: Reader) -> list[Mutation]:
        return [_delete(APPEARANCE, _require(reader, APPEARANCE, self.appearance_id))]


# ---------------------------------------------------------------------------------------------
# sources and evidence

#: What a source's fields are, but for its key and times (the model's list, not a copy of it).
_SOURCE_FIELDS = tuple(name for name in FIELDS[SOURCE] if name not in ("id", "created", "modified"))


def _check_source_values(reader: Reader, values: dict[str, object]) -> None:
    if "kind" in values:
        _check_choice(str(values["kind"]), model.SOURCE_KINDS, "kind of source")
    if "reliability" in values:
        _check_choice(str(values["reliability"]), model.RELIABILITY, "reliability")
    if values.get("article_id"):
        _require(reader, ARTICLE, str(values["article_id"]))
    unknown = set(values) - set(_SOURCE_FIELDS)
    if unknown:
        raise OperationError(f"Unknown source fields: {', '.join(sorted(unknown))}.")


@dataclass
class AddSource(Operation):
    name: ClassVar[str] = "add source"
    title: str
    kind: str = "document"
    url: str = ""
    publisher: str = ""
    published: str = ""
    accessed: str = ""
    reliability: str = "unknown"
    notes: str = ""
    article_id: str | None = None
    id: str = field(default_factory=model.new_id)

    def plan(self, reader: Reader) -> list[Mutation]:
        if not self.title.strip():
            raise OperationError("A source needs a title.")
        values = {name: getattr(self, name) for name in _SOURCE_FIELDS}
        _check_source_values(reader, values)
        values["title"] = self.title.strip()
        return [_insert(SOURCE, _stamp(SOURCE, id=self.id, **values))]


@dataclass
class EditSource(Operation):
    name: ClassVar[str] = "edit source"
    source_id: str
    values: dict[str, object]

    def plan(self, reader: Reader) -> list[Mutation]:
        row = _require(reader, SOURCE, self.source_id)
        _check_source_values(reader, self.values)
        if "title" in self.values and not str(self.values["title"]).strip():
            raise OperationError("A source needs a title.")
        m = _update(SOURCE, row, self.values)
        return [m] if m else []


@dataclass
class DeleteSource(Operation):
    name: ClassVar[str] = "delete source"
    source_id: str

    def plan(self, reader: Reader) -> list[Mutation]:
        src = _require(reader, SOURCE, self.source_id)
        out = [_delete(EVIDENCE, e) for e in reader.find(EVIDENCE, "source_id", self.source_id)]
        out.append(_delete(SOURCE, src))
        return out


@dataclass
class AddEvidence(Operation):
    name: ClassVar[str] = "add evidence"
    claim_id: str
    source_id: str
    stance: str = "supports"
    span_id: str | None = None
    note: str = ""
    id: str = field(default_factory=model.new_id)

    def plan(self, reader: Reader) -> list[Mutation]:
        _require(reader, CLAIM, self.claim_id)
        _require(reader, SOURCE, self.source_id)
        _check_choice(self.stance, model.STANCES, "stance")
        if self.span_id:
            _require(reader, SPAN, self.span_id)
        row = _stamp(
            EVIDENCE,
            id=self.id,
            claim_id=self.claim_id,
            source_id=self.source_id,
            stance=self.stance,
            span_id=self.span_id or None,
            note=self.note,
        )
        return [_insert(EVIDENCE, row)]


@dataclass
class EditEvidence(Operation):
    name: ClassVar[str] = "edit evidence"
    evidence_id: str
    stance: str | None = None
    note: str | None = None

    def plan(self, reader: Reader) -> list[Mutation]:
        row = _require(reader, EVIDENCE, self.evidence_id)
        values: dict[str, object] = {}
        if self.stance is not None:
            _check_choice(self.stance, model.STANCES, "stance")
            values["stance"] = self.stance
        if self.note is not None:
            values["note"] = self.note
        m = _update(EVIDENCE, row, values)
        return [m] if m else []


@dataclass
class DeleteEvidence(Operation):
    name: ClassVar[str] = "delete evidence"
    evidence_id: str

    def plan(self, reader: Reader) -> list[Mutation]:
        return [_delete(EVIDENCE, _require(reader, EVIDENCE, self.evidence_id))]


# ---------------------------------------------------------------------------------------------
# the verdict scale


def _check_verdict_values(values: dict[str, object]) -> None:
    """The rules of a verdict's fields, whichever interface sets them."""
    for name in ("label_ar", "label_en"):
        if name in values and not str(values[name] or "").strip():
            raise OperationError("Every verdict needs a label in Arabic and in English.")
    if "color" in values and not scale.is_color(str(values["color"])):
        raise OperationError(
            f"«{values['color']}» is not a colour; write it as #rrggbb, for example #c62828."
        )
    rating = values.get("rating_value")
    if rating is not None and (
        not isinstance(rating, int) or not scale.WORST_RATING <= rating <= scale.BEST_RATING
    ):
        raise OperationError(
            f"A ClaimReview rating value is a whole number from {scale.WORST_RATING} (false) "
            f"to {scale.BEST_RATING} (true), or none."
        )
    if "position" in values and not isinstance(values["position"], int):
        raise OperationError("A verdict's place in the scale is a whole number.")


@dataclass
class EditVerdictLabel(Operation):
    """Change a verdict of the scale: its labels, ClaimReview rating value, colour or place."""

    name: ClassVar[str] = "edit verdict scale"
    key: str
    values: dict[str, object]

    def plan(self, reader: Reader) -> list[Mutation]:
        allowed = {"label_ar", "label_en", "rating_value", "color", "position"}
        if set(self.values) - allowed:
            raise OperationError(f"Only these verdict fields can change: {', '.join(sorted(allowed))}.")
        values = {k: (str(v).strip() if k in ("label_ar", "label_en") else v) for k, v in self.values.items()}
        _check_verdict_values(values)
        m = _update(VERDICT, _require(reader, VERDICT, self.key), values)
        return [m] if m else []


@dataclass
class AddVerdict(Operation):
    """Add a verdict to the scale at ``position`` (the scale is ordered by position)."""

    name: ClassVar[str] = "add verdict"
    key: str
    label_ar: str
    label_en: str
    position: int
    rating_value: int | None = None
    color: str = "#9e9e9e"

    def plan(self, reader: Reader) -> list[Mutation]:
        if not scale.is_key(self.key):
            raise OperationError(
                f"«{self.key}» cannot be a verdict key: use lower-case letters, digits and _, starting with a letter."
            )
        if reader.get(VERDICT, self.key) is not None:
            raise OperationError(f"The scale already has a verdict «{self.key}».")
        values: dict[str, object] = {
            "label_ar": self.label_ar.strip(),
            "label_en": self.label_en.strip(),
            "rating_value": self.rating_value,
            "color": self.color,
            "position": self.position,
        }
        _check_verdict_values(values)
        return [_insert(VERDICT, _stamp(VERDICT, key=self.key, **values))]


@dataclass
class RemoveVerdict(Operation):
    """Take a verdict off the scale. Its claims are never left without one: they take ``move_to``
    (their history keeps the verdict they had), and without ``move_to`` a verdict still in use is
    refused. Published fact-checks of the library that stood for it follow its claims (or stand
    for none). The verdict new claims start with cannot be removed."""

    name: ClassVar[str] = "remove verdict"
    key: str
    move_to: str | None = None

    def plan(self, reader: Reader) -> list[Mutation]:
        row = _require(reader, VERDICT, self.key)
        label = f"{row['label_ar']} / {row['label_en']}"
        if self.key == scale.UNVERIFIED:
            raise OperationError(
                f"«{label}» is the verdict every new claim starts with: it can be renamed, not removed."
            )
        claims = reader.find(CLAIM, "verdict", self.key)
        if self.move_to is not None:
            if self.move_to == self.key:
                raise OperationError("The claims of a removed verdict must go to another verdict.")
            _require(reader, VERDICT, self.move_to)
        elif claims:
            raise OperationError(
                f"{len(claims)} claim(s) have the verdict «{label}»: choose the verdict they take "
                "instead before removing it."
            )
        out: list[Mutation] = []
        for claim in claims:
            m = _update(CLAIM, claim, {"verdict": self.move_to})
            if m:
                out.append(m)
        for fc in reader.find(FACTCHECK, "verdict", self.key):
            m = _update(FACTCHECK, fc, {"verdict": self.move_to or ""})
            if m:
                out.append(m)
        out.append(_delete(VERDICT, row))
        return out


# ---------------------------------------------------------------------------------------------
# tags and the claim's own note


@dataclass
class TagClaim(Operation):
    """File a claim under a tag (a topic such as «سوريا»). Tagging it again changes nothing."""

    name: ClassVar[str] = "tag claim"
    claim_id: str
    tag: str
    id: str = field(default_factory=model.new_id)

    def plan(self, reader: Reader) -> list[Mutation]:
        _require(reader, CLAIM, self.claim_id)
        name = clean_tag(self.tag)
        if not name:
            raise OperationError("A tag needs at least one letter.")
        if any(t["name"] == name for t in reader.find(TAG, "claim_id", self.claim_id)):
            return []
        return [_insert(TAG, _stamp(TAG, id=self.id, claim_id=self.claim_id, name=name))]


@dataclass
class UntagClaim(Operation):
    name: ClassVar[str] = "untag claim"
    claim_id: str
    tag: str

    def plan(self, reader: Reader) -> list[Mutation]:
        _require(reader, CLAIM, self.claim_id)
        name = clean_tag(self.tag)
        found = [t for t in reader.find(TAG, "claim_id", self.claim_id) if t["name"] == name]
        if not found:
            raise OperationError(f"This claim has no tag «{name}».")
        return [_delete(TAG, t) for t in found]


@dataclass
class SetClaimNote(Operation):
    """The fact-checker's own note on a claim (free text, kept out of reports)."""

    name: ClassVar[str] = "edit claim note"
    claim_id: str
    note: str

    def plan(self, reader: Reader) -> list[Mutation]:
        m = _update(CLAIM, _require(reader, CLAIM, self.claim_id), {"note": self.note})
        return [m] if m else []


# ---------------------------------------------------------------------------------------------
# the library of published fact-checks

#: What an imported fact-check may say (its id, times and origin are the operation's).
FACTCHECK_VALUES: tuple[str, ...] = tuple(
    name for name in FIELDS[FACTCHECK] if name not in ("id", "origin", "created", "modified")
)


def factcheck_key(claim: object, url: object) -> tuple[str, str]:
    """What makes two published fact-checks the same one: the same link, about the same words."""
    return (str(url or "").strip(), " ".join(str(claim or "").split()))


@dataclass
class ImportFactChecks(Operation):
    """Add published fact-checks to the project's reference library as ONE step (one undo).

    Each item is a mapping of :data:`FACTCHECK_VALUES` (``rating`` as written, ``verdict`` the verdict
    key it stands for or empty). An item whose link and claim are already in the library, or earlier
    in the same import, is not added: its position is listed in :attr:`duplicates`; an item without
    a claim or a link is listed in :attr:`skipped` with the reason. Nothing is refused as a whole."""

    name: ClassVar[str] = "import fact-checks"
    items: Sequence[dict[str, str]]
    origin: str = ""
    #: filled while planning: the ids added, the positions (from 0) of duplicates and of items left out
    added: list[str] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)

    def plan(self, reader: Reader) -> list[Mutation]:
        self.added, self.duplicates, self.skipped = [], [], []
        seen: set[tuple[str, str]] = set()
        known: dict[str, set[str]] = {}
        scale_keys: dict[str, bool] = {}
        out: list[Mutation] = []
        stamp = model.now()
        for position, item in enumerate(self.items):
            unknown = set(item) - set(FACTCHECK_VALUES)
            if unknown:
                raise OperationError(f"Unknown fact-check fields: {', '.join(sorted(unknown))}.")
            values = {name: str(item.get(name) or "").strip() for name in FACTCHECK_VALUES}
            verdict = values["verdict"]
            if verdict and verdict not in scale_keys:  # a verdict this project's scale does not have
                scale_keys[verdict] = reader.get(VERDICT, verdict) is not None
            if verdict and not scale_keys[verdict]:
                values["verdict"] = ""
            if not values["claim"]:
                self.skipped.append((position, "no claim text"))
                continue
            if not values["url"]:
                self.skipped.append((position, "no link to the fact-check"))
                continue
            key = factcheck_key(values["claim"], values["url"])
            if key[0] not in known:
                there = reader.find(FACTCHECK, "url", key[0])
                known[key[0]] = {factcheck_key(r["claim"], r["url"])[1] for r in there}
            if key in seen or key[1] in known[key[0]]:
                self.duplicates.append(position)
                continue
            seen.add(key)
            row = model.blank(
                FACTCHECK, id=model.new_id(), origin=self.origin, created=stamp, modified=stamp, **values
            )
            self.added.append(str(row["id"]))
            out.append(_insert(FACTCHECK, row))
        return out


@dataclass
class DeleteFactChecks(Operation):
    """Take published fact-checks out of the library (one undo step). Sources made from them stay:
    a source keeps its own copy of the publisher, title and link."""

    name: ClassVar[str] = "delete fact-checks"
    factcheck_ids: Sequence[str]

    def plan(self, reader: Reader) -> list[Mutation]:
        keys = dict.fromkeys(self.factcheck_ids)  # each once, in order
        return [_delete(FACTCHECK, _require(reader, FACTCHECK, key)) for key in keys]


#: The stance of a published fact-check towards the claim it reviewed, by the verdict its rating
#: stands for: false or misleading refutes it, true or mostly true supports it, anything else
#: (half true, unproven, a rating that maps to nothing) is context.
FACTCHECK_STANCES: dict[str, str] = {
    "false": "refutes",
    "misleading": "refutes",
    "true": "supports",
    "mostly_true": "supports",
}


def factcheck_stance(verdict: str) -> str:
    return FACTCHECK_STANCES.get(verdict, "context")


def _date_part(value: str) -> str:
    """The day of a published date written year first («2020-05-12T09:00:00Z» → «2020-05-12»),
    else the value as written."""
    head = value.strip()[:10]
    if len(head) == 10 and head[4] == "-" and head[7] == "-" and (head[:4] + head[5:7] + head[8:]).isdigit():
        return head
    return value.strip()


@dataclass
class AttachFactCheck(Operation):
    """Make a published fact-check of the library a source of a claim, with evidence: ONE step.

    The source (kind «fact_check») takes the fact-check's publisher, title, link and review date; a
    source of that kind with the same link is used again rather than copied. The evidence's stance
    follows the published rating (:func:`factcheck_stance`) and its note keeps the rating as written."""

    name: ClassVar[str] = "attach fact-check"
    claim_id: str
    factcheck_id: str
    source_id: str = field(default_factory=model.new_id)
    evidence_id: str = field(default_factory=model.new_id)

    def plan(self, reader: Reader) -> list[Mutation]:
        _require(reader, CLAIM, self.claim_id)
        fc = _require(reader, FACTCHECK, self.factcheck_id)
        url = str(fc["url"])
        out: list[Mutation] = []
        existing = [s for s in reader.find(SOURCE, "url", url) if s["kind"] == "fact_check"] if url else []
        if existing:
            self.source_id = str(existing[0]["id"])
            for ev in reader.find(EVIDENCE, "source_id", self.source_id):
                if ev["claim_id"] == self.claim_id:
                    raise OperationError("This published fact-check is already a source of this claim.")
        else:
            title = str(fc["title"]).strip() or str(fc["claim"]).strip()
            source = _stamp(
                SOURCE,
                id=self.source_id,
                kind="fact_check",
                title=" ".join(title.split())[:500],
                url=url,
                publisher=str(fc["publisher"] or fc["site"]),
                published=_date_part(str(fc["review_date"])),
                reliability="unknown",
                notes=str(fc["claim"]),
            )
            out.append(_insert(SOURCE, source))
        evidence = _stamp(
            EVIDENCE,
            id=self.evidence_id,
            claim_id=self.claim_id,
            source_id=self.source_id,
            stance=factcheck_stance(str(fc["verdict"])),
            span_id=None,
            note=str(fc["rating"]),
        )
        out.append(_insert(EVIDENCE, evidence))
        return out


# ---------------------------------------------------------------------------------------------
# project settings


@dataclass
class SetSetting(Operation):
    """Set one project setting (:data:`factdesk.core.model.SETTINGS`); empty text removes it."""

    name: ClassVar[str] = "change project setting"
    key: str
    value: str

    def plan(self, reader: Reader) -> list[Mutation]:
        _check_choice(self.key, tuple(model.SETTINGS), "project setting")
        value = self.value.strip()
        row = reader.get(SETTING, self.key)
        if row is None:
            return [_insert(SETTING, {"key": self.key, "value": value})] if value else []
        if not value:
            return [_delete(SETTING, row)]
        m = _update(SETTING, row, {"value": value}, touch=False)
        return [m] if m else []


# ---------------------------------------------------------------------------------------------
# composition, undo and redo


@dataclass
class Batch(Operation):
    """Several operations done as one: one transaction, one undo step."""

    title: str
    ops: Sequence[Operation]

    def steps(self) -> Iterator[Operation]:
        for op in self.ops:
            yield from op.steps()

    @property
    def label(self) -> str:
        return self.title


@dataclass
class Replay(Operation):
    """Apply recorded mutations as they are: what undo and redo run."""

    title: str
    mutations: Sequence[Mutation]

    def plan(self, reader: Reader) -> list[Mutation]:
        return list(self.mutations)

    @property
    def label(self) -> str:
        return self.title


def claim_from_selection(
    article_id: str, start: int, end: int, claim_text: str, role: str = "asserts"
) -> Batch:
    """The everyday gesture: highlight a stretch and make it a new claim's first appearance."""
    span = AddSpan(article_id, start, end, kind="claim")
    claim = CreateClaim(claim_text)
    return Batch("new claim from selection", [span, claim, LinkSpan(claim.id, span.id, role)])
