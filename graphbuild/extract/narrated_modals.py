"""Modal auxiliaries that narrate rather than hedge.

Two English constructions use "can/could" or "would" for facts, not possibilities:

- a modal over the passive of a verb of sensing reports the perception: "tremors could be felt in
  the capital" (they were felt), "the painting can be seen in the museum" (it is shown there);
  "could be seen as a snub" (regarded as) and "could be seen to fail" weigh, and stay hedged;
- "would" with a later-time adverb in a relative clause is the future of a past narrative: "the
  clerk, who would later become mayor" (she did become mayor). Under a verb of saying the same
  words report a plan ("said he would later decide"), so only relative clauses count;
- "would not" with a verb of telling ("would not confirm the report", "would not comment") is a
  refusal that happened: he declined. The negation stays; "would not have said" stays hedged.

An infinitive after a ranked noun ("the first American to win a medal", "among the last groups to
ally with X") tells what the noun's holder did, not a purpose: it takes the modality of the clause
that ranks it ("will be the first to walk there": will), never ``intended`` of its own; nor does an
infinitive a verb of phase, success or causing takes ("began to shell X", "forced the firm to provide X").
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.lexicons import Lexicons
from graphbuild.nlp import has_child

# Modals that say what one was able to sense: "could be heard", "can be seen".
ABILITY_MODALS = frozenset({"can", "could"})
# The modal of the future in the past: "who would later become".
NARRATIVE_MODAL = "would"
# Auxiliaries that make "would not X" a counterfactual ("would not have said") rather than a refusal.
PERFECT_AUX = frozenset({"have", "'ve"})
# The negations of a refusal: "would not say"; "would never say that" is a habit or a hypothesis.
REFUSING_NEGATIONS = frozenset({"not", "n't"})
# Links from a ranking clause's verb to the ranked noun: "became the first X", "was among the last X".
RANKED_DEPS = frozenset({"attr", "dobj"})
# Links from the ranking verb to an infinitive the parser hung there rather than on the noun.
HUNG_INFINITIVE_DEPS = frozenset({"xcomp", "advcl"})
# Complements that turn sensing into judging: "seen as a threat", "seen to be failing".
JUDGING_DEPS = frozenset({"xcomp", "oprd", "ccomp"})
JUDGING_PREPS = frozenset({"as", "like"})


def _sensed(verb: Token, lexicons: Lexicons) -> bool:
    """A passive verb of sensing with no judging complement ("could be felt in X")."""
    if verb.lemma_.lower() not in lexicons.terms("perception_verbs") or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return not any(
        c.dep_ in JUDGING_DEPS or (c.dep_ == "prep" and c.lower_ in JUDGING_PREPS) for c in verb.children
    )


def _narrated_future(verb: Token, lexicons: Lexicons) -> bool:
    """ "who would later become X": a relative clause told from a past story's later time."""
    if verb.dep_ != "relcl":
        return False
    later = lexicons.terms("narrative_future_adverbs")
    return any(c.dep_ == "advmod" and c.lower_ in later for c in verb.children)


def narrates(verb: Token, modal: Token, lexicons: Lexicons) -> bool:
    """Whether the modal auxiliary ``modal`` of ``verb`` tells a fact rather than hedging it."""
    word = modal.lower_
    if word in ABILITY_MODALS:
        return _sensed(verb, lexicons)
    return word == NARRATIVE_MODAL and (_narrated_future(verb, lexicons) or _refused(verb, lexicons))


def _refused(verb: Token, lexicons: Lexicons) -> bool:
    """ "would not confirm the report", "wouldn't say how many": a negated verb of telling
    (``disclosure_verbs``) under "would" tells that its subject declined, a plain past fact. Not the
    perfect "would not have said" (what did not happen), nor "would neither confirm nor deny",
    whose negation the triple does not carry."""
    if verb.lemma_.lower() not in lexicons.terms("disclosure_verbs"):
        return False
    return has_child(verb, ("neg",), REFUSING_NEGATIONS) and not has_child(verb, ("aux",), PERFECT_AUX)


def _ranked(noun: Token, lexicons: Lexicons) -> bool:
    """ "the first American", "the youngest person", "one of the last": a noun (or the ranking word
    standing for one) that orders its holders by when or how they did something. Not a noun of
    striving ("the latest effort to plug X", "the first attempt to climb it"): its infinitive is the
    aim, not yet done (``control_nouns``)."""
    if noun.lemma_.lower() in lexicons.terms("control_nouns"):
        return False
    if noun.lower_ in lexicons.terms("ranking_words") or noun.tag_ == "JJS":
        return True
    words = lexicons.terms("ranking_words")
    return any(c.dep_ == "amod" and (c.lower_ in words or c.tag_ == "JJS") for c in noun.children)


def _nouns_before(verb: Token) -> list[Token]:
    """The nouns of the ranking clause between its verb and a hung infinitive ("became the first
    Americans to win", "was among the last supporters of X to ally"): its attribute or object and
    the objects of its prepositions."""
    head = verb.head  # after the ranking verb: not "during this first flight, X is to launch"
    found = [c for c in head.children if c.dep_ in RANKED_DEPS and head.i < c.i < verb.i]
    for prep in (c for c in head.children if c.dep_ == "prep" and head.i < c.i < verb.i):
        found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found


def ranked_infinitive(verb: Token, lexicons: Lexicons) -> bool:
    """Whether the infinitive ``verb`` says what a ranked noun's holder did ("the first American to
    win a medal"), so its act is no purpose ("sent troops to fight X") nor plan of its own."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ in ("relcl", "acl"):
        return _ranked(verb.head, lexicons)
    if verb.dep_ not in HUNG_INFINITIVE_DEPS or verb.head.lemma_.lower() not in ("be", "become", "remain"):
        return False
    return any(_ranked(noun, lexicons) for noun in _nouns_before(verb))


def told_infinitive(verb: Token, lexicons: Lexicons) -> bool:
    """Whether the infinitive ``verb`` is the complement of a verb that tells it was done ("began to
    shell the town", "is known to be the oldest", "led the US to reduce funding"): the act of the
    verb's subject or object, no purpose (``told_infinitive_verbs``)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicons.terms("told_infinitive_verbs")
