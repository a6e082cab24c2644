"""One name, one occasion: a name NER tags an event in one mention of an article ("the French
Open") and guesses a place no gazetteer knows, or a body, in another ("won in French Open") names
the event in every mention; NER's labels of one name drift with the words around it."""

from __future__ import annotations

from dataclasses import replace

from graphbuild.resolve.mentions.mention import EntityMention

# The kind of a name NER tags an event (``ner.NER_TYPES`` of EVENT).
EVENT = ("Other", "Event")

# Subtypes of NER's guesses an event's name drifts to: a place no gazetteer knows or a body.
_GUESSES = frozenset({("Region", "GeoRegion"), ("Region", "Site"), ("Actor", "Organization")})


def event_mentions(found: list[EntityMention]) -> list[EntityMention]:
    """Every mention of a name NER tagged an event elsewhere in the article, that only NER's guess
    types a place or a body (``guessed``), is the event."""
    events = {m.text for m in found if (m.type, m.subtype) == EVENT and m.source == "ner" and not m.generic}
    if not events:
        return found
    return [
        replace(m, type=EVENT[0], subtype=EVENT[1]) if m.text in events and guessed(m) else m for m in found
    ]


def guessed(m: EntityMention) -> bool:
    """A name typed a place or a body only by NER: no gazetteer's codes, not a phrase."""
    return m.source == "ner" and (m.type, m.subtype) in _GUESSES and not m.codes and not m.generic
