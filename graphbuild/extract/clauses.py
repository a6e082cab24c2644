"""Verbal clauses: every finite and non-finite predicate with its subject (``subjects``), relation
(``relations``), object or clausal object and further arguments (time, place, manner), including
passives with agents, copulas, existentials and trailing reporting verbs. Facts marked ``variant``
restate one with other bounds.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from graphbuild.extract.adjuncts import (
    Adjunct,
    absolute_clause,
    adjuncts_of,
    conditions_of,
    conjunct_adjuncts,
    direction_before,
    idiom_adjuncts,
    idiom_words,
    object_predicatives,
)
from graphbuild.extract.antecedents import antecedent, called_an_act, object_gap
from graphbuild.extract.attribution import attribution_of
from graphbuild.extract.bounds import (
    CONCESSIVE_PREPOSITIONS,
    asked_subject,
    continuation,
    continues,
    first_conjunct_span,
    interrupts_quote,
    inverted_speaker,
    open_clause,
    with_comparison,
    without_time_zone,
)
from graphbuild.extract.completions import bare_complements, completing_clauses
from graphbuild.extract.facts import Fact
from graphbuild.extract.far_participles import unknown_doer
from graphbuild.extract.phrases import (
    TokenSpan,
    clause_span,
    completed_span,
    conjuncts_after,
    coordinated_span,
    noun_span,
    quote_ids,
    subtree,
    trim,
)
from graphbuild.extract.predicates import (
    PREDICATE_POS,
    broken_clause,
    clause_adjective,
    completed,
    framing_copula,
    is_predicate,
    optative,
    ranked_description,
    relative_opening,
    respective,
    scene_subject,
)
from graphbuild.extract.qualifiers import (
    QUOTED,
    denied_adverbs,
    denied_conjunct,
    fronted_content,
    is_denied,
    is_infinitive,
    is_negated,
    modality_of,
    own_sentence,
    stated_refusal,
)
from graphbuild.extract.relations import OBJ_DEPS, elided_passive, is_passive, relation_parts, verbless_head
from graphbuild.extract.respective import paired_facts, respective_pairs
from graphbuild.extract.restrictive import restricted_object
from graphbuild.extract.scope import across_semicolon
from graphbuild.extract.subjects import (
    WH_WORDS,
    counted_coordination,
    disagreeing_subject,
    disjunction,
    doubtful_subject,
    existential_span,
    generic_span,
    subjects,
    with_complement,
)
from graphbuild.lexicons import Lexicons
from graphbuild.model import evolve
from graphbuild.nlp import children_with, has_child, sentence_indices, token_table

# Clausal complements: reported content, beliefs, findings.
CLAUSE_DEPS = frozenset({"ccomp"})
# Relative and empty words that never stand as an argument.
EMPTY_WORDS = frozenset({"there"}) | WH_WORDS
# Prepositions that give examples ("including"): they attach to a noun, never join a relation.
EXAMPLE_MARKERS = frozenset({"including", "excluding", "like", "such", "unlike", "besides"})


def clause_complements(verb: Token, lexicons: Lexicons) -> list[Token]:
    """Clausal objects; one before the verb only for reporting verbs ("..., he adds")."""
    reporting = lexicons.terms("reporting_verbs")
    concessive = lexicons.terms("concessive_marks")
    return [
        c
        for c in children_with(verb, CLAUSE_DEPS)
        if not fronted_content(c)
        and not relative_opening(c)
        and c.left_edge.lower_ not in concessive  # "…, although whether X is unclear": the author's
        and (c.i > verb.i or (verb.lemma_.lower() in reporting and not across_semicolon(c, verb)))
        and not (c.i < verb.i and interrupts_quote(verb))
        and not continues(c)  # the rest of the clause before it, which the parser cut in two
    ]


def preceding_content(verb: Token, lexicons: Lexicons) -> TokenSpan | None:
    """The reported clause of a trailing reporting verb ("The group has grown, analysts say")."""
    head = verb.head
    if (
        verb.dep_ not in ("parataxis", "ccomp")
        or head.i > verb.i
        or verb.lemma_.lower() not in lexicons.terms("reporting_verbs")
        or across_semicolon(head, verb)
    ):
        return None
    if quote_ids(verb.doc)[verb.i] and not quote_ids(verb.doc)[head.i]:
        return None  # 'X told ARD "All that we know and can say …"': quoted words, no trailing speaker
    left = head.left_edge.i
    right = min(c.left_edge.i for c in subtree(verb))
    if right == 0 or not verb.doc[right - 1].is_punct:
        return None  # "CNN reported X was expected to…": no comma or quote sets a speaker off; content
    span = trim(verb.doc, left, right)
    return span if span[1] > span[0] else None


def direct_objects(verb: Token, subjs: list[Token], lexicons: Lexicons) -> tuple[list[Token], bool]:
    """The verb's objects (relative gaps filled by the antecedent), and whether they are borrowed
    from a later coordinated verb ("traders buy and sell stocks"); not one with its own subject."""
    direct = [c for c in children_with(verb, OBJ_DEPS) if c not in subjs]
    # "Lund, which police deemed an attack": the gap is the stabbing the sentence names, not Lund
    gaps = [o for o in direct if o.lower_ in WH_WORDS and not called_an_act(o, verb, lexicons)]
    direct = [antecedent(verb, lexicons) if o in gaps and verb.dep_ == "relcl" else o for o in direct]
    if (
        len(direct) > 1
        and any(o.lower_ in WH_WORDS and o.dep_ == "dobj" for o in direct)
        and all(o.dep_ != "dobj" for o in direct if o.lower_ not in WH_WORDS)
    ):
        return [], False  # "what he named the crisis": the object is "what", no fact of its own
    direct = [o for o in direct if o.lower_ not in WH_WORDS] or object_gap(verb, lexicons)  # "whom"
    if direct or verb.pos_ != "VERB" or verb.lemma_ == "be" or is_passive(verb):
        return direct, False
    if has_child(verb, ("prep", "agent", "ccomp", "xcomp")):
        return direct, False
    later = [c for c in children_with(verb, ("conj",)) if c.pos_ == "VERB" and not has_child(c, ("nsubj",))]
    shared = children_with(later[0], ("dobj",)) if later else []
    return shared, bool(shared)


def own_conjuncts(verb: Token, direct: list[Token]) -> list[Token]:
    """The objects and their conjuncts, except, inside a relative clause, a conjunct with a relative
    clause of its own ("between A who will waste money and B which will give ..."): that one is
    coordinated with the antecedent, whatever the parse says."""
    out = conjuncts_after(direct)
    if verb.dep_ != "relcl":
        return out
    return [o for o in out if o in direct or not has_child(o, ("relcl",))]


def object_span(verb: Token, obj: Token, lexicons: Lexicons) -> TokenSpan:
    """The object with the complement that completes it: an infinitive on the noun ("the second
    country to legalise cannabis") or one the object does ("mandating priests to report abuse",
    "asked the agency to determine ...")."""
    if restricted_object(obj, lexicons):
        # the clause says which one: "X and Y are the countries where abortion is legal", "will not
        # approve a budget that does not fund X" (not any budget)
        return completed_span(obj, noun_span(obj, restrictive=True, outside=verb), with_gerund=False)
    left, right = noun_span(obj)
    doc = obj.doc
    for c in children_with(obj, ("acl", "relcl")):
        if c.i > obj.i and is_infinitive(c) and doc[c.left_edge.i - 1].text != ",":
            right = max(right, c.right_edge.i + 1)
    controlled = completing_clauses(verb, obj)
    if controlled:
        right = max(right, controlled[0].right_edge.i + 1)
    while right - 1 > left and doc[right - 1].dep_ == "prep" and not any(doc[right - 1].children):
        right -= 1  # "able to bring the blaze under control by": a preposition left without its object
    return completed_span(obj, trim(doc, left, right), with_gerund=False)


def object_facts(
    this: Fact, verb: Token, obj: Token, adjuncts: list[Adjunct], kind: str, lexicons: Lexicons
) -> Iterator[Fact]:
    """Facts of one object: the subject-verb-object fact (n-ary) and its variants."""
    rel, args = this.relation, tuple(a.argument() for a in adjuncts)
    span, whole = noun_span(obj), with_comparison(verb, object_span(verb, obj, lexicons))
    inner = [c for c in children_with(obj, ("prep",)) if c.i > obj.i]
    pobj = children_with(inner[0], ("pobj",)) if inner else []
    if obj.dep_ == "acomp" and pobj:
        # "would be responsible only for X": the adjective and its preposition relate
        relation = (*rel, *range(span[0], inner[0].i + 1))
        yield evolve(
            this, relation=relation, object=coordinated_span(pobj[0]), arguments=args, kind=f"{kind}:prep"
        )
        yield evolve(this, object=span, arguments=args, kind=f"{kind}:object", variant=True)
        return
    yield evolve(this, object=whole, arguments=args, kind=f"{kind}:object")
    if whole != span:
        yield evolve(this, object=span, arguments=args, kind=f"{kind}:object", variant=True)
    full = noun_span(obj, restrictive=True, outside=verb)
    if full not in (span, whole):  # "a heavy coat that may have concealed a weapon"
        yield evolve(this, object=full, arguments=args, kind=f"{kind}:object", variant=True)
    if args:
        yield evolve(this, object=span, kind=f"{kind}:object", variant=True)
    for a in adjuncts:
        if a.marker is not None and a.marker.i > obj.i and span[1] - span[0] <= 4:
            # "filed charges against X": object and preposition inside the relation
            relation = (*rel, *range(span[0], span[1]), a.marker.i)
            rest = tuple(b.argument() for b in adjuncts if b is not a)
            yield evolve(
                this, relation=relation, object=a.span, arguments=rest, kind=f"{kind}:objprep", variant=True
            )
    if pobj and inner[0].i - span[0] <= 5:
        # "was a notable influence on X": the preposition of the object's noun
        relation = (*rel, *range(span[0], inner[0].i + 1))
        yield evolve(
            this,
            relation=relation,
            object=coordinated_span(pobj[0]),
            arguments=args,
            kind=f"{kind}:objprep",
            variant=True,
        )


def preposition_facts(this: Fact, verb: Token, adjuncts: list[Adjunct], kind: str) -> Iterator[Fact]:
    """A clause without object: "was born in X", the first preposition after the verb joining the
    relation (one before the verb if none follows); the others as variants."""
    markers = [a for a in adjuncts if a.marker is not None and a.marker.lower_ not in EXAMPLE_MARKERS]
    after = [a for a in markers if a.marker.i > verb.i]
    before = [a for a in markers if a.marker.i < verb.i]
    if has_child(verb, ("xcomp",)):
        before = []  # "In Colombia, X is expected to be judged": the infinitive's fact says it
    ordered = [a for a in after + before if not absolute_clause(a)]
    ordered += [a for a in after + before if absolute_clause(a)]
    for n, chosen in enumerate(ordered):
        if absolute_clause(chosen):
            n += 1  # "courts have shut, with staff working without pay": a circumstance, not a fact
        rest = tuple(b.argument() for b in adjuncts if b is not chosen)
        relation = (*this.relation, *direction_before(verb, chosen.marker, this.relation), chosen.marker.i)
        lemma = f"{this.lemma} {chosen.marker.lower_}"
        prep = evolve(
            this,
            relation=relation,
            object=chosen.span,
            lemma=lemma,
            kind=f"{kind}:prep",
            agentive=chosen.agent,
        )
        yield evolve(prep, arguments=rest, variant=n > 0 or this.variant)
        if rest and n == 0:
            yield evolve(prep, variant=True)


def clause_facts(verb: Token, lexicons: Lexicons) -> Iterator[Fact]:
    """Facts of one clause: subject x (object | clause | first prepositional object), n-ary.

    Facts marked ``variant`` restate a fact with other bounds (the object inside the relation, no
    further arguments, split conjuncts); Open IE benchmarks reward them, the graph skips them.
    """
    subjs = [s for s in subjects(verb, lexicons) if s.lower_ not in EMPTY_WORDS and s.dep_ != "expl"]
    fixed = lexicons.terms("fixed_expressions")
    if not subjs or _in_fixed_expression(verb, fixed):
        return
    light = idiom_words(verb, lexicons)
    direct, shared = direct_objects(verb, subjs, lexicons)
    direct = [o for o in direct if o.i not in light]
    direct, resultative, predicatives = object_predicatives(verb, direct)
    objects = own_conjuncts(verb, direct) or children_with(verb, ("acomp",))
    clauses = clause_complements(verb, lexicons)
    bare = [c for o in direct for c in bare_complements(verb, o)]
    clauses = [c for c in clauses if c not in bare]  # the object's own clause, with it (object_span)
    broken = [o for o in direct if broken_clause(verb, o, lexicons)]
    if broken:  # "said a law allowing X marked a sad day": the reported clause, whole
        objects = [o for o in objects if o not in broken]
        clauses = [*broken, *clauses]
    speech = verb.lemma_.lower() in lexicons.terms("reporting_verbs")
    adjuncts = adjuncts_of(verb, lexicons, fixed=fixed, means=lexicons.terms("means_nouns"), speech=speech)
    adjuncts = [a for a in adjuncts + conditions_of(verb) if a.marker is None or a.marker.i not in light]
    adjuncts = idiom_adjuncts(verb, light, fixed, lexicons) + adjuncts  # "got in touch with X": the idiom's
    adjuncts += predicatives
    if verb.lemma_ == "be":  # "despite X, there are no plans": a concession is no place of being
        adjuncts = [a for a in adjuncts if a.marker is None or a.marker.lower_ not in CONCESSIVE_PREPOSITIONS]
    existential = has_child(verb, ("expl",)) and not any(a.marker is not None for a in adjuncts)
    if existential:
        # "there is no control in the north": the noun's place is the verb's argument; its "of" is
        # its own complement ("there are reports of fighting" states no "reports are of fighting")
        own = [
            a
            for a in adjuncts_of(subjs[0], lexicons, deps=frozenset({"prep"}), fixed=fixed)
            if a.marker is None or a.marker.lower_ != "of"
        ]
        adjuncts = own + adjuncts
    intransitive = lexicons.terms("intransitive_verbs")
    passive = is_passive(verb) or elided_passive(verb, intransitive)
    if light and not passive:  # "came under attack by X": an attacker, no doer of the coming
        adjuncts = [evolve(a, agent=False) for a in adjuncts]
    kind = "passive" if passive else "copula" if verb.lemma_ == "be" else "clause"
    if shared:
        kind += "+shared"
    elif verb.dep_ in ("relcl", "acl", "advcl", "xcomp", "conj") and not verbless_head(verb):
        kind += "+" + verb.dep_
    relation = relation_parts(verb, intransitive)
    if light or resultative:
        relation = sorted([*relation, *light, *resultative], key=lambda p: p if isinstance(p, int) else -1)
    said = [p for p in relation if isinstance(p, int)]
    negated = is_negated(verb, lexicons, said)
    either = len(direct) == 1 < len(objects) and disjunction(direct[0])  # "A or B": one of them
    either = either and not (negated or denied_conjunct(objects[-1]))  # "did not sell A or B": neither
    if negated and is_denied(verb, lexicons):
        relation = [*relation, *denied_adverbs(verb)]
    base = Fact(
        subject=(0, 0),
        relation=tuple(relation),
        object=None,
        lemma=" ".join(
            [*stated_refusal(verb, said, lexicons), verb.lemma_.lower()]
            + [c.lower_ for c in verb.children if c.dep_ == "prt"]
            + [verb.doc[i].lower_ for i in light if verb.doc[i].dep_ != "det"]
        ),
        negated=negated,
        modality=modality_of(verb, lexicons),
        attributed_to=attribution_of(verb, lexicons),
    )
    if (
        doubtful_subject(verb)
        or unknown_doer(verb, lexicons)
        or all(open_clause(s) or asked_subject(s) for s in subjs)
        or disagreeing_subject(verb, subjs)
        or inverted_speaker(verb, lexicons)
        or optative(verb)
        or scene_subject(verb, subjs, lexicons)
        or framing_copula(verb, subjs, lexicons)
        or ranked_description(verb)
        or (shared and completed(verb))
    ):
        base = evolve(base, variant=True)  # kept for Open IE benchmarks, not stated in the graph
    if base.attributed_to is None and base.modality is None and quote_ids(verb.doc)[verb.i]:
        base = evolve(base, modality=QUOTED)  # someone's words, the speaker named elsewhere
    reporting = verb.lemma_.lower() in lexicons.terms("reporting_verbs")
    for subject, split in subject_spans(verb, subjs, existential, lexicons):
        this = evolve(base, subject=subject, variant=base.variant or split)
        if either:  # "take three days or five days to heal": one of them, with the last one's complement
            joined = (coordinated_span(direct[0])[0], object_span(verb, objects[-1], lexicons)[1])
            args = tuple(a.argument() for a in adjuncts)
            yield evolve(this, object=joined, arguments=args, kind=f"{kind}:object")
        for obj in objects:
            done = verb.lemma_ == "have" and any(
                c.dep_ == "acl" and c.tag_ == "VBN" and c.i > obj.i for c in obj.children
            )  # "had his car stolen": what happened to the car is its own fact; he had no car of it
            here = evolve(this, negated=True) if denied_conjunct(obj) else this  # "no A or B": no B
            own = conjunct_adjuncts(obj, adjuncts)
            yield from object_facts(
                evolve(here, variant=True) if done or either else here, verb, obj, own, kind, lexicons
            )
        if len(direct) == 1 and len(objects) > 1 and not either:  # "seized rifles and missiles", joined
            args = tuple(a.argument() for a in adjuncts)
            joined = coordinated_span(direct[0])
            yield evolve(this, object=joined, arguments=args, kind=f"{kind}:object", variant=True)
        kept = evolve(this, arguments=tuple(a.argument() for a in adjuncts if a.role == "condition"))
        for clause in clauses:
            marker = clause_adjective(verb, clause)  # "'m sad that": the adjective it completes
            marker += tuple(c.i for c in children_with(clause, ("mark",), ("that",)))
            shape = "clause" if reporting else "ccomp"
            full = content_span(clause)
            first = first_conjunct_span(clause, content_span(clause))
            fact = evolve(kept, relation=base.relation + marker, object=full, kind=f"{kind}:{shape}")
            if first is not None and first != full:
                yield evolve(fact, object=first)
                fact = evolve(fact, variant=True)  # the whole span, kept for Open IE benchmarks
            yield fact
        content = preceding_content(verb, lexicons) if not (objects or clauses) else None
        if content is not None:
            # "..., analysts say": the speaker triple, its object the clause before the verb
            yield evolve(this, object=content, kind=f"{kind}:clause")
        elif not (objects or clauses):
            yield from preposition_facts(this, verb, adjuncts, kind)


def content_span(clause: Token) -> TokenSpan:
    """Reported content up to a clause the author adds after ", and" (see ``own_sentence``), with
    the rest the parser cut off as a second complement (``continuation``)."""
    left, right = clause_span(clause)
    rest = continuation(clause)
    if rest is not None:
        right = rest.right_edge.i + 1
    added = [c for c in clause.children if own_sentence(c)]
    if added:
        cc = [c.i for c in children_with(clause, ("cc",)) if c.i < added[0].i]
        right = min(right, cc[-1] if cc else added[0].left_edge.i)
    return trim(clause.doc, left, right)


def subject_spans(
    verb: Token, subjs: list[Token], existential: bool, lexicons: Lexicons
) -> list[tuple[TokenSpan, bool]]:
    """Subjects, each with whether it is only a variant: one subject per conjunct, except for a
    reciprocal verb ("A and B met": a meeting has both), a counted coordination ("3,000 men and
    women were polled": the count is of both, so "3,000 men" alone misstates it) and a disjunction
    ("A or B"); the split conjuncts stay as variants for Open IE benchmarks)."""
    if existential:
        return [(existential_span(s), False) for s in subjs]
    joint = verb.lemma_.lower() in lexicons.terms("reciprocal_verbs") and not has_child(verb, ("dobj",))
    coordinated = len(subjs) > 1 and all(s in subjs[0].conjuncts for s in subjs[1:])
    if joint and coordinated:
        return [(coordinated_span(subjs[0]), False)]
    split = []
    for s in subjs:
        bare = without_time_zone(s.doc, generic_span(s, verb), lexicons)
        whole = with_complement(s, bare, verb)
        # the bare noun stays a variant: Open IE benchmarks often cut the subject there
        split.extend([(whole, False), (bare, True)] if whole != bare else [(bare, False)])
    if coordinated and respective(verb) and not respective_pairs(verb):
        return [(span, True) for span, _ in split]  # "A and B won X and Y respectively": which won which?
    if coordinated and (counted_coordination(subjs[0], subjs[1:]) or disjunction(subjs[0])):
        return [(coordinated_span(subjs[0]), False), *((span, True) for span, _ in split)]
    return split


def _in_fixed_expression(verb: Token, fixed: frozenset[str]) -> bool:
    """A verb hanging from an idiom's noun ("at pains to stress"): the noun is no subject."""
    noun = verb.head
    return (
        verb.dep_ in ("acl", "relcl")
        and not has_child(verb, ("nsubj", "nsubjpass"))
        and noun.dep_ == "pobj"
        and f"{noun.head.lower_} {noun.lower_}" in fixed
    )


def sentence_clause_facts(sent: Span, lexicons: Lexicons) -> Iterator[Fact]:
    """Clause facts of every predicate of the sentence, in order of the predicates."""
    doc = sent.doc
    for i in sentence_indices(sent, token_table(doc).pos, PREDICATE_POS):
        token = doc[i]
        if is_predicate(token, lexicons):
            yield from paired_facts(token, clause_facts(token, lexicons))
