"""Surnames shown by a title: "Malawian president Bingu wa Mutharika", "Chief Kestrel": the last
word of a name right after a person's title or post is that person's surname, so a lone mention of
it elsewhere in the article is the person, though NER took it for a place."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from graphbuild.lexicons import Lexicons

if TYPE_CHECKING:
    from graphbuild.resolve.mentions.tables import MentionTables

# Lower-case particles inside a full name ("Bingu wa Mutharika", "Omar bin Laden", "Ursula von Lind").
NAME_PARTICLES = frozenset(
    {"wa", "bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "van", "von", "der", "le", "la"}
)
# Words of the titles lexicon that name a service or a country, not a person's post ("Army", "British").
NOT_POSTS = frozenset({"army", "navy", "marine", "marines", "us", "u.s.", "uk", "british", "american"})
# Most words of a name read after a title.
MAX_NAME_WORDS = 4


@functools.lru_cache(maxsize=8)
def person_posts(lexicons: Lexicons) -> frozenset[str]:
    """One-word titles and posts a person's name follows (``titles``, ``role_nouns``)."""
    words = lexicons.terms("titles") | lexicons.terms("role_nouns")
    return frozenset(w for w in words if " " not in w) - NOT_POSTS - lexicons.terms("demonyms")


def titled_surnames(doc: Doc, tables: MentionTables) -> set[str]:
    """Last words of the capitalised names that follow a person's title or post ("president Bingu
    wa Mutharika" gives "Mutharika"), unless a place's, a site's or a body's noun ends the name
    ("Prince Edward Island", "the General Cemetery")."""
    posts = person_posts(tables.lexicons)
    heads = place_and_body_heads(tables)
    out = set()
    for t in doc[:-1]:
        if t.lower_ not in posts:
            continue
        last = _name_after(t)
        if last is not None and last.lower_ not in heads and last.lemma_.lower() not in heads:
            out.add(last.text)
    return out


def place_and_body_heads(tables: MentionTables) -> frozenset[str]:
    """Nouns that end the names of places, sites and bodies ("Island", "Cemetery", "Council"): a
    name so ended after a title-like word ("the General Cemetery") is no person's."""
    words = tables.lexicons
    return (
        frozenset(tables.noun_table("Region"))
        | words.terms("site_heads")
        | words.terms("facility_heads")
        | words.terms("organization_heads")
        | words.terms("body_name_heads")
    )


def _name_after(post: Token) -> Token | None:
    """The last word of the capitalised name right after ``post``, or None: proper nouns with
    lower-case particles between them, ending on a capital, and no capitalised word after it."""
    doc, last = post.doc, None
    for t in doc[post.i + 1 : post.i + 1 + MAX_NAME_WORDS]:
        if t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha:
            last = t
        elif not (t.lower_ in NAME_PARTICLES and last is not None):
            break
    after = doc[last.i + 1] if last is not None and last.i + 1 < len(doc) else None
    if last is None or (after is not None and after.text[:1].isupper() and after.is_alpha):
        return None
    return last
