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

from spacy.tokens import Doc, Span, Token

from graphbuild.extract.posts import post_words
from graphbuild.lexicons import Lexicons
from graphbuild.model import Mention, Relation, Triple, evolve
from graphbuild.resolve.compounds import compound_owner
from graphbuild.resolve.coref import PRONOUNS, antecedent, token_owners, with_missed_names
from graphbuild.resolve.entities import LocalEntity, expanded_span, mention_words, normalise
from graphbuild.resolve.frames import NON_PARTNER_PREPOSITIONS, frame_edges
from graphbuild.resolve.kept_objects import argument_relation, held_as, predicative
from graphbuild.resolve.mentions.titles import post_nouns
from graphbuild.resolve.nominal import NOMINAL_PREPOSITIONS, coordinated, nominal_edges
from graphbuild.resolve.noun_phrase_triples import DERIVED_CONFIDENCE, mention_of
from graphbuild.resolve.owned_heads import acting_parts, through_head, with_share
from graphbuild.resolve.patients import unsplit
from graphbuild.resolve.phrase_edges import phrase_edges
from graphbuild.resolve.reported import REPORTED_CONTENT_CONFIDENCE, about, content_subject, said_content
from graphbuild.resolve.time_places import TIME_POINT_ROLES, time_places
from graphbuild.resolve.titles import country_edges, demonym_edges, name_forms, with_nested_names

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
# Role nouns whose holders stand for the group they belong to ("members of X said": X said).
MEMBERS = frozenset({"member", "fighter", "militant"})
# The relation that says two phrases are one thing, when its words end in a form of it ("is", not
# "is vulnerable to").
COPULA = "be"
BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being", "'s", "am"})
# The lemma of a name listed after a plural ("X is one of Y's sons"): X holds the plural's role too.
MEMBER_OF = "be one of"
# Argument prepositions that place a fact, and so its object too.
PLACE_ROLES = frozenset({"in", "near", "inside", "outside", "within"})
# The subtype of a role's node ("president of Venezuela"): no name to link a phrase to.
ROLE = "Role"
PERSON = "Person"
# Argument roles that are not prepositions (time, manner; "according to X"): no edge.
NON_PREPOSITION_ROLES = frozenset({"", "time", "manner", "purpose"}) | NON_PARTNER_PREPOSITIONS
# A passive's agent preposition: the doer's, never the argument's ("was shot by X in Y" -> shot in Y).
AGENT_PREPOSITION = "by"


def phrase_span(doc: Doc, mention: Mention) -> Span | None:
    """The tokens of a mention (its characters expanded to whole tokens)."""
    span = expanded_span(doc, mention.start, mention.end)
    return span if span is not None and len(span) else None


def inner_tokens(
    span: Span, *, clauses: bool = True, shallow: bool = False, owners: bool = True
) -> Iterator[Token]:
    """The phrase's root, then every token reached from it through ``INNER_DEPS``, ``INNER_PREPOSITIONS``
    or (with ``clauses``) a content clause's participants, breadth first, inside the phrase.

    ``shallow`` keeps to the root's coordinations and appositions: "in support of X" does not put a
    fact in X, "in A and B" puts it in both. Without ``owners``, possessors are not reached; a
    name's possessor never is ("Denmark's Queen Margrethe II announced": Denmark did not).
    """
    root = span.root  # found anew at each ``span.root``
    seen = {root.i}
    frontier = [root]
    yield root
    for _ in range(MAX_DEPTH):
        nxt = []
        for token in frontier:
            for child in token.children:
                if not span.start <= child.i < span.end or child.i in seen:
                    continue
                targets: list[Token] = []
                verb = token.pos_ in ("VERB", "AUX") and clauses
                if child.dep_ == "conj" and unsplit(token):
                    targets = []  # "between A and B", "A or B": no fact holds of one member alone
                elif shallow:
                    targets = [child] if child.dep_ in ("conj", "appos") else []
                elif child.dep_ == "poss" and (not owners or token.pos_ == "PROPN"):
                    targets = []  # "Denmark's Queen Margrethe II": a name's possessor is its setting
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
    owners: bool = True,
    renames: bool = False,
) -> list[tuple[LocalEntity, Mention]]:
    """The entities a phrase names, each with a mention of just its words, head entity first."""
    span = phrase_span(doc, mention)
    if span is None:
        return []
    if shallow and span.root.pos_ in ("VERB", "AUX"):
        return []  # "in defeating X": a clause, not a place or partner
    found: list[tuple[LocalEntity, Mention]] = []
    keys: set[str] = set()
    for token in inner_tokens(span, clauses=clauses, shallow=shallow, owners=owners):
        entity = owner.get(token.i)
        if entity is None:  # "the Red Valley Front" when the mention stops before the head
            entity = compound_owner(token, owner, lexicons, renamed=renames)
        words: tuple[int, int] | None = None
        if entity is None and token.lower_ in PRONOUNS and token.i != span.root.i and token.dep_ != "poss":
            entity = antecedent(token, owner, lexicons)
            words = (token.i, token.i + 1)
        if entity is None or entity.key in keys:
            continue
        if entity.generic and token.i != span.root.i and span.root.pos_ in ("VERB", "AUX"):
            continue  # "said forces destroyed vehicles": a reported clause's common nouns are no one
        if words is None:
            words = mention_words(entity, token)
        keys.add(entity.key)
        start, end = max(words[0], span.start), min(words[1], span.end)
        text = doc[start:end].text if end > start else token.text
        char_start = doc[start].idx if end > start else token.idx
        found.append((entity, Mention(text, char_start, char_start + len(text), entity.key, entity.name)))
    return found


