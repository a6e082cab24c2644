"""What a parsed sentence yields (its edges, the entities its subjects link to), as labels, for the
resolve tests to look up."""

from __future__ import annotations

from spacy.language import Language


def derived_edges(
    nlp: Language, text: str, kind: str | None = None
) -> set[tuple[str, str, str, bool, str | None]]:
    """(subject, relation lemma, object, negated, modality) of each derived triple, of one kind if given."""
    doc = nlp(text)
    return {
        (t.subject.entity_label or "", t.relation.lemma, t.object.entity_label or "", t.negated, t.modality)
        for t in doc._.gb_triples
        if t.derived and (kind is None or t.derived == kind)
    }


def find_edge(edges, subject: str, lemma: str, obj: str) -> list:
    """The edges whose ends hold ``subject`` and ``obj`` and whose relation is ``lemma``."""
    return [e for e in edges if subject in e[0] and e[1] == lemma and obj in e[2]]


def linked_edges(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(subject, relation lemma, object) of every triple, extracted or derived, between two entities."""
    doc = nlp(text)
    return {
        (t.subject.entity_label or "", t.relation.lemma, t.object.entity_label or "")
        for t in doc._.gb_triples
        if t.subject.entity_id and t.object.entity_id
    }


def has_edge(edges: set[tuple[str, str, str]], subject: str, lemma: str, obj: str) -> bool:
    """Whether one of ``edges`` joins ``subject`` to ``obj`` by ``lemma`` (ends matched as substrings)."""
    return any(subject in s and lemma == r and obj in o for s, r, o in edges)


def subject_nodes(nlp: Language, text: str) -> dict[str, str | None]:
    """Each triple as "subject | relation" -> the entity its subject was linked to."""
    doc = nlp(text)
    return {f"{t.subject.text} | {t.relation.text}": t.subject.entity_label for t in doc._.gb_triples}
