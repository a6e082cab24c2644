"""Issue 18: facts users can trust on news the rules never saw. Each error kind of the hand-judged
sample, on an invented sentence: scope of denials and conditions, attribution only to a source
that says the content, agents before patients, idioms that are no facts, and whole words."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_triples

from .parsed import parsed, qualified, triple_strings

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def parser():
    from graphbuild.nlp import load_parser

    return load_parser()


def test_relative_clauses_in_a_contrast_keep_their_own_subjects(parser):
    doc = parser(
        "Voters face a choice between Mr Hale who will waste more money and the Green party "
        "which will give value for money."
    )
    triples = triple_strings(doc)
    assert "Mr Hale | will waste | more money" in triples
    assert not any(t.startswith("the Green party | will waste") for t in triples)
    assert not any(t.startswith("Mr Hale | will waste | the Green party") for t in triples)


def test_rejected_idea_negates_the_content(parser):
    facts = qualified(
        parser("The minister rejected the idea that farmers and students appealed to the same voters.")
    )
    negated, _, source = facts["farmers | appealed to | the same voters"]
    assert negated and source == "The minister"


def test_denial_scopes_over_the_adverb(parser):
    facts = qualified(parser("The council rejected speculation that his brother entered Norway illegally."))
    assert facts["his brother | entered illegally | Norway"][0] is True
    assert "his brother | entered | Norway" not in facts


def test_concessive_remark_is_the_authors_own(parser):
    facts = qualified(
        parser(
            "Neither Mr Dorn nor Mr Pike would say whether taxes would fall, although a cut seems unlikely."
        )
    )
    assert facts["a cut | seems | unlikely"][2] is None
    assert all(value[2] is None for value in facts.values())


def test_condition_is_kept_as_an_argument(parser):
    doc = parser("Ms Vance argues that if the tariff is lifted, it could lead to a trade war.")
    triples = triple_strings(doc)
    assert "it | could lead to | a trade war | condition if the tariff is lifted" in triples
    assert any(t.startswith("Ms Vance | argues that | if the tariff is lifted") for t in triples)


def test_passive_with_agent_is_stored_agent_first_with_the_active_lemma(parser):
    triples = list(extract_triples(parser("The guard was killed by rebel fighters.")))
    assert [(t.subject.text, t.relation.lemma, t.object.text) for t in triples] == [
        ("rebel fighters", "kill", "The guard")
    ]


def test_according_to_gives_the_source(parser):
    facts = qualified(parser("Rebels attacked the convoy, according to Amnesty International."))
    assert facts["Rebels | attacked | the convoy"] == (False, None, "Amnesty International")


@pytest.mark.parametrize("adverb", ["reportedly", "allegedly", "purportedly"])
def test_hearsay_adverbs_give_modality(parser, adverb: str):
    facts = qualified(parser(f"The soldiers {adverb} burned the village."))
    assert facts[f"The soldiers | {adverb} burned | the village"][1] == adverb


def test_claimed_content_is_alleged(parser):
    facts = qualified(parser("The opposition claimed that the army shelled the town."))
    assert facts["the army | shelled | the town"][1:] == ("alleged", "The opposition")


def test_denial_with_a_pronoun_subject_keeps_the_denied_fact(parser):
    facts = qualified(parser("Lagonia denied that it armed the militia."))
    assert facts["it | armed | the militia"] == (True, None, "Lagonia")


def test_fixed_expressions_are_no_facts(parser):
    assert triple_strings(parser("Staff were at pains to stress the point.")) == []
    triples = triple_strings(parser("Delegates from ten states took part in the talks."))
    assert triples == ["Delegates from ten states | took part in | the talks"]


def test_object_keeps_its_as_complement(parser):
    assert triple_strings(parser("She described Mr Cole as very talented.")) == [
        "She | described | Mr Cole | as very talented"
    ]


def test_hyphenated_word_is_not_truncated(parser):
    triples = triple_strings(parser("He wants re-election next year."))
    assert triples and all("| re-election" in t for t in triples)


def test_object_of_telling_does_what_the_infinitive_says(parser):
    triples = triple_strings(parser("The judge told her to rest in the hotel."))
    assert not any(t.startswith("The judge | to rest") for t in triples)
    assert "her | to rest in | the hotel" in triples


def test_possessive_between_unnamed_things_is_no_fact(parser):
    triples = triple_strings(parser("The museum's closure surprised the town's residents."))
    assert not any("| has |" in t or "| had |" in t for t in triples)


def test_possessive_with_a_name_is_kept(parser):
    triples = triple_strings(parser("Portugal's coach resigned on Monday."))
    assert "Portugal | had | coach" in triples


# Hand-judged sample 2 (tests/data/gold/precision_triples2_judged.jsonl): its error kinds.


def test_object_keeps_the_infinitive_that_ranks_it(parser):
    # truncation: "Canada would be the second country" lost what it would be the second to do
    triples = triple_strings(parser("Lorenta would be the first nation to ban plastic bags entirely."))
    assert "Lorenta | would be | the first nation to ban plastic bags entirely" in triples


def test_object_keeps_the_infinitive_it_is_asked_to_do(parser):
    # truncation: "a law mandating Catholic priests" lost "to report cases of abuse"
    doc = parser("The council passed a rule requiring landlords to register every flat with the city.")
    assert "a rule | requiring | landlords to register every flat with the city" in triple_strings(doc)


def test_what_an_object_is_asked_to_do_is_not_stated_as_done(parser):
    # modality: "instruct jurors not to play games" -> jurors did not play games, stated as fact
    facts = qualified(parser("The ministers will ask the audit office to review the contracts."))
    _, modality, _ = facts["the audit office | to review | the contracts"]
    assert modality == "ask"


def test_intended_acts_carry_the_intent_verb(parser):
    # modality: "is considering supplying arms" stated as a supply
    facts = qualified(parser("The Pelton Bank is considering selling its shares in the mine."))
    _, modality, _ = facts["The Pelton Bank | is considering selling | its shares"]
    assert modality == "consider"


def test_reciprocal_verb_keeps_both_subjects(parser):
    # truncation: "He and Leterme met on Thursday" -> "He met on Thursday"
    triples = triple_strings(parser("The mayor and Ana Ruiz met on Tuesday evening."))
    assert "The mayor and Ana Ruiz | met on | Tuesday evening" in triples
    assert not any(t.startswith("Ana Ruiz | met") for t in triples)


@pytest.mark.parametrize(
    "sentence",
    [
        "Staff visited the museum in an attempt to calm the donors.",  # "in an attempt": a purpose
        "The goalkeeper saved a penalty on the coach's orders.",  # "on X's orders": no possession
    ],
)
def test_idioms_give_no_argument_or_possession(parser, sentence: str):
    triples = triple_strings(parser(sentence))
    assert not any("attempt" in t.split(" | ")[2] for t in triples if len(t.split(" | ")) > 2)
    assert not any(t.endswith("| orders") for t in triples)


@pytest.mark.parametrize(
    ("sentence", "doubtful"),
    [
        # a list is no apposition: "Police are the ambulance service"
        ("Police, the fire brigade, and a rescue team attended.", "Police | are | the fire brigade"),
        # a time restated is no fact: "1700 UTC is local time"
        ("The riot started at 9 p.m. local time (1800 UTC) on Monday.", "1800 UTC | is | 9 p.m. local time"),
        # a saying is no possession: "Macron has statement"
        ("Tarvo Kell's statement surprised the board.", "Tarvo Kell | had | statement"),
        # a noun inside another's phrase is not placed: "air travel is in Europe"
        ("Officials eased the limits on rail travel in Norland.", "rail travel | is in | Norland"),
        # the patient of a passive used nothing: "the motorcade used a suicide bomb"
        ("The ferry was attacked using rockets.", "The ferry | using | rockets"),
        # a noun completed by an infinitive does nothing: "the chance to defend himself"
        ("The court gave Mr Oduya the chance to defend himself.", "the chance | to defend | himself"),
    ],
)
def test_doubtful_readings_are_no_graph_facts(parser, sentence: str, doubtful: str):
    assert doubtful not in triple_strings(parser(sentence))


def test_doubtful_reading_stays_a_variant_for_open_ie(parser):
    # Open IE benchmarks reward the surface reading, so CaRB output keeps it (below every fact)
    doc = parser("Police, the fire brigade, and a rescue team attended.")
    assert "Police | are | the fire brigade" in triple_strings(doc, variants=True)


def test_hearsay_without_a_source_is_alleged(parser):
    # modality: "It has been reported that Thames Valley Police are launching an investigation"
    facts = qualified(parser("It has been reported that the Varga Group is buying the harbour."))
    assert facts["the Varga Group | is buying | the harbour"] == (False, "alleged", None)


def test_a_clause_the_author_adds_after_a_that_clause_is_unattributed(parser):
    # attribution: "Scientologists have said that ..., and the State Department has criticized Germany"
    doc = parser("The union stated that wages had fallen, and the Trade Office has fined the company.")
    assert qualified(doc)["the Trade Office | has fined | the company"][2] is None


def test_i_think_in_a_quotation_is_the_quoted_speakers_view(parser):
    # attribution: Obama's "I think ..." stated as fact with no source
    facts = qualified(parser('Mara Lind said, "I think the board understands that the deal is dead."'))
    assert facts["the board | understands that | the deal is dead"][2] == "Mara Lind"


def test_words_of_a_quotation_with_no_speaker_found_are_no_graph_fact(parser):
    # attribution: a sentence of a quotation stated as the article's own; with no speaker found it
    # is someone's words, as a claim of nobody named: Open IE output keeps it, the graph does not
    doc = parser('Mayor Ana Ruiz spoke to reporters on Monday. "The vote was a disaster for the town."')
    assert not any(t.startswith("The vote") for t in triple_strings(doc))
    assert "The vote | was | a disaster for the town" in triple_strings(doc, variants=True)
    # the same words with their speaker keep the fact, attributed
    facts = qualified(parser('"The vote was a disaster for the town," Ruiz said.'))
    assert facts["The vote | was | a disaster for the town"][2] == "Ruiz"


def test_a_speaker_after_a_semicolon_reports_nothing_before_it(parser):
    # attribution: "two policemen were arrested ...; prosecutors say ..." -> attributed to prosecutors
    triples = triple_strings(
        parser("Two guards were arrested last week; prosecutors say the pair took the keys.")
    )
    assert not any(t.startswith("prosecutors | say | Two guards") for t in triples)
    assert "prosecutors | say | the pair took the keys" in triples


def test_reported_content_stops_where_the_author_adds_a_clause(parser):
    # truncation the other way: "Scientologists have said that [A, and the State Department ...]"
    doc = parser("The union stated that wages had fallen, and the Trade Office has fined the company.")
    assert "The union | stated that | wages had fallen" in triple_strings(doc)


def test_a_second_that_clause_is_reported_too(parser):
    doc = parser(
        "A spokesman confirmed that two guards had been abducted, and that soldiers were looking for them."
    )
    assert qualified(doc)["soldiers | were looking for | them"][2] == "A spokesman"


def test_a_participle_with_its_own_speaker_is_not_the_outer_speakers(parser):
    # attribution: "the driver told reporters ..., with some local press claiming ..." -> the driver
    doc = parser("The driver told reporters he lost control, with some local press claiming he was speeding.")
    assert qualified(doc)["some local press | claiming | he was speeding"][2] is None


def test_a_word_of_the_title_is_not_its_owner(parser):
    # fragment: "ex-UK Prime Minister Neville Chamberlain" -> "is Minister of Prime"
    triples = triple_strings(parser("The envoy met former Prime Minister Ana Ruiz in Lisbon."))
    assert not any("Minister of | Prime" in t for t in triples)


def test_what_a_group_failed_or_refused_to_do_is_stated_as_the_refusal(nlp):
    # fresh3-12 (issue 18): "the U.S. Supreme Court | declined to hear | a case" was also negated, a
    # double negation; the relation names the refusal, so the fact is stated and its lemma says it
    failed = nlp("The Red Valley Front tried but failed to capture Port Leon.")
    refused = nlp("The Harbor Brigade refused to attack the Red Valley Front.")
    facts = {
        t.relation.lemma: t.negated for doc in (failed, refused) for t in doc._.gb_triples if not t.derived
    }
    assert facts["fail to capture"] is False and facts["refuse to attack"] is False
    assert "capture" not in facts and "attack" not in facts  # no edge says they captured or attacked
    found = qualified(nlp("The board did not fail to release the report."))
    assert found["The board | did not fail to release | the report"][0] is True


def test_a_conjunct_after_no_is_denied_too(nlp):
    # fresh3-12 (issue 18): "has a delegate but no congressional representative or senator" gave
    # "American Samoa | has | senator"
    found = qualified(nlp("The island has a mayor but no governor or senator, so its voice is limited."))
    assert found["The island | has | senator"][0] is True
    assert found["The island | has | a mayor"][0] is False
    found = qualified(nlp("The town has a school, a clinic and hospital."))
    assert found["The town | has | hospital"][0] is False


def test_what_a_study_revealed_is_its_finding(nlp):
    # fresh3-12 (issue 18): "A recent scientific review … has revealed that inadequate social
    # networking … can have negative effects" gave the finding with no source
    found = qualified(nlp("A new survey has revealed that young drivers can face higher insurance costs."))
    assert found["young drivers | can face | higher insurance costs"][2] == "A new survey"


# Fresh dev sample (tests/data/gold/fresh_triples_judged.jsonl): fragments, labels, run-on objects.


def test_an_article_read_as_a_subject_states_nothing(parser):
    assert not [
        t for t in triple_strings(parser("After ten laps, the were four ahead.")) if t.startswith("the |")
    ]


def test_a_colon_label_is_no_apposition(parser):
    triples = triple_strings(parser("A film titled Ana Ruiz: The Long Road drew crowds."))
    assert not [t for t in triples if "| is |" in t and "Ana Ruiz" in t]


def test_reported_content_ends_before_a_joined_clause_with_its_own_subject(parser):
    triples = triple_strings(
        parser(
            "Two hundred people replied they would attend and an extra fifty neighbours expressed interest."
        )
    )
    assert "Two hundred people | replied | they would attend" in triples


def test_reputedly_is_hearsay(parser):
    facts = qualified(parser("The baker was reputedly responsible for the fire."))
    assert any(modality == "reputedly" for _, modality, _ in facts.values())


# "The shops have grown with 300 in Leeds which are run by students", "which" hung on "grown"
RELATIVE_ON_A_VERB = """
The 1 det DET DT the
shops 3 nsubj NOUN NNS shop
have 3 aux AUX VBP have
grown 3 ROOT VERB VBN grow
with 3 prep ADP IN with
300 4 pobj NUM CD 300
which 8 nsubjpass PRON WDT which
are 8 auxpass AUX VBP be
run 3 relcl VERB VBN run
by 8 agent ADP IN by
students 9 pobj NOUN NNS student
. 3 punct PUNCT . .
"""


def test_a_relative_clause_hung_on_a_verb_has_no_subject():
    # the parser hangs "which are …" on a verb: the clause is about no phrase a fact could name
    assert not [t for t in triple_strings(parsed(RELATIVE_ON_A_VERB)) if "| run |" in t]


def test_a_reporting_verb_right_after_its_speaker_is_no_trailing_speaker(parser):
    # "CNN reported X was expected to …": the content follows the speaker; no comma sets it off
    doc = parser("After the vote, the radio reported Ana Ruiz was expected to leave the party.")
    assert not [t for t in triple_strings(doc) if t.startswith("Ana Ruiz | was expected | After")]


def test_a_non_restrictive_relative_clause_is_the_authors_description(parser):
    facts = qualified(
        parser("The mayor claims Bolt the parrot, who correctly named six winners, is a sign of luck.")
    )
    named = [v for k, v in facts.items() if "| correctly named |" in k]
    assert named and named[0][2] is None


def test_a_reporting_verb_outside_a_quotation_is_not_its_content(parser):
    text = "\"A tired Anton spoke today, saying: 'As a robot, I can judge the race,'\" Lucas Fenn wrote."
    facts = qualified(parser(text))
    wrote = [v for k, v in facts.items() if k.startswith("Lucas Fenn | wrote")]
    assert wrote and wrote[0][2] is None


def test_a_clause_joined_by_and_inside_one_quotation_is_still_the_speakers(parser):
    text = (
        '"Inspectors are busy. It is unlawful, and the agency will use its powers to ensure it '
        'protects the buyers," Director Ana Ruiz said.'
    )
    facts = qualified(parser(text))
    protects = [v for k, v in facts.items() if k.startswith("it | protects")]
    assert protects and protects[0][2] == "Director Ana Ruiz"


def test_a_reporting_verb_inside_a_quotation_is_no_trailing_speaker(parser):
    # 'X told ARD "All that we know and can say is …"': "All" is nobody's source
    doc = parser(
        'Ana Ruiz told the radio "All that we know and can say right now is that it was a cruel attack".'
    )
    facts = qualified(doc)
    assert not [k for k in facts if k.startswith("All | can say")]
    assert all(source != "All" for _, _, source in facts.values())


def test_a_clausal_subject_opened_by_a_conjunction_states_nothing(parser):
    # "whether it came before or after the ship began sinking is unclear": no sinking stated
    doc = parser(
        "The navy said a patrol boat had fired at a trawler, although whether the shots came before or "
        "after the trawler began sinking is unclear."
    )
    assert not [t for t in triple_strings(doc) if t.endswith("| is | unclear")]


def test_a_fact_of_no_one_is_not_stated(parser):
    doc = parser("Hundreds gathered at the gates, but no one tried to enter the depot.")
    assert not [t for t in triple_strings(doc) if t.startswith("no one |")]


def test_a_clause_joined_under_if_is_conditional(parser):
    facts = qualified(
        parser(
            'The colonel said: "If we had not stopped them and their training had been complete, '
            'they would have attacked."'
        ),
        variants=True,  # a condition contrary to fact is a reading out of the graph, still conditional
    )
    training = [v for k, v in facts.items() if k.startswith("their training | had been")]
    assert training and training[0][1] == "conditional"


def test_an_amount_restated_in_brackets_is_no_apposition(parser):
    doc = parser("The flood caused 3.1 billion rupees (US$40 million, 37 million) of damage.")
    assert not [t for t in triple_strings(doc) if "| are | 37 million" in t or "| are | US$40 million" in t]


def test_a_caption_label_is_no_apposition(parser):
    assert not [t for t in triple_strings(parser("Ana Ruiz in 2004 (Photo: AFP)")) if "| is | Photo" in t]


def test_a_reporting_verb_with_its_speaker_after_it_lends_no_subject(parser):
    # "The village was worst hit, claimed the press secretary": the village claimed nothing
    doc = parser("The port was worst hit, claimed the spokesman for the regional governor.")
    assert not [t for t in triple_strings(doc) if t.startswith("The port | claimed")]
    # its auxiliaries may stand between the comma and the verb
    doc = parser("Three ferries sank in the storm, has confirmed the coast guard.")
    assert "Three ferries | sank in | the storm" in triple_strings(doc)
    assert not [t for t in triple_strings(doc) if t.startswith("Three ferries | has confirmed")]


def test_a_place_inside_what_is_to_be_done_is_no_fact(parser):
    doc = parser('"Their aim was to launch attacks in Mombasa against tourists," the police chief said.')
    assert not [t for t in triple_strings(doc) if t.startswith("attacks | are in")]


def test_the_place_of_an_occasion_that_would_only_be_held_is_no_fact(parser):
    # fresh14 (issue 18): "he would then face trial in the Senate" gave "trial | is in | the Senate"
    doc = parser("If the council approves the plan, the mayor would face a hearing in the Senate.")
    assert not [t for t in triple_strings(doc) if t.startswith("a hearing | is in")]
    doc = parser("The mayor faced a hearing in the Senate on Monday.")
    assert [t for t in triple_strings(doc) if t.startswith("a hearing | is in")]


# "she can no longer be protected ." with "no" hung on "longer"
NO_LONGER = """
she 5 nsubjpass PRON PRP she
can 5 aux AUX MD can
no 3 advmod ADV RB no
longer 5 advmod ADV RBR long
be 5 auxpass AUX VB be
protected 5 ROOT VERB VBN protect
. 5 punct PUNCT . .
"""


def test_no_longer_negates():
    from graphbuild.extract.qualifiers import is_negated
    from graphbuild.lexicons import load_lexicons

    assert is_negated(parsed(NO_LONGER)[5], load_lexicons())


def test_a_negated_existential_drops_no_from_its_subject(parser):
    facts = qualified(parser("An inspector reported that there was no gas pipe in the cellar."))
    assert any(k.startswith("gas pipe | was in") and v[0] for k, v in facts.items())


def test_content_opened_by_although_is_not_reported(parser):
    doc = parser(
        "The agency said that a tanker had hit a reef, although whether the crew had left before or "
        "after the tanker began leaking is unclear."
    )
    assert not [t for t in triple_strings(doc) if t.startswith("The agency | said | whether")]


def test_in_part_is_no_argument(parser):
    doc = parser("The scheme was exposed in part due to a raid near the port.")
    assert not [t for t in triple_strings(doc) if "| part" in t]


# "“The chief could tackle the issues”, spokesperson Ana Ruiz said." parsed with "said" hung on
# "spokesperson" as a relative clause: the reporting verb is not joined to the quotation
QUOTE_THEN_SPEAKER = """
“ 4 punct PUNCT `` “
The 2 det DET DT the
chief 4 nsubj NOUN NN chief
could 4 aux AUX MD could
tackle 4 ROOT VERB VB tackle
the 6 det DET DT the
issues 4 dobj NOUN NNS issue
” 4 punct PUNCT '' ”
, 4 punct PUNCT , ,
spokesperson 4 appos NOUN NN spokesperson
Ana 11 compound PROPN NNP Ana
Ruiz 12 nsubj PROPN NNP Ruiz
said 9 relcl VERB VBD say
. 4 punct PUNCT . .
"""


def test_a_quotation_is_its_trailing_speakers_when_the_parse_does_not_join_them():
    from graphbuild.extract.attribution import attribution_of
    from graphbuild.lexicons import load_lexicons

    doc = parsed(QUOTE_THEN_SPEAKER)
    source = attribution_of(doc[4], load_lexicons())
    assert source is not None and doc[source[0] : source[1]].text == "Ana Ruiz"


# "Around 0610 GMT armed guards returned fire ." with "GMT" parsed into the subject
ZONE_IN_SUBJECT = """
Around 5 prep ADP IN around
0610 0 pobj NUM CD 0610
GMT 4 nmod PROPN NNP GMT
armed 4 amod VERB VBN arm
guards 5 nsubj NOUN NNS guard
returned 5 ROOT VERB VBD return
fire 5 dobj NOUN NN fire
. 5 punct PUNCT . .
"""


def test_a_time_zone_after_a_clock_time_is_no_word_of_the_subject():
    assert [
        t for t in triple_strings(parsed(ZONE_IN_SUBJECT)) if t.startswith("armed guards | returned | fire")
    ]


def test_the_means_a_subject_uses_does_not_do_the_purpose(parser):
    doc = parser("The police will use their full powers to crack down on fraud.")
    by_text = {f"{t.subject.text} | {t.relation.text} | {t.object.text}": t for t in extract_triples(doc)}
    assert "their full powers | to crack down on | fraud" not in by_text
    assert by_text["The police | to crack down on | fraud"].modality == "intended"
    told = triple_strings(parser("The judge told the clerk to close the file."))
    assert "the clerk | to close | the file" in told  # a person object still does what is asked


def test_a_singular_relative_after_a_plural_list_is_about_the_clause(parser):
    doc = parser(
        "Tickets cost up to $90 through kiosks, vendors and independent shops, which is clearly unfair."
    )
    assert not any(t.endswith("| is | unfair") for t in triple_strings(doc))
    assert "the bridge | is | unsafe" in triple_strings(
        parser("Officials closed the bridge, which is unsafe.")
    )


def test_a_gerund_subject_lends_its_object_no_act(parser):
    doc = parser("Burning all the village granaries would have ended the siege, he said.")
    assert not any(t.startswith("all the village granaries |") for t in triple_strings(doc))


def test_a_trailing_passive_participle_is_about_the_object_not_the_subject(parser):
    doc = parser(
        "The mayor, reportedly committed to holding a referendum, expected to take place in March, spoke."
    )
    triples = triple_strings(doc)
    assert "The mayor | reportedly committed to | holding a referendum" in triples
    assert not any(t.startswith("The mayor | was expected") for t in triples)


def test_an_object_that_is_a_lone_article_states_nothing():
    # "had succeeded the also resigned X": the article read as the object
    doc = parsed("""
        She 2 nsubj PRON PRP she
        had 2 aux AUX VBD have
        succeeded 2 ROOT VERB VBN succeed
        the 2 dobj PRON DT the
        former 5 amod ADJ JJ former
        mayor 2 dobj NOUN NN mayor
        . 2 punct PUNCT . .
    """)
    assert "She | had succeeded | the" not in triple_strings(doc)
    assert "She | had succeeded | the" in triple_strings(doc, variants=True)  # kept for Open IE benchmarks


def test_a_noun_phrase_owned_by_the_speaker_is_no_fact():
    # "our home in Lyon": whose home depends on who speaks; the graph cannot hold it
    from .parsed import parsed

    doc = parsed("""
        Ed 1 nsubj PROPN NNP Ed B-PERSON
        misses 1 ROOT VERB VBZ miss
        our 3 poss PRON PRP$ our
        home 1 dobj NOUN NN home
        in 3 prep ADP IN in
        Lyon 4 pobj PROPN NNP Lyon B-GPE
        . 1 punct PUNCT . .
    """)
    triples = triple_strings(doc)
    assert "Ed | misses | our home in Lyon" in triples
    assert not any(t.startswith("our home | is in") for t in triples)
    assert "our home | is in | Lyon" in triple_strings(doc, variants=True)  # a variant for Open IE


def test_one_member_of_an_either_or_coordination_is_no_fact(parser):
    # "either X or Y" asserts neither alternative on its own
    doc = parser("The committee will either approve the plan or reject it.")
    triples = triple_strings(doc)
    assert "The committee | will approve | the plan" not in triples
    assert not any(t.startswith("The committee | reject") for t in triples)
    assert "The committee | will approve | the plan" in triple_strings(doc, variants=True)


def test_a_clause_paired_respectively_is_no_fact_of_the_graph(parser):
    # fresh24: "the fourth and fifth bombs exploded on a pavement close to the hotel and near a
    # bank, respectively" put both bombs in both places
    doc = parser("The two bombs exploded near a school and near a bank, respectively.")
    assert not any(t.startswith("The two bombs | exploded") for t in triple_strings(doc))
    doc = parser("Smith and Jones won the first and second races respectively.")
    assert not any(" | won | " in t for t in triple_strings(doc))
    assert "Smith | won | the first and second races" in triple_strings(doc, variants=True)


def test_a_reporting_verb_keeps_its_content_beside_respectively(parser):
    doc = parser("The shops and offices are open on Saturday and Sunday, respectively, the mayor said.")
    assert any(t.startswith("the mayor | said | ") for t in triple_strings(doc))


def test_one_piece_of_a_hyphenated_either_or_is_no_fact(parser):
    doc = parser("Every member of the council is either re-elected or replaced at each election.")
    triples = triple_strings(doc)
    assert "Every member of the council | is | re-elected" not in triples


def test_a_possessive_superlative_is_no_possession():
    # "Norway's largest firm": Norway is where the ranking holds, not an owner
    doc = parsed("""
        Norway 3 poss PROPN NNP Norway B-GPE
        's 0 case PART POS 's
        largest 3 amod ADJ JJS large
        firm 4 nsubj NOUN NN firm
        grew 4 ROOT VERB VBD grow
        . 4 punct PUNCT . .
    """)
    assert "Norway | had | largest firm" not in triple_strings(doc)
    assert "Norway | had | largest firm" in triple_strings(doc, variants=True)


def test_a_relation_of_a_bare_clitic_letter_is_no_fact():
    # "thats" written without its apostrophe: the "s" read as the verb
    doc = parsed("""
        The 1 det DET DT the
        six 6 nsubj NOUN NN six
        that 3 nsubj PRON WDT that
        s 1 relcl VERB VBZ s
        missing 3 acomp VERB VBG miss
        , 6 punct PUNCT , ,
        Ed 6 nsubj PROPN NNP Ed B-PERSON
        said 6 ROOT VERB VBD say
        . 6 punct PUNCT . .
    """)
    assert not any(t.startswith("The six | s") for t in triple_strings(doc))


def test_the_main_clause_of_a_condition_is_supposed(nlp):
    # fresh3-12 (issue 18): "If this low-hurdle standard is adopted, companies will be able to
    # evergreen their patents" stated the evergreening as plain
    found = qualified(nlp("If the rule is adopted, firms will be able to extend their patents."))
    assert found["firms | will be able to extend | their patents"][1] == "conditional"
    # a condition on the verb itself is its argument, which says so already: only the future is left
    doc = nlp("Unless the talks succeed, the union will strike on Monday.")
    assert qualified(doc)["the union | will strike on | Monday"][1] == "will"
    assert "the union | will strike on | Monday | condition Unless the talks succeed" in triple_strings(doc)
    # "even if": the main clause holds whatever happens
    found = qualified(nlp("Even if the rule is adopted, firms will extend their patents."))
    assert found["firms | will extend | their patents"][1] == "will"


def test_a_verb_coordinated_after_a_passive_shares_its_passive(parser):
    # blind sheet fresh16: "another doctor had been approached by X and asked to sell" read as the
    # doctor asking; "was arrested and charged with fraud" as the minister charging someone
    triples = triple_strings(parser("The minister was arrested on Monday and charged with fraud."))
    assert "The minister | was charged with | fraud" in triples
    triples = triple_strings(parser("The man was detained by police and questioned for hours."))
    assert "The man | was questioned for | hours" in triples
    # a verb with no passive, or one with its own object, goes on in the active
    assert any(
        t.startswith("The guard | died in")
        for t in triple_strings(parser("The guard was shot and died in hospital."))
    )
    assert "The rebels | attacked | the convoy" in triple_strings(
        parser("The rebels were surrounded and attacked the convoy.")
    )
    held = triple_strings(parser("The trial was held in Vel and was one of three trials that year."))
    assert not any("was was" in t for t in held)


def test_reported_content_the_parser_joins_by_nothing_is_one_clause(parser):
    # blind sheet fresh16: "This comes after protesters had gathered ..., The Guardian reported" gave
    # "The Guardian | reported | This comes after" (joined by "and", the second clause may be the
    # author's: see "replied they would attend and ..." above)
    doc = parser(
        "This comes after about a thousand protesters had gathered outside the court on Monday, "
        "the Daily Courier reported."
    )
    assert (
        "the Daily Courier | reported | This comes after about a thousand protesters had gathered "
        "outside the court on Monday" in triple_strings(doc)
    )


def test_a_past_verb_with_its_own_subject_after_a_mark_is_active(parser):
    # blind sheet fresh16: "after Turkish forces invaded after a coup" gave "forces | was invaded after"
    doc = parser("The island has been divided since 1974, after Turkish forces invaded after a coup.")
    assert "Turkish forces | invaded after | a coup" in triple_strings(doc)


def test_not_just_or_not_only_negates_nothing(parser):
    # blind sheet fresh16: "censorship is not just on Baidupedia" gave "censorship | is not on | X"
    facts = qualified(
        parser("The censorship is not just on the Varna site but on every site in the country.")
    )
    assert not any(negated for negated, _, _ in facts.values())
    facts = qualified(parser("The censorship is not on the Varna site."))
    assert any(negated for negated, _, _ in facts.values())


def test_alternatives_joined_by_or_stay_one_object(parser):
    triples = triple_strings(parser("Most visitors to the island wear a hat or a scarf in the summer."))
    assert "Most visitors to the island | wear | a hat or a scarf | in the summer" in triples
    assert not any(t.startswith("Most visitors to the island | wear | a scarf") for t in triples)


def test_a_denied_or_still_denies_each_alternative(parser):
    triples = triple_strings(parser("The club did not sell its stadium or its training ground."))
    assert "The club | did not sell | its training ground" in triples


def test_the_complement_after_the_last_alternative_belongs_to_the_whole_or(parser):
    triples = triple_strings(parser("The paint can take two days or three days to dry."))
    assert "The paint | can take | two days or three days to dry" in triples


def test_grinding_to_a_halt_is_one_predicate_not_a_relation_to_a_halt(parser):
    triples = triple_strings(parser("The strike caused the city's trains to grind to a halt."))
    assert not any(t.endswith("| a halt") for t in triples)


def test_in_progress_says_a_state_not_a_place(parser):
    triples = triple_strings(parser("To cut costs there is a program in progress to close small schools."))
    assert not any("| progress" in t for t in triples)


def test_a_bare_infinitive_with_no_modality_is_no_fact_of_the_graph(parser):
    # a purpose infinitive hung on the noun before it: the hospital treated nothing
    doc = parser("The boy was airlifted to a hospital to treat serious burns on his arms.")
    assert "The boy | was airlifted to | a hospital" in triple_strings(doc)
    assert not any(" | to treat" in t for t in triple_strings(doc))
    # the complement of "caused": the trains stopping is the cause's object, not a fact of its own
    doc = parser("The heavy snow caused the trains to stop at Dover.")
    assert not any(t.startswith("the trains | to stop") for t in triple_strings(doc))
    assert "the trains | to stop at | Dover" in triple_strings(doc, variants=True)


def test_an_infinitive_framed_by_a_plan_keeps_its_modality(parser):
    doc = parser("The city plans to use an empty school to house flood victims.")
    assert "The city | to house | flood victims" in triple_strings(doc)


def test_the_infinitive_of_a_ranked_noun_stays_a_fact(parser):
    from graphbuild.extract.facts import Fact
    from graphbuild.extract.triples import _bare_infinitive

    # "the first woman to win": the win happened, so the infinitive is no mere purpose
    doc = parser("Anna Berg became the first woman to win the Oslo marathon.")
    to = next(t.i for t in doc if t.lower_ == "to")
    fact = Fact(subject=(0, 2), relation=(to, to + 1), object=(to + 2, len(doc) - 1))
    assert not _bare_infinitive(fact, doc)
    doc = parser("The heavy snow caused the trains to stop at Dover.")
    to = next(t.i for t in doc if t.lower_ == "to")
    fact = Fact(subject=(to - 2, to), relation=(to, to + 1, to + 2), object=(to + 3, len(doc) - 1))
    assert _bare_infinitive(fact, doc)


def test_an_object_clause_that_lost_its_subject_is_no_fact(parser):
    # the subject of "was found" is the knife, moved out of the clause: "officers say was found" says nothing
    doc = parser("A knife officers say was found in the garden has been sent for tests.")
    assert not any(" | say | was found" in t for t in triple_strings(doc))
    assert any(" | say | was found" in t for t in triple_strings(doc, variants=True))


def test_a_quoted_question_keeps_its_inverted_subject(parser):
    from graphbuild.extract.triples import _subjectless_clause

    doc = parser('The judge asked "Do you regret the crash?"')
    assert not _subjectless_clause(next(t for t in doc if t.text == "Do"))
