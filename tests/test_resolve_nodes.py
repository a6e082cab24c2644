"""What is a node (graphbuild.resolve.nodes): typed mentions users can trust as nodes, the rest text."""

from __future__ import annotations

import shutil

import pytest
import spacy

from graphbuild.lexicons import Lexicons, load_lexicons, ontology_dir
from graphbuild.resolve.actor_classes import class_tied
from graphbuild.resolve.common_words import singulars
from graphbuild.resolve.fragments import broken_name, mangled_possessive
from graphbuild.resolve.peoples import personal_name

LEXICONS = load_lexicons()

pytestmark = pytest.mark.model

LEX = load_lexicons()


def _entities(nlp, text: str) -> dict[str, tuple[str, str, bool]]:
    """Each local entity's name -> (type, subtype, node)."""
    return {e.name: (e.type, e.subtype, e.node) for e in nlp(text)._.gb_entities}


def _nodes(nlp, text: str) -> set[str]:
    return {name for name, (_, _, node) in _entities(nlp, text).items() if node}


def _resolved_with_ents(nlp, text: str, spans: list[tuple[int, str, str]]) -> set[tuple[str, str, str]]:
    """(name, type, subtype) of the local entities when NER labels exactly ``spans`` ((char
    start, words, label)): the rules, whatever the model guesses for invented names."""
    with nlp.select_pipes(disable=["graphbuild_entities"]):
        doc = nlp(text)
    doc.ents = [doc.char_span(start, start + len(words), label) for start, words, label in spans]
    doc = nlp.get_pipe("graphbuild_entities")(doc)
    return {(e.name, e.type, e.subtype) for e in doc._.gb_entities}


def test_generic_role_and_place_nouns_are_typed_mentions_not_nodes(nlp):
    text = "Protesters gathered outside the school while officials met the interior minister."
    assert not {"protesters", "school", "interior minister"} & _nodes(nlp, text)
    assert _entities(nlp, text)["school"][0] == "Region"  # still a typed mention


def test_common_noun_tied_to_a_country_is_a_node(nlp):
    assert "military of Mali" in _nodes(nlp, "Malian troops entered the town on Tuesday.")


def test_class_of_actor_without_a_name_is_no_node(nlp):
    # judged a generic noun on every sheet such a node was drawn on: which rebels?
    assert "rebels" not in _nodes(nlp, "The rebels seized two villages near the border on Monday.")
    assert "smugglers" not in _nodes(nlp, "Smugglers moved the rifles across the desert.")


def test_class_of_actor_a_name_ties_is_a_node(nlp):
    nodes = _nodes(nlp, "Malian rebels seized two villages, and fighters of the Taliban fled.")
    assert {"rebels of Mali", "fighters of Taliban"} <= nodes


def test_class_of_actor_with_a_name_after_of_is_tied_even_when_its_mention_stops_at_the_head(nlp):
    doc = nlp("Officials believe fighters of al Shabaab have received rifles.")
    head = doc[2:3]  # "fighters", as a mention merged with others of the same head may be
    assert class_tied(head, named={5})  # "Shabaab"
    assert not class_tied(head, named=set())


def test_class_of_actor_a_people_names_is_a_node_but_not_one_a_creed_names(nlp):
    # "Albanian" is in the demonym lexicon, so the class is tied to its country, as "Malian rebels" is
    assert "militants of albania" in {n.lower() for n in _nodes(nlp, "Albanian militants threatened action.")}
    assert not {"islamist militants", "militants"} & {
        n.lower() for n in _nodes(nlp, "Islamist militants threatened action.")
    }


def test_one_unnamed_member_of_a_body_is_no_node_but_its_members_are(nlp):
    # "member of the Lemba Assembly" is any of its members; "Members of the Lemba Assembly" its people
    nodes = _nodes(
        nlp, "Mr Obi, member of the Lemba Assembly since 2010, spoke. Members of the Lemba Assembly left."
    )
    assert "member of Lemba Assembly" not in nodes and "members of Lemba Assembly" in nodes


def test_one_of_a_country_s_many_unions_or_parties_is_no_node_but_a_named_one_is(nlp):
    # fresh16/fresh34/fresh37 generic noun: "a British trade union", "the conservative Hungarian party"
    entities = _entities(
        nlp,
        "Dockers backed a British trade union on Monday. The British trade union said pay had fallen."
        " The conservative Hungarian party will form a government.",
    )
    assert entities["trade union of United Kingdom"][2] is False
    assert entities["conservative party of Hungary"][2] is False
    # a name's word before the noun, or the plural of a class, stays a node
    assert "democratic party" in _nodes(nlp, "Corruption within the Democratic party angered voters.")
    assert "Kestrel Chart party of Thailand" in _nodes(
        nlp, "The Thai Kestrel Chart party was founded in May."
    )
    assert "banks of Iran" in _nodes(nlp, "The Iranian banks were sanctioned by the European Union.")
    # a word of a sole body makes it the country's one: "the central bank"
    assert "central bank of Switzerland" in _nodes(nlp, "The central Swiss bank held down interest rates.")


def test_one_of_a_country_s_many_envoys_or_priests_is_no_node_but_its_sole_office_is(nlp):
    # fresh18/fresh23 sheets: "the Spanish ambassador", "the Italian priest" named no one to track
    entities = _entities(
        nlp,
        "The Malian ambassador met the press on Monday. The Chadian priest led the prayers."
        " The Kenyan judge adjourned the case. Chad's president warned that the talks could fail.",
    )
    posts = {name: node for name, (_, subtype, node) in entities.items() if subtype == "Role"}
    assert posts["president of Chad"] is True
    assert [posts["ambassador of Mali"], posts["priest of Chad"], posts["judge of Kenya"]] == [False] * 3


def test_a_country_s_unnamed_spokesman_or_captain_is_no_node(nlp):
    # fresh25 generic noun: "the French navy spokesman", "the Dutch captain": one of many, no one named
    entities = _entities(
        nlp,
        "The Kenyan navy spokesman said the ship was lost. The Malian captain denied it."
        " Chad's president warned that the talks could fail.",
    )
    posts = {name: node for name, (_, subtype, node) in entities.items() if subtype == "Role"}
    assert posts["president of Chad"] is True
    assert not any(node for name, node in posts.items() if "spokesman" in name or "captain" in name)


