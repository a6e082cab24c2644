"""Names of things that are neither actors nor places, told by the words around them: made
things ("the Android operating system", "Airbus A380s"), works ("the novel X", "In The Grand
Design, ..."), storms ("Tropical Storm Hermine") and occasions ("Cannes Film Festival"). NER calls
them organisations, people or places; ``ner_mentions`` types them Other."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from graphbuild.extract.phrases import TIME_ENTITIES
from graphbuild.nlp import FINITE_TAGS
from graphbuild.resolve.mentions.class_lists import listed_kind
from graphbuild.resolve.mentions.holidays import holiday_name
from graphbuild.resolve.mentions.kinds_said import NAME_LABELS, said_kind
from graphbuild.resolve.mentions.thing_contexts import context_kind

if TYPE_CHECKING:
    from graphbuild.lexicons import Lexicons
    from graphbuild.resolve.mentions.tables import MentionTables


def product_name(span: Span, tables: MentionTables) -> bool:
    """``the Voyager spacecraft``, ``the Android operating system``, ``BlackBerry smartphones``: a
    name modifying the noun of a made thing (``product_nouns``, singular or plural), or a form of
    one (``variant_name``); or a civil craft's name a craft noun introduces (``vessel_nouns``: "the
    drill ship X", "a rig, the X"); or a name headed by a made thing's noun (``product_heads``: "the
    Hubble Space Telescope"). A name coordinated with one the noun or the form takes shares it:
    "the iPhoto, iMovie and GarageBand programs"; so does one of a list of a class's examples
    (``listed_kind``: "brands such as X and Y")."""
    return (
        _shared_product(span, tables)
        or listed_kind(span, tables) == "Product"
        or _introduced_by(span, tables.lexicons.terms("vessel_nouns"))
        or headed_by(span, tables.lexicons.terms("product_heads"))
        or any(_shared_product(name, tables) for name in coordinated_names(span))
    )


def _shared_product(span: Span, tables: MentionTables) -> bool:
    """A made thing's noun or form the name's list shares: "Zorvex and Kestrel smartphones". An
    acronym before a program's noun is its maker or broadcaster ("the NBC program"), no product."""
    program = _modifies_noun_of(span, tables.lexicons.terms("program_heads")) and not span.text.isupper()
    return (
        program
        or _modifies_noun_of(span, tables.lexicons.terms("product_nouns"))
        or variant_name(span, tables)
    )


def variant_name(span: Span, tables: MentionTables) -> bool:
    """``a beta version of Zorvex``, ``two models of the Zorvex``, ``the next version of the Zorvex
    series, Zorvex 7``, ``Zorvex, a variety of the drug``: a name whose form a lower-case noun of
    ``variant_nouns`` names (its "of" object, or in apposition to that object), or a name that
    apposition or the copula calls such a form of something, is a product's ("X is a model" alone
    may be a person's work)."""
    nouns = tables.lexicons.terms("variant_nouns")
    root = span.root
    owner = root.head if root.dep_ == "appos" and root.head.i < span.start else root
    said = {n.lemma_.lower() for n in described_nouns(span) if n.text.islower() and _has_of(n)}
    return _form_of(owner, nouns) or _form_of(root, nouns) or bool(said & nouns)


def _form_of(token: Token, nouns: frozenset[str]) -> bool:
    """The token is the object of "of" after a lower-case noun of ``nouns``."""
    prep = token.head
    noun = prep.head
    return (
        token.dep_ == "pobj" and prep.lower_ == "of" and noun.text.islower() and noun.lemma_.lower() in nouns
    )


