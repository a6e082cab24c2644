"""Edges from each verb's and each event noun's participants, sentence by sentence.

Triples keep one subject and one object phrase per clause; many facts sit deeper: a purpose clause
("worked to defeat X"), a participle ("forces operating in X"), a relative clause ("who will fly
missions against X"), an event noun ("U.S. airstrikes against X", "the fight against X", "the
attacks in A and B"). Here every verb gets its agents (its subject, the ``by`` phrase of a passive,
else the subject its clause inherits or the noun a participle modifies) and its patients (its
object, the objects of its prepositions, and what those name through ``of``, ``including``,
coordination or an event noun's ``against``/``on``), and each agent entity gets an edge to each
patient entity, labelled with the verb's lemma and preposition, with the clause's negation,
modality and speaker.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from spacy.tokens import Doc, Token

from graphbuild.extract.attribution import attribution_of
from graphbuild.extract.coordination import stranded_subject
from graphbuild.extract.fronted import written_area
from graphbuild.extract.narrated_modals import ranked_infinitive, told_infinitive
from graphbuild.extract.participles import AGENT_ENTITIES, consequence_subject
from graphbuild.extract.qualifiers import (
    ALLEGED,
    INTENDED,
    is_infinitive,
    is_negated,
    modality_of,
)
from graphbuild.lexicons import Lexicons
from graphbuild.model import Mention, Provenance, Relation, Triple
from graphbuild.nlp import children_with, has_child, sentence_indices, span_text, token_table
from graphbuild.resolve.compounds import compound_owner, one_in_place, setting_word
from graphbuild.resolve.coref import RESOLVED_PRONOUNS, antecedent
from graphbuild.resolve.entities import LocalEntity, sentence_bounds
from graphbuild.resolve.event_nouns import event_actors, is_nominal, placed_targets, prefixed
from graphbuild.resolve.of_owners import of_owner
from graphbuild.resolve.owned_heads import standing_heads
from graphbuild.resolve.patients import patients, placed, with_conjuncts

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Clauses whose missing subject is the subject of the clause they hang from.
INHERITING_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp"})
# Word classes of a word that can carry a frame: a noun (``is_nominal``), or a verb or auxiliary.
FRAME_POS = frozenset({"NOUN", "VERB", "AUX"})
# Prepositions of a gerund that the verb's object does ("accused X of", "blamed X for", "stopped X
# from", "charged X with").
CONTROL_PREPOSITIONS = frozenset({"of", "for", "from", "with"})
# Passives whose subject is a means, not a doer, of their purpose ("it is used to train doctors").
INSTRUMENT_VERBS = frozenset({"use", "employ", "design", "build", "make", "need", "intend", "mean"})
# Hostile acts that coordinated doers carry out together ("A and B attacked X": allies in it).
JOINT_ACTS = frozenset({"fight", "bomb", "invade", "capture", "seize", "defeat", "liberate", "retake"})
# Where a hostile act that did something to a passive's subject stands ("killed in a US raid").
SETTING_PREPOSITIONS = frozenset({"in", "during"})
# Intransitives whose subject undergoes the act they are set in, with the act the doer did
# ("died in an Israeli airstrike": killed).
UNDERGONE_VERBS = {"die": "kill", "perish": "kill"}
FRAME_CONFIDENCE = 0.7
MAX_HOPS = 4  # "meets to plan and coordinate efforts to counter X": four links to the doer
# Verbs that link a subject to its predicate adjective or participle ("remains committed to").
COPULAR_VERBS = frozenset({"be", "remain", "stay", "become"})
# Adverbs that make a subject's "with" phrase a second doer ("X, together with Y, attacked Z").
COMITATIVE_ADVERBS = frozenset({"together", "along"})
# Participles read as prepositions that name a source or leave a member out, not a partner of the
# act: "will crack down, according to X" is X's word; "met the leaders, excluding X" did not meet X.
NON_PARTNER_PREPOSITIONS = frozenset({"excluding", "according"})


def _entity(
    token: Token, owner: dict[int, LocalEntity], lexicons: Lexicons, seen: dict[int, LocalEntity | None]
) -> LocalEntity | None:
    """The entity ``token`` names or stands for; ``seen`` keeps each token's answer for the Doc
    (a pronoun is an argument of several clauses, and finding its antecedent is the costly part)."""
    if token.i not in seen:
        seen[token.i] = _token_entity(token, owner, lexicons)
    return seen[token.i]


def _owner_of_named(token: Token, owner: dict[int, LocalEntity]) -> bool:
    """A name in the possessive before another name ("Traralgon's Rowen Hore", "Honolulu's H-1
    Freeway"): the named thing takes part, and has its own edge; its owner only describes it."""
    if token.dep_ != "poss":
        return False
    own, named = owner.get(token.i), owner.get(token.head.i)
    return own is not None and named is not None and named.key != own.key


def _token_entity(token: Token, owner: dict[int, LocalEntity], lexicons: Lexicons) -> LocalEntity | None:
    entity = owner.get(token.i)
    if entity is None:  # "the Red Valley Front" when the mention stops before the head
        entity = compound_owner(token, owner, lexicons)
    if entity is None and token.lower_ in RESOLVED_PRONOUNS:
        entity = antecedent(token, owner, lexicons)
    return entity


def _standing_for(
    token: Token, owner: dict[int, LocalEntity], lexicons: Lexicons, seen: dict[int, LocalEntity | None]
) -> Token:
    """A participant with no entity of its own, by the word of its ``of`` phrase it stands for
    ("support for the Government of Iraq in the fight against X": Iraq fights X)."""
    if _entity(token, owner, lexicons, seen) is not None:
        return token
    return of_owner(token, owner, lexicons) or token


def _one_in_place(noun: Token, source: LocalEntity, events: frozenset[str]) -> bool:
    """ "a Darfur village near Nyala", "a U.S. state on the Gulf": one of a place's villages or
    states, no act of the place's; "a US airstrike on X" (an event noun) still is the country's."""
    return one_in_place(noun, source) and noun.lemma_.lower() not in events


def governor(clause: Token) -> Token:
    """The word a clause hangs from, over the preposition of a gerund ("committed to defeating")."""
    return clause.head.head if clause.dep_ == "pcomp" and clause.head.pos_ == "ADP" else clause.head


def _object_controlled(verb: Token) -> bool:
    """An infinitive complement ("asked X to give") or a gerund after a control preposition
    ("accused X of smuggling"): what its governor's object, if any, does."""
    if verb.dep_ == "xcomp":
        return is_infinitive(verb)
    return verb.dep_ == "pcomp" and verb.head.lower_ in CONTROL_PREPOSITIONS


def agents(
    verb: Token, control_nouns: frozenset[str] = frozenset(), bound: frozenset[str] = frozenset()
) -> list[Token]:
    """Who does what the verb says: its subject, a passive's ``by`` phrase, or what the clause inherits.

    A passive's subject is its verb's patient but the doer of its complement ("X is committed to
    defeating Y", "X was told to leave"); a control noun's infinitive is done by the noun's owner
    ("its determination to defeat Y", "stepped up efforts to counter Y", "began its operation to
    isolate Y"); the complement of a copula's participle or ``bound`` adjective is done by the
    copula's subject ("X remains committed to attacking Y").
    """
    complement = False  # reached from an infinitive or gerund complement, not a conjunct
    for _ in range(MAX_HOPS):
        passive = children_with(verb, ("nsubjpass",))
        table = token_table(verb.doc)
        deps = {table.dep[c] for c in table.children[verb.i]}
        if not complement and "auxpass" in deps and not passive and "agent" not in deps:
            return []  # "after being released from prison": what it inherits is its patient
        if passive and complement and verb.lemma_.lower() not in INSTRUMENT_VERBS:
            # ("was forced by Y to retreat": X retreats)
            return [t for f in passive for t in with_conjuncts(f)]
        found = children_with(verb, ("nsubj", "csubj"))
        found = [f for f in found if not written_area(f, found)]  # "a court in Perth, WA": the court
        found += [p for c in children_with(verb, ("agent",)) for p in children_with(c, ("pobj",))]
        found += [s for s in (stranded_subject(verb),) if s is not None]  # "took X and rebels will go"
        if found:
            doers = [t for f in found for t in with_conjuncts(f) for t in (t, *comitatives(t))]
            return doers + comitatives(verb, before=verb.i)
        if passive:  # the verb's own patient ("was captured and burned": the conjunct is passive too)
            return []
        noun = verb.head
        if verb.dep_ == "acl" and is_infinitive(verb) and noun.lemma_.lower() in control_nouns:
            owners = children_with(noun, ("poss",))
            if owners:
                return owners
            if noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX"):
                return []
            verb = noun.head  # "X stepped up efforts to counter Y": X's efforts
            continue
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return with_conjuncts(verb.head)  # "forces operating in X", "a unit which fled to X"
        head = governor(verb)
        if _object_controlled(verb) and head.lemma_.lower() not in INSTRUMENT_VERBS:
            # "asked the pundits to give X", "accused X of smuggling Y": the object does it, not who asked
            objects = [c for c in children_with(head, ("dobj",)) if c.i < verb.i]
            if objects and objects[0].lemma_.lower() in control_nouns:
                # "X began its operation to isolate Y", the infinitive hung on the verb: the plan's
                # owner does it, else whoever began it
                owners = children_with(objects[0], ("poss",))
                if owners:
                    return owners
                verb, complement = head, True
                continue
            if objects:
                return with_conjuncts(objects[0])
        if passive_predicate(head, bound) and verb.dep_ in ("xcomp", "pcomp"):
            # "X is committed to defeating Y" parsed as a copula and its participle: as the passive
            verb, complement = head.head, True
            continue
        if verb.dep_ not in INHERITING_DEPS or head.pos_ not in ("VERB", "AUX"):
            return []  # ("focused on defeating X": the gerund's doer is the participle's)
        if (subject := consequence_subject(verb)) is not None and subject.ent_type_ in AGENT_ENTITIES:
            return []  # "Acme hid a spill, resulting in a lawsuit against X": the hiding resulted
        # ("were killed to keep them silent": a passive's purpose clause is its hidden doer's)
        complement = verb.dep_ in ("xcomp", "pcomp")
        verb = head
    return []


def passive_predicate(word: Token, bound: frozenset[str]) -> bool:
    """A past participle the parse made a copula's complement ("is committed", "remains determined"),
    a passive whose subject the parse gave the copula, or an adjective of being bound to an act
    (``bound``, ``lexicons/bound_adjectives.txt``): either way the copula's subject does the act."""
    if word.dep_ != "acomp" or word.head.lemma_.lower() not in COPULAR_VERBS:
        return False
    return word.tag_ == "VBN" or word.lower_ in bound


def comitatives(word: Token, before: int | None = None) -> list[Token]:
    """ "X, together with Y, attacked Z", "X, along with Y, …", "X alongside Y …": Y does it too.

    With ``before``, the phrases of a verb that stand before that index (between its subject and
    it): after the verb, "arrested X along with Y" makes Y a patient, not a doer."""
    found = []
    for prep in children_with(word, ("prep",)):
        if before is not None and prep.i > before:
            continue
        if prep.lower_ == "alongside" or (
            prep.lower_ == "with" and has_child(prep, ("advmod",), COMITATIVE_ADVERBS)
        ):
            objects = children_with(prep, ("pobj",))
        elif prep.lower_ in COMITATIVE_ADVERBS:  # "along with Y" read as "along" -> "with" -> Y
            objects = [
                p for w in children_with(prep, ("prep",), ("with",)) for p in children_with(w, ("pobj",))
            ]
        else:
            continue
        found += [t for p in objects for t in with_conjuncts(p)]
    return found


def event_doers(
    verb: Token, events: frozenset[str], owner: dict[int, LocalEntity]
) -> Iterator[tuple[Token, Token, str]]:
    """ "X was killed in a US operation", "two fighters died in an Israeli airstrike": a passive (or
    an intransitive undergone) with no ``by`` phrase, set in a hostile act whose modifier names an
    actor or a country carries it out; that doer did it to the subject. (A city modifying the act,
    "a Mogadishu bombing", is where it happened, not who did it.)"""
    if has_child(verb, ("agent", "dobj")):
        return
    undergoers = children_with(verb, ("nsubjpass",))
    if not undergoers and verb.lemma_.lower() in UNDERGONE_VERBS:
        undergoers = children_with(verb, ("nsubj",))
    if not undergoers:
        return
    for prep in children_with(verb, ("prep",), SETTING_PREPOSITIONS):
        for event in (c for c in children_with(prep, ("pobj",)) if c.lemma_.lower() in events):
            doers = [  # "a US counter-terrorism operation": the name may modify the modifier
                t
                for c in event.lefts
                for t in c.subtree
                if t.dep_ in ("poss", "compound", "amod", "nmod")
                and t.pos_ in ("PROPN", "ADJ")
                and not prefixed(t)
                and t.i in owner
                and (owner[t.i].type == "Actor" or owner[t.i].subtype == "Country")
            ]
            label = UNDERGONE_VERBS.get(verb.lemma_.lower(), verb.lemma_.lower())
            for doer in doers:
                for patient in (t for u in undergoers for t in with_conjuncts(u)):
                    yield doer, patient, label


def entity_mention(entity: LocalEntity, token: Token) -> Mention:
    """A mention of ``entity`` by the words of its mention that hold ``token``."""
    start, end = next(((s, e) for s, e in entity.token_spans if s <= token.i < e), (token.i, token.i + 1))
    span = token.doc[start:end]
    return Mention(span.text, span.start_char, span.end_char, entity.key, entity.name)


def _pairs(
    verb: Token,
    doers: list[Token],
    attacks: frozenset[str],
    places: frozenset[str],
    reciprocal: frozenset[str] = frozenset(),
    standing: frozenset[str] | None = None,
) -> Iterator[tuple[Token, Token, str]]:
    """Every ``(source, target, label)`` word pair a verb's clause states; coordinated doers of a
    reciprocal verb or hostile act ("A and B met", "A and B attacked X") are joined to each other,
    every member of a longer list to every other ("A, B and C met": B met C too)."""
    for target, label in patients(verb, attacks, places, standing):
        for doer in doers:
            yield doer, target, label
    yield from placed(verb)
    undergone = any(d.dep_ == "nsubjpass" for d in doers) and (
        verb.tag_ == "VBN" or any(d.head == verb for d in doers)
    )
    if verb.lemma_.lower() not in reciprocal or undergone:
        return  # ("A and B closed their borders", "A and B were killed": nothing done together)
    members = doers[:1] + [b for b in doers[1:] if b.dep_ in ("conj", "appos")]
    for n, a in enumerate(members):  # "A and B met", "A and his counterparts, B and C, met"
        for b in members[n + 1 :]:
            yield a, b, f"{verb.lemma_.lower()} with"


def qualifiers(clause: Token, lexicons: Lexicons) -> tuple[bool, str | None]:
    """Negation and modality of a clause and of the clauses it hangs from ("did not send troops to
    fight X": not fought; "failed to shoot down X": not shot down); an infinitive's act is only
    ``intended`` ("sent troops to defeat X"); what one is accused or suspected of is ``alleged``."""
    negated, modality = is_negated(clause, lexicons), modality_of(clause, lexicons)
    unrealised, bound = lexicons.terms("negative_implicatives"), lexicons.terms("bound_adjectives")
    claims, hedges = lexicons.terms("claim_verbs"), lexicons.terms("hedges")
    ranked = ranked_infinitive(clause, lexicons)  # "the first American to win a medal": won
    told = told_infinitive(clause, lexicons)  # "began to shell X", "forced the firm to provide X": done
    if modality is None and is_infinitive(clause) and not (ranked or told):
        modality = INTENDED
    for _ in range(MAX_HOPS):
        head = governor(clause)
        # "is not committed to defeating X": through the participle or adjective to its copula
        inherits = clause.dep_ in INHERITING_DEPS or passive_predicate(clause, bound)
        if not inherits or (head.pos_ not in ("VERB", "AUX") and not passive_predicate(head, bound)):
            break
        if clause.dep_ == "conj" and has_child(clause, SUBJECT_DEPS):
            break  # "No one claimed it, but X had made threats": a clause of its own
        complement = clause.dep_ in ("xcomp", "pcomp")
        clause = head
        negated = negated or is_negated(clause, lexicons)
        negated = negated or (complement and clause.lemma_.lower() in unrealised)
        if complement and clause.lemma_.lower() in claims:  # "accused of killing X"
            modality = ALLEGED
        elif complement and clause.lemma_.lower() in hedges:  # "suspected of", "expected to"
            modality = clause.lower_
        modality = modality_of(clause, lexicons) or modality
    if modality is None and clause.dep_ == "acl" and is_infinitive(clause) and not ranked:
        modality = INTENDED  # "plans to join X in funding Y": the funding is planned too
    return negated, modality


def frame_edges(doc: Doc, owner: dict[int, LocalEntity], lexicons: Lexicons) -> list[Triple]:
    """One triple per entity pair of every verb's clause and every event noun, sentence by sentence.

    A clause's qualifiers are read only when it joins two entities: most clauses join none.
    """
    out: list[Triple] = []
    control, events = lexicons.terms("control_nouns"), lexicons.terms("event_nouns")
    bound = lexicons.terms("bound_adjectives")
    places, given = lexicons.terms("place_prepositions"), lexicons.terms("given_nouns")
    reciprocal = lexicons.terms("reciprocal_verbs") | events | JOINT_ACTS
    standing, attacks = standing_heads(lexicons), lexicons.terms("attack_verbs")
    seen: dict[int, LocalEntity | None] = {}
    pos = token_table(doc).pos
    for index, (first, last) in enumerate(sentence_bounds(doc)):
        sent = doc[first:last]
        provenance: Provenance | None = None
        for word in (doc[i] for i in sentence_indices(sent, pos, FRAME_POS)):  # the rest carry none
            nominal = is_nominal(word)
            if nominal:
                found = chain(
                    event_actors(word, events, places, given),
                    placed_targets(word, events, places),
                )
            elif word.pos_ in ("VERB", "AUX") and word.dep_ not in ("aux", "auxpass"):
                found = chain(
                    _pairs(word, agents(word, control, bound), attacks, places, reciprocal, standing),
                    event_doers(word, events, owner),
                )
            else:
                continue
            joined = []
            for a, b, label in found:
                if label.rsplit(" ", 1)[-1] in NON_PARTNER_PREPOSITIONS:
                    continue
                a, b = _standing_for(a, owner, lexicons, seen), _standing_for(b, owner, lexicons, seen)
                source, target = _entity(a, owner, lexicons, seen), _entity(b, owner, lexicons, seen)
                weak = nominal and a.pos_ not in ("PROPN", "PRON")
                if source is not None and weak and source.type != "Actor":
                    continue  # "hotel bombings": a common-noun modifier of an act is its target
                if nominal and source is not None and _one_in_place(word, source, events):
                    continue  # "a Darfur village near Nyala": one of the place's villages, not the place
                if _owner_of_named(a, owner) or _owner_of_named(b, owner):
                    continue  # "traded goals with Traralgon's Rowen Hore": with Hore, not Traralgon
                if target is not None and setting_word(b, target, lexicons):
                    continue  # "won the Nevada caucuses": the caucuses, not the state
                if source is not None and setting_word(a, source, lexicons):
                    continue  # "an NBC employee in Lisbon": the employee's place, not NBC's
                if source is not None and target is not None and source.key != target.key:
                    joined.append((entity_mention(source, a), label, entity_mention(target, b)))
            if not joined:
                continue
            clause = (
                word
                if not is_nominal(word)
                else next((t for t in word.ancestors if t.pos_ in ("VERB", "AUX")), word)
            )
            speaker = attribution_of(clause, lexicons)
            said = span_text(doc[speaker[0] : speaker[1]]) if speaker else None
            negated, modality = qualifiers(clause, lexicons)
            if provenance is None:
                text = span_text(sent).rstrip()
                provenance = Provenance("", index, text, sent.start_char, sent.start_char + len(text))
            for subject, label, object_ in joined:
                out.append(
                    Triple(
                        subject,
                        Relation(label, label),
                        object_,
                        provenance,
                        negated=negated,
                        modality=modality,
                        attributed_to=said,
                        confidence=FRAME_CONFIDENCE,
                        derived="frame",
                    )
                )
    return out


__all__ = [
    "agents",
    "entity_mention",
    "event_actors",
    "frame_edges",
    "is_nominal",
    "patients",
    "qualifiers",
]
