"""Names whose form or a word beside them shows a tongue, an honour, a standard, a lawsuit or an
official list (graphbuild.resolve.mentions.named_kinds)."""

from __future__ import annotations

import pytest

from .found_mentions import mention_names

pytestmark = pytest.mark.model


def _kind(found: dict, name: str) -> tuple:
    return next(v for k, v in found.items() if name in k)[1:]


def test_a_name_after_the_local_language_is_a_language(nlp):
    found = mention_names(
        nlp, "A notice printed in the local language, Tok Pisin by the mission, warned of floods."
    )
    assert _kind(found, "Tok Pisin")[0] == "Other"


def test_post_nominal_letters_awarded_are_honours(nlp):
    found = mention_names(nlp, "Harlow was awarded an MBE, an OBE and a CBE before he retired in 1999.")
    assert {_kind(found, n)[0] for n in ("MBE", "OBE", "CBE")} == {"Other"}


def test_an_acronym_listed_with_honours_is_one(nlp):
    found = mention_names(nlp, '"I will stay the same", said Marta Kell (OMM, MSC, CD).')
    assert _kind(found, "MSC")[0] == "Other"


def test_a_listing_participle_makes_a_list(nlp):
    found = mention_names(
        nlp, "The Treasury added the two men to its Specially Designated Global Terrorists on Friday."
    )
    assert _kind(found, "Designated")[0] == "Other"


def test_a_well_cap_is_a_made_thing(nlp):
    found = mention_names(nlp, "Engineers lowered the Lower Marine Riser Package onto the leaking well.")
    assert _kind(found, "Riser Package")[0] == "Other"


def test_a_body_and_a_person_beside_these_cues_stay_actors(nlp):
    found = mention_names(
        nlp, "Ann Holt of the Zorvan Telecom Authority said the language of the deal was vague."
    )
    assert _kind(found, "Ann Holt")[0] == "Actor"
    assert _kind(found, "Zorvan Telecom Authority")[0] == "Actor"


def test_a_maker_and_a_model_name_a_vehicle(nlp):
    found = mention_names(nlp, "Police said Dale Brook was driving a Chevrolet Cobalt when he crashed.")
    assert _kind(found, "Cobalt") == ("Other", "Product")


def test_a_maker_and_a_body_word_stay_a_business(nlp):
    found = mention_names(nlp, "Toyota Motor Corporation recalled the cars, a spokesman said.")
    assert _kind(found, "Toyota Motor")[0] == "Actor"


def test_a_mobile_standard_is_a_made_thing(nlp):
    found = mention_names(nlp, "Both carriers adopted GSM for their networks, Zorvatel said.")
    assert _kind(found, "GSM") == ("Other", "Product")


def test_two_makers_name_a_team_not_a_vehicle(nlp):
    found = mention_names(nlp, "Rossi left Fiat Yamaha at the end of the season, the team said.")
    assert all(v[1] != "Other" for k, v in found.items() if "Yamaha" in k)


def test_a_bare_gear_head_before_its_noun_is_no_person(nlp):
    found = mention_names(nlp, "Crews fitted the Lower Marine Riser Package (LMRP) Cap containment system.")
    assert all(v[1] != "Actor" for k, v in found.items() if k == "Cap")