def _has_of(noun: Token) -> bool:
    """The noun has an "of" part: "a variety of the drug"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def coordinated_names(span: Span) -> list[Span]:
    """``iPhoto, iMovie and GarageBand``: the other names coordinated with this one, which share
    what the words around the list say they are."""
    root = span.root
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    conjuncts = {first, *first.conjuncts}
    # "the X, Y, and Z programs": the parser may list the noun itself, with the last name on it; a
    # noun with its own article is a phrase of its own ("X and the Z phone")
    bare = [t for t in conjuncts if t.text.islower() and not any(c.dep_ == "det" for c in t.children)]
    tokens = {*conjuncts, *(c for t in bare for c in t.children if c.dep_ in _MODIFIER_DEPS)} - {root}
    if not tokens:  # most names: no list, and no walk over the Doc's entities
        return []
    indices = {t.i for t in tokens}
    inside = range(span.start, span.end)
    names = [e for e in span.doc.ents if not indices.isdisjoint(range(e.start, e.end))]
    return [e for e in names if e.start not in inside]


def _introduced_by(span: Span, nouns: frozenset[str]) -> bool:
    """A lower-case noun of ``nouns`` right before the name and joined to it ("the ferry X"), or the
    name in apposition to one before it ("a drilling rig, the X"). The parser may make the noun and
    the name two subjects of one verb ("the tanker X was seized"): the noun still introduces the
    name, as no verb has two subjects."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    head = span.root.head
    co_subjects = (
        before is not None
        and before.dep_ in _SUBJECTS
        and span.root.dep_ in _SUBJECTS
        and before.head.i == head.i != span.root.i
    )
    joined = before is not None and (
        before.head.i in range(span.start, span.end) or head.i == before.i or co_subjects
    )
    right_before = joined and before.pos_ == "NOUN" and before.lower_ in nouns and before.text.islower()
    apposed = span.root.dep_ == "appos" and head.i < span.start and head.lemma_.lower() in nouns
    return right_before or (apposed and head.text.islower()) or _after_comma(span, nouns)


def _after_comma(span: Span, nouns: frozenset[str]) -> bool:
    """``from their vessel, the X,``: the name set off by a comma right after a lower-case noun of
    ``nouns`` is in apposition to it, though the parser hung it on the verb (npadvmod)."""
    doc = span.doc
    start = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else span.start
    if start < 2 or doc[start - 1].text != "," or span.root.dep_ not in ("appos", "npadvmod"):
        return False
    noun = doc[start - 2]
    return noun.pos_ == "NOUN" and noun.text.islower() and noun.lemma_.lower() in nouns


# Dependencies of a verb's subject: a noun and a name right after it cannot both be one.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def eponym_name(span: Span, tables: MentionTables) -> bool:
    """``the Mercalli scale``, ``the Dow Jones index``, ``Asperger syndrome``: a name modifying the
    noun of a measure, an index or an effect named after it (``eponym_nouns``)."""
    return _modifies_noun_of(span, tables.lexicons.terms("eponym_nouns"))


def _modifies_noun_of(span: Span, nouns: frozenset[str]) -> bool:
    """The name modifies a lower-case noun after it that is one of ``nouns`` (or ends a two-word one)."""
    root = span.root
    head = root.head
    if not (root.dep_ in _MODIFIER_DEPS and head.i >= span.end and head.text.islower()):
        return False  # most names: no two-word noun to join
    two = " ".join((*(t.lower_ for t in span.doc[head.i - 1 : head.i]), head.lemma_.lower()))
    return head.lower_ in nouns or head.lemma_.lower() in nouns or two in nouns


# Dependencies of a name modifying the noun after it ("Zorvex" of "the Zorvex operating system").
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
# A model's designation: letters, then digits ("A380s", "F-16", "Tu-154M"): a made thing's name.
_MODEL = re.compile(r"^[A-Z]{1,3}-?\d{2,4}[A-Z]?s?$")
# A release number: digits with at least one dot ("4.0", "10.6.2"), not a bare number ("Channel 4").
_VERSION = re.compile(r"^v?\d+(?:\.\d+)+$")
# A model year or a range of them ("2009", "2005-2008", "2005–08", the dash lost: "20052008");
# the marks between two years.
_MODEL_YEAR = re.compile(r"^(?:19|20)\d\d(?:[-–]?(?:19|20)\d\d|[-–]\d\d)?$")
_RANGE_MARKS = frozenset({"-", "–", "—", "to"})


def model_name(span: Span) -> bool:
    """``Airbus A380s``, ``Sukhoi Su-30``: a maker's name and a model's designation name a made
    thing (an aircraft, a car), no organisation; so do a name and its release number ("Zorvex
    Browser 4.0": a body has no version) and a model year before a maker's name ("the 2009
    Zorvex Falcon", "the 2005-2008 Zorvex Falcon")."""
    if len(span) < 2 or (not span[0].text[:1].isupper() and not _MODEL_YEAR.match(span[0].text)):
        return False
    if _MODEL.match(span[-1].text) or _VERSION.match(span[-1].text):
        return True
    years = [i for i, t in enumerate(span) if _MODEL_YEAR.match(t.text) or t.text in _RANGE_MARKS]
    named = span[len(years) :] if years == list(range(len(years))) else span[:0]
    return bool(years) and len(named) >= 2 and all(t.text[:1].isupper() for t in named)


