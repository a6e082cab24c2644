"""Definite descriptions ("the group", "the company") referring back to a named entity."""

from __future__ import annotations

import pytest

from .parsed_edges import subject_nodes


@pytest.mark.model
def test_description_does_not_refer_to_a_name_of_another_class(nlp):
    # "the group" is not a court; "the company" is not the newspaper that reported on one
    nodes = subject_nodes(
        nlp,
        "Protesters gathered outside the Supreme Court in Valdora on Monday. "
        "The group said the ruling was unfair.",
    )
    assert nodes.get("The group | said") is None
    nodes = subject_nodes(
        nlp, "Tom Hale said the Valdora Times had reported the cuts. The company denied the report."
    )
    assert nodes.get("The company | denied") is None


@pytest.mark.model
def test_description_still_refers_to_a_name_of_its_class(nlp):
    nodes = subject_nodes(
        nlp,
        "The Valdora Times reported that Brandt Corporation cut 300 jobs. The company said sales had fallen.",
    )
    assert nodes.get("The company | said") == "Brandt Corporation"
    nodes = subject_nodes(nlp, "Hamas fired rockets at Israel. The group said it would continue.")
    assert nodes.get("The group | said") == "Hamas"


@pytest.mark.model
def test_the_province_refers_to_the_one_province_named_before(nlp):
    nodes = subject_nodes(nlp, "Floods hit Sindh province on Monday. The province said 40 people had died.")
    assert nodes.get("The province | said") == "Sindh"
    two = "Rebels attacked Kandahar Province and Helmand Province. The province said 40 people had died."
    assert subject_nodes(nlp, two).get("The province | said") is None


@pytest.mark.model
def test_a_group_named_army_is_still_the_group(nlp):
    nodes = subject_nodes(
        nlp,
        "The National Defence Army bombed a church in Kathmandu. "
        "The group says it wants to restore the monarchy.",
    )
    assert nodes.get("The group | says") == "National Defence Army"


# Blind sample fresh4 (issue 18): a surname linked to a son named once, not to the article's subject.


@pytest.mark.model
def test_a_shared_surname_is_the_person_the_article_is_about(nlp):
    text = (
        "The chemist Peter Alan Marsh died on Sunday. Peter Alan Marsh taught at a university in Leeds. "
        "Marsh wrote four books. Marsh leaves a son, the engineer Thomas James William Marsh. "
        "Marsh was buried in Leeds."
    )
    nodes = subject_nodes(nlp, text)
    assert nodes.get("Marsh | wrote") == "Peter Alan Marsh"
    assert nodes.get("Marsh | was buried in") == "Peter Alan Marsh"


@pytest.mark.model
def test_the_government_refers_back_to_the_one_government_named_before(nlp):
    # fresh3/fresh4 (issue 18): "the government" of a named country was left unresolved
    text = "The Japanese government raised its tariffs on Monday. The government said it would help farmers."
    assert subject_nodes(nlp, text).get("The government | said") == "government of Japan"
    # two governments named: a guess; "the ministry" is another body than the government
    text = (
        "The Japanese government and the Korean government met on Monday. "
        "The government said the move would help farmers."
    )
    assert subject_nodes(nlp, text).get("The government | said") is None
    text = (
        "The Japanese government raised its tariffs on Monday. The ministry said the move would help farmers."
    )
    assert subject_nodes(nlp, text).get("The ministry | said") is None
    # "the Government of Iraq" names its own country, not the government named before
    text = "The Japanese government raised its tariffs. The Government of Iraq said it would help farmers."
    assert subject_nodes(nlp, text).get("The Government of Iraq | said") != "government of Japan"


@pytest.mark.model
def test_the_government_with_no_government_named_is_the_one_country_named_before(nlp):
    # fresh22: "The government is trying to mislead the public" after only Sri Lanka was named
    text = "Floods hit Portugal on Monday. The government said it would help farmers."
    assert subject_nodes(nlp, text).get("The government | said") == "Portugal"
    # two countries named, or another country's people, leave it open
    text = "Floods hit Portugal and Chile on Monday. The government said it would help farmers."
    assert subject_nodes(nlp, text).get("The government | said") is None
    text = "A Syrian activist spoke in Portugal on Monday. The government said it would help farmers."
    assert subject_nodes(nlp, text).get("The government | said") is None


