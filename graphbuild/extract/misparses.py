"""Mending two misparses of reported speech, before any fact is read off the parse.

"Police confirmed two people, aged 15 and 18, were detained": the small English model often takes
the content clause's subject ("two people") as the reporting verb's object and hangs the rest
("were detained") on the verb as a subjectless clause. Read as parsed, the police "confirmed two
people" and someone unnamed "was detained". A finite clause has a subject; a reporting verb takes
a clause or an object, and an object followed by a finite clause with none is that clause's subject.

"The service indicated on Twitter the girl was ill": the model hangs "was" on "indicated" as a
conjunct, with no "and" or comma to coordinate them. Two clauses are not coordinated by nothing; the
second is the verb's content.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.lexicons import Lexicons
from graphbuild.nlp import forget_token_table, token_table

# Dependencies of a clause the parser hangs on a reporting verb in this misparse.
CLAUSE_DEPS = frozenset({"conj", "ccomp"})
# A clause's own subject, and the auxiliaries that make it finite ("were detained", "would be").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
FINITE_AUX_DEPS = frozenset({"aux", "auxpass"})
FINITE_AUX_TAGS = frozenset({"MD", "VBD", "VBZ", "VBP"})


def mend_reported_subjects(doc: Doc, lexicons: Lexicons) -> int:
    """Make the object of each reporting verb followed by a finite clause with no subject (and no
    "and" between) the subject of that clause, and the clause the verb's complement. Returns how
    many clauses were mended."""
    reporting = lexicons.terms("reporting_verbs")
    mended = 0
    for verb in _reporting_verbs(doc, reporting):
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        if len(objects) != 1:
            continue
        clause = next((c for c in verb.children if _subjectless_clause(verb, objects[0], c)), None)
        if clause is None:
            continue
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        objects[0].head, objects[0].dep_ = clause, "nsubjpass" if passive else "nsubj"
        clause.dep_ = "ccomp"
        mended += 1
    if mended:
        forget_token_table(doc)  # it holds the parse before the mending
    return mended


def _reporting_verbs(doc: Doc, reporting: frozenset[str]) -> list[Token]:
    """The Doc's verbs whose lemma is in ``reporting``, found in the token table: a Token is made
    only of these, not of every word. Part of speech and lemma are not what the mending changes, so
    the table may be read before it."""
    table = token_table(doc)
    pos, lemma = table.pos, table.lemma_lower
    return [doc[i] for i in range(len(doc)) if pos[i] == "VERB" and lemma[i] in reporting]


def mend_unjoined_content(doc: Doc, lexicons: Lexicons) -> int:
    """Make each conjunct clause with its own subject, hung on a reporting verb with no word or
    mark between them, the verb's complement. Returns how many clauses were mended."""
    reporting = lexicons.terms("reporting_verbs")
    mended = 0
    for clause in _conjuncts_after_reporting(doc, reporting):
        verb = clause.head
        between = doc[verb.i + 1 : clause.left_edge.i]
        subject = any(c.dep_ in SUBJECT_DEPS for c in clause.children)
        if subject and not any(t.dep_ == "cc" or t.is_punct for t in between):
            clause.dep_ = "ccomp"
            mended += 1
    if mended:
        forget_token_table(doc)  # it holds the parse before the mending
    return mended


def _conjuncts_after_reporting(doc: Doc, reporting: frozenset[str]) -> list[Token]:
    """Conjuncts hung on an earlier word whose lemma is in ``reporting``, found in the token table
    (a Token is made only of these). Mending one changes its own label only, never what picks
    another, so the table may be read before it."""
    table = token_table(doc)
    dep, head, lemma = table.dep, table.head, table.lemma_lower
    return [
        doc[i] for i in range(len(doc)) if dep[i] == "conj" and head[i] <= i and lemma[head[i]] in reporting
    ]


def _subjectless_clause(verb: Token, obj: Token, clause: Token) -> bool:
    """A finite clause after the object, hung on the verb with no subject and nothing joining it."""
    if clause.dep_ not in CLAUSE_DEPS or clause.i < obj.i or clause.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return False
    if not any(c.dep_ in FINITE_AUX_DEPS and c.tag_ in FINITE_AUX_TAGS for c in clause.children):
        return False
    return not any(c.dep_ in ("cc", "mark") and verb.i < c.i < clause.i for c in verb.children) and not any(
        c.dep_ in ("cc", "mark") for c in clause.children if c.i < clause.i
    )


__all__ = ["mend_reported_subjects", "mend_unjoined_content"]
