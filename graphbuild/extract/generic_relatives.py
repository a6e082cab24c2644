"""A restrictive relative clause on a noun that names no one in particular states no fact.

"Anyone who has information should call" does not say that anyone has information; "visitors who
do not subscribe will be allowed access" states a rule for whoever fits, not that visitors do not
subscribe; "women whose diet had the most sugar had twice the risk" picks out a group, and "whose
diet | had | the most sugar" says nothing of anyone. The clause is a condition on whoever fits its
head, so the fact read off it is kept for Open IE only, like the other unasserted readings. A named
or specific head ("Turkey, whose prime minister …", "the two men who robbed the bank") keeps it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.extract.facts import Fact
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import has_child

# Pronouns of everyone at all: a clause on them restricts a rule ("everyone who was inside").
UNIVERSAL_PRONOUNS = frozenset({"everyone", "everybody"})
# Relative words that stand for the head as the clause's subject, and the possessive one.
SUBJECT_RELATIVES = frozenset({"who", "that", "which"})
WHOSE = "whose"
# Auxiliaries of a main clause that states a rule or a possibility, not an event: "will be allowed",
# "would allow", "can apply", "must register".
RULE_AUXILIARIES = frozenset(
    {"will", "would", "can", "could", "may", "might", "must", "should", "shall", "'ll"}
)
# Determiners of a head that is any member of its kind: "any visitor", "all those".
GENERIC_DETERMINERS = frozenset({"any", "all", "every", "each"})


def generic_relative(fact: Fact, doc: Doc, lexicons: Lexicons) -> bool:
    """A fact read off a restrictive relative clause (no comma before it) whose head names no one
    in particular: a free-choice or universal pronoun ("anyone who has information"), a subject
    "whose X" on a bare plural or indefinite head ("women whose diet had …"), or a bare plural or
    "any" noun whose own clause states a rule or a possibility ("visitors who do not subscribe will
    be allowed", "would let police remove people who are accused of crimes")."""
    clause = _relative_verb(fact, doc)
    if clause is None or doc[clause.left_edge.i - 1].is_punct:
        return False
    head = clause.head
    if head.lower_ in lexicons.terms("free_choice_pronouns") or head.lower_ in UNIVERSAL_PRONOUNS:
        return True
    if not _generic_noun(head):
        return False
    return _whose_subject(fact, doc, clause) or (_rule_clause(head) and not _past(clause))


def _relative_verb(fact: Fact, doc: Doc) -> Token | None:
    """The verb of the fact's relation that heads a relative clause whose subject is the relative
    word or a "whose" phrase: the clause says something of its head noun."""
    for p in fact.relation:
        if not isinstance(p, int) or doc[p].dep_ != "relcl":
            continue
        subjects = [c for c in doc[p].children if c.dep_ in SUBJ_DEPS]
        if any(s.lower_ in SUBJECT_RELATIVES or has_child(s, ("poss",), (WHOSE,)) for s in subjects):
            return doc[p]
    return None


def _generic_noun(noun: Token) -> bool:
    """A common noun for any member of its kind: a bare plural ("visitors", "U.S. visitors") or one
    after "any"/"all"; not a name, a counted group ("two men") nor one with a possessive."""
    if noun.pos_ != "NOUN" or noun.ent_type_ not in ("", "NORP"):
        return False
    kids = [c for c in noun.children if c.i < noun.i]
    if any(c.dep_ in ("poss", "nummod") for c in kids):
        return False
    dets = [c.lower_ for c in kids if c.dep_ in ("det", "predet")]
    if dets:
        return dets[0] in GENERIC_DETERMINERS
    return noun.tag_ == "NNS"


def _whose_subject(fact: Fact, doc: Doc, clause: Token) -> bool:
    """The fact's subject is the clause's "whose X" phrase ("whose diet | had | …")."""
    subject = doc[fact.subject[0] : fact.subject[1]].root
    return subject.head.i == clause.i and has_child(subject, ("poss",), (WHOSE,))


def _past(clause: Token) -> bool:
    """A clause in the past ("protesters who blocked the road will be charged"): it tells of an
    event, which happened, not of whoever may fit a rule."""
    return any(
        t.tag_ == "VBD" for t in (clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass")))
    )


def _rule_clause(noun: Token) -> bool:
    """The noun belongs to a clause with a modal or future auxiliary ("visitors who … will be
    allowed", "would allow police to remove people who …"): the relative says whom the rule covers."""
    verb = noun.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") and has_child(verb, ("aux",), RULE_AUXILIARIES):
            return True
        if (
            verb.dep_ not in ("xcomp", "ccomp", "dobj", "nsubj", "nsubjpass", "pobj", "prep")
            or verb.head.i == verb.i
        ):
            return False
        verb = verb.head
    return False


__all__ = ["generic_relative"]