def test_a_body_s_post_or_a_bare_title_is_no_node_but_a_place_s_office_is(nlp):
    # blind before-sheets fresh2-15 (issue 14): "Interpol spokesperson", "BBC director", a party's
    # "first female candidate" and "Crown Prince" were judged no entity; "Chad's president" stands
    entities = _entities(
        nlp,
        "An Interpol spokesperson said the suspect was arrested in Madrid. The BBC's director resigned."
        " Chad's president warned that the talks could fail.",
    )
    posts = {name: node for name, (_, subtype, node) in entities.items() if subtype == "Role"}
    assert posts["president of Chad"] is True
    assert [node for name, node in posts.items() if "Interpol" in name or "BBC" in name] == [False, False]
    titled = _entities(nlp, "The Deputy Prime Minister resigned on Monday.")
    assert not any(node for _, subtype, node in titled.values() if subtype == "Role")


def test_triples_keep_text_of_a_mention_that_is_no_node(nlp):
    doc = nlp("The officials visited Kandor on Monday.")
    keys = {e.key for e in doc._.gb_entities if not e.node}
    assert all(t.subject.entity_id not in keys for t in doc._.gb_triples)


def test_bare_nationality_adjective_is_no_node(nlp):
    nodes = _nodes(nlp, "Four of the victims were Peruvian, and a Peruvian court opened an inquiry.")
    assert "Peruvian" not in nodes


def test_people_word_a_hyphen_binds_to_a_lower_case_word_is_no_node(nlp):
    # fresh30 junk: "Russian and Soviet-built aircraft" made a group node "Soviet"
    from graphbuild.resolve.peoples import hyphen_bound

    text = "The air force of Tarvel flies a number of Czech and Soviet-built jets."
    with nlp.select_pipes(disable=["graphbuild_entities"]):
        doc = nlp(text)
    doc.ents = [doc.char_span(text.index("Soviet"), text.index("Soviet") + 6, "NORP")]
    doc = nlp.get_pipe("graphbuild_entities")(doc)
    assert not any(e.name == "Soviet" and e.node for e in doc._.gb_entities)
    # a name after the hyphen makes a pair of peoples ("Zorvani-Velmari talks"), no adjective
    doc = nlp("The Zorvani-Velmari talks began in Tarvel.")
    assert not hyphen_bound(doc[1:2])
    assert hyphen_bound(nlp("The Zorvani-led talks began.")[1:2])


def test_people_the_gazetteer_knows_said_only_as_an_adjective_is_no_node(nlp):
    assert "Arabs" not in _nodes(nlp, "She was the first Arab woman in the post.")
    assert "Arabs" not in _nodes(nlp, "He spoke since the Arab Spring began a year ago.")
    assert "Arabs" in _nodes(nlp, "Arab protesters marched, and the Arabs of the city voted.")


def test_latin_phrase_is_no_place(nlp):
    found = _entities(nlp, "The former mayor was tried in absentia by a court in Lisbon.")
    assert "absentia" not in found


def test_head_noun_alone_is_no_node(nlp):
    nodes = _nodes(nlp, "Hospitals in the region were full. County officials asked for help.")
    assert not {"Hospitals", "County"} & nodes


def test_estuary_named_by_ner_as_organisation_is_a_region(nlp):
    found = _entities(nlp, "Firefighters were called to a hotel overlooking the Tallon Estuary.")
    assert found["Tallon Estuary"][0] == "Region"


def test_place_in_apposition_with_a_country_is_a_region(nlp):
    found = _entities(nlp, "The murder rate in Villa Moreno, Paraguay has risen sharply.")
    assert found["Villa Moreno"][0] == "Region"


def test_legislature_of_a_place_is_an_actor(nlp):
    found = _entities(nlp, "The bill passed the U.S. House on Friday.")
    assert found.get("U.S. House", ("Actor",))[0] == "Actor"


def test_person_name_of_a_foreign_town_stays_a_person(nlp):
    found = _entities(nlp, "Obama was quoted as saying that talks would resume.")
    assert found["Obama"][0] == "Actor"


def test_bill_is_no_organisation(nlp):
    found = _entities(nlp, "Lawmakers passed the Coastal Water Reform Bill on Monday.")
    assert all(t != "Actor" for name, (t, _, _) in found.items() if name.endswith("Bill"))


def test_name_in_a_sentence_of_another_language_is_no_entity(nlp):
    found = _entities(
        nlp, "The minister wrote: «Notre objectif: garder le cannabis hors de la portée des jeunes»."
    )
    assert "Notre" not in found


def test_role_in_apposition_to_a_person_is_that_person(nlp):
    found = nlp("Brightline's chief executive officer, Tomas Varga, said flights would resume.")._.gb_entities
    person = next(e for e in found if e.name == "Tomas Varga")
    assert person.node and "Brightline's chief executive officer" in person.aliases
    assert not any(e.node and e.subtype == "Role" for e in found)


def test_role_with_its_complement_in_apposition_to_a_person_is_that_person(nlp):
    # fresh14 (issue 18): "The BBC's director of global news, Peter Horrocks, said" gave a role node
    # "BBC director" as the speaker: the name hangs on the role past the role's "of" phrase
    doc = nlp(
        "The Courier's director of global news, Ana Lind, said that the cuts were not a reflection on staff."
    )
    person = next(e for e in doc._.gb_entities if e.name == "Ana Lind")
    assert person.node and not any(e.node and e.subtype == "Role" for e in doc._.gb_entities)
    said = next(t for t in doc._.gb_triples if t.relation.lemma.startswith("say"))
    assert said.subject.entity_label == "Ana Lind"


def test_indefinite_role_is_no_node(nlp):
    assert "judge of Peru" not in _nodes(nlp, "A Peruvian judge heard the case on Monday.")


def test_common_noun_with_a_named_owner_is_a_node_labelled_by_it(nlp):
    nodes = _nodes(nlp, "Officials said Ortega's forces shelled the town of Varnel.")
    assert "Ortega's forces" in nodes


def test_nationality_inside_a_phrase_is_no_node(nlp):
    found = _entities(nlp, "The Belgian king met the prime minister.")
    assert found["king of Belgium"][2]
    assert not found.get("Belgian", ("", "", False))[2]


def test_predicate_noun_is_no_node(nlp):
    nodes = _nodes(nlp, "Lena Ortiz is the former Chilean delegate to the assembly.")
    assert not any("delegate" in name for name in nodes)


def test_role_a_verb_gives_its_subject_is_no_node(nlp):
    assert "president of Cyprus" not in _nodes(nlp, "He was the President of Cyprus from 2003 until 2008.")
    assert "president of India" not in _nodes(nlp, "Jan Brink, who served as President of India, died.")
    assert "mayor of Ruritania City" not in _nodes(nlp, "He was named mayor of Ruritania City in May.")
    assert "mayor of Qom" in _nodes(nlp, "The President of Cyprus met the mayor of Qom.")
    text = "Are there any sister organisations of Acme outside Chad?"
    assert "sister organisations of Acme" in _nodes(nlp, text)  # what there is: no predicate