@pytest.mark.model
def test_the_government_of_a_country_named_only_by_its_people_or_in_a_headline_word(nlp):
    # fresh48 (Peru, Thailand, China) and fresh40/45: the one country named before was named only
    # by its people's adjective, or by a mention that owns no words, and "the government" stayed open
    text = "Peruvian officials closed the railway on Monday. The government said it would send helicopters."
    assert subject_nodes(nlp, text).get("The government | said") == "Peru"
    # two peoples' adjectives leave it open
    text = (
        "Peruvian and Chilean officials closed the railway on Monday. "
        "The government said it would send helicopters."
    )
    assert subject_nodes(nlp, text).get("The government | said") is None
    # a place with a president is a state, whatever the gazetteer calls it: two states, left open
    text = (
        "Peruvian officials met the president of Northland on Monday. "
        "The government said it would send helicopters."
    )
    assert subject_nodes(nlp, text).get("The government | said") is None


@pytest.mark.model
def test_the_country_long_after_the_one_country_named_is_that_country(nlp):
    # fresh7/fresh13: "the country" five sentences after the only country named was left open
    filler = "The rain went on. Rivers rose. Roads closed. Schools shut. Farmers waited. "
    text = "Floods hit Portugal on Monday. " + filler + "The country asked for help."
    assert subject_nodes(nlp, text).get("The country | asked for") == "Portugal"
    text = "Floods hit Portugal and Chile on Monday. " + filler + "The country asked for help."
    assert subject_nodes(nlp, text).get("The country | asked for") is None


@pytest.mark.model
def test_the_body_the_text_kept_naming_is_a_far_description(nlp):
    # fresh4: "The agency says …" five sentences after the World Health Organization, named often
    filler = "The rain went on. Rivers rose. Roads closed. Schools shut. Farmers waited. "
    often = "Brandt Corporation cut jobs. Brandt Corporation closed a plant. Brandt Corporation sold a mine. "
    text = often + filler + "The company said sales had fallen."
    assert subject_nodes(nlp, text).get("The company | said") == "Brandt Corporation"
    # another body named as often leaves it open
    text = (
        often
        + "Acme Holdings bought it. Acme Holdings paid cash. "
        + filler
        + "The company said sales had fallen."
    )
    assert subject_nodes(nlp, text).get("The company | said") is None


@pytest.mark.model
def test_the_government_named_once_long_before_is_still_the_government(nlp):
    # fresh2/fresh4 (issue 18): "the US Government … [many sentences] … the government initially
    # continued" was left unresolved, past the three-sentence window of other descriptions
    filler = "Farmers protested in the north. Prices rose in the spring. Rain fell in the south. "
    text = (
        "The Japanese government raised its tariffs on Monday. "
        + filler
        + "The government said it would help."
    )
    assert subject_nodes(nlp, text).get("The government | said") == "government of Japan"
    # two governments named before, even far back, leave it open
    text = (
        "The Japanese government and the Korean government met on Monday. "
        + filler
        + "The government said it would help."
    )
    assert subject_nodes(nlp, text).get("The government | said") is None


@pytest.mark.model
def test_a_plural_organisation_noun_never_refers_back_to_one_named_body(nlp):
    # "these countries" after the Nuclear Nonproliferation Treaty (fresh6): several bodies, not one
    nodes = subject_nodes(
        nlp, "Delegates signed the Ardan Water Treaty on Monday. These countries will share the river."
    )
    assert nodes.get("These countries | will share") is None


@pytest.mark.model
def test_the_opposition_is_a_party_not_the_police(nlp):
    # "the opposition" after the Australian Federal Police (fresh6): a party, the police is another class
    before = "The Valdora Federal Police arrested two men. "
    nodes = subject_nodes(nlp, before + "The opposition said the arrests were political.")
    assert nodes.get("The opposition | said") is None
    nodes = subject_nodes(
        nlp, before + "The Green Party said the arrests were political. The opposition called for an inquiry."
    )
    assert nodes.get("The opposition | called for") == "Green Party"


