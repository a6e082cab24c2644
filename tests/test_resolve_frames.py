"""Edges from verb frames, event nouns and demonym titles, on invented sentences parsed by the model."""

from __future__ import annotations

import pytest

from .parsed_edges import derived_edges, find_edge, has_edge, linked_edges

pytestmark = pytest.mark.model


def test_an_event_noun_object_names_the_target(nlp):
    edges = derived_edges(nlp, "The Northern Air Wing will fly missions against the Red Valley Front.")
    assert find_edge(edges, "Northern Air Wing", "fly mission against", "Red Valley")


def test_a_purpose_clause_inherits_its_doer(nlp):
    edges = derived_edges(
        nlp, "The Harbor Brigade sent two battalions to defeat the Red Valley Front.", "frame"
    )
    assert find_edge(edges, "Harbor Brigade", "defeat", "Red Valley")


def test_coordinated_subjects_acted_together(nlp):
    edges = derived_edges(nlp, "The Harbor Brigade and the Coastal Alliance attacked Port Leon.", "frame")
    assert find_edge(edges, "Harbor Brigade", "attack with", "Coastal Alliance")


def test_a_purpose_clause_is_only_intended_and_shares_its_governing_clause_s_qualifiers(nlp):
    could = find_edge(
        derived_edges(nlp, "The Harbor Brigade could send troops to defeat the Red Valley Front."),
        "Harbor",
        "defeat",
        "Red",
    )
    sent = find_edge(
        derived_edges(nlp, "The Harbor Brigade sent troops to defeat the Red Valley Front."),
        "Harbor",
        "defeat",
        "Red",
    )
    denied = find_edge(
        derived_edges(nlp, "The Harbor Brigade did not send troops to fight the Red Valley Front."),
        "Harbor",
        "fight",
        "Red",
    )
    assert [e[4] for e in could] == ["could"]
    assert [e[4] for e in sent] == ["intended"]
    assert [e[3] for e in denied] == [True]


def test_counterparts_named_in_apposition_met_the_first_subject(nlp):
    edges = derived_edges(
        nlp, "Anna Berg and her Danish and Swedish counterparts, Lars Holm and Erik Sand, met in Oslo."
    )
    assert find_edge(edges, "Anna Berg", "meet with", "Erik Sand")


def test_a_passive_subject_does_what_its_complement_says(nlp):
    edges = derived_edges(nlp, "The Harbor Brigade is committed to defeating the Red Valley Front.", "frame")
    assert find_edge(edges, "Harbor Brigade", "defeat", "Red Valley")


def test_a_passive_subject_is_still_the_patient_of_its_own_verb(nlp):
    edges = derived_edges(nlp, "The Harbor Brigade was attacked and defeated near Port Leon.", "frame")
    assert not find_edge(edges, "Harbor Brigade", "defeat near", "Port Leon")


def test_a_control_noun_s_owner_does_its_infinitive(nlp):
    owned = derived_edges(
        nlp, "The Coastal Alliance renewed its determination to defeat the Red Valley Front."
    )
    stepped = derived_edges(nlp, "The Coastal Alliance stepped up efforts to counter the Red Valley Front.")
    assert find_edge(owned, "Coastal Alliance", "defeat", "Red Valley")
    assert find_edge(stepped, "Coastal Alliance", "counter", "Red Valley")


def test_an_order_s_infinitive_is_not_done_by_whoever_gave_it(nlp):
    edges = derived_edges(
        nlp, "The Coastal Alliance issued an order to attack the Red Valley Front.", "frame"
    )
    assert not find_edge(edges, "Coastal Alliance", "attack", "Red Valley")


def test_a_plural_event_noun_tagged_as_a_verb_still_names_its_actor_and_target(nlp):
    from spacy.tokens import Doc

    from graphbuild.resolve.frames import event_actors, is_nominal

    words = ["Lumarian", "airstrikes", "against", "rebels", "continued"]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["PROPN", "VERB", "ADP", "NOUN", "VERB"],
        tags=["NNP", "VBZ", "IN", "NNS", "VBD"],
        lemmas=["Lumarian", "airstrike", "against", "rebel", "continue"],
        deps=["compound", "nsubj", "prep", "pobj", "ROOT"],
        heads=[1, 4, 1, 2, 4],
    )
    assert is_nominal(doc[1]) and not is_nominal(doc[4])
    assert [(a.text, b.text, label) for a, b, label in event_actors(doc[1])] == [
        ("Lumarian", "rebels", "airstrike against")
    ]


