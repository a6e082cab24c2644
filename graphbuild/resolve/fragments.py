"""Spans that are no whole name, and names that are no place: the front of a name NER cut short
("Yamaguchi" of "Yamaguchi-gumi"), a common noun capitalised by its position, a word of a sentence
in another language, an institution word every country has, a "place" that speaks. Used by
``resolve.nodes`` to drop junk and to decide what is a node.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from graphbuild.lexicons import Lexicons
from graphbuild.nlp import PLACE_LABELS, token_table
from graphbuild.resolve.entities import LocalEntity, normalise, without_the
from graphbuild.resolve.name_backs import back_of_name
from graphbuild.resolve.places import lookup_place
from graphbuild.resolve.prefixed_names import prefixed_adjective


def cut_from_name(span: Span, offices: frozenset[str]) -> bool:
    """The span is the front of a longer name NER cut short: a hyphen joins it to a word of no
    entity ("Yamaguchi-gumi"), the name's number follows it ("National Highway 16"), or a
    capitalised proper noun of no entity goes on mid-sentence ("Pacific Gas and Electric Company"); or
    the back of one that began before it (``back_of_name``)."""
    doc = span.doc
    if back_of_name(span, offices):  # "Chileno" of "Sentimiento Chileno"
        return True
    if span.end >= len(doc) or span[-1].whitespace_:
        return _name_goes_on(span, offices)
    nxt = doc[span.end]
    if nxt.text in HYPHENS and not nxt.whitespace_ and span.end + 1 < len(doc):
        after = doc[span.end + 1]
        # a noun: "Yamaguchi-gumi"; a participle or an adjective makes a modifier ("Iran-backed")
        return after.is_alpha and not after.ent_type_ and after.pos_ in ("NOUN", "PROPN")
    return False


def complete_name(entity: LocalEntity, spans: list[Span], lexicons: Lexicons) -> None:
    """Give a body's or a place's name NER cut before ``of`` and its place the whole name
    (``name_of_place``), in every mention the same; the cut form is no alias of it."""
    if entity.source not in ("ner", "phrase") or entity.type not in ("Actor", "Region") or not spans:
        return  # a work's title ("the Kim Kardashian of Pakistan") is no name cut short
    if entity.subtype == "Person":
        return
    whole = {name_of_place(span, lexicons) for span in spans}
    if len(whole) != 1 or None in whole:
        return
    name = whole.pop() or ""
    name = without_the(name)
    entity.name, entity.key = name, f"{entity.type}:{normalise(name)}"
    entity.aliases = Counter({name: entity.mentions or 1})


def name_of_place(span: Span, lexicons: Lexicons) -> str | None:
    """``the Western District`` of Virginia, ``the Municipal Big Band`` of Krasnodar: the whole
    name when NER stopped a proper name before ``of`` and the place it belongs to (a place GeoNames
    or NER knows), else None."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of" or doc[span.end].head.i != span.end - 1:
        return None
    if span[-1].pos_ != "PROPN" or not span[-1].text[:1].isupper():
        return None
    place = next((t for t in doc[span.end].children if t.dep_ == "pobj"), None)
    words = doc[span.end + 1 : place.i + 1] if place is not None else None
    if not words or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return None
    if lookup_place(words.text, lexicons) is None and not all(t.ent_type_ in PLACE_LABELS for t in words):
        return None
    return doc[span.start : words.end].text


def inside_name(span: Span) -> bool:
    """A phrase found by its head noun ("National Highway") that NER's name goes on past
    ("National Highway 16"): the phrase is a piece of that name, no name of its own."""
    doc = span.doc
    if span.end >= len(doc) or not span[-1].ent_type_:
        return False
    nxt = doc[span.end]  # the name's own word, not "'s" to an owned name ("X District's Y Hotel")
    return nxt.ent_iob_ == "I" and nxt.pos_ in ("NUM", "PROPN") and nxt.tag_ != "POS"


# Words after which NER may run a building's name on into the place it stands in.
_PLACING_WORDS = frozenset({"in", "at", "near"})


