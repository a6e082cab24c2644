"""An aim equated with an infinitive (graphbuild.extract.stated_purposes), on invented sentences
parsed by the model: "the aim was to V" states what the aim was, it plans nothing."""

from __future__ import annotations

import pytest

from .parsed import qualified

pytestmark = pytest.mark.model


def test_the_purpose_was_to_is_a_plain_statement(nlp):
    facts = qualified(nlp("The aim of the march was to raise money for the hospital."))
    assert facts["The aim of the march | was to raise | money"] == (False, None, None)


def test_a_subject_to_do_something_is_still_planned(nlp):
    facts = qualified(nlp("The council is to close the library."))
    assert facts["The council | is to close | the library"] == (False, "planned", None)
