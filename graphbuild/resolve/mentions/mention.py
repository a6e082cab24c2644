"""The record every mention source yields, and the country code a place hands on to an actor."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphbuild.model import evolve
from graphbuild.resolve.places import Place

# Quotation marks around a name, straight, curly and Penn-Treebank; a mention's text may hold them.
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


@dataclass(frozen=True)
class EntityMention:
    """A typed span of a Doc: token range, the name it suggests and where the type came from.

    ``generic`` marks a common-noun mention ("the militants"); ``definite`` one that is only a
    definite determiner and a noun, which coreference may resolve to an earlier named entity.
    """

    start: int
    end: int
    text: str
    name: str
    type: str
    subtype: str
    source: str
    codes: tuple[tuple[str, str], ...] = ()
    generic: bool = False
    definite: bool = False
    plural: bool = False
    nested: bool = False
    aliases: tuple[str, ...] = ()


def country_code(place: Place) -> tuple[tuple[str, str], ...]:
    """``(("country", alpha-2),)`` for a country, or for a city its country's code."""
    codes = dict(place.codes)
    code = codes.get("iso3166") or codes.get("country")
    return (("country", code),) if code else ()


def country_code_from(mention: EntityMention) -> tuple[tuple[str, str], ...]:
    """The country code of a country mention, as a place inside it carries it."""
    code = dict(mention.codes).get("iso3166")
    return (("country", code),) if code else ()


# A wiki citation mark the tokenizer left on a word: "Assad,[1", "Army.[4]".
_CITATION = re.compile(r"[.,;]?\[\d*\]?$")


def without_citation(mention: EntityMention) -> EntityMention:
    """The mention without a citation mark ending its text and name ("al-Assad,[1"), copied only
    when one of them holds a "[" (few do; a copy and two regex passes per mention were ~40 ms per
    60 articles)."""
    if "[" not in mention.text and "[" not in mention.name:
        return mention
    return evolve(mention, text=_CITATION.sub("", mention.text), name=_CITATION.sub("", mention.name))
