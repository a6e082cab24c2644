"""What a pronoun's context says about the candidate it means: subjects, named sources, rivals."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.salience import is_subject, named_source, rival_role


@pytest.mark.model
def test_named_source_is_the_name_after_according_to(nlp):
    doc = nlp("Speed was the key, according to Tom Hale.")
    hale = next(t for t in doc if t.text == "Hale")
    assert named_source(hale)
    assert not named_source(next(t for t in doc if t.text == "key"))


@pytest.mark.model
def test_an_object_rivals_it_unless_it_speaks_and_the_object_is_no_people(nlp):
    lexicons = load_lexicons()
    doc = nlp("The firm built a satellite. It was launched. It said so. The army held the commanders.")
    satellite = next(t for t in doc if t.text == "satellite")
    launched_it, said_it = [t for t in doc if t.text == "It"]
    assert is_subject(next(t for t in doc if t.text == "firm"))
    assert rival_role(satellite, launched_it, lexicons)
    assert not rival_role(satellite, said_it, lexicons)  # a satellite says nothing
    commanders = next(t for t in doc if t.text == "commanders")
    assert rival_role(commanders, said_it, lexicons)  # commanders may speak


@pytest.mark.model
def test_an_unnamed_surname_in_s_as_subject_rivals_he(nlp):
    # fresh5 (issue 18): "… reported Cummings had been sick; his last vote …" took "his" for the
    # one person the tagger had named (the president), Cummings being tagged a plural name
    from graphbuild.resolve.salience import rival

    doc = nlp("The Valdora Times reported Cummings had been ill.")
    surname = next(t for t in doc if t.text == "Cummings")
    assert surname.tag_ == "NNPS"
    assert rival(surname, "he", {}, load_lexicons())
    assert not rival(surname, "they", {}, load_lexicons())


@pytest.mark.model
def test_a_sentence_initial_name_the_text_also_uses_mid_sentence_rivals_he(nlp):
    # fresh5 (issue 18): "Waseem appeared in a news conference … in which he expressed …" took "he"
    # for the cleric named before, the tagger having missed "Waseem" at the start of the sentence
    from graphbuild.resolve.salience import rival

    lexicons = load_lexicons()
    doc = nlp("Her brother Dorran was arrested. Dorran appeared in court.")
    first = next(t for t in doc if t.text == "Dorran" and t.is_sent_start)
    assert first.dep_ == "nsubj" and not list(first.children)
    assert rival(first, "he", {}, lexicons)
    doc = nlp("Fitness was a factor.")
    assert not rival(doc[0], "he", {}, lexicons)


@pytest.mark.model
def test_a_nearer_possessor_noun_rivals_a_name_for_it(nlp):
    # "Bush waited at the White House for the bill's arrival and signed it" (fresh6): it is the bill
    doc = nlp(
        "The Valdora Senate passed the budget bill on Friday. "
        "Tom Hale waited at the Department of Finance for the bill's arrival and signed it into law."
    )
    assert not [t for t in doc._.gb_triples if t.object.text == "it" and t.object.entity_label]
