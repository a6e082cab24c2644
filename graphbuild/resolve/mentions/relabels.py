"""NER labels that the words around a name show to be wrong, mended before a mention is typed:
a surname taken for a place ("Vít [Bárta]"), a body's initials taken for a person ("KSL"), a
place's hyphenated name cut at its first hyphen ("[Moreton]-on-Lugg"), a sentence's opening
preposition taken into a name ("Near [Tal Kayf], ...")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from graphbuild.lexicons import Lexicons, given_names, without_accents
from graphbuild.nlp import PLACE_LABELS
from graphbuild.resolve.mentions.cut_names import given_name_before, personal_words
from graphbuild.resolve.mentions.titles import title_words
from graphbuild.resolve.places import lookup_place


def relabelled(
    ent: Span, span: Span | None, posts: frozenset[str], lexicons: Lexicons
) -> tuple[Span, Span | None]:
    """The entity and its trimmed span with every mend of this module applied (``posts``: the
    titles and role nouns; given names and a person's words are ``lexicons``')."""
    given = given_names(lexicons)
    ent, span = hyphenated_place(ent, span)
    ent, span = after_dateline(ent, span, lexicons)
    ent, span = opening_preposition(ent, span)
    ent, span = acronym_taken_for_person(ent, span, personal_words(lexicons))
    ent, span = titled_person_taken_for_body(ent, span, given, posts)
    return surname_taken_for_place(ent, span, given, posts)


def titled_person_taken_for_body(
    ent: Span, span: Span | None, given: frozenset[str], posts: frozenset[str]
) -> tuple[Span, Span | None]:
    """``Assemblywoman Selena Torres``, ``Police Constable Ian Ward``: a title or a post (``posts``,
    of up to three words) before a given name and a surname, all capitalised, names a
    person, though NER took the whole for a body."""
    if span is None or ent.label_ != "ORG" or len(span) < 3:
        return ent, span
    # two words of a name at least after the title
    words = title_words(span.doc, span.start, span.end, posts, _TITLE_LENGTHS, keep=2)
    if not words or len(span) - words > _LONGEST_NAME:
        return ent, span
    first, *rest = span[words:]
    if span[0].is_upper or without_accents(first.lower_) not in given:
        return ent, span  # "US Supreme Court": a country's initials before a title are no title
    if not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in (first, *rest)):
        return ent, span
    if any(t.lower_ in posts for t in (first, *rest)):
        return ent, span  # "Deputy Commissioner Grace Police": posts go on, no name yet
    person = Span(span.doc, span.start, span.end, label="PERSON")
    return person, person


# Lengths of a title this reads before a name, longest first ("Detective Chief Inspector", "Police
# Constable"), and words of the longest name after it (a given name, a middle name, a surname).
_TITLE_LENGTHS = (3, 2, 1)
_LONGEST_NAME = 3


def acronym_taken_for_person(
    ent: Span, span: Span | None, names: frozenset[str] = frozenset()
) -> tuple[Span, Span | None]:
    """``KSL``, ``WKRN``: a word of capitals that NER took for a person is a body's initials (a
    broadcaster, an agency), unless it is a name (``names``: a transcript's "MR KIRBY") or follows a
    title."""
    if span is None or ent.label_ != "PERSON" or len(span) != 1:
        return ent, span
    word = span[0].text
    if not (word.isalpha() and word.isupper() and len(word) >= 2) or without_accents(word.lower()) in names:
        return ent, span
    if span.start > 0 and span.doc[span.start - 1].lower_.rstrip(".") in names:
        return ent, span
    body = Span(span.doc, span.start, span.end, label="ORG")
    return body, body


def surname_taken_for_place(
    ent: Span, span: Span | None, given: frozenset[str], posts: frozenset[str]
) -> tuple[Span, Span | None]:
    """``Vít Bárta``: NER took a surname for a place and left the given name before it out; a
    one-word place right after a capitalised given name is a person's name, made a ``PERSON`` span.
    Otherwise the entity and its span unchanged."""
    if span is None or ent.label_ not in PLACE_LABELS or len(span) != 1:
        return ent, span
    named = given_name_before(span, given, posts)
    if named.start == span.start:
        return ent, span
    person = Span(span.doc, named.start, span.end, label="PERSON")
    return person, person


# Lower-case words that link the parts of a hyphenated place name ("Moreton-on-Lugg",
# "Maine-et-Loire", "Stratford-upon-Avon", "Châlons-en-Champagne").
PLACE_LINKS = frozenset(
    {
        "on",
        "upon",
        "under",
        "in",
        "by",
        "le",
        "la",
        "les",
        "de",
        "du",
        "des",
        "et",
        "sur",
        "sous",
        "en",
        "am",
        "an",
        "im",
    }
)


def hyphenated_place(ent: Span, span: Span | None) -> tuple[Span, Span | None]:
    """``[Moreton]-on-Lugg``, ``[Maine]-et-Loire``: NER stopped a place's name at its first hyphen;
    a name glued by hyphens to a linking word (``PLACE_LINKS``) and a capitalised word goes on
    through them, and such a name is a place ("Stratford-upon-Avon", though NER said a person).
    Otherwise the entity and its span unchanged."""
    if span is None:
        return ent, span
    doc, end = span.doc, span.end
    while _linked_on(doc, end):
        end += 4
    if end == span.end:
        return ent, span
    place = Span(doc, span.start, end, label="GPE")
    return place, place


def _linked_on(doc: Doc, i: int) -> bool:
    """Tokens ``i``..``i + 3`` are "-", a linking word, "-", a capitalised word, glued together."""
    if i + 3 >= len(doc) or doc[i - 1].whitespace_:
        return False
    hyphen, link, again, word = doc[i : i + 4]
    glued = not (hyphen.whitespace_ or link.whitespace_ or again.whitespace_)
    return (
        glued
        and hyphen.text == "-"
        and again.text == "-"
        and link.text in PLACE_LINKS
        and word.text[:1].isupper()
        and word.is_alpha
    )


def people_taken_for_places(
    ents: list[Span], given: frozenset[str], place_words: frozenset[str], lexicons: Lexicons
) -> list[Span]:
    """``Inês Fidélis Régis``, ``Germán Hugo Ulloa [Valdivia]``, ``José Eduardo [dos Santos]``: a
    person's name NER took for a building (its first word a given name, no word of it a place's
    or a body's noun: ``place_words``) is a ``PERSON`` span, and a one-word place NER found right
    after a person's name, or after it and a surname particle ("dos", "van"), is its surname."""
    out: list[Span] = []
    for ent in ents:
        if ent.label_ == "FAC" and _personal_name(ent, given, place_words):
            ent = Span(ent.doc, ent.start, ent.end, label="PERSON")
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "PERSON" and len(ent) == 1:
            gap = ent.doc[prev.end : ent.start]
            particle = len(gap) == 1 and gap[0].lower_ in _SURNAME_PARTICLES
            if (not gap and _surname_like(ent, lexicons)) or (
                particle and (_surname_like(ent, lexicons) or ent.label_ == "PERSON")
            ):
                out[-1] = Span(ent.doc, prev.start, ent.end, label="PERSON")
                continue
        out.append(ent)
    return out


# Lower-case particles inside surnames ("José Eduardo dos Santos", "Rafael van der Vaart").
_SURNAME_PARTICLES = frozenset(
    {"dos", "da", "das", "do", "de", "di", "del", "van", "von", "der", "den", "bin"}
)
# Most words of a person's name NER may take for a building's.
_NAME_WORDS = 4


def _surname_like(ent: Span, lexicons: Lexicons) -> bool:
    """A place that may be a surname: no country, and no modifier of a noun after it
    ("the Blair [Iraq] policy")."""
    if ent.label_ not in PLACE_LABELS or ent.root.dep_ == "compound":
        return False
    place = lookup_place(ent.text, lexicons)
    return place is None or place.subtype != "Country"


def _personal_name(ent: Span, given: frozenset[str], place_words: frozenset[str]) -> bool:
    """Capitalised proper nouns opening with a given name, none a place's or a body's noun."""
    words = [t for t in ent if t.lower_ != "the"]
    return (
        1 < len(words) <= _NAME_WORDS
        and without_accents(words[0].lower_) in given
        and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in words)
        and not any(t.lower_ in place_words for t in words)
    )


