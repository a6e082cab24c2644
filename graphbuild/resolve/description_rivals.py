"""Names near a definite description ("the group") that are no rival antecedents of it.

"According to the BBC, it was the first time the group linked itself to al-Qaeda": the outlet the
sentence is credited to is named nearest, but it only vouches for the sentence; a description inside
names what the sentence is about. (A speaker is another matter: "Sundance said the crash would
not wound the firm" means Sundance, so only "according to" sets its source aside.) A name cited
only as a source ("Africa's richest woman according to Forbes") is no topic of the sentences after
it either: "The company is struggling" two sentences on is the firm the text is about.

"The PCS union … PCS members … Jobcentre services …; the union have announced": a name whose own
words make it a body of the description's kind (a "… Union") is the antecedent before a nearer
name that says nothing of its kind. "The local Haitian government … The central government": a
government of another tier is another body. "The world's most populous country" says by its own
words which one it is, and the country named nearest need not be it; so do "the first group" and
"the group of young men".

"Amnesty … Amnesty International said … The organisation was formed in 1961": a short form of a
name ("Amnesty", or its initials "AI") is the same body, not a second one that leaves the
description open.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.name_classes import name_class
from graphbuild.resolve.salience import named_source

# Links inside a name ("the Associated Press"): its last word leans on the head of the name.
NAME_DEPS = frozenset({"compound", "flat"})
NAME_TOKEN = ("B", "I")


def credited_source(name: Token, description: Token) -> bool:
    """Whether ``name`` (a word of a name) is the source "according to" which its sentence is told,
    outside the description's own phrase."""
    while name.dep_ in NAME_DEPS and name.head.i != name.i and name.head.ent_iob_ in NAME_TOKEN:
        name = name.head
    return named_source(name) and not any(a.i == name.i for a in description.ancestors)


def short_form(short: str, name: str) -> bool:
    """Whether ``short`` is ``name`` or a short form of it: some of its words ("Amnesty" of "Amnesty
    International") or the initials of its capitalised words ("ACORN")."""
    words = name.lower().split()
    if set(short.lower().split()) <= set(words):
        return True
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return short.isupper() and len(short) > 1 and short == initials


# The parser's tags of a superlative adjective or adverb ("biggest", "most populous"), the NER label
# of an ordinal ("first"), and of a plural common noun.
SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
ORDINAL_ENT = "ORDINAL"
PLURAL_NOUN = "NNS"


def same_kind(
    doc: Doc, candidates: Mapping[str, tuple[LocalEntity, int]], classes: Mapping[str, str], head: str
) -> dict[str, tuple[LocalEntity, int]]:
    """The candidates (by key: entity, end of its last mention) whose names make them a body of the
    class of the description's head noun ``head`` (``classes``: lexicons/class_heads.txt), when
    there are any; else all of them."""
    wanted = classes.get(head)
    same = {
        key: c
        for key, c in candidates.items()
        if wanted is not None and name_class(doc, c[0], classes) == wanted
    }
    return same or dict(candidates)


def other_tier(description: Span, name: str, tiers: Mapping[str, str]) -> bool:
    """Whether a government description ("the central government") and a named government ("local
    government of Haiti") say different tiers of a state; no tier word on either side is no clash."""
    said = {tiers[t.lower_] for t in description if t.lower_ in tiers}
    named = {tiers[w] for w in name.lower().split(" of ")[0].split() if w in tiers}
    return bool(said and named and not said & named)


def self_identifying(description: Span) -> bool:
    """A description that picks its referent by its own words, not by what the text named before:
    a superlative or an ordinal ("the world's most populous country", "the first group"), or an
    "of" phrase naming the members ("the group of young men", "a group of supporters of X")."""
    head = description.root
    if any(t.tag_ in SUPERLATIVE_TAGS or t.ent_type_ == ORDINAL_ENT for t in description if t.i < head.i):
        return True
    of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    return any(o.tag_ == PLURAL_NOUN for c in of for o in c.children if o.dep_ == "pobj")


__all__ = ["credited_source", "other_tier", "same_kind", "self_identifying", "short_form"]