def test_a_means_does_not_do_its_purpose(nlp):
    edges = derived_edges(nlp, "The Harbor Brigade is used to defend Port Leon.", "frame")
    assert not find_edge(edges, "Harbor Brigade", "defend", "Port Leon")


def test_a_passive_complement_s_subject_is_its_patient(nlp):
    edges = derived_edges(
        nlp, "Omar Valdes was freed from the Red Valley Front after being held in Port Leon.", "frame"
    )
    assert not find_edge(edges, "Omar Valdes", "hold in", "Port Leon")


def test_a_passive_s_purpose_clause_is_not_done_by_its_subject(nlp):
    edges = derived_edges(nlp, "Two Harbor Brigade officers were killed to silence Omar Valdes.", "frame")
    assert not find_edge(edges, "Harbor Brigade", "silence", "Omar Valdes")


def test_what_a_group_failed_or_refused_to_do_is_negated(nlp):
    from graphbuild.lexicons import load_lexicons
    from graphbuild.resolve.frames import qualifiers

    lexicons = load_lexicons()
    failed = nlp("The Red Valley Front tried but failed to capture Port Leon.")
    refused = nlp("The Harbor Brigade refused to attack the Red Valley Front.")
    tried = nlp("The Harbor Brigade tried to attack the Red Valley Front.")
    verb = {
        doc: next(t for t in doc if t.lemma_ in ("capture", "attack")) for doc in (failed, refused, tried)
    }
    assert qualifiers(verb[failed], lexicons)[0]
    assert qualifiers(verb[refused], lexicons)[0]
    assert not qualifiers(verb[tried], lexicons)[0]


def test_what_a_group_is_accused_of_is_alleged(nlp):
    edges = derived_edges(nlp, "The Harbor Brigade was accused of shelling Port Leon.", "frame")
    assert [e[4] for e in find_edge(edges, "Harbor", "shell", "Port Leon")] == ["alleged"]


def test_coordinated_patients_or_copulas_did_nothing_together(nlp):
    killed = derived_edges(
        nlp, "Two Harbor Brigade fighters and a Coastal Alliance officer were killed.", "frame"
    )
    finalists = derived_edges(nlp, "Omar Valdes and Lina Sorel were finalists for the award.", "frame")
    assert not [e for e in killed | finalists if e[1].endswith(" with")]


def test_a_place_modifying_a_hostile_act_is_not_its_doer(nlp):
    edges = derived_edges(nlp, "He directed the hotel bombings in Port Leon.", "frame")
    assert not [e for e in edges if e[1].startswith("bombing")]


def test_a_possessive_pronoun_in_the_object_is_not_another_target(nlp):
    edges = derived_edges(
        nlp, "The Harbor Brigade and the Coastal Alliance destroyed their arms last June.", "frame"
    )
    assert not find_edge(edges, "Harbor", "destroy", "Coastal")


def test_an_anti_adjective_names_the_target_of_the_act(nlp):
    edges = derived_edges(nlp, "He directed anti-Christian attacks in Port Leon.", "frame")
    assert not [e for e in edges if "Christian" in e[0]]


def test_what_a_verb_s_object_is_given_to_or_meant_for_is_a_patient(nlp):
    edges = derived_edges(nlp, "The Red Valley Front pledged support for the Coastal Alliance.", "frame")
    assert find_edge(edges, "Red Valley", "pledge support for", "Coastal Alliance")
    edges = derived_edges(nlp, "The Red Valley Front poses a threat to the Coastal Alliance.", "frame")
    assert find_edge(edges, "Red Valley", "pose threat to", "Coastal Alliance")


def test_a_place_fronted_before_coordinated_verbs_places_the_object_of_each(nlp):
    edges = derived_edges(
        nlp, "In Kandahar, the Red Valley Front ambushed a convoy and destroyed two T-72 tanks.", "frame"
    )
    assert find_edge(edges, "T-72", "be in", "Kandahar")


def test_a_light_verb_s_noun_carries_the_act_to_its_prepositions(nlp):
    edges = derived_edges(nlp, "Pavel Drazic had a phone conversation with Mira Olsen.", "frame")
    assert find_edge(edges, "Pavel Drazic", "have conversation with", "Mira Olsen")
    # the idiom's noun's own preposition completes the clause fact itself (adjuncts.idiom_adjuncts)
    edges = linked_edges(nlp, "The Red Valley Front took action against the Coastal Alliance.")
    assert has_edge(edges, "Red Valley", "take action against", "Coastal Alliance")


