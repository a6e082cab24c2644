"""Coordinations that are one argument: names sharing the noun after the last one ("the Iraq and
Libya wars"), nouns sharing the phrase after it ("the family and friends of the athlete").

The parser often makes the first name the head of such a phrase and the noun a conjunct of it, so
the phrase would split into "the Iraq" and "Libya wars", or stand for Iraq; the names are
modifiers of the noun, and the phrase means the wars.

The other way round, a noun conjunct with a verb group right after it ("took the town and rebels
will retreat") starts a second clause: it is that clause's subject, no second object.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.deps import SUBJ_OR_EXPL_DEPS
from graphbuild.extract.stacked_titles import close_name, shared_name
from graphbuild.nlp import conjunct_indices, has_child, token_table

# Modifiers that name what a shared noun is of: "Libya wars", "Korean wars".
SHARED_HEAD_MODIFIERS = frozenset({"compound", "amod"})
# Dependencies that give the shared noun a phrase of its own: "France and the Balkan states".
OWN_PHRASE_DEPS = ("det", "poss", "nummod")


def shared_head(first: Token) -> bool:
    """Whether ``first``, a name, and its conjuncts all modify the plural noun that ends them ("the
    Falklands, Balkans and Iraq wars", "Acme and Zenith employees"): the last conjunct is a bare
    plural common noun with only names before it."""
    tail = _last_conjunct(first) if first.pos_ == "PROPN" else None
    if tail is None:
        return False
    if tail.pos_ != "NOUN" or tail.tag_ != "NNS" or has_child(tail, OWN_PHRASE_DEPS):
        return False
    before = [c for c in tail.lefts if c.dep_ not in ("punct", "cc")]
    return bool(before) and all(_name_modifier(c) for c in before)


def one_argument(first: Token) -> Token | None:
    """The one argument a coordination starting at ``first`` stands for, if it is one: the shared
    noun's phrase ("Acme and Zenith employees": ``first`` heads it) or the name stacked titles share
    ("governor and party nominee Jane Roe": the name), or the name a description stands before ("the
    shipping firm Acme"). None when it is no one argument, or is ``first``'s own phrase."""
    if shared_head(first) or shared_modifier(first) is not None:
        return first
    return shared_name(first) or (close_name(first) if not first.conjuncts else None)


def _last_conjunct(first: Token) -> Token | None:
    """The last word coordinated after ``first``, whose phrase ends the coordination; None if none."""
    after = [c for c in conjunct_indices(token_table(first.doc), first.i) if c > first.i]
    return first.doc[max(after)] if after else None


def _name_modifier(token: Token) -> bool:
    """A name before the noun ("Zenith employees", "Korean wars"); "other Coalition forces" is a
    second group, not the first name's ("the RAF and other Coalition forces")."""
    return token.dep_ in SHARED_HEAD_MODIFIERS and (token.pos_ == "PROPN" or bool(token.ent_type_))


def shared_modifier(first: Token) -> Token | None:
    """The "of" of a phrase that ``first``, a common noun, owns in the parse but that is written
    after its last conjunct ("the family, friends and colleagues of the athlete"): it is every
    conjunct's, so the coordination is one argument, and cut off it would say whose no more. Other
    prepositions there often belong to the verb ("seized documents and records from the office")."""
    tail = _last_conjunct(first) if first.pos_ == "NOUN" else None
    if tail is None:
        return None
    end = tail.right_edge.i + 1
    after = [c for c in first.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == end]
    after = [c for c in after if has_child(c, ("pobj",))]
    if after and (tail.pos_ == "NOUN" or _acronym_noun(tail)):
        return after[0]
    return _last_roles_of(first, tail)


def _acronym_noun(token: Token) -> bool:
    """A bare short acronym the tagger takes for a name after a common noun ("president and CEO of
    Acme"): a title like the noun before it, so the "of" after it is both words'."""
    return token.tag_ == "NNP" and token.is_upper and len(token) <= 4 and not list(token.children)


def _last_roles_of(first: Token, tail: Token) -> Token | None:
    """The "of" the parser hangs on the last of two singular nouns with one determiner ("the chief
    executive and founder of Acme", "the owner and driver of the car"): both are of it. Not after a
    conjunct with a determiner of its own ("the mayor and a member of the council"), nor plurals
    ("the police and members of the public", two groups)."""
    if first.tag_ != "NN" or tail.tag_ != "NN" or has_child(tail, OWN_PHRASE_DEPS):
        return None
    if any(c.dep_ == "prep" for c in first.rights):
        return None
    of = [c for c in tail.rights if c.dep_ == "prep" and c.lower_ == "of" and has_child(c, ("pobj",))]
    return of[0] if of else None


# Words that open a verb group: a noun right before one starts a clause ("and rebels will retreat").
AUXILIARY_TAGS = frozenset({"MD", "VBD", "VBZ", "VBP"})
# Tags of a finite verb, which opens a clause on its own right after a noun ("and fans wore red").
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def opened_clause(noun: Token) -> Token | None:
    """The verb whose subject a noun conjunct is when a verb group follows it: "the army took the
    town and rebels will retreat", "the hall was filled to capacity and fans wore red" coordinate
    two clauses, but the parse makes "rebels" a second thing taken (the fans a second capacity)
    and leaves "will retreat" ("wore") with no subject. The verb is a coordinated one with none of
    its own, whose auxiliary, or the finite verb itself, comes right after the noun's phrase. None
    otherwise."""
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    doc = noun.doc
    nxt = noun.right_edge.i + 1
    if nxt >= len(doc):
        return None
    word = doc[nxt]
    auxiliary = word.dep_ in ("aux", "auxpass") and word.tag_ in AUXILIARY_TAGS
    finite = word.dep_ == "conj" and word.pos_ == "VERB" and word.tag_ in FINITE_VERB_TAGS
    if not (auxiliary or (finite and _finite_clause(word.head))):
        return None
    verb = word.head if auxiliary else word
    if verb.dep_ != "conj" or verb.i < nxt or has_child(verb, SUBJ_OR_EXPL_DEPS):
        return None
    return verb if verb.head in noun.ancestors else None


def stranded_subject(verb: Token) -> Token | None:
    """The noun conjunct ``opened_clause`` gives ``verb`` as its subject, if any."""
    if verb.dep_ != "conj" or has_child(verb, SUBJ_OR_EXPL_DEPS):
        return None
    return next((t for t in verb.head.subtree if t.i < verb.i and opened_clause(t) == verb), None)


def _finite_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a finite clause, so that "and" after it may open a second one: a
    finite form or one with an auxiliary. A bare participle ("people at the rally attended by
    teachers and students threw stones") is a misparsed modifier, and the verb after the noun is
    the sentence's own main verb."""
    return verb.tag_ in FINITE_VERB_TAGS or has_child(verb, ("aux", "auxpass"))
