"""Whose word a noun phrase's own fact is. A possessive or a noun placed by a name said inside what
someone reports ("the union said Asia's carriers lost money", "officials say voters in rural Ohio
…", "…, according to police") is the reporter's wording like the clause it sits in, so the fact it
yields ("Asia has carriers", "voters are in Ohio") takes the clause's source. An apposition is the
author's gloss ("captured Tarsk, a town in the north") and the "according to" phrase names the
source itself: their facts keep none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.extract.attribution import attribution_of
from graphbuild.extract.facts import Fact
from graphbuild.extract.phrases import MAX_DEPTH, TokenSpan
from graphbuild.lexicons import Lexicons
from graphbuild.model import evolve
from graphbuild.nlp import span_text

# Fact kinds a noun phrase states in its speaker's words: a possessive ("Asia's carriers"), a noun
# placed by a name ("voters in Ohio"). Appositions and titles describe who someone is: the author's.
WORDED_KINDS = ("poss:", "located:")
# Links at which a phrase stops being the clause's words: an apposition the author adds.
GLOSS_DEPS = frozenset({"appos"})


def phrase_clause(word: Token) -> Token | None:
    """The verb of the clause a noun phrase's word sits in; None past an apposition (the author's
    gloss) or out of an "according to" phrase (the source's own name, no word of its account)."""
    token = word
    for _ in range(MAX_DEPTH):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.dep_ in GLOSS_DEPS or token.lower_ == "according" or token.head.i == token.i:
            return None
        token = token.head
    return None


def phrase_source(word: Token, lexicons: Lexicons) -> TokenSpan | None:
    """The source of the report a noun phrase's word is part of, if any."""
    clause = phrase_clause(word)
    return attribution_of(clause, lexicons) if clause is not None else None


def reported_by(word: Token, lexicons: Lexicons) -> str | None:
    """``phrase_source`` as text, for an edge a noun phrase yields when entities are resolved."""
    source = phrase_source(word, lexicons)
    return span_text(word.doc[source[0] : source[1]]) if source is not None else None


def pair_source(words: tuple[Token, ...], lexicons: Lexicons) -> str | None:
    """``reported_by`` for an edge between words of one noun phrase ("the mayor of Nago"), when all
    of them sit in the same clause's words (none in an apposition the author adds)."""
    clauses = {phrase_clause(word) for word in words}
    return reported_by(words[0], lexicons) if len(clauses) == 1 and None not in clauses else None


def reported_phrase(fact: Fact, doc: Doc, lexicons: Lexicons) -> Fact:
    """A possessive or placed noun's fact inside someone's report, given the report's source."""
    if fact.attributed_to is not None or not fact.kind.startswith(WORDED_KINDS):
        return fact
    source = phrase_source(doc[fact.subject[0] : fact.subject[1]].root, lexicons)
    return evolve(fact, attributed_to=source) if source is not None else fact


__all__ = ["pair_source", "phrase_clause", "phrase_source", "reported_by", "reported_phrase"]