@pytest.mark.model
def test_a_place_in_a_persons_title_is_not_what_a_later_description_means(nlp):
    # "former U.S. President Bill Clinton met … Clinton traveled to the nation" (fresh7): the nation is
    # the other country; the place that only titles the subject is no subject, so two fit and none wins
    doc = nlp(
        "Two aid workers were held in Moldova for a month. Former U.S. President Tom Hale met the "
        "Moldovan leader on Monday. Hale travelled to the nation for a private meeting."
    )
    nation = next(t for t in doc if t.lower_ == "nation")
    assert not [
        e for e in doc._.gb_entities if not e.generic and any(s <= nation.i < x for s, x in e.token_spans)
    ]


@pytest.mark.model
def test_the_network_is_a_broadcaster_not_the_commission_or_law_named_near_it(nlp):
    # fresh9 (issue 18): "the NTC issued an order to the network …, the network signed off" made
    # the regulator sign off, and "the network" a law
    text = (
        "Valdora Broadcasting Corporation lost its licence. The Media Commission issued an order "
        "to the network yesterday, and in compliance, the network signed off."
    )
    nodes = subject_nodes(nlp, text)
    assert nodes.get("the network | signed off in") != "Media Commission"
    text = "The Press Freedom Act expired on Monday. The network said it would appeal."
    assert subject_nodes(nlp, text).get("The network | said") is None


@pytest.mark.model
def test_a_description_resolved_before_is_no_name_for_the_next_one(nlp):
    # fresh9 (issue 18): "the network" given to an event's name made it the nearest "name" for "the
    # commission" after it; the commission is the one named as such
    from graphbuild.resolve.canonical import description_antecedent
    from graphbuild.resolve.entities import LocalEntity
    from graphbuild.resolve.mentions.mention import EntityMention

    doc = nlp("Though the Harbor Board may renew the licence of the festival, the board refused to renew it.")
    board = next(t.i for t in doc if t.text == "Board")
    fair = next(t.i for t in doc if t.text == "festival")
    named = LocalEntity(
        "Actor:harbor board", "Harbor Board", "Actor", "Organization", token_spans=[(2, board + 1)]
    )
    other = LocalEntity(
        "Actor:spring fest", "Spring Fest", "Actor", "Organization", token_spans=[(fair, fair + 1)]
    )
    word = next(t.i for t in doc if t.text == "board")
    mention = EntityMention(
        word, word + 1, "board", "board", "Actor", "Organization", "noun", generic=True, definite=True
    )
    assert description_antecedent(doc, mention, [named, other]) is named


def test_a_given_name_alone_is_the_one_person_named_in_full_with_it(nlp):
    # issue 14 (fresh3 junk): "Don Imus ... Don loved and adored Deirdre" made a node "Don"
    from .test_resolve_nodes import _resolved_with_ents

    text = "Broadcaster Wendell Okafor died on Friday. His wife said: Wendell loved the radio."
    spans = [
        (text.index("Wendell"), "Wendell Okafor", "PERSON"),
        (text.rindex("Wendell"), "Wendell", "PERSON"),
    ]
    assert {name for name, _, _ in _resolved_with_ents(nlp, text, spans)} == {"Wendell Okafor"}
    # two people of that given name: which one is not said
    text = "Wendell Okafor met Wendell Brandt on Friday. Wendell said the talks went well."
    spans = [
        (0, "Wendell Okafor", "PERSON"),
        (text.index("Wendell Brandt"), "Wendell Brandt", "PERSON"),
        (text.rindex("Wendell"), "Wendell", "PERSON"),
    ]
    assert "Wendell" in {name for name, _, _ in _resolved_with_ents(nlp, text, spans)}