def coded_name(span: Span) -> bool:
    """``IE6``, ``STS-134``: one word of two or more capitals and a number is a version's or a
    mission's code, which NER may tag a place (GPE); no place is so named, and a road's code has
    one letter ("A5", "M25")."""
    return len(span) == 1 and bool(_CODE.match(span[0].text))


# A code: two to four capitals, a hyphen or none, then a number of up to four digits.
_CODE = re.compile(r"^[A-Z]{2,4}-?\d{1,4}$")


def storm_name(span: Span, tables: MentionTables) -> bool:
    """``Tropical Storm Hermine``, ``Super Typhoon Haiyan``: a storm word opens the name of a storm
    (a body's name ends in its own head: "Hurricane Center"); or a copula or an apposition calls
    the name a storm ("Zorva is the strongest typhoon", "Zorva, a cyclone,")."""
    words = tables.lexicons.terms("storm_words")
    bodies = tables.lexicons.terms("organization_heads")
    return (
        len(span) > 1
        and span[0].text[:1].isupper()
        and any(t.lower_ in words for t in span[:_STORM_WORD_AT][: len(span) - 1])
        and span[-1].lower_ not in bodies
    ) or any(noun.lemma_.lower() in words for noun in described_nouns(span))


# A storm word is one of a storm name's first words: "Typhoon X", "Super Typhoon X", "Severe
# Tropical Storm X".
_STORM_WORD_AT = 3


def introduced_work(span: Span, tables: MentionTables) -> bool:
    """``the novel X``, ``his book The Grand Design``, ``the X album``, ``an artwork entitled X``,
    ``the television show X``, ``his best-known album, X (1969)``: a name a work noun (``work_nouns``,
    or before the name a programme noun, ``programme_nouns``) or "entitled" introduces, or one in
    apposition to such a noun, is the work's title. A name a verb follows may be a relative clause's
    subject ("the book Obama wrote"): not taken. A list of a class's examples says it too
    (``listed_kind``: "films such as X and Y")."""
    if listed_kind(span, tables) == "Work":
        return True
    doc = span.doc
    if span.end < len(doc) and (doc[span.end].pos_ == "AUX" or doc[span.end].tag_ in FINITE_TAGS):
        return False
    works = tables.lexicons.terms("work_nouns")
    titling = works | tables.lexicons.terms("programme_nouns")
    before = span.start - 1
    if before > 0 and doc[before].text == "The":
        before -= 1  # "his book The Grand Design"
    word = doc[before] if before >= 0 else None
    # "the sitcom X"; in "polls show X leading" the word is a verb
    noun = word is not None and word.pos_ == "NOUN" and word.lower_ in titling
    if word is not None and word.text.islower() and (noun or word.lower_ in _TITLE_VERBS):
        return True
    head = span.root.head
    if span.root.dep_ == "compound" and head.i == span.end and head.lower_ in works:
        return True  # "the X album"; "the X show" is often its host's
    return _apposed_to_noun(span, titling)


def _apposed_to_noun(span: Span, nouns: frozenset[str]) -> bool:
    """``his third album, X,``: the name in apposition to a lower-case noun of ``nouns`` before it."""
    head = span.root.head
    apposed = span.root.dep_ == "appos" and head.i < span.start and head.pos_ == "NOUN"
    return apposed and head.text.islower() and head.lemma_.lower() in nouns


# Words that introduce a title: "an artwork entitled America".
_TITLE_VERBS = frozenset({"entitled", "titled"})


def work_title(span: Span) -> bool:
    """``In The Grand Design, ...``: a facility's name written with a capitalised "The" inside a
    sentence is the title of a work (a place's article is lower-case: "at the Grand Hotel")."""
    the = span.doc[span.start - 1] if span.start > 0 else None
    return the is not None and the.text == "The" and not the.is_sent_start


def called_noun(span: Span) -> Token | None:
    """``an area called the Ellipse``, ``an octopus named Paul``, ``a dog known as Rex``: the noun a
    naming participle attaches the name to, which tells what the name names; None without one."""
    root = span.root
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "as" and verb.head.lower_ == "known":
        verb = verb.head
    elif root.dep_ != "oprd" or verb.lemma_.lower() not in _NAMING_VERBS:
        return None
    noun = verb.head
    named = verb.dep_ == "acl" and verb.tag_ == "VBN" and noun.pos_ == "NOUN" and noun.i < verb.i
    return noun if named else None


