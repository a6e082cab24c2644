"""Bracketed acronyms that do not spell the phrase the parse gave them: "Members of Parliament (MP)"
makes (Parliament, is, MP), "the Convention (UNFCCC)" was cut from a longer name. Such an equation
restates initials of some other phrase; the graph leaves it out (a variant for Open IE)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from graphbuild.extract.facts import Fact
from graphbuild.extract.phrases import TokenSpan
from graphbuild.model import evolve

# What splits a word into parts that each give an initial: "France-Presse", "Research/Development".
_WORD_PARTS = re.compile(r"[-/&]")
# The share of an acronym's capitals that must start words of the phrase it glosses; foreign
# initials ("Federal Security Service (FSB)", "Georgian Tennis Federation (GFT)") still pass.
_SPELLED_SHARE = 0.5


def unspelled_glosses(facts: Iterator[Fact], doc: Doc) -> Iterator[Fact]:
    """``facts``, each equating a phrase with a bracketed acronym it does not spell made a variant."""
    for fact in facts:
        unspelled = fact.object is not None and _unspelled(doc, fact.subject, fact.object)
        yield evolve(fact, variant=True) if unspelled else fact


def bracketed_acronym(doc: Doc, span: TokenSpan) -> str | None:
    """The capitals of a one-word span in brackets with at least two capitals ("(UN)", "(TfL)")."""
    start, end = span
    if end - start != 1 or start == 0 or end >= len(doc):
        return None
    if doc[start - 1].text != "(" or doc[end].text != ")":
        return None
    capitals = "".join(c for c in doc[start].text if c.isupper())
    return capitals.lower() if len(capitals) >= 2 else None


def initials(doc: Doc, span: TokenSpan) -> set[str]:
    """The first letters of the words (and hyphened parts) of ``span``, lower-cased."""
    parts = (part for token in doc[span[0] : span[1]] for part in _WORD_PARTS.split(token.text))
    return {part[0].lower() for part in parts if part[:1].isalpha()}


def _unspelled(doc: Doc, subject: TokenSpan, obj: TokenSpan) -> bool:
    """The acronym's first capital starts no word of the subject, or too few of its capitals do."""
    acronym = bracketed_acronym(doc, obj)
    if acronym is None:
        return False
    letters = initials(doc, subject)
    spelled = sum(c in letters for c in acronym)
    return acronym[0] not in letters or spelled < _SPELLED_SHARE * len(acronym)
