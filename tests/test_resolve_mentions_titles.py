"""Titles and the names they precede (graphbuild.resolve.mentions.titles), on real sentences."""

from __future__ import annotations

import pytest

from .found_mentions import mention_names


@pytest.mark.model
def test_find_mentions_strips_titles_from_names(nlp):
    found = mention_names(nlp, "Foreign Secretary Boris Johnson met President Barack Obama in London.")
    names = {name for name, type_, subtype in found.values() if subtype == "Person"}
    assert names == {"Boris Johnson", "Barack Obama"}


@pytest.mark.model
def test_find_mentions_title_marks_a_person_ner_missed(nlp):
    found = mention_names(
        nlp, "The strikes destroyed nine structures, Pentagon Press Secretary Peter Cook told reporters."
    )
    assert found["Peter Cook"] == ("Peter Cook", "Actor", "Person")


@pytest.mark.model
def test_find_mentions_supreme_leader_is_a_title(nlp):
    found = mention_names(nlp, "He had served Ruritania's Supreme Leader Omar Valdi since 2017.")
    assert "Supreme" not in found
    assert found["Omar Valdi"][1:] == ("Actor", "Person")


@pytest.mark.model
def test_find_mentions_title_run_does_not_cut_a_name_ner_found(nlp):
    found = mention_names(
        nlp, "Navy Senior Chief Petty Officer Mark C. Hollins, 39, of Fairview, Ohio, died in northern Iraq."
    )
    people = {name for name, type_, subtype in found.values() if subtype == "Person"}
    assert people == {"Mark C. Hollins"}


@pytest.mark.model
def test_title_word_after_a_first_name_with_no_name_after_it_is_a_surname(nlp):
    # issue 14 (fresh5 junk): "Michel" of "Didier Queloz and Michel Mayor"
    found = mention_names(
        nlp, "The prize was shared between Jan Peebles and the duo of Didier Quarles and Michel Mayor."
    )
    assert found["Michel Mayor"][:2] == ("Michel Mayor", "Actor")
    found = mention_names(nlp, "The award went to Mayor Tom Varga of Velmar on Monday.")
    assert found["Tom Varga"][0] == "Tom Varga"  # a title before a name stays no part of it


@pytest.mark.model
def test_police_rank_before_a_name_is_a_title_not_an_organisation(nlp):
    # issue 14 (fresh4 generic): "Detective Inspector" (NER: ORG) of "Detective Inspector Steven Jones"
    from .test_resolve_nodes import _resolved_with_ents

    text = "Anyone with information should contact police, said Detective Inspector Tom Varga."
    spans = [
        (text.index("Detective"), "Detective Inspector", "ORG"),
        (text.index("Tom"), "Tom Varga", "PERSON"),
    ]
    found = _resolved_with_ents(nlp, text, spans)
    assert {name for name, type_, _ in found if type_ == "Actor" and name != "police"} == {"Tom Varga"}


@pytest.mark.model
def test_words_after_a_title_that_end_in_a_post_noun_are_the_rest_of_the_post(nlp):
    # "the Chief Medical Officer": no person named "Medical Officer"
    found = mention_names(nlp, "Dr. Ana Ruiz, the Chief Medical Officer, said the risk was low.")
    people = {name for name, type_, subtype in found.values() if subtype == "Person"}
    assert people == {"Ana Ruiz"}


@pytest.mark.model
def test_find_mentions_legislators_and_clerics_titles_are_no_part_of_the_name(nlp):
    found = mention_names(
        nlp,
        "Congresswoman Ana Ruiz said the bill would pass. Monsignor Paulo Vettori blessed the crowd.",
    )
    people = {name for name, type_, subtype in found.values() if subtype == "Person"}
    assert people == {"Ana Ruiz", "Paulo Vettori"}


@pytest.mark.model
def test_a_four_word_title_joins_the_name_whole(nlp):
    from graphbuild.lexicons import load_lexicons
    from graphbuild.resolve.mentions.titles import with_title

    titles = frozenset(t.lower() for t in load_lexicons().terms("titles"))
    doc = nlp("Deputy Secretary of State Alan Meyer visited Nairobi on Monday.")
    assert with_title(doc[4:6], titles).text == "Deputy Secretary of State Alan Meyer"
    doc = nlp("Navy Senior Chief Petty Officer Mark Hollins died in Iraq.")
    assert with_title(doc[5:7], titles).text == "Navy Senior Chief Petty Officer Mark Hollins"
