"""Plain records passed between stages: ingest -> nlp -> extract -> resolve -> rdf.

Every offset in a finished record refers to the document's *source* text, the characters as read
from disk, so ``document.source[t.char_start:t.char_end]`` is a triple's sentence even when the
article was Penn-Treebank tokenised or had boilerplate cut away. Stages that work on the cleaned
``Document.text`` map their offsets back with ``Document.to_source``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal, TypeVar

EntityType = Literal["Actor", "Weapon", "Region", "Other"]
ENTITY_TYPES: tuple[EntityType, ...] = ("Actor", "Weapon", "Region", "Other")

_Record = TypeVar("_Record")


def evolve(record: _Record, **changes: object) -> _Record:
    """``dataclasses.replace`` for frozen records with no ``__post_init__`` and every field set by
    ``__init__`` (those here, ``Fact``, ``EntityMention``), at a quarter of its cost: extraction and
    resolution copy some 25,000 records per 60 articles. Field names are not checked."""
    new = object.__new__(type(record))
    new.__dict__.update(record.__dict__, **changes)
    return new


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets in a cleaned text back to the source it was made from.

    ``segments`` are ``(text_start, source_start, text_len, source_len)`` tuples sorted by
    ``text_start``. A segment of equal lengths was copied (or replaced char for char); an unequal
    one was rewritten (``-LRB-`` -> ``(``), so any offset inside it maps to its whole source span.
    Text between segments maps to the end of the segment before it. No segments means identity.
    """

    segments: tuple[tuple[int, int, int, int], ...] = ()

    def _segment(self, offset: int) -> tuple[int, int, int, int] | None:
        i = bisect.bisect_right(self.segments, (offset, float("inf"))) - 1
        return self.segments[i] if i >= 0 else None

    def start(self, offset: int) -> int:
        """Source offset of the character at text ``offset``."""
        if not self.segments:
            return offset
        seg = self._segment(offset)
        if seg is None:
            return self.segments[0][1]
        ts, ss, tl, sl = seg
        if offset < ts + tl:
            return ss + (offset - ts) if tl == sl else ss
        return ss + sl

    def end(self, offset: int) -> int:
        """Source offset just after the character before text ``offset`` (an exclusive end)."""
        if not self.segments:
            return offset
        seg = self._segment(offset - 1)
        if seg is None:
            return self.segments[0][1]
        ts, ss, tl, sl = seg
        if offset - 1 < ts + tl:
            return ss + (offset - ts) if tl == sl else ss + sl
        return ss + sl


@dataclass(frozen=True)
class TimeExpression:
    """A temporal expression and its TIMEX3 value against the article's date, in source offsets.

    ``value`` is ISO 8601 as TimeML writes it (``2011-05-11``, ``2011-05``, ``199X``, ``2011-W18``,
    ``2007/2009``, ``P3Y``, ``2011-05-11T07:57``), or None when it could not be read; ``granularity``
    names its precision (day, month, year, decade, century, week, season, quarter, interval,
    duration, time) and ``type`` its TIMEX3 type (DATE, TIME, DURATION).
    """

    text: str
    start: int
    end: int
    value: str | None = None
    granularity: str | None = None
    type: str = "DATE"


@dataclass(frozen=True)
class Document:
    """One article: ``text`` is what the parser sees, ``source`` what was read from disk."""

    id: str
    text: str
    source: str
    offsets: OffsetMap = field(default_factory=OffsetMap)
    path: str | None = None
    title: str | None = None
    date: str | None = None
    author: str | None = None
    dateline: str | None = None
    date_source: str | None = None  # where ``date`` came from: metadata, dateline, option
    times: tuple[TimeExpression, ...] = ()  # every temporal expression, filled by the build

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``text`` span to the ``source`` span covering the same characters."""
        if end <= start:
            s = self.offsets.start(start)
            return s, s
        return self.offsets.start(start), self.offsets.end(end)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document, with source offsets."""

    doc_id: str
    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A span of text that names (or refers to) something.

    ``entity_id`` and ``entity_label`` are filled by resolution; ``text`` always keeps the surface
    form, so a resolved pronoun still shows what the article said.
    """

    text: str
    start: int
    end: int
    entity_id: str | None = None
    entity_label: str | None = None


@dataclass(frozen=True)
class Relation:
    """The predicate of a triple: its words as written and a normalised lemma form."""

    text: str
    lemma: str


@dataclass(frozen=True)
class Provenance:
    """Where a triple came from: document, sentence and the sentence's source offsets."""

    doc_id: str
    sentence_index: int
    sentence: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Argument:
    """A further argument of an n-ary fact (time, place, manner), with its preposition if any."""

    mention: Mention
    role: str = ""


@dataclass(frozen=True)
class Triple:
    """A subject-relation-object fact with its qualifiers and provenance."""

    subject: Mention
    relation: Relation
    object: Mention
    provenance: Provenance
    arguments: tuple[Argument, ...] = ()
    negated: bool = False
    modality: str | None = None
    attributed_to: str | None = None
    confidence: float = 1.0
    time: TimeExpression | None = None  # when the fact happened, from its clause or an argument
    # How an edge was derived from another triple of the sentence (``inner``: entities named inside
    # its phrases; ``argument``: its subject and a prepositional argument); None for an extracted fact.
    derived: str | None = None


@dataclass
class Entity:
    """A canonical thing the graph talks about, merged from its mentions.

    ``id`` is the entity's IRI. ``merges`` records why surface forms were merged, so a reader can
    audit (and undo) every merge. ``codes`` carries identifiers such as ``iso3166``, ``geonames`` or
    ``cameo`` codes. ``node`` is false for a typed mention that is no node ("the officials", "the
    school": common nouns tied to no name): it is listed with the entities, typed, but the graph,
    the page and the network leave it out, and the triples keep it as text.
    """

    id: str
    label: str
    type: EntityType = "Other"
    subtype: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    codes: dict[str, str] = field(default_factory=dict)
    docs: list[str] = field(default_factory=list)
    merges: list[dict[str, object]] = field(default_factory=list)
    node: bool = True
