"""Names whose form or a word beside them says they are a tongue, an honour, a lawsuit, an
official list or a vehicle, none an actor or a place: "in the local language, Zorvish" (a
language), "awarded an OBE", "Ann Holt (OMM, MSC)" (honours), "Zorva v. Kestrel" (a lawsuit), "the
Specially Designated Global Terrorists" (a list), "a Toyota Yaris" (a vehicle). NER calls such
names people or bodies; ``context_kind`` types them Other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from graphbuild.resolve.mentions.kinds_said import LANGUAGE_NOUNS
from graphbuild.resolve.places import lookup_place

if TYPE_CHECKING:
    from graphbuild.lexicons import Lexicons

# Nouns of tongues a name set after names: "the language, X" ("a slip of the tongue, X said" is no
# tongue's name).
TONGUE_NOUNS = frozenset({"language", "dialect"})
# Verbs whose object is a tongue: "they speak Zorvish".
SPEAKING_VERBS = frozenset({"speak"})
# How a lawsuit's name joins its parties: "Zorva v. Kestrel".
VERSUS = frozenset({"v", "v.", "vs", "vs."})
# Participles that open or sit in the name of an official list of people or bodies: "the Specially
# Designated Global Terrorists", "Proscribed Organisations": a list, no body.
LISTING_WORDS = frozenset({"designated", "proscribed"})
# Words after a maker's name that make it a business's or a place's name, no model's: "Toyota Motor
# Corporation", "Honda North America", "the Toyota Center", "Ford Field".
_BODY_WORDS = frozenset(
    {
        "motor",
        "motors",
        "group",
        "company",
        "corporation",
        "corp",
        "corp.",
        "inc",
        "inc.",
        "co",
        "co.",
        "ltd",
        "ltd.",
        "limited",
        "holdings",
        "industries",
        "financial",
        "foundation",
        "north",
        "america",
        "europe",
        "asia",
        "international",
        "dealership",
        "racing",
        "team",
        "f1",
        "park",
        "field",
        "arena",
        "stadium",
        "center",
        "centre",
        "museum",
        "plant",
        "factory",
        "works",
    }
)
# Marks between the honours a name carries: "(OMM, MSC, CD)", "an MBE and an OBE".
_HONOUR_LINKS = frozenset({",", "and", "an", "a", "(", ")"})
# NER labels of peoples: a tongue NER reads as its people's name stays a group (kinds_said).
_PEOPLE_LABELS = frozenset({"NORP"})


def named_kind(span: Span, lexicons: Lexicons) -> str:
    """The subtype of Other a name's form or the word beside it gives it, or ""."""
    if honour(span, lexicons):
        return "Award"
    if spoken_tongue(span):
        return "Language"
    if case_party(span) or listing_name(span):
        return "Law"
    if maker_model(span, lexicons) or bare_head(span, lexicons):
        return "Product"
    return ""


def honour(span: Span, lexicons: Lexicons) -> bool:
    """``awarded an OBE``, ``Ann Holt (OMM, MSC, CD)``: post-nominal letters of an order, a
    decoration or a title (``honours``) name an honour, no body; so does an acronym listed among
    them."""
    honours = lexicons.terms("honours")
    if len(span) != 1 or not span.text.isupper():
        return False
    if span.text.lower() in honours:
        return True
    return any(t.text.lower() in honours for t in _listed_acronyms(span[0]))


def _listed_acronyms(token: Token) -> list[Token]:
    """The acronyms in the run of capitalised words, commas and "and" around the token."""
    doc = token.doc
    run = []
    for step in (-1, 1):
        i = token.i + step
        while 0 <= i < len(doc) and (doc[i].text.isupper() or doc[i].lower_ in _HONOUR_LINKS):
            if doc[i].text.isupper() and len(doc[i]) > 1:
                run.append(doc[i])
            i += step
    return run


def spoken_tongue(span: Span) -> bool:
    """``in the local language, Zorvish``, ``the dialect Zorvish``, ``they speak Zorvish``: a name
    set right after a noun of tongues (past a comma), in apposition to one, or the object of a
    verb of speaking is a language. A people's name (NORP) stays a group."""
    if any(e.label_ in _PEOPLE_LABELS for e in span.ents):
        return False
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    noun = doc[i] if i >= 0 else None
    after_noun = noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in TONGUE_NOUNS
    root = span.root
    apposed = root.dep_ == "appos" and root.head.lemma_.lower() in LANGUAGE_NOUNS
    spoken = root.dep_ == "dobj" and root.head.lemma_.lower() in SPEAKING_VERBS
    return after_noun or apposed or spoken


def case_party(span: Span) -> bool:
    """``Zorva v. Kestrel``: a name right before "v." and another capitalised name is the
    lawsuit's first party, which the case is cited by, no person."""
    doc = span.doc
    after = span.end
    return (
        after + 1 < len(doc)
        and doc[after].text in VERSUS
        and doc[after + 1].text[:1].isupper()
        and span[-1].text[:1].isupper()
    )


def listing_name(span: Span) -> bool:
    """``the Specially Designated Global Terrorists``: a capitalised listing participle inside a
    name of two words or more makes the name an official list's, no body."""
    return len(span) > 1 and any(t.text[:1].isupper() and t.lower_ in LISTING_WORDS for t in span)


def maker_model(span: Span, lexicons: Lexicons) -> bool:
    """``the Toyota Yaris``, ``a Chevrolet Cobalt``: a vehicle maker's name (``vehicle_makers``)
    and a capitalised model's word after it name a vehicle, a product. A body's, a site's or a
    place's word after the maker ("Toyota Motor Corporation", "the Honda Center", "Toyota
    Australia") names the business or its ground, and a second maker a team ("Fiat Yamaha")."""
    makers = lexicons.terms("vehicle_makers")
    if len(span) < 2 or span[0].text.lower() not in makers:
        return False
    model = span[1:]
    if any(t.lower_ in makers for t in model):
        return False  # "Fiat Yamaha": two makers name a sponsored team or a joint business
    bodies = _BODY_WORDS | lexicons.terms("organization_heads") | lexicons.terms("site_heads")
    return (
        all(t.text[:1].isupper() or t.text[:1].isdigit() for t in model)
        and not any(t.lower_ in bodies or t.lower_ in lexicons.terms("facility_heads") for t in model)
        and lookup_place(model.text, lexicons) is None
    )


def bare_head(span: Span, lexicons: Lexicons) -> bool:
    """``the (LMRP) Cap containment system``: a made thing's head word (``product_heads``) alone,
    capitalised and modifying a lower-case noun after it, is the thing's short name, no person."""
    root = span.root
    head = root.head
    return (
        len(span) == 1
        and root.lower_ in lexicons.terms("product_heads")
        and root.dep_ in ("compound", "nmod")
        and head.i >= span.end
        and all(t.pos_ == "NOUN" and t.text.islower() for t in span.doc[span.end : head.i + 1])
    )