# Participles that give a thing its name: "a village called X", "a horse named X", "a drone dubbed X".
_NAMING_VERBS = frozenset({"call", "name", "dub", "nickname", "known"})


def called_thing(span: Span, tables: MentionTables) -> str | None:
    """``an octopus called Paul``, ``a drone named Vortex``: a name that a noun of an animal
    (``animal_nouns``), a made thing (``product_nouns``) or a work (``work_nouns``) calls is that
    thing's name, no person and no organisation: the subtype of Other it makes, or None. A name
    described as an animal or as a made thing or a civil craft (``vessel_nouns``) is one too: "X, a
    cargo ship,", "X, the firm's messaging application,", "X is a terrier"."""
    noun = called_noun(span)
    lemma = noun.lemma_.lower() if noun is not None else ""
    kinds = (("animal_nouns", "Animal"), ("product_nouns", "Product"), ("work_nouns", "Work"))
    if (kind := next((k for name, k in kinds if lemma in tables.lexicons.terms(name)), None)) is not None:
        return kind
    described = described_nouns(span)
    if {n.lemma_.lower() for n in described} & tables.lexicons.terms("animal_nouns"):
        return "Animal"
    # a capitalised noun is a name's word: "VA Linux (now VA Software)" is no software
    common = {n.lemma_.lower() for n in described if n.text.islower()}
    made = tables.lexicons.terms("product_nouns") | tables.lexicons.terms("vessel_nouns")
    return "Product" if common & made else None


def described_nouns(span: Span) -> list[Token]:
    """``X is a dog``, ``X, a terrier,``, ``X, who was a Dachshund,``: the nouns a copula, an
    apposition or a relative clause's copula says the name is; an acronym is a title, no noun
    ("a Navy SEAL")."""
    root = span.root
    verbs = [root.head] if root.dep_ == "nsubj" and root.head.lemma_ == "be" else []
    verbs += [c for c in root.children if c.dep_ == "relcl" and c.lemma_ == "be"]
    nouns = [c for v in verbs for c in v.children if c.dep_ == "attr"]
    nouns += [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    return [n for n in nouns if not n.text.isupper()]


def occasion(span: Span, tables: MentionTables) -> bool:
    """``Mini Maker Faire``, ``Cannes Film Festival``: a name of two words or more ending in a
    capitalised head of the names of fairs, festivals and contests; or a prize awarded; or a war,
    an uprising, an incident or a vote (``conflict_heads``: "the Second Intifada")."""
    heads = tables.lexicons.terms("occasion_heads")
    last2 = " ".join(t.lower_ for t in span[-2:])
    headed = span[-1].lower_ in heads or last2 in heads
    return (
        (len(span) > 1 and span[-1].text[:1].isupper() and headed)
        or awarded(span)
        or headed_by(span, tables.lexicons.terms("conflict_heads"))
    )


def awarded(span: Span) -> bool:
    """``awarded a special Golden Lion``, ``the Golden Lion ... was awarded to X``: the thing a verb
    of awarding gives (its only object, or its passive subject with a recipient) is a prize. With
    two objects ("awarded Acme a contract") the first may be the recipient: not taken."""
    root, verb = span.root, span.root.head
    if verb.lemma_.lower() not in _AWARDING or root.i == verb.i:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "dative" and c.pos_ != "ADP")]
    if root.dep_ == "dobj":
        return len(objects) == 1
    recipient = any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children)
    return root.dep_ == "nsubjpass" and recipient


# Verbs of awarding, whose object is the prize given: "awarded the Golden Lion".
_AWARDING = frozenset({"award", "bestow", "confer"})


def described_occasion(span: Span, tables: MentionTables) -> bool:
    """``the annual Zorvan festival``, ``Zorvan, a period of mourning``: a name modifying a noun of
    an occasion (``occasion_nouns``), or with one in apposition, is the occasion's name."""
    nouns = tables.lexicons.terms("occasion_nouns")
    root = span.root
    apposed = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    return _modifies_noun_of(span, nouns) or any(c.lemma_.lower() in nouns for c in apposed)


