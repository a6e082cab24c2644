"""Names that open with a place's noun but end in a body's: "Coast Guard", "Border Patrol",
"Delta Airlines", "Frontier Corps". A name's last word says what it names (English names are
head-final), so a location noun in front of it is only a modifier: the name is the body's, not
the coast's, the border's or the delta's."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.mentions.contexts import facility_name
from graphbuild.resolve.mentions.mention import EntityMention

if TYPE_CHECKING:
    from graphbuild.resolve.mentions.tables import MentionTables

# Longest run of proper nouns read after the opening noun, as ``phrases.leading_place`` reads it.
_MAX_WORDS_AFTER = 3


@functools.lru_cache(maxsize=8)
def body_heads(lexicons: Lexicons) -> frozenset[str]:
    """Nouns that head organisations' names: bodies (``organization_heads``), bodies NER often
    tags a place (``body_name_heads``) and military units (``unit_nouns``: "Frontier Corps")."""
    return (
        lexicons.terms("organization_heads")
        | lexicons.terms("body_name_heads")
        | lexicons.terms("unit_nouns")
    )


def leading_body(token: Token, tables: MentionTables) -> EntityMention | None:
    """``Coast Guard``, ``Mount Kestrel Fire Brigade``: a location noun (which ``leading_place``
    reads as opening a place's name, "Mount Kestrel") before capitalised proper nouns that end in
    a body's head noun opens the body's name: the body, or None. A building's name ("Mount Kestrel
    Medical Center", "Mount Zion Church") stays the place it names."""
    doc = token.doc
    end = token.i + 1
    while (
        end < len(doc)
        and doc[end].pos_ == "PROPN"
        and doc[end].text[:1].isupper()
        and end - token.i <= _MAX_WORDS_AFTER
    ):
        end += 1
    span = doc[token.i : end]
    if end > token.i + 1 and broadcaster_name(span, tables.lexicons):
        return EntityMention(span.start, span.end, span.text, span.text, "Actor", "Organization", "phrase")
    if end == token.i + 1 or doc[end - 1].lower_ not in body_heads(tables.lexicons):
        return None
    if facility_name(span, "ORG", tables) or doc[end - 1].lower_ in tables.lexicons.terms("named_site_nouns"):
        return None  # "Mount Zion Church": a church's name is also its building's
    return EntityMention(span.start, span.end, span.text, span.text, "Actor", "Organization", "phrase")


def broadcaster_name(span: Span, lexicons: Lexicons) -> bool:
    """``Capital FM Kenya``, ``Coast TV``: a name holding a broadcast word (``broadcast_words``)
    after its opening noun names a station or a channel, not the place the noun would open."""
    return any(t.lower_ in lexicons.terms("broadcast_words") for t in span[1:])
