"""A person who owns the subject of an object pronoun's own verb: "Ruiz's family placed him in a
hospice", "the third worker's clothing protected him".

An object "him" or "her" is not its verb's subject, but the subject's possessor is the nearest
person its clause speaks of, and the one such a pronoun most often means. When resolution picked
someone else (a person named in an earlier clause or sentence), the pick is a guess against the
clause's own evidence, and the pronoun stays unresolved: precision first. On the studied sets both
such picks were wrong ("Ewald said that Anderson's family had placed him" is Anderson, not Ewald).
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.agreement import FEMININE_PRONOUNS, PERSON_PRONOUNS, SUBJECT_DEPS, agrees_in_gender
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.mentions.nouns import typed_nouns
from graphbuild.resolve.person_rivals import PERSON_SUBTYPES, person_noun

# Where a pronoun is acted on by its verb ("placed him", "gave her a medal").
ACTED_ON_DEPS = frozenset({"dobj", "dative"})
POSSESSOR = "poss"
SINGULAR_NOUN = "NN"
# ``actor_nouns.txt`` subtypes of one person ("worker", "official", "suspect"), besides posts and
# trades (``person_rivals.person_noun``).
PERSON_NOUN_SUBTYPES = frozenset({"Person", "Role", "Group"})


def subject_owner_rival(
    pronoun: Token, entity: LocalEntity, owner: dict[int, LocalEntity], lexicons: Lexicons
) -> bool:
    """Whether a person other than ``entity`` owns the subject of the verb ``pronoun`` is the
    object of: a named person of the pronoun's gender, or a common noun of a person ("the
    worker's") not of the other sex; "the workers'" are many, not "him"."""
    if pronoun.lower_ not in PERSON_PRONOUNS or pronoun.dep_ not in ACTED_ON_DEPS:
        return False
    subjects = [c for c in pronoun.head.children if c.dep_ in SUBJECT_DEPS]
    for possessor in (c for s in subjects for c in s.children if c.dep_ == POSSESSOR):
        other = owner.get(possessor.i)
        if other is not None:
            if (
                other.key != entity.key
                and other.type == "Actor"
                and other.subtype in PERSON_SUBTYPES
                and agrees_in_gender(pronoun.lower_, other, pronoun.doc, lexicons)
            ):
                return True
        elif possessor.tag_ == SINGULAR_NOUN and _person_word(possessor, lexicons):
            opposite = "masculine_words" if pronoun.lower_ in FEMININE_PRONOUNS else "feminine_words"
            if possessor.lower_ not in lexicons.terms(opposite):
                return True
    return False


def _person_word(noun: Token, lexicons: Lexicons) -> bool:
    """A common noun of a person: a post, a trade, or an actor noun of people ("the worker")."""
    typed = typed_nouns(lexicons, "actor_nouns").get(noun.lemma_.lower())
    return person_noun(noun, lexicons) or (typed is not None and typed[1] in PERSON_NOUN_SUBTYPES)


__all__ = ["subject_owner_rival"]
