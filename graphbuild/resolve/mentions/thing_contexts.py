"""Names the words around them show to be no actor, place or weapon: a brand goods are sold under
("sold under the labels X and Y", "X-branded sweets"), a state a government declares ("a State of
Public Calamity"), a storm's other name ("Typhoon X, also known as Y"). NER calls such names
bodies, people or places; ``other_kind`` types them Other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from graphbuild.resolve.mentions.named_kinds import named_kind
from graphbuild.resolve.mentions.titled_things import titled_kind

if TYPE_CHECKING:
    from graphbuild.lexicons import Lexicons

# Verbs of selling: what goods are sold "under" is a brand ("sold under the labels X and Y").
SELLING_VERBS = frozenset({"sell", "market", "distribute", "package", "retail", "trade"})
# The participle that makes the name before it a brand: "X-branded sweets", "X branded goods".
BRANDED = "branded"
# Links by which a name hangs on the noun of a list or a phrase it belongs to.
_LIST_LINKS = frozenset({"conj", "appos", "nmod", "compound"})
# At most this many links from a name up to the object of "under": a long list of brands.
_MAX_LINKS = 30
# Verbs of naming before "as": "also known as Y", "named as Y".
_NAMING_AS = frozenset({"know", "call", "name"})
# The opening words of a declared state's name: "State of Emergency".
_STATE_OF = ("state", "of")


def context_kind(span: Span, lexicons: Lexicons) -> str:
    """The subtype of Other the words around a name give it, or ""."""
    if sold_under(span) or branded(span):
        return "Product"
    if declared_state(span, lexicons):
        return "Law"
    if storm_alias(span, lexicons) or gathering_at(span, lexicons):
        return "Event"
    return titled_kind(span, lexicons) or named_kind(span, lexicons)


def sold_under(span: Span) -> bool:
    """``sold under the labels X, Y and Z``, ``marketed under the brand X``: a name that is, or is
    listed with, the object of "under" after a verb of selling names a brand, a product."""
    token: Token = span.root
    for _ in range(_MAX_LINKS):
        prep = token.head
        if token.dep_ == "pobj" and prep.lower_ == "under":
            return prep.head.lemma_.lower() in SELLING_VERBS
        if token.dep_ not in _LIST_LINKS or prep.i == token.i:
            return False
        token = prep
    return False


def branded(span: Span) -> bool:
    """``X-branded sweets``, ``its X branded chocolates``: the name "branded" follows is the
    brand, a product."""
    doc, end = span.doc, span.end
    if end < len(doc) and doc[end].text == "-":
        end += 1  # "X-branded"
    after = doc[end] if end < len(doc) else None
    return after is not None and after.lower_ == BRANDED and span.root.head.i in (after.i, after.head.i)


def declared_state(span: Span, lexicons: Lexicons) -> bool:
    """``a State of Emergency``, ``a State of Public Calamity``: a name opening with "State of" and
    ending in a word of ``declared_states`` names a legal status a government declares."""
    words = [t.lower_ for t in span]
    last2 = " ".join(words[-2:])
    states = lexicons.terms("declared_states")
    return len(words) > 2 and tuple(words[:2]) == _STATE_OF and (words[-1] in states or last2 in states)


def storm_alias(span: Span, lexicons: Lexicons) -> bool:
    """``Typhoon X, also known as Y``, ``the cyclone, locally known as Y``: the other name a storm
    is known by is the storm's, an event."""
    root = span.root
    prep = root.head
    verb = prep.head
    if root.dep_ != "pobj" or prep.lower_ != "as" or verb.lemma_.lower() not in _NAMING_AS:
        return False
    storm = verb.head
    words = lexicons.terms("storm_words")
    return verb.dep_ == "acl" and (
        storm.lower_ in words or any(c.dep_ == "compound" and c.lower_ in words for c in storm.children)
    )


def gathering_at(span: Span, lexicons: Lexicons) -> bool:
    """``announced at the Zorvan Security Conference``: a name headed by a word of
    ``gathering_heads`` that "at" takes is the gathering where something happens, an event; "by
    the X Conference" or "the Organisation of the X Conference" may be a body."""
    root = span.root
    heads = lexicons.terms("gathering_heads")
    headed = root.i == span.end - 1 and len(span) > 1 and root.text[:1].isupper() and root.lower_ in heads
    return headed and root.dep_ == "pobj" and root.head.lower_ == "at"