def piece_of_name(span: Span, place: bool, prefixes: frozenset[str], offices: frozenset[str]) -> bool:
    """A name found by lookup, a pattern or its head noun that is a piece of a longer name: a place
    (``place``) inside the name NER gave a body, a work or a thing ("Pacific" of "Pacific Gas and
    Electric Company", "Capital Territory" of "the Australian Capital Territory"), or any name glued
    by a hyphen to the capitalised word before it ("CoV-2" of "SARS-CoV-2") unless that word is a
    prefix making a modifier of it (``prefixes``: "Counter-IED training"), or the back of a name
    (``back_of_name``). A place inside a longer
    place's name ("Dagestan" of "the Dagestan Republic") or a person's is left to the place rules."""
    doc = span.doc
    outer = next((e for e in doc.ents if e.start <= span.start and span.end <= e.end), None)
    # "the Illinois House" of Representatives: the head of a name cut before "of", for ``complete_name``
    head = span.end < len(doc) and doc[span.end].lower_ == "of"
    if place and outer is not None and outer.label_ not in _NO_BODY_LABELS and not head:
        # a word of the name beyond the piece; not "The" or "'s" NER took along ("The Associated Press"),
        # nor a place NER ran on into after "in" ("the Cahors Cathedral [in Cahors]")
        end = span.end if span.end < outer.end and doc[span.end].lower_ in _PLACING_WORDS else outer.end
        return any(_name_word(t) and t.i not in range(span.start, span.end) for t in doc[outer.start : end])
    if back_of_name(span, offices):  # "los Santos Avenue" of "Epifanio de los Santos Avenue"
        return True
    if span.start < 2 or doc[span.start - 1].text not in HYPHENS:
        return False
    before = doc[span.start - 2]
    glued = not before.whitespace_ and not doc[span.start - 1].whitespace_
    return glued and before.text[:1].isupper() and before.lower_ not in prefixes


def feature_owner(span: Span, features: frozenset[str], lexicons: Lexicons) -> bool:
    """``Hawke`` of "Hawke's Bay": a name of no country or state, before "'s" and one
    capitalised feature word (``features``) that ends the name, is the front of the place's name."""
    doc = span.doc
    return _possessive_feature(doc, span.end, features) and not _region(span.text, lexicons)


def complete_feature_name(
    entity: LocalEntity, spans: list[Span], features: frozenset[str], lexicons: Lexicons
) -> None:
    """``Bay`` of "Hawke's Bay": a lone capitalised feature word after a name (no country or state) and
    "'s" names nothing alone; the entity takes the whole name, a place's whatever NER said, and
    loses the codes a lookup of the word gave it (a town "Bay" abroad)."""
    if not spans:
        return
    whole = {_feature_name(span, features, lexicons) for span in spans}
    if len(whole) != 1 or None in whole:
        return
    name = whole.pop() or ""
    entity.name, entity.key = name, f"Region:{normalise(name)}"
    entity.type, entity.subtype = "Region", "GeoRegion"
    entity.aliases, entity.codes = Counter({name: entity.mentions or 1}), {}


def _feature_name(span: Span, features: frozenset[str], lexicons: Lexicons) -> str | None:
    doc = span.doc
    placed = len(span) == 1 or span[1].text == ","  # "Hawke's Bay, New Zealand"
    if not placed or span.start < 2 or not _possessive_feature(doc, span.start - 1, features):
        return None
    start = span.start - 1
    while start > 0 and span.start - 1 - start < 3 and _name_word(doc[start - 1]):
        start -= 1
    owner = doc[start : span.start - 1]
    return doc[start : span.start + 1].text if len(owner) and not _region(owner.text, lexicons) else None


def _region(text: str, lexicons: Lexicons) -> bool:
    """A country or a state ("Florida's Panhandle" is Florida's); a town's name is often a surname."""
    place = lookup_place(text, lexicons)
    return place is not None and place.subtype in ("Country", "AdminArea")


def _possessive_feature(doc: Doc, i: int, features: frozenset[str]) -> bool:
    """Token ``i`` is "'s" and the one after it a capitalised feature word no name word follows."""
    if i + 1 >= len(doc) or doc[i].text not in _POSSESSIVES:
        return False
    feature = doc[i + 1]
    ends = i + 2 >= len(doc) or not doc[i + 2].text[:1].isupper()
    return feature.lower_ in features and feature.text[:1].isupper() and ends


