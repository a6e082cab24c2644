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
from graphbuild.model import Mention, Provenance, Relation, Triple
from graphbuild.resolve.coref import PRONOUNS, antecedent, token_owners
from graphbuild.resolve.entities import LocalEntity, sentence_bounds
from graphbuild.resolve.frames import country_edges, demonym_edges, frame_edges

# Links inside a noun phrase that lead to another thing the phrase names.
# (Not compounds: "U.S. Army General X" is X, not the army; nominal_pairs relates the two.)
INNER_DEPS = frozenset({"appos", "conj", "poss"})
# Prepositions whose object is named by the phrase: "fighters of X", "weapons including X",
# "groups such as X", "arms like X", "one among X".
INNER_PREPOSITIONS = frozenset({"of", "including", "like", "as", "among", "incl"})
# The participants of a clause given as content ("warned that X could attack Y").
CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "attr", "dative", "oprd"})
# A phrase is walked this many links deep: "convoys of weapons including missiles".
MAX_DEPTH = 4
# At most this many derived edges per triple, nearest-to-head first: a long list adds noise.
MAX_DERIVED = 8
# Derived triples are a little less sure than the triple they come from.
DERIVED_CONFIDENCE = 0.9
# Prepositions that tie a noun to another thing in a noun phrase: "militants in X", "fighters of X",
# "a spokesman for X", "rebels from X", "talks with X", "strikes against X", "troops near X".
NOMINAL_PREPOSITIONS = frozenset(
    {
        "of",
        "in",
        "at",
        "from",
        "for",
        "with",
        "against",
        "near",
        "inside",
        "on",
        "to",
        "within",
        "across",
        "into",
        "outside",
    }
)
# Entity labels of places.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Argument prepositions that place a fact, and so its object too.
PLACE_ROLES = frozenset({"in", "near", "inside", "outside", "within"})
# Argument roles that are not prepositions (time and manner fill them), hence no edge.
NON_PREPOSITION_ROLES = frozenset({"", "time", "manner", "purpose"})