def test_storm_named_like_a_person_is_no_actor(nlp):
    found = _entities(nlp, "Though Storm Lorenzo weakened, ferries stayed in port.")
    assert all(t != "Actor" for name, (t, _, _) in found.items() if "Lorenzo" in name)


def test_first_word_cut_from_a_longer_name_is_no_place(nlp):
    found = _entities(nlp, "The mother of the pitcher, Maura Josefina Villareal, was kidnapped.")
    assert "Maura" not in found


def test_surname_a_small_town_shares_is_the_person(nlp):
    found = _entities(nlp, "Kane Holland was accused of fraud. Holland denied it on Monday.")
    assert "Holland" not in found and found["Kane Holland"][0] == "Actor"


def test_person_described_by_a_common_noun_is_no_place_though_the_name_ends_in_one(nlp):
    found = _entities(nlp, "The claim came from one Scientology critic Mark Bunker, who posted it.")
    assert found["Mark Bunker"][1] == "Person"
    airport = _entities(nlp, "Flights landed at John Wayne Airport in the morning.")["John Wayne Airport"]
    assert airport[0] == "Region"


def test_street_named_like_a_person_is_a_place(nlp):
    found = _entities(nlp, "Police were called to Wellhouse Lane after the crash.")
    assert found["Wellhouse Lane"][0] == "Region"


def test_church_of_a_faith_is_an_organisation(nlp):
    found = _entities(nlp, "The Church of Scientology said it would appeal.")
    assert found["Church of Scientology"][0] == "Actor"


def test_bare_civil_vehicle_is_no_node_but_a_tied_one_is(nlp):
    nodes = _nodes(nlp, "The driver said the vehicle was old. Al-Qaida vehicles were seen later.")
    assert "vehicle" not in nodes
    assert "Al-Qaida vehicles" in _nodes(nlp, "Al-Qaida vehicles were seen near the border.")


def test_weapon_class_alone_is_no_node_but_an_owned_one_is(nlp):
    nodes = _nodes(nlp, "The guard drew a pistol, and police fired rubber bullets at the crowd.")
    assert not {"pistol", "rubber bullet"} & nodes
    assert _entities(nlp, "The guard drew a pistol.")["pistol"][0] == "Weapon"  # still typed
    owned = _nodes(nlp, "Rockets of the Karvo Liberation Front hit the town.")
    assert "rocket of Karvo Liberation Front" in owned


def test_weapon_whose_label_keeps_no_name_is_no_node(nlp):
    text = "Air force jets escorted the Velmora Airways aircraft, and the aircraft landed safely in Oslo."
    assert "aircraft" not in _nodes(nlp, text)
    assert "Velmora Airways aircraft" in _nodes(nlp, "A Velmora Airways aircraft landed safely in Oslo.")


def test_capitalised_office_or_body_word_is_no_name(nlp):
    assert not _nodes(nlp, "The State government raised concerns about the ruling.")
    assert "Chief secretary" not in _nodes(nlp, "He asked how the Chief Secretary could act on the issue.")
    assert "Coalition aircraft" in _nodes(nlp, "Officials said the Coalition aircraft struck the bridge.")


def test_common_noun_opening_a_sentence_is_no_name(nlp):
    assert "Neighbours" not in _entities(nlp, "The road remains closed. Neighbours said they were shocked.")
    assert "Hamas" in _nodes(nlp, "Hamas said the talks had failed.")


def test_plural_common_noun_opening_a_sentence_is_no_name(nlp):
    # fresh45 generic noun: "Tributes have been paid to ..." made a Region node (NER calls it GPE)
    text = "The singer died in Velmor on Sunday.\n\nTributes have been paid to the singer by fans."
    assert "Tributes" not in _entities(nlp, text)
    text = "Tributes have been paid to the actor Jan Brink, who died on Monday."
    assert "Tributes" not in _entities(nlp, text)
    # a party's members and a people are named in the plural
    assert "Democrats" in _nodes(nlp, "Democrats objected to the bill in Velmor.")
    assert "Australians" in _nodes(nlp, "Australians have been shivering through a cold week in Velmor.")


def test_noun_opening_a_sentence_and_written_in_lower_case_too_is_no_name(nlp):
    # fresh43 generic noun: '"Jockeys have to lose ..."' made a Person node; the text says "jockeys" too
    text = 'Two jockeys rode in the race. "Jockeys have to lose so much weight," Jan Brink said.'
    assert "Jockeys" not in _entities(nlp, text)


def test_a_nationality_noun_is_no_node(nlp):
    # fresh39 generic noun: "The Frenchman, who ..." (an unnamed tourist) made an Organization node
    text = "A car hit a cyclist in Velmor on Monday. The Frenchman, who is in his forties, was driving."
    assert "Frenchman" not in _nodes(nlp, text)


def test_half_of_the_day_after_a_clock_time_is_no_place(nlp):
    # fresh39 junk: "at 7:20 A.M. local time" made a Region node "A.M."
    assert "A.M." not in _entities(nlp, "The flight left Velmor at 7:20 A.M. local time (3:50 GMT).")


def test_plural_singulars_follow_english_spelling():
    assert singulars("tributes") == ["tribute", "tribut"]
    assert "jockey" in singulars("jockeys")
    assert "battery" in singulars("batteries")
    assert singulars("witness") == []
    assert singulars("gas") == []


def test_capitalised_adjective_before_a_noun_is_no_name(nlp):
    # issue 14 (fresh26 junk, generic noun): "Tablet sales", "former Professional wrestler" made nodes
    assert "Tablet" not in _entities(nlp, "Tablet sales totaled 90,000 in 2009.")
    assert "Professional" not in _entities(
        nlp, "Later, former Professional wrestler Mara Kellis said she was sad."
    )


def test_opening_word_the_text_writes_in_lower_case_is_no_name(nlp):
    # issue 14 (fresh26 generic noun, junk): "Tablet computers have ...", "Riot police were ..." made nodes
    text = "Few shoppers wanted a tablet in 2008. Tablet computers were not popular."
    assert "Tablet" not in _entities(nlp, text)
    assert "Riot" not in _entities(
        nlp, "The town saw a riot on Friday. Riot police were seen entering the hall."
    )
    assert "Hamas" in _nodes(
        nlp, "Hamas said the talks had failed. Hamas fighters fired rockets at the town."
    )


