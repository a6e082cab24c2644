"""Edges between the entities inside a triple's phrases, so every fact becomes a line of the network.

A triple's subject, object and prepositional arguments are phrases ("fighters of the Front",
"trucks of rifles including Type 56 rifles taken from the army's depots"); coreference links each
phrase to the entity of its head word. The entities the phrase names through grammar (its head,
``of``-complements, appositions, ``including``/``such as`` lists, coordinations, possessives, and
the participants of a reported clause) each take part in the fact too, so each pair becomes a
*derived* triple: the same relation, sentence and qualifiers, between the two entity mentions.

The original triple keeps the whole phrase as its text; a triple never links an entity to itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from graphbuild.lexicons import Lexicons
from graphbuild.model import Mention, Relation, Triple
from graphbuild.resolve.coref import PRONOUNS, antecedent, token_owners
from graphbuild.resolve.entities import LocalEntity

# Links inside a noun phrase that lead to another thing the phrase names.
INNER_DEPS = frozenset({"appos", "conj", "poss", "nmod", "compound"})
# Prepositions whose object is named by the phrase: "fighters of X", "weapons including X",
# "groups such as X", "arms like X", "one among X".
INNER_PREPOSITIONS = frozenset({"of", "including", "like", "as", "among", "incl"})
# The participants of a clause given as content ("warned that X could attack Y").
CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "attr"})
# A phrase is walked this many links deep: "convoys of weapons including missiles".
MAX_DEPTH = 4
# At most this many derived edges per triple, nearest-to-head first: a long list adds noise.
MAX_DERIVED = 8
# Derived triples are a little less sure than the triple they come from.
DERIVED_CONFIDENCE = 0.9
# Argument roles that are not prepositions (time and manner fill them), hence no edge.
NON_PREPOSITION_ROLES = frozenset({"", "time", "manner", "purpose"})


def phrase_span(doc: Doc, mention: Mention) -> Span | None:
    """The tokens of a mention (its characters expanded to whole tokens)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def inner_tokens(span: Span) -> Iterator[Token]:
    """The phrase's root, then every token reached from it through ``INNER_DEPS``, ``INNER_PREPOSITIONS``
    or a clause's participants, breadth first, inside the phrase."""
    seen = {span.root.i}
    frontier = [span.root]
    yield span.root
    for _ in range(MAX_DEPTH):
        nxt = []
        for token in frontier:
            for child in token.children:
                if not span.start <= child.i < span.end or child.i in seen:
                    continue
                targets: list[Token] = []
                if child.dep_ in INNER_DEPS or (token.pos_ in ("VERB", "AUX") and child.dep_ in CLAUSE_DEPS):
                    targets = [child]
                elif child.dep_ == "prep" and child.lower_ in INNER_PREPOSITIONS:
                    targets = [c for c in child.children if c.dep_ == "pobj"]
                elif child.dep_ in ("ccomp", "relcl", "acl") and token.pos_ in ("VERB", "AUX"):
                    targets = [child]  # "said that X, who…": the content clause's own participants
                for target in targets:
                    if span.start <= target.i < span.end and target.i not in seen:
                        seen.add(target.i)
                        nxt.append(target)
                        yield target
        frontier = nxt


def phrase_entities(
    doc: Doc, mention: Mention, owner: dict[int, LocalEntity], lexicons: Lexicons
) -> list[tuple[LocalEntity, Mention]]:
    """The entities a phrase names, each with a mention of just its words, head entity first."""
    span = phrase_span(doc, mention)
    if span is None:
        return []
    found: list[tuple[LocalEntity, Mention]] = []
    keys: set[str] = set()
    for token in inner_tokens(span):
        entity = owner.get(token.i)
        words: tuple[int, int] | None = None
        if entity is None and token.lower_ in PRONOUNS and token.i != span.root.i:
            entity = antecedent(token, owner, lexicons)
            words = (token.i, token.i + 1)
        if entity is None or entity.key in keys:
            continue
        if words is None:
            words = next(((s, e) for s, e in entity.token_spans if s <= token.i < e), (token.i, token.i + 1))
        keys.add(entity.key)
        start, end = max(words[0], span.start), min(words[1], span.end)
        text = doc[start:end].text if end > start else token.text
        char_start = doc[start].idx if end > start else token.idx
        found.append((entity, Mention(text, char_start, char_start + len(text), entity.key, entity.name)))
    return found


