"""Mentions from the curated gazetteer in ``ontology/gazetteer``, found by phrase matching."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from graphbuild.extract.phrases import entity_bounds
from graphbuild.lexicons import Lexicons
from graphbuild.resolve.mentions.mention import EntityMention
from graphbuild.resolve.places import lookup_place

if TYPE_CHECKING:
    from graphbuild.resolve.mentions.tables import MentionTables

# POS tags a designation and its weapon noun may have between them ("RPG-7 shoulder-launched missiles").
_WEAPON_GAP_POS = frozenset({"ADJ", "VERB", "NOUN", "PUNCT"})
# How many tokens after a designation its weapon noun may come.
_WEAPON_GAP = 5


@dataclass(frozen=True)
class GazetteerMatcher:
    """Phrase matchers for the gazetteer: acronyms and single capitalised words match by case.

    ``entries`` maps a match key to the entry's name, type, subtype and synonyms; ``names`` maps
    every lower-cased synonym to the entry's name, type and subtype.
    """

    exact: PhraseMatcher
    folded: PhraseMatcher
    entries: dict[str, tuple[str, str, str, tuple[str, ...]]]
    names: dict[str, tuple[str, str, str]]

    @classmethod
    def build(cls, nlp: Language, lexicons: Lexicons) -> GazetteerMatcher:
        exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        entries: dict[str, tuple[str, str, str, tuple[str, ...]]] = {}
        for n, entry in enumerate(lexicons.gazetteer()):
            key = f"gz{n}"
            entries[key] = (entry.name, entry.type, entry.subtype, entry.synonyms)
            for syn in entry.synonyms:
                pattern = nlp.make_doc(syn)
                single_name = len(pattern) == 1 and syn[:1].isupper()
                if (syn.isupper() and len(syn) <= 6) or len(syn) <= 3 or single_name:
                    exact.add(key, [pattern])
                else:
                    folded.add(key, [pattern])
        names = {syn.lower(): (e.name, e.type, e.subtype) for e in lexicons.gazetteer() for syn in e.synonyms}
        return cls(exact, folded, entries, names)


def gazetteer_mentions(doc: Doc, tables: MentionTables) -> list[EntityMention]:
    """Every gazetteer entry named in ``doc``; a place entry gets the codes of its place."""
    gazetteer = tables.gazetteer
    out = []
    for matcher in (gazetteer.exact, gazetteer.folded):
        for key, start, end in matcher(doc):
            name, type_, subtype, synonyms = gazetteer.entries[doc.vocab.strings[key]]
            if matcher is gazetteer.folded and _indefinite_description(doc, start, end, synonyms):
                continue
            if head_of_longer_name(doc, start, end):
                continue  # "the Gulf [of Mexico]": the entry's words open another place's name
            if type_ == "Weapon" and _class_noun(doc[start:end], tables):
                continue  # "a car bomb exploded": the weapon nouns' mention decides if it is a node
            start, end = _extend_weapon_noun(doc, start, end, type_, tables)
            codes: tuple[tuple[str, str], ...] = ()
            if type_ == "Region":
                found = (lookup_place(n, tables.lexicons) for n in (name, *synonyms))
                place = next((p for p in found if p is not None), None)
                codes = place.codes if place is not None and place.subtype == subtype else ()
            out.append(
                EntityMention(start, end, doc[start:end].text, name, type_, subtype, "gazetteer", codes)
            )
    return out


def head_of_longer_name(doc: Doc, start: int, end: int) -> bool:
    """``the Gulf of Mexico``, ``the Bank of Zorvakia``: a match NER's entity goes on past, with
    "of" and a capitalised word, opens a longer name, which names something else."""
    ent = doc[start].ent_type_ and entity_bounds(doc[start])
    if not ent or ent[0] > start or ent[1] < end + 2:
        return False
    return doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper()


def _class_noun(span: Span, tables: MentionTables) -> bool:
    """``car bomb``, ``car bombs``: a gazetteer weapon's synonym written in lower case that is a
    weapon noun names a class of weapon, no entry's weapon (a name or a designation keeps its case:
    "VBIED")."""
    nouns = tables.noun_table("Weapon")
    return span.text.islower() and (span.text in nouns or span.lemma_.lower() in nouns)


def _indefinite_description(doc: Doc, start: int, end: int, synonyms: tuple[str, ...]) -> bool:
    """ "declare an Islamic state": a name's words in lower case after "a"/"an" describe a kind of
    thing; a name takes no indefinite article ("an Islamic State fighter" keeps the name's case)."""
    if start == 0 or doc[start - 1].lower_ not in ("a", "an"):
        return False
    text = doc[start:end].text
    return (
        all(text != syn for syn in synonyms)
        and text != text.title()
        and any(text.lower() == syn.lower() and syn != syn.lower() for syn in synonyms)
    )


def _extend_weapon_noun(doc: Doc, start: int, end: int, type_: str, tables: MentionTables) -> tuple[int, int]:
    """``RPG-7`` followed by ``launchers`` (or ``shoulder-launched missiles``) names one weapon."""
    if type_ != "Weapon":
        return start, end
    nouns = tables.noun_table("Weapon")
    for stop in range(end, min(len(doc), end + _WEAPON_GAP)):
        token = doc[stop]
        if token.lemma_.lower() in nouns or token.lower_ in nouns:
            if all(stop >= doc[i].head.i >= i for i in range(end - 1, stop)):
                return start, stop + 1
            break
        if token.pos_ not in _WEAPON_GAP_POS or token.text in (",", "(", ")"):
            break
    return start, end
