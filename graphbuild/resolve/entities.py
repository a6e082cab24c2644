"""Entities within one document and across documents.

Within a document, mentions are grouped into local entities (same normalised name, acronyms
defined in the text, surnames of people named in full) and triple arguments are linked to the
entity they are about, pronouns to their antecedent. Across documents, local entities with the same
normalised name and type become one ``Entity``, and every merge is recorded.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from graphbuild.iri import entity_iri
from graphbuild.model import Entity, Mention, Triple
from graphbuild.resolve.mentions import EntityMention

# Pronouns resolved to an antecedent, with the entity types they can stand for.
_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
_THING_PRONOUNS = frozenset({"it", "its", "itself"})
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
PRONOUNS = _PERSON_PRONOUNS | _PLURAL_PRONOUNS | _THING_PRONOUNS | _RELATIVE_PRONOUNS
_DETERMINERS = re.compile(r"^(the|a|an|this|that|these|those)\s+", re.IGNORECASE)


def normalise(name: str) -> str:
    """The key two surface forms must share to be merged: case, determiners, possessives folded."""
    name = _DETERMINERS.sub("", " ".join(name.split()))
    name = re.sub(r"\s*'s$|’s$", "", name)
    return name.lower().replace("-", " ").replace(".", "")


@dataclass
class LocalEntity:
    """An entity as seen in one document."""

    key: str
    name: str
    type: str
    subtype: str
    aliases: Counter[str] = field(default_factory=Counter)
    mentions: int = 0
    codes: dict[str, str] = field(default_factory=dict)
    token_spans: list[tuple[int, int]] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


@dataclass
class DocumentEntities:
    """The local entities of a document and its triples linked to them (ids are local keys)."""

    entities: list[LocalEntity]
    triples: list[Triple]


def group_mentions(doc: Doc, mentions: list[EntityMention]) -> list[LocalEntity]:
    """Group a document's mentions into local entities (name, acronym and surname rules)."""
    by_key: dict[str, LocalEntity] = {}
    order: list[LocalEntity] = []
    acronyms = defined_acronyms(doc, mentions)
    for m in mentions:
        key = f"{m.type}:{normalise(m.name)}"
        target = by_key.get(key)
        reason = "same name"
        if target is None and m.text in acronyms:
            target, reason = by_key.get(acronyms[m.text]), f"acronym defined in text: {m.text}"
        if target is None and m.subtype == "Person" and len(m.text.split()) == 1:
            target = next(
                (
                    e
                    for e in order
                    if e.subtype == "Person" and len(e.name.split()) > 1 and e.name.split()[-1] == m.text
                ),
                None,
            )
            reason = "surname of a person named in full"
        if target is None:
            target = LocalEntity(key, m.name, m.type, m.subtype, codes=dict(m.codes))
            by_key[key] = target
            order.append(target)
        elif reason != "same name":
            target.reasons.append(reason)
        target.aliases[m.text] += 1
        target.mentions += 1
        target.token_spans.append((m.start, m.end))
    return order


def defined_acronyms(doc: Doc, mentions: list[EntityMention]) -> dict[str, str]:
    """``Long Name (LN)`` in the text: the acronym maps to the long name's entity key."""
    table: dict[str, str] = {}
    for m in mentions:
        end = m.end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            acronym = doc[end + 1].text
            if acronym.isupper() and 2 <= len(acronym) <= 8:
                table[acronym] = f"{m.type}:{normalise(m.name)}"
    return table


def link_triples(doc: Doc, entities: list[LocalEntity], triples: Iterable[Triple]) -> list[Triple]:
    """Point each triple's subject and object at the local entity it is about, if any."""
    owner: dict[int, LocalEntity] = {}
    for entity in entities:
        for start, end in entity.token_spans:
            for i in range(start, end):
                owner[i] = entity
    return [
        replace(t, subject=_link(doc, t.subject, owner), object=_link(doc, t.object, owner)) for t in triples
    ]


def _link(doc: Doc, mention: Mention, owner: dict[int, LocalEntity]) -> Mention:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return mention
    root = span.root
    entity = owner.get(root.i)
    if entity is None:
        # "Libyan leader Muammar Gaddafi's caches": the owner of a possessive or compound modifier
        for token in span:
            if token.i in owner and token.head.i == root.i:
                entity = owner[token.i]
                break
    if entity is None and root.lower_ in PRONOUNS:
        entity = antecedent(root, owner)
    if entity is None:
        return mention
    return replace(mention, entity_id=entity.key, entity_label=entity.name)


def antecedent(pronoun, owner: dict[int, LocalEntity]) -> LocalEntity | None:
    """The most recent compatible entity before a pronoun (same sentence first, then earlier)."""
    word = pronoun.lower_
    if word in _RELATIVE_PRONOUNS:
        head = pronoun.head.head if pronoun.head.dep_ == "relcl" else None
        return owner.get(head.i) if head is not None else None
    for i in range(pronoun.i - 1, max(-1, pronoun.i - 200), -1):
        entity = owner.get(i)
        if entity is None:
            continue
        if word in _PERSON_PRONOUNS and entity.subtype == "Person":
            return entity
        if word in _PLURAL_PRONOUNS and entity.type == "Actor" and entity.subtype != "Person":
            return entity
        if word in _THING_PRONOUNS and entity.subtype != "Person" and entity.type != "Region":
            return entity
    return None


def merge_entities(
    per_document: list[tuple[str, list[LocalEntity]]], base: str
) -> tuple[list[Entity], dict[tuple[str, str], str]]:
    """One ``Entity`` per (type, normalised name) across documents, with its merges recorded.

    Returns the entities (sorted by IRI, so output is deterministic) and a map from
    ``(doc_id, local key)`` to entity IRI.
    """
    merged: dict[str, Entity] = {}
    mapping: dict[tuple[str, str], str] = {}
    for doc_id, entities in per_document:
        for local in entities:
            iri = entity_iri(base, local.type, local.name)
            entity = merged.get(iri)
            if entity is None:
                entity = Entity(iri, local.name, local.type, local.subtype)  # type: ignore[arg-type]
                merged[iri] = entity
            elif doc_id not in entity.docs:
                entity.merges.append(
                    {"doc": doc_id, "reason": "same name and type in another document", "score": 1.0}
                )
            for alias, _count in sorted(local.aliases.items()):
                if alias not in entity.aliases:
                    entity.aliases.append(alias)
            for reason in local.reasons:
                entity.merges.append({"doc": doc_id, "reason": reason, "score": 1.0})
            entity.mentions += local.mentions
            entity.codes.update(local.codes)
            if doc_id not in entity.docs:
                entity.docs.append(doc_id)
            mapping[(doc_id, local.key)] = iri
    return sorted(merged.values(), key=lambda e: e.id), mapping
