"""The author's gloss inside reported words (graphbuild.extract.descriptions), on invented sentences
parsed by the model."""

from __future__ import annotations

import pytest

from .parsed import qualified

pytestmark = pytest.mark.model


def test_a_participle_in_an_apposition_is_the_authors_gloss(nlp):
    # fresh36 (issue 18): "Owsley Stanley, mass-producer of LSD, the drug underlying much of the
    # culture of the hippie era, died …, his family announced" gave the family as the gloss's source
    found = qualified(
        nlp("Police said the rally was organised by Green Action, the group opposing the new airport.")
    )
    assert found["Green Action | opposing | the new airport"][2] is None
    assert found["Green Action | organise | the rally"][2] == "Police"


def test_a_participle_on_a_reported_noun_is_reported_too(nlp):
    found = qualified(nlp("Police said the man carrying a knife was arrested."))
    assert found["the man | carrying | a knife"][2] == "Police"
    # an indefinite apposition may bring the reported news itself
    found = qualified(
        nlp("Police said the rally was organised by Green Action, a group opposing the new airport.")
    )
    assert found["Green Action | opposing | the new airport"][2] == "Police"


def test_a_relative_clause_in_an_apposition_is_the_authors_gloss_even_according_to_someone(nlp):
    # fresh27 (issue 18): "According to officials, work remained on the treaty, a successor to
    # START, which was signed in 1991 and expired in 2009" gave the officials START's dates
    text = (
        "According to the ministry, the dam, a project of the Water Board, which was founded in 1950,"
        " will be finished in May."
    )
    found = qualified(nlp(text))
    assert found["the Water Board | was founded in | 1950"][2] is None
    assert found["the dam | will be finished in | May"][2] == "the ministry"