# The possessive ending as the tokenizer splits it off.
_POSSESSIVES = frozenset({"'s", "\u2019s"})


def _name_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and token.pos_ not in ("DET", "ADP", "CCONJ")


def _name_goes_on(span: Span, offices: frozenset[str]) -> bool:
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    # "Route 9": the number is the name's last word; "Trent 900 engines": both modify one noun
    shared = nxt.head.i == span.root.head.i and span.root.dep_ in ("compound", "nmod")
    if (
        nxt.is_digit
        and not _YEAR.fullmatch(nxt.text)
        and (nxt.head.i in range(span.start, span.end) or shared)
    ):
        return span[-1].pos_ == "PROPN"
    return (
        nxt.pos_ == "PROPN"
        and nxt.text[:1].isupper()
        and not nxt.ent_type_
        and not nxt.is_sent_start
        and nxt.lower_ not in offices
        and span[-1].pos_ == "PROPN"
    )


# Hyphens that join the parts of one word ("Yamaguchi-gumi").
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# NER labels of names a place's name inside is no piece of: places (left to the place rules),
# persons (NER's person may be a misread airport or street), amounts and times ("Moscow time").
_NO_BODY_LABELS = frozenset(
    {"GPE", "LOC", "PERSON", "DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"}
)
# A four-digit year after a name dates it ("Euro 2016" aside, NER keeps those whole): no name's number.
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def bare_institution(entity: LocalEntity, institutions: frozenset[str]) -> bool:
    """``Congress``, ``the Senate``: an institution word every country has, alone, names no one body
    (``bare_institutions``); with a country or a qualifier ("Ohio Senate") it is a name."""
    return without_the(entity.name.lower()) in institutions


def common_acronym(
    entity: LocalEntity, spans: list[Span], acronyms: frozenset[str], speech: frozenset[str]
) -> bool:
    """``CCTV footage``, ``LGBT youth``, ``an SOS``: an abbreviation of common nouns
    (``common_acronyms``) NER took for a body's name names no one; one that speaks ("CCTV
    reported") is the broadcaster of that name."""
    return (
        entity.type == "Actor"
        and entity.name.lower() in acronyms
        and not any(_speaker(span.root, speech) for span in spans)
    )


def speaking_body(entity: LocalEntity, spans: list[Span], speech: frozenset[str]) -> bool:
    """A name typed a place that no gazetteer knows, yet says or announces ("Charite said in a
    statement", "the Veltrana Hospital said") or is spoken to ("speaking to Newsbeat", "told
    Newsbeat"): a body that speaks or listens is an organisation, not a place."""
    if entity.type != "Region" or entity.source not in ("ner", "phrase") or entity.codes:
        return False
    if entity.subtype not in _SPEAKING_PLACES:
        return False
    return any(_speaker(span.root, speech) or _addressee(span.root, speech) for span in spans)


def _speaker(root: Token, speech: frozenset[str]) -> bool:
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in speech


def _addressee(root: Token, speech: frozenset[str]) -> bool:
    """The one spoken to: "speaking to X", "said to X", "told X"."""
    if root.dep_ == "pobj" and root.head.lower_ == "to":
        verb = root.head.head.lemma_.lower()
        return verb in speech or verb in _TALKING
    return root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() in _TELLING


def aged(span: Span) -> bool:
    """``Jan Brink, 26, and Bo Lind, 20, were arrested``: a name followed by a small number alone
    between commas is a person's, the number the age news gives after it; a year ("Paris, 1920,")
    is no age."""
    doc = span.doc
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 2].text not in (",", ".", ";", ")"):
        return False
    age = doc[i + 1].text
    return age.isdigit() and 0 < int(age) < _OLDEST


# Verbs of talking that report nothing themselves, whose "to" is the one spoken to ("speaking to X").
_TALKING = frozenset({"speak", "talk"})
# Verbs whose object is the one spoken to ("told Newsbeat").
_TELLING = frozenset({"tell", "inform", "brief"})
# Above any person's age: a larger number after a name is no age.
_OLDEST = 120


