"""What is a node: generic role and category nouns are not (graphbuild.resolve.mentions)."""

from __future__ import annotations

import pytest

from .found_mentions import mention_names

pytestmark = pytest.mark.model


def test_find_mentions_generic_nouns_are_not_nodes(nlp):
    found = mention_names(nlp, "Officials said experts and other countries inspected weapons at a building.")
    assert not {"Officials", "experts", "countries", "weapons", "building"} & set(found)


def test_find_mentions_generic_noun_tied_to_a_country_is_a_node(nlp):
    found = mention_names(nlp, "Kenyan officials denied the report.")
    assert found["Kenyan officials"][0] == "officials of Kenya"


def test_find_mentions_think_tank_is_no_weapon(nlp):
    found = mention_names(nlp, "Analysts at a Nairobi think tank disagreed.")
    assert all(t != "Weapon" for _, t, _ in found.values())


def test_find_mentions_label_keeps_brackets_balanced(nlp):
    found = mention_names(nlp, "The Union for Coastal Renewal (UCR) won the vote.")
    assert all(name.count("(") == name.count(")") for name, _, _ in found.values())


def test_find_mentions_small_town_in_place_context_is_a_region(nlp):
    found = mention_names(nlp, "Gunmen fled into Tessalit after the raid.")
    assert found["Tessalit"][1] == "Region"


def test_find_mentions_named_group_and_its_fighters_are_one_mention(nlp):
    found = mention_names(nlp, "Clashes between Boko Haram fighters and Malian militants continued.")
    assert found["Boko Haram fighters"][0] == "Boko Haram"
    assert found["Malian militants"][0] == "militants of Mali"


def test_find_mentions_named_centre_is_an_actor_even_with_a_place_in_its_name(nlp):
    found = mention_names(nlp, "Anna Pike of the Nordic European Centre for Coastal Studies said so.")
    name = next(k for k in found if "Centre" in k)
    assert found[name][1:] == ("Actor", "Organization")


def test_find_mentions_name_defined_as_a_village_is_a_region(nlp):
    found = mention_names(nlp, "Dambara is a village in northern Iraq.")
    assert found["Dambara"][1] == "Region"


def test_find_mentions_town_and_its_state_are_one_mention(nlp):
    found = mention_names(nlp, "She was based in Springfield, Virginia, the release said.")
    assert found["Springfield, Virginia"][1] == "Region"


def test_find_mentions_citation_mark_is_not_part_of_a_name(nlp):
    found = found_names(nlp, "President Tomas Adewale-Okafor,[1] spoke on Monday.")
    assert not [name for name in found if "[" in name]


def test_find_mentions_opposition_forces_are_not_the_countrys_military(nlp):
    found = mention_names(nlp, "Kenyan opposition forces and Kenyan troops clashed.")
    assert found["Kenyan opposition forces"][0] != "military of Kenya"
    assert found["Kenyan troops"][0] == "military of Kenya"


def found_names(nlp, text: str) -> list[str]:
    return [name for name, _, _ in mention_names(nlp, text).values()]


def test_find_mentions_time_zone_and_speaker_tag_are_not_actors(nlp):
    found = mention_names(nlp, "The vote closed at 18:00 UTC.\nWN: Why did you run?\nPike: Because I could.")
    assert "UTC" not in found
    assert "WN" not in found


def test_find_mentions_cited_authors_or_parties_are_no_entity(nlp):
    # fresh14 (issue 18): "Perry et al. v. Schwarzenegger et al." gave a person "Schwarzenegger et al"
    found = mention_names(nlp, "The case, Lind et al. v. Brink et al., was heard by Judge Tom Hale.")
    assert not any("Lind" in text or "Brink" in text for text in found)
    assert any("Tom Hale" in text for text in found)


def test_find_mentions_hashtag_is_no_entity(nlp):
    # "#KarvoVotes" tags a topic on social media; the same word without "#" is still a name
    found = mention_names(nlp, "Voters posted under #KarvoDebate all night. The Karvo Party won.")
    assert not any("KarvoDebate" in text for text in found)


def test_find_mentions_group_name_grown_into_a_phrase_is_still_the_group(nlp):
    found = mention_names(nlp, "Islamist militants and Islamists clashed in the hills.")
    assert found["Islamist militants"][0] == found["Islamists"][0]


def test_find_mentions_descriptive_adjective_is_not_part_of_the_name(nlp):
    found = mention_names(nlp, "The rebels sold looted rifles to new fighters.")
    assert found["rifles"][0] == "rifle"  # "looted rifles" is an alias
    assert "looted rifles" not in found


def test_find_mentions_quoted_name_before_a_group_noun_is_the_groups_name(nlp):
    found = mention_names(nlp, 'Members of the "Black Crow" group were arrested in Lagos.')
    assert ("Black Crow", "Actor") in {(name, type_) for name, type_, _ in found.values()}
    assert not any('"' in name for name, _, _ in found.values())
