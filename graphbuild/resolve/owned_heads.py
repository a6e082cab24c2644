"""The relation of an edge to an entity that the object phrase's head noun belongs to.

"X was responsible for the assassination of Y" makes X responsible for Y's assassination, not for Y;
"X pointed out Y's history" pointed out no Y. The edge from X to Y keeps the head in its relation
("was responsible for assassination of"), so the line of the network says what the sentence says.
A head that stands for what it belongs to keeps the verb's relation: people acting for it ("fighters
of Y"), a weapon, a part of a place ("the north corner of Y"), an amount or a batch of it ("trucks
of rifles", "dozens of Y"). A word naming only a share of Y ("controls most of Y", "goes to parts of
Y") keeps the verb's relation too, but the edge's end keeps the share in its text (``with_share``).
On the subject side the same heads decide who acts: "fighters of Y attacked X" is Y's act, "the
defeat of Y advanced X" no act of Y's (``acting_parts``).
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from graphbuild.lexicons import Lexicons
from graphbuild.model import Mention, Relation, Triple, evolve
from graphbuild.resolve.entities import LocalEntity, expanded_span
from graphbuild.resolve.mentions.nouns import typed_nouns

# Dependencies by which a phrase's head noun names what it belongs to: "the assassination of Y",
# "Y's history".
OWNER_LINKS = frozenset({"poss", "of"})
# Lexicons of heads that stand for what they belong to.
TRANSPARENT_LEXICONS = ("partitive_nouns", "place_part_nouns", "weapon_nouns")
# Lexicons of people acting for what they belong to ("fighters of Y": ``agreement.acting_head``).
ACTING_LEXICONS = ("member_nouns", "force_nouns")
# The lexicon of words naming only a share of what their "of" names: "most of X", "parts of X".
SHARE_LEXICON = "share_heads"
# The lexicon of class nouns of a country's areas, whose "of" names the area itself: "the state of Y".
AREA_CLASS_LEXICON = "area_class_nouns"
# Prepositions of a copula that places its subject ("is in Z"), besides the place prepositions
# (``lexicons/place_prepositions.txt``): "is within Z".
WIDER_PLACEMENTS = frozenset({"within"})
# Place prepositions that say only where the subject is not ("is outside Z"): they place nothing
# its head is "of".
APART_PLACEMENTS = frozenset({"outside"})
# The lemma of the copula: "was responsible for" has the relation lemma "be".
COPULA = "be"


def through_head(
    span: Span, words: Span, relation: Relation, owner: dict[int, LocalEntity], lexicons: Lexicons
) -> Relation:
    """The relation of the subject to the entity of ``words``, inside the object phrase ``span``:
    ``relation`` with the head noun and "of" added when the entity is what the head belongs to
    (its possessor or its ``of``), else ``relation`` itself."""
    head = span.root
    if owner.get(head.i) is not None or head.pos_ != "NOUN" or transparent(head, lexicons):
        return relation
    if head.lower_ in relation.text.lower().split():
        return relation  # "is the campaign manager for Y's campaign": the relation names the head
    token = words.root
    while token.head.i != token.i and token.head.i != head.i and span.start <= token.head.i < span.end:
        token = token.head
    if token.head.i != head.i:
        return relation
    link = "of" if token.dep_ == "prep" and token.lower_ == "of" else token.dep_
    if link not in OWNER_LINKS:
        return relation
    lemma = relation.lemma
    if lemma == COPULA:  # "was responsible for": the adjective and its preposition stay
        lemma = " ".join([COPULA, *relation.text.lower().split()[1:]])
    return Relation(f"{relation.text} {head.text} of", f"{lemma} {head.lemma_.lower()} of")


def acting_parts(
    doc: Doc,
    triple: Triple,
    found: list[tuple[LocalEntity, Mention]],
    owner: dict[int, LocalEntity],
    lexicons: Lexicons,
) -> list[tuple[LocalEntity, Mention]]:
    """The entities of a triple's subject phrase (``found``) that do what its verb says: not those
    named only as what its head noun is "of" (``owned_subject``). A placement holds of them too:
    "an employee of the Y hotel is in Z" puts the hotel in Z, "the killing of Y in Z" Y."""
    lemma = triple.relation.lemma.split()
    if len(lemma) == 2 and lemma[0] == COPULA and placement(lemma[1], lexicons):
        return found
    span = expanded_span(doc, triple.subject.start, triple.subject.end)
    if span is None or not len(span):
        return found
    out = []
    for entity, mention in found:
        words = expanded_span(doc, mention.start, mention.end)
        if words is None or not len(words) or not owned_subject(span, words, owner, lexicons):
            out.append((entity, mention))
    return out


def placement(preposition: str, lexicons: Lexicons) -> bool:
    """A preposition of a copula that places its subject ("is in Z", "is within Z"): what the
    subject's head is "of" is there too."""
    places = lexicons.terms("place_prepositions")
    return (preposition in places or preposition in WIDER_PLACEMENTS) and preposition not in APART_PLACEMENTS


