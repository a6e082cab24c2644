"""Who does an act a noun names, and to whom: "ISIL attacks in A", "their fight against X", "X,
whose attacks in A", "support for X in the fight against Y".

Kept apart from ``resolve.frames``, which pairs these with the participants of every verb.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from graphbuild.nlp import children_with, has_child
from graphbuild.resolve.patients import EVENT_PREPOSITIONS, with_conjuncts
from graphbuild.resolve.relatives import RELATIVE_POSSESSIVE

# Where only a noun phrase can stand, and what only a verb has.
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})
VERBAL_CHILDREN = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "mark", "neg"})
TARGET_PREFIXES = ("anti-", "anti", "counter-", "counter")
# A noun's "of" phrase, which names what was done when a "by" phrase names the doer.
PATIENT_OF = frozenset({"of"})
# What a hostile act is aimed at ("strikes against X", "an attack on X").
TARGET_PREPOSITIONS = frozenset({"against", "on"})
# Words that make their "for" phrase an act of who has them, and the verbs that take them so.
RESPONSIBILITY = frozenset({"responsibility", "responsible"})
OWNING_VERBS = frozenset({"claim", "take", "accept", "admit", "bear"})
# Who help is given to ("support for X", "aid to X").
BENEFICIARY_PREPOSITIONS = frozenset({"for", "to"})


def is_nominal(word: Token) -> bool:
    """A noun, or a plural noun the tagger read as a verb where only a noun can stand
    ("precision airstrikes against X" as a preposition's object)."""
    if word.pos_ == "NOUN":
        return True
    return (
        word.pos_ == "VERB"
        and word.dep_ in NOMINAL_DEPS
        and word.tag_ in ("VBZ", "NNS")
        and not has_child(word, VERBAL_CHILDREN)
    )


# Verbs whose gerund, with a "between" phrase and nothing of a verb's, names a contest of two
# sides ("fighting between A and B", "clashing between A and B"), as a noun would ("clashes between").
CONTEST_GERUNDS = frozenset({"fight", "clash", "battle", "skirmish"})
GERUND_TAG = "VBG"


def contest_gerund(word: Token) -> bool:
    """ "Fighting between A and B killed ten": a gerund the tagger read as a verb, standing where only
    a noun can and taking none of a verb's dependants, names the contest itself ("choosing between A
    and B" is no contest: only ``CONTEST_GERUNDS``)."""
    return (
        word.tag_ == GERUND_TAG
        and word.lemma_.lower() in CONTEST_GERUNDS
        and word.dep_ in NOMINAL_DEPS
        and not has_child(word, VERBAL_CHILDREN)
    )


def prefixed(token: Token) -> bool:
    """ "anti-X" or "counter-X", written as one token or three."""
    if token.lower_.startswith(TARGET_PREFIXES):
        return True
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in TARGET_PREFIXES


# An event preposition that can also say where a thing lies, besides the lexicon's place prepositions
# ("a layer over X").
SPATIAL_PREPOSITIONS = frozenset({"over"})


def helped(noun: Token, given: frozenset[str]) -> list[Token]:
    """ "support for X in the fight against Y", "helped X in its war on Y": an act with no doer of
    its own, set ``in`` the help given (``lexicons/given_nouns.txt``, a noun or its verb), is done
    by who is helped."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.lemma_.lower() not in given:
        return []
    helper = prep.head
    if helper.pos_ == "VERB":
        return [t for c in children_with(helper, ("dobj",)) for t in with_conjuncts(c)]
    found = children_with(helper, ("prep",), BENEFICIARY_PREPOSITIONS)
    return [t for c in found for p in children_with(c, ("pobj",)) for t in with_conjuncts(p)]


def claimed(noun: Token) -> list[Token]:
    """ "X claimed responsibility for the attacks in A", "X was responsible for the kidnapping of
    Y": who owns the act is its doer."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in RESPONSIBILITY:
        return []
    word = prep.head
    verb = word.head
    if word.dep_ == "dobj" and verb.lemma_.lower() not in OWNING_VERBS:
        return []  # "denied responsibility for X", "blamed Y for X": not owned
    if word.dep_ not in ("dobj", "acomp"):
        return []
    return [t for c in children_with(verb, ("nsubj",)) for t in with_conjuncts(c)]


def event_actors(
    noun: Token,
    events: frozenset[str] = frozenset(),
    places: frozenset[str] = frozenset(),
    given: frozenset[str] = frozenset(),
) -> Iterator[tuple[Token, Token, str]]:
    """``(actor, target, label)`` of an event noun: "their fight against X", "ISIL attacks in A".

    A named owner or modifier acts; an adjective or common-noun modifier only of a hostile act
    (``events``) and only when it is an entity ("Turkish military operations against X"). A noun
    that is itself where something is (the object of a place preposition, ``places``) with a place
    of its own ("at his bedside at the hospital", "in the ozone layer over Antarctica") is a thing
    its owner has, no act of its owner's, unless a hostile act ("killed in ISIL attacks in A");
    its other phrases may still tell an act ("in the ministry's investigation into X").
    """
    if not is_nominal(noun):
        return
    hostile = noun.lemma_.lower() in events
    located = not hostile and noun.dep_ == "pobj" and noun.head.lower_ in places
    modifiers = ("poss", "compound", "amod", "nmod") if hostile else ("poss", "compound")
    actors = [
        c
        for c in children_with(noun, modifiers)
        if c.i < noun.i
        and (hostile or c.pos_ in ("PROPN", "PRON") or c.tag_ == RELATIVE_POSSESSIVE)
        and not prefixed(c)  # "anti-Christian attacks": the target
    ]
    doers = [p for c in children_with(noun, ("prep",), ("by",)) for p in c.children] or claimed(noun)
    actors = actors + doers or helped(noun, given)
    if not actors:
        return
    # with a "by" doer, the "of" phrase is what was done to: "the capture by X of Y"
    for child in children_with(noun, ("prep",), EVENT_PREPOSITIONS | (PATIENT_OF if doers else set())):
        if located and (child.lower_ in places or child.lower_ in SPATIAL_PREPOSITIONS):
            continue
        for pobj in children_with(child, ("pobj",)):
            for target in with_conjuncts(pobj):
                for actor in actors:
                    yield actor, target, f"{noun.lemma_.lower()} {child.lower_}"


def placed_targets(
    noun: Token, events: frozenset[str], places: frozenset[str]
) -> Iterator[tuple[Token, Token, str]]:
    """``(target, place, label)``: "airstrikes against X in P", "an attack on X near P": the target
    of a hostile act is where the act is."""
    if not is_nominal(noun) or noun.lemma_.lower() not in events:
        return
    targets = [
        t
        for c in children_with(noun, ("prep",), TARGET_PREPOSITIONS)
        for p in children_with(c, ("pobj",))
        for t in with_conjuncts(p)
    ]
    for child in children_with(noun, ("prep",), places) if targets else ():
        for where in (t for p in children_with(child, ("pobj",)) for t in with_conjuncts(p)):
            for target in targets:
                yield target, where, f"be {child.lower_}"


__all__ = [
    "claimed",
    "contest_gerund",
    "event_actors",
    "helped",
    "is_nominal",
    "placed_targets",
    "prefixed",
]
