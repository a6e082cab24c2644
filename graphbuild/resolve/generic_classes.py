"""Common-noun mentions that name a class, a part of a place no one bounds, or control, not a
body or a place an analyst tracks: "Indian companies", "a wooded area of X", "the coast", "under
NATO command". ``resolve.nodes`` keeps them typed but no node; the triples keep them as text, and a
place or body named inside them is the node."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graphbuild.lexicons import Lexicons
from graphbuild.nlp import PLACE_LABELS
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.places import lookup_place

# NER labels of names a common noun may be tied to ("Greenpeace activists", "the Ohio police").
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
# Nouns of an extent of land that a name must bound: "the Mindanao area" is one, "a wooded area" none.
EXTENT_NOUNS = frozenset({"area", "areas", "part", "parts", "zone", "zones", "section", "sections"})
# A noun of control that "under" takes: "under NATO command" says who commands, it names no body.
CONTROL_NOUNS = frozenset({"command", "control"})


def named_tokens(doc: Doc, named: list[LocalEntity]) -> set[int]:
    """Tokens of names: of the named nodes, and of the names NER found (a people's name aside). A
    word NER put in a name but the text writes in lower case ("the electoral commission" tagged ORG)
    is no name's word: it ties a common noun to nothing."""
    tokens = {i for e in named for s, end in e.token_spans for i in range(s, end)}
    ents = (range(ent.start, ent.end) for ent in doc.ents if ent.label_ in NAME_LABELS)
    tokens.update(i for span in ents for i in span if not doc[i].is_lower)
    return tokens


def generic_class(entity: LocalEntity, spans: list[Span], lexicons: Lexicons) -> bool:
    """A common-noun entity that is a class, an unbounded part of a place or control, no node."""
    return (
        class_of_bodies(entity, spans, lexicons)
        or unnamed_place(entity, lexicons)
        or unbounded_area(entity, spans)
        or (bool(spans) and all(under_control(span) for span in spans))
    )


def class_of_bodies(entity: LocalEntity, spans: list[Span], lexicons: Lexicons) -> bool:
    """``Indian companies``, ``US states``, ``the Middle East states``: a plural noun of bodies a
    country or a region has many of (``lexicons/class_bodies.txt``), tied only by a
    country or a place's name, is a class of bodies, no one an analyst tracks; as people a country
    names are ("South Korean officials"). A name NER calls a place ("the Middle East") is a place's."""
    head = entity.name.partition(" of ")[0].split()
    bodies = lexicons.terms("class_bodies")
    if entity.type != "Actor" or not entity.plural or not head or head[-1].lower() not in bodies:
        return False
    if "country" in entity.codes:
        return True
    names = [w for w in entity.name.split() if w[:1].isupper()]
    placed = [
        t.ent_type_ in PLACE_LABELS for span in spans for t in span if t.i != span.root.i and _name_word(t)
    ]
    return bool(names) and (
        lookup_place(" ".join(names), lexicons) is not None or (bool(placed) and all(placed))
    )


def unnamed_place(entity: LocalEntity, lexicons: Lexicons) -> bool:
    """``the coast``, ``the island's west coast``, ``the Arab League's headquarters`` labelled
    "headquarters": a common-noun place whose label keeps no name names no place; the place or body
    it belongs to is the node. A label word some form writes as a name's (not a nationality's) is a
    name's, however the label is cased ("Nimroz province")."""
    if entity.type != "Region" or "country" in entity.codes or not entity.name.islower():
        return False
    named = {
        w.lower()
        for a in entity.aliases
        for w in a.split()
        if w[:1].isupper() and not _nationality(w, lexicons)
    }
    return not named & set(entity.name.split())


def _nationality(word: str, lexicons: Lexicons) -> bool:
    """``Chinese``, ``Swiss``: a country's adjective, no place's name."""
    return lookup_place(word, lexicons) is None and lookup_place(word, lexicons, demonym=True) is not None


def unbounded_area(entity: LocalEntity, spans: list[Span]) -> bool:
    """``a wooded area of Geneva``, ``coastal areas``, ``slum areas``: an extent of land that only
    common words describe is bounded by no one; a name before the noun bounds it ("the Mindanao
    area", "the Wazir Akbar Khan area of Kabul"), and the place after "of" is the node."""
    head = entity.name.partition(" of ")[0].split()
    if entity.type != "Region" or not head or head[-1].lower() not in EXTENT_NOUNS:
        return False
    if not spans:
        return not any(w[:1].isupper() for w in head[:-1])
    return not any(_name_word(t) for span in spans for t in span if t.i < span.root.i)


def under_control(span: Span) -> bool:
    """``under NATO command``, ``under British command``: a noun of control after "under" says who
    commands, it names no body (the commander named in it is the node)."""
    root = span.root
    return root.lower_ in CONTROL_NOUNS and root.head.lower_ == "under"


def _name_word(token: Token) -> bool:
    """A word written with a capital where no sentence opens: a name's word."""
    return any(c.isupper() for c in token.text) and not token.is_sent_start


__all__ = [
    "class_of_bodies",
    "generic_class",
    "named_tokens",
    "unbounded_area",
    "under_control",
    "unnamed_place",
]
