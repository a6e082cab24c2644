"""The record every mention source yields, and the country code a place hands on to an actor."""

from __future__ import annotations

from dataclasses import dataclass

from graphbuild.resolve.places import Place


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
