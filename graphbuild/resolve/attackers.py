"""Who "the gunman" is: the one person the text names as making the attack.

News names an attacker once ("Ana Ruiz, 32, shot three people …") and then goes on with the noun
("The gunman entered the school"), which no name of an armed group answers. The person must be the
active subject of an attack verb (``lexicons/attack_verbs.txt``) before the description, and the
only one so named; where the noun itself is attacked anywhere ("police shot the gunman") the one
who shot may be the police officer, so the description stays open.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.mentions import EntityMention

# The subtype the actor lexicon gives an attacker's noun.
ATTACKER_SUBTYPE = "ArmedGroup"
PERSON = "Person"
# The attacker as a verb's active subject; the attacked as its object or passive subject.
AGENT_DEPS = frozenset({"nsubj"})
TARGET_DEPS = frozenset({"dobj", "nsubjpass"})
# A verb joined to the subject's own verb ("entered the school and shot three people").
CONJUNCT = "conj"


def named_attacker(
    doc: Doc, mention: EntityMention, seen: list[LocalEntity], lexicons: Lexicons
) -> LocalEntity | None:
    """The one person named before as an attack's subject, for a singular attacker's noun."""
    head = doc[mention.end - 1]
    nouns, verbs = lexicons.terms("attacker_nouns"), lexicons.terms("attack_verbs")
    if mention.subtype != ATTACKER_SUBTYPE or mention.plural or head.lemma_.lower() not in nouns:
        return None
    if any(t.lemma_ == head.lemma_ and _attacked(t, verbs) for t in doc):
        return None  # "police shot the gunman": who shot may be no attacker
    found = {
        e.key: e
        for e in seen
        if e.subtype == PERSON
        and not e.generic
        and any(end <= mention.start and _attacks(doc[start:end].root, verbs) for start, end in e.token_spans)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _attacks(token: Token, verbs: frozenset[str]) -> bool:
    """Whether ``token`` is the active subject of an attack verb, or of a verb joined to one."""
    if token.dep_ not in AGENT_DEPS:
        return False
    verb = token.head
    joined = [c for c in verb.children if c.dep_ == CONJUNCT]
    return any(v.lemma_.lower() in verbs for v in (verb, *joined))


def _attacked(token: Token, verbs: frozenset[str]) -> bool:
    return token.dep_ in TARGET_DEPS and token.head.lemma_.lower() in verbs


__all__ = ["named_attacker"]