def test_who_is_asked_or_urged_to_act_is_the_doer_not_who_asks(nlp):
    edges = derived_edges(nlp, "The Red Valley Front urged the Coastal Alliance to attack Kandahar.", "frame")
    assert not find_edge(edges, "Red Valley", "attack", "Kandahar")
    # a means verb keeps its subject as the doer: the extracted triple itself is the edge
    edges = linked_edges(nlp, "The Red Valley Front used the trucks to attack Kandahar.")
    assert has_edge(edges, "Red Valley", "attack", "Kandahar")


def test_a_control_noun_s_infinitive_reaches_the_doer_through_coordinated_purpose_clauses(nlp):
    text = (
        "The Harbor Council regularly meets to plan and coordinate joint efforts to counter the Red Valley "
    )
    text += "Front."
    edges = derived_edges(nlp, text, "frame")
    assert find_edge(edges, "Harbor Council", "counter", "Red Valley")


def test_a_coordinated_clause_with_its_own_subject_keeps_its_own_polarity(nlp):
    text = (
        "No group claimed the attack, but the Red Valley Front had made threats against the Coastal Alliance."
    )
    edges = derived_edges(nlp, text, "frame")
    assert [e[3] for e in find_edge(edges, "Red Valley", "make threat against", "Coastal Alliance")] == [
        False
    ]


def test_what_an_event_noun_s_target_names_is_its_target_too(nlp):
    edges = derived_edges(
        nlp, "The Red Valley Front claimed responsibility for the murder of Pavel Drazic.", "frame"
    )
    assert find_edge(edges, "Red Valley", "claim responsibility for", "Pavel Drazic")


def test_what_a_verb_s_object_is_directed_towards_is_a_patient(nlp):
    edges = derived_edges(nlp, "The Harbor Brigade announced a new policy towards Norvia.", "frame")
    assert find_edge(edges, "Harbor Brigade", "announce policy towards", "Norvia")


@pytest.mark.model
def test_coordinated_ministers_who_gather_meet_each_other_and_an_apposition_names_the_last_conjunct(nlp):
    text = (
        "Kenyan foreign minister Ana Ruiz and her Ugandan and Tanzanian counterparts, Paul Okello and"
        " John Mrema, respectively, gathered in Nairobi on Monday to discuss trade."
    )
    edges = derived_edges(nlp, text)
    assert find_edge(edges, "Ana Ruiz", "gather with", "Paul Okello")
    assert find_edge(edges, "Ana Ruiz", "gather with", "John Mrema")
    assert not find_edge(edges, "Ana Ruiz", "be", "Paul Okello")  # her counterpart is not she


@pytest.mark.model
def test_the_country_named_in_the_act_a_passive_subject_was_killed_in_is_its_doer(nlp):
    text = "Ahmed Warsame, a commander of al-Shabaab, has been killed in a US counter-terrorism operation."
    assert find_edge(derived_edges(nlp, text, "frame"), "United States", "kill", "Ahmed Warsame")


@pytest.mark.model
def test_a_city_modifying_the_act_is_where_it_happened_not_who_did_it(nlp):
    edges = derived_edges(nlp, "Ahmed Warsame was killed in a Mogadishu bombing.", "frame")
    assert not find_edge(edges, "Mogadishu", "kill", "Ahmed Warsame")


def test_whom_a_verb_accuses_or_stops_does_its_gerund(nlp):
    # "accused X of V-ing", "stopped X from V-ing": the object does the gerund, not the subject
    edges = derived_edges(nlp, "Egypt stopped Hamas from smuggling rifles into Gaza.", "frame")
    assert find_edge(edges, "Hamas", "smuggle into", "Gaza")
    edges = derived_edges(nlp, "Israel blamed Hezbollah for firing rockets at Haifa.", "frame")
    assert find_edge(edges, "Hezbollah", "fire at", "Haifa")
    assert not find_edge(edges, "Israel", "fire at", "Haifa")


