"""Names NER took for a body or a place that the sentence shows to be a person: one apposed to a
person's role ("the president of Chad, X") or a post named after its seat ("the Archbishop of
Vell", "the Mayor of Orin"), whose holder is one person, not the place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from graphbuild.resolve.mentions.tables import MentionTables

# NER labels of names a role's apposition shows to be a person's: a body's or a place's.
APPOSED_LABELS = frozenset({"ORG", "GPE", "LOC"})
# NER labels of places a post's name is taken for ("the Archbishop of Vell": GPE).
POST_LABELS = frozenset({"GPE", "LOC", "FAC"})


def person_named(span: Span, label: str, tables: MentionTables) -> bool:
    """A name of two words or more that the sentence shows to be a person's: apposed to a role, or
    a post of a seat."""
    # one word: a brand ("Nike"), a place modifying the role ("Kell district chief") or a larger place
    # ("a journalist in Tarsk, Siberia")
    apposed = label in APPOSED_LABELS and len(span) > 1
    return (apposed and apposed_to_role(span, tables)) or (
        label in POST_LABELS and post_of_seat(span, tables)
    )


def post_of_seat(span: Span, tables: MentionTables) -> bool:
    """``the Archbishop of Vell``, ``the Mayor of Orin``: a title that is a role's noun followed by
    "of" and a capitalised name names a post after its seat; the holder is a person, the seat is
    only inside the name."""
    if len(span) < 3:
        return False
    roles = tables.lexicons.terms("role_nouns")
    first = span[0].lower_
    return first in tables.titles and first in roles and span[1].lower_ == "of" and span[2].text[:1].isupper()


def apposed_to_role(span: Span, tables: MentionTables) -> bool:
    """``X, Habre's lawyer``, ``the president of Chad, X``: apposition with a person's role noun,
    X's words all singular proper nouns none of which heads an organisation's name."""
    heads = tables.lexicons.terms("organization_heads")
    roles = tables.noun_table("Actor")
    if not all(t.tag_ == "NNP" and t.lower_ not in heads and t.lower_ not in roles for t in span):
        return False  # "the Royal Canadian Mounted Police": a body
    root = span.root
    doc = span.doc
    described = [c for c in root.children if c.dep_ == "appos"]
    if span.start > 1 and doc[span.start - 1].text == ",":  # the phrase before the comma, up to its head
        before = doc[span.start - 2]
        described.extend((before, before.head, before.head.head))
    return any(
        roles.get(t.lemma_.lower(), ("", ""))[1] == "Role" and t.pos_ in ("NOUN", "PROPN") for t in described
    )
