"""Names NER cut short, made whole: an organisation's name that goes on past "and", "for" or "on", a
place's past "do" or "del"."""

from __future__ import annotations

import functools
import itertools
import re

from spacy.tokens import Doc, Span, Token

from graphbuild.extract.phrases import TIME_ENTITIES
from graphbuild.lexicons import Lexicons, given_names, without_accents
from graphbuild.nlp import PLACE_LABELS, char_bounds, doc_text, token_table
from graphbuild.resolve.common_words import opening_common_word
from graphbuild.resolve.mentions.site_towns import site_and_town

# Words a body's "for" or "on" complement may hold besides a name: "the Tribunal for the former
# Yugoslavia", "the Committee on Ways and Means".
_COMPLEMENT_WORDS = frozenset({"the", "former", "and", "of"})
# Words that open what a body is for or about: "the Tribunal for …", "the Committee on Foreign Affairs".
_TOPIC_WORDS = frozenset({"for", "on"})
# Longest run of words the two extensions of ``whole_body`` take in.
_BODY_WORDS = 4


@functools.lru_cache(maxsize=8)
def personal_words(lexicons: Lexicons) -> frozenset[str]:
    """ "Governor", "Prosecutor", "Jamal": titles, given names and role nouns, a person's words, never
    the first of a place's or a body's name; made once per lexicons object, as the union of 42,000
    given names took ~4 ms per document."""
    titles = frozenset(t.lower() for t in lexicons.terms("titles"))  # as ``MentionTables.titles``
    return titles | given_names(lexicons) | lexicons.terms("role_nouns")


def whole_body(
    ent: Span,
    span: Span | None,
    heads: frozenset[str],
    personal: frozenset[str] = frozenset(),
    shared: frozenset[str] = frozenset(),
) -> tuple[Span, Span | None]:
    """An organisation's name NER cut short, made whole, as a new ``ORG`` span:
    "Devon [and Cornwall Police]" (a name and "and" before capitalised words ending in a body's
    head noun, ``lexicons/organization_heads.txt``, or after a one-word name a head two words share,
    ``shared``: "Norfolk [and Norwich University Hospital]"), "the International Criminal Tribunal [for the
    former Yugoslavia]" and "the House Committee [on Ways and Means]" (a body's name and a ``for``
    or ``on`` complement of capitalised words, not a date: "the Committee on Tuesday"), a place's
    or a body's name going on after a Romance linking word ("Rio Grande [do Sul]"), and a name NER
    started late (``_started_late``: "[São] Paulo State", "[Dissident] Republicans"), unless the word
    before it is a title, a role or a given name (``personal``: "Governor X", "Jamal X").
    Otherwise the entity and its trimmed span unchanged."""
    if span is None:
        return ent, span
    start = _started_late(span, personal) if _may_start_late(ent, span) else span.start
    if ent.label_ in _BODY_LABELS:
        start = min(start, saint_before(span))  # "[St. John's] Northwestern Military Academy"
    if start < span.start:  # "[São] Paulo State", "the [House Oversight and] Reform Committee"
        ent = span = Span(span.doc, start, span.end, label=ent.label_)
    doc, end = span.doc, span.end
    # an "and" NER took into the name ends a list's first name ("The Times and" Danbury Hospital)
    own_and = end < ent.end and doc[end].lower_ == "and"
    if ent.label_ in _AND_LABELS and end < len(doc) and doc[end].lower_ == "and" and not own_and:
        words = _capitalised_run(doc, end + 1)
        head = doc[words[-1]].lower_ if words else ""
        if head in heads or (len(span) == 1 and head in shared):
            whole = Span(doc, span.start, words[-1] + 1, label="ORG")
            return whole, whole
    topic = end < len(doc) and doc[end].lower_ in _TOPIC_WORDS
    if ent.label_ == "ORG" and doc[end - 1].lower_ in heads and topic:
        last = end
        for i in range(end + 1, min(len(doc), end + 1 + _BODY_WORDS)):
            if name_word(doc[i]):
                last = i
            elif doc[i].lower_ not in _COMPLEMENT_WORDS:
                break
        # a date is no topic: "the Committee on Tuesday"
        if last > end and not any(doc[i].ent_type_ in TIME_ENTITIES for i in range(end + 1, last + 1)):
            whole = Span(doc, span.start, last + 1, label="ORG")
            return whole, whole
    if ent.label_ in ("GPE", "LOC", "FAC", "ORG") and end + 1 < len(doc) and doc[end].lower_ in _LINKS:
        last = _linked_run(doc, end + 1)
        if last is not None:  # "Rio Grande [do Sul]", "Santiago [del Estero]": one name
            whole = Span(doc, span.start, last + 1, label=ent.label_)
            return whole, whole
    return ent, span


