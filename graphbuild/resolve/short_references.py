"""Short references to a name written in full: "the Cosmodrome" after "the Baikonur Cosmodrome"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphbuild.resolve.entities import LocalEntity, normalise

# Longest run of proper-noun modifiers taken before the head word ("Yerba Buena Center").
_MODIFIER_WORDS = 3


def complete_short_reference(entity: LocalEntity, spans: list[Span]) -> None:
    """``the Cosmodrome``, ``the Club``: one capitalised word after "the" that elsewhere in the text
    ends a longer name (proper nouns before it: "the Baikonur Cosmodrome", "Buderim Cricket Club")
    refers back to that name and names nothing alone; the entity takes the whole name when the text
    writes exactly one. A person's surname, a known place (codes) and a word always alone stay."""
    if not spans or entity.source != "ner" or entity.subtype == "Person" or entity.codes:
        return
    if " " in entity.name or not all(_after_the(span) for span in spans):
        return
    doc, word = spans[0].doc, spans[0].text
    own = {span.start for span in spans}
    names = {_whole_name(t) for t in doc if t.text == word and t.i not in own} - {None}
    if len(names) != 1:
        return
    name = names.pop() or ""
    entity.name, entity.key = name, f"{entity.type}:{normalise(name)}"
    entity.aliases[name] = max(entity.aliases[name], 1)  # the short form stays an alias too


def _after_the(span: Span) -> bool:
    """A one-word span right after a lower-case "the"."""
    return len(span) == 1 and span.start > 0 and span.doc[span.start - 1].text == "the"


def _whole_name(head: Token) -> str | None:
    """The name ``head`` ends with the proper nouns that modify it right before it, if any."""
    start = head.i
    while start > 0 and head.i - start < _MODIFIER_WORDS and _modifier(head.doc[start - 1], head):
        start -= 1
    return head.doc[start : head.i + 1].text if start < head.i else None


def _modifier(token: Token, head: Token) -> bool:
    """A capitalised proper noun, no person's and not opening a sentence, compounded into ``head``."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.dep_ == "compound"
        and token.i < token.head.i <= head.i
        and token.ent_type_ != "PERSON"
        and not token.is_sent_start
    )
