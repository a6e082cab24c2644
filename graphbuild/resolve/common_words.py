"""One-word names that are a common word written with a capital: a noun capitalised by its place at
a sentence's start ("Neighbours said ...", "Tributes were paid ...", a noun the text also writes in
lower case), an adjective before a
lower-case noun ("Tablet sales", "a former Professional wrestler"), or the half of the day after a
clock time ("7:20 A.M."). NER takes any for a name; ``resolve.nodes`` drops them.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from graphbuild.lemmas import known_noun
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import token_table
from graphbuild.resolve.places import lookup_place

# "A.M.", "pm", "P.M": the half of the day after a clock time.
_DAY_HALF = re.compile(r"[ap]\.?m\.?", re.IGNORECASE)
# A clock time or an hour before the half of the day: "7:20", "11", "08.30".
_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2})?")


def capitalised_common_word(span: Span, lexicons: Lexicons | None = None) -> bool:
    """A one-word name that is a common noun opening a sentence, an adjective modifying the
    lower-case noun after it, or the half of a clock time's day: no name any way. With ``lexicons``
    a plural opening a sentence (``opening_plural``) is one too."""
    return (
        capitalised_by_position(span)
        or adjective_before_noun(span)
        or opening_modifier(span)
        or clock_half(span)
        or opening_noun_written_lower(span)
        or (lexicons is not None and opening_plural(span, lexicons))
    )


def opening_noun_written_lower(span: Span) -> bool:
    """``"Jockeys have to lose weight," ... the jockeys``, ``Poker tournaments ... online poker``: one
    word opening a sentence that the text also writes in lower case, and that is an English common
    noun (or its plural), is the noun capitalised by its position ("Hamas": never lower-case)."""
    if len(span) != 1 or not _opening(span[0]) or span[0].lower_ not in token_table(span.doc).text:
        return False
    word = span[0].lower_
    return any(known_noun(form, span.doc.vocab) for form in (word, *singulars(word)))


def opening_plural(span: Span, lexicons: Lexicons) -> bool:
    """``Tributes were paid to ...``, ``"Milestones are ..."``: one word opening a sentence that the
    tagger calls a plural proper noun, whose singular is an English common noun, is that noun
    capitalised by its position. A people ("Iraqis"), a party's members ("Democrats") and a faith's
    followers ("Catholics") are named in the plural and stay (``party_members``, ``believers``)."""
    if len(span) != 1 or span[0].tag_ != "NNPS" or not _opening(span[0]):
        return False
    word = span[0].lower_
    if word in lexicons.terms("party_members") | lexicons.terms("believers"):
        return False
    if (
        lookup_place(span.text, lexicons, demonym=True) is not None
        or lookup_place(span.text, lexicons) is not None
    ):
        return False
    return any(known_noun(singular, span.doc.vocab) for singular in singulars(word))


def singulars(word: str) -> list[str]:
    """The singulars a lower-case English plural may have: "tributes" -> "tribute", "tribut";
    "jockeys" -> "jockey"; "batteries" -> "batterie", "batteri", "battery"."""
    if not word.endswith("s") or word.endswith("ss") or len(word) < 4:
        return []
    found = [word[:-1]]
    if word.endswith("es"):
        found.append(word[:-2])
    if word.endswith("ies"):
        found.append(word[:-3] + "y")
    return found


def clock_half(span: Span) -> bool:
    """``A.M.`` of "at 7:20 A.M. local time": the half of the day after a clock time is no place."""
    doc = span.doc
    return (
        len(span) == 1
        and span.start > 0
        and _DAY_HALF.fullmatch(span.text) is not None
        and _CLOCK.fullmatch(doc[span.start - 1].text) is not None
    )


def capitalised_by_position(span: Span) -> bool:
    """One word opening a sentence (or a quotation) that the tagger calls a common noun
    ("Neighbours said ..."): capitalised by its position, no name."""
    return len(span) == 1 and _opening(span[0]) and span[0].tag_ in ("NN", "NNS")


def opening_modifier(span: Span) -> bool:
    """``Tablet computers have existed ...`` when the text writes "tablet" in lower case too: one word
    opening a sentence and modifying the lower-case noun after it is the common word, capitalised
    by its position, whatever the tagger calls it ("Hamas fighters": "hamas" is never lower-case)."""
    if len(span) != 1 or not _opening(span[0]) or not _modifies_noun_after(span[0]):
        return False
    return span[0].lower_ in token_table(span.doc).text


def opening_common_word(token: Token) -> bool:
    """``Owners`` of "Owners Sport Media Group (SMG) made ...", ``Said`` of 'Said Bosh, "It's ...': a
    word opening a sentence before a name NER ran it into, that the tagger calls a plural common noun,
    or a plural the text writes in lower case too ("Brothers Josh and Zac Farro ... the brothers"),
    or a verb of a quotation's inverted clause, is the sentence's word, capitalised by its position;
    the name begins after it. A proper noun or an adjective ("National ...") may open a name, and so
    may a given name the tagger takes for a verb ("Said Mohammed, a witness, said")."""
    doc = token.doc
    if not _opening(token) or token.i + 1 >= len(doc) or not _name_word(doc[token.i + 1]):
        return False
    if _inverted_speech(token):
        return token.tag_ in _VERB_TAGS or token.lower_ in token_table(doc).text
    return token.tag_ == "NNS" or (token.tag_ == "NNPS" and token.lower_ in token_table(doc).text)


def _inverted_speech(token: Token) -> bool:
    """``Said Bosh, "It's not ..."``: the name after the word, then a comma or a colon and a
    quotation: the word is the verb of the quotation's inverted clause."""
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and _name_word(doc[end]):
        end += 1
    return end + 1 < len(doc) and doc[end].text in (",", ":") and doc[end + 1].is_quote


