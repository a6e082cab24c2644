"""Small hand-built graphs for the viz tests: a handful of entities, or many random ones."""

from __future__ import annotations

import itertools
import random

from graphbuild.graph import KnowledgeGraph
from graphbuild.model import Document, Entity, Mention, Provenance, Relation, Sentence, Triple

_SENTENCE_NUMBERS = itertools.count()


RELATIONS = ("attack", "supply", "receive", "meet", "fight", "enter", "sell", "loot from")


def entity(key: str, etype: str = "Actor", subtype: str | None = None, mentions: int = 1, **kw) -> Entity:
    return Entity(
        id=f"https://example.org/{key}", label=key, type=etype, subtype=subtype, mentions=mentions, **kw
    )


def claim(s: Entity | None, rel: str, o: Entity | None, sentence: str, doc: str = "d1", **kw) -> Triple:
    def mention(e: Entity | None, fallback: str) -> Mention:
        return Mention(e.label, 0, 1, e.id, e.label) if e else Mention(fallback, 0, 1)

    return Triple(
        subject=mention(s, "someone"),
        relation=Relation(rel, rel),
        object=mention(o, "something"),
        provenance=Provenance(doc, next(_SENTENCE_NUMBERS), sentence, 0, len(sentence)),
        **kw,
    )


def small_graph() -> KnowledgeGraph:
    """Two armed groups, a weapon, a country, a lonely facility and one half-resolved claim."""
    rebels = entity("Rebels", "Actor", "ArmedGroup", mentions=9, aliases=["the rebels", "Rebels"])
    army = entity("Army", "Actor", "Organization", mentions=4)
    rifles = entity("rifles", "Weapon", "SmallArm", mentions=2)
    country = entity("Freedonia", "Region", "Country", mentions=5, codes={"iso3166": "FD"})
    depot = entity("depot", "Other", "Facility", mentions=1)
    docs = [Document("d1", "", "", date="2011-05-11"), Document("d2", "", "", date="2011-06-01")]
    triples = [
        claim(rebels, "receive", rifles, "Rebels received rifles.", confidence=0.9),
        claim(rebels, "receive", rifles, "The rebels got rifles again.", doc="d2", confidence=0.6),
        claim(army, "attack", rebels, "The army did not attack rebels.", negated=True, confidence=0.7),
        claim(army, "enter", country, "The army may enter Freedonia.", modality="may", confidence=0.5),
        claim(rebels, "fight", None, "Rebels fought someone.", confidence=0.8),
        claim(rebels, "be", rebels, "Rebels are rebels.", confidence=0.4),
    ]
    sentences = [
        Sentence(t.provenance.doc_id, t.provenance.sentence_index, t.provenance.sentence, 0, 1)
        for t in triples
    ]
    return KnowledgeGraph(docs, sentences, [rebels, army, rifles, country, depot], triples)


def synthetic_graph(n_nodes: int, n_edges: int, *, seed: int = 7) -> KnowledgeGraph:
    """``n_nodes`` entities and ``n_edges`` triples, each on a distinct (subject, object, relation)."""
    rng = random.Random(seed)
    types = [("Actor", "Person"), ("Actor", "ArmedGroup"), ("Weapon", "SmallArm"), ("Region", "Country")]
    entities = []
    for i in range(n_nodes):
        etype, subtype = types[i % len(types)]
        entities.append(entity(f"{etype.lower()} {i}", etype, subtype, mentions=1 + rng.randrange(20)))
    docs = [Document(f"doc{d}", "", "", date=f"2011-{1 + d % 12:02d}-{1 + d % 28:02d}") for d in range(200)]
    seen: set[tuple[int, int, str]] = set()
    triples = []
    while len(triples) < n_edges:
        s, o, rel = rng.randrange(n_nodes), rng.randrange(n_nodes), rng.choice(RELATIONS)
        if s == o or (s, o, rel) in seen:
            continue
        seen.add((s, o, rel))
        doc = rng.choice(docs).id
        text = f"{entities[s].label} said to {rel} {entities[o].label} in report {len(triples)}."
        triples.append(
            claim(entities[s], rel, entities[o], text, doc=doc, confidence=rng.choice((0.5, 0.7, 0.9)))
        )
    return KnowledgeGraph(docs, [], entities, triples)
