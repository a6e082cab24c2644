"""Appositions on a plural common noun: mostly misattached, or one name of the plural's members."""

from __future__ import annotations

from spacy.tokens import Token

# Tag of a plural common noun ("apartments", "services").
_PLURAL_COMMON_TAG = "NNS"
# Tags of a common noun: a plural ("two stations") or a singular body ("a couple") of names listed.
_COMMON_TAGS = frozenset({"NN", "NNS"})


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


# The relation of one of several names listed after a plural noun: "A is one of the Xs".
_ONE_OF = ("is", "one", "of")


def member_relation(head: Token, appos: Token, be: str) -> tuple[tuple[str, ...], str]:
    """ "two other stations, Elm Park and Oak Hill", "a married couple, Ana Ruiz and Li Wei": each
    coordinated name is one of the noun's members, not the whole ("Elm Park are two other stations",
    "Ana Ruiz is a married couple"); any other name keeps ``be``, as do names a singular noun
    titles with no comma ("US president Ana Ruiz and …", "the firm Acme and …")."""
    doc = head.doc
    bracketed = appos.left_edge.i > 0 and doc[appos.left_edge.i - 1].text == "("
    names = [
        c
        for c in appos.children
        if c.dep_ == "conj" and (head.tag_ == _PLURAL_COMMON_TAG or c.pos_ == "PROPN")
    ]
    set_off = appos.left_edge.i > 0 and doc[appos.left_edge.i - 1].text == ","
    several = head.tag_ in _COMMON_TAGS and bool(names) and (head.tag_ == _PLURAL_COMMON_TAG or set_off)
    several = several and not bracketed
    return (_ONE_OF, "be one of") if several else ((be,), "be")


def unset_off(head: Token, appos: Token, roles: frozenset[str]) -> bool:
    """Two common-noun phrases side by side with no comma, dash, bracket or quote between ("a ban on
    the companys YouTube website"): an apposition of common nouns is set off, so this is one phrase
    the parse split (a misspelt possessive, a compound), not one thing renaming another. A name
    the tagger took for a noun ("the website Wikileaks") and a post ("appointed his son head of
    the firm") still say what the first is."""
    doc = head.doc
    return (
        head.pos_ == "NOUN"
        and appos.pos_ == "NOUN"
        and appos.is_lower
        and appos.lemma_.lower() not in roles
        and head.i < appos.i
        and appos.left_edge.i == head.i + 1
        and not doc[head.i + 1].is_punct
    )
