"""Bounds and doubts of a clause fact the parse alone gets wrong: where reported content surely
ends, subjects that state nothing ("whether …", a speaker after its verb), words of a time glued to a
subject. Small pure functions over spaCy tokens; ``clauses`` applies them."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.extract.phrases import TokenSpan, quote_ids, trim
from graphbuild.extract.qualifiers import marked_that
from graphbuild.lexicons import Lexicons

CLAUSAL_SUBJECTS = frozenset({"csubj", "csubjpass"})
# Prepositions of a concession: "despite X" says in spite of what, never where or what a thing is.
CONCESSIVE_PREPOSITIONS = frozenset({"despite", "notwithstanding"})
# Comparatives spelt as words of their own ("more", "less"), besides the JJR/RBR tags.
COMPARATIVE_WORDS = frozenset({"more", "less", "fewer"})
COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})


# Words of a verb group set before its verb ("has reported", "had also said").
VERB_GROUP_DEPS = frozenset({"aux", "auxpass", "advmod", "neg"})


def inverted_speaker(verb: Token, lexicons: Lexicons) -> bool:
    """ "The village was worst hit, claimed the press secretary": a reporting verb after a comma,
    with no subject of its own, has its speaker after it; the subject it would borrow said nothing.
    Its auxiliaries may come between ("…, has reported the survey")."""
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in VERB_GROUP_DEPS and c.i < verb.i)])
    return (
        verb.dep_ == "conj"
        and verb.lemma_.lower() in lexicons.terms("reporting_verbs")
        and first > 0
        and verb.doc[first - 1].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)
    )


def open_clause(subject: Token) -> bool:
    """A clausal subject opened by "whether", "if", "after"…: "whether it came after the ship
    began sinking is unclear" asserts no sinking; a subject "that …" ("That he lied is clear") does."""
    return subject.dep_ in CLAUSAL_SUBJECTS and any(
        c.dep_ == "mark" and c.lower_ != "that" for c in subject.children
    )


def asked_subject(subject: Token) -> bool:
    """ "told him what kind of bomb would cause the most damage": a subject under "what" or "which"
    is a question, what the clause says of it is asked, not stated."""
    return any(c.dep_ == "det" and c.tag_ == "WDT" and c.lower_ in ASKING_WORDS for c in subject.children)


# Determiners that make a noun phrase a question ("what kind", "which team").
ASKING_WORDS = frozenset({"what", "which", "whichever", "whatever"})


def first_conjunct_span(clause: Token, content: TokenSpan) -> TokenSpan | None:
    """ "replied they would attend and a million more expressed interest": a clause with a subject
    of its own joined on may be the author's, so the content surely said ends before it. Clauses are
    joined by a word or a comma; one the parser joins by nothing is no second clause but part of the
    first ("This comes after protesters had gathered, X reported": "after" opens it)."""
    joined = [c for c in clause.children if c.dep_ == "conj" and _own_subject(c) and not marked_that(c)]
    if not joined:
        return None
    left, right = content
    cc = [c.i for c in clause.children if c.dep_ == "cc" and c.i < joined[0].i]
    if not cc and not _comma_before(joined[0]):
        return None
    if cc and clause.doc[cc[-1]].lower_ in DISJUNCTIONS:
        return None  # "said that either prices fall or the pound rises": neither alone was said
    return trim(clause.doc, left, min(right, cc[-1] if cc else joined[0].left_edge.i))


# Conjunctions of alternatives: clauses joined by one are said together, none of them alone.
DISJUNCTIONS = frozenset({"or", "nor"})


def continuation(clause: Token) -> Token | None:
    """The rest of ``clause`` that the parser hung on its verb as a second complement: one right
    after it with no subject of its own ("said there would be reprisals if the drills held near the
    border || were to go ahead", "vowed he would ensure any guards sleeping on duty || would face
    penalties"). Its subject is a noun of the first, so the two are one reported clause."""
    if clause.dep_ != "ccomp":
        return None
    end = clause.right_edge.i
    for sibling in clause.head.children:
        if (
            sibling.dep_ == "ccomp"
            and sibling.left_edge.i == end + 1
            and not any(c.dep_ in CONTINUED_SUBJ_DEPS for c in sibling.children)
            and not marked_that(sibling)
        ):
            return sibling
    return None


def continues(clause: Token) -> bool:
    """``clause`` is the split-off rest of the complement before it (``continuation``)."""
    if clause.dep_ != "ccomp":
        return False
    earlier = (c for c in clause.head.children if c.dep_ == "ccomp" and c.i < clause.i)
    return any(getattr(continuation(c), "i", None) == clause.i for c in earlier)


# Subjects that make a second complement a clause of its own, not the rest of the first.
CONTINUED_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})


def _comma_before(conj: Token) -> bool:
    start = conj.left_edge.i
    return start > 0 and conj.doc[start - 1].text in (",", ";")


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def without_time_zone(doc: Doc, span: TokenSpan, lexicons: Lexicons) -> TokenSpan:
    """ "Around 0530 GMT armed police returned fire": the zone closes the time before it, it is no
    word of the subject."""
    start, end = span
    zone = doc[start].lower_ in lexicons.terms("time_zones")
    if end - start > 1 and start > 0 and doc[start - 1].like_num and zone:
        return start + 1, end
    return span


__all__ = [
    "CLAUSAL_SUBJECTS",
    "DISJUNCTIONS",
    "asked_subject",
    "continuation",
    "continues",
    "first_conjunct_span",
    "inverted_speaker",
    "open_clause",
    "without_time_zone",
]


def interrupts_quote(verb: Token) -> bool:
    """'"What saddens me", she said, "is ..."': a speaker set inside a quotation whose sentence goes
    on after it with its verb, so the words before the speaker are only that sentence's subject, a
    piece of what was said ('"We won," she said, "and we will win again"' keeps its first sentence)."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "parataxis" or head.i < verb.i or not quote_ids(doc)[head.i]:
        return False
    after = next((t for t in doc[verb.right_edge.i + 1 : head.i + 1] if not t.is_punct), None)
    return (
        after is not None and after.pos_ in ("VERB", "AUX") and (after.i == head.i or after.head.i == head.i)
    )


def with_comparison(verb: Token, span: TokenSpan) -> TokenSpan:
    """An object ending in a comparison, with what it compares to: "were considerably less than in
    the advertisement", "a larger share than its population warranted". Cut before "than" the
    object says nothing ("were less"). Up to the first comma, inside the verb's own clause; not a
    bare "than" the parser left without its phrase."""
    doc = verb.doc
    after = span[1]
    while after < len(doc) and doc[after].is_quote:
        after += 1
    comparative = any(
        t.tag_ in COMPARATIVE_TAGS or t.lower_ in COMPARATIVE_WORDS for t in doc[span[0] : span[1]]
    )
    if after >= len(doc) or doc[after].lower_ != "than" or not comparative:
        return span
    than = doc[after]
    if than.dep_ == "mark" and than.head.i > than.i:
        end = than.head.right_edge.i + 1
    elif than.dep_ == "prep" and any(than.children):
        end = than.right_edge.i + 1
    else:
        return span
    comma = next((i for i in range(after, end) if doc[i].text in (",", ";")), end)
    end = min(comma, verb.right_edge.i + 1)
    return trim(doc, span[0], end) if end > after + 1 else span
