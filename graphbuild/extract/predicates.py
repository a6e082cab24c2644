"""Which words head a clause: verbs, and a copula heading one; not a participle used as a
preposition ("following the report") nor a past form listed as an adjective ("attested contracts");
and a reporting verb's noun object that heads a clause the parse broke ("said a law ... marked").
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.extract.phrases import FINITE_TAGS, TIME_ENTITIES
from graphbuild.extract.relations import is_passive
from graphbuild.extract.subjects import RANKING_WORDS
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import children_with, has_child

# Word classes of a predicate (``is_predicate`` is false for any other).
PREDICATE_POS = frozenset({"VERB", "AUX"})
# Clause heads that take a clause of their own.
PREDICATE_DEPS = frozenset(
    {"ROOT", "ccomp", "xcomp", "conj", "relcl", "advcl", "acl", "pcomp", "parataxis", "csubj"}
)


def is_predicate(token: Token, lexicons: Lexicons) -> bool:
    """Verbs heading a clause, and a copula (``be``) heading one; not a participle used as a
    preposition ("following the report") nor one coordinated with a verb of another form."""
    if token.pos_ == "VERB":  # keep in step with PREDICATE_POS
        return token.dep_ not in ("aux", "auxpass", "amod", "compound") and not (
            prepositional_participle(token, lexicons) or mismatched_conjunct(token)
        )
    return token.pos_ == "AUX" and token.dep_ in PREDICATE_DEPS


def prepositional_participle(token: Token, lexicons: Lexicons) -> bool:
    """ "placed them on leave following the release": a participle of the lexicon with no subject or
    auxiliary of its own is a preposition, so it heads no fact."""
    return token.lower_ in lexicons.terms("prepositional_participles") and not _has_own_subject_or_auxiliary(
        token
    )


def mismatched_conjunct(token: Token) -> bool:
    """Coordinated verbs share their form: a past form joined to an infinitive after a modal ("cannot
    get licences and attested contracts") with no subject or auxiliary of its own is an adjective in a
    list the parse took for a verb ("did not censor X but limited Y" is finite; after "to" the parse
    often hangs a finite verb on the infinitive: "refused to visit X and referred to Y")."""
    return (
        token.dep_ == "conj"
        and token.tag_ in ("VBD", "VBN")
        and token.lower_ != token.lemma_.lower()  # "would fund X but cut Y": a base form, whatever its tag
        and token.head.tag_ == "VB"
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.head.children)
        and not _has_own_subject_or_auxiliary(token)
    )


def _has_own_subject_or_auxiliary(token: Token) -> bool:
    """A subject or an auxiliary of its own makes a verb form finite, whatever the parse's tag."""
    return any(c.dep_ in (*SUBJ_DEPS, "aux", "auxpass") for c in token.children)


def broken_clause(verb: Token, obj: Token, lexicons: Lexicons) -> bool:
    """The object of a reporting verb whose phrase holds a finite clause complement ("said a law
    allowing the sale marked a sad day"): the parse broke the reported clause at its subject, so
    the noun alone ("said | a law") is not what was said."""
    return (
        obj.dep_ == "dobj"
        and verb.lemma_.lower() in lexicons.terms("reporting_verbs")
        and any(t.dep_ == "ccomp" and t.tag_ in FINITE_TAGS for t in obj.subtree)
    )


# Verbs whose subject may be a time or occasion in which something happens ("the year saw X").
SCENE_VERBS = frozenset({"see", "witness"})


def scene_subject(verb: Token, subjs: list[Token], lexicons: Lexicons) -> bool:
    """ "Saturday's action saw X win", "the year witnessed a rise": a setting "sees" what happens in
    it. The idiom says when or where something happened, no fact about the setting."""
    if verb.lemma_.lower() not in SCENE_VERBS or is_passive(verb):
        return False  # "his early years, as seen in the novel": seen by someone, no idiom
    scenes = lexicons.terms("scene_nouns")
    return any(
        s.dep_ == "nsubj" and (s.ent_type_ in TIME_ENTITIES or s.lemma_.lower() in scenes) for s in subjs
    )


def framing_copula(verb: Token, subjs: list[Token], lexicons: Lexicons) -> bool:
    """ "The fact of the matter is we object", "the truth is nobody knew": "the N is" frames the
    clause after it, which has its own facts; the copula says nothing of the noun."""
    if verb.lemma_ != "be" or (has_child(verb, ("attr", "acomp")) and not has_child(verb, ("ccomp",))):
        return False  # "the problem is the bridge": a noun or adjective says what the problem is
    frames = lexicons.terms("frame_nouns")
    return any(s.lemma_.lower() in frames and has_child(s, ("det",), ("the",)) for s in subjs)


def clause_adjective(verb: Token, clause: Token) -> tuple[int, ...]:
    """The adjective a "that" clause completes when the parse hung the clause on the copula ("I'm
    quite sad that it is over", "is proud that …"): without it the relation "'m that" says nothing.
    Empty when the clause comes before the adjective or the verb is no copula."""
    if verb.lemma_ != "be" or clause.dep_ != "ccomp":
        return ()
    found = [c.i for c in children_with(verb, ("acomp",)) if c.pos_ == "ADJ" and c.i < clause.i]
    return tuple(found[:1])


def optative(verb: Token) -> bool:
    """ "May God protect them", "may they rest in peace": "may" before its subject makes a wish,
    which states no fact."""
    subject = next((c.i for c in children_with(verb, ("nsubj", "nsubjpass"))), None)
    return subject is not None and any(c.i < subject for c in children_with(verb, ("aux",), ("may",)))


def ranked_description(verb: Token) -> bool:
    """ "She becomes the fourth woman ever to serve on the court": an infinitive after a ranked noun
    ("the first …", "the only …", a superlative) says what makes the rank, in a description; it states
    no act of the noun's own (the clause it is in says who holds the rank)."""
    if verb.dep_ not in ("acl", "relcl") or not has_child(verb, ("aux",), ("to",)):
        return False
    noun = verb.head
    return any(
        c.dep_ in ("amod", "advmod", "nummod") and (c.lower_ in RANKING_WORDS or c.tag_ == "JJS")
        for c in noun.children
        if c.i < noun.i
    )


def completed(verb: Token) -> bool:
    """A verb something after it completes ("acted appropriately and exercised good judgment"):
    it borrows no object from the next verb, which only a bare verb does ("buy and sell stocks");
    the borrowed reading stays a variant for Open IE benchmarks."""
    return any(c.i > verb.i and c.dep_ not in ("cc", "conj", "punct", "prt") for c in verb.children)


def respective(verb: Token) -> bool:
    """ "respectively" in the verb's own clause: its coordinated subjects pair off one by one with
    coordinated words later in the clause ("Sanders and Trump won the Democratic and Republican
    primaries respectively"), so neither subject did what the whole clause states."""
    for token in verb.subtree:
        if token.lower_ != "respectively":
            continue
        head = token.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.i == verb.i:
            return True
    return False


# Relative pronouns a preposition opens a relative clause with ("a scene in which X was ...").
RELATIVE_PRONOUNS = frozenset({"which", "whom", "whose"})


def relative_opening(clause: Token) -> bool:
    """A clause opened by a preposition and a relative pronoun ("set a scene in which the soldier
    was in charge"): a relative clause on the noun before it, whatever the parse says, never what
    the verb says or states."""
    doc, first = clause.doc, clause.left_edge
    return first.pos_ == "ADP" and first.i + 1 < len(doc) and doc[first.i + 1].lower_ in RELATIVE_PRONOUNS
