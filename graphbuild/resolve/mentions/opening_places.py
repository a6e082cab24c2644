"""Places named by a sentence's opening locative phrase that NER left untagged.

Strike and incident reports open sentence after sentence with "Near X, ..." or "Outside X, ...";
a small town's name there often gets no NER label at all, or NER swallows the capitalised
preposition with it (mended in ``relabels.opening_preposition``). The phrase itself says X is a place.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.mentions.mention import EntityMention
from graphbuild.resolve.places import lookup_place

# Prepositions that place what follows them when they open a sentence ("Near X, ...").
# "In"/"At" are left out: they also open idioms and headings ("In Short,", "At Issue,").
OPENING_PLACE_PREPOSITIONS = frozenset({"near", "outside", "inside", "around"})
# Most words of a place's name read after the preposition.
_NAME_WORDS = 4
# Lower-case particles inside Arabic and other place names ("Dayr az Zawr", "Tal al-Abyad").
_NAME_PARTICLES = frozenset({"al", "el", "az", "ad", "as", "ar", "an", "ash", "de", "del", "la"})


def opening_places(doc: Doc, lexicons: Lexicons) -> list[EntityMention]:
    """``Near Beit Sahour, soldiers ...``: the untagged capitalised words between a sentence's
    opening locative preposition and the comma that closes the phrase name a place (a town,
    unless the gazetteer knows the name better)."""
    out = []
    for sent in doc.sents:
        first = sent[0]
        if first.lower_ not in OPENING_PLACE_PREPOSITIONS or not first.text[:1].isupper():
            continue
        end = _name_end(doc, first.i + 1, sent.end)
        if end is None:
            continue
        text = doc[first.i + 1 : end].text
        place = lookup_place(text, lexicons)
        subtype = place.subtype if place is not None else "City"
        name = place.name if place is not None else text
        codes = place.codes if place is not None else ()
        out.append(EntityMention(first.i + 1, end, text, name, "Region", subtype, "place", codes))
    return out


def _name_end(doc: Doc, start: int, limit: int) -> int | None:
    """The end of a run of name words from ``start`` closed by a comma, none of them tagged by
    NER; None when the words after the preposition are no such run."""
    i = start
    while i < limit and i - start < _NAME_WORDS and _name_word(doc[i], first=i == start):
        i += 1
    if i == start or i >= limit or doc[i].text != "," or doc[i - 1].lower_ in _NAME_PARTICLES:
        return None
    return i if all(not doc[j].ent_type_ for j in range(start, i)) else None


def _name_word(token: Token, first: bool) -> bool:
    """A capitalised word of a name, or (past its first word) a particle of one."""
    if token.text[:1].isupper() and (token.is_alpha or "-" in token.text or "'" in token.text):
        return True
    return not first and token.lower_ in _NAME_PARTICLES
