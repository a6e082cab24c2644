"""Given names listed before a full name share its surname: "Jan and Eva Brink", "Josh and Zac
Farro". NER finds the first given name alone ("Josh"), a cut name that names no one the text knows;
``resolve.nodes`` gives it the surname of the full name after "and" ("Josh Farro"). Both given names
must be in the given-name lists: a surname alone before "and" ("Brink and Eva Lind") is no given name.
"""

from __future__ import annotations

from spacy.tokens import Span

from graphbuild.lexicons import without_accents
from graphbuild.resolve.entities import LocalEntity, normalise


def complete_shared_surname(entity: LocalEntity, spans: list[Span], given: frozenset[str]) -> None:
    """A person's one-word name, a given name (``given``), that one of its mentions lists before
    "and" and a given name and a surname, takes that surname: the label names the person."""
    if entity.subtype != "Person" or " " in entity.name or not _given(entity.name, given):
        return
    surnames = {s for s in (_shared_surname(span, given) for span in spans) if s is not None}
    if len(surnames) != 1:
        return
    name = f"{entity.name} {surnames.pop()}"
    entity.name, entity.key = name, f"{entity.type}:{normalise(name)}"
    entity.aliases[name] += 1


def _shared_surname(span: Span, given: frozenset[str]) -> str | None:
    """The surname of the full name after "and" when the span is one given name before it."""
    doc = span.doc
    if len(span) != 1 or span.end + 2 >= len(doc) or doc[span.end].lower_ != "and":
        return None
    other = next((e for e in doc.ents if e.start == span.end + 1 and e.label_ == "PERSON"), None)
    if other is None or len(other) < 2 or not all(_name_word(t.text) for t in other):
        return None
    return other[-1].text if _given(other[0].text, given) else None


def _given(word: str, given: frozenset[str]) -> bool:
    return without_accents(word.lower()) in given


def _name_word(text: str) -> bool:
    return text[:1].isupper() and text.replace("-", "").replace("'", "").isalpha()


__all__ = ["complete_shared_surname"]