def owned_subject(span: Span, words: Span, owner: dict[int, LocalEntity], lexicons: Lexicons) -> bool:
    """Whether ``words``, inside the subject phrase ``span``, name only what its head noun is "of":
    "the defeat of Y advanced X" is no "Y advanced X", "an employee of Y found X" no "Y found X".
    The subject's verb holds of the head, so ``words`` take part only when the head stands for them
    (``transparent``: "fighters of Y attacked", "the government of Y said"), is the class of Y ("the
    state of Y") or is itself a name."""
    head = span.root
    if owner.get(head.i) is not None or head.pos_ != "NOUN" or transparent(head, lexicons):
        return False
    if stands_for_owner(head, lexicons.terms(AREA_CLASS_LEXICON)):
        return False  # "the state of Y executed X": the state is Y
    if head.lemma_.lower() in lexicons.terms(SHARE_LEXICON):
        return False  # "parts of Y were flooded": a share of Y, its edge's text keeps the share
    token = words.root
    while token.head.i != token.i and token.head.i != head.i and span.start <= token.head.i < span.end:
        token = token.head
    return token.head.i == head.i and token.i != head.i and token.dep_ == "prep" and token.lower_ == "of"


def transparent(head: Token, lexicons: Lexicons) -> bool:
    """A head noun that stands for what its ``of`` or possessor names (see the module's docstring)."""
    return stands_for_owner(head, standing_heads(lexicons))


def stands_for_owner(head: Token, heads: frozenset[str]) -> bool:
    """Whether ``head`` (its lemma or its word) is one of ``heads`` (``standing_heads``)."""
    return head.lemma_.lower() in heads or head.lower_ in heads


@functools.lru_cache(maxsize=8)
def standing_heads(lexicons: Lexicons) -> frozenset[str]:
    """The words of heads that stand for what they belong to: people acting for it (``acting_head``),
    places, parts of places, weapons, amounts and batches."""
    words = set().union(*(lexicons.terms(name) for name in (*TRANSPARENT_LEXICONS, *ACTING_LEXICONS)))
    for typed in ("actor_nouns", "location_nouns"):
        words |= typed_nouns(lexicons, typed).keys()
    return frozenset(words)


def share_head(token: Token, shares: frozenset[str]) -> Token | None:
    """The outermost word of ``shares`` whose ``of`` names ``token``: "most" in "most of southern X",
    "parts" in "some parts of X"; None when the token is named whole."""
    found = None
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.dep_ == "prep":
        share = token.head.head
        if share.lemma_.lower() not in shares and share.lower_ not in shares:
            break
        found = token = share
    return found


def with_share(doc: Doc, inner: Mention, lexicons: Lexicons) -> Mention:
    """An edge's end named inside a phrase, its text widened to the share it is named through:
    "controls most of southern X" holds of a share of X, not of X, so the edge to X's node says
    "most of southern X" (the node stays X's: what the share belongs to)."""
    words = doc.char_span(inner.start, inner.end, alignment_mode="expand")
    share = (
        share_head(words.root, lexicons.terms(SHARE_LEXICON)) if words is not None and len(words) else None
    )
    if share is None or doc[share.left_edge.i].idx >= inner.start:
        return inner
    start = doc[share.left_edge.i].idx
    return evolve(inner, text=doc.text[start : inner.end], start=start)


__all__ = [
    "acting_parts",
    "owned_subject",
    "placement",
    "share_head",
    "standing_heads",
    "stands_for_owner",
    "through_head",
    "transparent",
    "with_share",
]
