"""A description that a passive "identified as" or "named as" ties to a person's name: "The man
arrested has been identified as Tom Hale", "the victim was named as Ana Ruiz".

News brings in an unnamed person by a description and gives the name when the police or a paper
identify them; the passive verb with "as" says outright that the description and the name are one,
as a copula would ("The suspect is Tom Hale"). Precision first: only a person's name as the object
of "as" (not "identified as a suspect", nor "as Tom Hale's brother", where the name is another's),
and only an asserted verb ("could not be identified as", "may be named as" are no identity).
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.resolve.entities import LocalEntity

# Verbs whose passive with "as" gives a described person's name.
IDENTIFYING_VERBS = frozenset({"identify", "name"})
PASSIVE_SUBJECT = "nsubjpass"
AS = "as"
# Children of the verb that make it no assertion ("not", "could", "may").
UNASSERTED_DEPS = frozenset({"neg"})
MODAL_TAG = "MD"
PERSON = ("Actor", "Person")


def identified_person(noun: Token, owner: dict[int, LocalEntity]) -> LocalEntity | None:
    """The person whose name a passive "identified as" / "named as" gives to the description whose
    head is ``noun``, or None."""
    verb = noun.head
    if noun.dep_ != PASSIVE_SUBJECT or verb.lemma_.lower() not in IDENTIFYING_VERBS:
        return None
    if any(c.dep_ in UNASSERTED_DEPS or c.tag_ == MODAL_TAG for c in verb.children):
        return None
    named = [
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == AS
        for g in p.children
        if g.dep_ == "pobj"
    ]
    if len(named) != 1 or named[0].i not in owner:
        return None
    person = owner[named[0].i]
    return person if (person.type, person.subtype) == PERSON and not person.plural else None


__all__ = ["identified_person"]
