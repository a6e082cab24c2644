"""A document's temporal expressions with values, in source offsets, and the time of each fact."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc, Token

from graphbuild.model import Document, Mention, TimeExpression, Triple
from graphbuild.nlp import token_table
from graphbuild.temporal.anchor import Anchor, document_anchor
from graphbuild.temporal.expressions import find_expressions
from graphbuild.temporal.normalise import TimeValue, normalise

_HEAD_DATE = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s*,?\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*,?\s+(?:19|20)\d\d"
)
_HEAD_CLOCK = re.compile(r"\d{1,2}:\d\d\s*[ap]\.?\s?m\.?")


def document_times(doc: Doc, document: Document, anchor: Anchor | None = None) -> tuple[TimeExpression, ...]:
    """Every temporal expression of ``doc`` (parsed from ``document.text``), valued, in source offsets.

    A clock time with no day of its own takes the last day named before it in the same sentence
    ("on Saturday ... at 2:49 a.m."), else the anchor. The head of a wire story ("Wed May 11, 2011
    7:57am EDT"), cut from the parsed text, is read from the source.
    """
    anchor = anchor or document_anchor(document)
    out: list[TimeExpression] = list(_header_times(document, anchor.date))
    last_day: date | None = None
    last_year: str | None = None
    for e in find_expressions(doc):
        value = normalise(e.text, anchor.date, future=e.future)
        if value is not None and value.type == "TIME" and re.match(r"\d", e.text) and last_day:
            value = normalise(e.text, last_day, future=e.future)  # a clock time on the last day named
        if value is None and e.text.lower() in ("that year", "the same year") and last_year:
            value = TimeValue(last_year, "year")
        if value is None:
            continue  # no calendar point or length: an age ("86"), a code, "years"
        if value.granularity in ("day", "time") and value.value[:4].isdigit():
            last_day = date.fromisoformat(value.value[:10])
        if value.granularity == "year":
            last_year = value.value
        start, end = document.to_source(e.start, e.end)
        if any(t.start < end and start < t.end for t in out):
            continue
        out.append(
            TimeExpression(document.source[start:end], start, end, value.value, value.granularity, value.type)
        )
    return tuple(sorted(out, key=lambda t: t.start))


def _header_times(document: Document, anchor: date | None) -> list[TimeExpression]:
    """The date (and clock time) of a wire story's head, when the parsed text starts after it."""
    if not document.text or document.source.startswith(document.text[:40]):
        return []
    body = document.to_source(0, 1)[0]
    out = []
    m = _HEAD_DATE.search(document.source, 0, body)
    if m:
        value = normalise(m.group(), anchor)
        day = date.fromisoformat(value.value) if value and value.granularity == "day" else anchor
        out.append(
            TimeExpression(m.group(), m.start(), m.end(), value.value if value else None,
                           value.granularity if value else None)
        )  # fmt: skip
        c = _HEAD_CLOCK.search(document.source, m.end(), body)
        if c:
            v = normalise(c.group(), day)
            if v:
                out.append(TimeExpression(c.group(), c.start(), c.end(), v.value, v.granularity, v.type))
    return out


# A token's clause is the verb that heads it; these links join two verbs into one clause (a
# control verb and its infinitive, "planned to attack"), as does a coordinated verb with no subject
# of its own ("attacked the town and seized the airport"); every other link starts a new clause.
_SAME_CLAUSE = frozenset({"xcomp", "aux", "auxpass"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_VERBAL = frozenset({"VERB", "AUX"})
_NOMINAL = frozenset({"NOUN", "PROPN"})

ClauseOf = Callable[[Triple, TimeExpression], bool]


def triple_time(
    triple: Triple, times: tuple[TimeExpression, ...], same_clause: ClauseOf | None = None
) -> TimeExpression | None:
    """The time of a fact: a time expression in one of its arguments, else in its object or subject,
    else the only one its sentence holds, when it belongs to the fact's clause (``same_clause``, see
    ``clause_test``): "in 2007" in "X attacked in 2007 and Y has become active" dates the attack,
    not Y. Durations are lengths, not times, and are skipped. Offsets are the source offsets
    ``process_document`` gives triples."""
    dated = [t for t in times if t.value and t.type != "DURATION"]
    for argument in triple.arguments:
        m = argument.mention
        for t in dated:
            if t.start < m.end and m.start < t.end and _is_the_argument(t, m):
                return t
    p = triple.provenance
    inside = [t for t in dated if p.char_start <= t.start and t.end <= p.char_end]
    for mention in (triple.object, triple.subject):
        for t in inside:
            if t.start < mention.end and mention.start < t.end:
                return t
    if len(inside) != 1 or (same_clause is not None and not same_clause(triple, inside[0])):
        return None
    return inside[0]


# Words an argument may hold beside its time and still be that time ("the early 1990s", "until May").
_TIME_FRAME = re.compile(
    r"\b(?:the|a|an|of|early|late|mid|around|about|until|since|before|after|by|in|on|at|during|from|to|"
    r"and|between|this|that|last|next|same|other|its|their|his|her|just|shortly|only|local|time|"
    r"night|morning|afternoon|evening|day|days|week|weekend|hours?)\b|[^A-Za-z]+",
    re.IGNORECASE,
)


_ZONE = re.compile(r"\b(?:[A-Z]{2,4}T|UTC|GMT)\b")  # "10 a.m. BST"


def _is_the_argument(time: TimeExpression, argument: Mention) -> bool:
    """Whether an argument is its time, not a noun the time modifies ("after the uprisings between
    2007 and 2009" is an event of its own: it does not date the fact)."""
    rest = argument.text[: max(0, time.start - argument.start)] + argument.text[time.end - argument.start :]
    rest = _ZONE.sub("", rest)
    return not _TIME_FRAME.sub("", rest).strip()


def clause_test(doc: Doc, document: Document) -> ClauseOf:
    """Whether a time expression belongs to a fact's clause in ``doc``'s parse.

    A token's clause is its nearest verb ancestor, through ``xcomp`` to the governing verb; the
    predicate is the verb of the relation's words nearest before the object (else the object's
    clause). A coordinated verb with no subject of its own shares a time that stands before the
    first verb ("In 2007 they attacked and seized"), not one inside the first verb's phrase ("emerged
    in 2007 and has become active"). A time that modifies a noun outside the fact ("wounds after the
    uprisings between 2007 and 2009") dates that noun's event, not the fact. Spans are source
    offsets, mapped back to tokens once per document.
    """
    starts: list[int] = []  # each token's source offset, in order (they grow); made at the first test
    # Each (triple, time) pair is tested, so the same sentence and mentions are looked up again and
    # again; a span's Tokens are made once (the tests only read them).
    spans: dict[tuple[int, int], list[Token]] = {}

    def tokens(start: int, end: int) -> list[Token]:
        if not starts and len(doc):
            source = document.offsets.start  # ``to_source``'s start, without the end it would map too
            starts.extend(source(idx) for idx in token_table(doc).idx)
        span = spans.get((start, end))
        if span is None:
            span = spans[start, end] = list(doc[bisect_left(starts, start) : bisect_left(starts, end)])
        return span

    def test(triple: Triple, time: TimeExpression) -> bool:
        span = tokens(time.start, time.end)
        obj = tokens(triple.object.start, triple.object.end)
        sentence = tokens(triple.provenance.char_start, triple.provenance.char_end)
        predicate = _predicate(triple, sentence, obj[0].i if obj else None)
        root = _root(span)
        if predicate is None:
            return False  # a relation read off a noun phrase ("X, President of Y") is a state, not an event
        if root is None:
            return True  # no parse to judge by: keep the sentence's time
        verb = _clause(root)
        fact = {t.i for t in [*obj, *tokens(triple.subject.start, triple.subject.end), *span]}
        if any(t.pos_ in _NOMINAL and t.i not in fact for t in _path(root, verb)):
            return False
        if _clause(predicate) == verb:
            return True
        return verb is not None and root.i < verb.i and _clause(predicate, coordinated=True) == verb

    return test


def _root(tokens: list[Token]) -> Token | None:
    """The token of a span whose head lies outside it."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)


def _path(token: Token, verb: Token | None) -> list[Token]:
    """The tokens between ``token`` and its clause's verb, both left out."""
    out = []
    while verb is not None and token.head.i != token.i and token.head.i != verb.i:
        token = token.head
        out.append(token)
    return out


def _clause(token: Token | None, *, coordinated: bool = False) -> Token | None:
    """The verb heading ``token``'s clause; with ``coordinated``, a verb sharing its subject with the
    verb it is coordinated to counts as that verb's."""
    while token is not None:
        verbal = token.pos_ in _VERBAL and token.dep_ not in _SAME_CLAUSE
        if verbal and not (coordinated and _shares_subject(token)):
            return token
        if token.head.i == token.i:
            return token
        token = token.head
    return None


def _shares_subject(verb: Token) -> bool:
    """A coordinated verb without a subject of its own."""
    return verb.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in verb.children)


def _predicate(triple: Triple, sentence: list[Token], object_at: int | None) -> Token | None:
    """The sentence's verb that is the fact's relation: of the relation's words, the one nearest
    before the object (a verb after it belongs to a later clause)."""
    words = set(triple.relation.text.lower().split()) | set(triple.relation.lemma.lower().split())
    verbs = [t for t in sentence if t.pos_ in _VERBAL and (t.lower_ in words or t.lemma_.lower() in words)]
    if not verbs:
        return None
    main = [t for t in verbs if t.pos_ == "VERB"] or verbs
    before = [t for t in main if object_at is None or t.i < object_at] or main
    return before[-1]
