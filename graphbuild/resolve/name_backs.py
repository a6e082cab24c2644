"""The back of a longer name NER began too late: "Horizon" of the rig "Deepwater Horizon", "Santos
Avenue" of "Epifanio de los Santos Avenue", "Wildlife Service" of "Fish and Wildlife Service". Such
a span names nothing the text talks about; ``resolve.nodes`` drops a name whose every mention is one,
and a place's name whose every mention is the front of a longer name ("Chichi" of "Chichi-shima").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graphbuild.extract.name_particles import NAME_PARTICLES
from graphbuild.lexicons import Lexicons
from graphbuild.resolve.places import lookup_place

# Lower-case words inside a name besides a person's particles ("Epifanio de los Santos Avenue").
_PARTICLES = NAME_PARTICLES | frozenset({"los", "las", "la"})


def back_of_name(span: Span, offices: frozenset[str]) -> bool:
    """A capitalised proper noun of no entity mid-sentence (``_front_word``) comes right before the
    span ("Deepwater Horizon"), or any capitalised proper noun before lower-case name particles the
    span or the text holds ("Clube de Portugal", "Epifanio de los Santos Avenue", NER's "Epifanio"
    a person). A person's name right after a capitalised word is left: the word is often a title the
    lexicons lack ("CEO Ana Lind", "Jagadguru Ravi Das"); so is a code ("Air Force C-17")."""
    doc = span.doc
    start = span.start
    while start < span.end and doc[start].text in _PARTICLES:  # NER began at the particle
        start += 1
    if start == span.end or not doc[start].text[:1].isupper():
        return False
    i = start - 1
    while i > 0 and doc[i].text in _PARTICLES:
        i -= 1
    if i < start - 1:  # particles between two capitalised words make one name, whatever NER says
        front = doc[i]
        return (
            front.pos_ == "PROPN" and front.text[:1].isupper() and front.is_alpha and not front.is_sent_start
        )
    if _joined_by_and(doc[start : span.end], offices):
        return True
    if i < 0 or doc[start].ent_type_ == "PERSON" or not doc[start].is_alpha or doc[i].whitespace_ != " ":
        return False  # a space joins the words; a model's code after its maker is its own ("Air Force C-17")
    return _front_word(doc[i], offices)


def _joined_by_and(span: Span, offices: frozenset[str]) -> bool:
    """``Fish and [Wildlife Service]``, ``minister of Environment and [Forests]``: a capitalised
    proper noun NER put in no name (``_front_word``) stands before "and" and the span, and the span
    is coordinated with it or it modifies the span's head: both open one name ("X and Y Service"),
    which NER began at the second. Two names joined by "and" are two entities ("Hamas and Fatah"),
    so the front word has none."""
    doc, i = span.doc, span.start
    if i < 2 or doc[i - 1].lower_ not in _AND or span[0].ent_type_ == "PERSON":
        return False
    front = doc[i - 2]
    joined = (span[0].dep_ == "conj" and span[0].head.i == front.i) or front.head.i in range(i, span.end)
    return joined and _front_word(front, offices)


# Words that join two coordinated words of one name.
_AND = frozenset({"and", "&"})


def _front_word(token: Token, offices: frozenset[str]) -> bool:
    """A capitalised proper noun NER put in no name, not a sentence's first word, title or office."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.is_alpha
        and not token.ent_type_
        and not token.is_sent_start
        and token.lower_ not in offices
    )


def named_by_demonym(name: str, doc: Doc, lexicons: Lexicons) -> bool:
    """A demonym of the text names the country ("the Chilean team"): the country is a node of the
    text even when its name itself stands only inside a longer one ("Santiago de Chile")."""
    words = {t.text for t in doc if t.text[:1].isupper() and lookup_place(t.text, lexicons) is None}
    demonyms = (lookup_place(word, lexicons, demonym=True) for word in words)  # not the name itself
    return any(place is not None and place.name == name for place in demonyms)


def place_name_piece(span: Span, offices: frozenset[str], given: frozenset[str]) -> bool:
    """A place's name that is a piece of a longer name the text writes: its back (``back_of_name``),
    or its front, glued by a hyphen to a lower-case noun ("Chichi-shima"; "-based", "-bound" make a
    modifier and keep the place) or before a capitalised proper noun of no entity mid-sentence
    ("San Martín Texmelucan"), unless that word is a given name that opens a person's name ("the
    President of Cyprus Dimitris Lakos") or a title (``offices``)."""
    doc = span.doc
    if back_of_name(span, offices):
        return True
    if span.end + 1 >= len(doc) or span[-1].whitespace_:
        return (
            span.end < len(doc) and _front_word(doc[span.end], offices) and doc[span.end].lower_ not in given
        )
    nxt, after = doc[span.end], doc[span.end + 1]
    hyphened = nxt.text in _HYPHENS and not nxt.whitespace_ and after.text[:1].islower()
    return hyphened and after.is_alpha and after.pos_ in ("NOUN", "PROPN") and not after.ent_type_


# Hyphens that join the parts of one word ("Chichi-shima").
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
