"""Bracketed acronyms that do not spell the phrase the parse gave them: "Members of Parliament (MP)"
makes (Parliament, is, MP), "the Convention (UNFCCC)" was cut from a longer name. Such an equation
restates initials of some other phrase; the graph leaves it out (a variant for Open IE). So does a
bracket that is no name at all: a stock listing "Acme Corp. (NYSE:ACM)" (a colon joins its words), or
a phrase the parse ran out of the bracket ("the Front (FLR) group")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from graphbuild.extract.facts import Fact
from graphbuild.extract.phrases import TokenSpan
from graphbuild.model import evolve
from graphbuild.nlp import token_table

# What splits a word into parts that each give an initial: "France-Presse", "Research/Development".
_WORD_PARTS = re.compile(r"[-/&]")
# The share of an acronym's capitals that must start words of the phrase it glosses; foreign
# initials ("Federal Security Service (FSB)", "Georgian Tennis Federation (GFT)") still pass.
_SPELLED_SHARE = 0.5
# Tokens of a code in brackets: "AWG", "-", "KP".
_ACRONYM_TOKENS = 3
# A colon in a bracket, alone or glued to a code ("NYSE", ":", "ACM"; ":ACM"; "NYSE:ACM"); a clock
# time ("12:30") or a web address ("http://…") is none.
_LISTED = re.compile(r"^[A-Za-z.]*:[\w.]*$")
# The links of a name that modifies the noun after it ("the Royal Irish Constabulary guards").
_PREMODIFIER_DEPS = frozenset({"nmod", "compound"})


def unspelled_glosses(facts: Iterator[Fact], doc: Doc) -> Iterator[Fact]:
    """``facts``, each equating a phrase with a bracketed acronym it does not spell, a listing, a
    name after a bracket or a piece cut across one made a variant."""
    for fact in facts:
        no_gloss = fact.object is not None and (
            unspelled(doc, fact.subject, fact.object)
            or listing_bracket(doc, fact.object)
            or after_bracket(doc, fact.subject[1] - 1, fact.object[0])
            or any(_unbalanced(doc, span) for span in (fact.subject, fact.object))
        )
        yield evolve(fact, variant=True) if no_gloss else fact


def listing_bracket(doc: Doc, span: TokenSpan) -> bool:
    """The span sits in a bracket whose words a colon joins: a stock listing "(NYSE:ACM)", a
    source "(photo: Reuters)", never another name of the phrase before it."""
    start, end = span
    text = token_table(doc).text  # a Token per word of the walk would cost more than the rule
    opening = next((i for i in range(start - 1, -1, -1) if text[i] in "()"), None)
    if opening is None or text[opening] != "(":
        return False
    closing = next((i for i in range(end, len(doc)) if text[i] in "()"), None)
    if closing is None or text[closing] != ")":
        return False
    return any(_LISTED.match(token.text) for token in doc[opening + 1 : closing])


def after_bracket(doc: Doc, left: int, right: int) -> bool:
    """A whole bracket between two words with no comma after it: in "the Union (EU) General
    Council" the name after the acronym is another body's, no other name of the one before it;
    "Ana Ruiz (born 1950), a writer" keeps its apposition."""
    words = [token.text for token in doc[left + 1 : right]]
    if "(" not in words or ")" not in words[words.index("(") :]:
        return False
    return "," not in words[len(words) - words[::-1].index(")") :]


def _unbalanced(doc: Doc, span: TokenSpan) -> bool:
    """The span opens or closes a bracket it does not hold whole: "FLR) group" of "the Front (FLR)
    group" is a piece cut across it."""
    words = [token.text for token in doc[span[0] : span[1]]]
    return words.count("(") != words.count(")")


def bracketed_acronym(doc: Doc, span: TokenSpan) -> str | None:
    """The capitals of a span filling brackets with at least two capitals: one word ("(UN)",
    "(TfL)") or a code of a few tokens the tokenizer split ("(AWG-KP)", "(COP 16)")."""
    start, end = span
    if not 1 <= end - start <= _ACRONYM_TOKENS or start == 0 or end >= len(doc):
        return None
    if doc[start - 1].text != "(" or doc[end].text != ")":
        return None
    words = doc[start:end]
    if len(words) > 1 and any(c.islower() for token in words for c in token.text):
        return None  # "(Liberal-National parties)": words, not one code
    capitals = "".join(c for token in words for c in token.text if c.isupper())
    return capitals.lower() if len(capitals) >= 2 else None


def initials(doc: Doc, span: TokenSpan) -> set[str]:
    """The first letters of the words (and hyphened parts) of ``span``, lower-cased."""
    parts = (part for token in doc[span[0] : span[1]] for part in _WORD_PARTS.split(token.text))
    return {part[0].lower() for part in parts if part[:1].isalpha()}


def unspelled(doc: Doc, subject: TokenSpan, obj: TokenSpan) -> bool:
    """The acronym's first capital starts no word of the subject, or too few of its capitals do, in
    order from a word its first capital starts ("Long-Term Cooperative Action (AWG-LCA)" is the
    tail of a longer name), or only words after the head noun spell it ("The Deputy Director of the
    Pan American Health Organization (PAHO)" glosses the body, not its deputy director)."""
    acronym = bracketed_acronym(doc, obj)
    if acronym is None:
        return False
    letters = initials(doc, subject)
    spelled = sum(c in letters for c in acronym)
    if acronym[0] not in letters or spelled < _SPELLED_SHARE * len(acronym):
        return True
    words = [(token.i, part[0].lower()) for token in doc[subject[0] : subject[1]] for part in _parts(token)]
    starts = [(n, i) for n, (i, c) in enumerate(words) if c == acronym[0]]
    best = max(starts, key=lambda start: _in_order(acronym, [c for _, c in words[start[0] :]]))
    if _in_order(acronym, [c for _, c in words[best[0] :]]) < _SPELLED_SHARE * len(acronym):
        return True
    head = doc[subject[0] : subject[1]].root
    return best[1] > head.i and head.text[:1].lower() not in acronym


def modifier_name(head: Token, span: TokenSpan) -> TokenSpan:
    """A name that modifies a noun after its bracket ("the four Royal Canadian Mounted Police (RCMP)
    officers") starts after its lower-case words and numbers: the article and number before it
    count the noun, not the name (a number glued to a word, "4G", is part of it)."""
    start, end = span
    if head.dep_ not in _PREMODIFIER_DEPS or head.head.i < head.i:
        return span
    doc = head.doc
    while start < head.i and (doc[start].is_lower or doc[start].is_digit) and doc[start].whitespace_:
        start += 1
    return start, end


def _parts(token: Token) -> list[str]:
    """The pieces of a word that each give an initial ("France-Presse": two)."""
    return [part for part in _WORD_PARTS.split(token.text) if part[:1].isalpha()]


def _in_order(acronym: str, letters: list[str]) -> int:
    """How many of the acronym's capitals the first letters spell in order, from the first one:
    the longest common subsequence of the two."""
    table = [0] * (len(letters) + 1)
    for c in acronym:
        previous = 0
        for n, letter in enumerate(letters, 1):
            previous, table[n] = table[n], previous + 1 if c == letter else max(table[n], table[n - 1])
    return table[-1]
