"""Where an unnamed person or thing stands in a sentence so as to rival a named antecedent.

A pronoun resolves only when no other candidate fits as well: these tests find the doer of a
passive ("caused by a bomber") and a person the clause acts on ("described the man"). Pure
functions of tokens, read by ``resolve.salience``.
"""

from __future__ import annotations

from spacy.tokens import Token


def passive_agent(token: Token) -> bool:
    """ "The blast was caused by a bomber": the doer of a passive whose subject is an unnamed
    thing stands where a subject does. Not when the subject is a pronoun or a name ("Ruiz was
    shot by a sniper. He…": Ruiz), nor with no subject ("Aided by jets they…")."""
    if token.dep_ != "pobj" or token.head.dep_ != "agent":
        return False
    subjects = [c for c in token.head.head.children if c.dep_ == "nsubjpass"]
    return any(s.pos_ == "NOUN" and s.ent_type_ == "" for s in subjects)


# Determiners of someone new or met before, not of a relative ("her husband") or a named one.
_PLAIN_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})


def unnamed_object(token: Token) -> bool:
    """ "Lee described the man as tall": a person the clause acts on, not named in its phrase ("a
    spokeswoman of the UN, Ana Ruiz") nor someone's relative ("told her husband")."""
    return (
        token.dep_ == "dobj"
        and any(c.dep_ == "det" and c.lower_ in _PLAIN_DETERMINERS for c in token.children)
        and not any(c.dep_ == "poss" for c in token.children)
        and not any(t.dep_ == "appos" for t in token.subtree)
    )
