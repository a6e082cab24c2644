"""Where a person is from, after the name: "Jan Brink of Florida". NER sometimes takes a person's
name for a body's, and a body's name may go on with "of" and its place ("the Western District of
Virginia", ``fragments.complete_name``); a person's does not: "of Florida" says where the person
lives, so the name ends before it.
"""

from __future__ import annotations

from graphbuild.resolve.entities import LocalEntity

# Words in a person's name: a given name and a surname.
_PERSON_WORDS = 2


def person_name(entity: LocalEntity, given: frozenset[str], heads: frozenset[str]) -> bool:
    """``Jan Brink``: a given name (``given``) and one more capitalised word that is no body's head
    noun (``heads``: "Carter Center" is a body named after a person) write a person's name, whatever
    type NER gave it."""
    words = entity.name.split()
    return (
        len(words) == _PERSON_WORDS
        and words[0].lower() in given
        and words[1][:1].isupper()
        and words[1].isalpha()
        and words[1].lower() not in heads
    )
