"""Countries as national teams: in an article about a game, a country that wins, loses, scores or
is knocked out is its team, not the place ("Slovakia eliminated Italy", "a defeat of Denmark")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:
    from graphbuild.lexicons import Lexicons

# Sentences about a game (``sport_sentence``) that make a whole article one about a game or a
# tournament: one such sentence may be a figure of speech ("the final round of talks").
GAME_ARTICLE_SENTENCES = 2

# Dependencies of a side named as a verb's doer or undergoer.
_SIDE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})

# A list item or an apposition takes the role of the word it hangs on.
_LISTED = frozenset({"conj", "appos"})

# Prepositions before the other side after a verb or a noun of a game: "lost to X", "drew with X",
# "a win against X", "a victory over X", "the defeat of X".
_SIDE_PREPOSITIONS = frozenset({"to", "with", "against", "over", "of"})


def sport_sentence(sent: Span, sport_words: frozenset[str]) -> bool:
    """A sentence about a game: a noun of ``sport_words`` ("match", "semi-final"), or one of its
    two-word phrases ("third place", "second half")."""
    words = [t.lower_ for t in sent] + [""]
    threes = zip(words, words[1:], words[2:], strict=False)
    if any(f"{a} {b}" in sport_words and c != "of" for a, b, c in threes):
        return True  # "the second half", not "the second half of the year"
    return any(
        t.lemma_.lower() in sport_words and (t.pos_ in ("NOUN", "PROPN") or ended_phrase(t)) for t in sent
    )


# Words that may stand between a determiner and the noun ending its phrase: "the one day final".
_PHRASE_WORDS = frozenset({"NUM", "NOUN", "ADJ", "PROPN"})


def ended_phrase(token: Token) -> bool:
    """``the limited overs final``: a word the tagger took for an adjective that ends a phrase
    opened by a determiner (nothing nominal after it) is the phrase's noun; "the decision is final"
    has no determiner before it in its phrase, "the final decision" a noun after it."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].pos_ in _PHRASE_WORDS:
        return False
    i = token.i - 1
    while i >= token.sent.start and doc[i].pos_ in _PHRASE_WORDS:
        i -= 1
    return i >= token.sent.start and i < token.i - 1 and doc[i].pos_ == "DET"


def game_article(doc: Doc, sport_words: frozenset[str]) -> bool:
    """An article about a game or a tournament: ``GAME_ARTICLE_SENTENCES`` sentences or more hold a
    word of a game. Counted once per document."""
    key = "graphbuild_game_article"
    if key not in doc.user_data:
        count = sum(sport_sentence(sent, sport_words) for sent in doc.sents)
        doc.user_data[key] = count >= GAME_ARTICLE_SENTENCES
    return bool(doc.user_data[key])


def national_team(span: Span, words: Lexicons) -> bool:
    """In an article about a game, a country on a side of it (``team_side``) is its national team."""
    return game_article(span.doc, words.terms("sport_words")) and team_side(span, words)


def team_side(span: Span, words: Lexicons) -> bool:
    """``Slovakia eliminated Italy``, ``Japan progress``, ``lost to Peru``, ``the defeat of
    Denmark``, ``Cameroon's elimination``, ``Japan achieved a win``: the doer or undergoer of a verb
    of a game (``game_verbs``, ``side_verbs``), the other side after such a verb or a noun of a
    side's fate (``game_results``, ``score_nouns``, ``side_nouns``), that noun's owner, or the doer
    of a verb whose object is that noun."""
    verbs = words.terms("game_verbs") | words.terms("side_verbs")
    nouns = words.terms("game_results") | words.terms("score_nouns") | words.terms("side_nouns")
    root = span.root
    while root.dep_ in _LISTED and root.head.i < root.i:
        root = root.head  # "Japan, Paraguay and Peru progress", "beat the holders, Peru": the head's role
    head = root.head
    if root.dep_ in _SIDE_DEPS and head.pos_ == "VERB":
        return head.lemma_.lower() in verbs or (root.dep_ == "nsubj" and _wins(head, nouns))
    if root.dep_ == "pobj" and head.lower_ in _SIDE_PREPOSITIONS | {"by"}:
        owner = head.head.head if head.head.dep_ == "agent" else head.head
        return _game_word(owner, verbs, nouns)
    return root.dep_ == "poss" and head.pos_ == "NOUN" and head.lemma_.lower() in nouns


def _game_word(word: Token, verbs: frozenset[str], nouns: frozenset[str]) -> bool:
    """A verb of a game ("lost to", "beaten by") or a noun of a side's fate ("defeat of")."""
    if word.pos_ == "VERB":
        return word.lemma_.lower() in verbs
    return word.pos_ == "NOUN" and word.lemma_.lower() in nouns


def _wins(verb: Token, nouns: frozenset[str]) -> bool:
    """``achieved a defeat of X``, ``secured a draw``: a verb whose object is a noun of a game."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children)