# NER labels of names whose first words NER may leave out: places', bodies' and groups' ("[Dissident]
# Republicans"); a person's name is left to the titles ("Undersecretary X": words before it are no name
# of his) unless NER tagged one word alone (``_may_start_late``).
_LATE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


def _may_start_late(ent: Span, span: Span) -> bool:
    """A name whose first words NER may have left out: a place's, a body's or a group's, or one word
    alone NER took for a person's after a capitalised word of no entity, the tail of a band's or a
    station's name ("[Sentimiento] Chileno", "[TV] Globo"); a person's name in full ("Undersecretary
    Ana Ruiz") has its own first word."""
    return ent.label_ in _LATE_LABELS or (ent.label_ == "PERSON" and len(span) == 1)


# NER labels of a body's or a building's name, which may open with a saint's possessive.
_BODY_LABELS = frozenset({"ORG", "FAC"})
# Words that make the name after them a saint's ("St. John's", "Saint Mary's").
_SAINT_WORDS = frozenset({"st.", "st", "saint", "ste.", "ste", "san", "santa"})


def saint_before(span: Span) -> int:
    """Where a body's name starts that opens with a saint's possessive NER cut off ("[St. John's]
    Northwestern Military Academy"): schools, hospitals and churches named after a saint keep the
    saint in their name, whereas another owner does not ("Harvard's Kennedy School")."""
    doc, i = span.doc, span.start - 1
    if i < 2 or doc[i].tag_ != "POS":
        return span.start
    for j in range(i - 1, max(i - 1 - _BODY_WORDS, -1), -1):
        if doc[j].lower_ in _SAINT_WORDS and j < i - 1:
            return j
        if not name_word(doc[j]):
            break
    return span.start


def _started_late(span: Span, personal: frozenset[str]) -> int:
    """Where a name starts that NER started late: capitalised proper nouns of no entity right before
    it that modify a word of it ("[São] Paulo State"; "[Sultan] Kudarat" aside: two entities), and a
    body's words joined to its own by "and" ("the [House Oversight and] Reform Committee")."""
    doc, start = span.doc, _modifiers_before(span.doc, span.start, span.end, personal)
    # "Oversight and Reform Committee": "and" joins a capitalised word that modifies the name's head
    if start == span.start and start > 1 and doc[start - 1].lower_ == "and" and doc[start].dep_ == "conj":
        first = doc[start].head
        if first.i == start - 2 and _late_word(first, personal) and first.head.i in range(start, span.end):
            return _modifiers_before(doc, first.i, span.end, personal)
    return start


def _modifiers_before(doc: Doc, start: int, end: int, personal: frozenset[str]) -> int:
    """The first of the name words right before ``start`` that modify a word up to ``end``."""
    while start > 0 and _late_word(doc[start - 1], personal) and doc[start - 1].head.i in range(start, end):
        start -= 1
    return start


def _late_word(token: Token, personal: frozenset[str]) -> bool:
    """A capitalised proper noun in no entity, not opening a sentence, that modifies a word after it:
    a name's first word."""
    return (
        token.lower_ not in personal
        and token.lower_.removesuffix("s") not in personal  # "Justices", a title's plural
        and not token.is_sent_start  # capitalised by its place ("Proroguing Parliament")
        and token.pos_ == "PROPN"
        and token.is_alpha
        and token.text[:1].isupper()
        and not token.ent_type_
        and token.dep_ in ("compound", "nmod")
    )


# NER labels of names a body's name may go on from past "and" ("Devon [and Cornwall Police]").
_AND_LABELS = frozenset({"PERSON", "GPE", "LOC", "ORG", "NORP"})
# Lower-case words inside Portuguese, Spanish, Italian and French names ("Rio Grande do Sul",
# "Santiago del Estero"), which English NER takes for the end of the name.
_LINKS = frozenset({"do", "da", "dos", "das", "del", "della", "di", "du", "des"})


