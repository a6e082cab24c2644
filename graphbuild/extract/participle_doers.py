"""Participles whose doer is not the noun or clause the parse hangs them on: a gerund after a noun
of hardship ("had difficulty reaching the site": those who had it reach), a participle hung on a
clause the parse read as one noun ("X defeated Y on Tuesday, ending …"), and one that tells what
a state implies or brings about ("X is on leave, meaning the post is empty": no act of X)."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import children_with, has_child

# Verbs of going through a hardship or an experience: "had difficulty finishing", "faced
# problems raising money", "experienced issues connecting".
UNDERGOING_VERBS = frozenset({"have", "experience", "face", "encounter"})


def doer_above(verb: Token, lexicons: Lexicons) -> bool:
    """Whether the gerund ``verb`` hung on a direct object is the act of the verb's subject, not of
    the object: after a noun of hardship or experience that a verb of undergoing takes
    (``lexicons/hardship_nouns.txt``): "some had difficulty finishing their orders", "buyers
    experienced problems connecting", "I have had a wonderful time working for X"."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.dep_ != "dobj" or has_child(verb, SUBJ_DEPS):
        return False
    hardship = noun.lemma_.lower() in lexicons.terms("hardship_nouns")
    return hardship and noun.head.lemma_.lower() in UNDERGOING_VERBS


def clause_read_as_noun(verb: Token) -> bool:
    """A participle the parse hung on a root noun that has a subject of some other verb in its
    phrase ("Soderling defeated Federer in the quarterfinal Tuesday, ending his streak" read as
    one noun "Federer" with "Soderling defeated" as modifiers): the "subject" is a whole clause,
    and whether the clause's doer or its event does the participle's act, the parse cannot show."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(t.dep_ in SUBJ_DEPS and t.i < verb.i for t in noun.subtree)


# Links that give a participle a clause of its own ("while meeting", "having left").
OWN_CLAUSE_DEPS = frozenset({*SUBJ_DEPS, "mark", "aux", "auxpass"})


# Participles that tell what a fact implies: "X is on leave, meaning the post is empty".
IMPLYING_VERBS = frozenset({"mean"})
# Participles of bringing about: after a clause of being, the state they follow brings it about.
BRINGING_VERBS = frozenset({"make", "render", "prevent"})
# Verbs that bring about only with a complement saying what their object becomes ("making it
# the oldest", "rendering it idle"); with a bare object they are acts ("making his debut").
MAKING_SO = frozenset({"make", "render"})
# Links of that complement, as the parse reads it: with its own subject ("it" of "making it the
# oldest") or after the object ("making notes tempting").
COMPLEMENT_DEPS = frozenset({"ccomp", "oprd", "xcomp", "acomp", "advcl"})
# Copulas whose clause tells a state, not an act: "X is Y", "X became Y", "X remains Y".
STATE_COPULAS = frozenset({"be", "become", "remain"})


def state_consequence(verb: Token, lexicons: Lexicons) -> bool:
    """A trailing participle that tells what the clause's fact implies or brings about: "many
    schools are on holiday, meaning pupils have no classes", "the seller was from his town, making
    it more suspicious", "its candidate will be a Muslim, preventing X from running". Neither the
    schools nor the seller do it, but their being so; no doer is lent. A participle of the subject's
    own ("X was a member, serving as speaker"), of letting ("will be available, allowing updates":
    it allows them) and a phrasal verb ("is the largest market, making up 15 percent") keep it."""
    head = verb.head
    if (
        verb.dep_ != "advcl"
        or verb.tag_ != "VBG"
        or verb.i < head.i
        or has_child(verb, (*OWN_CLAUSE_DEPS, "prt"))
    ):
        return False
    lemma = verb.lemma_.lower()
    if lemma in IMPLYING_VERBS:
        return True
    if lemma in MAKING_SO and not _small_clause(verb):
        return False  # "became a regular, making his debut": his own act, no "making it so"
    bringing = lemma in BRINGING_VERBS or lemma in lexicons.terms("consequence_verbs")
    return bringing and head.lemma_.lower() in STATE_COPULAS


def _small_clause(verb: Token) -> bool:
    """Whether "make"/"render" says what its object becomes: a complement with its own subject
    ("making it the oldest", read as a clause "it the oldest"), or an object and a complement
    after it ("making notes tempting"). A bare object the parse calls a clause is no such thing
    ("making his league debut")."""
    complements = children_with(verb, COMPLEMENT_DEPS)
    if any(has_child(c, SUBJ_DEPS) for c in complements):
        return True
    return has_child(verb, ("dobj",)) and bool(complements)
