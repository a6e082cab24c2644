"""Records shared by the resolution steps, and the name key two surface forms must share."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from graphbuild.model import Triple
from graphbuild.nlp import whole_word

_DETERMINERS = re.compile(r"^(the|a|an|this|that|these|those)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\s*['\u2019]s?$")


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """``(start, end)`` token indices of each sentence, found once per Doc.

    ``doc.sents`` walks every token; resolution asks for sentences once per mention or pronoun,
    so the answer is kept in ``doc.user_data``.
    """
    bounds = doc.user_data.get("gb_sentence_bounds")
    if bounds is None:
        bounds = doc.user_data["gb_sentence_bounds"] = [(s.start, s.end) for s in doc.sents]
    return bounds


def expanded_span(doc: Doc, start: int, end: int) -> Span | None:
    """``doc.char_span(start, end, alignment_mode="expand")``, found once per Doc and offsets.

    Linking, the edges of phrases and the checks of coreference each ask for the tokens of the same
    triple's mentions (~25,000 times on 60 articles), so the answers are kept in ``doc.user_data``,
    as token offsets: a Span kept there would hold its Doc in a reference cycle, and the Docs of a
    worker, whose collector runs seldom, would pile up (600 articles took 0.3 GB more).
    """
    offsets = doc.user_data.setdefault("gb_expanded_spans", {})
    if (start, end) not in offsets:
        span = doc.char_span(start, end, alignment_mode="expand")
        offsets[start, end] = None if span is None else (span.start, span.end)
    found = offsets[start, end]
    if found is None:
        return None
    spans = doc.user_data.get(SPANS_KEY)
    if spans is None:
        return doc[found[0] : found[1]]
    span = spans.get(found)
    if span is None:
        span = spans[found] = doc[found[0] : found[1]]
    return span


# Where ``expanded_span`` keeps the Spans it made while ``spans_kept`` lasts.
SPANS_KEY = "gb_kept_spans"


@contextmanager
def spans_kept(doc: Doc) -> Iterator[None]:
    """``expanded_span`` gives the same Span for the same tokens while this lasts: resolution asks for
    a triple's phrases some 25,000 times on 60 articles (2,900 distinct ones in the edges' steps), and
    a Span costs ~0.7 µs to make. They are dropped at the end, so no Span keeps its Doc in a cycle."""
    doc.user_data[SPANS_KEY] = {}
    try:
        yield
    finally:
        doc.user_data.pop(SPANS_KEY, None)


def sentence_index(doc: Doc, i: int) -> int:
    """Index of the sentence holding token ``i``."""
    return max(bisect.bisect_right(sentence_bounds(doc), i, key=lambda bound: bound[0]) - 1, 0)


@functools.lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """The key two surface forms must share to be merged: case, determiners, possessives folded.

    Kept per name: resolution folds each name about five times (~14,000 calls on 60 articles).
    """
    name = _DETERMINERS.sub("", " ".join(name.split()))
    name = _POSSESSIVE.sub("", name)
    name = name.lower().replace("-", " ").replace(".", "").replace("\u2019", "'")
    return " ".join(name.split())


def without_the(name: str) -> str:
    """``name`` without a leading "the" ("the Senate" -> "Senate"), its case kept."""
    return name[4:] if name.lower().startswith("the ") else name


def name_head(name: str) -> str:
    """The head word of a name: "Supreme Court of Ruritania" -> "court"."""
    words = name.split(" of ")[0].split()
    return words[-1].lower() if words else ""


@dataclass
class LocalEntity:
    """An entity as seen in one document.

    ``generic`` entities come from common nouns ("weapons", "the militants"); ``reasons`` lists
    every merge made inside the document, as ``{"alias", "reason", "score"}`` records. ``node`` is
    false for a typed mention that is no node (``resolve.nodes``): no triple is linked to it.
    """

    key: str
    name: str
    type: str
    subtype: str
    aliases: Counter[str] = field(default_factory=Counter)
    mentions: int = 0
    codes: dict[str, str] = field(default_factory=dict)
    token_spans: list[tuple[int, int]] = field(default_factory=list)
    reasons: list[dict[str, object]] = field(default_factory=list)
    generic: bool = False
    plural: bool = False
    source: str = "ner"
    node: bool = True


@dataclass
class DocumentEntities:
    """The local entities of a document and its triples linked to them (ids are local keys)."""

    entities: list[LocalEntity]
    triples: list[Triple]


def mention_words(entity: LocalEntity, token: Token) -> tuple[int, int]:
    """The token span of the entity's mention that covers ``token``; else the whole written word
    of ``token`` (a mention found by coreference or a compound may lie outside the entity's own)."""
    return next(((s, e) for s, e in entity.token_spans if s <= token.i < e), whole_word(token))


__all__ = ["DocumentEntities", "LocalEntity", "mention_words", "name_head", "normalise"]
