"""A bare definite description that repeats the noun the text introduced one name with (issue 18)."""

from __future__ import annotations

import pytest

from .parsed_edges import subject_nodes


@pytest.mark.model
def test_a_description_repeats_the_noun_set_beside_a_name(nlp):
    text = (
        "Officials closed Etemaad, a reformist newspaper, on Monday. "
        "The newspaper had criticised the president."
    )
    assert subject_nodes(nlp, text).get("The newspaper | had criticised") == "Etemaad"


@pytest.mark.model
def test_a_description_repeats_the_noun_a_things_name_modifies(nlp):
    text = "Engineers launched the Kestrel spacecraft in March. The spacecraft reached orbit in May."
    assert subject_nodes(nlp, text).get("The spacecraft | reached") == "Kestrel"


@pytest.mark.model
def test_a_place_or_body_before_a_noun_is_no_name_of_it(nlp):
    # "a California jury" sits in California; "the jury" is no state
    text = "A Valdora County jury heard the case in May. The jury found the firm negligent."
    assert subject_nodes(nlp, text).get("The jury | found") is None


@pytest.mark.model
def test_two_names_introduced_with_the_noun_leave_it_open(nlp):
    text = (
        "Officials closed Etemaad, a reformist newspaper, and Sarmayeh, a business newspaper, on Monday. "
        "The newspaper had criticised the president."
    )
    assert subject_nodes(nlp, text).get("The newspaper | had criticised") is None


@pytest.mark.model
def test_a_post_that_passes_between_people_is_no_name(nlp):
    text = "Tom Hale was the leader after ten laps. Later Ana Ruiz became the leader and won the race."
    assert all(label != "Tom Hale" for key, label in subject_nodes(nlp, text).items() if "Ana Ruiz" in key)


@pytest.mark.model
def test_a_place_is_only_what_a_place_noun_describes(nlp):
    text = "Troops fought a long gun battle in the capital, Lumora, on Monday. The battle ended at dusk."
    assert subject_nodes(nlp, text).get("The battle | ended at") is None


@pytest.mark.model
def test_another_name_of_the_same_kind_named_since_leaves_it_open(nlp):
    text = (
        "Engineers launched the Kestrel spacecraft in March. The Osprey probe followed in April. "
        "The spacecraft reached orbit in May."
    )
    assert subject_nodes(nlp, text).get("The spacecraft | reached") is None


@pytest.mark.model
def test_a_name_set_beside_a_nearer_noun_is_not_the_farther_ones(nlp):
    text = "Troops fought a long battle in the capital, Lumora, on Monday. The battle ended at dusk."
    assert subject_nodes(nlp, text).get("The battle | ended at") is None


@pytest.mark.model
def test_a_person_by_sex_is_left_to_the_person_rules(nlp):
    text = "Police named the victim as Ana Ruiz, a woman from Lumora. The woman is aged about 30."
    assert subject_nodes(nlp, text).get("The woman | is aged") != "Ana Ruiz"


@pytest.mark.model
def test_a_noun_set_beside_two_coordinated_names_is_both_of_them(nlp):
    text = (
        "A couple, Tom Hale and Ana Ruiz, married in a Lisbon registry office on Monday. "
        "The couple had campaigned for a change in the law since 2006."
    )
    assert subject_nodes(nlp, text).get("The couple | had campaigned for") is None


@pytest.mark.model
def test_an_agency_is_no_states_whole_government(nlp):
    # the country's name gives a "government of Chile"; an agency is one body of it, not the whole
    text = (
        "Servicio Nacional de la Armada de Chile released a report on Tuesday. "
        "The agency admitted that the warning came late."
    )
    assert subject_nodes(nlp, text).get("The agency | admitted that") is None


@pytest.mark.model
def test_an_agency_still_points_back_to_a_named_service(nlp):
    text = (
        "The Oceanographic Service of the Peruvian Navy released a report on Tuesday. "
        "The agency admitted that the warning came late."
    )
    assert subject_nodes(nlp, text).get("The agency | admitted that") == "Oceanographic Service"
