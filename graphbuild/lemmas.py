"""Verb lemmas the rule lemmatizer gets wrong: "hoped" is "hope", not "hop".

The model's rule lemmatizer strips "-ed"/"-ing"/"-es" and, when both "hop" and "hope" are verbs, keeps
the shorter; relation labels then read "hop", "rat" (rated), "fin" (fined), "scar" (scared). English
spelling settles it: a short verb ending in one vowel and one consonant doubles that consonant
before "-ed"/"-ing" ("hop" → "hopped", "hopping"), so an undoubled form ("hoped", "hoping") comes
from the verb with a silent "e"; and as "hop" takes "hops", "hopes" is "hope" + "s".
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

# Tags of the verb forms that carry an "-ed", "-ing" or "-s" ending.
INFLECTED_VERB_TAGS = frozenset({"VBD", "VBN", "VBG", "VBZ"})
# "-es" after the doubling shape: "hop" takes "hops", so "hopes" is "hope" + "s".
ENDINGS = ("ed", "ing", "es")
VOWELS = frozenset("aeiou")
# The name under which the pipeline shares its verb index with its vocab, so a rule reading a token
# can ask whether its lemma is an English verb at all.
VERB_TABLE = "gb_verbs"
# Likewise its noun index (WordNet's nouns, lower-cased): whether a capitalised word is a common noun.
NOUN_TABLE = "gb_nouns"
NOUN_SET_KEY = "nouns"
# Consonants that never double at the end of a verb ("show" → "showed", "fix" → "fixed").
UNDOUBLED = frozenset("wxy")


def _short_vowel_consonant(stem: str) -> bool:
    """``stem`` ends in consonant–vowel–consonant ("hop", "rat"), the shape that doubles."""
    if len(stem) < 3:
        return False
    before, vowel, last = stem[-3], stem[-2], stem[-1]
    return last not in VOWELS and last not in UNDOUBLED and vowel in VOWELS and before not in VOWELS


def silent_e_lemma(form: str, lemma: str, verbs: Collection[str]) -> str | None:
    """``lemma + "e"`` when ``form`` is ``lemma`` plus an ending with no doubled consonant,
    ``lemma`` has the doubling shape, and ``lemma + "e"`` is a verb; else None."""
    if not any(form == lemma + ending for ending in ENDINGS):
        return None
    if not _short_vowel_consonant(lemma) or lemma + "e" not in verbs:
        return None
    return lemma + "e"


@Language.factory("gb_verb_lemmas", assigns=["token.lemma"], requires=["token.lemma", "token.tag"])
def make_verb_lemmas(nlp: Language, name: str) -> VerbLemmas:
    """Reads the verb index of the pipeline's own lemmatizer, so the fix knows the model's verbs."""
    verbs: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            verbs = frozenset(lookups.get_table("lemma_index").get("verb", ()))
            nouns = frozenset(lookups.get_table("lemma_index").get("noun", ()))
    if verbs and not nlp.vocab.lookups.has_table(VERB_TABLE):
        nlp.vocab.lookups.add_table(VERB_TABLE, dict.fromkeys(verbs, True))
    if nouns and not nlp.vocab.lookups.has_table(NOUN_TABLE):
        # one entry holding the set: a table entry per noun hashes 80k strings at every start-up
        # (~0.1 s a process), for a question asked a few times per hundred articles
        nlp.vocab.lookups.add_table(NOUN_TABLE, {NOUN_SET_KEY: nouns})
    return VerbLemmas(verbs)


def known_verb(token: Token) -> bool:
    """Whether ``token``'s lemma is a verb the model's lemmatizer knows: a token glued from two
    words by a lost dash ("carriersincluding United") is none. True when the vocab has no index."""
    lookups = token.vocab.lookups
    if not lookups.has_table(VERB_TABLE):
        return True
    return token.lemma_.lower() in lookups.get_table(VERB_TABLE)


def known_noun(word: str, vocab: Vocab) -> bool:
    """Whether the lower-case ``word`` is a noun the model's lemmatizer knows ("tribute"); False when
    the vocab has no index, so a rule asking it drops nothing."""
    lookups = vocab.lookups
    return lookups.has_table(NOUN_TABLE) and word in lookups.get_table(NOUN_TABLE).get(NOUN_SET_KEY, ())


class VerbLemmas:
    """Pipeline component: sets the silent-"e" lemma on inflected verbs (see the module)."""

    def __init__(self, verbs: Collection[str]) -> None:
        self.verbs = frozenset(verbs)

    def __call__(self, doc: Doc) -> Doc:
        if not self.verbs:
            return doc
        for token in doc:
            if token.tag_ in INFLECTED_VERB_TAGS:
                fixed = silent_e_lemma(token.lower_, token.lemma_.lower(), self.verbs)
                if fixed is not None:
                    token.lemma_ = fixed
        return doc
