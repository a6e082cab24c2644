"""An "it" that a craft's verb says is a made thing is no body, person or place
(``resolve.craft_subjects``), on hand-built parses and, where marked, on the model's."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.craft_subjects import craft_before, craft_it, craft_verb, not_a_craft
from graphbuild.resolve.entities import LocalEntity

from .parsed import parsed

# "It crashed into the dock ."
IT_CRASHED = """
It 1 nsubj PRON PRP it
crashed 1 ROOT VERB VBD crash
into 1 prep ADP IN into
the 4 det DET DT the
dock 2 pobj NOUN NN dock
. 1 punct PUNCT . .
"""

# "It took off late ."
IT_TOOK_OFF = """
It 1 nsubj PRON PRP it
took 1 ROOT VERB VBD take
off 1 prt ADP RP off
late 1 advmod ADV RB late
. 1 punct PUNCT . .
"""

# "It was hijacked ."
IT_WAS_HIJACKED = """
It 2 nsubjpass PRON PRP it
was 2 auxpass AUX VBD be
hijacked 2 ROOT VERB VBN hijack
. 2 punct PUNCT . .
"""

# "When the plane landed it stopped ."
PLANE_TOOK_OFF_IT = """
When 3 advmod SCONJ WRB when
the 2 det DET DT the
plane 3 nsubj NOUN NN plane
crashed 6 advcl VERB VBD crash
, 6 punct PUNCT , ,
it 6 nsubj PRON PRP it
burned 6 ROOT VERB VBD burn
. 6 punct PUNCT . .
"""


def _entity(type_: str, subtype: str) -> LocalEntity:
    return LocalEntity(key="e", name="Harlow Board", type=type_, subtype=subtype)


def test_a_verb_is_read_with_its_particle():
    assert craft_verb(parsed(IT_TOOK_OFF)[1]) == "take+off"
    assert craft_verb(parsed(IT_CRASHED)[1]) == "crash"


def test_the_subject_of_a_craft_verb_is_a_made_thing():
    lexicons = load_lexicons()
    assert craft_it(parsed(IT_CRASHED)[0], lexicons)
    assert craft_it(parsed(IT_TOOK_OFF)[0], lexicons)
    assert craft_it(parsed(IT_WAS_HIJACKED)[0], lexicons)


def test_a_body_can_take_a_stake_and_be_fined():
    lexicons = load_lexicons()
    took_part = IT_TOOK_OFF.replace("off 1 prt ADP RP off", "part 1 dobj NOUN NN part")
    assert not craft_it(parsed(took_part)[0], lexicons)
    assert not craft_it(parsed(IT_WAS_HIJACKED.replace("hijack", "fine"))[0], lexicons)


def test_an_unnamed_craft_before_it_in_its_sentence_fits_it():
    doc = parsed(PLANE_TOOK_OFF_IT)
    assert craft_before(doc[5], {}, load_lexicons())
    # a named craft there is an entity of its own, weighed as a candidate
    assert not craft_before(doc[5], {2: _entity("Weapon", "Aircraft")}, load_lexicons())


def test_a_craft_typed_as_a_weapon_keeps_it_but_an_agency_does_not():
    lexicons = load_lexicons()
    it = parsed(IT_CRASHED)[0]
    assert not_a_craft(it, _entity("Actor", "Organization"), {}, lexicons)
    assert not_a_craft(it, _entity("Region", "City"), {}, lexicons)
    assert not not_a_craft(it, _entity("Weapon", "Ship"), {}, lexicons)


def _subject_labels(nlp, text: str, word: str) -> list[str | None]:
    doc = nlp(text)
    return [t.subject.entity_label for t in doc._.gb_triples if t.subject.text == word]


@pytest.mark.model
def test_a_speaking_body_still_keeps_its_it(nlp):
    text = "Orvo Mining said in a statement that it had paid the fine."
    assert _subject_labels(nlp, text, "it") in ([], ["Orvo Mining"])
