"""Verbal clauses: every finite and non-finite predicate with its subject, object and further
arguments. One function per construction; the dependency-label sets below are the grammar.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from graphbuild.extract.facts import ExtraArgument, Fact, RelationPart
from graphbuild.extract.phrases import TokenSpan, clause_span, conjuncts_after, noun_span
from graphbuild.extract.qualifiers import SUBJ_DEPS, attribution_of, is_negated, modality_of
from graphbuild.lexicons import Lexicons

# Complements that make the object of a triple ("made an offer", "became a justice").
OBJ_DEPS = frozenset({"dobj", "attr", "oprd"})
# Clausal complements: reported content, beliefs, findings.
CLAUSE_DEPS = frozenset({"ccomp"})
# Prepositional attachments of a verb, including the passive agent ("by Y").
PREP_DEPS = frozenset({"prep", "agent"})
# Bare noun adjuncts of time or extent ("last year", "three times").
NOUN_ADJUNCT_DEPS = frozenset({"npadvmod", "tmod"})
# Words of the relation besides the verb: auxiliaries, negation, particles.
AUX_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})
# Relative and empty words that never stand as an argument.
WH_WORDS = frozenset({"who", "which", "that", "whom", "whose", "what", "where", "when"})
EMPTY_WORDS = frozenset({"there", "it"}) | WH_WORDS
# Clause heads that take a clause of their own.
PREDICATE_DEPS = frozenset(
    {"ROOT", "ccomp", "xcomp", "conj", "relcl", "advcl", "acl", "pcomp", "parataxis", "csubj"}
)


def is_predicate(token: Token) -> bool:
    """Verbs heading a clause, and a copula (``be``) heading one."""
    if token.pos_ == "VERB":
        return token.dep_ not in ("aux", "auxpass", "amod", "compound")
    return token.pos_ == "AUX" and token.dep_ in PREDICATE_DEPS


def is_passive(verb: Token) -> bool:
    """``was moved``, and reduced passives ("missiles looted from caches")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN"


def subjects(verb: Token) -> list[Token]:
    """Subjects of a verb, inherited through coordination, control, participles and relatives."""
    found = [c for c in verb.children if c.dep_ in SUBJ_DEPS]
    if found:
        if verb.dep_ == "relcl" and len(found) == 1 and found[0].lower_ in WH_WORDS:
            return conjuncts_after([antecedent(verb)])  # "operatives who tried" -> operatives
        return conjuncts_after(found)
    head = verb.head
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return subjects(head)  # coordinated verbs share a subject
    if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
        return subjects(head)  # control and raising: "X tried to shoot down" -> X shoot down
    if verb.dep_ == "relcl":
        return [antecedent(verb)]  # "a site used by", relative with the subject gap
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return [antecedent(verb)]  # participle: "fighters seeking to drive", "missiles looted from"
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and head.pos_ in ("VERB", "AUX"):
        return subjects(head)  # "..., warning them": the main clause's subject
    return []


def antecedent(relcl: Token) -> Token:
    """The noun a relative clause modifies; through a copula to its subject ("X is a Y who")."""
    noun = relcl.head
    if noun.dep_ == "attr" and noun.head.pos_ == "AUX":
        subj = [c for c in noun.head.children if c.dep_ == "nsubj"]
        if subj and subj[0].pos_ == "PROPN":
            return subj[0]
    return noun


def relation_parts(verb: Token) -> list[RelationPart]:
    """Auxiliaries, negation, pre-verbal adverbs, the verb and its particle, in sentence order."""
    parts = [c for c in verb.children if c.dep_ in AUX_DEPS]
    subj_end = max((c.right_edge.i for c in verb.children if c.dep_ in SUBJ_DEPS), default=-1)
    parts += [
        c
        for c in verb.children
        if c.dep_ == "advmod" and subj_end < c.i < verb.i and c.n_lefts + c.n_rights == 0
    ]
    tokens = sorted({*parts, verb}, key=lambda t: t.i)
    out: list[RelationPart] = [t.i for t in tokens]
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and not _has_object(verb.head):
        out = [*relation_parts(verb.head), *out]  # "tried to shoot down"
    elif is_passive(verb) and verb.dep_ in ("acl", "advcl") and not any(c.dep_ == "auxpass" for c in verb.children):
        out = [be_form(verb), *out]  # "missiles looted from" -> were looted from
    return out


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in OBJ_DEPS for c in verb.children)