def opening_word_written_lower(word: str, spans: list[Span]) -> bool:
    """``Circus`` of "Circus officials and police followed her" when the text writes "circus" in lower
    case too: a label's word that opens the sentence of every mention is capitalised by its position,
    no name that ties the common noun to a body ("Hamas fighters": "hamas" is never lower-case)."""
    return (
        bool(spans)
        and all(span[0].text == word and _opening(span[0]) for span in spans)
        and word.lower() in token_table(spans[0].doc).text
    )


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not token.text.isupper()


def _opening(token: Token) -> bool:
    """The token opens a sentence (or a quotation opening one) and is no acronym."""
    doc = token.doc
    opening = token.is_sent_start or (
        token.i > 0 and doc[token.i - 1].is_quote and doc[token.i - 1].is_sent_start
    )
    return opening and not token.text.isupper()


def _modifies_noun_after(token: Token) -> bool:
    """The token modifies a lower-case noun after it ("Tablet sales")."""
    head = token.head
    return token.dep_ in _MODIFIERS and head.i > token.i and head.pos_ == "NOUN" and head.text.islower()


def adjective_before_noun(span: Span) -> bool:
    """``Tablet computers``, ``a former Professional wrestler``: one word the tagger calls an
    adjective (JJ, not a proper noun) that modifies a lower-case noun after it describes the noun and
    names nothing when NER calls it a body or a person; an acronym, and a people's or a place's
    adjective ("Iraqi troops"), are left to the rules of peoples and places."""
    if len(span) != 1:
        return False
    token = span[0]
    return (
        token.tag_ == "JJ"
        and token.ent_type_ in ("ORG", "PERSON")
        and not token.text.isupper()
        and _modifies_noun_after(token)
    )


# Tags of a verb that may open a sentence before its subject ("Said Bosh, ...", "Says Kara Lind: ...").
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Dependencies of a word modifying the noun after it.
_MODIFIERS = frozenset({"amod", "compound", "nmod"})