# The entity type of a person's name, and the subtype of a person entity.
PERSON_ENTITY = "PERSON"
PERSON_SUBTYPE = "Person"


def _person_head(doc: Doc, mention: Mention, owner: dict[int, LocalEntity]) -> bool:
    """A phrase headed by a person's name ("Ana Ruiz of Lund University", "Ana Ruiz from
    Sweden", "Spain's King Felipe VI"): the person acts for herself; where she works or comes from
    does not act with her (the name is NER's or, where NER missed it, a person entity's)."""
    span = phrase_span(doc, mention)
    if span is None:
        return False
    entity = owner.get(span.root.i)
    return span.root.ent_type_ == PERSON_ENTITY or (entity is not None and entity.subtype == PERSON_SUBTYPE)


def _role_head(doc: Doc, mention: Mention, lexicons: Lexicons) -> bool:
    """A phrase headed by a role noun ("the police chief of X", "Chile's health minister"), not by
    a member noun ("fighters of X" act as X)."""
    span = phrase_span(doc, mention)
    if span is None:
        return False
    lemma = span.root.lemma_.lower()
    members = (lexicons.terms("member_nouns"), lexicons.terms("force_nouns"), MEMBERS)
    return lemma in lexicons.terms("role_nouns") and not any(lemma in words for words in members)


