"""Across documents: the same entity in two articles becomes one node, every merge recorded.

Three rules, strongest first, each leaving a ``{"doc", "alias", "reason", "score"}`` record in
``Entity.merges`` so a reader can audit or undo it: the same normalised name and type (score 1.0);
a name that another document gave as an alias of a named entity of the same type, such as an
acronym it defined (0.9); a short form of exactly one person named in full elsewhere (0.8).
Common-noun actors and places ("the officials", "the camp") stay per document unless tied to a
country; weapon nouns name kinds of weapon and merge.
"""

from __future__ import annotations

from graphbuild.iri import entity_iri
from graphbuild.model import Entity
from graphbuild.resolve.canonical import TRUSTED_SOURCES, short_form_of, short_forms
from graphbuild.resolve.entities import LocalEntity, normalise


def merge_entities(
    per_document: list[tuple[str, list[LocalEntity]]], base: str
) -> tuple[list[Entity], dict[tuple[str, str], str]]:
    """One ``Entity`` per real-world thing across documents, with its merges recorded.

    Returns the entities (sorted by IRI, so output is deterministic) and a map from
    ``(doc_id, local key)`` to entity IRI.
    """
    merged: dict[str, Entity] = {}
    sources: dict[str, str] = {}
    generic: dict[str, bool] = {}
    by_name: dict[tuple[str, str], str] = {}
    mapping: dict[tuple[str, str], str] = {}
    pending: list[tuple[str, LocalEntity]] = []
    for doc_id, entities in per_document:
        for local in entities:
            key = (local.type, normalise(local.name))
            if _document_bound(local):
                key = (local.type, f"{normalise(local.name)} @{doc_id}")
            iri = by_name.get(key)
            if iri is None:
                pending.append((doc_id, local))
                iri = entity_iri(
                    base,
                    local.type,
                    local.name if key[1] == normalise(local.name) else f"{local.name} {doc_id}",
                )
                by_name[key] = iri
                merged.setdefault(iri, Entity(iri, local.name, local.type, local.subtype))  # type: ignore[arg-type]
                generic[iri] = local.generic
                _absorb(merged[iri], doc_id, local, sources, reason=None)
            else:
                _absorb(
                    merged[iri],
                    doc_id,
                    local,
                    sources,
                    reason=("same name and type in another document", 1.0),
                )
            mapping[(doc_id, local.key)] = iri
    _fold_aliases(merged, generic, mapping)
    return sorted(merged.values(), key=lambda e: e.id), mapping


def _document_bound(local: LocalEntity) -> bool:
    """ "The officials" of one article are not those of another: common-noun actors and places stay
    per document, unless tied to a country ("president of Iraq"). Weapon nouns name kinds and merge."""
    return local.generic and local.type in ("Actor", "Region") and "country" not in local.codes


def _absorb(
    entity: Entity,
    doc_id: str,
    local: LocalEntity,
    sources: dict[str, str],
    *,
    reason: tuple[str, float] | None,
) -> None:
    if reason is not None and doc_id not in entity.docs:
        entity.merges.append({"doc": doc_id, "alias": local.name, "reason": reason[0], "score": reason[1]})
    if local.source in TRUSTED_SOURCES and sources.get(entity.id) not in TRUSTED_SOURCES:
        entity.subtype = local.subtype
        sources[entity.id] = local.source
    sources.setdefault(entity.id, local.source)
    for alias in sorted(local.aliases):
        if alias not in entity.aliases:
            entity.aliases.append(alias)
    for record in local.reasons:
        entity.merges.append({"doc": doc_id, **record})
    entity.mentions += local.mentions
    for k, v in local.codes.items():
        entity.codes.setdefault(k, v)
    if doc_id not in entity.docs:
        entity.docs.append(doc_id)


def _fold_aliases(
    merged: dict[str, Entity],
    generic: dict[str, bool],
    mapping: dict[tuple[str, str], str],
) -> None:
    """Fold a named entity into another that lists its name as an alias, or a short person name."""
    alias_of: dict[tuple[str, str], set[str]] = {}
    for entity in merged.values():
        if generic[entity.id]:
            continue
        for alias in entity.aliases:
            if normalise(alias) != normalise(entity.label):
                alias_of.setdefault((entity.type, normalise(alias)), set()).add(entity.id)
    persons = [e.label for e in merged.values() if e.subtype == "Person" and len(e.label.split()) > 1]
    persons.sort(key=lambda n: (-len(n.split()), n))
    person_forms = short_forms(persons)
    person_iri = {e.label: e.id for e in merged.values() if e.subtype == "Person"}
    moved: dict[str, tuple[str, str, float]] = {}
    for entity in list(merged.values()):
        if generic[entity.id]:
            continue
        owners = alias_of.get((entity.type, normalise(entity.label)), set()) - {entity.id}
        if len(owners) == 1:
            moved[entity.id] = (owners.pop(), "alias of a named entity in another document", 0.9)
            continue
        if entity.type == "Actor" and entity.subtype in ("Person", "Organization"):
            full = short_form_of(entity.label, person_forms)
            if full is not None and person_iri.get(full) not in (None, entity.id):
                moved[entity.id] = (
                    person_iri[full],
                    "short form of a person named in full in another document",
                    0.8,
                )
    for source_id, (target_id, reason, score) in moved.items():
        seen = {source_id}
        while target_id in moved and target_id not in seen:  # follow chains to a node that stays
            seen.add(target_id)
            target_id = moved[target_id][0]
        if target_id in seen or target_id not in merged or source_id not in merged:
            continue
        source, target = merged.pop(source_id), merged[target_id]
        for doc_id in source.docs:
            target.merges.append({"doc": doc_id, "alias": source.label, "reason": reason, "score": score})
            if doc_id not in target.docs:
                target.docs.append(doc_id)
        for alias in source.aliases:
            if alias not in target.aliases:
                target.aliases.append(alias)
        target.merges.extend(source.merges)
        target.mentions += source.mentions
        for k, v in source.codes.items():
            target.codes.setdefault(k, v)
        for key, iri in mapping.items():
            if iri == source_id:
                mapping[key] = target_id


__all__ = ["merge_entities"]
