"""Clause-level triples from a dependency parse: one small function per construction.

Offsets in the yielded records refer to ``doc.text``; the build maps them to the source text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from graphbuild.lexicons import Lexicons, load_lexicons
from graphbuild.model import Argument, Mention, Provenance, Relation, Triple

# Subjects: nominal and clausal, active and passive.
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# Direct complements that make the object of a triple.
_OBJ_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
# Clausal complements (reported content, beliefs).
_CLAUSE_DEPS = frozenset({"ccomp"})
# Prepositional attachments of a verb.
_PREP_DEPS = frozenset({"prep", "agent"})
# Auxiliaries that belong to the relation phrase.
_AUX_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})
# Children cut off a noun phrase: they become triples of their own.
_NP_CUT_DEPS = frozenset({"conj", "cc", "relcl", "appos", "acl", "punct", "preconj"})
# Words that never make a triple argument on their own.
_EMPTY_HEADS = frozenset({"there", "that", "which", "what", "whom", "whose"})


def extract_triples(
    doclike: Doc | Span, *, doc_id: str = "", lexicons: Lexicons | None = None
) -> Iterator[Triple]:
    """Yield triples sentence by sentence, in order of appearance; never mutates the Doc.

    A Span is treated as one sentence (index 0); a Doc is split into its sentences.
    """
    lexicons = lexicons or load_lexicons()
    sentences = [doclike] if isinstance(doclike, Span) else list(doclike.sents)
    for index, sent in enumerate(sentences):
        text = sent.text.rstrip()
        provenance = Provenance(doc_id, index, text, sent.start_char, sent.start_char + len(text))
        seen: set[tuple[int, int, str, int, int]] = set()
        for triple in sentence_triples(sent, provenance, lexicons):
            key = (
                triple.subject.start,
                triple.subject.end,
                triple.relation.text,
                triple.object.start,
                triple.object.end,
            )
            if key not in seen:
                seen.add(key)
                yield triple


def sentence_triples(sent: Span, provenance: Provenance, lexicons: Lexicons) -> Iterator[Triple]:
    """All triples of one sentence: verbal clauses first, then nominal relations."""
    for token in sent:
        if is_predicate(token):
            yield from clause_triples(token, provenance, lexicons)
    for token in sent:
        if token.dep_ == "appos" and token.head.pos_ in ("PROPN", "NOUN"):
            yield from apposition_triples(token, provenance)


def is_predicate(token: Token) -> bool:
    """Verbs heading a clause, and copulas (``be``) heading one."""
    if token.pos_ == "VERB":
        return token.dep_ not in ("aux", "auxpass", "amod")
    return token.pos_ == "AUX" and token.dep_ in ("ROOT", "ccomp", "conj", "relcl", "advcl", "xcomp")


def subjects(verb: Token) -> list[Token]:
    """Subjects of a verb, inherited through coordination, control and relative clauses."""
    found = [c for c in verb.children if c.dep_ in _SUBJ_DEPS]
    if not found:
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            return subjects(verb.head)  # coordinated verbs share a subject: "tried, but failed, to"
        if verb.dep_ == "xcomp":
            return subjects(verb.head)  # control: "X tried to shoot down" -> X shoot down
        if verb.dep_ == "relcl":
            return [verb.head]  # relative clause: "operatives who tried" -> operatives
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return [verb.head]  # "fighters seeking to drive": the noun does the action
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            return subjects(verb.head)  # "..., warning them": the main clause's subject
        return []
    if len(found) == 1 and found[0].lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        found = [verb.head]  # relative pronoun stands for its antecedent
    return with_conjuncts(found)


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    """The tokens plus everything coordinated with them ("Mali and Niger")."""
    out: list[Token] = []
    for token in tokens:
        out.append(token)
        out.extend(t for t in token.conjuncts if t.i > token.i)
    return out


def noun_span(token: Token) -> tuple[int, int]:
    """Token index range of the phrase headed by ``token``, without its coordinated siblings."""
    tokens = [token]
    stack = [c for c in token.children if c.dep_ not in _NP_CUT_DEPS]
    while stack:
        t = stack.pop()
        tokens.append(t)
        stack.extend(t.children)
    left = min(t.i for t in tokens)
    right = max(t.i for t in tokens) + 1
    doc = token.doc
    while right - 1 > left and (
        doc[right - 1].is_space or (doc[right - 1].is_punct and doc[right - 1].text not in (")", '"'))
    ):
        right -= 1
    while left < right - 1 and doc[left].is_punct and doc[left].text not in ("(", '"', "$"):
        left += 1
    return left, right


def clause_span(token: Token) -> tuple[int, int]:
    """Token index range of a whole clause (for reported content)."""
    left, right = token.left_edge.i, token.right_edge.i + 1
    doc = token.doc
    while right - 1 > left and (doc[right - 1].is_punct or doc[right - 1].is_space):
        right -= 1
    while left < right - 1 and (doc[left].is_punct or doc[left].dep_ == "mark"):
        left += 1
    return left, right


def mention(doc: Doc, left: int, right: int) -> Mention:
    span = doc[left:right]
    return Mention(span.text, span.start_char, span.end_char)


def relation_of(verb: Token, prep: Token | None = None) -> tuple[Relation, list[Token]]:
    """The relation phrase (auxiliaries, negation, verb, particle, preposition) and its tokens."""
    parts = [c for c in verb.children if c.dep_ in _AUX_DEPS]
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        _, head_parts = relation_of(verb.head)
        parts = [*head_parts, *[c for c in verb.children if c.dep_ == "aux"], *parts]
    tokens = sorted({*parts, verb}, key=lambda t: t.i)
    words = [t.text for t in tokens]
    lemma_words = [verb.lemma_.lower()] + [t.lower_ for t in verb.children if t.dep_ == "prt"]
    if prep is not None:
        words.append(prep.text)
        lemma_words.append(prep.lower_)
    return Relation(" ".join(words), " ".join(lemma_words)), tokens


def qualifiers(verb: Token, lexicons: Lexicons) -> dict[str, object]:
    """Negation, modality and attribution of the clause headed by ``verb``."""
    negators = lexicons.terms("negators")
    modals = lexicons.terms("modals")
    chain = [verb]
    head = verb
    while head.dep_ in ("xcomp", "conj") and head.head is not head:
        head = head.head
        chain.append(head)
    negated = any(
        c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in negators) for t in chain for c in t.children
    )
    negated = negated or any(
        c.dep_ in _OBJ_DEPS and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in verb.children
    )
    modality = next(
        (c.lower_ for t in chain for c in t.children if c.dep_ == "aux" and c.lower_ in modals), None
    )
    hedged = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicons.terms("hedges")
    if modality is None and hedged and (
        any(c.dep_ == "auxpass" for c in verb.head.children) or verb.head.tag_ == "VBN"
    ):
        modality = verb.head.lower_  # "X is believed to ..."
    return {"negated": negated, "modality": modality, "attributed_to": attribution(verb, lexicons)}


def attribution(verb: Token, lexicons: Lexicons) -> str | None:
    """The speaker when the clause is reported content of a ``say``/``believe`` verb."""
    reporting = lexicons.terms("reporting_verbs")
    token = verb
    while token.dep_ in ("conj", "xcomp") and token.head is not token:
        token = token.head
    if token.dep_ in ("ccomp", "parataxis") and token.head.lemma_.lower() in reporting:
        speakers = subjects(token.head)
        if speakers:
            left, right = noun_span(speakers[0])
            return token.doc[left:right].text
    # "..., analysts say": the reporting verb is parsed as the clause's head.
    for child in verb.children:
        if child.dep_ in ("parataxis", "ccomp") and child.lemma_.lower() in reporting and child.i > verb.i:
            speakers = [c for c in child.children if c.dep_ in _SUBJ_DEPS]
            if speakers and not any(c.dep_ == "ccomp" for c in child.children):
                left, right = noun_span(speakers[0])
                return verb.doc[left:right].text
    return None


def clause_triples(verb: Token, provenance: Provenance, lexicons: Lexicons) -> Iterator[Triple]:
    """Triples of one verbal clause: subject x (object | clause | prepositional object)."""
    doc = verb.doc
    subjs = [s for s in subjects(verb) if s.lower_ not in _EMPTY_HEADS]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        subjs = [verb.head]  # "missiles looted from caches": the noun undergoes the action
    if not subjs:
        return
    quals = qualifiers(verb, lexicons)
    objects = with_conjuncts([c for c in verb.children if c.dep_ in _OBJ_DEPS])
    clauses = [c for c in verb.children if c.dep_ in _CLAUSE_DEPS]
    preps = [c for c in verb.children if c.dep_ in _PREP_DEPS]
    prep_args = [(p, o) for p in preps for o in with_conjuncts([c for c in p.children if c.dep_ == "pobj"])]
    extra = tuple(Argument(mention(doc, *noun_span(o)), p.lower_) for p, o in prep_args)
    passive = (verb.dep_ == "acl" and verb.tag_ == "VBN") or any(c.dep_ == "auxpass" for c in verb.children)
    for subj in subjs:
        s_mention = mention(doc, *noun_span(subj))
        base = _confidence(verb, subj, quals)
        targets: list[tuple[Relation, Mention, tuple[Argument, ...], float]] = []
        relation, _ = relation_of(verb)
        if passive and verb.dep_ == "acl":
            relation = Relation(f"was {verb.text}", relation.lemma)
        for obj in objects:
            targets.append((relation, mention(doc, *noun_span(obj)), extra, base))
        for clause in clauses:
            targets.append((relation, mention(doc, *clause_span(clause)), (), base - 0.1))
        if not targets and prep_args:
            prep, pobj = prep_args[0]
            rel, _ = relation_of(verb, prep)
            if passive and verb.dep_ == "acl":
                rel = Relation(f"was {verb.text} {prep.text}", rel.lemma)
            targets.append((rel, mention(doc, *noun_span(pobj)), extra[1:], base - 0.05))
        if not targets:
            acomp = [c for c in verb.children if c.dep_ == "acomp"]
            for a in acomp:
                targets.append((relation, mention(doc, *noun_span(a)), extra, base - 0.1))
        for rel, obj_mention, args, conf in targets:
            if obj_mention.start == s_mention.start and obj_mention.end == s_mention.end:
                continue
            yield Triple(
                subject=s_mention,
                relation=rel,
                object=obj_mention,
                provenance=provenance,
                arguments=args,
                negated=bool(quals["negated"]),
                modality=quals["modality"],  # type: ignore[arg-type]
                attributed_to=quals["attributed_to"],
                confidence=round(max(0.05, min(conf, 1.0)), 3),  # type: ignore[arg-type]
            )


def apposition_triples(appos: Token, provenance: Provenance) -> Iterator[Triple]:
    """``Kwesi Aning, a senior official at the Center`` -> (Aning, is, a senior official at the Center)."""
    doc = appos.doc
    head = appos.head
    subj = mention(doc, *noun_span(head))
    obj = mention(doc, *noun_span(appos))
    yield Triple(subj, Relation("is", "be"), obj, provenance, confidence=0.8)


def _confidence(verb: Token, subj: Token, quals: dict[str, object]) -> float:
    """A score from the evidence: pronoun or inherited subjects and hedges lower it."""
    score = 0.9
    if subj.pos_ == "PRON":
        score -= 0.2
    if subj.head is not verb:
        score -= 0.1  # inherited through a conjunction, control or a relative clause
    if quals["modality"]:
        score -= 0.05
    if quals["attributed_to"]:
        score -= 0.05
    return score


def with_doc_id(triple: Triple, doc_id: str) -> Triple:
    """The same triple, credited to ``doc_id``."""
    return replace(triple, provenance=replace(triple.provenance, doc_id=doc_id))
