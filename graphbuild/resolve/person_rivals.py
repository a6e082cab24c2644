"""Unnamed people who fit "he" or "she" as well as a person named before: rivals that leave a
pronoun open ("Ruiz claimed the pilot's actions were illegal and he…").

A common noun of a person is a rival when it brings someone new in ("a bomber"), is a gendered
word of the pronoun's sex ("the woman"), or is a person the clause acts on or speaks of after a
name of its own sentence ("the pilot's", "seized the reporter"). Pure functions of tokens, read
by ``resolve.salience``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.agreement import FEMININE_PRONOUNS, PERSON_PRONOUNS, SUBJECT_DEPS
from graphbuild.resolve.entities import LocalEntity


def person_rival(token: Token, pronoun: str, owner: dict[int, LocalEntity], lexicons: Lexicons) -> bool:
    """Whether the singular common noun ``token`` is a person (or pet) "he"/"she" may mean as well."""
    gendered = lexicons.terms("feminine_words" if pronoun in FEMININE_PRONOUNS else "masculine_words")
    return token.tag_ == "NN" and (
        token.lower_ in gendered
        or someone_new(token, lexicons)
        or (person_object(token, lexicons) and person_named_before(token, owner))
        or pet_object(token, lexicons)
    )


def hidden_person(token: Token, pronoun: str, owner: dict[int, LocalEntity]) -> bool:
    """ "Lam said …. She…", "At Ana Ruiz's launch, she said…": a name NER reads as a person (here
    or at another of its mentions), as subject or possessor, is another person "he" or "she" may
    mean even when typing took it for something else (a place, a company, an armed group); the
    person the pronoun would skip to is then a guess. A name typed as a person or a post is weighed
    as a candidate instead."""
    entity = owner[token.i]
    return (
        pronoun in PERSON_PRONOUNS
        and token.dep_ in _HIDDEN_PERSON_DEPS
        and not (entity.type == "Actor" and entity.subtype in PERSON_SUBTYPES)
        and (token.ent_type_ == "PERSON" or _read_as_person(entity, token.doc))
    )


def _read_as_person(entity: LocalEntity, doc: Doc) -> bool:
    """Whether NER reads any mention of ``entity`` as a person's name ("Ana Ruiz, who…")."""
    return any(doc[i].ent_type_ == "PERSON" for start, end in entity.token_spans for i in range(start, end))


# Where a name stands as someone a later "he" or "she" may mean: a subject or a possessor.
_HIDDEN_PERSON_DEPS = SUBJECT_DEPS | {"poss"}
# Actor subtypes that "he" and "she" may stand for (``agreement.compatible``).
PERSON_SUBTYPES = frozenset({"Person", "Role"})


# Words that bring in someone not met before: "an unnamed commander", "one member of the party".
_INTRODUCING = frozenset({"a", "an", "another", "one"})


def someone_new(token: Token, lexicons: Lexicons) -> bool:
    """ "An unnamed commander spoke to reporters. He said…", "…," commented a senior official. He
    added…", "a bomber died when the device he was building went off": a person brought in by a
    post or a deed (``NEW_PERSON_LEXICONS``) and an indefinite word is someone new, whom the next
    "he" or "she" may well mean rather than anyone named before; unless named there ("A Wikinews
    reporter, Shi Zhao, tested it. He…")."""
    kids = list(token.children)
    lemma = token.lemma_.lower()
    return (
        (any(lemma in lexicons.terms(name) for name in NEW_PERSON_LEXICONS) or _unnamed_doer(token, lexicons))
        and any(c.dep_ in ("det", "nummod") and c.lower_ in _INTRODUCING for c in kids)
        and not any(c.dep_ == "appos" for c in kids)
    )


