"""NER labels that the words around a name show to be wrong, mended before a mention is typed:
a surname taken for a place ("Vít [Bárta]"), a body's initials taken for a person ("KSL"), a
place's hyphenated name cut at its first hyphen ("[Moreton]-on-Lugg")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from graphbuild.lexicons import without_accents
from graphbuild.resolve.mentions.cut_names import given_name_before


def relabelled(
    ent: Span, span: Span | None, given: frozenset[str], posts: frozenset[str], names: frozenset[str]
) -> tuple[Span, Span | None]:
    """The entity and its trimmed span with every mend of this module applied."""
    ent, span = hyphenated_place(ent, span)
    ent, span = acronym_taken_for_person(ent, span, names)
    return surname_taken_for_place(ent, span, given, posts)


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


# NER labels of a one-word place that a given name before it shows to be a surname ("Vít [Bárta]").
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def surname_taken_for_place(
    ent: Span, span: Span | None, given: frozenset[str], posts: frozenset[str]
) -> tuple[Span, Span | None]:
    """``Vít Bárta``: NER took a surname for a place and left the given name before it out; a
    one-word place right after a capitalised given name is a person's name, made a ``PERSON`` span.
    Otherwise the entity and its span unchanged."""
    if span is None or ent.label_ not in _PLACE_LABELS or len(span) != 1:
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
