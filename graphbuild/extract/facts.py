"""``Fact``: an extracted tuple as token spans of one parsed sentence, before it becomes a Triple.

Rules produce Facts because both consumers need token positions: the graph maps them to character
offsets (``to_triple``) and CaRB output re-joins the original benchmark tokens (``openie``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from graphbuild.extract.phrases import TokenSpan
from graphbuild.model import Argument, Mention, Provenance, Relation, Triple, evolve
from graphbuild.nlp import char_bounds, doc_text, span_text, token_table

RelationPart = int | str
"""A relation word: a token index into the Doc, or a word the rule supplies ("is", "has")."""


@dataclass(frozen=True)
class ExtraArgument:
    """A further argument (time, place, manner): its phrase and the preposition introducing it."""

    span: TokenSpan
    marker: int | None = None  # token index of the preposition, if any
    role: str = ""  # a role the rule names ("condition"); else the preposition is the role


@dataclass(frozen=True)
class Fact:
    """One extracted tuple; ``kind`` names the rule that made it (for confidence and debugging)."""

    subject: TokenSpan
    relation: tuple[RelationPart, ...]
    object: TokenSpan | None
    arguments: tuple[ExtraArgument, ...] = ()
    lemma: str = ""
    kind: str = "clause"
    negated: bool = False
    modality: str | None = None
    attributed_to: TokenSpan | None = None
    confidence: float = 0.5
    variant: bool = False  # another reading of a fact already made (see clauses.clause_facts)
    agentive: bool = False  # "Y was killed by X": the object is the agent (the graph turns it active)

    def with_confidence(self, confidence: float) -> Fact:
        return evolve(self, confidence=round(max(0.01, min(confidence, 0.99)), 3))


def relation_words(fact: Fact, words: Sequence[str]) -> list[str]:
    """The relation as words, token parts looked up in ``words``."""
    return [words[p] if isinstance(p, int) else p for p in fact.relation]


def relation_text(fact: Fact, doc: Doc) -> str:
    """The relation as written: words apart, the pieces of a hyphened word ("re-open") together."""
    table = token_table(doc)
    out = ""
    for n, part in enumerate(fact.relation):
        before = fact.relation[n - 1] if n else None
        glued = isinstance(part, int) and isinstance(before, int) and part == before + 1
        glued = glued and not table.spaced[before] and "-" in (table.text[before], table.text[part])
        word = table.text[part] if isinstance(part, int) else part
        out += word if glued or not out else f" {word}"
    return out


class _DocWords(Sequence[str]):
    """The words of a Doc by index, without copying them all (a Doc may be a long article)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def __getitem__(self, i):  # type: ignore[override]
        return token_table(self.doc).text[i]

    def __len__(self) -> int:
        return len(self.doc)


def argument_words(arg: ExtraArgument, words: list[str]) -> list[str]:
    """A further argument with its preposition ("in 1941"), even if the two are apart."""
    start, end = arg.span
    out = words[start:end]
    if arg.marker is not None and not (start <= arg.marker < end):
        out = [words[arg.marker], *out]
    return out


def _mention(doc: Doc, span: TokenSpan) -> Mention:
    start, end = char_bounds(doc, *span)
    return Mention(doc_text(doc)[start:end], start, end)


# Adverbs that say how far an act went ("were partially crushed", "was nearly destroyed", "was not
# severely damaged"): the active relation keeps them, or "X crush Y" states the whole act the text
# does not, and a denial of the degree ("not severely") becomes one of the act ("did not damage").
DEGREE_ADVERBS = frozenset(
    {"almost", "barely", "largely", "mostly", "narrowly", "nearly", "partially", "partly"}
    | {"badly", "completely", "critically", "entirely", "fatally", "fully", "gravely", "heavily"}
    | {"lightly", "mortally", "seriously", "severely", "slightly", "totally"}
)


def _degree_adverbs(fact: Fact, words: Sequence[str]) -> list[str]:
    """The relation's degree adverbs, lower-cased, in their order."""
    parts = (words[p].lower() for p in fact.relation if isinstance(p, int))
    return [w for w in parts if w in DEGREE_ADVERBS]


def to_triple(fact: Fact, doc: Doc, provenance: Provenance) -> Triple | None:
    """The graph's record of a Fact (None for a Fact without an object)."""
    if fact.object is None:
        return None
    words = _DocWords(doc)
    arguments = tuple(
        Argument(_mention(doc, a.span), a.role or (doc[a.marker].lower_ if a.marker is not None else ""))
        for a in fact.arguments
    )
    attributed = span_text(doc[fact.attributed_to[0] : fact.attributed_to[1]]) if fact.attributed_to else None
    subject, object_ = fact.subject, fact.object
    relation = Relation(relation_text(fact, doc), fact.lemma)
    if fact.agentive:
        # who did what to whom: "Y was killed by X" is stored X -> kill -> Y
        subject, object_ = object_, subject
        active = fact.lemma.rsplit(" ", 1)[0] if fact.lemma.endswith(" by") else fact.lemma
        active = " ".join([*_degree_adverbs(fact, words), active])
        relation = Relation(active, active)
    return Triple(
        subject=_mention(doc, subject),
        relation=relation,
        object=_mention(doc, object_),
        provenance=provenance,
        arguments=arguments,
        negated=fact.negated,
        modality=fact.modality,
        attributed_to=attributed,
        confidence=fact.confidence,
    )


def as_variants(facts: Iterator[Fact], doubtful: bool) -> Iterator[Fact]:
    """A reading the parse allows but the graph should not state: kept for Open IE benchmarks,
    which reward the surface form, as a variant (the graph skips variants)."""
    for fact in facts:
        yield evolve(fact, variant=True) if doubtful else fact
