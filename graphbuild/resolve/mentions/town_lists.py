"""A list of towns: a name GeoNames knows as a town, written in a list of names most of which are
known towns, is a town too ("felt in Chillan, Talca, X and Santiago"), whatever NER thought of it
(a list names things of one kind).

The list is read off the words, not the parse: the parser often breaks a list of foreign names
("Talca" read as an adverb, the list's first name the object of "including"), and NER often calls
some of them people.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graphbuild.extract.phrases import entity_bounds
from graphbuild.lexicons import Lexicons, without_accents
from graphbuild.resolve.places import lookup_town

# Other known towns a list must hold besides the name: with two, three towns are listed.
OTHER_TOWNS = 2
# Words between two names of a list: "X, Y and Z", "X, Y, or Z".
_SEPARATORS = frozenset({",", "and", "or"})
# Words other than a preposition that open a list of places: "locations including X, Y and Z".
_LIST_OPENERS = frozenset({"including", "like"})
# Lower-case words inside a place's name ("San Pedro de la Paz", "Stein an der Traun").
_NAME_PARTICLES = frozenset({"de", "del", "la", "le", "el", "da", "do", "di", "of", "an", "der", "sur"})


def listed_town(span: Span, given: frozenset[str], lexicons: Lexicons) -> bool:
    """``in Chillan, Talca, X and Santiago``: a known town (``lookup_town``) listed after a
    preposition with at least ``OTHER_TOWNS`` other known towns is that town. A list that opens a
    clause ("Smith, Jones and Taylor met") or holds a person named in full (a given name first:
    ``given``) may be one of people whose surnames towns share."""
    if lookup_town(span.text, lexicons) is None:
        return False
    names = list_names(span)
    if len(names) < OTHER_TOWNS:
        return False
    start = min(span.start, *(name.start for name in names))
    if start == 0 or not _opens_list(span.doc[start - 1]):
        return False  # "Smith, Jones and Taylor met ...": surnames towns share, no list of places
    if any(len(name) > 1 and without_accents(name[0].lower_) in given for name in names):
        return False
    return sum(lookup_town(name.text, lexicons) is not None for name in names) >= OTHER_TOWNS


def _opens_list(word: Token) -> bool:
    """A preposition ("in", "for", "between") or "including" before a list's first name."""
    return word.pos_ == "ADP" or word.lower_ in _LIST_OPENERS


def list_names(span: Span) -> list[Span]:
    """The other names of the list the span is written in, before and after it, each after a comma
    or "and"; a word that is no name ends the list."""
    doc = span.doc
    names = []
    end = span.start
    while end > 1 and doc[end - 1].lower_ in _SEPARATORS:
        while end > 1 and doc[end - 1].lower_ in _SEPARATORS:
            end -= 1
        name = _name_before(doc, end)
        if name is None:
            break
        names.append(name)
        end = name.start
    start = span.end
    while start < len(doc) - 1 and doc[start].lower_ in _SEPARATORS:
        while start < len(doc) - 1 and doc[start].lower_ in _SEPARATORS:
            start += 1
        name = _name_after(doc, start)
        if name is None:
            break
        names.append(name)
        start = name.end
    return names


def _name_before(doc: Doc, end: int) -> Span | None:
    """The proper name ending before token ``end``, None when the word there is no name."""
    last = doc[end - 1]
    if not _proper(last):
        return None
    bounds = entity_bounds(last) if last.ent_type else None
    start = bounds[0] if bounds else end - 1
    while start > 0 and not bounds and _name_word(doc[start - 1]):
        start -= 1
    while not _proper(doc[start]):  # "the mayor of Paris": no particle opens a name
        start += 1
    return doc[start:end]


def _name_after(doc: Doc, start: int) -> Span | None:
    """The proper name opening at token ``start``, None when the word there is no name."""
    first = doc[start]
    if not _proper(first):
        return None
    bounds = entity_bounds(first) if first.ent_type else None
    end = bounds[1] if bounds else start + 1
    while end < len(doc) and not bounds and _name_word(doc[end]):
        end += 1
    while not _proper(doc[end - 1]):  # "Paris and Lyon de ...": no particle ends a name
        end -= 1
    return doc[start:end]


def _proper(token: Token) -> bool:
    """A capitalised proper noun, or a capitalised word NER put in a name ("Linares" read as a
    common noun): a name's first or last word."""
    return token.text[:1].isupper() and (token.pos_ == "PROPN" or bool(token.ent_type))


def _name_word(token: Token) -> bool:
    """A word of a name: a capitalised proper noun, or a particle inside a place's name."""
    return _proper(token) or token.lower_ in _NAME_PARTICLES