def test_sentence_word_opening_a_name_is_no_part_of_it(nlp):
    # fresh36/37/28 junk: "Owners Sport Media Group", "Said Bosh", "Brothers Josh" were labels
    text = "The weekly paper has closed. Owners Delvin Media Group (DMG) made the announcement."
    assert "Delvin Media Group" in _nodes(nlp, text)
    assert not any(name.startswith("Owners") for name in _entities(nlp, text))
    text = 'Her coach said Mara Kellis trained hard. Said Kellis, "It was the best day of my life."'
    assert not any(name.startswith("Said") for name in _entities(nlp, text))
    # a given name the tagger reads as a verb opens a name: no quotation follows the subject
    text = (
        "No group has yet claimed responsibility for the attacks. Said Mahmoud, a witness of the blast"
        " near the embassy, said guards had tried to stop the car."
    )
    assert "Said Mahmoud" in _nodes(nlp, text)


def test_opening_word_written_lower_ties_no_common_noun(nlp):
    # fresh36 generic noun: "Circus officials and police followed her" made "Circus officials" a node
    text = "The circus left town on Monday. Circus officials and police searched the park."
    assert not any(name.startswith("Circus") for name in _nodes(nlp, text))


def test_role_apposed_after_a_person_is_that_person(nlp):
    found = nlp("Lena Ortiz, Karvo's lawyer in Dakar, said the trial was a sham.")._.gb_entities
    person = next(e for e in found if e.name == "Lena Ortiz")
    assert "Karvo's lawyer" in person.aliases
    assert not [e for e in found if e.node and e.subtype == "Role"]


def test_people_named_by_where_they_are_from_are_no_node(nlp):
    text = "Ruritanian officials denied it. The honest people of Qom voted. Members of the Taliban attacked."
    nodes = _nodes(nlp, text)
    assert not {"officials of Ruritania", "honest people of Qom"} & nodes
    assert "members of Taliban" in nodes
    assert "president of Chad" in _nodes(nlp, "Chad's president spoke on Monday.")


def test_weapon_noun_after_a_model_name_and_number_is_a_node(nlp):
    assert "assault rifle" in _nodes(nlp, "The brigade seized crates of Type 56 assault rifles.")
    assert "bullet" not in _nodes(nlp, "The gunman fired 300 bullets on January 5.")


def test_weapons_a_named_actor_takes_are_no_nodes_while_their_label_names_no_one(nlp):
    nodes = _nodes(nlp, "Rebels of the Karvo Liberation Front seized rifles from an army depot.")
    assert "rifle" not in nodes and "rebels of Karvo Liberation Front" in nodes
    assert "fighter jet" not in _nodes(nlp, "Fighter jets from the Karvo Air Wing flew missions on Monday.")
    assert "pistol" not in _nodes(nlp, "A guard drew a pistol at the gate.")


def test_name_cut_short_by_ner_is_no_node(nlp):
    # NER keeps the front of a longer name: before a hyphen ("Tokomura" of "Tokomura-kai")
    nodes = _nodes(nlp, "Police said members of the Tokomura-kai gang fought rivals on Route 77 in Osaka.")
    assert "Tokomura" not in nodes
    assert {"Route 77", "Osaka"} <= nodes
    # a phrase found by its head noun that NER's name goes on past, with its number
    assert "National Highway" not in _entities(
        nlp, "The convoy was ambushed on National Highway 12 near the border."
    )
    # a participle after the hyphen makes the name a modifier, the name whole ("Jordanian-born")
    assert "Jordanian" in _entities(nlp, "A Jordanian-born cleric led the militia.")
    # a title after an organisation's name opens a person's name: the organisation stays whole
    assert "Brenholt Research Institute" in _nodes(
        nlp, "Brenholt Research Institute Director Ane Volsk said the drought was over."
    )


def test_back_of_a_name_ner_began_too_late_is_no_node(nlp):
    # NER keeps the back of a longer name, after its first capitalised word or its lower-case particles;
    # NER is told where it cut, so the rule is what is tested
    text = "Divers inspected the Ostrava Meridian rig on Avenida de los Pinares and at Plaza de la Torrena."
    spans = [(29, "Meridian", "ORG"), (56, "los Pinares", "GPE"), (87, "Torrena", "GPE")]
    found = {name for name, _, _ in _resolved_with_ents(nlp, text, spans)}
    assert not {"Meridian", "los Pinares", "Pinares", "Torrena"} & found
    # a street found by its head noun after a name's particles ("Aurelio" NER's person)
    text = "A bus caught fire on Aurelio de los Pinares Avenue in the capital."
    found = {name for name, _, _ in _resolved_with_ents(nlp, text, [(21, "Aurelio", "PERSON")])}
    assert not {"los Pinares Avenue", "Pinares Avenue"} & found
    # a person's name after a capitalised word: the word may be a title ("CEO")
    text = "Apple CEO Steve Jobs and Mayor Ilse Marrow met on Monday."
    spans = [(0, "Apple", "ORG"), (10, "Steve Jobs", "PERSON"), (31, "Ilse Marrow", "PERSON")]
    assert {"Steve Jobs", "Ilse Marrow"} <= {name for name, _, _ in _resolved_with_ents(nlp, text, spans)}


def test_feature_word_after_a_possessive_name_ends_one_place_name(nlp):
    found = _entities(nlp, "Sergeant Lin, from Pelham's Bay, New Zealand, served in the police force.")
    assert found["Pelham's Bay"][:2] == ("Region", "GeoRegion")
    assert not {"Pelham", "Bay"} & set(found)
    assert _entities(nlp, "Farmers near Pelling's Point lost their crops.")["Pelling's Point"][0] == "Region"
    # a known place owns the feature, and a longer name after it is a name of its own
    assert "Florida" in _nodes(nlp, "Storms hit farmers in Florida's Panhandle on Monday.")
    assert "Lake District" in _nodes(nlp, "Hikers crossed Britain's Lake District in May.")


def test_bare_institution_word_is_no_node(nlp):
    text = "The bill passed the Senate on Monday, and Congress will vote on it next week."
    found = _entities(nlp, text)
    assert {"Senate", "Congress"} <= set(found)  # typed mentions still
    assert not {"Senate", "Congress"} & _nodes(nlp, text)
    assert "Ohio Senate" in _nodes(nlp, "The Ohio Senate passed the bill on Monday.")


def test_town_body_named_alone_is_no_node(nlp):
    text = "A former School Board member spoke at the meeting on Monday."
    assert "School Board" not in _nodes(nlp, text)


def test_shared_state_body_takes_the_country_its_possessor_names(nlp):
    nodes = _nodes(nlp, "Chile's Supreme Court ruled on Monday that the mine must close.")
    assert "Supreme Court of Chile" in nodes
    assert "Supreme Court" not in nodes


def test_shared_state_body_whose_name_has_its_country_keeps_it(nlp):
    assert "Peruvian Supreme Court" in _nodes(nlp, "The Peruvian Supreme Court overturned the verdict.")


