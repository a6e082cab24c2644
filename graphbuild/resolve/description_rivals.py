"""Names near a definite description ("the group") that are no rival antecedents of it.

"According to the BBC, it was the first time the group linked itself to al-Qaeda": the outlet the
sentence is credited to is named nearest, but it only vouches for the sentence; a description inside
names what the sentence is about. (A speaker is another matter: "Sundance said the crash would
not wound the firm" means Sundance, so only "according to" sets its source aside.) A name cited
only as a source ("Africa's richest woman according to Forbes") is no topic of the sentences after
it either: "The company is struggling" two sentences on is the firm the text is about.

"Amnesty … Amnesty International said … The organisation was formed in 1961": a short form of a
name ("Amnesty", or its initials "AI") is the same body, not a second one that leaves the
description open.
"""

from __future__ import annotations

from spacy.tokens import Token

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


__all__ = ["credited_source", "short_form"]
