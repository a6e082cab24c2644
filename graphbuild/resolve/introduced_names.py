"""A definite description that repeats the noun the text introduced a name with: "the cruise ship
Coral Dawn … the ship", "the Astra missile … the missile", "Etemaad, a reformist paper … the paper".

The article itself says which class the name belongs to, with the very noun the description
repeats, so when it introduces exactly one name with that noun the description points back to it.
Two such names, a name headed by the noun as well ("the Ocean Ship") or of its class
(``lexicons/class_heads.txt``), another name of the same type named since ("Valdora Airways"
before "the airline"), or the noun used before for an unnamed thing leave the description open:
precision first. A place is only what a place noun
(``lexicons/location_nouns.txt``) describes. A person's noun ("the leader") is
left to ``resolve.referents.titled_holder``: a post passes from one person to another.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graphbuild.lexicons import Lexicons
from graphbuild.nlp import lowercase_words
from graphbuild.resolve.descriptions import INDEFINITE
from graphbuild.resolve.entities import LocalEntity, name_head
from graphbuild.resolve.mentions.nouns import typed_nouns
from graphbuild.resolve.name_classes import name_class, other_institution
from graphbuild.resolve.person_rivals import person_noun
from graphbuild.resolve.referents import NOUN_POS, bare_description, unnamed_before

# How a name modifies the noun written after it ("the Astra missile").
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
APPOSITION = "appos"
COORDINATED = "conj"
# A description that is a copula's or a change's predicate ("became the leader") points nowhere.
PREDICATE_DEPS = frozenset({"attr", "oprd"})
# Names that modify a noun as its setting or owner, not as its name ("a California jury").
SETTING_OR_ACTOR = frozenset({"Actor", "Region"})
PLACE = "Region"
NOUN = "NOUN"
# Nouns of a person by sex ("the woman"): an unnamed person is as likely as the one named.
GENDERED_NOUNS = ("masculine_words", "feminine_words")


def introduced_name(span: Span, owner: dict[int, LocalEntity], lexicons: Lexicons) -> LocalEntity | None:
    """The one named entity before ``span`` that the text introduced with the noun of ``span``, a
    bare definite description ("the ship"); None when there is no such name or more than one."""
    lemma = bare_description(span, lexicons)
    if lemma is None or span.root.dep_ in PREDICATE_DEPS:
        return None  # "McMurray became the leader": a predicate describes its subject
    if person_noun(span.root, lexicons) or any(lemma in lexicons.terms(g) for g in GENDERED_NOUNS):
        return None  # "Kyle Busch was the leader … the leader": a post passes from one to another
    doc = span.doc
    classes = lexicons.synonyms("class_heads")
    institutions = lexicons.synonyms("institution_heads")
    places = typed_nouns(lexicons, "location_nouns")
    found: dict[str, LocalEntity] = {}
    for entity in {id(e): e for e in owner.values()}.values():
        spans = [(start, end) for start, end in entity.token_spans if end <= span.start]
        if entity.generic or not spans or not _named(doc, entity):
            continue
        if entity.type == PLACE and lemma not in places:
            continue  # "a gun battle in the capital, Niamy": a place is no battle
        made = entity.type not in SETTING_OR_ACTOR
        if name_head(entity.name) == lemma or any(_introduced(doc, s, e, lemma, made) for s, e in spans):
            found[entity.key] = entity
        elif (
            lemma in classes
            and name_class(doc, entity, classes) == classes[lemma]
            and not _part_of_government(lemma, entity, lexicons)  # "the agency" is no "government of X"
            and not other_institution(lemma, entity, institutions)  # "the commission" is no "… Council"
        ):
            found[entity.key] = entity  # "airline Mahan Air … Valdora Airways … the airline": either
    if len(found) != 1:
        return None
    named = next(iter(found.values()))
    return None if unnamed_before(span, named, owner) or _named_since(span, named, owner) else named


def _part_of_government(lemma: str, entity: LocalEntity, lexicons: Lexicons) -> bool:
    """ "The Hydrographic Service of the Navy of Chile … The agency": an agency, ministry or bureau
    is one body of a state's executive, not the whole (a "government of X" named by its country);
    only "the government" or "the administration" (``lexicons/government_heads.txt``) is that."""
    governments = lexicons.terms("government_heads")
    return name_head(entity.name) in governments and lemma not in governments


def _named_since(span: Span, named: LocalEntity, owner: dict[int, LocalEntity]) -> bool:
    """Whether another name of the same type and subtype is written between the last mention of
    ``named`` and the description ("airline Mahan Air … Valdora Airways … the airline"): the
    nearer one may be meant as well."""
    last = max(end for start, end in named.token_spans if end <= span.start)
    return any(
        e.key != named.key and not e.generic and (e.type, e.subtype) == (named.type, named.subtype)
        for i, e in owner.items()
        if last <= i < span.start
    )


def _named(doc: Doc, entity: LocalEntity) -> bool:
    """Whether some mention of the entity is a name (not only lower-case words)."""
    return any(end > start and not lowercase_words(doc, start, end) for start, end in entity.token_spans)


def _introduced(doc: Doc, start: int, end: int, lemma: str, made: bool) -> bool:
    """Whether the mention ``start:end`` is written with a common noun of lemma ``lemma``: a
    description the entity already took, ending in the noun ("The cruise ship"), the noun right
    before the name and joined to it ("the magazine IranDokht"), after it with the name as its
    modifier ("the Astra missile": only a ``made`` thing's name; "a California jury" sits in a place,
    "a Twitter page" belongs to a body), or set beside it in apposition ("Etemaad, a reformist
    paper")."""
    if _noun_of(doc[end - 1], lemma):
        return True
    root = doc[start:end].root
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in INDEFINITE:
        return False  # "The vehicle, a Vauxhall Astra,": a maker's model, a kind, not the thing's name
    if (
        before is not None
        and _noun_of(before, lemma)
        and (before.head.i in range(start, end) or root.head.i == before.i)
    ):
        return True
    if made and root.dep_ in MODIFIER_DEPS and root.head.i >= end and _noun_of(root.head, lemma):
        return True
    if any(c.dep_ == COORDINATED for c in root.children):
        return False  # "a couple, Ana Ruiz and Eva Lenz": the noun is both of them, not the first
    apposed = [c for c in root.children if c.dep_ == APPOSITION]
    if root.dep_ == APPOSITION:
        apposed.append(root.head)
    return any(_noun_of(t, lemma) and not _noun_between(t, root) for t in apposed)


def _noun_between(noun: Token, name: Token) -> bool:
    """Whether a noun outside the two phrases stands between a noun and the name set beside it: the
    parser may set a name beside a noun farther back ("a gun battle in the capital, Niamy" names the
    capital)."""
    first, second = sorted((noun, name), key=lambda t: t.i)
    between = noun.doc[first.i + 1 : second.left_edge.i]
    return any(t.pos_ in NOUN_POS for t in between)


def _noun_of(token: Token, lemma: str) -> bool:
    """A lower-case common noun of lemma ``lemma``."""
    return token.pos_ == NOUN and token.is_lower and token.lemma_.lower() == lemma


__all__ = ["introduced_name"]
