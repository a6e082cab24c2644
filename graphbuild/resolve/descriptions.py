"""Definite descriptions the grammar itself ties to a name: apposition and an identifying copula.

"Lena Ostrova, the state prosecutor, …", "the kidnapper, Ana Ruiz, …", "the security firm Acme",
"Ana Ruiz, who is the country's chief prosecutor" and "The suspect is Tom Hale" say outright
that the description and the name are one (a body described on its own, "the Swiss pharmaceutical
company, Novartis,", too); no salience guess is needed, so the description becomes
a mention of the named entity (its triples link to it, a reader can query them). Precision first:
only a singular common noun after "the" (a plural may be a group the name belongs to), only a
copula that is asserted (no negation, no modal: "X could be the next leader" is no identity), and
never inside a coordination, where the parser's appositions are often list items ("A, the B and C").
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Doc, Token

from graphbuild.nlp import token_table
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.identified_as import identified_person
from graphbuild.resolve.owners import token_owners

# The parser's tag of a singular common noun: a plural description ("the suspects") may be a group.
SINGULAR_NOUN = "NN"
# The lemma of the identifying copula ("X is the Y").
COPULA = "be"
# Children of a copula that make it no assertion of identity ("is not", "could be").
UNASSERTED_DEPS = frozenset({"neg"})
MODAL_TAG = "MD"
PROPER_NOUN = "PROPN"
# What stands between a name and its apposition; a parse that ties words farther apart
# ("The shutdown came in response to the law —Ley X—") is not one.
APPOSITION_MARKS = frozenset({",", "(", "—", "–", "-"})
# A plural name, or a people's or creed's name (NER ``NORP``), is a class, not one thing described.
PLURAL_NAME_TAGS = frozenset({"NNPS", "NNS"})
PEOPLE_ENTS = frozenset({"NORP"})
# An apposed place noun with one of these is still one place: the name's ("X, a town near Y,").
INDEFINITE = frozenset({"a", "an"})
PLACE = "Region"
ACTOR = "Actor"


def described_entities(
    doc: Doc, entities: list[LocalEntity], place_nouns: Collection[str] = ()
) -> list[LocalEntity]:
    """The entities, each also owning the definite descriptions apposition or a copula ties to it,
    and a place the indefinite place noun apposed to its name ("Brodec, a village north of Tetovo,":
    ``place_nouns`` are the location nouns)."""
    owner = token_owners(entities)
    extra: dict[int, list[tuple[int, int]]] = {}  # by id(): two entities may share a key
    taken: dict[int, set[tuple[int, int]]] = {}  # descriptions' own spans, now the name's
    table = token_table(doc)
    pos, tag = table.pos, table.tag
    # a Token only of the singular common nouns no name owns (``_definite_noun`` needs one); a
    # description typed on its own ("the Chinese search company" -> search company of China) is
    # still the name it is apposed to
    nouns = (
        i
        for i in range(len(pos))
        if pos[i] == "NOUN" and tag[i] == SINGULAR_NOUN and (i not in owner or _described_body(owner[i]))
    )
    for token in (doc[i] for i in nouns):
        one_place = _one_place(token, place_nouns)
        if not one_place and not _definite_noun(token):
            continue
        entity = _named_same(token, owner) or identified_person(token, owner)  # "The man was named as X"
        if entity is None or entity.plural or (one_place and entity.type != PLACE):
            continue
        own = owner.get(token.i)
        start = token.left_edge.i
        if one_place and any(i in owner for i in range(start, token.i)):
            start = token.i  # "Brodec, a Šar Mountain village,": the mountain keeps its words
        elif any(
            i in owner and owner[i] is not own and table.dep[i] != "amod" for i in range(start, token.i + 1)
        ):
            continue  # "the Lagos police chief": a name inside is its own mention ("the Chinese" is no name)
        extra.setdefault(id(entity), []).append((start, token.i + 1))
        if own is not None:
            taken.setdefault(id(own), set()).update(s for s in own.token_spans if s[0] <= token.i < s[1])
    if not extra:
        return entities
    out = []
    for e in entities:
        key, spans = id(e), e.token_spans
        if key in taken:
            spans = [s for s in spans if s not in taken[key]]
            e = replace(e, token_spans=spans, node=bool(spans))  # no node when all were the name's
        out.append(replace(e, token_spans=[*spans, *extra[key]]) if key in extra else e)
    return out


def _described_body(entity: LocalEntity) -> bool:
    """A body described, not named ("the Swiss pharmaceutical company"), which a name beside it
    names; a class of weapon ("the Tambor-class submarine Grayback") is a thing of its own."""
    return entity.generic and entity.type == ACTOR


def _definite_noun(token: Token) -> bool:
    """A singular common noun whose phrase opens with "the" ("the kidnapper", "the country's chief")."""
    return (
        token.pos_ == "NOUN"
        and token.tag_ == SINGULAR_NOUN
        and token.left_edge.lower_ == "the"
        and not any(c.dep_ == "conj" for c in token.children)
        and token.dep_ != "conj"
    )


def _one_place(token: Token, place_nouns: Collection[str]) -> bool:
    """An indefinite place noun in apposition ("Brodec, a Šar Mountain village north of Tetovo,"):
    one place, and the name before it says which."""
    return (
        token.dep_ == "appos"
        and token.left_edge.lower_ in INDEFINITE
        and token.lemma_.lower() in place_nouns
        and not any(c.dep_ == "conj" for c in token.children)
    )


def _named_same(noun: Token, owner: dict[int, LocalEntity]) -> LocalEntity | None:
    """The named entity the grammar says ``noun`` is, or None."""
    head, doc = noun.head, noun.doc
    appositions = [c for c in head.children if c.dep_ == "appos"] if noun.dep_ == "appos" else []
    if len(appositions) > 1:
        return None  # "Eurocontrol, the CEO of the IAA, Eamonn Brennan": whose title is unclear
    if noun.dep_ == "appos" and head.i < noun.i and head.i in owner and not _listed(head):
        before = noun.left_edge.i - 2  # "Lena Ostrova, the state prosecutor": the name, then the comma
        if before >= 0 and doc[before + 1].text in APPOSITION_MARKS and owner.get(before) is owner[head.i]:
            return owner[head.i]
    named = [c for c in noun.children if c.dep_ == "appos" and c.i in owner and c.i > noun.i]
    if noun.dep_ == "appos" and any(c.dep_ == "appos" and c.i > noun.i for c in noun.children):
        # "Eurocontrol, the CEO of the IAA, Eamonn Brennan": a chain, the title is the last name's
        return None
    if len(named) == 1 and not _listed(named[0]) and named[0].left_edge.lower_ not in INDEFINITE:
        # not "the aircraft, an Airbus A330": an indefinite apposition names its kind, not which one
        # "the kidnapper, Ana Ruiz", "the head of the army, Ana Ruiz": the phrase, a comma, the name
        mark = named[0].left_edge.i - 1
        if doc[mark].text in APPOSITION_MARKS and _within(doc[mark - 1], noun):
            return owner[named[0].i]
        # "the security firm Acme", "the ship MV Delight": a close apposition, the name right after
        if mark == noun.i and named[0].pos_ == PROPER_NOUN:
            return owner[named[0].i]
    if head.lemma_ != COPULA or not _asserted(head):
        return None
    if noun.dep_ == "attr" and head.dep_ == "relcl" and head.head.i in owner and _relative_subject(head):
        return owner[head.head.i]  # "Ana Ruiz, who is the country's chief prosecutor"
    if noun.dep_ == "attr" and head.dep_ != "relcl":
        # two subjects are a misparse ("The debate between A and B has been the subject of …")
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        one = len(subjects) == 1 and subjects[0].i in owner and not _listed(subjects[0])
        return owner[subjects[0].i] if one else None
    if noun.dep_ == "nsubj":  # "The suspect is Tom Hale"; not "The airline was Iran's first": an owner
        attrs = [c for c in head.children if c.dep_ == "attr" and c.i in owner and not _possessor(c)]
        return owner[attrs[0].i] if len(attrs) == 1 and not _listed(attrs[0]) else None
    return None


def _possessor(token: Token) -> bool:
    """A name with the possessive "'s", which the parser can leave at the head of the phrase it owns."""
    return any(c.dep_ == "case" and c.tag_ == "POS" for c in token.children)


def _within(token: Token, noun: Token) -> bool:
    """Whether ``token`` is ``noun`` or a word of its phrase."""
    return token.i == noun.i or any(a.i == noun.i for a in token.ancestors)


def _asserted(copula: Token) -> bool:
    return not any(c.dep_ in UNASSERTED_DEPS or c.tag_ == MODAL_TAG for c in copula.children)


def _relative_subject(clause: Token) -> bool:
    """ "…, who is the …": the relative pronoun is the clause's subject."""
    return any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in clause.children)


def _listed(token: Token) -> bool:
    """A name in a coordination ("A and B, the …", "at the park, Causeway Bay, and Tin Hau"), or a
    people's name ("the crew were Iranians"): which one, or whether one, the description means is
    unclear."""
    if token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children):
        return True
    if token.tag_ in PLURAL_NAME_TAGS or token.ent_type_ in PEOPLE_ENTS:
        return True
    doc, after = token.doc, token.right_edge.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    return after < len(doc) and doc[after].dep_ == "cc"


__all__ = ["described_entities"]
