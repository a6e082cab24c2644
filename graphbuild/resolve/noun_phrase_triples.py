"""The triple a noun phrase states between two entities' words, in one form for every rule that reads
relations off noun phrases (``nominal``, listed places, post holders, listed arms): their edges carry
the same confidence, source and derivation, and the sentence is their provenance."""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphbuild.extract.reported_phrases import pair_source
from graphbuild.lexicons import Lexicons
from graphbuild.model import Mention, Provenance, Relation, Triple
from graphbuild.resolve.entities import LocalEntity, mention_words

# Derived triples are a little less sure than the triple they come from.
DERIVED_CONFIDENCE = 0.9


def mention_of(entity: LocalEntity, token: Token) -> Mention:
    doc = token.doc
    start, end = mention_words(entity, token)
    span = doc[start:end]
    return Mention(span.text, span.start_char, span.end_char, entity.key, entity.name)


def sentence_provenance(sent: Span, index: int) -> Provenance:
    """The provenance of a triple read off the ``index``-th sentence: its text, without trailing space."""
    text = sent.text.rstrip()
    return Provenance("", index, text, sent.start_char, sent.start_char + len(text))


def noun_phrase_triple(
    source: LocalEntity,
    head: Token,
    label: str,
    target: LocalEntity,
    dependant: Token,
    provenance: Provenance,
    lexicons: Lexicons,
) -> Triple:
    """``source --label--> target`` as the words ``head`` and ``dependant`` state it, attributed to
    whoever the sentence reports the two words from."""
    return Triple(
        mention_of(source, head),
        Relation(label, label),
        mention_of(target, dependant),
        provenance,
        attributed_to=pair_source((head, dependant), lexicons),
        confidence=DERIVED_CONFIDENCE,
        derived="nominal",
    )


__all__ = ["DERIVED_CONFIDENCE", "mention_of", "noun_phrase_triple", "sentence_provenance"]
