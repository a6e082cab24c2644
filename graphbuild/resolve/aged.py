"""A person called by their age: "Ana Ruiz, 45, … the 45-year-old", "Tom Hale was arrested. The
38-year-old is charged …".

News names a person, then calls them by their age alone ("the 92-year-old"): the age, with no noun
after it, can only be a person met before. It is the one person the text gave that age ("Ana Ruiz,
45,", "45-year-old Ana Ruiz"); with no age given, the one person named in the nearest sentence that
names anyone (its own words before it, else up to ``AGE_WINDOW`` sentences back). Precision first:
two people there, that age used before for someone unnamed ("a fifteen- and sixteen-year-old … the
sixteen-year-old"), an unnamed person brought in there ("a man was seen …"), or an age with a noun
after it ("the 10-year-old tiger", which may be no person) leave it open.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.entities import LocalEntity, sentence_bounds, sentence_index
from graphbuild.resolve.person_rivals import person_noun

# "the 92-year-old": the adjective the age phrase ends in, and the unit it measures.
AGE_ADJECTIVE = "old"
AGE_UNITS = frozenset({"year", "years"})
UNIT_DEP = "npadvmod"
# A description that is a copula's or a change's predicate ("was the 92-year-old") describes its subject.
PREDICATE_DEPS = frozenset({"attr", "oprd"})
# Children saying which one the phrase means itself ("the 45-year-old from Leeds").
OWN_DESCRIPTION_DEPS = frozenset({"prep", "relcl", "acl"})
# Determiners that bring in someone new ("a 16-year-old", "a man").
INTRODUCING = frozenset({"a", "an"})
# How many sentences back the person named may be.
AGE_WINDOW = 2
PERSON = ("Actor", "Person")


def aged_person(span: Span, owner: dict[int, LocalEntity], lexicons: Lexicons) -> LocalEntity | None:
    """The one person ``span`` ("the 92-year-old") calls by their age, or None."""
    age = _bare_age(span)
    if age is None:
        return None
    doc = span.doc
    given: dict[str, LocalEntity] = {}
    for token in doc[: span.start]:
        if _age_of(token) == age or (token.like_num and token.lower_ == age and _set_off(token)):
            person = _person_of(token, owner)
            if person is None:
                return None  # "a fifteen- and sixteen-year-old … the sixteen-year-old": someone unnamed
            given[person.key] = person
    if given:
        return next(iter(given.values())) if len(given) == 1 else None
    return _one_named(span, owner, lexicons)


def _bare_age(span: Span) -> str | None:
    """The age word of "the N-year-old" with no noun after it ("92", "sixteen"), else None."""
    root = span.root
    if span[0].lower_ != "the" or root.i != span.end - 1 or root.lower_ != AGE_ADJECTIVE:
        return None
    if root.dep_ in PREDICATE_DEPS or any(c.dep_ in OWN_DESCRIPTION_DEPS for c in root.children):
        return None
    return _age_of(root)


def _age_of(token: Token) -> str | None:
    """The number of an "N-year-old" phrase ending in ``token`` ("92" of "92-year-old")."""
    if token.lower_ != AGE_ADJECTIVE:
        return None
    units = [c for c in token.children if c.dep_ == UNIT_DEP and c.lower_ in AGE_UNITS]
    numbers = [c for c in units[0].children if c.like_num or c.pos_ == "NUM"] if units else []
    return numbers[-1].lower_.rstrip("-") if numbers else None


def _set_off(number: Token) -> bool:
    """ "Ana Ruiz, 45, said": an age set off by commas right after a name."""
    doc = number.doc
    return 0 < number.i < len(doc) - 1 and doc[number.i - 1].text == "," and doc[number.i + 1].text == ","


def _person_of(token: Token, owner: dict[int, LocalEntity]) -> LocalEntity | None:
    """The named person an age is written with: inside or beside the name ("45-year-old Ana Ruiz",
    "Ana Ruiz, 45,"), or on a noun in apposition to it ("Ana Ruiz, a 45-year-old nurse")."""
    for word in (token, token.head, token.head.head):
        entity = owner.get(word.i)
        if entity is not None:
            return entity if _is_person(entity) else None
        if word.dep_ == "appos":
            entity = owner.get(word.head.i)
            return entity if entity is not None and _is_person(entity) else None
    return None


def _one_named(span: Span, owner: dict[int, LocalEntity], lexicons: Lexicons) -> LocalEntity | None:
    """The one person named in the nearest sentence before ``span`` that names a person, when that
    sentence brings in no unnamed one ("a man was seen …") besides."""
    doc = span.doc
    bounds = sentence_bounds(doc)
    here = sentence_index(doc, span.start)
    for index in range(here, max(-1, here - AGE_WINDOW - 1), -1):
        start, end = bounds[index][0], min(bounds[index][1], span.start)
        people = {owner[i].key: owner[i] for i in range(start, end) if i in owner and _is_person(owner[i])}
        if any(_introduced_person(doc[i], lexicons) for i in range(start, end) if i not in owner):
            return None
        if people:
            return next(iter(people.values())) if len(people) == 1 else None
    return None


def _introduced_person(token: Token, lexicons: Lexicons) -> bool:
    """An unnamed person brought in with "a" ("a man", "a 16-year-old"), as likely meant."""
    if not any(c.dep_ == "det" and c.lower_ in INTRODUCING for c in token.children):
        return False
    return (
        token.lower_ == AGE_ADJECTIVE
        or person_noun(token, lexicons)
        or token.lower_ in lexicons.terms("masculine_words")
        or token.lower_ in lexicons.terms("feminine_words")
    )


def _is_person(entity: LocalEntity) -> bool:
    return (entity.type, entity.subtype) == PERSON and not entity.generic


__all__ = ["aged_person"]