def law_name(span: Span, tables: MentionTables) -> bool:
    """``the Clean Water Act``, ``the Zorvan Accord``, ``the Vehicle Regulations for Buses``: a name
    of two words or more headed (before its of/for part) by a capitalised word of ``law_heads``; or
    a treaty: "Convention" (``treaty_heads``) before "on" or "against" ("the Convention on Cluster
    Munitions"), where a party's or a trade fair's convention has no such part ("the Democratic
    National Convention")."""
    return headed_by(span, tables.lexicons.terms("law_heads")) or _treaty(span, tables.lexicons)


def _treaty(span: Span, lexicons: Lexicons) -> bool:
    """A word of ``treaty_heads``, written as the list writes it, right before the name's
    "on"/"against" part."""
    link = next((t.i for t in span if t.lower_ in _TREATY_LINKS and t.i > span.start), None)
    if link is None:
        return False
    head = span.doc[link - 1]
    return lexicons.synonyms("treaty_heads").get(head.lower_) == head.text


# Words after a treaty's head that open its subject: "on Biological Diversity", "against Torture".
_TREATY_LINKS = frozenset({"on", "against"})


def headed_by(span: Span, heads: frozenset[str]) -> bool:
    """A name of two words or more whose head (its last word before an of/for/on part) is a
    capitalised word of ``heads``: "the War of Independence" is headed by "War", "the Party of
    the Democratic Revolution" by "Party"."""
    cut = next((t.i for t in span if t.lower_ in ("for", "of", "on") and t.i > span.start), span.end)
    head = span.doc[cut - 1]
    return cut - span.start > 1 and head.text[:1].isupper() and head.lower_ in heads


def degree_name(span: Span, tables: MentionTables) -> bool:
    """``a Master of Science``, ``his Bachelor of Arts``: a degree word (``degree_heads``) and an
    "of" part name a degree; after an article or a possessive, it names no person ("Doctor Who")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    return (
        len(span) > 2
        and span[0].lower_ in tables.lexicons.terms("degree_heads")
        and span[1].lower_ == "of"
        and before is not None
        and (before.lower_ in ("a", "an", "the") or before.tag_ == "PRP$")
    )


def case_name(span: Span) -> bool:
    """``Sony v Tarvel``, ``Roe v. Wade``: two parties' names joined by "v" or "vs" name a lawsuit,
    no organisation."""
    inner = span[1:-1]
    return any(t.text in _VERSUS and span.doc[t.i + 1].text[:1].isupper() for t in inner)


# How a lawsuit's name joins its parties, in lower case ("Yulia V. Tymoshenko" has an initial).
_VERSUS = frozenset({"v", "v.", "vs", "vs."})


__all__ = [
    "awarded",
    "called_noun",
    "called_thing",
    "case_name",
    "coded_name",
    "coordinated_names",
    "degree_name",
    "introduced_work",
    "law_name",
    "model_name",
    "occasion",
    "product_name",
    "storm_name",
    "variant_name",
    "work_title",
]


def doctrine(span: Span) -> bool:
    """``Hinduism``, ``Marxism``: one capitalised word in -ism names a belief, not a place or an actor."""
    return len(span) == 1 and span.text[:1].isupper() and span.text.endswith("ism") and len(span.text) > 5


# Lexicons of names that are neither actor nor place nor weapon, and the subtype of Other they make.
OTHER_LEXICONS = {
    "celestial_bodies": "CelestialBody",
    "doctrines": "Doctrine",
    "diseases": "Disease",
    "products": "Product",
    "scriptures": "Work",
    "sports": "Sport",
}


def other_kind(span: Span, text: str, label: str, lexicons: Lexicons) -> str:
    """The subtype of Other a name's form or a lexicon of names gives it ("Hinduism" a doctrine,
    "Saint Valentine's Day" or "Diwali" a holiday, "Mars" a celestial body), or "" when neither does.
    A holiday NER read as a date ("by Christmas") stays a time, no node."""
    if doctrine(span):
        return "Doctrine"
    key = text.lower()
    if label not in TIME_ENTITIES and (holiday_name(span) or key in lexicons.terms("holidays")):
        return "Event"
    found = next((kind for name, kind in OTHER_LEXICONS.items() if key in lexicons.terms(name)), "")
    found = found or said_kind(span, label, lexicons)
    return found or (context_kind(span, lexicons) if label in NAME_LABELS else "")
