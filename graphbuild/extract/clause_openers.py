"""A preposition's object that is the subject of the clause after it.

"The firm apologised after thousands of users found the site down": "after" opens a clause, but
the small model often reads it as a preposition with "thousands of users" its object and hangs
"found" on the main verb as a clause of its own, with no subject. A tensed verb standing right
after a preposition's object, with no subject of its own, takes that object as its subject: the
fact "apologised after | thousands of users" states a cut clause, and is kept only as a variant.
A speech tag ("… rose to $5 billion, reported the board") is no such clause: its subject follows it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.extract.facts import Fact
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import has_child, tensed

# Prepositions that also open a clause ("after the site went down", "as damage was found"): only
# they can be a clause's opener the parse took for a preposition.
CLAUSE_OPENERS = frozenset({"after", "before", "until", "till", "since", "as", "once"})
# Links of a verb the parse hung on the main clause as a clause of its own.
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "conj", "parataxis"})
# Words that may stand between a subject and its verb ("thousands of users suddenly found").
BETWEEN_POS = frozenset({"ADV"})


def opened_clause(fact: Fact, doc: Doc, lexicons: Lexicons) -> bool:
    """The fact's object is a preposition's object followed at once by a subjectless tensed
    clause: the preposition opened that clause, and the object is only its subject. A reporting
    verb (``lexicons/reporting_verbs.txt``) there is a speech tag whose subject comes after it."""
    if fact.object is None:
        return False
    start, end = fact.object
    root = doc[start:end].root
    if root.dep_ != "pobj" or root.head.pos_ != "ADP" or root.head.lower_ not in CLAUSE_OPENERS:
        return False
    verb = _next_verb(doc, end)
    if verb is None or verb.head.i != root.head.head.i or not _subjectless(verb):
        return False
    if verb.lemma_.lower() in lexicons.terms("reporting_verbs"):
        return False
    return not _later_part(doc[end - 1], root)


def _later_part(last: Token, root: Token) -> bool:
    """The object ends in a clause of its own or in a later conjunct ("Paris, where flights were
    cancelled and a terminal …"): the verb after it has that part for its subject, and the
    object's head still is what the preposition governs."""
    word = last
    while word.i != root.i and word.head.i != word.i:
        if word.pos_ in ("VERB", "AUX") or word.dep_ == "conj":
            return True
        word = word.head
    return False


def _next_verb(doc: Doc, end: int) -> Token | None:
    """The verb a clause opens with at ``end`` (through adverbs and its auxiliaries), or None."""
    i = end
    while i < len(doc) and doc[i].pos_ in BETWEEN_POS:
        i += 1
    if i >= len(doc):
        return None
    word = doc[i]
    verb = word.head if word.dep_ in ("aux", "auxpass") and word.head.i > word.i else word
    return verb if verb.pos_ in ("VERB", "AUX") and verb.dep_ in CLAUSE_DEPS else None


def _subjectless(verb: Token) -> bool:
    return tensed(verb) and not has_child(verb, SUBJ_DEPS)


__all__ = ["opened_clause"]
