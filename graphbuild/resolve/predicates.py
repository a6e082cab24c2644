"""What a pronoun's own predicate and the nouns around it say about what it may stand for.

Kept apart from ``resolve.agreement`` (number, type, gender of a candidate): these rules read the
pronoun's clause or its rivals, not the candidate, and leave the pronoun open.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.agreement import PLURAL_PRONOUNS
from graphbuild.resolve.mentions.nouns import typed_nouns

# How far down a chain of open complements the predicate is read ("is expected to be due to …").
XCOMP_DEPTH = 3
SINGULAR_NOUN = "NN"
# The object predicate of "called it a dark day", and the "as" of "described it as a disgrace".
OBJECT_PREDICATE = "oprd"
AS_PREDICATE = "as"
# Lexicons whose nouns make a judgement about a body, a person or a place ("called it a terrorist
# group"), which a named one may take.
REFERRING_NOUN_LEXICONS = ("actor_nouns", "location_nouns")


def predicate_phrases(verb: Token) -> set[str]:
    """A verb's lemma with each object ("take effect") and each preposition and its object ("come
    into force"), lower-cased."""
    lemma = verb.lemma_.lower()
    found = set()
    for child in verb.children:
        if child.dep_ == "dobj":
            found.add(f"{lemma} {child.lemma_.lower()}")
        elif child.dep_ == "prep":
            found.update(
                f"{lemma} {child.lower_} {o.lemma_.lower()}" for o in child.children if o.dep_ == "pobj"
            )
    return found


def thing_predicate(pronoun: Token, lexicons: Lexicons) -> bool:
    """ "The parliament passed a ban in May; it is scheduled to take effect in August": the subject
    of a predicate only a rule or an event takes (``lexicons/thing_predicates.txt``), read down
    the open complements of the pronoun's verb, is no person, body or place."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    phrases = lexicons.terms("thing_predicates")
    verb = pronoun.head
    for _ in range(XCOMP_DEPTH):
        if predicate_phrases(verb) & phrases:
            return True
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if verb is None:
            return False
    return False


def judged_it(pronoun: Token, lexicons: Lexicons) -> bool:
    """ "The minister called it a dark day", "described it as a disgrace": an "it" a verb judges
    through an object predicate that is a common noun of no body, person or place stands for what
    happened, not for a name before it. "called it a terrorist group" still may mean one."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "dobj":
        return False
    verb = pronoun.head
    predicates = [c for c in verb.children if c.dep_ == OBJECT_PREDICATE]
    predicates += [
        o for c in verb.children if c.lower_ == AS_PREDICATE for o in c.children if o.dep_ == "pobj"
    ]
    referring = [typed_nouns(lexicons, name) for name in REFERRING_NOUN_LEXICONS]
    return any(
        noun.pos_ == "NOUN" and not any(noun.lemma_.lower() in t or noun.lower_ in t for t in referring)
        for noun in predicates
    )


def collective_rival(token: Token, pronoun: str, lexicons: Lexicons) -> bool:
    """ "The government said the group was calling a truce because they were weak": an unnamed
    singular noun for a body of people (``lexicons/collective_nouns.txt``) fits "they" as well as
    any named body."""
    return (
        pronoun in PLURAL_PRONOUNS
        and token.tag_ == SINGULAR_NOUN
        and token.lemma_.lower() in lexicons.terms("collective_nouns")
    )
