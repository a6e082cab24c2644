"""Crafts named after their class: "the Space Shuttle Atlantis" names a craft, not the town of
that name nor a person, and so does every bare mention of its name in the article ("Atlantis
lifted off"), which a gazetteer or NER would otherwise read as the town or a person."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from graphbuild.resolve.mentions.mention import EntityMention

if TYPE_CHECKING:
    from graphbuild.lexicons import Lexicons

# What a craft's name is: a made thing.
CRAFT = ("Other", "Product")

# Guesses a craft's bare name draws: a town or a region, a person or a body.
_GUESSED_TYPES = frozenset({"Region", "Actor"})

# Nouns after a class of craft that name an undertaking or a set of crafts, no craft: "the Space
# Shuttle Program" (with ``program_heads``), "the Space Shuttle Fleet".
_UNDERTAKINGS = frozenset({"mission", "missions", "fleet", "era", "launch", "launches"})

# Words a class of craft may have: "space shuttle" (two), "spacecraft" (one).
_CLASS_WORDS = (2, 1)


def craft_mentions(doc: Doc, found: list[EntityMention], words: Lexicons) -> list[EntityMention]:
    """Mentions of a name written after a class of craft (``craft_classes``), or holding the class
    at their start ("Space Shuttle Discovery", named "Discovery"), are the craft; so are the
    article's other mentions of that bare name (``guessed``)."""
    classes = words.terms("craft_classes")
    undertakings = words.terms("program_heads") | _UNDERTAKINGS
    out, crafts = [], set()
    for m in found:
        name = craft_name(doc, m, classes)
        if name is not None and name.split()[-1].lower() not in undertakings:
            crafts.add(name)
            m = replace(m, name=name, type=CRAFT[0], subtype=CRAFT[1], codes=(), generic=False)
        out.append(m)
    return [
        replace(m, type=CRAFT[0], subtype=CRAFT[1], codes=()) if m.text in crafts and guessed(m) else m
        for m in out
    ]


def craft_name(doc: Doc, m: EntityMention, classes: frozenset[str]) -> str | None:
    """The craft's bare name of a mention after a class of craft ("shuttle Atlantis") or holding
    one at its start ("Space Shuttle Discovery"), if it is a capitalised name."""
    if m.nested or m.generic:
        return None
    span = doc[m.start : m.end]
    for n in _CLASS_WORDS:
        before = doc[max(m.start - n, 0) : m.start]
        if len(before) == n and before.text.lower() in classes and _capitalised(span.text):
            return span.text
        head = span[:n]
        rest = span[n:]
        if len(span) > n and head.text.lower() in classes and _capitalised(rest.text):
            return rest.text
    return None


def guessed(m: EntityMention) -> bool:
    """A bare name typed a place or an actor (a gazetteer's or NER's guess), not a phrase."""
    return m.type in _GUESSED_TYPES and not m.generic and not m.nested and m.name == m.text


def _capitalised(text: str) -> bool:
    return text[:1].isupper()
