"""Platforms, weapons and units found by their general shape, not by a list of names.

Three patterns that hold across news: a navy prefix and a name ("USS Kearsarge") is a ship (a
merchant prefix, "MV Sirius Star", a civil craft); a
letters-digits designation ("Su-24", "MQ-9B", "AK-103") is a weapon or platform, named by the
designation whatever words follow it ("AK-103 assault rifle" is the "AK-103"); an ordinal and a unit
noun ("2nd Battalion", "101st Airborne Division") is a military unit. A gazetteer entry for the same
tokens still wins (``ranking``); these patterns reach the designations no list holds.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from graphbuild.nlp import token_table
from graphbuild.resolve.mentions.cut_names import name_word
from graphbuild.resolve.mentions.mention import EntityMention

if TYPE_CHECKING:
    from graphbuild.resolve.mentions.tables import MentionTables

# A designation: 1-4 letters (first upper-case), a hyphen, digits and at most two letters.
DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]{0,2}$")
# Without a hyphen ("M16", "T72") a designation needs a weapon noun after it.
_BARE_DESIGNATION = re.compile(r"^[A-Z]{1,3}\d{1,4}[A-Z]?$")
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
_ORDINAL_WORDS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)
# NER labels a designation-shaped token is not a weapon under ("Flight MH-17" is an event, I-95 a road).
_NOT_WEAPON_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "LAW", "EVENT", "FAC"})
# Words before a designation that make it something else ("Flight AB-123", "Route N-7").
_NOT_WEAPON_BEFORE = frozenset({"flight", "route", "highway", "road", "resolution", "article", "section"})


def military_mentions(doc: Doc, tables: MentionTables) -> list[EntityMention]:
    """Ships by navy prefix, weapons by designation and numbered units, in document order."""
    out = [*_ships(doc, tables), *_designations(doc, tables), *_units(doc, tables)]
    return sorted(out, key=lambda m: m.start)


# What a prefixed ship's name is, by prefix list: a navy's ship is a weapon, a merchant ship a craft.
SHIP_KINDS = {"ship_prefixes": ("Weapon", "Ship"), "civil_ship_prefixes": ("Other", "Product")}


def _ships(doc: Doc, tables: MentionTables) -> list[EntityMention]:
    kinds = {
        prefix: kind for lexicon, kind in SHIP_KINDS.items() for prefix in tables.lexicons.synonyms(lexicon)
    }
    texts = token_table(doc).text
    out = []
    for token in (doc[i] for i, text in enumerate(texts) if text.isupper() and text.lower() in kinds):
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and name_word(doc[end]):
            end += 1
        if end == token.i + 1:
            continue
        text = doc[token.i : end].text
        out.append(EntityMention(token.i, end, text, text, *kinds[token.lower_], "pattern"))
    return out


def _designations(doc: Doc, tables: MentionTables) -> list[EntityMention]:
    stops = set(tables.lexicons.synonyms("designation_stops"))
    zones = tables.lexicons.terms("time_zones")
    road_nouns = tables.lexicons.terms("road_nouns")
    roads = road_codes(doc, road_nouns)
    weapons = tables.noun_table("Weapon")
    out = []
    for i, written in enumerate(token_table(doc).text):
        text = written.rstrip("s") if written.endswith("s") and len(written) > 3 else written
        hyphenated = DESIGNATION.match(text) is not None
        if not hyphenated and not _BARE_DESIGNATION.match(text):
            continue
        token = doc[i]
        if text.lower() in stops or _family(text) in stops or token.ent_type_ in _NOT_WEAPON_LABELS:
            continue
        if text.split("-", 1)[0].lower() in zones:
            continue  # "10:00 local time (UTC-5)": a clock's offset
        if written in roads:  # "the H-3 Freeway ... a stretch of H-3": the road, a place
            end = token.i + (2 if doc[token.i + 1 : token.i + 2].text.lower() in road_nouns else 1)
            road = doc[token.i : end].text
            out.append(EntityMention(token.i, end, road, roads[written], "Region", "Site", "pattern"))
            continue
        if token.i > 0 and doc[token.i - 1].lower_ in _NOT_WEAPON_BEFORE:
            continue
        end, subtype = token.i + 1, ""
        # the class noun after the designation ("MQ-9 Reaper drone", "AK-103 assault rifle")
        for j in range(token.i + 1, min(len(doc), token.i + 5)):
            found = _weapon_noun(doc, j, weapons)
            if found is not None:
                end, subtype = found
                break
            if not (
                name_word(doc[j]) or (doc[j].pos_ in ("ADJ", "NOUN") and doc[j].dep_ in ("compound", "amod"))
            ):
                break
        if not hyphenated and not subtype:
            continue
        if not subtype:  # a named variant after the designation ("F-16 Fighting Falcon")
            while end < len(doc) and end - token.i <= 3 and name_word(doc[end]):
                end += 1
        span = doc[token.i : end].text
        aliases = (span,) if end > token.i + 1 else ()
        out.append(
            EntityMention(token.i, end, span, text, "Weapon", subtype or "Arms", "pattern", aliases=aliases)
        )
    return out


def road_codes(doc: Doc, roads: frozenset[str]) -> dict[str, str]:
    """Codes written right before a road's head noun, each with the road's name ("H-3" -> "H-3
    Freeway"): in this article the code names the road, also where it stands alone ("a stretch of
    H-3")."""
    table = token_table(doc)  # read off the table: a walk over the Doc makes two Tokens a word
    text, lower = table.text, table.lower
    return {
        text[i]: f"{text[i]} {text[i + 1]}"
        for i in range(len(text) - 1)
        if lower[i + 1] in roads and any(c.isdigit() for c in text[i])
    }


def _family(designation: str) -> str:
    """The stop-list key of a designation's family: "STS-132" -> "sts-*"."""
    return designation.split("-", 1)[0].lower() + "-*"


def _weapon_noun(doc: Doc, j: int, weapons: dict[str, tuple[str, str]]) -> tuple[int, str] | None:
    """End and subtype of a weapon-class noun (or noun pair) starting at token ``j``."""
    if j + 1 < len(doc):
        pair = f"{doc[j].lower_} {doc[j + 1].lemma_.lower()}"
        if pair in weapons and weapons[pair][1] != "Arms":
            return j + 2, weapons[pair][1]
    for form in (doc[j].lower_, doc[j].lemma_.lower()):
        if doc[j].pos_ == "NOUN" and form in weapons and weapons[form][1] not in ("Arms", ""):
            return j + 1, weapons[form][1]
    return None


def _units(doc: Doc, tables: MentionTables) -> list[EntityMention]:
    units = tables.lexicons.terms("unit_nouns")
    words = token_table(doc)
    ordinals = (
        i
        for i, (text, lower) in enumerate(zip(words.text, words.lower, strict=True))
        if _ORDINAL.match(text) or (lower in _ORDINAL_WORDS and text[:1].isupper())
    )
    out = []
    for token in (doc[i] for i in ordinals):
        for end in range(token.i + 2, min(len(doc), token.i + 6) + 1):
            last = doc[end - 1]
            pair = doc[end - 2 : end].text.lower() if end - 2 > token.i else ""
            if (last.lower_ in units or pair in units) and (last.text[:1].isupper() or last.is_lower):
                words = doc[token.i + 1 : end - 1]
                if all(name_word(w) or w.lower_ in units for w in words):
                    text = doc[token.i : end].text
                    name = " ".join(
                        w if n == 0 else w[:1].upper() + w[1:] for n, w in enumerate(text.split())
                    )
                    out.append(EntityMention(token.i, end, text, name, "Actor", "Military", "pattern"))
                break
            if not name_word(last):
                break
    return out
