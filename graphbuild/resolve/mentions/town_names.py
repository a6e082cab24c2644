"""Towns NER took for people: "Puerto Montt", "Wagga Wagga", "Leighton Buzzard". A name of two
words or more that GeoNames knows as a town, none of whose words is a person's (a given name, a
title, a role noun), with no title before it and no speech after it, is the town: a person's
full name nearly always opens with a given name, and foreign towns' names are what NER most
often mistakes for one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from graphbuild.lexicons import without_accents
from graphbuild.resolve.mentions.city_objects import city_in
from graphbuild.resolve.mentions.contexts import written_town
from graphbuild.resolve.places import Place, lookup_town

if TYPE_CHECKING:
    from graphbuild.resolve.mentions.tables import MentionTables

# Verbs of speaking whose subject is a person, never a town: "Puerto Montt said" is a man
# (``lexicons/speaker_verbs.txt``).
SPEECH_VERBS = "speaker_verbs"
# Shortest name read this way: a one-word town is too often a surname ("Obama", "Merkel").
_MIN_WORDS = 2
# Lower-case words inside towns' names ("Punta de Lobos", "Bruck an der Leitha").
_NAME_LINKS = frozenset({"de", "del", "la", "el", "do", "da", "dos", "an", "der", "on", "upon", "sur"})


def named_town(
    span: Span, label: str, in_context: bool, tables: MentionTables, personal: frozenset[str]
) -> Place | None:
    """The town GeoNames knows by the name: in a place's context (``in_context``, "the city of X")
    or written with its area (``written_town``), or a name NER read as a person's that has none of
    a person's marks (``taken_for_person``) and no place's noun at its end; None otherwise."""
    if in_context or city_in(span, tables):
        return lookup_town(span.text, tables.lexicons)
    town = written_town(span, tables)
    if town is not None:
        return town
    speech = tables.lexicons.terms(SPEECH_VERBS)
    if taken_for_person(span, label, personal, speech) and not _place_noun_last(span, tables):
        return lookup_town(span.text, tables.lexicons)
    return town


def taken_for_person(span: Span, label: str, personal: frozenset[str], speech: frozenset[str]) -> bool:
    """A ``PERSON`` name of two words or more, all capitalised, with no person's word in it or
    before it (``personal``: given names, titles, role nouns) and no verb of speaking (``speech``)
    after it."""
    if label != "PERSON" or len(span) < _MIN_WORDS:
        return False
    if not all(t.text[:1].isupper() or t.lower_ in _NAME_LINKS for t in span):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    words = [*span, *([before] if before is not None else [])]
    if any(without_accents(t.lower_.rstrip(".")) in personal for t in words):
        return False
    return not _speaks(span, speech)


def _place_noun_last(span: Span, tables: MentionTables) -> bool:
    """ "Willow Park", "Kestrel Airport": a name ending in a place's noun says itself what kind of
    place it is, a site rather than the town of that name."""
    word = span[-1].lower_
    return word in tables.noun_table("Region") or word in tables.lexicons.terms("site_heads")


def _speaks(span: Span, speech: frozenset[str]) -> bool:
    """The name is the subject of a verb of speaking: "X said", "X told reporters"."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in speech
