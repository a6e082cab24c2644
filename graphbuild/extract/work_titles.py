"""Mending the parse of a work's title, before any fact is read off it.

"creator of the television show Kids Say the Darndest Things", "books, including You Can't Be
Neutral on a Moving Train": the small English model parses a title that reads as a sentence as one,
so "Kids" say "the Darndest Things" and "a Moving Train" is a book's author's autobiography. A work
noun ("book", "film", "show": ``work_nouns``, ``programme_nouns``) introduces a title; in title case
the title runs over capitalised words and the few lower-case words title case keeps
(``work_title_words``: "Rebel Without a Cause"), up to a comma, a bracket or any other word, and a
plural noun may introduce a list of them ("books are X, Y and Z", "two films, X (1955) and Y
(1956)": a bracketed year marks a title too). A colon before a capitalised word opens a subtitle. Such
a title is one name: its words hang on its last word, which takes the place of the title in the
sentence, so no clause is built from the words inside it, and it is one entity of a work.

Not taken: a title of one word (nothing to keep whole), a person's name ("the programme's director,
Ana Ruiz,"), a name a verb follows ("the book Ann Lee wrote": a relative clause), a title a comma
and a capitalised word follow (it may go on: "the song We Love You, Call Me"), and a preposition
before a place, a body or a day ends a title ("the film X in China").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from graphbuild.extract.comma_lists import LIST_CONJUNCTIONS, comma_list
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import FINITE_TAGS, forget_token_table

# Words that open a list of examples of the noun before them: "books, including X and Y".
EXAMPLE_WORDS = frozenset({"including", "like"})
# Forms of "be" a title may hold ("Old Age is Not for Sissies"): taken only inside a list item, which
# commas close on both sides; after a noun the verb is the sentence's ("the film X is a hit").
TITLE_BE_FORMS = frozenset({"is", "are", "was", "were"})
# Named entities that a preposition after a title leads into the sentence, not the title: "the
# film X in China", "the show X on Monday".
OUTER_ENTITIES = frozenset({"GPE", "LOC", "ORG", "PERSON", "NORP", "FAC", "DATE", "TIME", "EVENT"})
# Word classes a capitalised word of a title takes from the parser that make no name's word.
CLAUSE_POS = frozenset({"VERB", "AUX", "PRON", "ADJ", "ADV", "SCONJ", "PART", "NOUN", "NUM"})
# Links inside a title that read it as a clause, as two things ("The Old Man and the Sea") or as a
# thing and where it is ("Justice in the Dock" -> "Justice is in the Dock"): a title holding one is mended.
APART_DEPS = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "aux",
        "neg",
        "ccomp",
        "relcl",
        "acl",
        "xcomp",
        "advcl",
        "conj",
        "cc",
        "prep",
        "appos",
    }
)
# What a noun becomes when it takes the place of a clause ("wrote [books]" for "wrote [X Can't Be]").
NOUN_DEP_OF_CLAUSE = {"ccomp": "dobj", "xcomp": "dobj", "csubj": "nsubj"}


# Where a Doc keeps the titles mended, as (start, end) pairs, for the mentions read later.
TITLES_KEY = "gb_work_titles"


@dataclass(frozen=True)
class Titles:
    """The titles one noun introduces, in order, and where the first one hangs (``anchor``, ``dep``)."""

    spans: tuple[tuple[int, int], ...]
    anchor: int
    dep: str


def mend_work_titles(doc: Doc, lexicons: Lexicons) -> int:
    """Make each title a work noun introduces one name (see the module's docstring). Returns how
    many lists of titles were mended."""
    nouns = lexicons.terms("work_nouns") | lexicons.terms("programme_nouns")
    inner = lexicons.terms("work_title_words")
    mended = 0
    taken: set[int] = set()
    for titles in [t for noun in doc if _work_noun(noun, nouns) for t in introduced_titles(noun, inner)]:
        words = {i for start, end in titles.spans for i in range(start, end)}
        if words & taken or not _misread(doc, titles):
            continue
        if _rehang(doc, titles):
            taken |= words
            mended += 1
    if mended:
        forget_token_table(doc)  # read before the mend, now stale
    return mended


def _work_noun(token: Token, nouns: frozenset[str]) -> bool:
    """A lower-case noun of a work ("the film", "his books"); "polls show" is a verb."""
    return token.pos_ == "NOUN" and token.text.islower() and token.lower_ in nouns


def introduced_titles(noun: Token, inner: frozenset[str]) -> Iterator[Titles]:
    """The titles right after a work noun ("the show X", "his book, X,"), after a word of examples
    ("books, including X"), or after a copula ("books are X, Y and Z"), with where they hang."""
    doc = noun.doc
    plural = noun.tag_ in ("NNS", "NNPS")
    i = noun.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc):
        return
    word = doc[i]
    if word.lower_ in EXAMPLE_WORDS and plural:
        anchor, dep, i = word.i, "pobj", i + 1
    elif word.lemma_ == "be" and word.pos_ == "AUX" and i == noun.i + 1:
        anchor, dep, i = word.i, "attr", i + 1
    else:
        anchor, dep = noun.i, "appos"
    # "his book, X, was": a title set off by a comma is closed by one ("In the show, Ann said" is none)
    closed = doc[i - 1].text == "," and anchor == noun.i
    spans = list(_title_list(doc, i, inner, plural=plural, closed=closed))
    if spans and not (_one_word(spans) or _relative_subject(doc, spans, dep) or _named(doc, spans)):
        yield Titles(tuple(spans), anchor, dep)
    elif plural:
        dated = next((s for s in _dated_titles(noun, inner) if s), [])
        if dated:
            yield Titles(tuple(dated), noun.i, "appos")


def _one_word(spans: list[tuple[int, int]]) -> bool:
    """A lone title of one word ("the books I read"): nothing to keep whole."""
    return len(spans) == 1 and spans[0][1] - spans[0][0] == 1


def _named(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """ "the programme's director, Ana Ruiz,": a person's name is no title; nor is a title that may
    go on past a comma ("the song We Love You, Call Me was"): where it ends is not known."""
    start, end = spans[0]
    person = all(t.ent_type_ == "PERSON" for t in doc[start:end])
    return person or (
        len(spans) == 1 and end + 1 < len(doc) and doc[end].text == "," and _capitalised(doc[end + 1])
    )


def _relative_subject(doc: Doc, spans: list[tuple[int, int]], dep: str) -> bool:
    """ "the book Ann Lee wrote": a name right after the noun with a verb after it is the subject
    of a relative clause, no title."""
    end = spans[-1][1]
    verb = end < len(doc) and (doc[end].pos_ == "AUX" or doc[end].tag_ in FINITE_TAGS)
    return dep == "appos" and len(spans) == 1 and verb


def _dated_titles(noun: Token, inner: frozenset[str]) -> Iterator[list[tuple[int, int]]]:
    """Titles listed later in a plural work noun's sentence, each dated in brackets ("two films
    featuring X, Rebel Without a Cause (1955) and Giant (1956)"): the year says it is a work."""
    doc = noun.doc
    for i in range(noun.i + 2, noun.sent.end):
        if doc[i - 1].text == ",":
            spans = list(_title_list(doc, i, inner, plural=True, closed=True))
            yield spans if spans and all(_year_after(doc, end) for _, end in spans) else []


def _title_list(
    doc: Doc, start: int, inner: frozenset[str], *, plural: bool, closed: bool = False
) -> Iterator[tuple[int, int]]:
    """The title at ``start`` and, after a plural noun, the titles listed after it ("X, Y, and Z",
    "X (1955) and Y (1956)")."""

    def member_end(i: int) -> int | None:
        if i == start:
            return title_end(doc, i, inner, listed=closed, plural=plural)
        return title_end(doc, i, inner, listed=True, plural=plural) if plural else None

    yield from comma_list(doc, start, member_end, comma_needed=False, past=lambda end: _past_year(doc, end))


def _past_year(doc: Doc, end: int) -> int:
    """Past the year in brackets after a title ending at ``end``, if one follows: "Giant (1956)"."""
    return end + YEAR_WORDS if _year_after(doc, end) else end


def title_end(doc: Doc, start: int, inner: frozenset[str], *, listed: bool, plural: bool) -> int | None:
    """Where a title opening at ``start`` ends: it opens with a capitalised word inside the
    sentence and runs over capitalised words, a clitic ("Ca|n't") and the lower-case words of
    ``inner``, ending on a capitalised word; a listed title must end at a comma, bracket or the
    sentence's end. None when no title opens there."""
    first = doc[start]
    if not _capitalised(first) or first.is_sent_start:
        return None
    end = start + 1  # one past the last capitalised word
    i = start + 1
    sentence_end = first.sent.end
    while i < sentence_end:
        word = doc[i]
        if _capitalised(word):
            end = i + 1
        elif _clitic(word) or (word.text == ":" and i + 1 < sentence_end and _capitalised(doc[i + 1])):
            pass  # "Ca|n't"; a subtitle after a colon: "Once a Hangman: Justice in the Dock"
        elif word.lower_ in LIST_CONJUNCTIONS and plural:
            break
        elif word.lower_ in inner and not word.lower_[:1].isupper():
            if word.pos_ == "ADP" and _outer_entity(doc, i + 1):
                break  # "the film X in China"
        elif listed and word.lower_ in TITLE_BE_FORMS:
            pass
        else:
            break
        i += 1
    if listed and end < sentence_end and not doc[end].is_punct:
        return None
    return end


def _year_after(doc: Doc, end: int) -> bool:
    """Whether a year in brackets follows a title: "Giant (1956)"."""
    words = doc[end : end + YEAR_WORDS]
    return (
        len(words) == YEAR_WORDS
        and (words[0].text, words[2].text) == ("(", ")")
        and len(words[1].text) == 4
        and words[1].text.isdigit()
    )


# The words of a bracketed year: "(", "1956", ")".
YEAR_WORDS = 3


def _capitalised(word: Token) -> bool:
    return word.text[:1].isupper() and word.text[:1].isalpha()


def _clitic(word: Token) -> bool:
    """A contraction's second part glued to the word before it ("Ca" + "n't", "It" + "'s")."""
    glued = word.i > 0 and not word.doc[word.i - 1].whitespace_
    return glued and word.text[:1] in ("'", "’", "n")


def _outer_entity(doc: Doc, i: int) -> bool:
    """Whether a named entity of the sentence's own (a place, a body, a day) opens at ``i`` or after
    an article there."""
    if i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    return i < len(doc) and doc[i].ent_iob_ == "B" and doc[i].ent_type_ in OUTER_ENTITIES


def _misread(doc: Doc, titles: Titles) -> bool:
    """Whether the parse read a title as other than one name: a word of it heads a clause or hangs
    in one, its words hang from more than one place outside it, or the first title hangs elsewhere
    than on the word that introduces it ("program X have risen": X taken for the verb's subject)."""
    for start, end in titles.spans:
        span = range(start, end)
        tops = [i for i in span if not start <= doc[i].head.i < end or doc[i].head.i == i]
        if len(tops) > 1 or any(doc[i].dep_ in APART_DEPS for i in span if i not in tops):
            return True
    start, end = titles.spans[0]
    return not any(doc[i].head.i == titles.anchor for i in range(start, end))


def _rehang(doc: Doc, titles: Titles) -> bool:
    """Hang each title's words on its last word, the first title where the noun says, the others
    as its conjuncts, and the sentence's words that hung in a title on its last word (or, where that
    would make a cycle, where the title hung). False, and nothing changed, if no tree comes of it."""
    heads = {t.i: t.head.i for t in doc}
    deps = {t.i: t.dep_ for t in doc}
    inside = {i: end - 1 for start, end in titles.spans for i in range(start, end)}
    tops = {end - 1: _top(doc, start, end) for start, end in titles.spans}
    first = titles.spans[0][1] - 1
    for start, end in titles.spans:
        last = end - 1
        for i in range(start, last):
            heads[i], deps[i] = last, "compound"
        heads[last], deps[last] = (titles.anchor, titles.dep) if last == first else (first, "conj")
    for (_, before), (start, _) in zip(titles.spans, titles.spans[1:], strict=False):
        for i in range(before, start):  # ", and" between two titles: the list's words
            if doc[i].text == "," or doc[i].lower_ in LIST_CONJUNCTIONS:
                heads[i], deps[i] = first, "cc" if doc[i].lower_ in LIST_CONJUNCTIONS else "punct"
    listed = {i for i, d in deps.items() if heads[i] == first and d in ("cc", "punct") and i not in inside}
    outside = [
        t for t in doc if t.i not in inside and t.i not in listed and t.head.i in inside and t.head.i != t.i
    ]
    for t in outside:
        heads[t.i] = inside[t.head.i]
    # a word the title's words hung over ("books are X" with "are" under X's verb) takes the place
    # of the title's clause, and so the words that hung on that clause's verb
    places: dict[int, int] = {}
    for t in [t for t in outside if _on_cycle(heads, t.i)]:
        top = _outermost(tops[inside[t.head.i]], inside, tops)
        root = top.head.i == top.i
        dep = NOUN_DEP_OF_CLAUSE.get(top.dep_, top.dep_)
        heads[t.i], deps[t.i] = (t.i, "ROOT") if root else (inside.get(top.head.i, top.head.i), dep)
        places[top.i] = t.i
    for t in outside:
        if t.head.i in places and places[t.head.i] != t.i:
            heads[t.i] = places[t.head.i]
    roots = sum(1 for t in doc if t.head.i == t.i)
    if sum(1 for i, h in heads.items() if i == h) != roots or any(_cycle(heads, i) for i in heads):
        return False  # a sentence split in two, or a cycle: no tree
    _apply(doc, heads, deps, titles)
    return True


def _top(doc: Doc, start: int, end: int) -> Token:
    """The word of a title the parse put highest: where the title as a whole hung."""
    return min(doc[start:end], key=lambda t: sum(1 for _ in t.ancestors))


def _outermost(top: Token, inside: dict[int, int], tops: dict[int, Token]) -> Token:
    """The title's top word, or, where it hung in another title, that title's, and so on out."""
    for _ in range(len(tops)):
        if top.head.i not in inside or top.head.i == top.i:
            break
        top = tops[inside[top.head.i]]
    return top


def _on_cycle(heads: dict[int, int], i: int) -> bool:
    """Whether the heads above ``i`` lead back to it."""
    return _looped_at(heads, i) == i


def _cycle(heads: dict[int, int], i: int) -> bool:
    """Whether the heads above ``i`` run into a cycle, through ``i`` or above it."""
    return _looped_at(heads, i) is not None


def _looped_at(heads: dict[int, int], i: int) -> int | None:
    """The first word the walk up the heads from ``i`` meets twice (``i`` itself when it is on the
    cycle), or None when the walk ends at a root."""
    seen = {i}
    while heads[i] != i:
        i = heads[i]
        if i in seen:
            return i
        seen.add(i)
    return None


def _apply(doc: Doc, heads: dict[int, int], deps: dict[int, str], titles: Titles) -> None:
    """Write the planned heads and labels, make the titles' words names' words, and each title one
    entity of a work."""
    changed = [t for t in doc if heads[t.i] != t.head.i or deps[t.i] != t.dep_]
    for t in changed:  # roots first, so no step makes a cycle on the way to the planned tree
        t.head = t
    for t in changed:
        t.head, t.dep_ = doc[heads[t.i]], deps[t.i]
    for start, end in titles.spans:
        for t in doc[start:end]:
            if _capitalised(t) and t.pos_ in CLAUSE_POS:
                t.pos_, t.tag_ = "PROPN", "NNPS" if t.tag_ in ("NNS", "NNPS") else "NNP"
    works = [Span(doc, start, end, label="WORK_OF_ART") for start, end in titles.spans]
    doc.user_data.setdefault(TITLES_KEY, []).extend(titles.spans)
    ents = [e for e in doc.ents if not any(e.start < w.end and w.start < e.end for w in works)]
    doc.ents = filter_spans([*works, *ents])


def mended_title(span: Span) -> bool:
    """Whether ``span`` is a title this module read whole (its leading article may be trimmed off):
    the work's name, for a mention of a work and no actor ("You Can't Be Neutral on a Moving Train")."""
    return any(s <= span.start and span.end == e for s, e in span.doc.user_data.get(TITLES_KEY, ()))


__all__ = ["TITLES_KEY", "introduced_titles", "mend_work_titles", "mended_title", "title_end"]
