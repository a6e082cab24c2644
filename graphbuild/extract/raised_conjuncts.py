"""A verb the parser coordinated inside reported content that goes on the clause above it.

"The court ruled that the seizures were illegal, and ordered the state to pay": the parser hangs
"ordered" on "were", inside what was ruled, and lends it the content's subject (the seizures
ordered nothing). English marks the higher coordination two ways: a comma before "and" closing a
content clause of the narrative's own past ("said that A died in the attack, and blamed B"), and a
distinctly past verb after a modal, which cannot share it ("said he would decide by May and told
parliament …"). Such a verb is the reporting clause's subject's act, outside the reported words:
``mend_raised_conjuncts`` hangs it, with its "and", on the reporting verb before any fact is read.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.extract.phrases import quote_ids
from graphbuild.nlp import children_with, forget_token_table, has_child, token_table

# Word classes of a verb that takes part in a coordination of clauses.
VERB_POS = frozenset({"VERB", "AUX"})
# Auxiliaries a verb coordinated after them may share ("had adjusted policies and sold shares").
SHARED_AUX_DEPS = frozenset({"aux"})


def mend_raised_conjuncts(doc: Doc) -> int:
    """Hang each ``raised_conjunct`` on the verb its content clause reports on, with its "and" and
    the comma before it. Returns how many were mended."""
    table = token_table(doc)  # read before this mend changes the parse: no Token per word of the Doc
    raised = [
        doc[i]
        for i, dep in enumerate(table.dep)
        if dep == "conj" and table.pos[i] in VERB_POS and raised_conjunct(doc[i])
    ]
    for conj in raised:
        clause, matrix = conj.head, conj.head.head
        for join in [c for c in clause.children if c.dep_ == "cc" and c.i < conj.i]:
            join.head = matrix
            if doc[join.i - 1].text == "," and doc[join.i - 1].head.i == clause.i:
                doc[join.i - 1].head = matrix
        conj.head = matrix
    if raised:
        forget_token_table(doc)
    return len(raised)


def raised_conjunct(conj: Token) -> bool:
    """``conj`` is joined by "and" to a content clause but goes on the verb that clause reports on."""
    if conj.dep_ != "conj" or conj.pos_ not in VERB_POS or has_child(conj, SUBJ_DEPS):
        return False
    clause = conj.head
    matrix = clause.head
    if clause.dep_ != "ccomp" or matrix.pos_ not in VERB_POS or matrix.i > clause.i:
        return False  # "A died, and B was hurt, police said": all of it reported
    quotes = quote_ids(conj.doc)
    if quotes[conj.i] != quotes[matrix.i]:
        return False  # 'said, "X told the judges …, and demanded …"': the quoted speaker's words
    joins = [c for c in children_with(clause, ("cc",)) if c.i < conj.i]
    if not joins or joins[-1].lower_ != "and" or _listed(clause):
        return False  # "beat, kicked, and choked X": a list of the content's own acts
    if _interrupted(clause, joins[-1]):
        return False  # "entered the clinic, which treats the old, and shot a nurse": the comma closes it
    if _past_after_modal(conj, clause, matrix):
        return True
    return conj.doc[joins[-1].i - 1].text == "," and _narrative_past(conj, clause, matrix)


def _listed(clause: Token) -> bool:
    """The content's verb heads a list of verbs: more than one joined to it, or a comma right before
    it ("said X beat, kicked, and choked Y", which the parser may read with "beat" as a subject)."""
    return len(children_with(clause, ("conj",))) > 1 or clause.doc[clause.i - 1].text == ","


def _interrupted(clause: Token, join: Token) -> bool:
    """A comma or a relative word between the content's verb and the "and": the comma before "and"
    may close a clause set off inside the content, and a verb after a relative clause may go on with
    it ("a student who had torn papers and punched a teacher")."""
    words = clause.doc[clause.i + 1 : join.i - 1]
    return any(t.text == "," or t.tag_ in RELATIVE_TAGS for t in words)


# Tags of the relative words that open a relative clause ("who", "which", "whose").
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


def _past_after_modal(conj: Token, clause: Token, matrix: Token) -> bool:
    """A past verb after a clause under a bare modal ("would make"): English cannot read "would
    told", so the verb is not the content's. Either distinctly past ("told", not "cut") with no
    auxiliary, under a modal alone ("can be taken and asked" shares the "be"); or with the reporting
    verb's own auxiliary again ("had hoped the ship could serve … and had told X")."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i]
    if not auxiliaries or any(c.tag_ != "MD" for c in auxiliaries):
        return False
    own = [c.lower_ for c in conj.children if c.dep_ in ("aux", "auxpass") and c.i < conj.i]
    if own:
        return own == [c.lower_ for c in matrix.children if c.dep_ == "aux" and c.i < matrix.i]
    return conj.tag_ == "VBD" and conj.lower_ != conj.lemma_.lower()


def _narrative_past(conj: Token, clause: Token, matrix: Token) -> bool:
    """A plain past verb after the comma, as plain as the reporting verb ("ruled that … were …, and
    directed"), that can share no auxiliary of the content: none there, or only a passive one while
    it has an object of its own ("were hurt …, and put the number at 25")."""
    if conj.tag_ != "VBD" or matrix.tag_ != "VBD" or has_child(matrix, ("aux", "auxpass")):
        return False  # "claim that he took …, and put …", "have remarked": the content goes on
    if has_child(conj, ("aux", "auxpass")) or has_child(clause, SHARED_AUX_DEPS):
        return False  # "had been suspended, and could be sacked": the content's own
    return not has_child(clause, ("auxpass",)) or has_child(conj, ("dobj",))