# Place subtypes a body's name is mistaken for (a hospital is a Site, an unknown name NER's GPE an
# AdminArea); a known town or country that "said" is its government speaking, still the place.
_SPEAKING_PLACES = frozenset({"Site", "AdminArea", "GeoRegion"})


def opening_word_only(word: str, spans: list[Span], named: set[int]) -> bool:
    """``Prison`` of "Prison officials confirmed ...": a label's word written capitalised only as
    the first word of a sentence, and no name there (``named``: tokens of names), is capitalised by
    its position; it names no one ("Hamas fighters ..." keeps its name)."""
    return bool(spans) and all(
        span[0].text == word and span[0].is_sent_start and span[0].i not in named for span in spans
    )


def bare_common_noun(entity: LocalEntity, spans: list[Span], common: frozenset[str]) -> bool:
    """``County``, ``Hospitals``, ``Party``: a capitalised head noun alone, cut from a longer name or
    capitalised by its place at a sentence's start, is typed but no node. Used as a name
    mid-sentence ("talks with the Coalition") it stays one."""
    if len(entity.name.split()) != 1:
        return False
    return all(
        len(span) == 1
        and (span[0].lower_ in common or span[0].lemma_.lower() in common)
        and (span[0].is_sent_start or next_to_name(span[0]) or span[0].tag_ == "NNPS" or span[0].is_upper)
        for span in spans
    )


def lone_common_word(entity: LocalEntity, words: frozenset[str]) -> bool:
    """``Senate``, ``Airport``, ``Sheriff``, ``North``: a name of one word, written so every time,
    that is a lexicon's common noun, an office's word or a compass point (``words``) names no one
    thing wherever it stands: which senate, which airport? On the judged node sheets of fresh to
    fresh23, all 13 such labels were wrong (a bare noun, a cut name or a fragment)."""
    word = entity.name.lower()
    return (
        entity.type in ("Actor", "Region")
        and " " not in word
        and word in words
        and all(alias.lower() == word for alias in entity.aliases)
    )


@functools.lru_cache(maxsize=8)
def lone_titles(lexicons: Lexicons) -> frozenset[str]:
    """The one-word titles ("Sheriff", "Judge", "Major"), lower-cased, less those that name a place
    or its people ("US", "British"): alone, a title names no one. Made once per lexicons object."""
    titles = (t.lower() for t in lexicons.terms("titles") if " " not in t)
    return frozenset(
        t
        for t in titles
        if lookup_place(t, lexicons) is None and lookup_place(t, lexicons, demonym=True) is None
    )


def broken_name(name: str, lexicons: Lexicons) -> bool:
    """A name the source's text mangled: an editor's bracket ("[I]t"), a quotation mark left open
    ('Shower Posse" group'), a possessive that lost its apostrophe (``mangled_possessive``), a
    file's name (``file_name``) or a prefixed adjective (``prefixed_adjective``: "un-Islamic")."""
    return (
        "[" in name
        or "]" in name
        or name.count('"') % 2 == 1
        or mangled_possessive(name, lexicons)
        or file_name(name, lexicons)
        or prefixed_adjective(name, lexicons)
    )


def file_name(name: str, lexicons: Lexicons) -> bool:
    """``Portrait.jpg``: the name of a picture's or a document's file, the page's caption or link
    left in the text, names a file, not the person or the place it shows. The extensions of image,
    sound, video and document files are ``lexicons/file_extensions.txt``."""
    stem, dot, extension = name.rpartition(".")
    return bool(stem and dot) and extension.lower() in lexicons.terms("file_extensions")


