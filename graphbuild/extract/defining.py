"""Words that pick a referent out state no fact of their own.

A reduced relative on a noun the sentence ranks or equates ("the deadliest crash involving a jet",
"the vessel involved in the incident was the Pompei", "details surrounding the theft are murky")
says which thing is meant; cut off as "the deadliest crash | involving | a jet" it asserts nothing.
A free relative ("whoever wins the bid will pay", "will do whatever it can") or "anyone" cut from
its restriction ("anyone earning over $1m | will pay | more") names no one: what it does, no one
did. Such readings are kept for Open IE only, like the other unasserted ones.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.extract.facts import Fact
from graphbuild.extract.subjects import ranks
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import has_child

# Tags of a participle heading a reduced relative: "involving", "involved".
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
# Places of a noun in a clause of "be" that equates or describes it: "X was the Pompei", "X is Y".
COPULAR_DEPS = frozenset({"nsubj", "attr"})
# Pronouns of a free relative: the clause is a noun phrase that names no one ("whoever wins").
FREE_RELATIVES = frozenset({"whoever", "whomever", "whatever", "whichever"})


def defining_modifier(fact: Fact, doc: Doc, lexicons: Lexicons) -> bool:
    """A fact read off a reduced relative (a participle or infinitive with no subject or auxiliary of
    its own) on its subject noun, when that noun is ranked with "the" ("the first incident involving
    explosives", "the first launch to reach orbit"), or when the participle only ties it to a topic
    (``lexicons/topic_participles.txt``) and "be" equates or describes the noun ("the vessel
    involved in the incident was the Pompei", "laws surrounding conscription are murky"): the
    modifier only says which thing is meant. "A second plan presented by X" ranks nothing (it is
    another plan), and "a pistol loaded with live rounds" tells what the pistol was."""
    noun = doc[fact.subject[0] : fact.subject[1]].root
    verbs = [doc[p] for p in fact.relation if isinstance(p, int)]
    relative = next((v for v in verbs if _reduced_relative(v) and v.head.i == noun.i), None)
    if relative is None:
        return False
    if _ranked(noun):
        return True
    copular = noun.dep_ in COPULAR_DEPS and noun.head.lemma_ == "be"
    return copular and relative.lower_ in lexicons.terms("topic_participles")


def _ranked(noun: Token) -> bool:
    """A noun the definite article and an ordinal or superlative single out among its kind ("the
    deadliest crash", "the first Naro-1 launch", "the first of its series"); the ranking word may
    modify a word before the noun, as the parse often hangs it."""
    before = noun.doc[noun.left_edge.i : noun.i + 1]
    return has_child(noun, ("det",), ("the",)) and any(ranks(t) for t in before)


def _reduced_relative(verb: Token) -> bool:
    """A participle or "to" infinitive hung on a noun, with no subject of its own ("involving",
    "to reach"); not a full relative clause ("that was defused")."""
    if verb.dep_ not in ("acl", "relcl") or has_child(verb, SUBJ_DEPS):
        return False
    if verb.tag_ in PARTICIPLE_TAGS:
        return not has_child(verb, ("aux", "auxpass"))
    return verb.tag_ == "VB" and has_child(verb, ("aux",), ("to",))


def free_relative(fact: Fact, doc: Doc) -> bool:
    """A subject or object headed by "whoever", "whatever" ("Whoever wins the bid | wins | …",
    "it | can | whatever"): a free relative is a description of no one in particular."""
    spans = [fact.subject, *([fact.object] if fact.object else [])]
    return any(doc[start:end].root.lower_ in FREE_RELATIVES for start, end in spans)


def free_choice_subject(fact: Fact, doc: Doc, lexicons: Lexicons) -> bool:
    """A subject that is a pronoun naming no one in particular (``lexicons/free_choice_pronouns.txt``)
    cut from the clause or phrase that restricts it: "anyone who saw the car" -> "anyone | saw | the
    car", "anyone earning over $1m will pay more" -> "anyone | will pay | more". The relative is a
    condition on whoever fits, not a fact of someone, and without it the main clause states a rule
    it does not have. A subject that keeps its restriction is the sentence's rule ("anyone with
    information is asked to call"); an object keeps it ("did not find anything": a denial)."""
    start, end = fact.subject
    pronoun = doc[start]
    if pronoun.lower_ not in lexicons.terms("free_choice_pronouns"):
        return False
    return any(c.dep_ in RESTRICTING_DEPS and not start <= c.i < end for c in pronoun.children)


# Dependents that restrict a pronoun to whoever fits: "anyone who saw", "anyone earning", "anyone with".
RESTRICTING_DEPS = frozenset({"relcl", "acl", "prep"})
