"""What a fact looks like to a reader, as numbers: the shapes hand judges found wrong more often.

Each feature is a small pure function of a resolved ``Triple`` (its words, its ends' nodes, its
qualifiers and its sentence), 0 or 1 for a shape and 0..1 for a length. They read only what a
judge's sheet also holds (``benchmarks/precision_sample.py``), so the weights fitted to judged
sheets (``benchmarks/fit_confidence.py``) score a build's triples the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graphbuild.model import Triple

# A quotation in the sentence: quoted speech breaks the parse and hides the speaker.
QUOTE_MARKS = re.compile(r"[\"“”]|''|``")
# A subject that opens with a digit or a currency sign ("1.99%", "$40m"): a measure, seldom an actor.
NUMBER_START = re.compile(r"[\d$£€]")
# An object that opens with a verb or infinitive ("to struggle", "was found nearby"): a clause cut
# where the parse lost its subject.
VERB_START = re.compile(r"(?:to|be|been|is|are|was|were|has|have|had)\b", re.IGNORECASE)
# Lengths are read as a share of these caps: past them a sentence or a phrase is simply long.
SENTENCE_WORDS_CAP = 60
OBJECT_WORDS_CAP = 20
RELATION_WORDS_CAP = 4
ARGUMENTS_CAP = 3


def _share(count: int, cap: int) -> float:
    return min(count, cap) / cap


def sentence_words(t: Triple) -> float:
    """Long sentences are parsed worse: more attachments to get wrong."""
    return _share(len(t.provenance.sentence.split()), SENTENCE_WORDS_CAP)


def quoted(t: Triple) -> float:
    return float(QUOTE_MARKS.search(t.provenance.sentence) is not None)


def subject_common(t: Triple) -> float:
    """A lower-case subject is a common noun phrase, not a name: fragments and generic nouns."""
    return float(t.subject.text[:1].islower())


def subject_number(t: Triple) -> float:
    return float(NUMBER_START.match(t.subject.text) is not None)


def subject_node(t: Triple) -> float:
    """A subject tied to a named entity was at least found whole by NER or a gazetteer."""
    return float(t.subject.entity_id is not None)


def both_nodes(t: Triple) -> float:
    """An edge between two nodes is often derived from names inside a longer phrase."""
    return float(t.subject.entity_id is not None and t.object.entity_id is not None)


def object_verb(t: Triple) -> float:
    return float(VERB_START.match(t.object.text) is not None)


def object_and(t: Triple) -> float:
    """A coordinated object may borrow a conjunct that belongs elsewhere."""
    return float(" and " in t.object.text)


def subject_and(t: Triple) -> float:
    return float(" and " in t.subject.text)


def reporting(t: Triple, reporting_verbs: frozenset[str]) -> float:
    """A speaker's "said" is the best-formed fact of news: the parse of a quote frame is reliable."""
    return float(any(word in reporting_verbs for word in t.relation.lemma.lower().split()))


def relation_words(t: Triple) -> float:
    """A relation with its particle or preposition ("pulled out of") is more specific."""
    return _share(len(t.relation.text.split()), RELATION_WORDS_CAP)


def relation_be_prep(t: Triple) -> float:
    """ "be from", "be in": a place or an origin read off a noun phrase."""
    words = t.relation.text.split()
    return float(len(words) > 1 and words[0] == "be")


def relation_capital(t: Triple) -> float:
    """A capitalised word inside the relation ("are In", "worked out By"): a fronted adverbial read
    as the verb's preposition."""
    return float(any(word[:1].isupper() for word in t.relation.text.split()[1:]))


def relation_infinitive(t: Triple) -> float:
    """ "to struggle": a purpose or a plan, not a deed."""
    return float(t.relation.text.split()[:1] == ["to"])


def modal(t: Triple) -> float:
    return float(t.modality is not None)


def negated(t: Triple) -> float:
    return float(t.negated)


def attributed(t: Triple) -> float:
    return float(t.attributed_to is not None)


def arguments(t: Triple) -> float:
    return _share(len(t.arguments), ARGUMENTS_CAP)


def object_words(t: Triple) -> float:
    """A short object is more often a truncated one ("described X" without "as Y")."""
    return _share(len(t.object.text.split()), OBJECT_WORDS_CAP)


Feature = Callable[[Triple], float]
# Every feature by its name in ``ontology/confidence.json``; ``reporting`` also needs the lexicon.
FEATURES: dict[str, Feature] = {
    "sentence_words": sentence_words,
    "quoted": quoted,
    "subject_common": subject_common,
    "subject_number": subject_number,
    "subject_node": subject_node,
    "both_nodes": both_nodes,
    "object_verb": object_verb,
    "object_and": object_and,
    "subject_and": subject_and,
    "relation_words": relation_words,
    "relation_be_prep": relation_be_prep,
    "relation_capital": relation_capital,
    "relation_infinitive": relation_infinitive,
    "modal": modal,
    "negated": negated,
    "attributed": attributed,
    "arguments": arguments,
    "object_words": object_words,
}
FEATURE_NAMES = (*FEATURES, "reporting")


def fact_features(t: Triple, reporting_verbs: frozenset[str]) -> dict[str, float]:
    """Every feature of one triple, by name (``FEATURE_NAMES`` order)."""
    values = {name: feature(t) for name, feature in FEATURES.items()}
    values["reporting"] = reporting(t, reporting_verbs)
    return values
