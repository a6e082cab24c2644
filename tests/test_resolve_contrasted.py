"""A description with "original", "former", "other" … sets itself against the holder just named."""

from __future__ import annotations

import pytest

from .parsed_edges import subject_nodes


@pytest.mark.model
def test_the_original_judge_is_not_the_judge_named_before(nlp):
    text = "Judge Tom Hale took over the case in May. The original judge had retired in April."
    assert subject_nodes(nlp, text).get("The original judge | had retired in") is None


@pytest.mark.model
def test_a_bare_title_still_points_back_to_its_holder(nlp):
    text = "Judge Tom Hale took over the case in May. The judge set a new date."
    assert subject_nodes(nlp, text).get("The judge | set") == "Tom Hale"


@pytest.mark.model
def test_a_name_written_with_the_word_is_what_it_means(nlp):
    text = "Former President Tom Hale was arrested on Monday. The former president denied the charges."
    assert subject_nodes(nlp, text).get("The former president | denied") == "Tom Hale"


@pytest.mark.model
def test_contrast_words_are_the_heads_modifiers(nlp):
    from graphbuild.lexicons import load_lexicons
    from graphbuild.resolve.contrasted import contrast_words

    doc = nlp("The previous coach resigned in March.")
    assert contrast_words(doc[0:3], load_lexicons()) == frozenset({"previous"})
