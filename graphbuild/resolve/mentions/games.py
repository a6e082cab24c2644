"""Names on a side of a game: a town, a state or a school that wins, loses or plays a game is its
club or team, not the place ("Riverton beat Easton", "Easton was beaten by Riverton", "Moe and Easton
will miss the finals")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from graphbuild.nlp import PLACE_LABELS
from graphbuild.resolve.mentions.teams import sport_sentence

if TYPE_CHECKING:
    from graphbuild.lexicons import Lexicons
    from graphbuild.resolve.mentions.tables import MentionTables
    from graphbuild.resolve.places import Place


def game_side(span: Span, game_verbs: frozenset[str], score_nouns: frozenset[str]) -> bool:
    """``Riverton beat Easton``, ``they defeated Easton``, ``to Easton's two goals``: a name that
    wins or loses a game (``game_verbs``) or owns a counted unit of its score (``score_nouns``)
    is a team; a town so named is its club, not the place."""
    root = span.root
    if root.dep_ == "conj":
        root = root.head  # "Riverton and Easton drew": the first conjunct's role
    if passive_side(root, game_verbs) or result_side(root):
        return True
    if root.dep_ in ("nsubj", "dobj") and root.head.lemma_.lower() in game_verbs:
        # "Lincoln beat Douglas in the debate": a person on the other side makes it no game of teams
        other = [c for c in root.head.children if c.dep_ in ("nsubj", "dobj") and c.i != root.i]
        return not any(c.ent_type_ == "PERSON" for c in other)
    owned = root.head
    return (
        root.dep_ == "poss"
        and owned.lemma_.lower() in score_nouns
        and any(c.dep_ == "nummod" for c in owned.children)
    )


def passive_side(root: Token, game_verbs: frozenset[str]) -> bool:
    """``Easton was beaten by Riverton``: the passive subject of a verb of winning a game
    (``game_verbs``) lost it, and the object of its "by" won it; both are sides."""
    verb = root.head
    if root.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head
    elif root.dep_ != "nsubjpass":
        return False
    return verb.tag_ == "VBN" and verb.lemma_.lower() in game_verbs


def result_side(root: Token) -> bool:
    """``Easton lost to Riverton by ten points``, ``Easton drew with Riverton``: the object of
    "to" after "lost" or of "with" after "drew" is the other side of a game, as the margin or
    result says; "lost to cancer" or "drew with a pencil" take no such object."""
    prep = root.head
    verb = prep.head
    pair = (verb.lemma_.lower(), prep.lower_)
    return root.dep_ == "pobj" and pair in _RESULT_PREPOSITIONS and _margin(verb)


def _margin(verb: Token) -> bool:
    """A "by" phrase counting points or a score after the verb ("by ten points", "2-1")."""
    for child in verb.children:
        if child.lower_ == "by" and any(c.dep_ == "pobj" and _counted(c) for c in child.children):
            return True
        if child.like_num and "-" in child.text:
            return True
    return False


def _counted(noun: Token) -> bool:
    return noun.like_num or any(c.dep_ == "nummod" for c in noun.children)


# Verb and preposition before the other side of a game: "lost to X", "drew with X".
_RESULT_PREPOSITIONS = frozenset({("lose", "to"), ("draw", "with")})


def plays(span: Span, words: Lexicons) -> bool:
    """``Easton kicked three goals in the first half``, ``Moe and Easton will miss the finals``, ``a
    victory over Easton in the match``: in a sentence about a game (``sport_words``), the subject (or
    a listed subject) of a verb of a side's play (``playing_verbs``), or the loser after a noun of a
    game's result (``game_results``), is a side."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    played = root.dep_ == "nsubj" and head.lemma_.lower() in words.terms("playing_verbs")
    beaten = (
        root.dep_ == "pobj"
        and head.lower_ in _OVER
        and head.head.lemma_.lower() in words.terms("game_results")
    )
    return (played or beaten) and sport_sentence(span.sent, words.terms("sport_words"))


# Prepositions before the loser after a noun of a game's result: "a victory over X", "a win against X".
_OVER = frozenset({"over", "against"})


def town_team(span: Span, label: str, place: Place | None, tables: MentionTables) -> bool:
    """A known town, or a place NER found that no gazetteer knows, on a side of a game
    (``game_side``); a person's name only in a sentence about a game ("Lincoln beat Douglas" in a
    debate is a man)."""
    town = (place is not None and place.subtype != "Country") or (place is None and label in PLACE_LABELS)
    words = tables.lexicons
    if (
        not town
        or label == "NORP"
        or not (game_side(span, words.terms("game_verbs"), words.terms("score_nouns")) or plays(span, words))
    ):
        return False
    return label != "PERSON" or sport_sentence(span.sent, words.terms("sport_words"))
