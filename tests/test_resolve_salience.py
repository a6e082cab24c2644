"""What a pronoun's context says about the candidate it means: subjects, named sources, rivals."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.salience import (
    is_subject,
    named_source,
    rival,
    rival_role,
    speaks,
    unnamed_speaker,
)

from .parsed_edges import subject_nodes


@pytest.mark.model
def test_named_source_is_the_name_after_according_to(nlp):
    doc = nlp("Speed was the key, according to Tom Hale.")
    hale = next(t for t in doc if t.text == "Hale")
    assert named_source(hale)
    assert not named_source(next(t for t in doc if t.text == "key"))


@pytest.mark.model
def test_an_object_rivals_it_unless_it_speaks_and_the_object_is_no_people(nlp):
    lexicons = load_lexicons()
    doc = nlp("The firm built a satellite. It was launched. It said so. The army held the commanders.")
    satellite = next(t for t in doc if t.text == "satellite")
    launched_it, said_it = [t for t in doc if t.text == "It"]
    assert is_subject(next(t for t in doc if t.text == "firm"))
    assert rival_role(satellite, launched_it, lexicons)
    assert not rival_role(satellite, said_it, lexicons)  # a satellite says nothing
    commanders = next(t for t in doc if t.text == "commanders")
    assert rival_role(commanders, said_it, lexicons)  # commanders may speak


@pytest.mark.model
def test_an_unnamed_surname_in_s_as_subject_rivals_he(nlp):
    # fresh5 (issue 18): "… reported Cummings had been sick; his last vote …" took "his" for the
    # one person the tagger had named (the president), Cummings being tagged a plural name
    from graphbuild.resolve.salience import rival

    doc = nlp("The Valdora Times reported Cummings had been ill.")
    surname = next(t for t in doc if t.text == "Cummings")
    assert surname.tag_ == "NNPS"
    assert rival(surname, "he", {}, load_lexicons())
    assert not rival(surname, "they", {}, load_lexicons())


@pytest.mark.model
def test_a_sentence_initial_name_the_text_also_uses_mid_sentence_rivals_he(nlp):
    # fresh5 (issue 18): "Waseem appeared in a news conference … in which he expressed …" took "he"
    # for the cleric named before, the tagger having missed "Waseem" at the start of the sentence
    from graphbuild.resolve.salience import rival

    lexicons = load_lexicons()
    doc = nlp("Her brother Dorran was arrested. Dorran appeared in court.")
    first = next(t for t in doc if t.text == "Dorran" and t.is_sent_start)
    assert first.dep_ == "nsubj" and not list(first.children)
    assert rival(first, "he", {}, lexicons)
    doc = nlp("Fitness was a factor.")
    assert not rival(doc[0], "he", {}, lexicons)


@pytest.mark.model
def test_a_nearer_possessor_noun_rivals_a_name_for_it(nlp):
    # "Bush waited at the White House for the bill's arrival and signed it" (fresh6): it is the bill
    doc = nlp(
        "The Valdora Senate passed the budget bill on Friday. "
        "Tom Hale waited at the Department of Finance for the bill's arrival and signed it into law."
    )
    assert not [t for t in doc._.gb_triples if t.object.text == "it" and t.object.entity_label]


@pytest.mark.model
def test_someone_brought_in_by_a_post_rivals_he_unless_named(nlp):
    # fresh14, fresh16: "An unnamed commander for X spoke to reporters. … he said he was happy" took
    # "he" for the army spokesman quoted before
    from graphbuild.resolve.salience import rival

    lexicons = load_lexicons()
    doc = nlp("An unnamed commander of the rebels spoke to reporters. One official of the party declined.")
    commander, official = (next(t for t in doc if t.text == w) for w in ("commander", "official"))
    assert rival(commander, "he", {}, lexicons) and rival(official, "she", {}, lexicons)
    doc = nlp("The commander of the rebels spoke. A Valdoran reporter, Tom Hale, tried it.")
    commander, reporter = (next(t for t in doc if t.text == w) for w in ("commander", "reporter"))
    assert not rival(commander, "he", {}, lexicons)  # "the commander" may be someone named before
    assert not rival(reporter, "he", {}, lexicons)  # named where he is brought in


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Army spokesman Tom Hale said the rebels were behind the attack. "
        "An unnamed commander of the rebels spoke to reporters on Monday. "
        "He said the attack was a warning.",
        'Tom Hale said the rules were strict. "They are tailored to the threat," commented a senior '
        "official who asked not to be named. He added that the old rules were too broad.",
    ],
)
def test_he_said_after_someone_new_is_not_the_one_named_before(nlp, text):
    doc = nlp(text)
    assert not [
        t for t in doc._.gb_triples if t.subject.text == "He" and t.subject.entity_label == "Tom Hale"
    ]


@pytest.mark.model
def test_each_soldier_rivals_they(nlp):
    # fresh19: "General X saluted each soldier as they crossed the border" took "they" for the army
    text = (
        "General Tom Hale led the Valdoran army into the city. "
        "He saluted each soldier as they crossed the border."
    )
    doc = nlp(text)
    assert not [t for t in doc._.gb_triples if t.subject.text == "they" and t.subject.entity_label]


@pytest.mark.model
def test_a_pet_rivals_he_or_she_for_a_person_named_before(nlp):
    # a pet is "he" or "she" in the news: "owned the cat since she was a kitten" is the cat's age
    text = "Anna Berg and her husband Tom had owned the cat since she was a kitten."
    nodes = {k: v for k, v in subject_nodes(nlp, text).items() if k.startswith("she |")}
    assert all(v is None for v in nodes.values())
    cat = next(t for t in nlp(text) if t.text == "cat")
    assert rival(cat, "she", {}, load_lexicons())
    assert not rival(cat, "they", {}, load_lexicons())


@pytest.mark.model
def test_a_pet_as_subject_is_the_animal_named_before_not_a_rival(nlp):
    cat = next(t for t in nlp("The old cat had lived at the shelter since birth.") if t.text == "cat")
    assert not rival(cat, "she", {}, load_lexicons())


def _they(nlp, text: str) -> str | None:
    """The name the last "they" of ``text`` resolves to, or None."""
    from graphbuild.resolve.coref import antecedent, token_owners

    doc = nlp(text)
    owner = token_owners(doc._.gb_entities)
    pronoun = [t for t in doc if t.lower_ == "they"][-1]
    found = antecedent(pronoun, owner, load_lexicons())
    return found.name if found is not None else None


@pytest.mark.model
def test_they_after_a_pair_is_not_one_member(nlp):
    # fresh25: "Brazil and Turkey criticised the sanctions … They had offered to mediate"
    assert _they(nlp, "Norway and Chile criticised the tariffs. They had offered to talk.") is None
    assert _they(nlp, "Norway and its allies signed the treaty. They said it would last.") is None
    # named alone last, a body may still be "they" where it speaks
    assert _they(nlp, "Norway signed the treaty. They said it would last.") is not None


@pytest.mark.model
def test_he_who_speaks_after_an_unnamed_speaker_is_not_the_name_before(nlp):
    # "The detective said … . He added…": the detective goes on speaking, not the man named before
    for speaker in ("His lawyer", "The detective", "The company's lawyer"):
        text = (
            f"Tom Rivers was arrested on Monday. {speaker} said the charges were false. "
            "He added that the police had no evidence."
        )
        assert subject_nodes(nlp, text).get("He | added that") is None
    text = (
        "The Kenyan army attacked the Harbor Brigade. The Kenyan army said the attack was a success. "
        "It added that more raids were planned."
    )
    assert subject_nodes(nlp, text)["It | added that"] == "army of Kenya"
    # a speaker whose phrase holds a name (a close apposition the parser hangs off the noun) is named
    text = (
        "Officials seized 300 parrots at the airport. Daniel Okafor the head of the customs office "
        'said: "The crates were broken." He noted the birds will be returned to their habitat.'
    )
    assert subject_nodes(nlp, text)["He | noted"] == "Daniel Okafor"
    text = (
        "Tom Rivers was arrested on Monday. His lawyer said the charges were false. "
        "He will appear in court on Friday."
    )
    assert subject_nodes(nlp, text)["He | will appear in"] == "Tom Rivers"


@pytest.mark.model
def test_some_of_a_group_rivals_they(nlp):
    # "40 of the 300 detainees … they": an unnamed part of a group may be "they"
    lexicons = load_lexicons()
    doc = nlp("The ministry freed 40 of the 300 detainees after they signed a pledge.")
    forty = next(t for t in doc if t.text == "40")
    assert rival(forty, "they", {}, lexicons)
    assert not rival(forty, "he", {}, lexicons)
    doc = nlp("The ministry freed a teacher after they signed a pledge.")
    assert not rival(next(t for t in doc if t.text == "teacher"), "they", {}, lexicons)


@pytest.mark.model
def test_two_things_joined_by_and_rival_they(nlp):
    # "banned a club and a choir, saying they…": the two banned things may be "they"
    lexicons = load_lexicons()
    doc = nlp("The council banned a club and a choir, saying that they broke the rules.")
    club = next(t for t in doc if t.text == "club")
    assert rival(club, "they", {}, lexicons)
    doc = nlp("Fans praised their skill and their zeal because they never gave up.")
    assert not rival(next(t for t in doc if t.text == "skill"), "they", {}, lexicons)


@pytest.mark.model
def test_he_went_on_to_say_speaks(nlp):
    lexicons = load_lexicons()
    doc = nlp("He went on to say that the plan had failed. He went on to win the race.")
    say_he, win_he = [t for t in doc if t.text == "He"]
    assert speaks(say_he, lexicons)
    assert not speaks(win_he, lexicons)


@pytest.mark.model
def test_a_persons_lawyer_who_spoke_is_an_unnamed_speaker_for_he(nlp):
    # "Ruiz's lawyer said … He added…": the lawyer goes on speaking, not whoever was named before
    lexicons = load_lexicons()
    doc = nlp("Maria Lopez's lawyer said that she would appeal.")
    lawyer = next(t for t in doc if t.text == "lawyer")
    lopez = LocalEntity("l", "Maria Lopez", "Actor", "Person", token_spans=[(0, 2)])
    owner = {0: lopez, 1: lopez}
    assert unnamed_speaker(lawyer, "he", owner, lexicons)
    assert not unnamed_speaker(lawyer, "it", owner, lexicons)
