"""Restrictive participles read the verbs of saying from the build's lexicons, not the bundled ones."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.phrases import noun_span
from graphbuild.extract.restrictive import restricted_object, restricted_span
from graphbuild.lexicons import load_lexicons

from .lexicon_files import written_lexicons
from .parsed import parsed

# "They published a memo outlining new rules."
MEMO_OUTLINING = """
They 1 nsubj PRON PRP they
published 1 ROOT VERB VBD publish
a 3 det DET DT a
memo 1 dobj NOUN NN memo
outlining 3 acl VERB VBG outline
new 6 amod ADJ JJ new
rules 4 dobj NOUN NNS rule
. 1 punct PUNCT . .
"""


def test_a_participle_restricts_an_unspecific_noun_with_the_bundled_lexicons():
    memo = parsed(MEMO_OUTLINING)[3]
    # "outline" is no verb of saying in the bundled lexicons: the participle says which memo
    assert restricted_object(memo, load_lexicons())
    assert restricted_span(memo, noun_span(memo), load_lexicons()) == (2, 7)


def test_a_reporting_verb_added_to_the_given_lexicons_gives_content_not_a_restriction(tmp_path: Path):
    memo = parsed(MEMO_OUTLINING)[3]
    # an ontology (``--ontology DIR``) whose verbs of saying include "outline": what the memo
    # outlines is its content, a fact of its own, and the object stays "a memo"
    custom = written_lexicons(tmp_path, reporting_verbs="say\noutline\n")
    assert not restricted_object(memo, custom)
    assert restricted_span(memo, noun_span(memo), custom) == noun_span(memo) == (2, 4)