def _primary(mention: Mention, found: list[tuple[LocalEntity, Mention]]) -> list[tuple[LocalEntity, Mention]]:
    """The phrase's entities, the one the triple is already linked to standing for itself."""
    if mention.entity_id is None:
        return found
    return [(e, mention if e.key == mention.entity_id else m) for e, m in found]


def derived_triples(
    doc: Doc, triple: Triple, owner: dict[int, LocalEntity], lexicons: Lexicons
) -> list[Triple]:
    """The edges a triple's phrases add: entity pairs of subject x object and subject x argument."""
    subjects = _primary(triple.subject, phrase_entities(doc, triple.subject, owner, lexicons))
    subjects = [(e, m) for e, m in subjects if not e.generic or m is triple.subject]
    if not subjects:
        return []
    objects = _primary(triple.object, phrase_entities(doc, triple.object, owner, lexicons))
    pairs: list[tuple[Mention, Relation, Mention, str]] = []
    for _, s in subjects:
        for _, o in objects:
            if s.entity_id != o.entity_id and (s is not triple.subject or o is not triple.object):
                pairs.append((s, triple.relation, o, "inner"))
    for argument in triple.arguments:
        if argument.role.lower() in NON_PREPOSITION_ROLES:
            continue
        relation = Relation(
            f"{triple.relation.text} {argument.role}", f"{triple.relation.lemma} {argument.role.lower()}"
        )
        for _, a in phrase_entities(doc, argument.mention, owner, lexicons):
            for _, s in subjects:
                if s.entity_id != a.entity_id:
                    pairs.append((s, relation, a, "argument"))
    out = []
    seen: set[tuple[str | None, str, str | None]] = set()
    for s, relation, o, how in pairs:
        key = (s.entity_id, relation.lemma, o.entity_id)
        if key in seen or len(out) >= MAX_DERIVED:
            continue
        seen.add(key)
        out.append(
            replace(
                triple,
                subject=s,
                relation=relation,
                object=o,
                arguments=(),
                confidence=round(triple.confidence * DERIVED_CONFIDENCE, 3),
                derived=how,
            )
        )
    return out


def without_self_loop(triple: Triple) -> Triple:
    """A triple whose two ends resolved to one entity keeps its text but links only its subject."""
    if triple.subject.entity_id is not None and triple.subject.entity_id == triple.object.entity_id:
        return replace(triple, object=replace(triple.object, entity_id=None, entity_label=None))
    return triple


def link_inner_entities(
    doc: Doc, entities: list[LocalEntity], triples: Iterable[Triple], lexicons: Lexicons
) -> list[Triple]:
    """Each linked triple (self-loops unlinked), followed by the edges its phrases add."""
    owner = token_owners(entities)
    out: list[Triple] = []
    known = set()
    for triple in triples:
        triple = without_self_loop(triple)
        out.append(triple)
        known.add((triple.subject.entity_id, triple.relation.lemma, triple.object.entity_id, triple.provenance.sentence_index))
    for triple in list(out):
        for extra in derived_triples(doc, triple, owner, lexicons):
            key = (extra.subject.entity_id, extra.relation.lemma, extra.object.entity_id, extra.provenance.sentence_index)
            if key not in known:
                known.add(key)
                out.append(extra)
    return out


__all__ = ["derived_triples", "link_inner_entities", "phrase_entities", "without_self_loop"]