def phrase_span(doc: Doc, mention: Mention) -> Span | None:
    """The tokens of a mention (its characters expanded to whole tokens)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def inner_tokens(span: Span, *, clauses: bool = True, shallow: bool = False) -> Iterator[Token]:
    """The phrase's root, then every token reached from it through ``INNER_DEPS``, ``INNER_PREPOSITIONS``
    or (with ``clauses``) a content clause's participants, breadth first, inside the phrase.

    ``shallow`` keeps to the root's coordinations and appositions: "in support of X" does not put a
    fact in X, "in A and B" puts it in both.
    """
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
                verb = token.pos_ in ("VERB", "AUX") and clauses
                if shallow:
                    targets = [child] if child.dep_ in ("conj", "appos") else []
                elif child.dep_ in INNER_DEPS or (verb and child.dep_ in CLAUSE_DEPS):
                    targets = [child]
                elif child.dep_ == "prep" and (child.lower_ in INNER_PREPOSITIONS or verb):
                    targets = [c for c in child.children if c.dep_ == "pobj"]
                elif child.dep_ in ("ccomp", "xcomp", "conj") and verb:
                    targets = [child]  # "warned that X would attack Y": the content clause's participants
                for target in targets:
                    if span.start <= target.i < span.end and target.i not in seen:
                        seen.add(target.i)
                        nxt.append(target)
                        yield target
        frontier = nxt


def phrase_entities(
    doc: Doc,
    mention: Mention,
    owner: dict[int, LocalEntity],
    lexicons: Lexicons,
    *,
    clauses: bool = True,
    shallow: bool = False,
) -> list[tuple[LocalEntity, Mention]]:
    """The entities a phrase names, each with a mention of just its words, head entity first."""
    span = phrase_span(doc, mention)
    if span is None:
        return []
    if shallow and span.root.pos_ in ("VERB", "AUX"):
        return []  # "in defeating X": a clause, not a place or partner
    found: list[tuple[LocalEntity, Mention]] = []
    keys: set[str] = set()
    for token in inner_tokens(span, clauses=clauses, shallow=shallow):
        entity = owner.get(token.i)
        if entity is None:  # "the Red Valley Front" when the mention stops before the head
            entity = next((owner[c.i] for c in token.lefts if c.dep_ == "compound" and c.i in owner), None)
        words: tuple[int, int] | None = None
        if entity is None and token.lower_ in PRONOUNS and token.i != span.root.i and token.dep_ != "poss":
            entity = antecedent(token, owner, lexicons)
            words = (token.i, token.i + 1)
        if entity is None or entity.key in keys:
            continue
        if entity.generic and token.i != span.root.i and span.root.pos_ in ("VERB", "AUX"):
            continue  # "said forces destroyed vehicles": a reported clause's common nouns are no one
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
    subjects = _primary(triple.subject, phrase_entities(doc, triple.subject, owner, lexicons, clauses=False))
    if not subjects:
        return []
    # only a reporting verb's content clause gives its participants: "committed to defeating X" is no
    # "commit to X"; the verb frames give "defeat X" its own label
    reporting = triple.relation.lemma.split(" ")[0] in lexicons.terms("reporting_verbs")
    found = phrase_entities(doc, triple.object, owner, lexicons, clauses=reporting)
    objects = _primary(triple.object, found)
    pairs: list[tuple[Mention, Relation, Mention, str]] = []
    for _, s in subjects:
        for _, o in objects:
            if s.entity_id != o.entity_id and (s is not triple.subject or o is not triple.object):
                pairs.append((s, triple.relation, o, "inner"))
    for argument in triple.arguments:
        if argument.role.lower() in NON_PREPOSITION_ROLES or " " in argument.role:
            continue
        relation = Relation(
            f"{triple.relation.text} {argument.role}", f"{triple.relation.lemma} {argument.role.lower()}"
        )
        inside = phrase_entities(doc, argument.mention, owner, lexicons, shallow=True)
        for _, a in inside:
            for _, s in subjects:
                if s.entity_id != a.entity_id:
                    pairs.append((s, relation, a, "argument"))
        if argument.role.lower() in PLACE_ROLES:
            # "destroyed a depot near X": what the act touched was there too
            located = Relation(f"be {argument.role}", f"be {argument.role.lower()}")
            for _, o in objects[:1]:
                for _, a in inside:
                    if o.entity_id != a.entity_id:
                        pairs.append((o, located, a, "argument"))
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


def _mention_of(entity: LocalEntity, token: Token) -> Mention:
    doc = token.doc
    start, end = next(((s, e) for s, e in entity.token_spans if s <= token.i < e), (token.i, token.i + 1))
    span = doc[start:end]
    return Mention(span.text, span.start_char, span.end_char, entity.key, entity.name)


def _targets(token: Token) -> list[Token]:
    """A word and the words coordinated with it: "in A and B"."""
    out = [token]
    for t in out:
        out.extend(c for c in t.children if c.dep_ == "conj" and c not in out)
    return out


def nominal_pairs(token: Token, owner: dict[int, LocalEntity]) -> Iterator[tuple[Token, str, Token]]:
    """``(head, label, dependant)`` word pairs a noun phrase relates: ``X of/in/for Y``, ``Y's X``,
    ``Y-based X`` ("be in"), a name or noun modifying another ("ISIL tanks": have)."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return
    if token.i not in owner:
        # "the A and B areas of X": the names modifying an unnamed head stand for it
        heads = [t for c in token.lefts if c.dep_ == "compound" and c.i in owner for t in _targets(c)]
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in NOMINAL_PREPOSITIONS and child.lower_ != "of":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    yield from ((h, f"be {child.lower_}", t) for h in heads for t in _targets(pobj))
            elif child.dep_ == "prep" and child.lower_ == "of":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    yield from (
                        (h, "be in", t) for h in heads for t in _targets(pobj) if t.ent_type_ in PLACE_ENTS
                    )
        return
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in NOMINAL_PREPOSITIONS:
            label = "of" if child.lower_ == "of" else f"be {child.lower_}"
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                for target in _targets(pobj):
                    yield token, label, target
        elif child.dep_ == "poss":
            for target in _targets(child):
                yield target, "have", token
        elif child.dep_ == "appos":
            yield token, "be in" if child.ent_type_ in ("GPE", "LOC") else "be", child
        elif child.i < token.i and child.dep_ in ("compound", "amod", "nmod", "npadvmod"):
            # "ISIL-held building", "U.S.-led coalition", "Y-based Z", "ISIL tanks"
            words = [t for t in child.subtree if t.i in owner]
            verb = next((t for t in child.subtree if t.tag_ == "VBN"), None)
            if verb is None and not _owner_modifier(child, owner):
                continue
            label = (
                "be based in"
                if verb is not None and verb.lower_ == "based"
                else verb.lemma_.lower()
                if verb
                else "have"
            )
            for word in words[-1:]:
                if label == "be based in":
                    yield token, label, word
                else:
                    yield word, label, token