def _linked_run(doc: Doc, start: int) -> int | None:
    """The last index of the capitalised words from ``start`` on, across the linking words between
    them ("do Orgulho GLBT de São Paulo"); None when ``start`` opens no name."""
    last, i = None, start
    while run := _capitalised_run(doc, i):
        last = run[-1]
        if last + 2 >= len(doc) or doc[last + 1].lower_ not in _LINKS | {"de"}:
            break
        i = last + 2
    return last


def _capitalised_run(doc: Doc, start: int) -> list[int]:
    """Indices of the capitalised name words from ``start`` on (at most ``_BODY_WORDS``)."""
    run = []
    for i in range(start, min(len(doc), start + _BODY_WORDS)):
        if not name_word(doc[i]):
            break
        run.append(i)
    return run


def name_word(token: Token) -> bool:
    """A capitalised word of a name (not a sentence's first word alone, not punctuation)."""
    return token.text[:1].isupper() and token.is_alpha and token.pos_ in ("PROPN", "NOUN", "ADJ")


def given_name_before(span: Span, given: frozenset[str], posts: frozenset[str]) -> Span:
    """A person's name NER started after its first given name ("Rubén [Darío Valencia]"): a
    capitalised given name right before the name, outside any entity, opens it; not a title or a
    role that the name lists also hold ("Pastor", "Sheriff", "Elder": ``posts``)."""
    doc, start = span.doc, span.start
    while start > 0:
        word = doc[start - 1]
        if word.pos_ != "PROPN" or not word.text[:1].isupper() or word.ent_iob_ != "O":
            break
        if without_accents(word.lower_) not in given or word.lower_ in posts:
            break
        start -= 1
    return span if start == span.start else doc[start : span.end]


