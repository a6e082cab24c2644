"""Appositions the parse hung on the wrong noun: an apposition renames the phrase it stands beside,
so one set off after other words, or after the region of a "Town, Region" name, renames something else.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.summary_appositions import sums_up_clause
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import PLACE_LABELS


def detached(head: Token, appos: Token) -> bool:
    """ "A launch would have helped Korea become a player in space launches, an industry worth …":
    an apposition follows the phrase it renames, so a word between them that the noun does not
    govern (here the verb's words) shows it renames a nearer noun, not the subject."""
    if appos.i < head.i:
        return False
    doc = head.doc
    between = doc[head.i + 1 : appos.left_edge.i]
    last = next((t for t in reversed(between) if not t.is_punct), None)
    if last is not None and _predicate(last):
        return False  # "The case is seen as a landmark, the first of its kind": the subject's predicate
    return any(not t.is_punct and not head.is_ancestor(t) for t in between)


def _predicate(token: Token) -> bool:
    """``token`` ends a predicate noun phrase ("is a landmark", "is seen as a landmark"), which
    names what the subject is: an apposition after it renames the subject too."""
    noun = token if token.pos_ in ("NOUN", "PROPN") else token.head
    return noun.dep_ in ("attr", "oprd") or (noun.dep_ == "pobj" and noun.head.lower_ == "as")


def after_region(head: Token, appos: Token) -> bool:
    """ "from Greenwood, Nova Scotia, the closest base to the lake": the region completes the town's
    name, so a common noun set off after it describes the town or what is there, never the region."""
    region = head.dep_ == "appos" and head.ent_type_ in PLACE_LABELS and head.head.pos_ == "PROPN"
    return region and appos.pos_ == "NOUN"


def misplaced(head: Token, appos: Token, lexicons: Lexicons) -> bool:
    """The apposition renames some other noun than ``head``: it stands apart from it, after the
    region that completes a town's name, or sums up the clause ``head`` ends ("a move that ...")."""
    return detached(head, appos) or after_region(head, appos) or sums_up_clause(head, appos, lexicons)


__all__ = ["after_region", "detached", "misplaced"]
