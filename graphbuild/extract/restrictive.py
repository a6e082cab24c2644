"""Restrictive modifiers: an unspecific noun ("a budget", "the biggest ship", "those") means what
its restrictive clause or participle says ("a budget that does not fund X"), and an argument
keeps it; a specific one ("his budget", a name) does not need it."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.extract.phrases import TokenSpan, noun_span
from graphbuild.extract.qualifiers import is_infinitive
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import has_child

# Determiners and words that leave a noun unspecified: "a budget", "any company", "the only
# countries", "those"; a restrictive clause after it is all that says which one.
INDEFINITE_DETERMINERS = frozenset({"a", "an", "any", "some", "another"})
SELECTING_MODIFIERS = frozenset({"first", "last", "only", "next"})
INDEFINITE_PRONOUNS = frozenset(
    {"those", "anyone", "anything", "anybody", "someone", "something", "somebody", "everyone", "everything"}
)


def _selected(noun: Token) -> bool:
    """A noun picked out of a set: "the biggest ship", "the first woman"."""
    return any(c.tag_ == "JJS" or c.lower_ in SELECTING_MODIFIERS for c in noun.children if c.i < noun.i)


def unspecific(noun: Token) -> bool:
    """A noun that names no particular thing by itself: an indefinite, bare or counted common noun
    ("a budget", "emails", "several hundred members"), one picked out of a set ("the biggest ship",
    "the first"), or an indefinite pronoun ("those"). With a restrictive clause, the clause is what
    it means: "several hundred members who inherited their seats" are counted among those."""
    if noun.pos_ == "PRON":
        return noun.lower_ in INDEFINITE_PRONOUNS
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    if _selected(noun):
        return True
    kids = list(noun.children)
    if any(c.dep_ == "poss" for c in kids):
        return False
    dets = [c for c in kids if c.dep_ == "det"]
    return not dets or dets[0].lower_ in INDEFINITE_DETERMINERS


# Tags of a participle that restricts the noun before it: "laws passed last year", "laws requiring
# calorie labels" (after a superlative, the tagger may take the past participle for a past tense).
RESTRICTING_PARTICIPLE_TAGS = ("VBN", "VBG")


def restricting_modifier(noun: Token, lexicons: Lexicons) -> bool:
    """A relative clause or participle right after the noun, not set off by a comma, dash or
    quotation mark: "a budget that does not fund X", "laws requiring calorie labels", "the biggest
    ship ever hijacked". Not a clause that reports content ("a statement that said …", a quotation
    after it): the content is a fact of its own."""
    doc = noun.doc
    tags = (*RESTRICTING_PARTICIPLE_TAGS, "VBD") if _selected(noun) else RESTRICTING_PARTICIPLE_TAGS
    return any(
        (c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ in tags and not has_child(c, SUBJ_DEPS)))
        and c.i > noun.i
        and not (doc[c.left_edge.i].is_quote or doc[c.left_edge.i - 1].is_punct)
        and not is_infinitive(c)
        and not has_child(c, ("ccomp", "parataxis"))
        and not _reporting(c, lexicons)
        for c in noun.children
    )


def _reporting(participle: Token, lexicons: Lexicons) -> bool:
    """A present participle of a verb of saying ("a report stating X", "a note saying X"): it gives
    the content, a fact of its own, which the parse often cuts short ("stating unemployment")."""
    return participle.tag_ == "VBG" and participle.lemma_.lower() in lexicons.terms("reporting_verbs")


# Relative words that open a restrictive clause right after its noun ("the man who fired").
RELATIVE_WORDS = frozenset({"who", "whom", "that", "which", "whose"})


def restricted_object(obj: Token, lexicons: Lexicons) -> bool:
    """An object its restrictive clause says which one is: "X and Y are the countries where abortion
    is legal", "will not approve a budget that does not fund X" (not any budget), "killed the man
    who fired" (no man without the clause)."""
    return (
        (obj.dep_ == "attr" and restricting_clause(obj))
        or (obj.dep_ in ("dobj", "conj", "attr") and unspecific(obj) and restricting_modifier(obj, lexicons))
        or (obj.dep_ == "dobj" and identified_by_clause(obj))
    )


# Relative adverbs that open a restrictive clause of place or time ("the town where he was born").
RELATIVE_ADVERBS = frozenset({"where", "when"})


def identified_by_clause(noun: Token) -> bool:
    """A bare common noun after "the" that only its relative clause identifies ("the man who
    started the fire", "the point at which it hurts", "the town where he was born"): without the
    clause, "the man" names no one."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    kids = [c for c in noun.children if c.i < noun.i]
    if [c.lower_ for c in kids] != ["the"]:
        return False
    return any(
        c.dep_ == "relcl" and c.left_edge.i == noun.i + 1 and _relative_opening(c) for c in noun.children
    )


def _relative_opening(clause: Token) -> bool:
    """A relative clause that opens on its relative word, on a relative adverb, or on a
    preposition with the relative word ("at which", "in whose house")."""
    doc = clause.doc
    first = doc[clause.left_edge.i]
    if first.lower_ in RELATIVE_WORDS or first.lower_ in RELATIVE_ADVERBS:
        return True
    after = doc[first.i + 1] if first.i + 1 < len(doc) else None
    return first.dep_ == "prep" and after is not None and after.lower_ in RELATIVE_WORDS - {"that"}


def restricted_span(noun: Token, span: TokenSpan, lexicons: Lexicons) -> TokenSpan:
    """``span``, or for an unspecific noun with a restrictive clause or participle the phrase with
    it: "the biggest ship ever hijacked", "a company called VA Linux"."""
    if unspecific(noun) and restricting_modifier(noun, lexicons):
        return noun_span(noun, restrictive=True)
    return span


# Dependencies of a clause that restricts the noun before it, and the tags of a participle one.
RESTRICTING_DEPS = frozenset({"relcl", "acl"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})


def restricting_clause(noun: Token) -> bool:
    """A common noun with a relative clause or a participle not set off by a comma ("the countries
    where abortion is legal", "the Republicans that voted for X", "the states scheduled to vote"):
    the clause says which ones."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in RESTRICTING_DEPS
        and (c.dep_ == "relcl" or c.tag_ in PARTICIPLE_TAGS)
        and c.i > noun.i
        and noun.doc[c.left_edge.i - 1].text != ","
        for c in noun.children
    )