def be_form(token: Token, *, tensed: bool = True) -> str:
    """The form of *be* a rule inserts: number from the noun, tense from the clause if ``tensed``."""
    noun = token.head if token.dep_ in ("acl", "appos", "relcl") else token
    plural = noun.tag_ in ("NNS", "NNPS")
    if tensed and (token.head.tag_ in ("VBD", "VBN") or token.sent.root.tag_ in ("VBD", "VBN")):
        return "were" if plural else "was"
    return "are" if plural else "is"


def further_arguments(verb: Token) -> list[tuple[Token | None, Token, TokenSpan]]:
    """(marker, head, span) of each prepositional, clausal-prep and bare-noun adjunct of the verb."""
    out: list[tuple[Token | None, Token, TokenSpan]] = []
    for child in verb.children:
        if child.dep_ in PREP_DEPS:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                for obj in conjuncts_after(objs[:1]):
                    out.append((child, obj, noun_span(obj)))
            else:
                pcomp = [c for c in child.children if c.dep_ == "pcomp"]
                if pcomp:
                    out.append((child, pcomp[0], clause_span(pcomp[0])))
        elif child.dep_ in NOUN_ADJUNCT_DEPS and child.pos_ in ("NOUN", "PROPN", "NUM"):
            out.append((None, child, noun_span(child)))
    return out


def clause_facts(verb: Token, lexicons: Lexicons) -> Iterator[Fact]:
    """Facts of one clause: subject x (object | clause | first prepositional object), n-ary."""
    subjs = [s for s in subjects(verb) if s.lower_ not in EMPTY_WORDS or s.dep_ == "relcl"]
    if not subjs:
        return
    negated = is_negated(verb, lexicons)
    modality = modality_of(verb, lexicons)
    attributed = attribution_of(verb, lexicons)
    rel = relation_parts(verb)
    lemma = " ".join([verb.lemma_.lower()] + [c.lower_ for c in verb.children if c.dep_ == "prt"])
    objects = [c for c in verb.children if c.dep_ in OBJ_DEPS]
    objects = conjuncts_after([antecedent(verb) if o.lower_ in WH_WORDS and verb.dep_ == "relcl" else o for o in objects])
    objects += [c for c in verb.children if c.dep_ == "acomp"] if not objects else []
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS]
    adjuncts = further_arguments(verb)
    dative = [c for c in verb.children if c.dep_ == "dative"]
    extra = [ExtraArgument(span, m.i if m is not None else None) for m, _, span in adjuncts]
    extra += [ExtraArgument(noun_span(d)) for d in dative]
    kind = "passive" if is_passive(verb) else "copula" if verb.lemma_ == "be" else "clause"
    if verb.dep_ in ("relcl", "acl", "advcl", "xcomp", "conj"):
        kind += "+" + verb.dep_

    def fact(subj: Token, relation: list[RelationPart], obj: TokenSpan, args, how: str, lem: str = lemma) -> Fact:
        return Fact(
            subject=noun_span(subj),
            relation=tuple(relation),
            object=obj,
            arguments=tuple(args),
            lemma=lem,
            kind=f"{kind}:{how}",
            negated=negated,
            modality=modality,
            attributed_to=attributed,
        )

    for subj in subjs:
        made = False
        for obj in objects:
            yield fact(subj, rel, noun_span(obj), extra, "object")
            made = True
        for clause in clauses:
            marker = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
            yield fact(subj, rel + [m.i for m in marker], clause_span(clause), (), "clause")
            made = True
        if not made and adjuncts:
            # "was born in X": the first preposition after the verb joins the relation.
            after = [a for a in adjuncts if a[0] is not None and a[0].i > verb.i] or [
                a for a in adjuncts if a[0] is not None
            ]
            if after:
                marker, _, span = after[0]
                rest = [e for e, a in zip(extra, adjuncts, strict=False) if a is not after[0]]
                rest += extra[len(adjuncts) :]
                yield fact(subj, rel + [marker.i], span, rest, "prep", f"{lemma} {marker.lower_}")


def sentence_clause_facts(sent: Span, lexicons: Lexicons) -> Iterator[Fact]:
    """Clause facts of every predicate of the sentence, in order of the predicates."""
    for token in sent:
        if is_predicate(token):
            yield from clause_facts(token, lexicons)
