"""The shape of a typed mention's phrase that decides whether it is a node: apposed to a person,
a weapon a name ties or a model's designation, a predicate, indefinite, or a "the" before a name."""

from __future__ import annotations

from spacy.tokens import Span

from graphbuild.nlp import PLACE_LABELS
from graphbuild.resolve.entities import LocalEntity

# Determiners that pick one of many, and so a description that picks out no one in particular
# ("a Kenyan judge"; "a Detroit suburb" is one suburb of Detroit).
ONE_OF_MANY = frozenset({"a", "an", "another", "one"})


def apposed_person(
    entity: LocalEntity, spans: list[Span], people: dict[int, LocalEntity]
) -> LocalEntity | None:
    """The one person a role stands in apposition to in all its mentions ("the director of Acme,
    Jan Brink", "Acme's director Jan Brink", "Jan Brink, Acme's director,"). ``people`` maps a
    name's first token to its person, and ``~i`` each token ``i`` of a name."""
    if entity.subtype != "Role" or entity.plural or not spans:
        return None  # "the Acme directors, Jan Brink and Bo Lind": more than the one person
    found = {
        id(p): p
        for p in (
            people.get(_next_word(span))
            or _apposed_to(span, people)
            or _apposition_of(span, people)
            or _title_of(span, people)
            for span in spans
        )
    }
    return next(iter(found.values())) if len(found) == 1 and None not in found.values() else None


def _apposed_to(span: Span, people: dict[int, LocalEntity]) -> LocalEntity | None:
    """The person whose name the parser attaches the span to as an apposition ("Jan Brink, Acme's
    director,")."""
    root = span.root
    return people.get(~root.head.i) if root.dep_ == "appos" and root.head.i < span.start else None


def _apposition_of(span: Span, people: dict[int, LocalEntity]) -> LocalEntity | None:
    """The person whose name the parser hangs on the role as its apposition, past the role's own
    complement ("Acme's director of global news, Jan Brink,")."""
    names = (people.get(~c.i) for c in span.root.children if c.dep_ == "appos" and c.i >= span.end)
    return next((p for p in names if p is not None), None)


def _title_of(span: Span, people: dict[int, LocalEntity]) -> LocalEntity | None:
    """The person a post's title runs into when the parser reads the name as the post's place
    ("US Ambassador to Germany Jan Brink": to Germany, held by Jan Brink): a person's name whose
    own words start with a place's name, in the post's "to"/"of"/"for" phrase."""
    for prep in (c for c in span.root.children if c.dep_ == "prep" and c.lower_ in ("to", "of", "for")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            person = people.get(~pobj.i)
            places = [c for c in pobj.children if c.dep_ == "compound" and c.ent_type_ in PLACE_LABELS]
            if person is not None and places and not any(~t.i in people for t in places):
                return person
    return None


def _next_word(span: Span) -> int:
    """Index of the token after a span, past one comma."""
    doc = span.doc
    return span.end + 1 if span.end < len(doc) and doc[span.end].text == "," else span.end


def designated(span: Span) -> bool:
    """``Type 56 assault rifles``: a weapon noun after a model's name and number names the model."""
    doc = span.doc
    if span.start < 2:
        return False
    number, name = doc[span.start - 1], doc[span.start - 2]
    dated = name.ent_type_ in ("DATE", "TIME")  # "on January 5 airstrikes ..."
    return (
        number.like_num and name.text[:1].isupper() and name.is_alpha and not name.is_sent_start and not dated
    )


def predicate(span: Span) -> bool:
    """``Lena Ortiz is the former delegate``: a predicate noun describes its subject, names no one else;
    so does the role a verb gives its subject or object (``was the President of Ruritania``,
    ``served as Mayor of Qom``, ``was named mayor of Qom``)."""
    root = span.root
    if span[-1].dep_ == "attr" or root.dep_ == "oprd":
        return True
    if root.dep_ == "attr":  # "are there any sister groups of X": what there is, no predicate
        return not any(child.dep_ == "expl" for child in root.head.children)
    return root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.pos_ in ("VERB", "AUX")


def indefinite(span: Span) -> bool:
    """``a Kenyan judge``, ``an IATA spokesman``, ``a more radical splinter group``: an indefinite
    description picks out no one (adverbs of degree may stand between the article and the phrase)."""
    i = span.start - 1
    while i >= 0 and span.doc[i].pos_ == "ADV" and span.doc[i].dep_ == "advmod":
        i -= 1
    return (i >= 0 and span.doc[i].lower_ in ONE_OF_MANY) or apposed_to_indefinite(span)


def apposed_to_indefinite(span: Span) -> bool:
    """``a woman Iraqi suicide bomber``: a phrase in apposition to a noun right before it that has
    an indefinite article is one description, of no one in particular."""
    root = span.root
    noun = root.head
    return (
        root.dep_ == "appos"
        and noun.i == span.start - 1
        and noun.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in ONE_OF_MANY for c in noun.children)
    )


def owned_weapon(entity: LocalEntity, spans: list[Span], tied: bool) -> bool:
    """A weapon noun names a class ("a pistol", "rubber bullets", "drones"), no weapon an analyst
    tracks, unless a name ties it into the label (``tied``: "Hamas rockets", "rocket of Karvo
    Front") or a model's name comes before it ("Type 56 assault rifles"). A label that keeps no
    name ("aircraft" a named group escorts, "rifles" it seized) tells no reader which one it is:
    readers judged every such node a generic noun."""
    named_label = any(c.isupper() or c.isdigit() for c in entity.name) or any(
        t.text[:1].isupper() and not t.is_sent_start for span in spans for t in span
    )  # "16 Coalition aircraft", "the Tambor-class submarine": a name's capital, no sentence's
    return (tied and named_label) or any(designated(span) for span in spans)


def definite_person(span: Span) -> bool:
    """``the Azores`` tagged PERSON: a person's name takes no definite article."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the"


__all__ = [
    "apposed_person",
    "definite_person",
    "designated",
    "indefinite",
    "owned_weapon",
    "predicate",
]
