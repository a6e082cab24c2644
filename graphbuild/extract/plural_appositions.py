"""Appositions the parse hangs on a plural common noun: in news these are mostly misattached."""

from __future__ import annotations

from spacy.tokens import Token

# Tag of a plural common noun ("apartments", "services").
_PLURAL_COMMON_TAG = "NNS"


def plural_common_head(head: Token, appos: Token) -> bool:
    """ "put up flats in the valley, a move critics opposed", "owns stakes in local firms, chiefly
    bakeries": an apposition set off after a plural common noun mostly describes the clause, an
    earlier noun or a part, not the plural, so "flats are a move" is no fact. Left alone: a name the
    tagger took for a plural ("Menendes, a clerk"), names of the plural's members ("the founders
    of the studio, Ana Ruiz and Li Wei") and a bracketed restatement ("refrigerant gases (RGs)")."""
    doc = head.doc
    start = appos.left_edge.i
    set_off = start > 0 and doc[start - 1].is_punct and doc[start - 1].text != "("
    named = head.pos_ == "PROPN" or head.ent_type_ == "PERSON" or _bare_capitalised(head)
    listed = appos.pos_ == "PROPN"
    return head.tag_ == _PLURAL_COMMON_TAG and not named and not listed and set_off


def _bare_capitalised(head: Token) -> bool:
    """A capitalised word with no determiner is a name the tagger read as a plural ("Okoros, a
    former clerk"); a plural common noun opening a sentence mostly has one ("The parents, …")."""
    return head.is_title and not any(c.dep_ in ("det", "poss", "nummod", "amod") for c in head.children)
