"""Words "not" and "no" that deny nothing: "not just X" says X and more, "No 7" is a number, "a
no-fly zone" a compound, "no further than 100 km" a bound and "pleaded no contest" a plea."""

from __future__ import annotations

from spacy.tokens import Token

# Words after "not" that make it "not only": "not just X" says X, and more.
NOT_ONLY = frozenset({"just", "only", "merely", "simply", "solely", "exclusively"})
# Dashes after a "no" that open a compound with it ("a no-fly zone", "a no-confidence vote").
COMPOUND_DASHES = frozenset({"-", "–"})
# "No" as the abbreviation of "number" before a numbered name ("No 10", "No. 5 Squadron").
NUMBER_ABBREVIATIONS = frozenset({"No", "No."})
# Pleas named with "no" ("pleaded no contest"): the plea was entered, nothing is denied.
PLEA_VERBS = frozenset({"plead", "enter"})
PLEA_NOUNS = frozenset({"contest"})


def _next(token: Token) -> Token | None:
    return token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None


def not_only(neg: Token) -> bool:
    """ "is not just on X", "not only in X", "is not merely a pillar": the "not" limits the claim
    to more than X, it does not deny X."""
    after = _next(neg)
    return neg.dep_ == "neg" and after is not None and after.lower_ in NOT_ONLY


def denying_no(no: Token) -> bool:
    """Whether a determiner "no" denies its noun: not a "No" abbreviating "number" before a word
    with a digit ("No MN7100", "No 10"), not the first part of a dashed compound ("no-fly zone"),
    not the plea "no contest"."""
    after = _next(no)
    if after is None:
        return True
    if after.text in COMPOUND_DASHES:
        return False
    if no.text in NUMBER_ABBREVIATIONS and any(ch.isdigit() for ch in after.text):
        return False
    noun = no.head
    return not (noun.lemma_.lower() in PLEA_NOUNS and noun.head.lemma_.lower() in PLEA_VERBS)


def bounding_comparative(comparative: Token) -> bool:
    """ "no further than 100 km", "no later than Friday": a "no" before a comparative with "than"
    sets a limit, and what is limited happens."""
    after = _next(comparative)
    return after is not None and after.lower_ == "than"