def _unnamed_doer(token: Token, lexicons: Lexicons) -> bool:
    """ "Police said one customer tried to tackle the robber. He…": a person known by a trade or
    standing (``lexicons/people_nouns.txt``) who does a deed, as the active subject of a verb that
    neither reports nor describes ("A witness said…", "A customer was…" only side or describe),
    is someone new the next "he" may mean."""
    verb = token.head
    return (
        token.dep_ == ACTIVE_SUBJECT
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() not in lexicons.terms("reporting_verbs")
        and token.lemma_.lower() in lexicons.terms("people_nouns")
    )


ACTIVE_SUBJECT = "nsubj"


# Word lists of people known by their role: a post, a trade or standing, or a deed of attack. Not
# antecedents.WHO_ANTECEDENT_LEXICONS, which has members and actors instead of trades and deeds.
ROLE_PERSON_LEXICONS = ("role_nouns", "people_nouns", "attacker_nouns")
# Those whose indefinite form brings someone new into the story: a post or a deed ("a commander",
# "a bomber"). A trade or standing does not ("A self-taught player, he…", "raping an employee
# while he was minister", "A witness said Hale had collapsed"): it describes or sides, unless it
# does a deed as a subject ("one customer tried to stop the robber": ``_unnamed_doer``).
NEW_PERSON_LEXICONS = ("role_nouns", "attacker_nouns")


def person_noun(token: Token, lexicons: Lexicons) -> bool:
    """A common noun for a person by what they do or are ("pilot", "attorney", "gunman")."""
    lemma = token.lemma_.lower()
    return any(lemma in lexicons.terms(name) for name in ROLE_PERSON_LEXICONS)


def pet_object(token: Token, lexicons: Lexicons) -> bool:
    """ "They had owned the dog since he was six weeks old": an animal the clause acts on
    (``lexicons/animal_nouns.txt``) is "he" or "she" to its owners, as likely meant as a person
    named before. As subject ("The polar bear had lived there. He…") it is the animal named before."""
    return token.dep_ == "dobj" and token.lemma_.lower() in lexicons.terms("animal_nouns")


def person_object(token: Token, lexicons: Lexicons) -> bool:
    """ "Guards seized the reporter and led him away", "X claimed the pilot's actions were illegal
    and he had no clearance": a person the clause acts on or whose thing it speaks of, named by a
    post or a trade (``person_noun``), is who a later "him" or "he" most often means; a person
    named earlier in the sentence is then a guess. Only an object or a possessor counts here: an
    unnamed subject before the pronoun is its own verb's ("the reporter said he"), and only one met
    before ("the"); one named in apposition ("the pilot, X,") is that name."""
    kids = list(token.children)
    if token.dep_ == "poss" and token.head.dep_ not in _ACTED_ON_DEPS | SUBJECT_DEPS:
        return False  # "prior to the singer's death he had…": a possessor off the clause's arguments
    return (
        token.dep_ in _ACTED_ON_DEPS
        and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids)
        and person_noun(token, lexicons)
        and not any(c.dep_ == "appos" for c in kids)
    )


_ACTED_ON_DEPS = frozenset({"dobj", "poss"})


def person_named_before(token: Token, owner: dict[int, LocalEntity]) -> bool:
    """Whether a person is named before ``token`` in its sentence: "the athlete's head" with no
    name beside it takes up the person named before ("luger Nodar Vela died. … the athlete's
    head as he…"), and is then no rival to that person; after a name of its own sentence it is
    someone else ("Ruiz claimed the pilot's actions…")."""
    return any(i in owner and owner[i].subtype == "Person" for i in range(token.sent.start, token.i))


# Determiners of someone already met: "the reporter", "that officer" ("an employee" is someone new,
# whom ``someone_new`` weighs).
_DEFINITE = frozenset({"the", "this", "that"})


__all__ = [
    "NEW_PERSON_LEXICONS",
    "PERSON_SUBTYPES",
    "ROLE_PERSON_LEXICONS",
    "hidden_person",
    "person_noun",
    "person_rival",
]