def test_shared_state_body_takes_the_one_country_of_its_sentence(nlp):
    text = "Yesterday the Health Ministry said that Kenya had banned smoking in bars."
    assert "Health Ministry of Kenya" in _nodes(nlp, text)


def test_shared_state_body_with_no_country_is_no_node(nlp):
    assert "Supreme Court" not in _nodes(nlp, "The Supreme Court heard the case on Monday.")
    text = "Lawmakers in France and Spain met. The National Assembly voted on Tuesday."
    assert not any(n.startswith("National Assembly") for n in _nodes(nlp, text))  # which country's?


def test_name_that_speaks_is_an_organisation_not_a_place(nlp):
    text = (
        "The patient was flown to Veltrana Hospital in Berlin. "
        "Veltrana Hospital said in a statement he was stable."
    )
    found = _entities(nlp, text)
    assert found["Veltrana Hospital"][:2] == ("Actor", "Organization")
    assert found["Berlin"][:2] == ("Region", "City")
    assert _entities(nlp, "Paris said it would close the border.")["Paris"][0] == "Region"  # a known place


def test_a_place_no_gazetteer_knows_that_is_spoken_to_is_a_body(nlp):
    # blind fresh16 wrong type: "Speaking to Newsbeat about the group, Hawkins said" typed Region
    found = _entities(nlp, "Speaking to Newsbeat about the group, Hawkins said the tour would go ahead.")
    assert found["Newsbeat"][:2] == ("Actor", "Organization")
    assert _entities(nlp, "The minister spoke to reporters in Kenya on Monday.")["Kenya"][0] == "Region"


def test_role_in_apposition_to_a_titled_person_is_that_person(nlp):
    # issue 14 (fresh5 generic): "the director of IEDCR, Dr Meerjady Sabrina Flora," a node of its own
    text = "In a briefing, the director of the Velmar Institute, Dr Anna Kovac, said two people had died."
    found = nlp(text)._.gb_entities
    person = next(e for e in found if e.name == "Anna Kovac")
    assert person.node and any("director" in alias for alias in person.aliases)
    assert not any(e.node and e.subtype == "Role" for e in found)


def test_followers_of_a_faith_are_no_node(nlp):
    # issue 14 (fresh5, fresh4, fresh3 generic): "Muslims", "Christians", "Catholics" as nodes
    text = "Thousands of Muslims and Christians marched to the Catholic Church of Velmar on Friday."
    entities = _entities(nlp, text)
    assert entities["Muslims"] == ("Actor", "Group", False)
    assert not {"Muslims", "Christians"} & _nodes(nlp, text)


def test_party_word_before_a_name_is_no_node(nlp):
    # issue 14 (fresh5 junk): "Republican" of "Republican Larry Hogan" a node of its own
    entities = _entities(
        nlp, "Under state law, Republican Tom Varga, the current governor, must call an election."
    )
    assert entities["Republican"] == ("Actor", "Group", False)
    assert "Tom Varga" in _nodes(
        nlp, "Under state law, Republican Tom Varga, the current governor, must act."
    )


def test_party_word_in_apposition_to_a_person_is_no_node(nlp):
    # issue 14 (fresh4, fresh6 junk): "James Sensenbrenner, a Wisconsin Republican" made "Republican" a node
    entities = _entities(nlp, "Tom Varga, a Velmor Republican, voted against the bill.")
    assert entities["Republican"] == ("Actor", "Group", False)
    assert entities["Tom Varga"][2]


def test_singular_demonym_formed_from_a_country_is_no_node_whatever_its_type(nlp):
    # issue 14 (fresh9, fresh11, fresh12 junk): "Tongan time" a place, "an American Samoan" a group
    entities = _entities(nlp, "The ferry sank at 9 pm Fijian time, and rescuers found one Fijian.")
    assert entities["Fijian"][2] is False
    entities = _entities(nlp, "Among the dead was one Tongan, a teacher from the capital.")
    assert entities["Tongan"][2] is False  # NER said GPE; the demonym lexicon makes it a group


def test_nationality_only_inside_a_phrase_tied_to_its_country_is_no_node(nlp):
    # issue 14 (fresh12 junk): "The Swiss pharmaceutical company Novartis" made "Swiss" a node
    entities = _entities(nlp, "The Swiss pharmaceutical company Ubexa will challenge the ruling in Nairobi.")
    assert entities["Swiss"][2] is False
    # the description is the name's (since stop 38: readers judged "pharmaceutical company of
    # Switzerland", a description of the company named beside it, a generic noun)
    assert entities["pharmaceutical company of Switzerland"][2] is False and entities["Ubexa"][2]


def test_place_headed_by_a_body_noun_is_an_organisation(nlp):
    # issue 14 (fresh wrong type): "House Judiciary Committee" a Site, "... University School" a region
    entities = _entities(nlp, "The House Ethics Committee voted on Tuesday to subpoena the documents.")
    assert entities["House Ethics Committee"] == ("Actor", "Organization", True)
    text = "Jan Brink from the Northeastern University School of Law in Boston said the ruling was wrong."
    assert not [
        name
        for name, (type_, _, _) in _entities(nlp, text).items()
        if "University" in name and type_ == "Region"
    ]


def test_name_followed_by_an_age_is_a_person_whatever_ner_said(nlp):
    # issue 14 (fresh wrong type): "Tiwonge Chimbalanga, 20, were arrested" typed a place
    text = "In May, Jan Mwale, 26, and Tiwala Chimbanda, 20, were arrested after the ceremony."
    start = text.index("Tiwala")
    found = _resolved_with_ents(nlp, text, [(start, "Tiwala Chimbanda", "GPE")])
    assert ("Tiwala Chimbanda", "Actor", "Person") in found
    text = "The talks in Tiwala Chimbanda, 1920, failed."  # a year is no age
    found = _resolved_with_ents(nlp, text, [(13, "Tiwala Chimbanda", "GPE")])
    assert ("Tiwala Chimbanda", "Actor", "Person") not in found


def test_plural_role_before_titled_people_is_none_of_them(nlp):
    text = "According to the Velmar directors General Jan Brink and Bo Lind, there is no evidence."
    found = nlp(text)._.gb_entities
    assert not any("Velmar directors" in e.aliases for e in found if e.subtype == "Person")


def test_name_cut_before_the_number_of_a_model_is_no_node(nlp):
    # issue 14 (fresh5 junk): "Trent" of "the model's Trent 900 engines" (NER: LOC) a Region node
    text = "Tests were performed on the model's Kestor 900 engines, a spokesperson said."
    found = _resolved_with_ents(nlp, text, [(text.index("Kestor"), "Kestor", "LOC")])
    assert not any(name == "Kestor" for name, _, _ in found)


