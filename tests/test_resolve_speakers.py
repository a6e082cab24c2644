"""Whom a speaker's "we" stands for, on invented sentences parsed by the model."""

from __future__ import annotations

import pytest

from .parsed_edges import has_edge, linked_edges, subject_nodes


@pytest.mark.model
def test_we_in_reported_words_is_the_body_the_speaker_speaks_for(nlp):

    edges = linked_edges(
        nlp,
        '"We attacked the Harbor Brigade near Port Halden," said Colonel Ana Ruiz, a spokesperson for NATO.',
    )
    assert has_edge(edges, "North Atlantic Treaty Organization", "attack", "Harbor Brigade")
    edges = linked_edges(nlp, 'The Kenyan army said: "We attacked the Harbor Brigade in Port Halden."')
    assert has_edge(edges, "Kenya", "attack", "Harbor Brigade")


@pytest.mark.model
def test_we_of_a_speaker_with_no_body_named_or_of_the_author_stays_open(nlp):

    for text in (
        '"We attacked the Harbor Brigade," said Ana Ruiz.',
        "We will not allow the Harbor Brigade to keep its weapons.",
    ):
        assert not [e for e in linked_edges(nlp, text) if e[1] in ("attack", "allow") and "Harbor" in e[2]]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # fresh31 (issue 18): "police spokesperson X saying 'We need more witnesses'": "we" is never one
        # person, even one the tagger took for a body
        # the tagger reads "Ulf Norrby" as an organisation here; a title or a given name says a person
        '"We need more witnesses to come forward," said police spokesperson Ulf Norrby.',
        '"We need more witnesses to come forward," said detective Ulf Norrby.',
        "Ulf Norrby told reporters that we need more witnesses to come forward.",
    ],
)
def test_we_is_never_one_person_speaking(nlp, text):
    assert _antecedents(nlp, text)["we"] is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # fresh28/fresh11 (issue 18): "US Attorney X: we have charged", "the Moore County District
        # Attorney: we had an officer": the office speaks, not the country or county it serves
        '"We have charged both men with fraud," said Nora Quill, the Dellwood County District Attorney.',
        'US Attorney Nora Quill said that "we have charged both men with fraud."',
        # rule-check: an economist "for a bank in Chicago" speaks for the bank, not the town it is in
        'Tom Hale, chief economist in Denver, said "we cannot rely on the subsidies."',
    ],
)
def test_a_persons_we_is_not_a_place_in_their_title(nlp, text):
    assert _antecedents(nlp, text)["we"] is None


@pytest.mark.model
def test_a_persons_we_is_the_body_beside_the_town_it_is_in(nlp):
    text = 'Tom Hale, chief economist for Lakeside Savings in Denver, said "we cannot rely on the subsidies."'
    assert _antecedents(nlp, text)["we"] == "Lakeside Savings"


@pytest.mark.model
def test_we_of_coordinated_speakers_is_them_not_one_speakers_employer(nlp):
    # fresh5 (issue 18): the authors' "we" resolved to the university of one of them
    text = (
        'The book was written by Carla Moss and Harvard economist Dan Webb, who said that "We will '
        'not support the Harbor Brigade."'
    )
    assert not [e for e in linked_edges(nlp, text) if e[1] == "support" and "Harvard" in e[0]]


def _antecedents(nlp, text: str) -> dict[str, str | None]:
    """Each pronoun of ``text`` (lower-cased, the last of its form) -> the name it resolves to."""
    from graphbuild.lexicons import load_lexicons
    from graphbuild.resolve.coref import antecedent, token_owners

    doc = nlp(text)
    owner, lexicons = token_owners(doc._.gb_entities), load_lexicons()
    found = {t.lower_: antecedent(t, owner, lexicons) for t in doc if t.pos_ == "PRON"}
    return {word: entity.name if entity is not None else None for word, entity in found.items()}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        # fresh13: "the KGB arrested 33 Russians, claiming them to be mercenaries": an infinitive's
        # subject after the speaker's own verb is its object, and X would be "themselves"
        ("The Valdora police arrested nine men on Monday, claiming them to be smugglers.", "them"),
        # fresh20: "NBI confirmed that site was censored because it published …": the site
        ("The Interior Ministry confirmed that the website was blocked because it published a list.", "it"),
        ("The Valdora police said the men were arrested after they had sold guns.", "they"),
        # fresh19: "Carabineros de Chile said … they …": not the government of Chile
        (
            "Bomberos de Peru said in a statement that they were saddened by the death of a firefighter.",
            "they",
        ),
        # fresh25: "X reported that he died": who reports is alive, so the dead man is someone else
        ("Dr Tom Hale, director of the Valdora clinic, reported that he died of heart failure.", "he"),
        ("Sheriff Ana Ruiz said she drowned in the river near Port Halden.", "she"),
        # fresh23: "X, the brother of Y, says that he received injuries": Y fits "he" as well
        ("Tom Hale, the brother of Dan Okafor, says that he was beaten in jail.", "he"),
        ("Tom Hale, Dan Okafor's lawyer, said he would appeal the ruling.", "he"),
    ],
)
def test_a_pronoun_the_grammar_keeps_from_its_speaker_stays_open(nlp, text, word):
    assert _antecedents(nlp, text)[word] is None


@pytest.mark.model
def test_the_speaker_of_reported_words_is_still_their_subject_pronoun(nlp):
    found = _antecedents(nlp, "The Interior Ministry said it would block the website.")
    assert found["it"] == "Interior Ministry"
    found = _antecedents(nlp, "Sheriff Tom Hale said he would resign because the board had misled him.")
    assert found["he"] == "Tom Hale"
    # an infinitive after another's verb: the firm says the theft makes it lose money
    found = _antecedents(nlp, "The Orvic Group said that the theft of fuel causes them to lose money.")
    assert found["them"] == "Orvic Group"


@pytest.mark.model
def test_a_person_of_the_other_gender_in_the_speakers_phrase_leaves_the_speaker(nlp):
    found = _antecedents(nlp, "Tom Hale, the brother of Ana Ruiz, says that he was beaten in jail.")
    assert found["he"] == "Tom Hale"


@pytest.mark.model
def test_a_title_before_the_speakers_name_leaves_the_speaker(nlp):
    # "Y's nephew X said he was saddened": the title only says who X is
    found = _antecedents(nlp, "Tom Hale's nephew Dan Okafor said he was saddened by the ruling.")
    assert found["he"] == "Dan Okafor"


@pytest.mark.model
def test_one_of_a_bodys_many_staff_does_not_speak_for_it_as_we(nlp):
    text = (
        "Mark Dell, a special adviser on housing with the Valdora Housing Trust, commented on the plan, "
        'saying: "We believe that every family will have a home by 2030."'
    )
    assert subject_nodes(nlp, text).get("We | believe that") is None
    text = (
        "Fuel prices rose again in May. Mark Dell, the chief economist of Norland Oil, said that "
        '"we have seen five rises in fuel duty in two years".'
    )
    assert subject_nodes(nlp, text)["we | have seen"] == "Norland Oil"