def role_owners(
    doc: Doc, mention: Mention, owner: dict[int, LocalEntity], lexicons: Lexicons
) -> list[tuple[Relation, tuple[LocalEntity, Mention]]]:
    """The entities a role phrase names as whose the role is, with the relation ``be <noun> of``:
    "the President of Y", "Y's head", "head of Y and Z" (only the head noun's own ``of`` or
    possessive: in "head of Y's police" the head is of the police, not of Y)."""
    span = phrase_span(doc, mention)
    if span is None or span.root.pos_ not in ("NOUN", "PROPN") or span.root.i in owner:
        return []
    root = span.root
    words = [c for c in root.children if c.dep_ == "poss"]
    words += [
        p
        for c in root.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    label = f"be {post_words(root, lexicons)[1]} of"
    out = []
    for word in (t for w in words for t in coordinated(w)):
        entity = owner.get(word.i)
        if entity is not None and span.start <= word.i < span.end:
            out.append((Relation(label, label), (entity, mention_of(entity, word))))
    return out


def _placement(relation: Relation) -> bool:
    """ "X is in Y" said of a phrase: "the United States' program in Afghanistan" places the
    program, "Labor's performance in Queensland" the performance; not their owners."""
    words = relation.lemma.split()
    return len(words) == 2 and words[0] == COPULA and words[1] in PLACE_ROLES


def _primary(mention: Mention, found: list[tuple[LocalEntity, Mention]]) -> list[tuple[LocalEntity, Mention]]:
    """The phrase's entities, the one the triple is already linked to standing for itself."""
    if mention.entity_id is None:
        return found
    return [(e, mention if e.key == mention.entity_id else m) for e, m in found]


def derived_triples(
    doc: Doc, triple: Triple, owner: dict[int, LocalEntity], lexicons: Lexicons
) -> list[Triple]:
    """The edges a triple's phrases add: entity pairs of subject x object and subject x argument."""
    # a copula (or a ``predicative`` verb) equates two heads: "Chile's minister is X" makes no Chile X;
    # a role holds of its head: "X is head of Y's guard" makes X no head of Y
    words = triple.relation.text.lower().split()
    identity = (triple.relation.lemma == COPULA and bool(words) and words[-1] in BE_FORMS) or predicative(
        triple.relation
    )
    lemma = triple.relation.lemma.split(" ")
    role = identity or (lemma[0] == COPULA and lemma[-1] == "of")
    # a role holder acts for itself: "the police chief of X said" is no "X said"
    found = phrase_entities(
        doc,
        triple.subject,
        owner,
        lexicons,
        clauses=False,
        shallow=role or _person_head(doc, triple.subject, owner),
        owners=not (_passive_subject(doc, triple) or _placement(triple.relation)),
    )
    if _role_head(doc, triple.subject, lexicons):
        whose = {e.key for _, (e, _) in role_owners(doc, triple.subject, owner, lexicons)}
        found = [(e, m) for e, m in found if e.key not in whose]
    subjects = _primary(triple.subject, acting_parts(doc, triple, found, owner, lexicons))
    if not subjects:
        return []
    # only a reporting verb's content clause gives its participants: "committed to defeating X" is no
    # "commit to X"; the verb frames give "defeat X" its own label
    reporting = triple.relation.lemma.split(" ")[0] in lexicons.terms("reporting_verbs")
    found = phrase_entities(
        doc, triple.object, owner, lexicons, clauses=reporting, shallow=role, renames=identity
    )
    if reporting:
        found = [(e, m) for e, m in found if m is triple.object or content_subject(doc, m)]
    objects = _primary(triple.object, found)
    pairs: list[tuple[Mention, Relation, Mention, str]] = []
    # "X said that Y had fired ...": X spoke about Y; "X said Y" is not what the sentence says
    inner = about(triple.relation) if reporting else triple.relation
    object_span = None if reporting else phrase_span(doc, triple.object)
    for _, s in subjects:
        for _, o in objects:
            if s.entity_id != o.entity_id and (s is not triple.subject or o is not triple.object):
                words = phrase_span(doc, o) if object_span is not None else None
                relation = inner  # "controls most of X": with_share keeps "most of" in the end's text
                if object_span is not None and words is not None:  # "responsible for X's death"
                    relation = through_head(object_span, words, inner, owner, lexicons)
                pairs.append((with_share(doc, s, lexicons), relation, with_share(doc, o, lexicons), "inner"))
    if identity or triple.relation.lemma == MEMBER_OF:  # "X, the President of Y" -> (X, be president of, Y)
        for holders, phrase in ((subjects, triple.object), (objects, triple.subject)):
            for role_relation, (_, owned) in role_owners(doc, phrase, owner, lexicons):
                relation = held_as(role_relation, triple.relation)  # "served as mayor of"
                pairs.extend(
                    (h, relation, owned, "inner") for _, h in holders if h.entity_id != owned.entity_id
                )
    naming = triple.relation.lemma.split(" ")[0] in lexicons.terms("naming_verbs")
    # "born in 1924 in X"; not a duration: "left for three months in X" left for X
    object_role = triple.relation.lemma.split(" ")[-1]
    for role, phrase in ((object_role, triple.object), *((a.role, a.mention) for a in triple.arguments)):
        for prep, _, place in time_places(doc, phrase, owner) if role.lower() in TIME_POINT_ROLES else ():
            verb = _verb_part(triple.relation.lemma)
            relation = Relation(f"{_verb_part(triple.relation.text)} {prep}", f"{verb} {prep}")
            pairs.extend(
                (s, relation, place, "argument") for _, s in subjects if s.entity_id != place.entity_id
            )
    for argument in () if naming else triple.arguments:  # "called al-Qaeda in Aceh": part of the name
        if argument.role.lower() in NON_PREPOSITION_ROLES or " " in argument.role:
            continue
        relation = Relation(
            f"{_verb_part(triple.relation.text)} {argument.role}",
            f"{_verb_part(triple.relation.lemma)} {argument.role.lower()}",
        )
        # "filled the vacancy with X": no "filled with X" (see ``kept_objects``)
        done = argument_relation(doc, triple, argument.role, relation, lexicons)
        inside = phrase_entities(doc, argument.mention, owner, lexicons, shallow=True)
        for _, a in inside:
            for _, s in subjects if done is not None else []:
                if s.entity_id != a.entity_id:
                    pairs.append((s, done, a, "argument"))
        if argument.role.lower() in PLACE_ROLES:
            # "destroyed a depot near X": what the act touched was there too
            located = Relation(f"be {argument.role}", f"be {argument.role.lower()}")
            for _, o in objects[:1]:
                for _, a in inside:
                    if o.entity_id != a.entity_id:
                        pairs.append((o, located, a, "argument"))
    out = []
    seen: set[tuple[str | None, str, str | None]] = set()
    said = (said_content(triple),) if reporting else ()
    for s, relation, o, how in pairs:
        reported = reporting and how == "inner" and relation is inner
        scale = REPORTED_CONTENT_CONFIDENCE if reported else DERIVED_CONFIDENCE
        key = (s.entity_id, relation.lemma, o.entity_id)
        if key in seen or len(out) >= MAX_DERIVED:
            continue
        seen.add(key)
        out.append(
            evolve(
                triple,
                subject=s,
                relation=relation,
                object=o,
                arguments=said if reported else (),
                confidence=round(triple.confidence * scale, 3),
                derived=how,
            )
        )
    return out


# The subject of a passive clause: what the act was done to.
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass"})


def _passive_subject(doc: Doc, triple: Triple) -> bool:
    """The subject of a passive clause is what the act was done to, and its owner is not: "the
    captain's duties will be handed to X" hands over no captain, "the firm's offices were searched"
    searched no firm. Its possessors give no edge of the clause."""
    span = phrase_span(doc, triple.subject)
    return span is not None and span.root.dep_ in PASSIVE_SUBJECT_DEPS


def _verb_part(relation: str) -> str:
    """ "returned to" -> "returned": the object's preposition is not the argument's ("returned from"),
    nor is a passive's "by" ("was executed by" -> "was executed in")."""
    words = relation.split(" ")
    last = words[-1].lower()
    own = last in NOMINAL_PREPOSITIONS or last == AGENT_PREPOSITION
    return " ".join(words[:-1]) if len(words) > 1 and own else relation


def node_names(entities: Iterable[LocalEntity]) -> dict[str, LocalEntity]:
    """Each name form (folded) of exactly one named node of the document -> that node. A person's
    one-word form is left out: a surname the linker left unlinked may be a relative's or another
    person's ("Cummings" when two are named)."""
    seen: dict[str, LocalEntity | None] = {}
    for entity in entities:
        if entity.generic or entity.subtype == ROLE:
            continue
        for form in name_forms(entity):
            if entity.subtype == PERSON and len(form.split()) < 2:
                continue
            key = normalise(form)
            seen[key] = entity if seen.get(key, entity) is entity else None
    return {key: entity for key, entity in seen.items() if entity is not None}


def named_end(mention: Mention, names: dict[str, LocalEntity]) -> Mention:
    """An end left unlinked whose whole text is a node's name is that node: "be leader of [Hamas]"
    when the name sits inside the person's role phrase, "be president of [United States]" when its
    words are the title of the subject's own mention."""
    if mention.entity_id is not None or not any(c.isupper() for c in mention.text):
        return mention
    entity = names.get(normalise(mention.text))
    return mention if entity is None else evolve(mention, entity_id=entity.key, entity_label=entity.name)


def with_named_ends(triple: Triple, names: dict[str, LocalEntity], roles: frozenset[str | None]) -> Triple:
    """The triple, its unlinked subject and object linked to the node they name, if any; not an
    identity ("X is Y": two names of one thing, or a misread list) nor a fact about a role's node."""
    triple = without_self_loop(triple)
    words = triple.relation.text.lower().split()
    if triple.relation.lemma == COPULA and bool(words) and words[-1] in BE_FORMS:
        return triple
    if roles & {triple.subject.entity_id, triple.object.entity_id}:
        return triple
    named = evolve(triple, subject=named_end(triple.subject, names), object=named_end(triple.object, names))
    return without_self_loop(named)


def without_self_loop(triple: Triple) -> Triple:
    """A triple whose two ends resolved to one entity keeps its text but links only its subject."""
    if triple.subject.entity_id is not None and triple.subject.entity_id == triple.object.entity_id:
        return evolve(triple, object=evolve(triple.object, entity_id=None, entity_label=None))
    return triple


def link_inner_entities(
    doc: Doc, entities: list[LocalEntity], triples: Iterable[Triple], lexicons: Lexicons
) -> list[Triple]:
    """Each linked triple (self-loops unlinked), followed by the edges its phrases add."""
    entities = with_nested_names(doc, entities, post_nouns(lexicons))
    owner = with_missed_names(doc, token_owners(entities))
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
    names = node_names(entities)
    roles = frozenset(e.key for e in entities if e.subtype == ROLE)
    for triple in triples:
        add(with_named_ends(triple, names, roles), extracted=True)
    for triple in list(out):
        for extra in derived_triples(doc, triple, owner, lexicons):
            add(extra)

    # a noun phrase's relation is a fact of its own; a verb frame only adds pairs nothing joined yet
    def ours(triple: Triple) -> Triple:  # the document's id, as the extracted triples carry it
        return evolve(triple, provenance=evolve(triple.provenance, doc_id=doc_id)) if doc_id else triple

    nominal = [*nominal_edges(doc, owner, lexicons), *demonym_edges(doc, entities, owner, lexicons)]
    nominal += phrase_edges(doc, owner, lexicons)
    for extra in [*nominal, *country_edges(doc, entities)]:
        add(ours(extra))
    for extra in frame_edges(doc, owner, lexicons):
        add(ours(extra), new_pair_only=True)
    return out


__all__ = ["derived_triples", "link_inner_entities", "phrase_entities", "without_self_loop"]