def test_people_tied_only_to_a_person_or_an_office_are_no_nodes(nlp):
    # issue 14 (fresh6 generic noun): "Gwatney's secretary", "family of X", "the Chairman's secretary"
    found = _entities(
        nlp, "Senator Lena Berg left early. The suspect was described by Berg's secretary as tall."
    )
    assert found["Lena Berg"][2] and not found["Berg's secretary"][2]
    found = _entities(nlp, "The family of Lena Berg thanked the police. Lena Berg was found on Monday.")
    assert found["Lena Berg"][2] and not found.get("family of Lena Berg", (None, None, False))[2]
    assert not _entities(nlp, "He talked with the Chairman's secretary before leaving.")[
        "Chairman secretary"
    ][2]
    # a country's or a body's people stay tied to it
    found = _entities(nlp, "Chad's president met the Acme lawyers.")
    assert found["president of Chad"][2] and found["Acme lawyers"][2]


def test_name_cut_before_of_and_its_place_is_the_whole_name(nlp):
    # issue 14 (fresh6 junk): "Western District" of "Western District of Virginia", "Municipal Big
    # Band" of "... of Krasnodar": NER stops the name before "of" and its place
    text = "He led the Municipal Big Band of Krasnodar and sat for the Eastern District of Ohio."
    spans = [
        (text.index("Municipal"), "Municipal Big Band", "ORG"),
        (text.index("Krasnodar"), "Krasnodar", "ORG"),
        (text.index("Eastern"), "Eastern District", "LOC"),
    ]
    names = {name for name, _, _ in _resolved_with_ents(nlp, text, spans)}
    assert {"Municipal Big Band of Krasnodar", "Eastern District of Ohio", "Krasnodar"} <= names
    assert not names & {"Municipal Big Band", "Eastern District"}


def test_place_inside_a_company_name_is_no_place(nlp):
    found = _entities(nlp, "Workers at Caribbean Gas and Electric Company went on strike on Monday.")
    assert "Caribbean" not in found


def test_piece_of_a_hyphenated_name_is_no_node(nlp):
    found = _entities(nlp, "Doctors tracked the spread of SARS-CoV-9 infections.")
    assert not any("CoV" in name for name in found)


def test_head_of_a_name_cut_before_of_stays(nlp):
    assert "Illinois House" in _nodes(nlp, "The Illinois House of Representatives voted on the bill.")


def test_name_after_a_hyphenated_prefix_is_still_mentioned(nlp):
    found = _entities(nlp, "The army began Counter-IED training for new recruits.")
    assert "IED" in found


@pytest.mark.model
def test_people_described_by_what_they_belong_to_are_no_node(nlp):
    # issue 14 (fresh6, fresh7 generic noun): "family of Wanda McCoy", "journalists for Current TV"
    # were nodes
    text = "Two journalists for Velmor TV were arrested. The family of Anna Brink said they were innocent."
    nodes = _nodes(nlp, text)
    assert "Velmor TV" in nodes and "Anna Brink" in nodes
    assert not {"journalists for Velmor TV", "family of Anna Brink"} & nodes


def test_a_given_name_and_a_named_person_s_surname_make_a_relative_not_an_organisation(nlp):
    # fresh10 (issue 14/18): "Kaja Bordevich Ballo" (NER: ORG) beside "Olav Gunnar Ballo"
    text = "Senator Olav Gunnar Ballo spoke on Monday. His daughter Kaja Bordevich Ballo died last week."
    found = _resolved_with_ents(
        nlp, text, [(8, "Olav Gunnar Ballo", "PERSON"), (56, "Kaja Bordevich Ballo", "ORG")]
    )
    assert ("Kaja Bordevich Ballo", "Actor", "Person") in found


def test_a_surname_two_named_people_share_is_no_node(nlp):
    # fresh10 (issue 18): "Ballo was depressed" was linked to the father when it meant the daughter
    text = (
        "Senator Olav Gunnar Ballo spoke on Monday. His daughter Kaja Bordevich Ballo died last week. "
        "The Church said Ballo was depressed."
    )
    assert "Ballo" not in _nodes(nlp, text)
    assert {"Olav Gunnar Ballo", "Kaja Bordevich Ballo"} <= _nodes(nlp, text)


def test_a_post_whose_title_runs_into_its_holder_s_name_is_no_node(nlp):
    # fresh9 (issue 14): "US Ambassador to Germany Richard Grenell alleged …" made the post
    # "ambassador of United States" a node; the holder is named, and is the node
    text = "US Ambassador to Germany Richard Grenell alleged that the airline had flown weapons."
    found = _entities(nlp, text)
    assert found["ambassador of United States"][2] is False
    assert found["Richard Grenell"][2] is True


def test_body_tied_only_to_an_institution_word_is_no_node(nlp):
    # issue 14 (fresh6, fresh9, fresh12 generic nouns): "two House committees", "House members",
    # "member of Parliament": a house every country has names no one body
    text = "The firm received subpoenas from two House committees. House members voted on Friday."
    assert not {"House committees", "House members"} & _nodes(nlp, text)
    assert "Velmor committee" in _nodes(nlp, "The Velmor committee received the subpoenas on Friday.")
    assert "members of Security Council" in _nodes(nlp, "The members of the Security Council met in May.")


def test_indefinite_vehicle_a_named_group_takes_is_no_node(nlp):
    nodes = _nodes(nlp, "Members of the Lion Front hijacked a vehicle from a taxi driver in Kisumu.")
    assert "vehicle" not in nodes


def test_indefinite_description_after_a_degree_adverb_is_no_node(nlp):
    text = "The bombing was claimed by the Northern Brigade, a more radical splinter group of the Lion Front."
    assert not [name for name in _nodes(nlp, text) if "splinter" in name]


def test_common_abbreviation_ties_a_common_noun_to_no_name(nlp):
    assert "TV station" not in _nodes(nlp, "The TV station was taken off the air for 13 hours.")


def test_name_opening_with_nation_is_no_country(nlp):
    entities = _entities(nlp, "The Nation Media Group runs two radio stations.")
    assert entities["Nation Media Group"][:2] == ("Actor", "Organization")


def test_building_name_ner_ran_on_into_its_town_is_still_a_node(nlp):
    text = "Pilgrims marked 900 years of the Velmor Cathedral in Velmor, France, on Sunday."
    assert ("Region", "Site", True) in {v for name, v in _entities(nlp, text).items() if "Cathedral" in name}


def test_armed_service_word_alone_is_no_node(nlp):
    # "an Army interrogator": which country's army? typed, but no node
    assert "Army" not in _nodes(nlp, "An Army interrogator stationed at the camp testified.")
    assert "army of India" in _nodes(nlp, "The Indian Army said it shelled the posts.")


