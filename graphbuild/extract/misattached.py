"""Verbs the parse hung on the wrong word, so that they borrow a subject that does not do them: a
conjunct set off right after a relative clause ("operatives who tried, but failed, to shoot"), a
dated participle after the clause's object ("recalled the heaters, first sold in 2011")."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.phrases import MAX_DEPTH, TIME_ENTITIES


def relative_before_conjunct(conjunct: Token) -> Token | None:
    """ "missiles, used by operatives who tried, but failed, to shoot down a plane": a verb set off
    by commas right after a relative clause that ends on its own verb goes on that clause. The
    clause's verb lacks the complement the two share ("tried … to shoot"), so the conjunct is not
    the main clause's, onto which the parse hung it, and its subject is the relative's antecedent.
    The relative clause's verb, or None; also for an infinitive the conjunct governs ("to shoot")."""
    for _ in range(MAX_DEPTH):
        if conjunct.dep_ != "xcomp":
            break
        conjunct = conjunct.head
    if conjunct.dep_ != "conj":
        return None
    doc = conjunct.doc
    joins = [c for c in conjunct.head.children if c.dep_ == "cc" and c.i < conjunct.i]
    if not joins or joins[-1].i < 2 or doc[joins[-1].i - 1].text != ",":
        return None
    if conjunct.i + 1 >= len(doc) or doc[conjunct.i + 1].text != ",":
        return None  # "who tried, and failed to …" without a closing comma: read as the parse has it
    before = doc[joins[-1].i - 2]
    if before.dep_ != "relcl" or before.right_edge.i != before.i or before.head.i >= before.i:
        return None  # the clause must end on its verb: "who tried," has left its complement out
    return before


# Parts of speech of a noun a trailing participle can describe.
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Dependents that make a participle a clause of its own, not a reduced relative clause: a subject,
# an agent, a subordinating mark, an auxiliary ("having done", "being sold").
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "mark", "aux", "auxpass"})


def dated_participle_noun(participle: Token) -> Token | None:
    """ "Acme knew of no fires in the recalled heaters, first sold in 2011": a passive participle
    set off by a comma after the clause, dated by its own phrase, is a reduced relative clause on
    the noun just before the comma (what was sold in 2011), which the parse hung on the main verb;
    it says nothing the main subject underwent. Not one with an agent ("arrived, followed by
    police": the arrival's subject is followed). The noun, or None."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBN" or participle.i < participle.head.i:
        return None
    if any(c.dep_ in OWN_CLAUSE_DEPS for c in participle.children):
        return None  # "having done so in 1974": a perfect participle is active, its doer the subject's
    dated = any(
        o.ent_type_ == "DATE"
        for p in participle.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj"
    )
    start = participle.left_edge.i
    doc = participle.doc
    if not dated or start < 2 or doc[start - 1].text != ",":
        return None
    noun = doc[start - 2]
    if noun.pos_ not in NOUN_POS or noun.ent_type_ in TIME_ENTITIES or noun.dep_ not in ("dobj", "pobj"):
        return None
    return noun
