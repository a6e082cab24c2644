"""Names whose own words hold a possessive: "Harper's Bazaar", "Queen's Medical Center". NER stops at
the "'s" and finds the front ("Harper", a town by lookup) or the back ("Medical Center") alone;
neither names what the text talks about. ``resolve.nodes`` drops a place that is only such a front
(a body's or a person's possessive owns what follows: "Motorola's Xoom") and gives the back the whole
name.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.entities import LocalEntity, normalise
from graphbuild.resolve.places import lookup_place

# The possessive ending as the tokenizer splits it off.
_POSSESSIVES = frozenset({"'s", "\u2019s"})
# Most words of a name's front before its possessive ("Saint Mary's ...").
_FRONT_WORDS = 3


def front_of_possessive_name(span: Span, lexicons: Lexicons) -> bool:
    """``Harper`` of "an interview for Harper's Bazaar": the span, no country or state's name, before
    "'s" and capitalised proper nouns NER put in no entity, is the front of that longer name. A
    country's or a state's possessive owns what follows ("Kenya's Rift Valley", "northern Syria's
    Idlib")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text not in _POSSESSIVES:
        return False
    # "northwestern Syria's Idlib province": a part of a country is the country's too
    return _unnamed_name_word(doc[span.end + 1]) and not (
        _region(span.text, lexicons) or _region(span[-1].text, lexicons)
    )


def complete_possessive_name(entity: LocalEntity, spans: list[Span], lexicons: Lexicons) -> None:
    """``Medical Center`` of "Queen's Medical Center": a name after "'s" and a capitalised proper noun
    NER put in no entity takes the whole name, in every mention the same."""
    whole = {_whole_name(span, lexicons) for span in spans}
    if not spans or len(whole) != 1 or None in whole:
        return
    name = whole.pop() or ""
    entity.name, entity.key = name, f"{entity.type}:{normalise(name)}"
    entity.aliases = Counter({name: entity.mentions or 1})


def _whole_name(span: Span, lexicons: Lexicons) -> str | None:
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text not in _POSSESSIVES or not span[0].text[:1].isupper():
        return None
    start = span.start - 1
    while start > 0 and span.start - 1 - start < _FRONT_WORDS and _name_word(doc[start - 1]):
        start -= 1
    front = doc[start : span.start - 1]
    if not len(front) or any(t.ent_type_ for t in front) or _region(front.text, lexicons):
        return None
    return doc[start : span.end].text


def _unnamed_name_word(token: Token) -> bool:
    """A capitalised proper noun NER put in no entity, not opening a sentence."""
    return _name_word(token) and not token.ent_type_ and not token.is_sent_start


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha


def _region(text: str, lexicons: Lexicons) -> bool:
    """A country or a state: its possessive owns a thing of its own ("Florida's Panhandle")."""
    place = lookup_place(text, lexicons)
    return place is not None and place.subtype in ("Country", "AdminArea")


__all__ = ["complete_possessive_name", "front_of_possessive_name"]