def test_description_apposed_to_an_indefinite_noun_is_no_node(nlp):
    nodes = _nodes(nlp, "A woman Iraqi suicide bomber killed 20 people in Mosul.")
    assert "suicide bomber of Iraq" not in nodes
    assert "Mosul" in nodes


def test_party_headed_name_that_opens_with_a_country_is_the_party(nlp):
    # "party" heads organisations' names: the country inside the name is a word of it
    assert "New Zealand First Party" in _nodes(nlp, "The New Zealand First Party won seats.")


def test_abbreviation_of_common_nouns_is_no_body(nlp):
    # "CCTV footage", "an SOS": NER's ORG on a common-noun abbreviation names no one
    assert "CCTV" not in _nodes(nlp, "CCTV footage showed the men.")
    assert "SOS" not in _nodes(nlp, "The plane sent an SOS before it crashed.")
    assert "LGBT community" not in _nodes(nlp, "Members of the LGBT community marched.")
    # one that speaks is the broadcaster of that name
    assert "CCTV" in _nodes(nlp, "CCTV reported that the plant closed.")


def test_abbreviation_of_a_technical_term_is_no_body(nlp):
    # an address, a tax or an offence written in capitals: a thing, no organisation
    text = "The firm blocked an IP address, and Jan Brink was charged with DUI after a VAT rise."
    spans = [(20, "IP", "ORG"), (63, "DUI", "ORG"), (75, "VAT", "ORG")]
    typed = _resolved_with_ents(nlp, text, spans)
    nodes = _nodes_with_ents(nlp, text, spans)
    assert not {"IP", "VAT"} & nodes
    assert ("DUI", "Other", "Offence") in typed or "DUI" not in nodes


def test_name_with_an_editor_s_bracket_is_no_node(nlp):
    # fresh16 junk: "[I]t's much more tailored" made "I]t" a person
    text = '"[I]t is much more tailored," Tom Varga said.'
    with nlp.select_pipes(disable=["graphbuild_entities"]):
        doc = nlp(text)
    start = text.index("I]t")
    doc.ents = [doc.char_span(start, start + 3, "PERSON", alignment_mode="expand")]
    doc = nlp.get_pipe("graphbuild_entities")(doc)
    assert not [e for e in doc._.gb_entities if "]" in e.name and e.node]


def test_capitalised_first_word_that_is_elsewhere_only_a_name_s_head_names_nothing(nlp):
    # fresh18 generic noun: "Prison officials" opening a sentence, in an article on "Changi Prison"
    text = (
        "The man was hanged at Orrin Hill Prison in Velmor on Friday. "
        "Prison officials confirmed the execution took place at dawn."
    )
    assert not {n for n in _nodes(nlp, text) if n.lower() == "prison officials"}
    # a body named by a place word opening each sentence stays one
    text = "Harlow Police said officers were at the school. Harlow Police later made two arrests."
    assert "Harlow Police" in {n.title() for n in _nodes(nlp, text)}


def test_capitalised_half_of_a_hyphened_adjective_names_nothing(nlp):
    # fresh6, fresh15 generic noun: "the Catholic-majority country", "the Conservative-led
    # coalition government" were nodes, their capitalised first halves taken for names
    text = (
        "The bill angered the Catholic bishops of Velmor. Divorce is still illegal in the "
        "Catholic-majority country, and the Conservative-led coalition government will not act."
    )
    nodes = {n.lower() for n in _nodes(nlp, text)}
    assert not {"catholic-majority country", "conservative-led coalition government"} & nodes


def test_possessive_that_lost_its_apostrophe_makes_a_broken_name():
    # fresh5, fresh6, fresh14, fresh18 junk: "Britains The Guardian", "Jadavpur Universitys",
    # "Californias lesbian", "UKs 28m homes"
    assert mangled_possessive("Velmor Universitys", LEXICONS)
    assert mangled_possessive("Britains The Daily Post", LEXICONS)
    assert mangled_possessive("Ohios farm workers", LEXICONS)
    # a plural place ending its label, a given name like a town's plus "s", a real name: no
    assert not mangled_possessive("Americas", LEXICONS)
    assert not mangled_possessive("Lars Henriksson", LEXICONS)
    assert not mangled_possessive("Kenyas", LEXICONS)  # the label's last word
    assert broken_name("I]t", LEX) and broken_name('Velmor Posse" group', LEX)


def test_file_name_left_in_the_text_is_a_broken_name():
    # fresh25 junk: an image's file name ("X.jpg") kept as an organisation
    assert broken_name("Velmor_portrait.jpg", LEX) and broken_name("Harbour Map.PNG", LEX)
    assert not broken_name("Amazon.com", LEX) and not broken_name("St. Louis", LEX)


def test_country_name_glued_to_an_s_before_a_noun_is_no_node(nlp):
    # fresh25 junk: "on Irans nuclear program" made a node "Irans"; a surname like it stays
    text = "The council spoke on Kenyas nuclear program for an hour."
    start = text.index("Kenyas")
    for label in ("NORP", "GPE"):
        assert not any(
            name == "Kenyas" for name, _, _ in _resolved_with_ents(nlp, text, [(start, "Kenyas", label)])
        )
    text = "Police found the body of Ana Cubas on Monday."
    found = _resolved_with_ents(nlp, text, [(text.index("Ana"), "Ana Cubas", "PERSON")])
    assert ("Ana Cubas", "Actor", "Person") in found


def test_name_glued_to_a_function_word_is_no_node(nlp):
    # fresh30 junk: "Titanicalso by director James Cameronas the highest-grossing film" made a
    # node "James Cameronas"; a name ending so ("Thomas", "Goethe") stays
    text = "The Varnel Alliancewhich met in Tarvel said it would stay."
    found = _resolved_with_ents(nlp, text, [(text.index("Varnel"), "Varnel Alliancewhich", "ORG")])
    assert not any(name == "Varnel Alliancewhich" for name, _, _ in found)
    text = "The film beat Stormfallalso by director Lena Vargas the biggest hit of the year."
    found = _resolved_with_ents(nlp, text, [(text.index("Lena"), "Lena Vargas", "PERSON")])
    assert not any(name == "Lena Vargas" for name, _, _ in found)
    text = "The film was made by director Lena Vargas in Tarvel last year."
    found = _resolved_with_ents(nlp, text, [(text.index("Lena"), "Lena Vargas", "PERSON")])
    assert ("Lena Vargas", "Actor", "Person") in found


def test_lower_case_word_ner_tags_is_no_town_of_that_name(nlp):
    # fresh18 generic noun: "the fifth metro cars" (NER: a facility) made a node of the town Metro
    text = "He hid the bombs under the fifth metro cars of the train."
    with nlp.select_pipes(disable=["graphbuild_entities"]):
        doc = nlp(text)
    start = text.index("metro")
    doc.ents = [doc.char_span(start, start + len("metro"), "FAC")]
    doc = nlp.get_pipe("graphbuild_entities")(doc)
    assert not [e for e in doc._.gb_entities if e.name.lower() == "metro" and e.node]


