"""Clauses held as someone's view, hope or fear: "Dunbar's view is that Y" makes Y Dunbar's word
(as "Dunbar believes that Y" would), and "our only hope is that Y" or "fears that Y" make Y wanted
or dreaded, not alleged; "the team hopes Y will …" makes Y the team's hope (``wished_clause``).
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.extract.phrases import TokenSpan, noun_span, quote_ids
from graphbuild.extract.scope import content_clause, finite_clause
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import children_with, has_child

# The modality of a clause carried by a hearsay noun ("reports that ..."): claimed, not vouched for.
ALLEGED = "alleged"

# Owners that name nobody a reader can check: the clause falls back to the speaker around it
# ('"My fear is that …," she said'), and "his"/"their" are left to the sentence's reporting verb.
PRONOUN_OWNERS = frozenset({"my", "our", "your", "his", "her", "its", "their", "whose"})


def wished(noun: Token, lexicons: Lexicons) -> str | None:
    """``hope`` or ``fear`` for a noun of wishing or dreading (``lexicons/wish_nouns.txt``): the
    modality of the clause it carries, which is wanted or dreaded rather than claimed."""
    return lexicons.synonyms("wish_nouns").get(noun.lemma_.lower())


def hearsay_of(verb: Token, lexicons: Lexicons) -> str | None:
    """``alleged`` for a clause a hearsay noun carries: "reports that X entered", "reports of X
    entering"; ``hope`` or ``fear`` for one a noun of wishing or dreading carries."""
    top = content_clause(verb, lexicons)
    if top is not None and top.dep_ == "acl":
        noun = top.head
    elif (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.head.dep_ == "pobj"
        and verb.head.head.lower_ == "of"
    ):
        noun = verb.head.head.head
    else:
        return None
    if noun.lemma_.lower() not in lexicons.terms("hearsay_nouns"):
        return None
    return wished(noun, lexicons) or ALLEGED  # "fears that Y": dreaded, not alleged


def wished_by_subject(verb: Token, lexicons: Lexicons) -> str | None:
    """The wish of ``verb``'s subject noun ("our only hope is that …", "fears grew that …")."""
    for subject in children_with(verb, ("nsubj", "nsubjpass")):
        found = wished(subject, lexicons)
        if found is not None:
            return found
    return None


def view_holder(clause: Token, lexicons: Lexicons) -> TokenSpan | None:
    """Whose view a clause is when a copula equates it with a noun of thought or speech: "Dunbar's
    view is that Y" (Dunbar), "the conclusion of the inquiry was that Y" (the inquiry). None when
    the noun has no owner ("the problem is that Y" is the author's) or a pronoun owns it."""
    copula = clause.head
    if clause.dep_ != "ccomp" or copula.lemma_.lower() != "be" or clause.i < copula.i:
        return None
    held = lexicons.terms("view_nouns") | lexicons.terms("hearsay_nouns")
    for noun in children_with(copula, ("nsubj",)):
        if noun.lemma_.lower() in held:
            return _owner(noun)
    return None


def voiced(noun: Token, lexicons: Lexicons) -> bool:
    """A noun of thought or speech that is the object of a verb voicing it ("officials expressed
    fears that …", "she voiced the hope that …", ``lexicons/voicing_verbs.txt``): its clause is
    the verb's subject's word."""
    held = lexicons.terms("view_nouns") | lexicons.terms("hearsay_nouns")
    return (
        noun.dep_ == "dobj"
        and noun.lemma_.lower() in held
        and noun.head.lemma_.lower() in lexicons.terms("voicing_verbs")
    )


def _owner(noun: Token) -> TokenSpan | None:
    """The possessor of ``noun`` ("Dunbar's view", without "'s") or its "of" phrase ("a conclusion
    of the study"), unless a pronoun."""
    for owner in children_with(noun, ("poss",)):
        if owner.lower_ in PRONOUN_OWNERS:
            return None
        left, right = noun_span(owner)
        return (left, right - 1) if noun.doc[right - 1].dep_ == "case" else (left, right)
    for prep in children_with(noun, ("prep",), ("of",)):
        for owner in children_with(prep, ("pobj",)):
            return None if owner.pos_ == "PRON" else noun_span(owner)
    return None


# Words that open an indirect question, which holds no view: "asked if a deal had been made".
QUESTION_MARKERS = frozenset({"if", "whether"})


def wished_clause(clause: Token, lexicons: Lexicons) -> bool:
    """ "The team hopes the vaccine will work", "she proposed that the fee was cut": a clause with
    a tense and a subject of its own after a verb of wanting or planning (``intent_verbs``) is its
    subject's hope or plan, held as a claim is. Not an infinitive ("asked the city to build …"), nor
    a quotation opened after the verb ('urged calm, "I would ask …"': the quotation's own words)."""
    quotes = quote_ids(clause.doc)
    return (
        clause.dep_ == "ccomp"
        and quotes[clause.i] == quotes[clause.head.i]
        and clause.i > clause.head.i
        and clause.head.lemma_.lower() in lexicons.terms("intent_verbs")
        and has_child(clause, SUBJ_DEPS)
        and not has_child(clause, ("mark",), QUESTION_MARKERS)  # "asked if a deal was made": a question
        and finite_clause(clause)
    )


def feeling_holder(clause: Token, lexicons: Lexicons) -> Token | None:
    """Who feels the clause after an adjective of feeling (``lexicons/feeling_adjectives.txt``):
    "officials were concerned that X" (officials), "the mayor is convinced that X". Not a pronoun
    ("they were optimistic that X"): whoever reports it ("diplomats said they …") is the source."""
    feeling = clause.head
    quotes = quote_ids(clause.doc)
    if (
        clause.dep_ != "ccomp"
        or clause.i < feeling.i
        or quotes[clause.i] != quotes[feeling.i]
        or feeling.lower_ not in lexicons.terms("feeling_adjectives")
    ):
        return None
    holder = feeling.head if feeling.dep_ in ("acomp", "oprd") else feeling
    # the parser may hang the subject on the auxiliary: "Officials were concerned" (Officials <- were)
    verbs = [holder, *children_with(holder, ("aux", "auxpass"))]
    subjects = [s for v in verbs for s in children_with(v, ("nsubj", "nsubjpass"))]
    if not subjects or subjects[0].pos_ == "PRON" or subjects[0].tag_ in ("WP", "WDT"):
        return None
    return subjects[0]


def phrasal_report(verb: Token, lexicons: Lexicons) -> bool:
    """A verb that reports with its particle (``lexicons/phrasal_reporting_verbs.txt``): "pointed
    out that X" says X as "noted that X" does."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    phrasal = lexicons.terms("phrasal_reporting_verbs")
    return any(f"{verb.lemma_.lower()} {p}" in phrasal for p in particles)
