"""Mending a gerund clause whose subject the parser hid after a noun of record or hearsay.

"Officials dismissed allegations of soldiers torturing detainees", "police released images of her
leaving the club": in English a gerund clause after "of" may have its own subject, the plain noun
before the -ing word ("soldiers torturing", "her leaving"). The small English model hangs the
-ing clause on the noun of record instead ("allegations ... torturing detainees": the allegations
torture), or reads the subject and the -ing word as compounds of the object ("reports of Hamas
recruiting fighters": one noun "Hamas recruiting fighters"), so the act loses its doer. After a
noun that reports, alleges or shows (``lexicons/hearsay_nouns.txt``, ``evidence_nouns.txt``,
``depiction_nouns.txt``), the noun right before the -ing word is the clause's subject; the
clause's modality then comes from the noun (``held_views.hearsay_of``: reports make it alleged).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.lexicons import Lexicons
from graphbuild.nlp import forget_token_table, token_table

# Nouns whose "of" phrase may be a gerund clause with its own subject.
RECORD_LEXICONS = ("hearsay_nouns", "evidence_nouns", "depiction_nouns")
# Participles that tie a noun to a topic rather than tell an act ("charges of abuse of office
# relating to her time as minister": the charges relate, no one does): no clause with a subject.
TOPIC_LEXICONS = ("topic_participles", "prepositional_participles")
# Words that can be the subject of a gerund clause: a noun, a name or a pronoun ("her leaving").
SUBJECT_POS = frozenset({"NOUN", "PROPN", "PRON"})


def mend_gerund_subjects(doc: Doc, lexicons: Lexicons) -> int:
    """Give each gerund after "<noun of record> of <noun>" the noun as its subject. Returns how
    many were mended."""
    nouns = frozenset().union(*(lexicons.terms(name) for name in RECORD_LEXICONS))
    topical = frozenset().union(*(lexicons.terms(name) for name in TOPIC_LEXICONS))
    mended = 0
    tags = token_table(doc).tag  # a mend changes heads and labels, never a tag
    for i in range(2, len(doc) - 1):
        if tags[i] != "VBG":  # most words: no Token made
            continue
        gerund = doc[i]
        if gerund.lower_ in topical:
            continue
        subject = _hidden_subject(gerund, nouns)
        if subject is not None:
            gerund.head, gerund.dep_ = subject, "acl"
            mended += 1
        elif _compounded(gerund, nouns):
            _make_clause(gerund)
            mended += 1
    if mended:
        forget_token_table(doc)  # read before the mend, now stale
    return mended


def _of_object(preposition: Token) -> Token | None:
    """The object of an "of" phrase ("of soldiers": soldiers)."""
    return next((c for c in preposition.children if c.dep_ == "pobj"), None)


def _record(noun: Token, nouns: frozenset[str]) -> bool:
    return noun.lemma_.lower() in nouns or noun.lower_ in nouns


def _hidden_subject(gerund: Token, nouns: frozenset[str]) -> Token | None:
    """The "of" object right before an -ing clause the parser hung on the noun of record
    ("allegations of soldiers torturing detainees") or on its "of" beside the object ("footage of
    Kenyan police beating refugees"): the clause's subject."""
    head = gerund.head
    if gerund.dep_ == "acl" and _record(head, nouns) and head.i < gerund.i:
        preposition = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    elif gerund.dep_ == "pcomp" and head.lower_ == "of" and _record(head.head, nouns):
        preposition = head
    else:
        return None
    subject = _of_object(preposition) if preposition is not None else None
    if (
        subject is None
        or subject.pos_ not in SUBJECT_POS
        or subject.right_edge.i != gerund.i - 1
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in gerund.children)
    ):
        return None
    return subject


def _compounded(gerund: Token, nouns: frozenset[str]) -> bool:
    """A subject and an -ing word the parser made compounds of the "of" object after a noun of
    record: "reports of Hamas recruiting fighters" read as one noun."""
    obj, subject = gerund.head, gerund.doc[gerund.i - 1]
    preposition = obj.head
    return (
        gerund.dep_ == "compound"
        and obj.i > gerund.i
        and obj.dep_ == "pobj"
        and preposition.lower_ == "of"
        and _record(preposition.head, nouns)
        and subject.dep_ == "compound"
        and subject.head.i == obj.i
        and subject.pos_ in ("NOUN", "PROPN")
    )


def _make_clause(gerund: Token) -> None:
    """The word before the -ing word heads the "of" object with the words before it; the -ing word
    is a clause on it whose object is the old head with the words after it."""
    obj = gerund.head
    subject = gerund.doc[gerund.i - 1]
    for child in list(obj.children):
        if child.i < subject.i:
            child.head = subject  # "the army": the article opens the subject's phrase
    subject.head, subject.dep_ = obj.head, "pobj"
    gerund.head, gerund.dep_ = subject, "acl"
    gerund.pos_ = "VERB"
    obj.head, obj.dep_ = gerund, "dobj"


__all__ = ["mend_gerund_subjects"]