def test_the_given_names_are_joined_once_per_lexicons_folder(tmp_path):
    # 42,000 names: joined per document, the union cost more than grouping the mentions
    from graphbuild.lexicons import Lexicons, load_lexicons
    from graphbuild.resolve.canonical import given_names

    lexicons = load_lexicons()
    assert given_names(lexicons) is given_names(lexicons)
    assert {"peggy", "frank"} <= given_names(lexicons)
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "male_given_names.txt").write_text("Tarvo\n", encoding="utf-8")
    (tmp_path / "lexicons" / "female_given_names.txt").write_text("Liisa | Lisa\n", encoding="utf-8")
    assert given_names(Lexicons(tmp_path)) == {"tarvo", "liisa", "lisa"}


@pytest.mark.model
def test_description_with_a_name_in_apposition_is_that_name(nlp):
    # fresh10: "the company, Hospira, said" went to the one organisation named before (a drug's
    # cut name): the name set off after a description says which one it is, whatever its type
    nodes = subject_nodes(
        nlp,
        "Brandt Corporation made the drug until 2010. In a statement, the company, Norvalis, "
        "said that it had never sold the drug abroad.",
    )
    assert nodes.get("the company | said that") != "Brandt Corporation"


@pytest.mark.model
def test_descriptor_before_a_name_gives_its_class(nlp):
    # fresh10: "the journal Geophysical Research Letters … The group studied" made the journal the
    # researchers; a lowercase class noun at the start of a name is that name's class
    text = (
        "The researchers published their findings in the journal Valdoran Climate Letters. "
        "The group studied twenty years of wind records."
    )
    nodes = subject_nodes(nlp, text)
    assert nodes.get("The group | studied") is None


@pytest.mark.model
def test_a_family_name_written_first_is_the_one_person_so_named(nlp):
    # blind sheet fresh16: "Li delivered a speech" after "Premier Li Keqiang" was a node of its own
    text = "Chinese Premier Chen Guangming opened the congress on Monday. Chen delivered a speech there."
    people = {e.name: set(e.aliases) for e in nlp(text)._.gb_entities if e.subtype == "Person"}
    assert "Chen" in people.get("Chen Guangming", set()) and "Chen" not in people
    # a given name is another person's as likely as this one's: "Bill" of "Bill Hale" and "Bill Ross"
    doc = nlp("Bill Hale met Bill Ross on Monday. Bill said the talks went well.")
    assert "Bill" not in {a for e in doc._.gb_entities for a in e.aliases if e.name != "Bill"}


def _spans_of(nlp, text: str, name: str) -> list[str]:
    doc = nlp(text)
    entity = next(e for e in doc._.gb_entities if e.name == name)
    return [doc[start:end].text for start, end in entity.token_spans]


@pytest.mark.model
def test_a_description_used_before_for_an_unnamed_thing_does_not_join_a_later_name(nlp):
    # fresh13: "a group in the country … ambassador to the United States … abducted in the country"
    text = (
        "Tom Hale went missing while travelling in the country with his family. He had been ambassador "
        "to the United States until 2001. Foreigners are often abducted in the country by tribes."
    )
    assert "country" not in _spans_of(nlp, text, "United States")
    # a state's executive is "the government" before the text names it; its later name is still it
    text = (
        "Critics said the government hid the report. The Japanese government denied the claim on Monday. "
        "The government said the report would be published."
    )
    assert subject_nodes(nlp, text).get("The government | said") == "government of Japan"


@pytest.mark.model
def test_a_description_with_its_own_restrictive_clause_does_not_refer_back(nlp):
    # fresh13: "the chairman of the charity supporting The Stables" joined a name met before
    text = (
        "Brandt Corporation cut 300 jobs on Monday. The company running the old plant released a statement."
    )
    assert "company" not in _spans_of(nlp, text, "Brandt Corporation")
    # a clause set off by a comma only says more of the one named ("The company, which makes …")
    text = (
        "Brandt Corporation cut 300 jobs on Monday. "
        "The company, which runs the old plant, released a statement."
    )
    assert "company" in _spans_of(nlp, text, "Brandt Corporation")


