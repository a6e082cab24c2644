"""Names a common noun next to them titles as a programme, an event or a food: "the ABC drama
series Zorva Street", "an episode of Zorva Street" (a series, a work), "the nostalgia tour, Zorva
Nights," (an event), "the dessert known as Zorva" (a product). NER calls such names bodies,
people or places; ``context_kind`` types them Other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from graphbuild.resolve.mentions.mention import QUOTE_MARKS

if TYPE_CHECKING:
    from graphbuild.lexicons import Lexicons

# Nouns of a serial programme: "the drama series X". Alone "series" may be a sport's ("the series
# MVP", "the Test series"), so a medium's or a genre's word must qualify it.
SERIES_NOUNS = frozenset({"series", "serial"})
# Words of a medium or a genre that make a series a programme: "the ABC drama series X".
SERIES_KINDS = frozenset(
    {"drama", "television", "tv", "comedy", "animated", "cartoon", "documentary", "reality", "web", "radio"}
)
# Nouns whose "of" object is a programme: "an episode of X".
EPISODE_NOUNS = frozenset({"episode"})
# Participles that give a thing its name: "the dessert known as X", "a cocktail called X".
_NAMING_VERBS = frozenset({"call", "name", "dub", "know", "brand", "market"})


def titled_kind(span: Span, lexicons: Lexicons) -> str:
    """The subtype of Other a titling noun next to the name gives it, or ""."""
    if series_title(span) or episode_of(span):
        return "Work"
    if apposed_event(span, lexicons) or occasion_of(span, lexicons):
        return "Event"
    if measure_name(span, lexicons):
        return "Concept"
    if named_food(span, lexicons):
        return "Product"
    return ""


def series_title(span: Span) -> bool:
    """``the ABC drama series X``, ``the television series, X,``: a name right after (or in
    apposition to) "series" that a medium's or a genre's word qualifies is the programme's title. A
    verb right after the name makes it a relative clause's subject ("the series Sky made"): not taken."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].pos_ in ("VERB", "AUX"):
        return False
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    noun = doc[i] if i >= 0 else None
    if noun is None or noun.lower_ not in SERIES_NOUNS or not noun.text.islower():
        return False
    joined = span.root.head.i == noun.i or noun.head.i in range(span.start, span.end)
    return joined and _kind_of_series(noun)


def _kind_of_series(noun: Token) -> bool:
    """The series noun has a medium's or a genre's word among its modifiers: "drama series"."""
    return any(c.lower_ in SERIES_KINDS and c.i < noun.i for c in noun.children) or (
        noun.i > 0 and noun.doc[noun.i - 1].lower_ in SERIES_KINDS
    )


def episode_of(span: Span) -> bool:
    """``an episode of X``: what an episode is "of" is a programme, a work."""
    root = span.root
    prep = root.head
    noun = prep.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "of"
        and noun.text.islower()
        and noun.lemma_.lower() in EPISODE_NOUNS
    )


def apposed_event(span: Span, lexicons: Lexicons) -> bool:
    """``the nostalgia tour, X,``: a name set off by commas right after a lower-case noun of a staged
    event (``titled_event_nouns``) is in apposition to it, the event's name, though the parser may
    hang it on the verb. A subject after the comma ("at the summit, Ann Holt said") is no apposition,
    nor a name listed after it ("the summit, Ann Holt and ..."); a person's name is no event's."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "," or span.root.dep_ in _SUBJECTS:
        return False
    after = doc[span.end].text if span.end < len(doc) else "."
    listed = span.end + 1 < len(doc) and doc[span.end + 1].lower_ in _COORDINATORS
    noun = doc[span.start - 2]
    return (
        after in _CLOSING
        and not listed
        and _label(span) != "PERSON"
        and noun.pos_ == "NOUN"
        and noun.text.islower()
        and noun.lemma_.lower() in lexicons.terms("titled_event_nouns")
    )


# Dependencies of a verb's subject: a name after a comma that is one opens a clause.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Words that go on a list: "the summit, X, and Y".
_COORDINATORS = frozenset({"and", "or"})
# Marks that close an apposition: "the tour, X, visiting", "the tour, X."
_CLOSING = frozenset({",", ".", ";", ")"})


def _label(span: Span) -> str:
    """The NER label of the entity the name's head is in, or ""."""
    root = span.root
    return next((e.label_ for e in span.doc.ents if e.start <= root.i < e.end), "")


def occasion_of(span: Span, lexicons: Lexicons) -> bool:
    """``the Conference Finals of the Zorvan League``, ``the Festival of Zorva``: a name whose head,
    before its of/for/on part, is a capitalised word of ``occasion_heads`` names the event; the part
    only says whose or what it is."""
    cut = next((t.i for t in span if t.lower_ in _PARTS and t.i > span.start), None)
    if cut is None or cut - span.start < 1:
        return False
    head = span.doc[cut - 1]
    return head.text[:1].isupper() and head.lower_ in lexicons.terms("occasion_heads")


# Words that open a name's part after its head: "Festival of X", "Award for X", "Conference on X".
_PARTS = frozenset({"of", "for"})


def measure_name(span: Span, lexicons: Lexicons) -> bool:
    """``the Enhanced Zorva Scale``, ``the Zorva Index``: a name of two words or more ending in a
    capitalised noun of a measure, an index or an effect (``eponym_nouns``) is that measure's name."""
    last = span[-1]
    return len(span) > 1 and last.text[:1].isupper() and last.lower_ in lexicons.terms("eponym_nouns")


def named_food(span: Span, lexicons: Lexicons) -> bool:
    """``the dessert known as X``, ``a cocktail called X``: a name a naming participle gives a
    noun of a food or a drink (``food_nouns``) is the dish's or the brand's, a product."""
    noun = _named_noun(span)
    return noun is not None and noun.lemma_.lower() in lexicons.terms("food_nouns")


def _named_noun(span: Span) -> Token | None:
    """The lower-case noun before a naming participle ("known as", "called") whose object is the
    name, past quotation marks; None without one."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].text in QUOTE_MARKS:
        i -= 1
    if i >= 0 and doc[i].lower_ == "as":
        i -= 1
    verb = doc[i] if i >= 0 else None
    if verb is None or verb.tag_ != "VBN" or verb.lemma_.lower() not in _NAMING_VERBS:
        return None
    noun = verb.head
    named = verb.dep_ == "acl" and noun.pos_ == "NOUN" and noun.i < verb.i and noun.text.islower()
    return noun if named else None
