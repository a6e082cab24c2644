"""Triple ends that coordinate names: one fact per name.

"Tremors were felt in Ayla and Bresk" says the tremors were felt in each town; linking the phrase
to the first name's node alone (as the head word does) tells half the fact and hides the rest. So
a linked end whose head name has coordinated names inside the phrase gives one fact per name,
with the same relation, qualifiers and provenance and the name's own words as its text.

Where the names do not each hold the fact the end is not split: "between A and B" (one stretch or
one deal of two), "A or B" (one of them, not said which), the subject of a reciprocal verb ("A and
B met": done together). A joint name ("Bosnia and Herzegovina") is one entity over all its words,
so it has no second name to split off.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graphbuild.lexicons import Lexicons
from graphbuild.model import Mention, Triple, evolve
from graphbuild.resolve.entities import LocalEntity, expanded_span
from graphbuild.resolve.patients import unsplit

# Words between conjuncts that belong to no conjunct.
LINKING_DEPS = frozenset({"cc", "punct", "preconj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Punctuation inside a name, not between names ("Mayne-Nichols").
HYPHENS = frozenset({"-", "–"})


def split_conjunct_ends(
    doc: Doc, triple: Triple, owner: dict[int, LocalEntity], lexicons: Lexicons
) -> list[Triple]:
    """``triple`` once per coordinated name of its subject or object that each name holds alone."""
    out = [triple]
    for end in ("subject", "object"):
        out = [t for one in out for t in _split_end(doc, one, end, owner, lexicons)]
    return out


def _split_end(
    doc: Doc, triple: Triple, end: str, owner: dict[int, LocalEntity], lexicons: Lexicons
) -> list[Triple]:
    mention: Mention = getattr(triple, end)
    span = expanded_span(doc, mention.start, mention.end) if mention.entity_id else None
    heads = _named_conjuncts(span, owner) if span is not None and len(span) else None
    if heads is None or owner[heads[0].i].key != mention.entity_id:
        return [triple]
    if not _each_holds(heads, lexicons):
        return [triple]  # the edges of phrases already keep such members apart (``resolve.edges``)
    return [evolve(triple, **{end: _own_mention(span, h, heads, owner.get(h.i))}) for h in heads]


def _named_conjuncts(span: Span, owner: dict[int, LocalEntity]) -> list[Token] | None:
    """The head name of ``span`` and the names coordinated with it inside the span, each of another
    entity than the head's ("Ayla and Bresk"); None when the phrase coordinates no second name."""
    root = span.root
    if root.i not in owner or root.pos_ != "PROPN":
        return None
    first = owner[root.i]
    conjuncts = [c for c in root.conjuncts if span.start <= c.i < span.end and c.i > root.i]
    names = [c for c in conjuncts if c.pos_ == "PROPN" and (c.i not in owner or owner[c.i].key != first.key)]
    if not names or len(names) != len(conjuncts) or not _joined(root, names):
        return None
    return [root, *names]


def _joined(root: Token, names: list[Token]) -> bool:
    """Whether a conjunction joins the names: "BP Exploration, Alaska" with a comma alone is a name
    and its place, which the parser may read as a coordination."""
    return any(c.dep_ == "cc" for h in (root, *names) for c in h.children)


def _each_holds(heads: list[Token], lexicons: Lexicons) -> bool:
    """Whether each name holds the fact alone: not "between A and B", "A or B", "A and B met"."""
    root = heads[0]
    if unsplit(root):  # the sides of "between A and B", the alternatives of "A or B"
        return False
    reciprocal = lexicons.terms("reciprocal_verbs")
    return not (root.dep_ in SUBJECT_DEPS and root.head.lemma_.lower() in reciprocal)


def _own_mention(span: Span, head: Token, heads: list[Token], entity: LocalEntity | None) -> Mention:
    """The words of ``span`` that are ``head``'s own: its run of tokens, no other name's subtree and
    no word linking the names ("the UAE" of "Saudi Arabia and the UAE"); a name that is no node
    keeps its words without one."""
    others = {t.i for h in heads if h is not head for t in h.subtree if h.i > head.i}
    linking = {c.i for h in heads for c in h.children if c.dep_ in LINKING_DEPS and c.text not in HYPHENS}
    own = {t.i for t in span if t.i not in others | linking and (t.i == head.i or _under(t, head, heads))}
    start = end = head.i
    while start - 1 in own:
        start -= 1
    while end + 1 in own:
        end += 1
    doc = span.doc
    first, last = doc[start], doc[end]
    return Mention(
        doc.text[first.idx : last.idx + len(last)],
        first.idx,
        last.idx + len(last),
        entity_id=None if entity is None else entity.key,
        entity_label=None if entity is None else entity.name,
    )


def _under(token: Token, head: Token, heads: list[Token]) -> bool:
    """Whether ``token`` hangs from ``head`` without passing another coordinated name."""
    while token.head.i != token.i:
        if token.head.i == head.i:
            return True
        if any(token.head.i == h.i for h in heads):
            return False
        token = token.head
    return False


__all__ = ["split_conjunct_ends"]
