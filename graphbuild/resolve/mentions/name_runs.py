"""Names NER cut inside a longer name, made whole by the words the parse hangs them on.

A name NER ends on a word whose syntactic head is a capitalised noun after it that NER left out is
a modifier inside a longer name, not a name of its own: "[Swedish] Prosecution Authority", "the
[Youth Justice] and Criminal Evidence Act", "the [Westminster Magistrate's] Court" (a possessive
NER took into the name, before a body's or a place's head noun). A name NER ended on a preposition
goes on over the untagged capitalised name the preposition governs ("the [Wellness Center at]
Children's Hospital of Pittsburgh"), or loses the preposition: no name ends on one. A capitalised
proper noun before "and" that modifies the head of the name after it is the name's first word
("[Basildon] and Thurrock University Hospitals Trust").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from graphbuild.lexicons import given_names
from graphbuild.resolve.mentions.cut_names import name_word, whole_body

if TYPE_CHECKING:
    from graphbuild.resolve.mentions.tables import MentionTables

# Labels of names that may be a modifier inside a longer one: places, bodies, groups, people.
_RUN_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"})
# Labels of a name that is a possessive's real owner ("Niger's High Court"), not a word of the name.
_OWNER_LABELS = frozenset({"GPE", "LOC", "NORP"})
# Dependencies of a word modifying a name's head noun.
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
# Lower-case words a name's run may hold between its capitalised words ("Youth Justice and
# Criminal Evidence Act", "Children's Hospital of Pittsburgh").
_RUN_LINKS = frozenset({"and", "of", "for", "the", "'s", "\u2019s"})
# Most words a name runs on past where NER ended it.
_RUN_WORDS = 6
# Head nouns of a time's name, no body's ("Australian Eastern Standard Time").
_TIME_HEADS = frozenset({"time"})


def whole_name(
    ent: Span, span: Span | None, tables: MentionTables, personal: frozenset[str]
) -> tuple[Span, Span | None]:
    """A name NER cut short made whole: by ``cut_names.whole_body``, then over the words the parse
    hangs it on (``name_run``)."""
    heads = tables.lexicons.terms("organization_heads")
    places = frozenset(tables.noun_table("Region"))
    ent, span = whole_body(ent, span, heads, personal, tables.lexicons.terms("shared_heads"))
    return name_run(ent, span, heads | places, places, personal, given_names(tables.lexicons))


def name_run(
    ent: Span,
    span: Span | None,
    name_heads: frozenset[str],
    places: frozenset[str],
    personal: frozenset[str],
    given: frozenset[str] = frozenset(),
) -> tuple[Span, Span | None]:
    """The whole name around a name NER cut (see the module's docstring), as a new span labelled
    ``ORG``, or the name's own place label when the whole is headed by a place noun (``places``:
    "the [Mediterranean] Sea"); else the entity and its span unchanged. A head that is a title, a
    role or a given name (``personal``: "[Croatian] President X") is a person's, not a name's;
    a possessive makes one name only before a body's or a place's head noun (``name_heads``)."""
    if span is None or ent.label_ not in _RUN_LABELS:
        return ent, span
    start = _first_before_and(span, personal)
    end = _end_after(ent, span, name_heads, personal)
    if (start, end) == (span.start, span.end):
        if len(span) > 1 and span[-1].pos_ == "ADP":  # "the University of X in": no name ends on one
            return ent, span[:-1]
        return ent, span
    doc = span.doc
    if ent.label_ in _OWNER_LABELS and any(t.lower_ in given for t in doc[span.start + 1 : end]):
        return ent, span  # "[Peruvian] Stephany Flores": a person's name after a people's word
    head = doc[end - 1]
    label = ent.label_ if ent.label_ in ("GPE", "LOC") and head.lower_ in places else "ORG"
    whole = Span(doc, start, end, label=label)
    return whole, whole


def _end_after(ent: Span, span: Span, name_heads: frozenset[str], personal: frozenset[str]) -> int:
    """Where the name goes on to past ``span``: to the capitalised head its last word modifies,
    or over the untagged capitalised object of a preposition NER ended it on."""
    doc, last = span.doc, span[-1]
    if last.pos_ == "ADP" and len(span) > 1:
        objects = [c for c in last.children if c.dep_ == "pobj" and c.i >= span.end]
        if objects and name_word(objects[0]) and not objects[0].ent_type_:
            end = objects[0].right_edge.i + 1
            if end - span.end <= _RUN_WORDS and _run(doc[span.end : end]):
                return end
        return span.end
    owned = span.end < ent.end and doc[span.end].tag_ == "POS" and ent.label_ not in _OWNER_LABELS
    head = last.head
    if not (last.dep_ in _MODIFIER_DEPS or (owned and last.dep_ == "poss")):
        return span.end
    if not (span.end <= head.i < span.end + _RUN_WORDS) or not _head_noun(head, personal):
        return span.end
    if last.dep_ == "poss" and head.lower_ not in name_heads:
        return span.end  # "Motorola's Xoom": an owner and its thing
    return head.i + 1 if _run(doc[span.end : head.i + 1]) else span.end


def _head_noun(token: Token, personal: frozenset[str]) -> bool:
    """A capitalised noun NER left untagged that heads its phrase: not a title or a role ("[British]
    PM", "[Croatian] President"), not an acronym ("[Japanese] GDP"), not itself a modifier of a word
    after it ("[Brooklyn] Federal court", "Democratic State Senator")."""
    return (
        name_word(token)
        and token.pos_ in ("PROPN", "NOUN")
        and not token.ent_type_
        and not token.text.isupper()
        and token.lower_ not in personal
        and token.lower_ not in _TIME_HEADS
        and not (token.dep_ in _MODIFIER_DEPS and token.head.i > token.i)
    )


def _run(words: Span) -> bool:
    """Capitalised name words NER left untagged, with the links of a name between them, ending on a
    name word."""
    return (
        len(words) > 0
        and name_word(words[-1])
        and all(name_word(t) or t.lower_ in _RUN_LINKS for t in words)
        and not any(t.ent_type_ == "PERSON" for t in words)
    )


def _first_before_and(span: Span, personal: frozenset[str]) -> int:
    """``[Basildon] and Thurrock University Hospitals Trust``: the untagged proper noun right before
    "and" that modifies a word of the name (the shared head) opens it."""
    doc, i = span.doc, span.start - 2
    if i < 0 or doc[i + 1].lower_ != "and":
        return span.start
    first = doc[i]
    if (
        first.pos_ == "PROPN"
        and first.is_alpha
        and first.text[:1].isupper()
        and not first.ent_type_
        and first.lower_ not in personal
        and first.dep_ in _MODIFIER_DEPS
        and span.start <= first.head.i < span.end
    ):
        return i
    return span.start
