"""Overlaps between mention sources (graphbuild.resolve.mentions.ranking), on real sentences."""

from __future__ import annotations

import pytest

from .found_mentions import found_mentions, mention_names


@pytest.mark.model
def test_find_mentions_gazetteer_and_places_override_ner(nlp):
    found = mention_names(
        nlp, "The leaders of Sudan and Chad believe smuggled rifles have reached Somalia and the Maghreb."
    )
    assert found["Sudan"][1:] == ("Region", "Country")
    assert found["Chad"][1:] == ("Region", "Country")
    assert found["Somalia"][1:] == ("Region", "Country")
    assert found["Maghreb"][1:] == ("Region", "GeoRegion")


@pytest.mark.model
def test_find_mentions_place_followed_by_its_country_is_one_mention(nlp):
    found = mention_names(nlp, "Coalition aircraft struck a bridge near Baghdad, Iraq.")
    assert found["Baghdad, Iraq"][:2] == ("Baghdad", "Region")


@pytest.mark.model
def test_find_mentions_places_of_one_rank_in_a_list_stay_apart(nlp):
    # a list of states is no state and its container: "Nevada, Oregon" is not one mention of Nevada
    found = mention_names(
        nlp, "Voters went to the polls in the states of Utah, Nevada, Oregon, Ohio and Texas."
    )
    assert "Nevada, Oregon" not in found and "Ohio" in found and "Oregon" in found
    found = mention_names(nlp, "The storm hit Springfield, Illinois, and Dayton, Ohio on Monday.")
    assert found["Springfield, Illinois"][:2] == ("Springfield", "Region")


@pytest.mark.model
def test_find_mentions_name_inside_a_longer_mention_is_kept(nlp):
    doc = nlp("The last meeting of Coalition foreign ministers took place in Rome, Italy, on February 2.")
    mentions = found_mentions(nlp, doc)
    italy = [m for m in mentions if m.name == "Italy"]
    assert italy and italy[0].nested
    rome = next(m for m in mentions if m.name == "Rome")
    assert rome.text == "Rome, Italy" and not rome.nested


@pytest.mark.model
def test_find_mentions_nationality_inside_a_phrase_is_kept(nlp):
    doc = nlp("The Defense Department has identified the American service member who was killed.")
    mentions = found_mentions(nlp, doc)
    member = next(m for m in mentions if m.text == "American service member")
    assert member.name == "service member of United States"
    assert any(m.nested and m.text == "American" and m.subtype == "Group" for m in mentions)


@pytest.mark.model
def test_find_mentions_place_name_does_not_start_inside_a_longer_one(nlp):
    found = mention_names(nlp, "Police opened inquiries in New South Wales and in San Diego County.")
    assert "Wales" not in found and found["New South Wales"][1] == "Region"
    assert "Diego County" not in found and found["San Diego County"][1] == "Region"


@pytest.mark.model
def test_find_mentions_words_of_an_events_title_are_no_place(nlp):
    found = mention_names(nlp, 'He called his rally "Storm Area 51, They Can\'t Stop All of Us" as a joke.')
    assert "Storm Area" not in found


@pytest.mark.model
def test_find_mentions_place_named_in_a_street_name_is_no_mention_of_it(nlp):
    found = mention_names(nlp, "Police closed Baghdad Road after the blast.")
    assert "Baghdad Road" in found and "Baghdad" not in found


@pytest.mark.model
def test_find_mentions_organisation_named_inside_a_common_nouns_phrase_is_kept(nlp):
    # issue 14: "supporters of X", "officials of X": the body X is still a mention of its own
    found = found_mentions(
        nlp, nlp("Hundreds of supporters of the Kestrel Valley Council marched to the square.")
    )
    council = [m for m in found if m.name == "Kestrel Valley Council"]
    assert council and council[0].nested and council[0].type == "Actor"
    found = found_mentions(nlp, nlp("Officials of the Ministry of the Interior denied the report."))
    assert [m for m in found if m.name == "Ministry of the Interior" and m.nested]
    # a name not headed by an organisation noun ("Group") stays inside the phrase, as before
    found = found_mentions(nlp, nlp("Officials of the Velmar Group denied the report."))
    assert not [m for m in found if m.nested]


@pytest.mark.model
def test_find_mentions_place_word_of_an_organisations_name_is_no_place(nlp):
    # issue 14: "Atlantic" looked up in the gazetteer lost the body "the Atlantic Council" NER found
    found = mention_names(nlp, "The minister agreed to speak to the Atlantic Council on Monday.")
    assert found["Atlantic Council"][1:] == ("Actor", "Organization")
    assert "Atlantic" not in found
    # NER's own place name keeps its place ("New York City" is no body)
    found = mention_names(nlp, "Police in New York City arrested two men.")
    assert found["New York City"][1] == "Region"


@pytest.mark.model
def test_find_mentions_country_word_of_an_organisations_name_is_no_country(nlp):
    # a country's name opening a body's name is a word of it, unless "and" makes it a conjunct
    found = mention_names(nlp, "The US National Weather Center issued a warning on Monday.")
    assert found["US National Weather Center"][1] == "Actor"
    assert "US" not in found


@pytest.mark.model
def test_find_mentions_body_named_inside_a_longer_bodys_name_is_nested(nlp):
    # issue 14: the gazetteer's "Air National Guard" and "ISIL" took the words of the longer names
    # NER found; the longer body is the mention, the inner name stays a nested one
    found = found_mentions(nlp, nlp("Pilots from the Vermont Air National Guard arrived on Monday."))
    guard = [m for m in found if m.name == "Vermont Air National Guard"]
    assert guard and not guard[0].nested and guard[0].type == "Actor"
    assert [m for m in found if m.name == "Air National Guard" and m.nested]
    found = found_mentions(nlp, nlp("The Counter ISIL Coalition will meet in Rome on Monday."))
    assert [m for m in found if m.name == "Counter ISIL Coalition" and not m.nested]


@pytest.mark.model
def test_find_mentions_country_name_the_tagger_reads_with_its_article_is_the_country(nlp):
    # issue 14: NER's "the Syrian Arab Republic" is no longer place than the country's own name
    found = mention_names(nlp, "The report was sent to the Syrian Arab Republic on Monday.")
    assert found["Syrian Arab Republic"][:2] == ("Syria", "Region")
    assert "Arab" not in found  # a country's name holds no people's name
