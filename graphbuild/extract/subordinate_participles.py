"""A participle set off after a "while" clause ("the bombs went off while the men held them,
causing deaths"): the parse hangs it on the clause's verb, but a "while" clause tells the
background the main event happened against, and the main event is as likely what the participle
tells the consequence of, so grammar cannot tell whose act it is. A ", while" of contrast opens a
clause of its own ("the team wept, while the fans sang, waving flags"), and a clause of time ("a day after a
mob attacked the office, killing two") is itself the event, and keeps its participle."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.nlp import children_with, has_child

# Conjunctions that open a clause of background ("while the men held them").
BACKGROUND_MARKS = frozenset({"while", "whilst"})
# Links that give a participle a clause of its own ("while meeting", "having left").
OWN_CLAUSE_DEPS = frozenset({*SUBJ_DEPS, "mark", "aux", "auxpass"})


def participle_after_subordinate(verb: Token) -> bool:
    """Whether ``verb`` is a comma-set-off "-ing" participle hung on the verb of a subordinate
    "while" clause that follows its main clause; a participle that reports speech ("…, ruling that")
    keeps its doer, and so does one before the subordinate clause's end."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < head.i or has_child(verb, OWN_CLAUSE_DEPS):
        return False
    if head.dep_ != "advcl" or head.i < head.head.i or has_child(verb, ("ccomp",)):
        return False
    marks = children_with(head, ("mark",), BACKGROUND_MARKS)
    if not marks or not has_child(head, SUBJ_DEPS) or _after_comma(marks[0]):
        return False  # ", while fans sang, waving flags": a contrast, a clause of its own
    return _after_comma(verb)


def _after_comma(token: Token) -> bool:
    """Whether a comma comes right before the token."""
    return token.i > 0 and token.doc[token.i - 1].text == ","


__all__ = ["BACKGROUND_MARKS", "participle_after_subordinate"]
