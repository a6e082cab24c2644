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
from graphbuild.extract.publication_posts import publication_between
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
    if doc[name_start].lower_ in lexicons.terms("titles"):
        return  # "Deputy Superintendent of Police X": a title word opens no name
    if (name.ent_type_ and name.ent_type_ != "PERSON") or in_person_name(title):
        return
    subject: TokenSpan = (name_start, name.i + 1)
    left = min([title.left_edge.i, *(c.left_edge.i for c in name.lefts if c.i < title.i and c.dep_ != "det")])
    styles = [c for c in (*title.lefts, *name.lefts) if c.i < title.i and styled(c)]  # "Her Majesty"
    left = max([left, *(c.i + 1 for c in styles)])
    phrase = trim(doc, left, title.i + 1)
    be = be_form(name, tensed=False)
    owner = [c for c in title.lefts if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"]
    owner += [c for c in name.lefts if c.i < title.i and c.dep_ == "compound" and c.pos_ == "PROPN"]
    prefix = title_prefix(title, roles)
    # the owner is a place or a body ("Kenya President"), not a word of the title ("Prime Minister",
    # "Associate Justice"), nor a title word itself ("Attorney General", "Chief Justice"), nor a
    # demonym ("Thai Prime Minister" is no minister of "Thai"), nor a word of the title's own kind
    # ("Foreign Secretary", "Fire Lieutenant": ``title_modifiers``), nor a style of address ("Her
    # Majesty Queen X": ``styled``), nor a rank or a style ("Brigadier General X", "Mr Justice X":
    # ``titles``), nor a word right after another title word ("Chief Financial Officer X": one title)
    modifiers = lexicons.terms("title_modifiers")
    ranks = lexicons.terms("titles")
    owner = [
        c
        for c in owner
        if c.i < (prefix[0].i if prefix else title.i)
        and c.lemma_.lower() not in roles
        and not _demonym(c, lexicons)
        and not (c.lower_ in modifiers and c.left_edge.i == c.i)
        and not styled(c)
        and not (c.lower_ in ranks and c.ent_type_ not in OWNER_ENTITIES)
        and not (c.left_edge.i > 0 and doc[c.left_edge.i - 1].lemma_.lower() in roles)
        and not publication_between(c, title, lexicons.terms("media_nouns"))  # "X magazine reporter"
    ]
    if owner:
        words, post = post_words(title, lexicons)
        if prefix and words == (title.i,):
            words, post = (*(w.i for w in prefix), title.i), " ".join([*(w.lower_ for w in prefix), post])
        words, post = _with_middle(words, post, between_words(owner[0], prefix[0] if prefix else title))
        yield Fact(
            subject, (be, *words, "of"), noun_span_upto(owner[0]), lemma=f"be {post} of", kind="title:role"
        )
        yield Fact(subject, (be,), phrase, lemma="be", kind="title:is", variant=True)
    else:
        yield Fact(subject, (be,), phrase, lemma="be", kind="title:is")


# Entity types of a name that can own a title even when ``titles`` lists its word ("US", "Army").
OWNER_ENTITIES = frozenset({"GPE", "ORG", "NORP", "LOC"})


def in_person_name(title: Token) -> bool:
    """A title word inside a person's name, after a word of it ("Khalid Sheikh X", "Zayed bin Sultan
    X"): a word of the name, no title its bearer holds (an acronym before it is an owner NER joined)."""
    before = title.doc[title.i - 1] if title.i else None
    return (
        title.ent_type_ == "PERSON"
        and title.ent_iob_ == "I"
        and before is not None
        and not before.text.isupper()
    )


def whole_title_prep(role: Token, prep: Token, lexicons: Lexicons) -> Token | None:
    """The preposition that joins a role to what it is of: for a title made whole by its "of"
    phrase ("Secretary of State", ``titles``), the one after it ("Secretary of State for Health"),
    or none: "State" is no body the secretary is of."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or f"{role.lower_} {prep.lower_} {pobj.lower_}" not in lexicons.terms("titles"):
        return prep
    return next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)


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


def between_words(owner: Token, title: Token) -> list[Token]:
    """The modifiers between a title's owner and the title ("Minority" in "Senate Minority Leader",
    "Treasury" in "US Treasury Secretary"): they name which post of the owner it is, so the post
    keeps them; none if anything else stands there."""
    words = [t for t in owner.doc[owner.i + 1 : title.i] if t.dep_ != "case"]
    if any(t.dep_ not in MIDDLE_DEPS or not t.i < t.head.i <= title.i or t.is_punct for t in words):
        return []
    return words


# Links of a word between a title's owner and the title that makes one post with it.
MIDDLE_DEPS = frozenset({"compound", "amod", "nmod"})


def _with_middle(
    words: tuple[int | str, ...], post: str, middle: list[Token]
) -> tuple[tuple[int | str, ...], str]:
    """The post's words and lemma with the words between its owner and its noun, just before the noun."""
    middle = [t for t in middle if t.i not in words]
    if not middle:
        return words, post
    *before, noun = post.split(" ")
    return (*words[:-1], *(t.i for t in middle), words[-1]), " ".join(
        [*before, *(t.lower_ for t in middle), noun]
    )


# Words before a title noun that can belong to it ("Deputy Prime Minister"): at most this many.
MAX_TITLE_PREFIX = 3


def _demonym(word: Token, lexicons: Lexicons) -> bool:
    """A people's adjective ("Thai", "French"): it says whose title it is, but is no "of" object."""
    country = lexicons.synonyms("demonyms").get(word.lower_)
    return word.ent_type_ == "NORP" or (country is not None and country.lower() != word.lower_)


def styled(word: Token) -> bool:
    """A name a personal pronoun owns ("Her Majesty", "His Holiness", "Your Excellency"): a style of
    address to the title's holder, never a place or a body that holds the title."""
    before = word.left_edge.i - 1
    return before >= 0 and word.doc[before].tag_ == POSSESSIVE_PRONOUN


# The tag of a personal possessive pronoun: "her", "his", "your".
POSSESSIVE_PRONOUN = "PRP$"


def title_piece(word: Token, roles: frozenset[str]) -> bool:
    """A title word after a preposition of another title ("Commander in Chief", "Editor in Chief"):
    a piece of one title, so no place the first is in, nor alone what an apposition after it is."""
    prep = word.head
    return (
        word.dep_ == "pobj"
        and word.lemma_.lower() in roles
        and prep.dep_ == "prep"
        and prep.head.lemma_.lower() in roles
        and word.is_title
    )


def noun_span_upto(token: Token) -> TokenSpan:
    """The words of a modifier noun up to itself ("Burkina Faso" in "Burkina Faso President")."""
    left = token.left_edge.i
    return trim(token.doc, left, token.i + 1)


__all__ = ["title_facts", "title_piece", "title_prefix", "whole_title_prep"]
