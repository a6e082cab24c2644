"""Whom a speaker's "we" stands for: the body the speaker speaks for, read from the speaker's phrase.

Kept apart from ``resolve.coref`` (which calls it for "we" and "us"): a first-person plural is not
resolved from the discourse before it but from who is reported as saying it.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.qualifiers import attribution_of
from graphbuild.lexicons import Lexicons
from graphbuild.resolve.entities import LocalEntity

# Bodies a speaker can speak for as "we": groups, institutions, states (not a person, not a post).
SPEAKING_FOR = frozenset({"Actor", "Region"})
PERSONS = frozenset({"Person", "Role"})


def speaker_body(pronoun: Token, owner: dict[int, LocalEntity], lexicons: Lexicons) -> LocalEntity | None:
    """ "We will not allow X …," said Y, spokesman of Z: "we" is Z, the body the speaker's phrase
    names (or the speaker itself when it is a body, not a person); unresolved when the speaker is a
    person with no body named, or there is no speaker (an author's "we")."""
    verb = pronoun.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    source = attribution_of(verb, lexicons)
    if source is None:
        return None
    doc = pronoun.doc
    span = doc[source[0] : source[1]]
    speaker = owner.get(span.root.i)
    if speaker is not None and speaker.type == "Actor" and speaker.subtype not in PERSONS:
        return speaker
    if speaker is None or speaker.type != "Actor":
        return None  # "officials said we …": whose officials the text does not say
    if any(t.dep_ == "cc" and t.i not in owner for t in span):
        return None  # "written by A and X economist B, who said we …": "we" is the people together
    tokens = [*span, *(t for c in span.root.children if c.dep_ == "appos" for t in c.subtree)]
    bodies = [
        owner[t.i]
        for t in tokens
        if t.i in owner
        and owner[t.i].key != speaker.key
        and owner[t.i].type in SPEAKING_FOR
        and owner[t.i].subtype not in PERSONS
    ]
    # an organisation before a country: "Y, commander of U.S. Central Command" speaks for the command
    bodies.sort(key=lambda e: e.type != "Actor")
    return bodies[0] if bodies else None


__all__ = ["speaker_body"]
