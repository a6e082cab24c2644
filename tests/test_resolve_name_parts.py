"""Words NER took for a person that are part of another name or a form of address are no
antecedent of "he" (``resolve.name_parts``)."""

from __future__ import annotations

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.name_parts import part_of_name

from .parsed import parsed

# "Marlow police arrested Reyes of the Marlow Park District ."
MARLOW_POLICE = """
Marlow 1 compound PROPN NNP Marlow
police 2 nsubj NOUN NNS police
arrested 2 ROOT VERB VBD arrest
Reyes 2 dobj PROPN NNP Reyes
of 3 prep ADP IN of
the 8 det DET DT the
Marlow 8 compound PROPN NNP Marlow
Park 8 compound PROPN NNP Park
District 4 pobj PROPN NNP District
. 2 punct PUNCT . .
"""

# "His Honour praised Reyes ."
HIS_HONOUR = """
His 1 poss PRON PRP$ his
Honour 2 nsubj PROPN NNP Honour
praised 2 ROOT VERB VBD praise
Reyes 2 dobj PROPN NNP Reyes
. 2 punct PUNCT . .
"""


def _person(name: str, *spans: tuple[int, int]) -> LocalEntity:
    return LocalEntity(key="p", name=name, type="Actor", subtype="Person", token_spans=list(spans))


def test_a_modifier_written_inside_a_longer_name_is_no_person():
    doc = parsed(MARLOW_POLICE)
    assert part_of_name(_person("Marlow", (0, 1)), doc, load_lexicons())


def test_a_person_named_as_a_subject_or_object_is_still_one():
    doc = parsed(MARLOW_POLICE)
    assert not part_of_name(_person("Reyes", (3, 4)), doc, load_lexicons())
    # a modifier the text never writes inside a longer name ("the Ruiz administration") says nothing
    other = parsed(MARLOW_POLICE.replace("Marlow 8 compound", "Lund 8 compound"))
    assert not part_of_name(_person("Marlow", (0, 1)), other, load_lexicons())


def test_a_form_of_address_is_no_person():
    doc = parsed(HIS_HONOUR)
    assert part_of_name(_person("Honour", (1, 2)), doc, load_lexicons())
