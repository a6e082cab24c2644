"""Unnamed people who compete with a named one for "he", "she" or "they": the pronoun stays open."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.person_rivals import hidden_person, person_noun, person_rival
from graphbuild.resolve.salience import rival

from .parsed_edges import subject_nodes


def _said_of(nlp, text: str, pronoun: str) -> dict[str, str | None]:
    """The entities the subject ``pronoun`` of each fact of ``text`` was linked to."""
    return {k: v for k, v in subject_nodes(nlp, text).items() if k.split(" | ")[0] == pronoun}


@pytest.mark.model
def test_a_person_whose_thing_the_claim_speaks_of_rivals_the_claimant(nlp):
    # "X claimed the pilot's actions were illegal and he had no clearance": the pilot may be "he"
    text = "Governor Tom Hale claimed the driver's papers were forged and he had no permit to enter."
    assert "Tom Hale" not in _said_of(nlp, text, "he").values()


@pytest.mark.model
def test_someone_brought_in_by_a_deed_rivals_the_one_named_before(nlp):
    text = (
        "Inspector Tom Hale linked the fire to a blast in a flat, "
        "in which a gunman died after the bomb he was making went off."
    )
    assert "Tom Hale" not in _said_of(nlp, text, "he").values()


@pytest.mark.model
def test_a_kinsman_in_reported_words_rivals_their_speaker(nlp):
    text = (
        "Ian Moss testified that his brother had forged the papers, but insisted that he did nothing wrong."
    )
    assert "Ian Moss" not in _said_of(nlp, text, "he").values()


@pytest.mark.model
def test_an_unnamed_crew_rivals_a_country_for_they(nlp):
    # "the country cannot punish the cabin crew since they…": they may be the crew
    doc = nlp("The country cannot punish the cabin crew since they work for a Dutch firm.")
    crew = next(t for t in doc if t.text == "crew")
    assert rival(crew, "they", {}, load_lexicons())


@pytest.mark.model
def test_a_description_with_no_name_beside_it_takes_up_the_person_named_before(nlp):
    # "the swimmer's head" is Hale's: no rival to him
    doc = nlp("Swimmer Tom Hale collapsed during a race on Friday. Blood poured from the swimmer's head.")
    swimmer = next(t for t in doc if t.text == "swimmer")
    hale = LocalEntity("h", "Tom Hale", "Actor", "Person", token_spans=[(1, 3)])
    owner = {1: hale, 2: hale}
    lexicons = load_lexicons()
    assert person_noun(swimmer, lexicons)
    assert not person_rival(swimmer, "he", owner, lexicons)
    text = (
        "Swimmer Tom Hale collapsed during a race on Friday. "
        "Blood poured from the swimmer's head as he was lifted from the pool."
    )
    assert "Tom Hale" in _said_of(nlp, text, "he").values()
    # after a name of its own sentence, the same description is someone else
    doc = nlp("Tom Hale said the swimmer's time was slow.")
    swimmer = next(t for t in doc if t.text == "swimmer")
    assert person_rival(swimmer, "he", {0: hale, 1: hale}, lexicons)


@pytest.mark.model
def test_the_one_spoken_to_is_no_rival_of_the_speaker(nlp):
    text = "Ian Moss stood up and told the judge he wanted to plead guilty."
    assert "Ian Moss" in _said_of(nlp, text, "he").values()


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a trade or standing brought in by "a" describes or sides; it is no one new
        "A self-taught player, for ten years he was the only champion of the league.",
        "Tom Hale was convicted of robbing an employee in 1998, while he was mayor.",
        # a possessor off the clause's arguments is not what the pronoun means
        "Tom Hale told the police that before the singer's death he had given her a sedative.",
    ],
)
def test_no_rival_where_the_person_noun_only_describes(nlp, text):
    doc = nlp("Tom Hale won the cup in Lisbon. " + text)
    assert "Tom Hale" in [t.subject.entity_label for t in doc._.gb_triples if t.subject.text == "he"]


@pytest.mark.model
@pytest.mark.parametrize(("subtype", "expected"), [("Organization", True), ("Person", False)])
def test_a_person_name_typed_as_a_body_rivals_he_and_she(nlp, subtype: str, expected: bool):
    # "At Maria Lopez's launch, she…": typing took the possessor for a firm; she may still be meant
    doc = nlp("During the launch of Maria Lopez's new book, she thanked her readers.")
    lopez = next(t for t in doc if t.text == "Lopez")
    maria = lopez.i - 1
    assert doc[maria].ent_type_ == "PERSON" and lopez.dep_ == "poss"
    entity = LocalEntity("l", "Maria Lopez", "Actor", subtype, token_spans=[(maria, lopez.i + 1)])
    owner = {maria: entity, lopez.i: entity}
    assert hidden_person(lopez, "she", owner) is expected
    assert rival(lopez, "she", owner, load_lexicons()) is expected
    assert not hidden_person(lopez, "it", owner)


@pytest.mark.model
def test_an_unnamed_customer_who_acts_rivals_the_officer_who_reports(nlp):
    text = (
        "A masked man robbed a bank in Norrby on Friday. Inspector Tom Hale said that one customer "
        "tried to stop the robber and was injured. He can be seen on the security camera footage."
    )
    assert "Tom Hale" not in _said_of(nlp, text, "He").values()


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a customer only described ("was injured") does no deed
        "Inspector Tom Hale said that one customer was injured. He said the bank would reopen on Monday.",
        # a witness who only speaks brings nobody new
        "A witness said the car was red. Inspector Tom Hale said he would study the footage.",
    ],
)
def test_an_unnamed_person_who_only_speaks_or_is_described_is_no_rival(nlp, text):
    doc = nlp(text)
    assert "Tom Hale" in [t.subject.entity_label for t in doc._.gb_triples if t.subject.text.lower() == "he"]
