"""Edges between the entities inside a fact's phrases, on invented sentences parsed by the model."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.model import Mention, Provenance, Relation, Triple
from graphbuild.resolve.compounds import compound_owner
from graphbuild.resolve.edges import without_self_loop
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.noun_phrase_triples import DERIVED_CONFIDENCE
from graphbuild.resolve.reported import REPORTED_CONTENT_CONFIDENCE

from .parsed import parsed
from .parsed_edges import has_edge, linked_edges


def _edges(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp(text)
    return {
        (t.subject.entity_label or "", t.relation.lemma, t.object.entity_label or "")
        for t in doc._.gb_triples
        if t.derived
    }


@pytest.mark.model
def test_an_entity_named_in_an_including_list_gets_the_edge(nlp):
    edges = _edges(nlp, "The Harbor Brigade seized trucks of rifles including Type 56 assault rifles.")
    assert has_edge(edges, "Harbor Brigade", "seize", "assault rifle")


@pytest.mark.model
def test_the_objects_of_a_participle_inside_the_object_are_not_what_the_subject_acted_on(nlp):
    edges = _edges(nlp, "The Harbor Brigade seized rifles taken from the army's depots.")
    assert not has_edge(edges, "Harbor Brigade", "seize", "depot")


@pytest.mark.model
def test_a_place_argument_places_the_subject_of_each_coordinated_place(nlp):
    edges = _edges(nlp, "Fighters of the Red Valley Front attacked police stations in Norvia and Beltran.")
    assert has_edge(edges, "Red Valley Front", "attack in", "Norvia")
    assert has_edge(edges, "Red Valley Front", "attack in", "Beltran")


@pytest.mark.model
def test_the_speaker_is_linked_to_who_the_reported_content_is_about(nlp):
    edges = _edges(nlp, "Elena Vasquez said the Red Valley Front had fired mortars at Port Leon.")
    assert has_edge(edges, "Elena Vasquez", "say about", "Red Valley")
    assert not has_edge(edges, "Elena Vasquez", "say", "Red Valley")  # she did not say the Front
    assert has_edge(edges, "Red Valley", "fire at", "Port Leon")


@pytest.mark.model
def test_a_speaker_s_edge_to_who_they_talk_about_carries_what_they_said(nlp):
    # blind sheets fresh2-15 (issue 18): "the police said about X" alone was judged empty on 17 of 22 rows
    doc = nlp("Marco Leone surrendered to officers on Monday, the Norvia Police Service said.")
    about = next(t for t in doc._.gb_triples if t.derived and t.relation.lemma == "say about")
    assert [(a.role, a.mention.text) for a in about.arguments] == [
        ("that", "Marco Leone surrendered to officers on Monday")
    ]
    asked = nlp("Elena Vasquez said that the Red Valley Front had fired mortars at Port Leon.")._.gb_triples
    fired = next(t for t in asked if t.derived and t.relation.lemma == "say about")
    assert fired.arguments[0].role == "that"
    assert fired.arguments[0].mention.text.startswith("the Red Valley Front had fired")
    derived = [t for t in asked if t.derived and t.relation.lemma != "say about"]
    assert all(not t.arguments or t.arguments[0].role != "that" for t in derived)


@pytest.mark.model
def test_a_reported_clause_s_common_nouns_are_no_one_the_speaker_talks_about(nlp):
    edges = _edges(nlp, "Elena Vasquez said the rebels had fired mortars at Port Leon.")
    assert not has_edge(edges, "Elena Vasquez", "say", "rebels")


@pytest.mark.model
def test_no_derived_edge_joins_an_entity_to_itself(nlp):
    doc = nlp("The Coastal Alliance said the Coastal Alliance would defend the Coastal Alliance's ports.")
    assert all(
        t.subject.entity_id is None or t.subject.entity_id != t.object.entity_id for t in doc._.gb_triples
    )


def test_a_fact_whose_ends_are_one_entity_keeps_its_text_but_links_only_its_subject():
    provenance = Provenance("d", 0, "Ardania is Ardania.", 0, 19)
    triple = Triple(
        Mention("Ardania", 0, 7, "e1", "Ardania"),
        Relation("is", "be"),
        Mention("Ardania", 11, 18, "e1", "Ardania"),
        provenance,
    )
    fixed = without_self_loop(triple)
    assert fixed.object.text == "Ardania" and fixed.object.entity_id is None
    assert fixed.subject.entity_id == "e1"


@pytest.mark.model
def test_every_extracted_triple_is_kept_even_when_two_join_the_same_ends(nlp):
    from graphbuild.extract import extract_triples

    doc = nlp("Officials said the talks failed, and analysts said the ceasefire held.")
    extracted = list(extract_triples(doc))
    linked = [t for t in doc._.gb_triples if t.derived is None]
    assert len(linked) == len(extracted)


@pytest.mark.model
def test_a_copula_relates_a_name_to_whose_role_it_holds_not_to_the_owner_itself(nlp):
    edges = linked_edges(nlp, "Tomas Brenner, the nephew of Pavel Drazic, fled to Kandahar.")
    assert has_edge(edges, "Tomas Brenner", "be nephew of", "Pavel Drazic")
    assert not has_edge(edges, "Tomas Brenner", "be", "Pavel Drazic")


@pytest.mark.model
def test_two_people_listed_with_their_descriptions_are_not_one_another(nlp):
    edges = linked_edges(
        nlp,
        "The court named the accused as Marek Oduya, a farmer from Talvin, Jonas Pirelli, a former "
        "member of the Harbor Council, and Ana Feld.",
    )
    assert has_edge(edges, "Marek Oduya", "be farmer from", "Talvin")
    assert not has_edge(edges, "Talvin", "be", "Jonas Pirelli")


@pytest.mark.model
def test_a_role_holder_s_act_is_not_the_act_of_the_place_it_holds_office_in(nlp):
    text = "The police chief of Kandahar, Tomas Brenner, told the Harbor Times that the road was closed."
    edges = linked_edges(nlp, text)
    assert has_edge(edges, "Tomas Brenner", "be chief of", "Kandahar")
    assert not has_edge(edges, "Kandahar", "tell", "Harbor Times")


@pytest.mark.model
def test_a_post_between_a_body_s_name_and_a_person_s_name_is_an_edge(nlp):
    edges = linked_edges(
        nlp, "After the vote, Harbor Times columnist Mira Olsen called the result a disaster."
    )
    assert has_edge(edges, "Mira Olsen", "be columnist of", "Harbor Times")
    edges = linked_edges(nlp, "Mira Olsen's co-worker Pavel Drazic said the office was closed.")
    assert not has_edge(edges, "Pavel Drazic", "be co of", "Mira Olsen")


def test_a_post_keeps_the_word_that_says_it_is_no_longer_held(nlp):
    # fresh14 (issue 18): "former NSA contractor X" gave "X | be contractor of | NSA"
    edges = linked_edges(nlp, "The files came from former Velmar engineer Tomas Reyes on Monday.")
    assert has_edge(edges, "Tomas Reyes", "be former engineer of", "Velmar")
    assert not has_edge(edges, "Tomas Reyes", "be engineer of", "Velmar")


def test_a_titled_name_of_a_place_holds_the_title_there_not_a_bare_of(nlp):
    # fresh14 (issue 18): "Prime Minister X of the Slovak Republic" gave "X | of | Slovak Republic"
    edges = linked_edges(nlp, "Prime Minister Jan Brink of the Republic of Karvonia posted a message.")
    assert not has_edge(edges, "Jan Brink", "of", "Republic of Karvonia")
    # an untitled name keeps its "of": "Karsten X of Norway won" (judged right)
    edges = linked_edges(nlp, "Yesterday, Tomas Reyes of Karvonia won the final in Doha.")
    assert has_edge(edges, "Tomas Reyes", "of", "Karvonia")


def test_places_coordinated_after_of_are_peers_not_parts(nlp):
    # "felt in the adjacent provinces of A and B": B is not "of" A
    doc = nlp("The tremor was felt in the adjacent provinces of Garissa and Wajir, officials said.")
    nominal = {(t.subject.entity_label, t.relation.lemma, t.object.entity_label) for t in doc._.gb_triples}
    assert not [n for n in nominal if n[1] == "of" and {n[0], n[2]} <= {"Garissa", "Wajir"}]


def test_words_after_a_given_name_do_not_place_the_name(nlp):
    # "a branch of the group called al-Qaeda in Aceh": the name may run on; al-Qaeda is not placed
    edges = _edges(
        nlp,
        "Many of them were trained at a camp operated by a branch of the Talo Liberation Front group "
        "called al-Shabaab in Garissa.",
    )
    assert ("al-Shabaab", "be in", "Garissa") not in edges


def test_an_argument_edge_does_not_keep_the_objects_preposition():
    # "returned to the Netherlands, from the United States": returned from, not "returned to from"
    from graphbuild.resolve.edges import _verb_part

    assert _verb_part("returned to") == "returned"
    assert _verb_part("return to") == "return"
    assert _verb_part("attacked") == "attacked"


def test_an_argument_edge_does_not_keep_a_passive_agents_by():
    # "was shot by firing squad in Sonora": shot in Sonora, not "was shot by in"
    from graphbuild.resolve.edges import _verb_part

    assert _verb_part("was shot by") == "was shot"
    assert _verb_part("shoot by") == "shoot"


@pytest.mark.model
def test_a_speaker_tied_to_who_they_talk_about_ranks_below_the_other_derived_edges(nlp):
    # the resolver's own ranking, before graphbuild_confidence calibrates it
    with nlp.select_pipes(disable=["graphbuild_confidence"]):
        doc = nlp("Elena Vasquez said the Red Valley Front had fired mortars at Port Leon.")
        seized = nlp(
            "The Harbor Brigade seized trucks of rifles including Type 56 assault rifles."
        )._.gb_triples
    said = next(t for t in doc._.gb_triples if t.relation.lemma == "say" and not t.derived)
    about = [t for t in doc._.gb_triples if t.derived and t.relation.lemma == "say about"]
    scaled = round(said.confidence * REPORTED_CONTENT_CONFIDENCE, 3)
    assert about and all(t.confidence == scaled for t in about)
    kept = next(t for t in seized if not t.derived)
    inner = [t for t in seized if t.derived == "inner"]
    assert inner and all(t.confidence == round(kept.confidence * DERIVED_CONFIDENCE, 3) for t in inner)


@pytest.mark.model
def test_a_name_beside_the_country_of_a_president_is_no_name_of_the_country(nlp):
    doc = nlp("The current president of Norvia, Hage Tomsen, expressed his sadness at the death.")
    pairs = {(t.subject.text, t.relation.text, t.object.text) for t in doc._.gb_triples}
    assert not any(s == "Norvia" for s, _, _ in pairs)  # neither extracted nor derived from the apposition
    assert ("Hage Tomsen", "is", "The current president of Norvia") in pairs


# Blind sample fresh4 (issue 18): "the United States House … voted to hold X" gave the country's edge.


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("On Monday the Canada Supreme Court ruled against Tomas Varga.", "Canada"),
        ("The Kenya Rugby Union said that Tomas Varga had broken the rules.", "Kenya"),
    ],
)
def test_a_name_after_a_country_gives_the_country_no_edge(nlp, text: str, place: str):
    edges = linked_edges(nlp, text)
    assert not [e for e in edges if place in (e[0], e[2])]


@pytest.mark.model
def test_an_office_named_after_a_country_is_not_the_country(nlp):
    edges = linked_edges(nlp, "Tomas Varga is the US Attorney for the Eastern District of Ohio.")
    assert not has_edge(edges, "United States", "be for", "Eastern District")
    assert not has_edge(edges, "Tomas Varga", "be", "United States")


@pytest.mark.model
def test_an_apposition_s_noun_relates_the_name_it_renames(nlp):
    # "X, a village close to Y": the place lies where its apposition says
    edges = linked_edges(nlp, "Police found the car near Odrin, a mountain village north of Varesk.")
    assert has_edge(edges, "Odrin", "be north of", "Varesk")
    # "X, a spokesman for Y": the person holds the post the apposition names
    edges = linked_edges(nlp, "Pavel Drazic, a spokesman for the United Nations, said the road was closed.")
    assert has_edge(edges, "Pavel Drazic", "be spokesman for", "United Nations")
    # a bridging word that is no post gives no relation for a person ("a man close to Y")
    edges = linked_edges(nlp, "Pavel Drazic, a man close to the United Nations, said the road was closed.")
    assert not any(s == "Pavel Drazic" and o == "United Nations" for s, _, o in edges)


@pytest.mark.model
def test_the_two_sides_a_noun_puts_between_each_other_are_related_by_it(nlp):
    edges = linked_edges(nlp, "Heavy clashes between Chad and Sudan continued overnight near the border.")
    assert has_edge(edges, "Chad", "clash with", "Sudan")
    # denied or only intended: no relation stated as fact
    edges = linked_edges(nlp, "The minister expects no tension between Chad and Sudan over the sale.")
    assert not any({s, o} == {"Chad", "Sudan"} for s, _, o in edges)
    edges = linked_edges(nlp, "The raid was meant to create a conflict between Chad and Sudan.")
    assert not any({s, o} == {"Chad", "Sudan"} for s, _, o in edges)


@pytest.mark.model
def test_a_way_or_vehicle_between_two_places_relates_them_by_no_act(nlp):
    # issue 18: "trains between Bangalore and Chennai" made "Bangalore | train with | Chennai"
    edges = linked_edges(nlp, "Officials cancelled the night flights between Chad and Sudan.")
    assert not any({s, o} == {"Chad", "Sudan"} for s, _, o in edges)


# Missed key facts (edge gold dev, re3d dev): an end naming a node was left unlinked.


@pytest.mark.model
def test_a_body_named_in_a_role_apposition_is_a_node_the_role_relates_to(nlp):
    # "X, the leader of Y": Y is a mention of its own inside the person's role phrase
    edges = linked_edges(
        nlp, "Omar Haddad, the leader of the Red Valley Front, responded in a video message."
    )
    assert has_edge(edges, "Omar Haddad", "be leader of", "Red Valley Front")


@pytest.mark.model
def test_an_unlinked_end_whose_words_are_a_node_s_name_is_that_node(nlp):
    # the country's words are the title inside the person's mention: the title's relation still lands
    edges = linked_edges(
        nlp, "On Sunday the United States President Tomas Varga announced US troops would leave Norvia."
    )
    assert has_edge(edges, "Tomas Varga", "be president of", "United States")
    # a phrase that only holds a name is no name ("the Norvia border" is not Norvia)
    edges = linked_edges(
        nlp, "Mexico sent troops to the border. Tomas Varga said the Mexico border was closed."
    )
    assert not has_edge(edges, "Tomas Varga", "say", "Mexico")


@pytest.mark.model
def test_a_copula_s_predicate_noun_relates_its_subject_as_an_apposition_does(nlp):
    # "X is a city in Y": the place lies where its predicate says; "X was a spokesman for Y": the post
    edges = linked_edges(nlp, "Kandahar is a city in Afghanistan.")
    assert has_edge(edges, "Kandahar", "be in", "Afghanistan")
    edges = linked_edges(nlp, "Pavel Drazic was a spokesman for the United Nations.")
    assert has_edge(edges, "Pavel Drazic", "be spokesman for", "United Nations")
    # denied: no relation
    edges = linked_edges(nlp, "Pavel Drazic is not a spokesman for the United Nations.")
    assert not any(s == "Pavel Drazic" and o == "United Nations" for s, _, o in edges)


@pytest.mark.model
def test_a_definite_predicate_noun_joined_to_its_subject_still_describes_it(nlp):
    # "X is the principal town in Y": coreference makes "the principal town" a mention of X; its
    # "in Y" still places X
    edges = linked_edges(nlp, "Varesk is the principal town in Moldavia.")
    assert any(s == "Varesk" and rel.endswith(" in") and o == "Moldavia" for s, rel, o in edges)


@pytest.mark.model
def test_the_owner_of_a_passive_subject_is_not_what_the_act_was_done_to(nlp):
    # issue 18: "Kopra's duties will be transmitted to Bowen" made "Kopra | will be transmitted to"
    text = "Tomas Brenner's duties as captain will be transferred to Pavel Drazic, a veteran pilot."
    edges = linked_edges(nlp, text)
    assert not any(s == "Tomas Brenner" and o == "Pavel Drazic" for s, _, o in edges)


@pytest.mark.model
def test_where_a_named_person_works_does_not_act_with_her(nlp):
    # issue 18: "Sally Wasef of Australia's Griffith University explained" made "Australia | explained"
    edges = linked_edges(nlp, "Tomas Brenner of Lund University told Reuters that the dam was safe.")
    assert has_edge(edges, "Tomas Brenner", "tell", "Reuters")
    assert not any(s == "Lund University" for s, _, _ in edges)


@pytest.mark.model
def test_a_role_holder_named_after_an_organisation_is_not_the_organisation(nlp):
    # fresh9 (issue 18): "one Immigration Department officer flew from Hong Kong to Manila" made
    # the department fly
    edges = linked_edges(nlp, "One Customs Bureau officer flew from Lisbon to Madrid.")
    assert not [e for e in edges if "Customs Bureau" in e[0]]
    # members of a group still act as the group
    edges = linked_edges(nlp, "Red Valley Front fighters attacked Norvia.")
    assert has_edge(edges, "Red Valley Front", "attack", "Norvia")
    # a service's own name before the word is the service
    edges = linked_edges(nlp, "Dalvia's National Intelligence service said that they were arrested.")
    assert has_edge(edges, "Dalvia", "have", "National Intelligence")


@pytest.mark.model
def test_a_person_known_by_the_name_before_their_trade_is_not_that_name(nlp):
    # fresh16-21: "a Sydney socialite", "an NBC employee", "Queens College sociology professor"
    # were linked to the city, the network and the college
    edges = linked_edges(nlp, "Nina Ortiz was also a Lisbon socialite.")
    assert not has_edge(edges, "Nina Ortiz", "be", "Lisbon")
    edges = linked_edges(nlp, "A Vantor Media employee won a car from the Norvia Lottery.")
    assert not [e for e in edges if "Vantor Media" in e[0]]
    edges = linked_edges(
        nlp, "Alan Voss, Yale University sociology professor, blamed the drought for the losses."
    )
    assert not has_edge(edges, "Alan Voss", "be", "Yale University")
    # nor is the body where the employee is
    edges = linked_edges(nlp, "Police questioned a Vantor Media employee in Lisbon.")
    assert not has_edge(edges, "Vantor Media", "be in", "Lisbon")


@pytest.mark.model
def test_a_happening_is_not_the_name_it_happened_at(nlp):
    # fresh21: "Spain's first World Cup victory" was linked to the World Cup
    edges = linked_edges(nlp, "Dalvia celebrated its first Copa Norte victory in Porto.")
    assert not [e for e in edges if "Copa Norte" in e[0] or "Copa Norte" in e[2]]
    edges = linked_edges(nlp, "The Vantor Media oil spill reached the coast of Norvia.")
    assert not [e for e in edges if "Vantor Media" in e[0]]
    # an occasion is still its own name
    edges = linked_edges(nlp, "The annual Zorvan festival drew thousands of visitors to Port Leon.")
    assert has_edge(edges, "Zorvan", "draw to", "Port Leon")


@pytest.mark.model
def test_a_place_before_a_thing_is_where_it_is_not_the_thing(nlp):
    # fresh8-14: "the Oslo newspaper", "the Hollywood sign", "U.S. debt instruments" were linked to
    # the place
    edges = linked_edges(nlp, "Kara Moss told the Lisbon newspaper that the dam was safe.")
    assert not has_edge(edges, "Kara Moss", "tell", "Lisbon")
    edges = linked_edges(nlp, "Vantor Media bought a Lisbon apartment from Kara Moss.")
    assert not has_edge(edges, "Vantor Media", "buy", "Lisbon")
    assert has_edge(edges, "Vantor Media", "buy from", "Kara Moss")
    edges = linked_edges(nlp, "Dalvia owns billions in U.S. debt instruments.")
    assert not [e for e in edges if e[2] == "United States"]
    # a country's weapons, and what it gives, are still its own
    edges = linked_edges(nlp, "US drones struck a convoy near Port Leon.")
    assert has_edge(edges, "United States", "strike convoy near", "Port Leon")
    edges = linked_edges(nlp, "Dalvia will benefit from a U.S. loan guarantee.")
    assert has_edge(edges, "Dalvia", "benefit from", "United States")


@pytest.mark.model
def test_a_place_before_a_site_or_a_business_is_where_it_is_not_the_thing(nlp):
    # fresh47: "the U.S. housing market is still depressed" made the United States depressed; a
    # market, a hotel, a firm is a place or a body of its own, in the place, not the place
    edges = linked_edges(nlp, "The U.S. car market slowed sharply in March.")
    assert not [e for e in edges if e[0] == "United States"]
    edges = linked_edges(nlp, "Kara Moss sold the plant to a Singapore firm last year.")
    assert not [e for e in edges if e[2] == "Singapore"]
    # a building in the place is still in it: what happens there happens in the place
    edges = linked_edges(nlp, "Kara Moss was rushed to a Lisbon hospital on Friday.")
    assert [e for e in edges if e[2] == "Lisbon"]
    # a country's forces are still the country
    edges = linked_edges(nlp, "US troops entered the town of Port Leon.")
    assert has_edge(edges, "United States", "enter", "Port Leon")


@pytest.mark.model
def test_a_name_s_possessor_does_not_act_with_it(nlp):
    # fresh9 (issue 18): "the United Kingdom's Queen Elizabeth II announced she will …" made the
    # United Kingdom announce something about the Queen
    edges = _edges(nlp, "Yesterday, Denmark's Queen Margrethe II announced she will visit Lisbon.")
    assert not [e for e in edges if "Denmark" in e[0] and e[1].startswith("announce")]


@pytest.mark.model
def test_a_speaker_speaks_about_the_content_s_subject_not_its_possessors_or_arguments(nlp):
    # fresh3-9 (issue 18): "Leahy said that Kagan's confirmation was overdue" gave "Leahy said about
    # Kagan", "claims Mahan flies fighters in support of al-Assad" "claims about al-Assad"
    edges = _edges(nlp, "Elena Vasquez said that Tom Hale's confirmation was long overdue.")
    assert not has_edge(edges, "Elena Vasquez", "say about", "Tom Hale")
    edges = _edges(
        nlp, "Elena Vasquez claims the Red Valley Front flies fighters to Norvia in support of Tom Hale."
    )
    assert has_edge(edges, "Elena Vasquez", "claim about", "Red Valley")
    assert not has_edge(edges, "Elena Vasquez", "claim about", "Tom Hale")


@pytest.mark.model
def test_what_a_phrase_places_is_its_head_not_the_head_s_owner(nlp):
    # fresh4-5 (issue 18): "the United States' counter-narcotics program in Afghanistan" gave
    # "United States | is in | Afghanistan", "Labor's performance in Queensland" "Labor is in Queensland"
    text = "Output rose despite Norway's aid program in Beltrania, officials said."
    assert not has_edge(linked_edges(nlp, text), "Norway", "be in", "Beltrania")


@pytest.mark.model
def test_a_name_that_runs_through_of_is_no_of_fact(nlp):
    # fresh10 (issue 18): "a U.S. state on the Gulf of Mexico" gave "the Gulf | of | Mexico"
    edges = linked_edges(
        nlp, "The governor of Louisiana, a U.S. state on the Gulf of Mexico, declared an emergency."
    )
    assert not [e for e in edges if e[1] == "of" and "Mexico" in e[2]]
    # a person of a country still is
    edges = linked_edges(nlp, "Yesterday, Karsten Warholm of Norway won the 400 metres hurdles final.")
    assert has_edge(edges, "Karsten Warholm", "of", "Norway")


@pytest.mark.model
def test_an_edge_to_what_the_object_s_head_belongs_to_names_that_head(nlp):
    # fresh10 (issue 18): "Rad was responsible for the assassination of X" gave "Rad | was responsible
    # for | X", and "pointed out X's history of …" gave "pointed out | X"
    edges = _edges(nlp, "Omar Haddad was responsible for the assassination of Lina Farouk in 1991.")
    assert has_edge(edges, "Omar Haddad", "be responsible for assassination of", "Lina Farouk")
    assert not has_edge(edges, "Omar Haddad", "be", "Lina Farouk")
    edges = _edges(nlp, "The Harbor Council also pointed out Dana Voss's history of financial problems.")
    assert has_edge(edges, "Harbor Council", "point out history of", "Dana Voss")


@pytest.mark.model
def test_a_batch_or_a_part_of_a_thing_stands_for_the_thing(nlp):
    edges = _edges(nlp, "The Harbor Brigade seized trucks of rifles including Type 56 assault rifles.")
    assert has_edge(edges, "Harbor Brigade", "seize", "assault rifle")
    edges = _edges(nlp, "Rebels of the Red Valley Front attacked the capital of Norvia.")
    assert has_edge(edges, "Red Valley Front", "attack", "Norvia")


@pytest.mark.model
def test_a_person_s_name_takes_no_to_phrase(nlp):
    # fresh10 (issue 18): '"…," says fellow student Henrik Møinichen, 19, to Dagbladet' gave
    # "Henrik Møinichen | be to | Dagbladet": the "to" phrase is the verb's
    edges = _edges(nlp, '"She would be alive today," says fellow student Henrik Lund, 19, to Dagbladet.')
    assert not has_edge(edges, "Henrik Lund", "be to", "Dagbladet")


@pytest.mark.model
def test_a_name_before_its_class_noun_names_it_and_has_nothing(nlp):
    # "the Hamas militant group" is Hamas; "ISIL tanks" are ISIL's
    edges = _edges(nlp, "Police arrested two men with ties to the Hamas militant group in Gaza.")
    assert not [e for e in edges if e[1] == "have"]
    assert has_edge(_edges(nlp, "ISIL tanks attacked Palmyra."), "Islamic State", "have", "ISIL tanks")


@pytest.mark.model
def test_an_organisation_name_before_a_country_is_its_branch_there(nlp):
    edges = _edges(nlp, "The storm flooded the coast, according to Reuters India.")
    assert not has_edge(edges, "Reuters", "have", "India")


@pytest.mark.model
def test_a_mention_of_a_hyphenated_word_keeps_the_whole_word(nlp):
    # "UN peace-keepers" acts as the UN; its mention is "peace-keepers", not the last piece "keepers"
    doc = nlp("The old port of Kismayo is protected mainly by UN peace-keepers and other foreign troops.")
    texts = {t.subject.text for t in doc._.gb_triples if t.derived}
    assert "peace-keepers" in texts
    assert "keepers" not in texts


@pytest.mark.model
def test_each_coordinated_subject_of_a_copula_is_what_its_noun_says(nlp):
    # "A and B is a barrage on Y": the predicate noun describes every conjunct, not the first only
    for text in (
        "The Orlan Dam and the Keva Dam are barrages on the Varna River.",
        "Orlan Dam and Keva Dam is a multi-purpose barrage on the Varna River.",
    ):
        edges = linked_edges(nlp, text)
        for dam in ("Orlan Dam", "Keva Dam"):
            assert any(s == dam and r.startswith("be ") and o == "Varna River" for s, r, o in edges)


@pytest.mark.model
def test_a_place_named_before_one_of_its_villages_holds_it_and_is_not_it(nlp):
    # "Brodec, a Šar Mountain village north of Tetovo," (issue 13) made Brodec the mountain and put
    # the mountain north of Tetovo; the village is Brodec, and it lies in the mountain area
    edges = linked_edges(
        nlp,
        "Locals from the village of Odrin, a Pelin Mountain village north of Kelso, "
        "have confirmed a shootout.",
    )
    assert has_edge(edges, "Odrin", "be north of", "Kelso")
    assert has_edge(edges, "Odrin", "be in", "Pelin Mountain")
    assert not has_edge(edges, "Odrin", "be", "Pelin Mountain")
    edges = linked_edges(nlp, "Gunmen attacked Odrin, a Darfur village near Nyala, on Monday.")
    assert has_edge(edges, "Odrin", "be near", "Nyala")
    assert has_edge(edges, "Odrin", "be in", "Darfur")
    assert not any(s == "Darfur" and o == "Nyala" for s, _, o in edges)
    assert not has_edge(edges, "Odrin", "be", "Darfur")
    # a definite place noun after a place's name is that place: "the Detroit area"
    edges = linked_edges(nlp, "Rebels shelled the Detroit area near Windsor.")
    assert any(s == "Detroit" and o == "Windsor" for s, _, o in edges)


@pytest.mark.model
def test_a_ranked_post_keeps_its_rank(nlp):
    # blind sheet fresh16: "X, Africa's richest woman," gave "X | be woman of | Africa"
    edges = _edges(nlp, "Maria Gonzalez, Spain's richest woman, was questioned on Monday.")
    assert has_edge(edges, "Maria Gonzalez", "be richest woman of", "Spain")
    assert not has_edge(edges, "Maria Gonzalez", "be woman of", "Spain")


@pytest.mark.model
def test_a_name_before_its_own_kind_of_body_has_no_such_body(nlp):
    # blind sheet fresh19: "the Agence France-Presse news agency" gave "AFP | have | news agency"
    doc = nlp("A police official spoke to the Agence France-Presse news agency on Monday.")
    assert not [t for t in doc._.gb_triples if t.relation.lemma == "have"]


@pytest.mark.model
def test_a_name_apposed_to_a_role_noun_is_one_of_them_not_the_reverse(nlp):
    # fresh20: "According to CDC officials Dr. Rob X and Dr. Y" gave "CDC officials | be | Rob X"
    doc = nlp("According to bank officials Dr. Ann Lee and Dr. Bo Chan, the loan was repaid.")
    edges = {(t.subject.text, t.relation.lemma, t.object.text) for t in doc._.gb_triples if t.derived}
    assert not [e for e in edges if e[0] == "bank officials" and e[1] == "be"]


@pytest.mark.model
def test_the_sides_of_a_between_phrase_are_not_split_into_one_edge_each(nlp):
    edges = _edges(nlp, "The Harbor Brigade closed the railway between Norvia and Beltran on Sunday.")
    assert not has_edge(edges, "Harbor Brigade", "close between", "Beltran")


@pytest.mark.model
def test_the_alternatives_of_an_or_are_not_split_into_one_edge_each(nlp):
    edges = _edges(nlp, "Fighters of the Red Valley Front may attack Norvia or Beltran next week.")
    assert not has_edge(edges, "Red Valley Front", "attack", "Beltran")
    assert not has_edge(edges, "Red Valley Front", "attack", "Norvia")


@pytest.mark.model
def test_places_listed_as_examples_lie_in_the_place_the_list_is_in(nlp):
    edges = _edges(nlp, "The army retook several towns in northern Norvia, including Beltran and Port Leon.")
    assert has_edge(edges, "Beltran", "be in", "Norvia")
    assert has_edge(edges, "Port Leon", "be in", "Norvia")
    # a listed group is not placed by this rule: what is in the place is a group, not a place
    edges = _edges(nlp, "Armed groups in Norvia, including the Red Valley Front, denied the claim.")
    assert not has_edge(edges, "Red Valley Front", "be in", "Norvia")


@pytest.mark.model
def test_a_place_the_parse_hung_on_a_date_is_where_the_act_happened(nlp):
    edges = _edges(nlp, "Marco Leone was born in 1961 in Beltran, Norvia.")
    assert has_edge(edges, "Marco Leone", "bear in", "Beltran")
    # a span of time is no point: "left for three months in X" did not leave in X
    edges = _edges(nlp, "Twenty Norvian police officers have left today for three months in Beltran.")
    assert not [e for e in edges if e[1] == "leave in"]


@pytest.mark.model
def test_a_body_s_name_before_a_thing_is_whose_the_thing_is_not_the_thing(nlp):
    # fresh24-26: "Lewis Hamilton's McLaren car", "Paulina Tapia's Facebook wall" were linked to
    # the team and the network: the car is Hamilton's, the wall Tapia's
    edges = linked_edges(nlp, "Tom Hale's Nordvik Motors car hit a wall near Port Leon.")
    assert not [e for e in edges if "Nordvik Motors" in e[0] or "Nordvik Motors" in e[2]]
    edges = linked_edges(nlp, "Kara Moss read Tom Hale's FBI file in Lisbon.")
    assert not [e for e in edges if "FBI" in e[0] or "FBI" in e[2]]
    edges = linked_edges(nlp, "Kara Moss posted the video on her Nordvik Motors account.")
    assert not has_edge(edges, "Kara Moss", "post on", "Nordvik Motors")
    # an armed act and the people of a group still stand for it
    edges = linked_edges(nlp, "A Red Valley Front attack killed Tom Hale in Port Leon.")
    assert has_edge(edges, "Red Valley Front", "kill", "Tom Hale")
    edges = linked_edges(nlp, "Red Valley Front fighters attacked Norvia.")
    assert has_edge(edges, "Red Valley Front", "attack", "Norvia")
    # a service's own name before the word is the service
    edges = linked_edges(nlp, "Dalvia's National Intelligence service said that they were arrested.")
    assert has_edge(edges, "Dalvia", "have", "National Intelligence")


@pytest.mark.model
def test_a_body_s_name_before_a_common_noun_is_not_the_thing_without_a_possessor_too(nlp):
    # stop 50 audit of triple ends linked to a name inside them: "per NBA rules", "an Investigative
    # Committee statement", "Pontiac cars" gave ends "rules", "statement", "cars" linked to the
    # league, the committee, the maker; the rules are no league, with or without a possessor
    edges = linked_edges(nlp, "The Kestrel Rovers did not comment per Zorvan League rules.")
    assert not has_edge(edges, "Kestrel Rovers", "comment per", "Zorvan League")
    edges = linked_edges(nlp, "Tom Hale scored on a Kara Moss cross in the second half.")
    assert not [e for e in edges if "Kara Moss" in e[2]]
    # people and forces acting for the body, and its hostile acts, still stand for it
    edges = linked_edges(nlp, "Red Valley Front fighters attacked Norvia.")
    assert has_edge(edges, "Red Valley Front", "attack", "Norvia")
    edges = linked_edges(nlp, "The ministers discussed further Orvic Council sanctions against Norvia.")
    assert has_edge(edges, "Orvic Council", "be against", "Norvia")
    # armed control of a place is its holder's, like occupation: freed from it is freed from the holder
    edges = linked_edges(nlp, "The Kestrel Brigade freed the town of Palmeth from Red Valley Front control.")
    assert [e for e in edges if e[0] == "Kestrel Brigade" and e[2] == "Red Valley Front"]


@pytest.mark.model
def test_a_person_s_name_owns_no_person_or_place_it_runs_into(nlp):
    # fresh30 (issue 18): "Saif al-Islam Muammar al-Gaddafi" gave "Saif al-Islam | have | Muammar
    # al-Gaddafi", and rule-check's "St Pancras railway station" "St Pancras | have | railway
    # station": a long name split in two, or a place NER took for a person, owns nothing
    edges = _edges(nlp, "The fund's chairman is Khalid al-Amin Yusuf al-Rashid, the son of Yusuf al-Rashid.")
    assert not [e for e in edges if e[1] == "have"]
    edges = _edges(nlp, "The officers then walked to St Aldhelm railway station before dawn.")
    assert not [e for e in edges if e[1] == "have"]


@pytest.mark.model
def test_a_class_said_of_a_name_is_placed_neither_as_a_fact_nor_as_an_edge(nlp):
    # "X became the first country in Europe to ...": the place bounds the class; "the first
    # country | be in | Europe" says nothing, from the phrase or from its ordinal's mention
    doc = nlp("Norland yesterday became the first country in Europe to ban kites.")
    assert not [t for t in doc._.gb_triples if t.relation.lemma == "be in"]


def test_a_stock_listing_in_brackets_is_no_other_name_of_the_company(nlp):
    # "(NYSE:ZLB)" and "(LSE:ORB)" list each company on an exchange; neither company is the exchange
    edges = linked_edges(
        nlp, "Investors sold Zenda Labs Inc. (NYSE:ZLB) and bought Orbis Mining (LSE:ORB) shares."
    )
    assert not any(lemma == "be" for _, lemma, _ in edges)


def test_a_name_after_a_bracketed_acronym_is_another_body_not_an_alias(nlp):
    # "the World Health Organization (WHO) General Assembly": the assembly is no name of the WHO
    text = "Delegates travelled to Geneva for the World Health Organization (WHO) General Assembly this week."
    edges = linked_edges(nlp, text)
    assert not any(lemma == "be" and "Organization" in s for s, lemma, _ in edges)


@pytest.mark.model
def test_an_item_of_a_list_is_no_apposition_of_the_one_before(nlp):
    # fresh40, fresh27 (issue 18): "across Canada, northern parts of the U.S., and possibly the United
    # Kingdom" gave "Canada | be part of | U.S."; "four Croatians, three Filipinos, two Belgians" too
    edges = linked_edges(nlp, "Storms could hit Canada, northern parts of the U.S., and possibly Mexico.")
    assert not any("Canada" in s and "United States" in o for s, _, o in edges)
    text = "Aboard were ten crew members, including four Croatians, three Filipinos, two Belgians and a cook."
    assert not any("Croatians" in s for s, _, _ in linked_edges(nlp, text))
    # an apposition closing the sentence still renames its noun
    assert has_edge(linked_edges(nlp, "Storms hit Halden, a town in Norway."), "Halden", "be in", "Norway")
    # "as well as" after an apposition adds to the sentence, not to a list of names
    text = "The fund pays $8 million to Nakheel, Dubai World's property arm, as well as $1 million to it."
    assert has_edge(linked_edges(nlp, text), "Nakheel", "be arm of", "Dubai World")


def _maker_and_craft(designation: str):
    doc = parsed(f"""
        A 2 det DET DT a
        Nordvik 2 compound PROPN NNP Nordvik B-ORG
        {designation} 3 nsubj PROPN NNP {designation}
        crashed 3 ROOT VERB VBD crash
        . 3 punct PUNCT . .
    """)
    maker = LocalEntity("Actor:Nordvik", "Nordvik", "Actor", "Organization", token_spans=[(1, 2)])
    return doc, {1: maker}


def test_a_makers_name_before_a_model_designation_is_not_the_craft():
    # fresh34: "a Eurocopter AS350B3 flown in the X fleet" linked the craft to its maker
    doc, owner = _maker_and_craft("NA220")
    assert compound_owner(doc[2], owner, load_lexicons()) is None


def test_a_makers_name_before_a_word_without_digits_still_names_the_phrase():
    doc, owner = _maker_and_craft("Skyhawk")
    assert compound_owner(doc[2], owner, load_lexicons()).name == "Nordvik"


@pytest.mark.model
def test_a_source_named_by_according_is_no_partner_of_the_act(nlp):
    text = "Norvia will crack down on bloggers, according the Harbor Times."
    edges = _edges(nlp, text)
    assert not any(e[1].endswith(" according") for e in edges)


@pytest.mark.model
def test_what_the_subject_became_holds_of_the_head_not_the_names_inside_it(nlp):
    edges = _edges(nlp, "Lena Varga became director of the Norvian Intelligence Agency on Monday.")
    assert has_edge(edges, "Lena Varga", "become director of", "Norvian Intelligence Agency")
    assert not has_edge(edges, "Lena Varga", "become", "Norvian Intelligence Agency")


def test_fighting_between_two_sides_read_as_a_verb_joins_the_sides(nlp):
    # issue 13: "Fighting between A and B killed ..." parsed "Fighting" as a verb and gave no edge
    text = "Fighting between the Harbor Brigade and the Coastal Alliance killed ten people."
    assert has_edge(linked_edges(nlp, text), "Harbor Brigade", "fight with", "Coastal Alliance")


def test_choosing_between_two_names_is_no_contest_between_them(nlp):
    text = "Choosing between the Harbor Brigade and the Coastal Alliance was hard for the voters."
    edges = linked_edges(nlp, text)
    assert not any("Harbor" in s and "Coastal" in o for s, _, o in edges)
