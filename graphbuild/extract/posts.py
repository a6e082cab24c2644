"""The words of a post in a role relation ("former president", "richest woman"): the post noun with
a qualifier that changes what holding it means, or with the rank a superlative or an ordinal gives.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.lexicons import Lexicons
from graphbuild.nlp import span_text, whole_word


def qualifier_before(title: Token, qualifiers: frozenset[str]) -> Token | None:
    """The word before a post that changes what holding it means (``qualifiers``, from
    ``lexicons/post_qualifiers.txt``: "former", "acting", "deputy"), on the post or on the name it
    titles ("former FBI agent Ali X")."""
    words = [c for c in title.lefts if c.dep_ in ("amod", "compound", "advmod")]
    if title.dep_ == "compound":
        words += [c for c in title.head.lefts if c.dep_ in ("amod", "advmod") and c.i < title.i]
    return next((w for w in words if _qualifier(w, qualifiers)), None)


def qualifies_post(word: Token, lexicons: Lexicons) -> bool:
    """Whether a word is a post qualifier ("former", "ex-")."""
    return _qualifier(word, lexicons.terms("post_qualifiers"))


def _qualifier(word: Token, qualifiers: frozenset[str]) -> bool:
    return word.lower_.rstrip("-") in qualifiers


def post_words(post: Token, lexicons: Lexicons) -> tuple[tuple[int | str, ...], str]:
    """The post's words in a role relation, with its qualifier: the token indices and the lemma
    ("former president"), for ``be … of``; a superlative or an ordinal keeps the words from it to the
    noun ("richest woman", "first female astronaut"): without them the relation says something else."""
    qualifiers = lexicons.terms("post_qualifiers")
    noun, lemma = _post_word(post, qualifiers)
    ranked = _ranking_words(post)
    if ranked:
        return (*ranked, noun), " ".join([*(post.doc[i].lower_ for i in ranked), lemma])
    qualifier = qualifier_before(post, qualifiers)
    if qualifier is None:
        return (noun,), lemma
    return (qualifier.i, noun), f"{qualifier.lower_} {lemma}"


def _post_word(post: Token, qualifiers: frozenset[str]) -> tuple[int | str, str]:
    """The post noun as one relation part with its lemma: a title written with a hyphen is read
    whole ("Governor-General", "Secretary-General": its last piece alone names another post); a
    qualifier before the hyphen ("ex-", "vice-") stays the qualifier it is."""
    start, end = whole_word(post)
    if end - start < 2 or _qualifier(post.doc[start], qualifiers):
        return post.i, post.lemma_.lower()
    word = span_text(post.doc[start:end])
    return word, word.lower()


# Words that rank a noun among others of its kind ("first", "second"; "last"), besides superlatives.
ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "only"})


def _ranking_words(noun: Token) -> list[int]:
    """The modifiers of ``noun`` from a superlative or an ordinal on ("richest", "first female"); not
    the pieces of a hyphened post, read whole with it ("first Governor-General": no "Governor")."""
    start_word, _ = whole_word(noun)
    mods = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") and c.i < start_word]
    start = next((c.i for c in mods if c.tag_ == "JJS" or c.lower_ in ORDINAL_WORDS), None)
    return [] if start is None else [c.i for c in mods if c.i >= start]


# Prepositions that join a post to the place or body it serves: "governor of X", "spokesman for X".
POST_PREPOSITIONS = frozenset({"of", "for"})


def person_after_post(head: Token, appos: Token, roles: frozenset[str], bodies: frozenset[str]) -> bool:
    """ "the governor of the Alpine province, Hans Berg", "a spokesman for the army, Tom Reed": a
    person's name after "a post of/for X", X a named place or body that NER left untyped or a
    body noun (``bodies``: "the party", "the government"), names the post's holder, never X itself
    (no person is a party; "the mother of the boy, Tom Lee" may name the boy)."""
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ in POST_PREPOSITIONS
        and prep.head.lemma_.lower() in roles
        and appos.ent_type_ == "PERSON"
        and head.ent_type_ != "PERSON"
        and head.lemma_.lower() not in roles
        and (
            any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)
            or (head.pos_ == "NOUN" and head.lemma_.lower() in bodies)
        )
        and appos.doc[appos.left_edge.i - 1].text == ","
    )


def titles_name(post: Token, lexicons: Lexicons) -> bool:
    """A post written as the title of the person's name right after it ("Chad's Interior Minister
    Jan Brink"): the holder's "is Interior Minister of Chad" says the fact, and "Chad has Interior
    Minister" would state a post apart from the one holding it."""
    holder = post.head
    return (
        post.dep_ == "compound"
        and post.lemma_.lower() in lexicons.terms("role_nouns")
        and holder.i > post.i
        and holder.pos_ == "PROPN"
        and holder.ent_type_ == "PERSON"
    )


__all__ = [
    "ORDINAL_WORDS",
    "person_after_post",
    "post_words",
    "qualifier_before",
    "qualifies_post",
    "titles_name",
]
