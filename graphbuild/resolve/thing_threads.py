"""An "it" that carries on the unnamed thing the sentence before was about.

"His first novel was published in 1951. Featuring on Voxa's list of best books, it has been
translated…": "it" is the novel, the subject before, not the magazine whose list is named on the
way. A subject "it" whose only candidates in its own sentence are bodies named off the subject (a
possessor, a preposition's object) stays open when the sentence before has a thing's noun as its
subject (``salience.rival``): that noun is what the text is about, and it has no node to go to.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.agreement import SUBJECT_DEPS, THING_PRONOUNS
from graphbuild.resolve.entities import LocalEntity, sentence_bounds, sentence_index
from graphbuild.resolve.salience import is_subject, rival


def earlier_thing_subject(
    pronoun: Token, found: list[tuple[Token, LocalEntity]], owner: dict[int, LocalEntity], lexicons: Lexicons
) -> bool:
    """Whether a subject "it" whose candidates in its sentence are none of them a subject follows a
    sentence whose subject is an unnamed thing that fits "it" as well."""
    word = pronoun.lower_
    if word not in THING_PRONOUNS or pronoun.dep_ not in SUBJECT_DEPS:
        return False
    if any(is_subject(token) or entity.type != "Actor" for token, entity in found):
        return False
    index = sentence_index(pronoun.doc, pronoun.i)
    if index == 0:
        return False
    start, end = sentence_bounds(pronoun.doc)[index - 1]
    doc = pronoun.doc
    return any(
        doc[i].dep_ in SUBJECT_DEPS and rival(doc[i], word, owner, lexicons) for i in range(start, end)
    )