@pytest.mark.model
def test_an_event_noun_keeps_the_word_that_denies_or_grades_it(nlp):
    # issue 18: "move towards less emphasis on X" became "move towards emphasis on X"
    edges = derived_edges(nlp, "Tomas Brenner found no problem with the Harbor Brigade.")
    assert find_edge(edges, "Tomas Brenner", "find no problem with", "Harbor Brigade")
    assert not find_edge(edges, "Tomas Brenner", "find problem with", "Harbor Brigade")


def test_the_owner_of_a_place_or_role_in_a_preposition_is_not_the_patient(nlp):
    # fresh8-9 (issue 18): "spotted by X at Wang's showroom" gave "X spot at Wang", "stepped into
    # the role as the committee's acting chair" "step as committee"
    text = (
        "Senator Ana Ruiz, the most senior Democrat on the Harbor Committee, has stepped into "
        "Tom Hale's role as the committee's acting chair."
    )
    edges = derived_edges(nlp, text, "frame")
    assert not [e for e in edges if e[1].startswith("step") and e[2] in ("Tom Hale", "Harbor Committee")]


def test_an_owner_deep_in_a_preposition_s_object_is_no_patient_either(nlp):
    # fresh10 (issue 18): "Following the announcement of Biden's win, Trump issued a statement"
    # gave "Trump | issue following | Biden"
    text = (
        "Following the announcement of Obama's win, Romney issued a statement at his golf club outside "
        'Boston saying, "The simple fact is this election is far from over."'
    )
    assert not [e for e in derived_edges(nlp, text, "frame") if e[0] == "Romney" and e[2] == "Obama"]


@pytest.mark.model
def test_a_frame_edge_to_what_a_head_belongs_to_names_the_head(nlp):
    # fresh10 (issue 18): "was charged by Wiltshire Police with the murder of X" gave "Wiltshire
    # Police | charge with | X": the police charged someone with X's murder
    edges = derived_edges(
        nlp, "The driver was charged on Saturday by the Harbor Police with the murder of Dana Voss."
    )
    assert find_edge(edges, "Harbor Police", "charge with murder of", "Dana Voss")
    assert not find_edge(edges, "Harbor Police", "charge with", "Dana Voss")


def test_an_apposition_names_the_patient_again_not_what_its_of_names(nlp):
    # "investigate Dara Velin, the daughter of Omar Velin" investigates no Omar Velin
    edges = linked_edges(
        nlp, "The board asked Tom Hale to investigate Dara Velin, the daughter of Omar Velin."
    )
    assert has_edge(edges, "Dara Velin", "be daughter of", "Omar Velin")
    assert not has_edge(edges, "Tom Hale", "investigate", "Omar Velin")


def test_a_thing_where_something_is_is_no_act_of_its_owner(nlp):
    # "at his home in Trimley", "in Mars's dust layer over Hellas Basin": where, not what the owner did
    home = derived_edges(nlp, "Police arrested Tom Baker at his home in Trimley on Monday.", "frame")
    assert not find_edge(home, "Tom Baker", "home in", "Trimley")
    layer = derived_edges(nlp, "Scientists found a hole in Mars's dust layer over Hellas Basin.", "frame")
    assert not find_edge(layer, "Mars", "layer over", "Hellas")
    # an act's own phrase still tells the act, wherever the act is placed
    inquiry = "The charges were filed in the Justice Department's investigation into the Harbor Brigade."
    edges = derived_edges(nlp, inquiry, "frame")
    assert find_edge(edges, "Justice Department", "investigation into", "Harbor")


def test_a_light_verb_keeps_its_noun_and_a_phrasal_verb_its_particle(nlp):
    edges = derived_edges(nlp, "President Mira Kol will take part in the Nordic Council summit in Oslo.")
    assert find_edge(edges, "Mira Kol", "take part in summit in", "Oslo")
    assert not [e for e in edges if e[1].startswith("take in")]
    edges = derived_edges(nlp, "Two Norland Air Force jets took off from a base on Korsland Island.")
    assert find_edge(edges, "jet", "take off from base on", "Korsland Island")


def test_a_currency_is_no_party_to_the_sum(nlp):
    edges = derived_edges(nlp, "Acme Corp has spent several hundred million US dollars on the cleanup.")
    assert not [e for e in edges if "United States" in e[2]]


def test_a_relative_clause_keeps_the_noun_it_acted_on(nlp):
    text = "The Red Valley Front was accused of war crimes it committed during the siege of Dorna."
    edges = derived_edges(nlp, text)
    assert find_edge(edges, "Red Valley Front", "commit crime during siege of", "Dorna")
    assert not find_edge(edges, "Red Valley Front", "commit during siege of", "Dorna")


