"""The ``of`` edge of a noun phrase between two entities: "Ana Ruiz of Acme" (of), "the capital of
X" (be capital of); none where the ``of`` object is no owner of the head.

A bare "of" says only that a name belongs with a body or a place ("Ana Ruiz of Acme", "Dubai of the
UAE"). A common noun or a post the head's entity is linked through says more, and the edge keeps
it ("Juba is the capital of X": Juba is capital of X, not merely "of" X). An act or a title "of" a
person ("the Beatification of Cardinal X", "Secretary of Homeland Security Ana X") names the person
it is about (a person "of" one may be of a firm named after its founder: "Ana Ruiz of William
Hill"), and a name "of" a list ("the Lake States of A, B and C") names its members: neither
is the head's owner.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.phrases import entity_bounds
from graphbuild.resolve.entities import LocalEntity

# The relation of a name to what its "of" object names: "Ana Ruiz of Acme".
BARE_OF = "of"


def of_label(head: Token, label: str, posts: frozenset[str], members: frozenset[str] = frozenset()) -> str:
    """``label``, or for a bare "of" after a common noun or a post ("capital", "Bishop") that
    noun's relation: "be capital of"; not after people acting for what they are of (``members``:
    "fighters of X" are X's own, and a bare "of" says so)."""
    lemma = head.lemma_.lower()
    if label != BARE_OF or (head.pos_ != "NOUN" and lemma not in posts) or lemma in members:
        return label
    return f"be {lemma} of"


def of_targets(head: Token, pobj: Token, label: str, owner: dict[int, LocalEntity]) -> list[Token]:
    """The words an ``of`` edge of ``head`` goes to: ``pobj`` and its conjuncts; none when the
    phrase is one name ("the Gulf of Mexico", ``one_name``) or a bare "of" after anything but a
    person runs over a list joined by "and" ("Topeka, Kansas" is a place in a place; "Ana Ruiz of
    Acme and Tom Lee of ..." joins two people), and no person after anything but a person."""
    if label == BARE_OF and one_name(head, pobj):
        return []
    targets = [pobj]
    for t in targets:
        targets.extend(c for c in t.children if c.dep_ == "conj" and c not in targets)
    person = _person(owner.get(head.i))
    if label == BARE_OF and not person and any(c.dep_ == "cc" for t in targets for c in t.children):
        return []  # "the Lake States of A, B and C": the states themselves, not their owner
    if label.split()[-1] != BARE_OF or person:
        return targets  # "Ana Ruiz of Hill & Co": a person of a firm NER took for a person
    return [t for t in targets if not _person(owner.get(t.i))]


def _person(entity: LocalEntity | None) -> bool:
    return entity is not None and entity.subtype == "Person"


def one_name(head: Token, pobj: Token) -> bool:
    """Whether NER reads "head of pobj" as one name: every word from the head to the ``of``
    object inside one entity ("the Gulf of Mexico", "the Archdiocese of Philadelphia")."""
    bounds = entity_bounds(head)
    return bounds is not None and head.i < pobj.i < bounds[1]


__all__ = ["of_label", "of_targets", "one_name"]