def glued_possessive(span: Span, lexicons: Lexicons) -> bool:
    """``Kenyas envoy said``, ``on Kenyas nuclear plans``: a lone word, a country's name + "s", before
    a noun or an adjective is its possessive that lost its apostrophe (``mangled_possessive`` of the
    word and the next), no name of its own; in a longer name it may be a surname ("Ana Cubas")."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or doc[span.end].pos_ not in _POSSESSED:
        return False
    return mangled_possessive(f"{span.text} {doc[span.end].text}", lexicons)


def mangled_possessive(name: str, lexicons: Lexicons) -> bool:
    """``Britains The Guardian``, ``UKs 28m homes``, ``Jadavpur Universitys``: a possessive whose
    apostrophe the source lost, glued to what follows: a word ending in consonant + "ys" (no plural
    of English), or a country's or a state's name + "s" before another word ("the Americas" ends
    its label and is a place of its own)."""
    words = name.split()
    for i, word in enumerate(words):
        if word[:1].isupper() and _GLUED_YS.search(word):
            return True
        if i == len(words) - 1 or not (word[:1].isupper() and word.endswith("s") and len(word) > 2):
            continue
        place = lookup_place(word[:-1], lexicons)
        country = place is not None and place.subtype in ("Country", "AdminArea")
        if country and lookup_place(word, lexicons) is None:
            return True
    return False


# Parts of speech of the word after a possessive: what it owns, or an adjective before that.
_POSSESSED = frozenset({"NOUN", "PROPN", "ADJ"})
# A word ending in a consonant and "ys", a lost apostrophe's trace ("Universitys" for "University's").
_GLUED_YS = re.compile(r"[^aeiouAEIOU]ys$")


def before_person(span: Span) -> bool:
    """A person's name, or a proper noun in no entity, right after the span: the span is the first
    word of a longer name NER cut off ("Maura Josefina Villareal")."""
    doc = span.doc
    if span.end >= len(doc) or not doc[span.end].text[:1].isupper() or doc[span.end].pos_ != "PROPN":
        return False
    nxt = doc[span.end]
    return (nxt.ent_iob_ == "B" and nxt.ent_type_ == "PERSON") or not nxt.ent_type_


def foreign_sentence(span: Span) -> bool:
    """A name NER found in a sentence of another language ("Notre objectif: garder le ..."):
    English prose is a third or more function words; the sentence's other words have almost none.
    Judged once per sentence (kept in ``doc.user_data`` by its bounds): a sentence holds many names."""
    sent = span.sent
    judged = span.doc.user_data.setdefault("gb_foreign_sentences", {})
    key = (sent.start, sent.end)  # a span across a boundary has a longer ``sent``
    if key not in judged:
        table = token_table(span.doc)  # a Token per word of the sentence would cost more than the test
        texts = table.text[sent.start : sent.end]
        words = [w.lower() for w in texts if w.isalpha() and w.islower()]
        judged[key] = (
            len(words) >= _FOREIGN_MIN_WORDS and sum(w in STOP_WORDS for w in words) / len(words) < 0.1
        )
    return judged[key]


# Lower-case words a sentence needs before its language is judged.
_FOREIGN_MIN_WORDS = 8


def next_to_name(token: Token) -> bool:
    """A capitalised word next to the token: the token is a piece of a longer name."""
    doc = token.doc
    before = token.i > 0 and doc[token.i - 1].text[:1].isupper() and not doc[token.i - 1].is_sent_start
    return before or (token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper())


def in_phrase(span: Span, phrases: frozenset[str]) -> bool:
    """The span is a word of a fixed Latin or legal phrase it stands in ("tried in absentia")."""
    lower = token_table(span.doc).lower  # no Token per word of the span and its window
    lo, hi = max(span.start - 3, 0), min(span.end + 3, len(lower))
    window = " " + " ".join(lower[lo:hi]) + " "
    words = " " + " ".join(lower[span.start : span.end]) + " "
    return any(words in f" {p} " and f" {p} " in window for p in phrases)


__all__ = [
    "bare_common_noun",
    "bare_institution",
    "before_person",
    "broken_name",
    "common_acronym",
    "complete_feature_name",
    "cut_from_name",
    "feature_owner",
    "file_name",
    "foreign_sentence",
    "glued_possessive",
    "in_phrase",
    "inside_name",
    "lone_common_word",
    "lone_titles",
    "mangled_possessive",
    "next_to_name",
    "opening_word_only",
    "piece_of_name",
    "speaking_body",
]
