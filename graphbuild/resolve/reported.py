"""A speaker's edges to who they talk about: "X said that Y had fired ..." makes X speak about Y.

The edge's relation is the reporting verb with "about" ("said about"), it keeps what was said as its
argument, and it ranks below other derived edges (``REPORTED_CONTENT_CONFIDENCE``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphbuild.model import Argument, Mention, Relation, Triple
from graphbuild.resolve.entities import expanded_span

# A speaker tied to a participant of what they said ("X said Y ...") is a weak edge: on the judged
# dev sheets most such edges state nothing the sentence says; it scales below other derived edges.
REPORTED_CONTENT_CONFIDENCE = 0.6
# Words that open a reported clause, dropped from the relation of a speaker's edge ("said that").
CONTENT_MARKS = frozenset({"that", "whether", "if"})
# The role of what was said, as the argument of a speaker's edge to who it is about.
CONTENT_ROLE = "that"


# The dependencies of what a reported clause is about: its subject ("said Pohiva received care").
CONTENT_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def content_subject(doc: Doc, mention: Mention) -> bool:
    """Whether a mention inside reported content is that content's subject, or a conjunct or
    apposition of it: "said that Pohiva received care" is about Pohiva; in "said that Kagan's
    confirmation was overdue" or "claims Mahan flies fighters in support of al-Assad" the speaker
    said nothing about Kagan or al-Assad themselves."""
    span = expanded_span(doc, mention.start, mention.end)
    if span is None or not len(span):
        return False
    token = span.root
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token.dep_ in CONTENT_SUBJECT_DEPS


def about(relation: Relation) -> Relation:
    """ "said that" -> "said about": the relation of a speaker to someone named in what they said."""
    words = [w for w in relation.text.split(" ") if w.lower() not in CONTENT_MARKS]
    lemma = [w for w in relation.lemma.split(" ") if w not in CONTENT_MARKS]
    return Relation(" ".join([*words, "about"]), " ".join([*lemma, "about"]))


def said_content(triple: Triple) -> Argument:
    """What a speaker said, as the argument of their edge to who it is about: "the police said about
    X" alone states nothing (the blind before-sheets of fresh2-15 judged 18 of 23 such rows wrong); with
    "that: X surrendered himself" it is the fact the sentence reports. Its role is the clause's own
    mark ("whether", "if"), else "that"."""
    marks = [w for w in triple.relation.text.lower().split(" ") if w in CONTENT_MARKS]
    return Argument(triple.object, marks[-1] if marks else CONTENT_ROLE)


__all__ = ["CONTENT_MARKS", "REPORTED_CONTENT_CONFIDENCE", "about", "content_subject", "said_content"]