def after_dateline(ent: Span, span: Span | None, lexicons: Lexicons) -> tuple[Span, Span | None]:
    """``London The Open Rights Group, a pressure group, ...``: an article opening with its
    dateline (a place, its dash lost) glues the place to the first name; a name at the text's
    start whose first words are a known place and whose next word is an article ("The", "A") is
    the name after that article. Otherwise the entity and its span unchanged."""
    if span is None or span.start != 0:
        return ent, span
    cut = next((t.i for t in span if t.i > 0 and t.text in _OPENING_ARTICLES), None)
    if cut is None or cut + 1 >= span.end or lookup_place(span.doc[:cut].text, lexicons) is None:
        return ent, span
    named = Span(span.doc, cut + 1, span.end, label=ent.label_)
    return named, named


# Articles that open a name or a sentence, capitalised: after a dateline's place they start the text.
_OPENING_ARTICLES = frozenset({"The", "A", "An"})


def opening_preposition(ent: Span, span: Span | None) -> tuple[Span, Span | None]:
    """``Near Tal Kayf, two strikes hit ...``: a sentence opening with a locative preposition,
    capitalised, lets NER take the preposition into the name that follows (often as a person's).
    The preposition is no part of the name, and what it places is a place: a person's label
    becomes a place's; a body's stays ("At Acme, ..."). Otherwise the entity and its span unchanged."""
    if span is None or len(span) < 2 or not span[0].is_sent_start:
        return ent, span
    first = span[0]
    if first.lower_ not in _OPENING_PLACE_PREPOSITIONS or not first.text[:1].isupper():
        return ent, span
    label = "GPE" if ent.label_ == "PERSON" else ent.label_
    named = Span(span.doc, span.start + 1, span.end, label=label)
    return named, named


# Prepositions that place what follows them, opening a sentence ("Near X, ...", "Outside X, ...").
_OPENING_PLACE_PREPOSITIONS = frozenset({"near", "outside", "inside", "around", "in", "at", "across"})