def test_whose_acts_are_done_by_the_noun_the_clause_modifies(nlp):
    text = "The ministry condemned the Red Valley Front, whose attacks in Norvia and Beltran killed dozens."
    edges = derived_edges(nlp, text, "frame")
    assert find_edge(edges, "Red Valley Front", "attack in", "Norvia")
    assert find_edge(edges, "Red Valley Front", "attack in", "Beltran")


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        (
            "The Harbor Brigade, together with the Coastal Alliance, is working to defeat the Front.",
            "defeat",
        ),
        ("The Harbor Brigade, along with the Coastal Alliance, attacked the Red Valley Front.", "attack"),
    ],
)
def test_who_acts_together_with_the_subject_does_the_act_too(nlp, text, lemma):
    edges = derived_edges(nlp, text, "frame")
    assert find_edge(edges, "Coastal Alliance", lemma, "Front")


def test_who_is_arrested_along_with_the_object_does_not_arrest(nlp):
    edges = derived_edges(nlp, "Police arrested Marco Leone along with Elena Vasquez in Beltran.", "frame")
    assert not [e for e in edges if e[0] == "Elena Vasquez" and e[1].startswith("arrest")]


def test_an_act_set_in_the_help_given_is_done_by_who_is_helped(nlp):
    text = "The ministry reiterated support for the Harbor Brigade in the fight against the Red Valley Front."
    edges = derived_edges(nlp, text, "frame")
    assert find_edge(edges, "Harbor Brigade", "fight against", "Red Valley Front")


def test_the_target_of_a_hostile_act_is_where_the_act_is(nlp):
    text = "Airstrikes against Red Valley Front fighters this week in Beltran killed twenty militants."
    edges = derived_edges(nlp, text, "frame")
    assert find_edge(edges, "Red Valley Front", "be in", "Beltran")


def test_an_act_with_a_by_doer_was_done_to_its_of_phrase(nlp):
    edges = derived_edges(nlp, "The liberation of Beltran by the Harbor Brigade was welcomed.", "frame")
    assert find_edge(edges, "Harbor Brigade", "liberation of", "Beltran")
    # without a doer, the "of" phrase may be the doer: "the attack of the Front" says nothing more
    edges = derived_edges(nlp, "The liberation of Beltran was welcomed by Norvia.", "frame")
    assert not find_edge(edges, "Norvia", "liberation of", "Beltran")


def test_who_claims_an_act_did_it_and_who_denies_it_did_not_say_so(nlp):
    claimed = "The Red Valley Front has claimed responsibility for the attacks in Beltran."
    assert find_edge(derived_edges(nlp, claimed, "frame"), "Red Valley Front", "attack in", "Beltran")
    denied = "The Red Valley Front denied responsibility for the attacks in Beltran."
    assert not find_edge(derived_edges(nlp, denied, "frame"), "Red Valley Front", "attack in", "Beltran")
    negated = "The Red Valley Front was not responsible for the bombing in Beltran."
    assert [e[3] for e in derived_edges(nlp, negated, "frame") if e[1] == "bombing in"] == [True]


def test_the_owner_of_a_named_patient_is_not_the_patient(nlp):
    # fresh27 (issue 18): "traded goals with Traralgon's Rowen Hore" also joined the player to
    # the town; the named player takes part, the town only says whose player he is
    edges = derived_edges(nlp, "Tom Baker traded goals with Easton's Mark Fell before the break.", "frame")
    assert find_edge(edges, "Tom Baker", "trade goal with", "Mark Fell")
    assert not find_edge(edges, "Tom Baker", "trade goal with", "Easton")


def test_a_noun_conjunct_before_a_verb_group_does_the_second_clause(nlp):
    # edges gold (issue 13): "US troops had defeated ISIS and Turkey would be moving into Northern
    # Syria" made the troops defeat Turkey and move into Syria; Turkey moves there
    edges = linked_edges(
        nlp, "The Harbor Brigade had defeated the Red Front and Tarvia would be moving into Port Leon."
    )
    assert not any(s.startswith("Harbor") and "Tarvia" in o for s, _, o in edges)
    assert not any(s.startswith("Harbor") and "Port Leon" in o for s, _, o in edges)
    assert any(s == "Tarvia" and "Port Leon" in o for s, _, o in edges), edges


