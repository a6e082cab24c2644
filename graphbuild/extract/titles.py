"""Titles before a name: ``Kenya President John X`` -> (John X, is President of, Kenya);
``Thai Prime Minister Sam X`` -> (Sam X, is, Thai Prime Minister): a title is read whole, and only a
place or a body owns it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from graphbuild.extract.facts import Fact
from graphbuild.extract.phrases import TokenSpan, trim
from graphbuild.extract.posts import post_words
from graphbuild.extract.relations import be_form
from graphbuild.lexicons import Lexicons


def title_facts(name: Token, lexicons: Lexicons) -> Iterator[Fact]:
    """A role noun before a name: ``Kenya President John X`` -> (John X, is President of, Kenya);
    ``Ugandan leader Idi X`` -> (Idi X, is, Ugandan leader).
    """
    if name.pos_ != "PROPN" or name.dep_ == "compound":
        return
    roles = lexicons.terms("role_nouns")
    doc = name.doc
    titles = [c for c in name.lefts if c.dep_ in ("compound", "nmod") and c.lemma_.lower() in roles]
    if not titles:
        return
    title = titles[-1]
    name_start = title.i + 1
    if name_start > name.i or any(
        doc[i].pos_ != "PROPN" or doc[i].lemma_.lower() in roles or not doc[i].text[:1].isupper()
        for i in range(name_start, name.i + 1)
    ):
        return  # the name must be a name: "Deputy Assistant" is two titles
    if name.ent_type_ and name.ent_type_ != "PERSON":
        return
    subject: TokenSpan = (name_start, name.i + 1)
    left = min([title.left_edge.i, *(c.left_edge.i for c in name.lefts if c.i < title.i and c.dep_ != "det")])
    phrase = trim(doc, left, title.i + 1)
    be = be_form(name, tensed=False)
    owner = [c for c in title.lefts if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"]
    owner += [c for c in name.lefts if c.i < title.i and c.dep_ == "compound" and c.pos_ == "PROPN"]
    prefix = title_prefix(title, roles)
    # the owner is a place or a body ("Kenya President"), not a word of the title ("Prime Minister",
    # "Associate Justice"), nor a title word itself ("Attorney General", "Chief Justice"), nor a
    # demonym ("Thai Prime Minister" is no minister of "Thai")
    owner = [
        c
        for c in owner
        if c.i < (prefix[0].i if prefix else title.i)
        and c.lemma_.lower() not in roles
        and not _demonym(c, lexicons)
    ]
    if owner:
        words, post = post_words(title, lexicons)
        if prefix and words == (title.i,):
            words, post = (*(w.i for w in prefix), title.i), " ".join([*(w.lower_ for w in prefix), post])
        yield Fact(
            subject, (be, *words, "of"), noun_span_upto(owner[0]), lemma=f"be {post} of", kind="title:role"
        )
        yield Fact(subject, (be,), phrase, lemma="be", kind="title:is", variant=True)
    else:
        yield Fact(subject, (be,), phrase, lemma="be", kind="title:is")


def title_prefix(title: Token, roles: frozenset[str]) -> list[Token]:
    """The words before a title noun that make one title with it ("Prime" in "Prime Minister",
    "Associate" in "Associate Justice"): the longest run of them that ``role_nouns`` lists whole."""
    doc = title.doc
    start = title.i
    for i in range(title.i - 1, max(title.i - MAX_TITLE_PREFIX, 0) - 1, -1):
        if doc[i].head.i < i or doc[i].head.i > title.i or doc[i].is_punct:
            break
        if " ".join(t.lower_ for t in doc[i : title.i + 1]) in roles:
            start = i
    return list(doc[start : title.i])


# Words before a title noun that can belong to it ("Deputy Prime Minister"): at most this many.
MAX_TITLE_PREFIX = 3


def _demonym(word: Token, lexicons: Lexicons) -> bool:
    """A people's adjective ("Thai", "French"): it says whose title it is, but is no "of" object."""
    country = lexicons.synonyms("demonyms").get(word.lower_)
    return word.ent_type_ == "NORP" or (country is not None and country.lower() != word.lower_)


def noun_span_upto(token: Token) -> TokenSpan:
    """The words of a modifier noun up to itself ("Burkina Faso" in "Burkina Faso President")."""
    left = token.left_edge.i
    return trim(token.doc, left, token.i + 1)


__all__ = ["title_facts", "title_prefix"]