def _owner_modifier(child: Token, owner: dict[int, LocalEntity]) -> bool:
    """A name before a noun that owns or fields it ("ISIL tanks", "al-Qaida vehicles"), not a kind
    ("IED facilities") nor one of a list ("U.S., German and Canadian companies")."""
    entity = owner.get(child.i)
    return (
        child.dep_ in ("compound", "nmod")
        and child.pos_ == "PROPN"
        and entity is not None
        and entity.type == "Actor"
        and not any(c.dep_ in ("cc", "conj") for c in child.children)
    )


def nominal_edges(doc: Doc, owner: dict[int, LocalEntity]) -> list[Triple]:
    """The relations noun phrases state between two entities, one triple each, sentence by sentence."""
    out: list[Triple] = []
    for index, (first, last) in enumerate(sentence_bounds(doc)):
        sent = doc[first:last]
        provenance = None  # made for the sentence's first edge: most sentences have none
        for token in sent:
            for head, label, dependant in nominal_pairs(token, owner):
                source, target = owner.get(head.i), owner.get(dependant.i)
                if source is None or target is None or source.key == target.key:
                    continue
                if provenance is None:
                    text = sent.text.rstrip()
                    provenance = Provenance("", index, text, sent.start_char, sent.start_char + len(text))
                out.append(
                    Triple(
                        _mention_of(source, head),
                        Relation(label, label),
                        _mention_of(target, dependant),
                        provenance,
                        confidence=DERIVED_CONFIDENCE,
                        derived="nominal",
                    )
                )
    return out


def link_inner_entities(
    doc: Doc, entities: list[LocalEntity], triples: Iterable[Triple], lexicons: Lexicons
) -> list[Triple]:
    """Each linked triple (self-loops unlinked), followed by the edges its phrases add."""
    owner = token_owners(entities)
    out: list[Triple] = []
    known: set[tuple[str | None, str, str | None, int]] = set()
    pairs: set[tuple[str | None, str | None, int]] = set()

    def add(triple: Triple, *, new_pair_only: bool = False, extracted: bool = False) -> None:
        s, o, n = triple.subject.entity_id, triple.object.entity_id, triple.provenance.sentence_index
        key = (s, triple.relation.lemma, o, n)
        if not extracted and (key in known or (new_pair_only and ((s, o, n) in pairs or (o, s, n) in pairs))):
            return  # an extracted triple is always kept; a derived one only when it adds an edge
        known.add(key)
        pairs.add((s, o, n))
        out.append(triple)

    triples = list(triples)
    doc_id = triples[0].provenance.doc_id if triples else ""
    for triple in triples:
        add(without_self_loop(triple), extracted=True)
    for triple in list(out):
        for extra in derived_triples(doc, triple, owner, lexicons):
            add(extra)

    # a noun phrase's relation is a fact of its own; a verb frame only adds pairs nothing joined yet
    def ours(triple: Triple) -> Triple:  # the document's id, as the extracted triples carry it
        return replace(triple, provenance=replace(triple.provenance, doc_id=doc_id)) if doc_id else triple

    nominal = [*nominal_edges(doc, owner), *demonym_edges(doc, entities, owner, lexicons)]
    for extra in [*nominal, *country_edges(doc, entities)]:
        add(ours(extra))
    for extra in frame_edges(doc, owner, lexicons):
        add(ours(extra), new_pair_only=True)
    return out


__all__ = ["derived_triples", "link_inner_entities", "phrase_entities", "without_self_loop"]