def test_an_edge_to_the_owner_of_an_object_keeps_the_owned_noun(nlp):
    # issue 18 (fresh32): "announced Noynoy's victory" gave "announce | Noynoy"; the act was on
    # the victory, so the edge to its owner keeps the noun, as an "of" does ("murder of X")
    edges = derived_edges(nlp, "The Harbor Commission announced Dana Voss's victory on Monday.", "frame")
    assert find_edge(edges, "Harbor Commission", "announce victory of", "Dana Voss")
    assert not find_edge(edges, "Harbor Commission", "announce", "Dana Voss")
    court = derived_edges(nlp, "Omar Velin dissolved the Senate and Tarvia's High Court last year.", "frame")
    assert not find_edge(court, "Omar Velin", "dissolve", "Tarvia")


def test_resulting_in_after_a_body_acts_gives_the_body_no_edge(nlp):
    # ignoring the leak led to the suit; the Harbor Brigade did not "result in" anything
    edges = derived_edges(
        nlp, "The Harbor Brigade ignored a spill in 2006, resulting in a lawsuit against Zorvan Exploration."
    )
    assert not find_edge(edges, "Harbor Brigade", "result in lawsuit against", "Zorvan Exploration")
    led = derived_edges(
        nlp, "The Harbor Brigade shelled the port, leading to protests against the Red Valley Front."
    )
    assert not find_edge(led, "Harbor Brigade", "lead to protest against", "Red Valley")


def test_who_began_an_operation_does_the_infinitive_the_parse_hung_on_the_verb(nlp):
    # "began their operation to isolate X": the infinitive is the operation's, not the operation's act
    owned = derived_edges(
        nlp, "The Coastal Alliance has begun its operation to isolate the town of Port Leon.", "frame"
    )
    text = "The Coastal Alliance launched an offensive to retake Port Leon from the Red Valley Front."
    launched = derived_edges(nlp, text, "frame")
    assert find_edge(owned, "Coastal Alliance", "isolate", "Port Leon")
    assert find_edge(launched, "Coastal Alliance", "retake", "Port Leon")
    assert find_edge(launched, "Coastal Alliance", "retake from", "Red Valley")


def test_who_is_committed_or_determined_to_an_act_does_it(nlp):
    # a participle or an adjective of commitment after a copula: its subject does the complement
    committed = derived_edges(
        nlp,
        "The Coastal Alliance, as part of the Northern Pact, is committed to continuing to provide the "
        "Harbor Council with aid.",
        "frame",
    )
    text = "The Red Valley Front remains committed to carrying out attacks against the Coastal Alliance."
    remains = derived_edges(nlp, text, "frame")
    assert find_edge(committed, "Coastal Alliance", "provide", "Harbor Council")
    assert find_edge(remains, "Red Valley", "carry out attack against", "Coastal Alliance")


def test_a_denied_commitment_denies_the_act(nlp):
    text = "The Coastal Alliance is not committed to defeating the Red Valley Front."
    edges = derived_edges(nlp, text, "frame")
    assert [e[3] for e in find_edge(edges, "Coastal Alliance", "defeat", "Red Valley")] == [True]


def test_the_alternative_not_taken_gets_no_edge(nlp):
    # fresh39 (issue 18): "suing HTC instead of Google" gave Apple an edge "sue of" Google
    text = "Analysts said Acme Corp. was suing Northwind Inc. instead of Globex Inc. because it was weaker."
    edges = linked_edges(nlp, text)
    assert has_edge(edges, "Acme", "sue", "Northwind")
    assert not any("Globex" in o for _, _, o in edges)


def test_every_member_of_a_listed_subject_acted_with_every_other(nlp):
    # re3d (issue 13): "A, B and C are committed to defeating X" joined A to B and C, never B to C
    text = "The Harbor Brigade, the Coastal Alliance and the Northern Guard attacked Port Leon."
    edges = derived_edges(nlp, text, "frame")
    assert find_edge(edges, "Harbor Brigade", "attack with", "Coastal Alliance")
    assert find_edge(edges, "Coastal Alliance", "attack with", "Northern Guard")


def test_listed_subjects_of_an_act_not_done_together_stay_apart(nlp):
    text = "The Harbor Brigade, the Coastal Alliance and the Northern Guard closed their offices in Leon."
    edges = derived_edges(nlp, text, "frame")
    assert not find_edge(edges, "Coastal Alliance", "close with", "Northern Guard")
