"""Across documents: the same entity in two articles becomes one node, every merge recorded.

Three rules, strongest first, each leaving a ``{"doc", "alias", "reason", "score"}`` record in
``Entity.merges`` so a reader can audit or undo it: the same normalised name and type (score 1.0);
a name that another document gave as an alias of a named entity of the same type, such as an
acronym it defined (0.9); a short form of exactly one person named in full elsewhere (0.8). The
last two never join people of different articles whose names tell them apart (``person_clash``).
Common-noun actors and places ("the officials", "the camp") stay per document unless tied to a
country; weapon nouns name kinds of weapon and merge.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graphbuild.iri import entity_iri
from graphbuild.lexicons import Lexicons
from graphbuild.model import Entity
from graphbuild.resolve.canonical import TRUSTED_SOURCES
from graphbuild.resolve.entities import LocalEntity, normalise
from graphbuild.resolve.person_clash import PersonNames, clash_given_names, contradicts, local_names
from graphbuild.resolve.short_names import short_form_of, short_forms


@dataclass
class _Seen:
    """Sets beside each entity's ``docs`` and ``aliases`` lists, so a name found in thousands of
    articles costs a lookup per article, not a scan of every article before it."""

    docs: dict[str, set[str]] = field(default_factory=dict)
    aliases: dict[str, set[str]] = field(default_factory=dict)

    def add_doc(self, entity: Entity, doc_id: str) -> bool:
        docs = self.docs.get(entity.id)
        if docs is None:  # (setdefault would build the set on every call)
            docs = self.docs[entity.id] = set(entity.docs)
        if doc_id in docs:
            return False
        docs.add(doc_id)
        entity.docs.append(doc_id)
        return True

    def add_alias(self, entity: Entity, alias: str) -> None:
        aliases = self.aliases.get(entity.id)
        if aliases is None:
            aliases = self.aliases[entity.id] = set(entity.aliases)
        if alias not in aliases:
            aliases.add(alias)
            entity.aliases.append(alias)


def merge_entities(
    per_document: list[tuple[str, list[LocalEntity]]], base: str, lexicons: Lexicons
) -> tuple[list[Entity], dict[tuple[str, str], str]]:
    """One ``Entity`` per real-world thing across documents, with its merges recorded
    (``lexicons``: the configured ones, whose given names tell people apart).

    Returns the entities (sorted by IRI, so output is deterministic) and a map from
    ``(doc_id, local key)`` to entity IRI.
    """
    merged: dict[str, Entity] = {}
    sources: dict[str, str] = {}
    generic: dict[str, bool] = {}
    by_name: dict[tuple[str, str], str] = {}
    mapping: dict[tuple[str, str], str] = {}
    pending: list[tuple[str, LocalEntity]] = []
    seen = _Seen()
    names: dict[str, PersonNames] = {}
    given = clash_given_names(lexicons)
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
                merged.setdefault(iri, Entity(iri, local.name, local.type, local.subtype, node=local.node))  # type: ignore[arg-type]
                generic[iri] = local.generic
                _absorb(merged[iri], doc_id, local, sources, seen, reason=None)
            else:
                _absorb(
                    merged[iri],
                    doc_id,
                    local,
                    sources,
                    seen,
                    reason=("same name and type in another document", 1.0),
                )
            mapping[(doc_id, local.key)] = iri
            names.setdefault(iri, PersonNames()).add(local_names(local, entities, given))
    _fold_aliases(merged, generic, mapping, seen, names, given)
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
    seen: _Seen,
    *,
    reason: tuple[str, float] | None,
) -> None:
    new_doc = doc_id not in seen.docs.get(entity.id, ())
    entity.node = entity.node or local.node
    if reason is not None and new_doc:
        entity.merges.append({"doc": doc_id, "alias": local.name, "reason": reason[0], "score": reason[1]})
    if local.source in TRUSTED_SOURCES and sources.get(entity.id) not in TRUSTED_SOURCES:
        entity.subtype = local.subtype
        sources[entity.id] = local.source
    sources.setdefault(entity.id, local.source)
    for alias in sorted(local.aliases):
        seen.add_alias(entity, alias)
    for record in local.reasons:
        entity.merges.append({"doc": doc_id, **record})
    entity.mentions += local.mentions
    for k, v in local.codes.items():
        entity.codes.setdefault(k, v)
    seen.add_doc(entity, doc_id)


def _fold_aliases(
    merged: dict[str, Entity],
    generic: dict[str, bool],
    mapping: dict[tuple[str, str], str],
    seen: _Seen,
    names: dict[str, PersonNames],
    given: frozenset[str],
) -> None:
    """Fold a named entity into another that lists its name as an alias, or a short person name,
    unless the two are people whose names contradict (``person_clash``)."""
    alias_of: dict[tuple[str, str], set[str]] = {}
    for entity in merged.values():
        if generic[entity.id]:
            continue
        label = normalise(entity.label)
        for alias in entity.aliases:
            key = normalise(alias)
            # "Supreme Court" of "Supreme Court of Thailand" is every country's: another article's
            # bare "Supreme Court" is not Thailand's
            if key != label and not label.startswith(f"{key} of "):
                alias_of.setdefault((entity.type, key), set()).add(entity.id)
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
            owner = owners.pop()
            if not _people_apart(merged[entity.id], merged[owner], names, given):
                moved[entity.id] = (owner, "alias of a named entity in another document", 0.9)
            continue
        if entity.type == "Actor" and entity.subtype in ("Person", "Organization"):
            full = short_form_of(entity.label, person_forms)
            target = person_iri.get(full or "")
            if target not in (None, entity.id) and not contradicts(
                names[entity.id], names[target], entity.label, given
            ):
                moved[entity.id] = (
                    target,
                    "short form of a person named in full in another document",
                    0.8,
                )
    keys_of: dict[str, list[tuple[str, str]]] = {}
    if moved:
        for key, iri in mapping.items():
            keys_of.setdefault(iri, []).append(key)
    for source_id, (target_id, reason, score) in moved.items():
        chain = {source_id}
        while target_id in moved and target_id not in chain:  # follow chains to a node that stays
            chain.add(target_id)
            target_id = moved[target_id][0]
        if target_id in chain or target_id not in merged or source_id not in merged:
            continue
        source, target = merged.pop(source_id), merged[target_id]
        for doc_id in source.docs:
            target.merges.append({"doc": doc_id, "alias": source.label, "reason": reason, "score": score})
            seen.add_doc(target, doc_id)
        for alias in source.aliases:
            seen.add_alias(target, alias)
        target.merges.extend(source.merges)
        target.mentions += source.mentions
        target.node = target.node or source.node
        for k, v in source.codes.items():
            target.codes.setdefault(k, v)
        for key in keys_of.get(source_id, []):
            mapping[key] = target_id
        keys_of.setdefault(target_id, []).extend(keys_of.pop(source_id, []))


def _people_apart(
    source: Entity, target: Entity, names: dict[str, PersonNames], given: frozenset[str]
) -> bool:
    """Whether two nodes of different articles are people whose names tell them apart
    (``person_clash``); nodes sharing an article were already weighed by its own resolution."""
    if not set(source.docs).isdisjoint(target.docs):
        return False
    return contradicts(names[source.id], names[target.id], source.label, given)


__all__ = ["merge_entities"]
