"""Names in a flat list of places, read from the words when the parse breaks the list apart.

A long comma list of foreign names is often parsed as a chain of appositions, so the conjuncts
``place_lists`` reads are lost. The words still say it is one list of one kind of place:
"in cities such as Arvo, Del Pinar, Costa Brava and Tolmen" (examples of a plural place class) or
"across the Arvo, Tolmen and Bel Regions" (names sharing a plural place class noun as their head).
Each name of such a list that NER alone took for a person or a body is retyped the class's place.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from graphbuild.extract.comma_lists import LIST_CONJUNCTIONS, comma_list
from graphbuild.nlp import token_table
from graphbuild.resolve.mentions.mention import EntityMention
from graphbuild.resolve.mentions.place_lists import (
    LISTED_PLACE_SUBTYPES,
    LISTING_PREPOSITIONS,
    guessed_actor,
)
from graphbuild.resolve.mentions.tables import MentionTables

# Words a list may end before: a list must end cleanly, not run on into a clause ("and Arvo said").
LIST_ENDS = frozenset({".", ",", ";", ":", ")", "!", "?"})
# Penn tag of a plural common noun ("cities such as") and of a capitalised one ("the A and B Regions").
PLURAL_TAGS = frozenset({"NNS", "NNPS", "NNP"})
# Fewest members a list must have: two names and a shared class are a list, one is not.
FEWEST_MEMBERS = 2


def flat_list_places(doc: Doc, found: list[EntityMention], tables: MentionTables) -> list[EntityMention]:
    """``found`` with each NER-guessed actor of a flat list of places retyped that place."""
    starts = {m.start: m for m in found if not m.nested}
    ends = {m.end: m for m in found if not m.nested}
    retyped: dict[int, str] = {}
    lower = token_table(doc).lower  # the listing words picked out with no Token per word of the Doc
    for token in [doc[i] for i, word in enumerate(lower) if word in LISTING_PREPOSITIONS]:
        subtype = _example_class(token, tables)
        if subtype:
            retyped.update(dict.fromkeys(_run_after(doc, token.i + 1, starts), subtype))
    for m in found:
        subtype = _shared_head_class(doc, m, tables)
        if subtype:
            retyped.update(dict.fromkeys(_run_before(doc, m.start, ends), subtype))
    return [
        replace(m, type="Region", subtype=retyped[m.start]) if _retypable(m, retyped) else m for m in found
    ]


def _retypable(m: EntityMention, retyped: dict[int, str]) -> bool:
    return m.start in retyped and guessed_actor(m)


def _class_subtype(noun: Token, tables: MentionTables) -> str | None:
    """The subtype of a plural class noun of towns or areas ("cities", "Regions"); else None."""
    if noun.tag_ not in PLURAL_TAGS or not noun.lower_.endswith("s"):
        return None
    if noun.lower_ in tables.lexicons.terms("area_class_nouns"):
        return "AdminArea"
    subtype = tables.noun_table("Region").get(noun.lower_, ("", ""))[1]
    return subtype if subtype in LISTED_PLACE_SUBTYPES else None


def _example_class(token: Token, tables: MentionTables) -> str | None:
    """``cities such as``, ``towns including``: the subtype of the class a list of examples follows."""
    if token.lower_ not in LISTING_PREPOSITIONS or token.i < 1:
        return None
    before = token.i - 1
    if token.lower_ == "as":
        if token.doc[before].lower_ != "such" or before < 1:
            return None
        before -= 1
    noun = token.doc[before]
    return _class_subtype(noun, tables) if noun.tag_ == "NNS" else None


def _shared_head_class(doc: Doc, m: EntityMention, tables: MentionTables) -> str | None:
    """``the A, B and C Regions``: the subtype of the place class noun ending ``m``; else None."""
    if m.type != "Region" or m.end - m.start < 2 or not doc[m.end - 1].is_title:
        return None
    return _class_subtype(doc[m.end - 1], tables)


def _run_after(doc: Doc, i: int, starts: dict[int, EntityMention]) -> list[int]:
    """Starts of the members of the list beginning at ``i``: names joined by commas, the last by
    "and"; the last counts only when the list ends there."""
    members = [j for j, _ in comma_list(doc, i, lambda j: _listed_end(doc, j, starts), comma_needed=True)]
    return members if len(members) >= FEWEST_MEMBERS else []


def _listed_end(doc: Doc, i: int, starts: dict[int, EntityMention]) -> int | None:
    """End of the member at ``i`` (``_member_end``); none for a last one, after the conjunction,
    that does not end the list ("and Ann Lee said" opens a clause)."""
    end = _member_end(doc, i, starts)
    last = i > 0 and doc[i - 1].lower_ in LIST_CONJUNCTIONS
    if end is not None and last and end < len(doc) and doc[end].text not in LIST_ENDS:
        return None
    return end


def _member_end(doc: Doc, i: int, starts: dict[int, EntityMention]) -> int | None:
    """End of the name starting at ``i``: a mention, or a run of capitalised proper nouns."""
    if i >= len(doc):
        return None
    if i in starts:
        return starts[i].end
    end = i
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    return end if end > i else None


def _run_before(doc: Doc, start: int, ends: dict[int, EntityMention]) -> list[int]:
    """Starts of the names listed before the mention at ``start`` that ends in their shared head
    ("A, B and C Regions"): the nearest is joined by "and", the others by commas."""
    members: list[int] = []
    i = start
    while i > 0:
        j = i
        if not members:
            if doc[j - 1].lower_ not in LIST_CONJUNCTIONS:
                break
            j -= 1
        if j > 0 and doc[j - 1].text == ",":
            j -= 1
        elif members:
            break
        begin = _member_start(doc, j, ends)
        if begin is None:
            break
        members.append(begin)
        i = begin
    return members


def _member_start(doc: Doc, end: int, ends: dict[int, EntityMention]) -> int | None:
    """Start of the name ending at ``end`` (exclusive): a mention, or capitalised proper nouns."""
    if end in ends:
        return ends[end].start
    begin = end
    while begin > 0 and doc[begin - 1].pos_ == "PROPN" and doc[begin - 1].is_title:
        begin -= 1
    return begin if begin < end else None


__all__ = ["flat_list_places"]
