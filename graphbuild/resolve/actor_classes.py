"""Classes of non-state actor ("the rebels", "smugglers", "fighters"): when a mention of one names
someone an analyst can track.

Alone a class is no one in particular (readers judged every unnamed class node a generic noun);
a name after "of" or a people's adjective ties it ("fighters of the Front", "Chechen rebels").
"""

from __future__ import annotations

from spacy.tokens import Span

from graphbuild.resolve.entities import LocalEntity


def actor_class(entity: LocalEntity, classes: frozenset[str]) -> bool:
    """``the rebels``, ``foreign fighters``, ``armed groups``: headed by a non-state actor class."""
    if entity.type != "Actor":
        return False
    words = entity.name.lower().split()
    return bool(words) and (words[-1] in classes or " ".join(words[-2:]) in classes)


# Endings of creed and doctrine adjectives ("Islamist", "Marxist", "Islamic"): they say what a group
# believes, not whose it is, so "Islamist militants" is still no one in particular.
_CREED_ENDINGS = ("ist", "ic")


def class_tied(span: Span, named: set[int]) -> bool:
    """A mention of an actor class tied to a name or a people: a name after "of" ("fighters of
    the Front", which the mention's own span may leave out), or a people's adjective before it
    ("Albanian militants", "Chechen rebels"; not a creed: "Islamist militants")."""
    root = span.root
    if any(
        prep.lower_ == "of" and any(obj.dep_ == "pobj" and obj.i in named for obj in prep.children)
        for prep in root.children
    ):
        return True
    return any(
        token.ent_type_ == "NORP" and not token.lower_.endswith(_CREED_ENDINGS)
        for token in span.doc[span.start : root.i]
    )


__all__ = ["actor_class", "class_tied"]