def joined_at_links(ents: tuple[Span, ...] | list[Span]) -> list[Span]:
    """``[the U.S. Agency for] [International Development]``, ``[the Province of] [Lecce]``: a
    body's or a place's name NER ended on "for", "of" or "on", with a name of the same label right
    after, is one name cut in two. So is one followed by a place's name of another label
    (``[the Gulf of]`` LOC ``[Sidra]`` GPE, ``[the Water Board of]`` ORG ``[Kent]`` GPE): the whole
    keeps the first part's label, as the first part names what the whole is. A company's legal
    form closes its whole registered name, so ``[College Series] of [Omaha Inc.]`` is one name too."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ in _LINKED_LABELS
            and (prev.label_ == ent.label_ or ent.label_ in PLACE_LABELS)
            and prev.end == ent.start
            and len(prev) > 1
            and prev[-1].lower_ in _LINK_WORDS
        ) or (prev is not None and _legal_name_of(prev, ent)):
            label = "ORG" if prev.label_ == ent.label_ else prev.label_
            out[-1] = Span(ent.doc, prev.start, ent.end, label=label)
            continue
        out.append(ent)
    return out


# A company's legal form, the last word of its registered name ("Acme Holdings Inc.").
_LEGAL_FORMS = frozenset({"inc.", "inc", "ltd.", "ltd", "llc", "plc", "corp.", "corp", "gmbh"})


def _legal_name_of(prev: Span, ent: Span) -> bool:
    """``[College Series] of [Omaha Inc.]``: an organisation's name, "of", and one ending in a legal
    form right after it: the legal form ends the one name of both."""
    return (
        prev.label_ == ent.label_ == "ORG"
        and prev.end + 1 == ent.start
        and prev.doc[prev.end].lower_ == "of"
        and len(ent) > 1
        and ent[-1].lower_ in _LEGAL_FORMS
    )


# NER labels of names that go on after a link word: bodies ("Agency for …"), places ("Province of …").
_LINKED_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
# Words a body's name goes on after: "Agency for …", "Bank of …", "Committee on …".
_LINK_WORDS = _TOPIC_WORDS | {"of"}


def named_pieces(ent: Span, site_words: frozenset[str], lexicons: Lexicons) -> list[Span]:
    """The names of one NER span: each name of a list (``listed_names``), and a site apart from
    the town it is in (``site_and_town``: "the X Temple in Y")."""
    return [piece for name in listed_names(ent) for piece in site_and_town(name, site_words, lexicons)]


def listed_names(ent: Span) -> list[Span]:
    """``the Kenyan Defence Forces, Somali National Army``: an organisation's span NER drew over
    a comma is a list of names of two words or more, or of names in different phrases (``apart``),
    one span each ("Acme Holdings, Inc." stays one)."""
    doc = ent.doc
    commas = [t.i for t in ent if t.text == "," and ent.start < t.i < ent.end - 1]
    if ent.label_ != "ORG" or not commas or acronym_after(ent):
        return [ent]  # "the Institute of Epidemiology, Disease Control and Research (IEDCR)": one name
    bounds = [ent.start, *commas, ent.end]
    parts = [doc[a + (a in commas) : b] for a, b in itertools.pairwise(bounds)]
    if apart(parts, ent):
        return [Span(doc, p.start, p.end, label=ent.label_) for p in parts]
    if any(len(p) < 2 or not p[-1].text[:1].isupper() for p in parts):
        return [ent]  # "Deirdre, Wyatt & Zach": one-word pieces are given names more often than bodies
    return [Span(doc, p.start, p.end, label=ent.label_) for p in parts]


def apart(parts: list[Span], ent: Span) -> bool:
    """``According to Acmewatch, Citizens for Progress is …``: pieces of a span that each hang on a
    different word outside it, none listed with another ("Health, Social Services and Public
    Safety"), belong to different phrases: two names whatever their length."""
    roots = [p.root for p in parts if len(p)]
    heads = [r.head.i for r in roots]
    return (
        len(heads) == len(parts)
        and not any(r.dep_ in _LISTED_DEPS for r in roots)  # a list may be one name's words
        and all(h not in range(ent.start, ent.end) for h in heads)
        and len(set(heads)) == len(heads)
    )


# Dependencies of a list's members, which may be one name's words.
_LISTED_DEPS = frozenset({"conj", "appos"})


def acronym_after(span: Span) -> bool:
    """An acronym in brackets right after the span abbreviates all of it, one name."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "(" and doc[span.end + 1].text.isupper()


def class_noun_off(span: Span | None, nouns: frozenset[str]) -> Span | None:
    """``the Rally for the Republic [organization]``: a lower-case class noun (``nouns``) NER took
    into a body's name after its capitalised words is no word of the name."""
    if span is None or len(span) < 3:
        return span
    last, before = span[-1], span[-2]
    if last.text.islower() and last.lower_ in nouns and before.text[:1].isupper() and before.is_alpha:
        return span[:-1]
    return span


def full_name_surnames(entities: list[tuple[Span, Span | None]]) -> frozenset[str]:
    """Last words of the people NER names in full ("Lewis Hamilton"): that word alone, tagged a
    person or acting as a subject, is that person's surname even where a big city shares it
    ("Hamilton crashed"); in a place's context ("flew to Hamilton") it is still the city."""
    return frozenset(
        span[-1].text
        for ent, span in entities
        if ent.label_ == "PERSON" and span is not None and len(span) > 1
    )


def whole_towns(ents: tuple[Span, ...] | list[Span], lexicons: Lexicons) -> list[Span]:
    """``[Weston]-super-Mare``, ``[Bruck] an der [Leitha]``, ``[Cortina] [d'Ampezzo]``: a town's name
    joined by hyphens or lower-case linking words, which NER cuts at them, is made whole as one
    ``GPE`` span when GeoNames knows the whole name as a town; the pieces it swallows go."""
    out: list[Span] = []
    for ent in ents:
        if out and ent.start < out[-1].end:
            continue  # a piece of the town just made whole
        whole = _whole_town(ent, lexicons) if ent.label_ in _TOWN_PIECE_LABELS else None
        if whole is not None:
            while out and out[-1].end > whole.start:
                out.pop()
        out.append(whole or ent)
    return out


# NER labels of a town's piece: a place, or a name NER took for a person's or a body's.
_TOWN_PIECE_LABELS = frozenset({"GPE", "LOC", "PERSON", "ORG", "FAC", "NORP"})
# Most words a town's name reaches past a piece NER found, on either side.
_TOWN_REACH = 4


def _whole_town(ent: Span, lexicons: Lexicons) -> Span | None:
    """The widest town's name GeoNames knows around ``ent`` that crosses a hyphen or a link word."""
    from graphbuild.resolve.places import lookup_town  # places reads lexicons: loaded on first use

    doc = ent.doc
    sent = ent.sent
    starts = [ent.start, *_town_reach(doc, ent.start - 1, -1, sent.start)]
    ends = [ent.end, *(i + 1 for i in _town_reach(doc, ent.end, 1, sent.end - 1))]
    for start in sorted(starts):
        for end in sorted(ends, reverse=True):
            if (start, end) == (ent.start, ent.end) or not name_end(doc[end - 1]):
                continue
            if not name_end(doc[start]):
                continue
            first, last = char_bounds(doc, start, end)
            text = doc_text(doc)[first:last]  # ``doc.text`` joins every token of the Doc anew
            if lookup_town(text, lexicons) is not None:
                return Span(doc, start, end, label="GPE")
    return None


def _town_reach(doc: Doc, i: int, step: int, limit: int) -> list[int]:
    """Indices from ``i`` on (by ``step``) a town's name may run over: hyphens glued to their
    neighbours, short lower-case link words ("an der", "upon", "am") and capitalised words; the
    run holds a hyphen or a link word before any capitalised word counts."""
    out: list[int] = []
    linked = False
    while len(out) < _TOWN_REACH and (i - limit) * step <= 0:
        token = doc[i]
        glued = token.text == "-" and not doc[i - 1].whitespace_ and not token.whitespace_
        elided = token.text[1:2] == "'" and token.text[:1].islower()  # "d'Ampezzo": link and name
        if glued or elided or (token.is_lower and token.is_alpha and len(token) <= _LINK_LENGTH):
            linked = True
        elif not (name_end(token) and linked):
            break
        out.append(i)
        i += step
    return out


# Longest lower-case word read as a link inside a town's name ("super", "upon", "der").
_LINK_LENGTH = 5


def name_end(token: Token) -> bool:
    """A capitalised word that may open or close a town's name (``d'Ampezzo`` counts)."""
    text = token.text
    return (token.is_alpha and text[:1].isupper()) or (text[1:2] == "'" and text[2:3].isupper())


def trim(ent: Span) -> Span | None:
    """Drop leading determiners, trailing possessives, a trailing "and" and stray PTB brackets from
    an entity span; None for a span left empty or ending on a link word ("the Province of")."""
    start, end = ent.start, ent.end
    doc = ent.doc
    table = token_table(doc)  # every name of the Doc is trimmed: read its words off the table
    pos, is_punct, texts = table.pos, table.is_punct, table.text
    while start < end and (pos[start] in ("DET", "PUNCT") or table.lower[start] in ("the",)):
        start += 1
    if end - start > 1 and opening_common_word(doc[start]):
        start += 1  # "[Owners] Sport Media Group made ...": the sentence's word, capitalised by position
    # "The New York Times and" Danbury Hospital: NER ran on into the "and" of a list
    while end > start and (table.tag[end - 1] == "POS" or is_punct[end - 1] or pos[end - 1] == "CCONJ"):
        end -= 1
    if end > start and table.lower[end - 1] in _LINK_WORDS:
        return None  # "the Province of" with no name after: a name cut short names nothing
    # a label keeps its brackets balanced: "Movement for Democratic Change (MDC" loses "(MDC"
    for left, right in (("(", ")"), ("[", "]")):
        opened = [i for i in range(start, end) if texts[i].startswith(left)]
        if len(opened) > sum(texts[i].startswith(right) for i in range(start, end)):
            end = opened[-1]  # an acronym in brackets is found on its own; "[1" is a citation mark
    while end > start and is_punct[end - 1]:
        end -= 1
    if end - start > 1 and _SCORE.match(texts[end - 1]):
        end -= 1  # "Caboolture 43–5": a match's score is no part of the team's name
    return doc[start:end] if end > start else None


# Words a name never ends on: a name NER cut after its link word ("the Province of [Lecce]").
_LINK_WORDS = frozenset({"of", "for", "on"})
# A sports score or a range written as one token: "43–5", "2-1".
_SCORE = re.compile(r"^\d+[\u2013-]\d+$")


def taken_in(span: Span, spans: list[Span]) -> bool:
    """``Arts`` of "the Kestrel Center [for the Arts]": an NER name ending another entity's longer
    span, which a name made whole (``whole_body``) took in, is the tail of that name, no entity of
    its own. NER's own entities never overlap, so only a made-whole name holds another; a name
    it took in at its start stays ("Calder's" of "Calder's Harbour Museum", an owner), and so does
    one after "and", which may be a second body ("Badr and Interior Ministry officers")."""
    after_and = span.start > 0 and span.doc[span.start - 1].lower_ == "and"
    return not after_and and any(o.end == span.end and o.start < span.start for o in spans)
