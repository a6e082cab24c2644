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
    of the studio, Ana Ruiz and Li Wei") and a bracketed restatement ("refrigerant gases (RGs)").
    Nor is one person's or place's name a plural (``single_for_plural``)."""
    doc = head.doc
    start = appos.left_edge.i
    set_off = start > 0 and doc[start - 1].is_punct and doc[start - 1].text != "("
    named = head.pos_ == "PROPN" or head.ent_type_ == "PERSON" or _bare_capitalised(head)
    listed = appos.pos_ == "PROPN"
    plural = head.tag_ == _PLURAL_COMMON_TAG and not named and not listed and set_off
    return plural or single_for_plural(head, appos)


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
    several = (several or one_of(head, appos) is head) and not bracketed
    return (_ONE_OF, "be one of") if several else ((be,), "be")


# Words that pick one out of a plural: "one of the aides", "another of the great hitters".
_ONE_WORDS = frozenset({"one", "another"})
# Entity types of one person or one place: such a name never is a plural by itself.
_SINGLE_ENTITIES = frozenset({"PERSON", "GPE", "LOC", "FAC"})
# How far up through "of"/"for" phrases a name set off at the end of a noun phrase may belong.
_MAX_STEPS = 3


def _lone_name(appos: Token) -> bool:
    """A single name set off by a comma: no other name coordinated with it, no bracket."""
    doc = appos.doc
    start = appos.left_edge.i
    return (
        appos.pos_ == "PROPN"
        and start > 0
        and doc[start - 1].text == ","
        and not any(c.dep_ == "conj" for c in appos.children)
    )


def one_of(head: Token, appos: Token) -> Token | None:
    """The plural a lone name set off after it is one of: a person after a plural that heads its
    own phrase ("the founders of the studio, Ana Ruiz"), or the plural of a "one of the Xs" phrase
    the name ends ("one of the governor's aides, Ana Ruiz"; "one of the lawyers for the tenants,
    Ana Ruiz", where the parse hangs the name on the last plural). One is not many: not "Ana Ruiz
    are the aides". None for any other plural, or a name listed with others (``member_relation``)."""
    if not _lone_name(appos):
        return None
    if head.tag_ == _PLURAL_COMMON_TAG and head.dep_ != "pobj" and appos.ent_type_ == "PERSON":
        return head
    noun = head
    for _ in range(_MAX_STEPS):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep":
            return None
        if noun.tag_ == _PLURAL_COMMON_TAG and prep.lower_ == "of" and prep.head.lower_ in _ONE_WORDS:
            return noun
        if prep.head.pos_ != "NOUN":
            return None
        noun = prep.head
    return None


def single_for_plural(head: Token, appos: Token) -> bool:
    """ "the chairman of the board of directors, Ana Ruiz", "detained 59 people in the capital,
    Lund": one person's or one place's name set off after a plural common noun does not rename it
    (one is not many): it belongs to another noun of the sentence, so "Ana Ruiz are directors" is no
    fact. A "one of the Xs" phrase takes the name (``one_of``); an organisation may be a
    plural's group ("the militants, Al-Shabaab"); a bracket restates ("the opponents (England)")."""
    return (
        head.tag_ == _PLURAL_COMMON_TAG
        and head.pos_ == "NOUN"
        and appos.ent_type_ in _SINGLE_ENTITIES
        and _lone_name(appos)
        and one_of(head, appos) is None
    )


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