@pytest.mark.model
def test_a_description_with_common_modifiers_refers_back_like_a_bare_one(nlp):
    # fresh22: "the oil company" after the one company named was left open
    text = "Brandt Corporation cut 300 jobs on Monday. Later the mining company closed its last pit."
    assert "mining company" in _spans_of(nlp, text, "Brandt Corporation")
    # a name of another class is still no antecedent
    text = "The Valdora Times reported the cuts on Monday. Later the mining company closed its last pit."
    assert "mining company" not in _spans_of(nlp, text, "Valdora Times")


@pytest.mark.model
def test_the_press_or_the_media_is_every_outlet_not_the_body_named_before(nlp):
    # a mass noun for a society's institution refers back to no name, whatever its kind
    nodes = subject_nodes(
        nlp,
        "Rebels of the Valdoran Liberation Front attacked a checkpoint on Monday. "
        "The press reported that six soldiers died.",
    )
    assert nodes.get("The press | reported") is None
    nodes = subject_nodes(
        nlp, "The Valdora Times broke the story on Monday. The media said the minister would resign."
    )
    assert nodes.get("The media | said") is None


@pytest.mark.model
def test_the_group_is_not_a_union_of_states(nlp):
    # a union is a union or a bloc: "the group" after the African Union means some group, not the union
    text = "The African Union sent envoys to the talks on Monday. The group said it would stage protests."
    assert subject_nodes(nlp, text).get("The group | said") is None
    text = "The European Union agreed new border rules on Monday. The union said it would enforce them."
    assert subject_nodes(nlp, text).get("The union | said") == "European Union"


@pytest.mark.model
def test_the_press_after_a_news_agency_named_press_is_not_that_agency(nlp):
    text = (
        "Tom Hale gave an interview to the Valdora Press on Monday. "
        "His mother spoke to the press on Tuesday, saying he was innocent."
    )
    doc = nlp(text)
    assert not [t for t in doc._.gb_triples if t.object.text == "the press" and t.object.entity_label]


@pytest.mark.model
def test_the_country_as_possessor_of_a_persons_description_is_the_country_named_before(nlp):
    doc = nlp("Floods hit Peru on Friday, days before the country's new president, Tom Hale, was sworn in.")
    ends = [e for t in doc._.gb_triples for e in (t.subject, t.object) if e.text == "the country"]
    assert ends and all(e.entity_label == "Peru" for e in ends)


# Blind sample fresh29 (issue 18): a description given a name whose class noun is not its head word.


@pytest.mark.model
def test_a_class_noun_before_a_place_or_remit_gives_the_name_its_class(nlp):
    # a hospital named after its town, and a department named by its remit, are no company, no union
    nodes = subject_nodes(
        nlp,
        "Doctors at University Hospital Norrby treated the workers. The company said it would pay them.",
    )
    assert nodes.get("The company | said") is None
    nodes = subject_nodes(
        nlp,
        "The Department for Roads and Harbours cut 300 jobs. The union said its members would strike.",
    )
    assert nodes.get("The union | said") is None


@pytest.mark.model
def test_a_name_whose_class_noun_comes_last_still_has_that_class(nlp):
    nodes = subject_nodes(
        nlp, "Workers at the Brandt Motor Company Norrby went on strike. The company said sales had fallen."
    )
    assert nodes.get("The company | said") == "Brandt Motor Company Norrby"


@pytest.mark.model
def test_the_international_community_is_no_body_named_before(nlp):
    nodes = subject_nodes(
        nlp,
        "The Valdoran Security Council met on Monday to discuss the strikes. "
        "The international community is still split on the idea.",
    )
    assert nodes.get("The international community | is still split on") is None


@pytest.mark.model
def test_the_country_named_before_only_by_its_people_is_that_country(nlp):
    # fresh32: "Iraqi police officials say … a day before the country goes to vote" (Iraq named later)
    text = (
        "Portuguese police officials say a bomb killed three people on Monday. "
        "The country votes on Sunday. Troops were sent across Portugal."
    )
    assert subject_nodes(nlp, text).get("The country | votes on") == "Portugal"
    # two countries' people leave it open
    text = (
        "Portuguese and Chilean police officials say a bomb killed three people on Monday. "
        "The country votes on Sunday."
    )
    assert subject_nodes(nlp, text).get("The country | votes on") is None
