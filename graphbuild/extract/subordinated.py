"""A clause the parser coordinated though a subordinator opens it: "X was unable to act, until a
role in a film brought him fame" reads "until" as a preposition and "brought" as a second verb of
X's, but with no "and" there is no coordination: the preposition's object is the clause's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.deps import SUBJ_OR_EXPL_DEPS
from graphbuild.nlp import children_with, has_child, tensed

# Words that are prepositions and subordinating conjunctions alike ("until the war", "until
# the war ended", "as the storm makes landfall"): the parse may take the clause's subject for the
# preposition's object.
SUBORDINATORS = frozenset({"until", "till", "before", "after", "since", "as"})
# Words that make "as" part of a phrase that lists or names, never a subordinator ("such as
# Texas", "as well as", "known as").
AS_PHRASE_WORDS = frozenset({"such", "well", "known"})


def subordinated_subject(verb: Token) -> Token | None:
    """The subject of a subjectless finite conjunct verb that follows, with no coordinator, the
    object of a subordinator hung on the verb it is coordinated with or on a phrase of that verb's
    ("postponed for a week after many ballots were missing"); None otherwise. A coordinator inside
    the object ("after ballots and papers were lost") coordinates nouns, not verbs. A bare
    participle ("after three draws, beaten by Y") opens no clause: no tense."""
    if verb.dep_ != "conj" or not tensed(verb) or has_child(verb, SUBJ_OR_EXPL_DEPS):
        return None
    head, doc = verb.head, verb.doc
    for prep in _subordinators_before(head, verb):
        objects = children_with(prep, ("pobj",))
        inside = {t.i for t in prep.subtree}
        between = [t for t in doc[head.i + 1 : verb.i] if t.i not in inside]
        if any(t.dep_ == "cc" or t.lower_ in ("and", "or", "but") for t in between):
            continue
        if objects and _ends_right_before(objects[0], verb):
            return objects[0]
    return None


def _subordinators_before(head: Token, verb: Token) -> list[Token]:
    """Subordinator words between the two verbs hung on the first verb or on a phrase of its."""
    return [
        t
        for t in head.doc[head.i + 1 : verb.i]
        if t.dep_ == "prep"
        and t.lower_ in SUBORDINATORS
        and head in t.ancestors
        and verb not in t.ancestors
        and not (t.i > 0 and t.doc[t.i - 1].lower_ in AS_PHRASE_WORDS)
    ]


def _ends_right_before(noun: Token, verb: Token) -> bool:
    """Only punctuation (a closing bracket), adverbs and the verb's own auxiliaries ("were lost")
    lie between the noun's phrase and the verb."""
    between = noun.doc[noun.right_edge.i + 1 : verb.i]
    own = [t for t in between if t.head.i == verb.i and t.dep_ in ("aux", "auxpass", "neg")]
    return all(t.is_punct or t.pos_ == "ADV" or t in own for t in between) and noun.pos_ in ("NOUN", "PROPN")


__all__ = ["SUBORDINATORS", "subordinated_subject"]