def _nodes_with_ents(nlp, text: str, spans: list[tuple[int, str, str]]) -> set[str]:
    """The node names when NER labels exactly ``spans`` (as ``_resolved_with_ents``)."""
    with nlp.select_pipes(disable=["graphbuild_entities"]):
        doc = nlp(text)
    doc.ents = [doc.char_span(start, start + len(words), label) for start, words, label in spans]
    doc = nlp.get_pipe("graphbuild_entities")(doc)
    return {e.name for e in doc._.gb_entities if e.node}


def test_a_lone_common_word_or_compass_point_is_no_node_wherever_it_stands(nlp):
    # fresh20/fresh23 sheets: "the North" (North Korea), "Airport employees": which north, which airport?
    text = "Staff of the Airport walked out, and the talks in the North stalled. Kandor Airport closed."
    spans = [(13, "Airport", "FAC"), (54, "North", "LOC"), (69, "Kandor Airport", "FAC")]
    nodes = _nodes_with_ents(nlp, text, spans)
    assert "Kandor Airport" in nodes
    assert not {"Airport", "North"} & nodes
    # fresh26 sheet: "The Board stated that ..." (the festival's board) made a node "Board"
    text = "The Board stated that the Kestrel Arts Board had chosen her."
    nodes = _nodes_with_ents(nlp, text, [(4, "Board", "ORG"), (26, "Kestrel Arts Board", "ORG")])
    assert "Board" not in nodes and "Kestrel Arts Board" in nodes


def test_a_lone_title_is_no_node_but_a_country_s_name_among_the_titles_is(nlp):
    # fresh23 sheet: "Sheriff's deputies brought Hilton to court" made a node "Sheriff"
    text = "Sheriff's deputies brought the man to court, and UK officials watched."
    nodes = _nodes_with_ents(nlp, text, [(0, "Sheriff", "PERSON"), (49, "UK", "GPE")])
    assert "Sheriff" not in nodes and "United Kingdom" in nodes


def test_a_name_ner_made_a_place_that_opens_with_a_given_name_and_holds_no_place_word_is_a_person(nlp):
    # fresh16/fresh19 sheets: "Inês Fidélis Régis", "Germán Hugo Ulloa" typed Region were people
    text = "The motion against Teodoro Vasquine failed, and crowds gathered at Henry Ford Hospital."
    spans = [(19, "Teodoro Vasquine", "GPE"), (67, "Henry Ford Hospital", "GPE")]
    found = _resolved_with_ents(nlp, text, spans)
    assert ("Teodoro Vasquine", "Actor", "Person") in found
    assert any(name == "Henry Ford Hospital" and type_ == "Region" for name, type_, _ in found)


def test_last_words_of_one_bodys_or_sites_name_are_that_one(nlp):
    # issue 14 (fresh20, fresh23, fresh26 junk): "Cricket Club", "Private Hospital", "Medical Center" cut
    text = "The Kestrel Cricket Club will play on Friday. Later, the Cricket Club beat the visitors."
    assert "Cricket Club" not in _entities(nlp, text)
    text = "Staff of the Velmor Private Hospital walked out. The Private Hospital has since closed."
    assert [e.name for e in nlp(text)._.gb_entities] == ["Velmor Private Hospital"]
    # two bodies the words end: which one is unknown
    text = "The Kestrel Cricket Club met the Arlo Cricket Club. Later, the Cricket Club beat the visitors."
    spans = [
        (4, "Kestrel Cricket Club", "ORG"),
        (33, "Arlo Cricket Club", "ORG"),
        (63, "Cricket Club", "ORG"),
    ]
    assert "Cricket Club" in _nodes_with_ents(nlp, text, spans)
    # a name joined to another inside the longer one is its own
    text = "He won Velmor and Arlo Court for Labour. Later, Arlo Court voted again."
    spans = [(7, "Velmor and Arlo Court", "ORG"), (48, "Arlo Court", "ORG")]
    assert "Arlo Court" in _nodes_with_ents(nlp, text, spans)


def _custom_lexicons(tmp_path, additions: dict[str, str]) -> Lexicons:
    """The bundled lexicons copied to ``tmp_path``, a line added to each named file."""
    shutil.copytree(ontology_dir() / "lexicons", tmp_path / "lexicons")
    for name, line in additions.items():
        with (tmp_path / "lexicons" / f"{name}.txt").open("a", encoding="utf-8") as f:
            f.write(f"\n{line}\n")
    return Lexicons(tmp_path)


def test_file_extensions_come_from_the_lexicons_passed_in(tmp_path):
    # a build's own ontology folder reaches the file-name rule, not only the bundled lexicons
    custom = _custom_lexicons(tmp_path, {"file_extensions": "velx"})
    assert broken_name("Harbour_map.velx", custom)
    assert not broken_name("Harbour_map.velx", LEX)


def test_given_names_and_place_words_of_a_personal_name_come_from_the_lexicons_passed_in(tmp_path):
    # "Quorvin Daltrey" opens with no bundled given name: a place's name, unless the build's
    # lexicons name "Quorvin"; and a place word added there keeps "Quorvin Daltreyvale" a place
    doc = spacy.blank("en")("Quorvin Daltrey and Quorvin Daltreyvale met.")
    person, place = doc[0:2], doc[3:5]
    custom = _custom_lexicons(tmp_path, {"male_given_names": "Quorvin", "feature_words": "daltreyvale"})
    assert not personal_name(person, LEX)
    assert personal_name(person, custom)
    assert not personal_name(place, custom)


def _ner_nodes(nlp, text: str, names: list[str]) -> dict[str, bool]:
    """Each local entity's name -> node, when NER labels exactly ``names`` (ORG, first occurrence)."""
    with nlp.select_pipes(disable=["graphbuild_entities"]):
        doc = nlp(text)
    doc.ents = [doc.char_span(text.index(n), text.index(n) + len(n), "ORG") for n in names]
    return {e.name: e.node for e in nlp.get_pipe("graphbuild_entities")(doc)._.gb_entities}


def test_a_state_s_police_named_alone_is_no_node_but_a_named_state_s_is(nlp):
    alone = "The State Police said on Monday that the mountain road had been closed."
    assert not _ner_nodes(nlp, alone, ["State Police"]).get("State Police")
    named = "The Velmora State Police said on Monday that the mountain road had been closed."
    assert _ner_nodes(nlp, named, ["Velmora State Police"]).get("Velmora State Police")
