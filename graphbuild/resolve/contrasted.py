"""Descriptions that contrast with the holder just named: "the original judge", "the other company".

"U.S. judge Ana Ruiz agreed there was misconduct by the original judge": "original" (like
"former", "previous", "other"; ``lexicons/contrast_adjectives.txt``) sets the description against
another one of its kind, often the very one named before it, so a description resolved by the head
noun it shares with a name or a title (``referents.titled_holder``, ``referents.head_named``,
``introduced_names.introduced_name``) is left open unless the name itself was written with that
word ("former President Tom Hale … the former president", "Rex Tam, the former coach, … the former
coach"). Which one is meant instead no rule can tell: precision first.
"""

from __future__ import annotations

from spacy.tokens import Span

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.aged import aged_person
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.holders import post_holder
from graphbuild.resolve.introduced_names import introduced_name
from graphbuild.resolve.named_craft import named_craft
from graphbuild.resolve.named_heads import area_named
from graphbuild.resolve.plural_places import plural_place
from graphbuild.resolve.police_forces import police_force
from graphbuild.resolve.referents import head_named, titled_holder, unnamed_before

# Words before a name that can hold its title ("former U.S. President Tom Hale").
TITLE_WINDOW = 4
APPOSITION = "appos"


def contrast_words(span: Span, lexicons: Lexicons) -> frozenset[str]:
    """The contrasting adjectives modifying the description's head noun ("the original judge")."""
    contrast = lexicons.terms("contrast_adjectives")
    return frozenset(
        t.lower_.rstrip("-") for t in span if t.i < span.root.i and t.lower_.rstrip("-") in contrast
    )


def contrasted(span: Span, entity: LocalEntity, lexicons: Lexicons) -> bool:
    """Whether the description carries a contrasting word that no earlier mention of ``entity``
    was written with (in its title, its name or a phrase set beside it): then it means another."""
    words = contrast_words(span, lexicons)
    if not words:
        return False
    doc = span.doc
    for start, end in entity.token_spans:
        if end > span.start:
            continue
        near = {t.lower_.rstrip("-") for t in doc[max(0, start - TITLE_WINDOW) : end]}
        root = doc[start:end].root
        beside = [c for c in root.children if c.dep_ == APPOSITION]
        if root.dep_ == APPOSITION:
            beside.append(root.head)
        near |= {t.lower_.rstrip("-") for c in beside for t in c.subtree}
        if words <= near:
            return False
    return True


def described_referent(span: Span, owner: dict[int, LocalEntity], lexicons: Lexicons) -> LocalEntity | None:
    """The one name a bare description points back to by its words ("the Alaska Supreme Court … The
    court ruled", "Judge Tom Hale … The judge ruled", "the World Bank boss", "the ship X … the ship",
    "Tom Hale … The 38-year-old", "West Bengal … the state"), unless the description sets itself
    against it (``contrasted``)."""
    entity = head_named(span, owner, lexicons) or titled_holder(span, owner, lexicons)
    entity = entity or post_holder(span, owner, lexicons) or introduced_name(span, owner, lexicons)
    entity = entity or aged_person(span, owner, lexicons)
    if entity is None:  # "a cyclone hit West Bengal … the storm hit the state": the one state named
        entity = area_named(span, owner, lexicons)
        entity = None if entity is None or unnamed_before(span, entity, owner) else entity
    entity = entity or named_craft(span, owner, lexicons)  # "Flight 212 … The plane landed"
    entity = entity or plural_place(span, owner)  # "the Tarvo Islands … The islands"
    entity = entity or police_force(span, owner, lexicons)  # "Kestrel Valley Police … The police arrested"
    return None if entity is None or contrasted(span, entity, lexicons) else entity


__all__ = ["contrast_words", "contrasted", "described_referent"]
