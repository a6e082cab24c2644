"""The noun of a light-verb idiom, in whatever number it is written.

"paid tributes to X" is the idiom "pay tribute" (``lexicons/light_verbs.txt``) as surely as "paid
tribute to X": a light verb's noun keeps its sense in the plural, and the verb without it says
something else ("paid to X" reads as money paid). The idiom is matched on the noun's written form
and on its lemma, so the plural noun joins the relation like the singular one.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token


def light_noun(verb_lemma: str, noun: Token, idioms: Collection[str]) -> bool:
    """Whether ``noun`` is the noun of the light-verb idiom of a verb with lemma ``verb_lemma``
    (``idioms``: "pay tribute", "take part"), written singular or plural."""
    return any(f"{verb_lemma} {form}" in idioms for form in (noun.lower_, noun.lemma_.lower()))


__all__ = ["light_noun"]
