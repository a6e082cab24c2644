"""Mending the misparse where a reported clause's subject is read as the reporting verb's object."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_triples
from graphbuild.extract.hyphened_particles import mend_hyphened_particles
from graphbuild.extract.misparses import (
    mend_ages,
    mend_disagreeing_conjuncts,
    mend_fronted_times,
    mend_medium_content,
    mend_misparses,
    mend_name_particles,
    mend_object_predicatives,
    mend_place_modifiers,
    mend_reported_subjects,
    mend_trailing_speakers,
    mend_unjoined_content,
)
from graphbuild.lexicons import load_lexicons

from .parsed import parsed, qualified, triple_strings


def test_the_object_before_a_subjectless_finite_clause_becomes_its_subject():
    # "Police confirmed two men were arrested ." parsed with "men" as the object of "confirmed"
    doc = parsed("""
        Police 1 nsubj PROPN NNP police
        confirmed 1 ROOT VERB VBD confirm
        two 3 nummod NUM CD two
        men 1 dobj NOUN NNS man
        were 5 auxpass AUX VBD be
        arrested 1 conj VERB VBN arrest
        . 1 punct PUNCT . .
    """)
    assert mend_reported_subjects(doc, load_lexicons()) == 1
    assert (doc[3].dep_, doc[3].head.i) == ("nsubjpass", 5)
    assert (doc[5].dep_, doc[5].head.i) == ("ccomp", 1)


def test_a_clause_joined_by_and_keeps_its_parse():
    # "Police arrested two men and were praised ." : a second act of the police, not content
    doc = parsed("""
        Police 1 nsubj PROPN NNP police
        arrested 1 ROOT VERB VBD arrest
        two 3 nummod NUM CD two
        men 1 dobj NOUN NNS man
        and 1 cc CCONJ CC and
        were 6 auxpass AUX VBD be
        praised 1 conj VERB VBN praise
        . 1 punct PUNCT . .
    """)
    assert mend_reported_subjects(doc, load_lexicons()) == 0
    assert doc[3].dep_ == "dobj"


@pytest.mark.model
def test_what_was_confirmed_is_the_whole_clause_and_its_fact_is_reported(nlp):
    # fresh10 (issue 18): "X confirmed two people, aged 15 and 18, were detained" gave
    # "X | confirmed | two people"
    found = qualified(
        nlp("Inspector Dana Voss confirmed two people, aged 15 and 18, were detained in the area.")
    )
    assert "Inspector Dana Voss | confirmed | two people" not in found
    assert found["two people | were detained in | the area"][2] == "Inspector Dana Voss"


@pytest.mark.model
def test_a_clause_hung_on_a_reporting_verb_with_nothing_to_join_them_is_its_content(nlp):
    # fresh6 (issue 18): "The fire service indicated on Twitter the baby girl was critically ill"
    # parsed "was" as a conjunct of "indicated" and stated the girl's state as the author's
    found = qualified(nlp("The fire service indicated on Twitter the baby girl was critically ill."))
    assert found["the baby girl | was | critically ill"][2] == "The fire service"
    # a clause joined by "and" is the author's own
    found = qualified(nlp("The fire service left at noon and the baby girl was taken to hospital."))
    assert found["the baby girl | was taken to | hospital"][2] is None


def test_a_clause_with_its_own_subject_hung_on_a_reporting_verb_by_nothing_is_its_content():
    # "Police said Monday the men fled ." parsed with "fled" as a conjunct of "said"
    doc = parsed("""
        Police 1 nsubj PROPN NNP police
        said 1 ROOT VERB VBD say
        Monday 1 npadvmod PROPN NNP Monday
        the 4 det DET DT the
        men 5 nsubj NOUN NNS man
        fled 1 conj VERB VBD flee
        . 1 punct PUNCT . .
    """)
    assert mend_unjoined_content(doc, load_lexicons()) == 1
    assert doc[5].dep_ == "ccomp"


def test_a_subjectless_reporting_verb_after_its_content_takes_the_listed_phrase_before_it():
    # "X was arrested in Lyon , France , the ministry said ." parsed with "ministry" a conjunct of
    # the places and "said" without a subject
    doc = parsed("""
        Ruiz 2 nsubjpass PROPN NNP Ruiz
        was 2 auxpass AUX VBD be
        arrested 10 ccomp VERB VBN arrest
        in 2 prep ADP IN in
        Lyon 3 pobj PROPN NNP Lyon
        , 4 punct PUNCT , ,
        France 4 conj PROPN NNP France
        , 6 punct PUNCT , ,
        the 9 det DET DT the
        ministry 6 conj NOUN NN ministry
        said 10 ROOT VERB VBD say
        . 10 punct PUNCT . .
    """)
    assert mend_trailing_speakers(doc, load_lexicons()) == 1
    assert (doc[9].dep_, doc[9].head.i) == ("nsubj", 10)
    assert {k: v[2] for k, v in qualified(doc).items()}.get(
        "Ruiz | was arrested in | Lyon , France"
    ) == "the ministry"


def test_an_adjective_after_a_named_object_is_what_it_is_called():
    # fresh10 (issue 18): 'X called May's deal "lousy"' gave "May | had | proposed deal "lousy""
    doc = parsed("""
        Ruiz 1 nsubj PROPN NNP Ruiz
        called 1 ROOT VERB VBD call
        the 3 det DET DT the
        plan 1 dobj NOUN NN plan
        reckless 3 amod ADJ JJ reckless
        . 1 punct PUNCT . .
    """)
    assert mend_object_predicatives(doc, load_lexicons()) == 1
    assert (doc[4].dep_, doc[4].head.i) == ("oprd", 1)
    assert "Ruiz | called | the plan" in qualified(doc)


def test_a_town_and_state_before_a_noun_modify_it():
    # fresh (issue 18): "a gunman entered a Carthage, North Carolina nursing home" gave "a gunman |
    # entered | a Carthage": the town after "a" was read as the object, the home hung on the verb
    doc = parsed("""
        Gunmen 1 nsubj NOUN NNS gunman
        entered 1 ROOT VERB VBD enter
        a 3 det DET DT a
        Dayton 1 dobj NOUN NN dayton
        , 3 punct PUNCT , ,
        Ohio 7 compound PROPN NNP Ohio B-GPE
        nursing 7 compound NOUN NN nursing
        home 1 npadvmod NOUN NN home
        . 1 punct PUNCT . .
    """)
    assert mend_place_modifiers(doc) == 1
    assert (doc[7].dep_, doc[7].head.i) == ("dobj", 1)
    assert (doc[3].dep_, doc[3].head.i) == ("nmod", 7)
    assert doc[2].head.i == 7
    assert "Gunmen | entered | a Dayton , Ohio nursing home" in qualified(doc)


def test_a_named_place_after_the_article_keeps_its_parse():
    # "visited a Paris museum": no comma and state after the town
    doc = parsed("""
        Tourists 1 nsubj NOUN NNS tourist
        visited 1 ROOT VERB VBD visit
        a 4 det DET DT a
        Paris 4 compound PROPN NNP Paris B-GPE
        museum 1 dobj NOUN NN museum
        . 1 punct PUNCT . .
    """)
    assert mend_place_modifiers(doc) == 0


def test_a_plural_conjunct_hung_on_a_singular_content_clause_goes_on_with_the_reporting_clause():
    # fresh (issue 18): "police are stressing that the investigation is ongoing and are continuing
    # to advise ..." made the investigation advise, and the police stress the whole rest
    doc = parsed("""
        Police 2 nsubj NOUN NNS police
        are 2 aux AUX VBP be
        stressing 2 ROOT VERB VBG stress
        that 6 mark SCONJ IN that
        the 5 det DET DT the
        inquiry 6 nsubj NOUN NN inquiry
        is 2 ccomp AUX VBZ be
        ongoing 6 acomp ADJ JJ ongoing
        and 6 cc CCONJ CC and
        are 10 aux AUX VBP be
        urging 6 conj VERB VBG urge
        calm 10 dobj NOUN NN calm
        . 2 punct PUNCT . .
    """)
    assert mend_disagreeing_conjuncts(doc) == 1
    assert doc[10].head.i == 2 and doc[8].head.i == 2
    assert "Police | are urging | calm" in qualified(doc)


def test_a_conjunct_that_agrees_with_its_content_clause_keeps_its_parse():
    # "police say the men are armed and are hiding": both clauses are the men's
    doc = parsed("""
        Police 1 nsubj NOUN NNS police
        say 1 ROOT VERB VBP say
        the 3 det DET DT the
        men 4 nsubj NOUN NNS man
        are 1 ccomp AUX VBP be
        armed 4 acomp ADJ JJ armed
        and 4 cc CCONJ CC and
        are 8 aux AUX VBP be
        hiding 4 conj VERB VBG hide
        . 1 punct PUNCT . .
    """)
    assert mend_disagreeing_conjuncts(doc) == 0


def test_a_fronted_time_hung_on_the_next_name_is_the_object_of_its_preposition():
    # fresh14 (issue 18): "On Friday Ford announced the Department was investigating ..." lost the
    # report, so the content went without its source: "Friday" was a compound of the name
    doc = parsed("""
        On 4 prep ADP IN on
        Friday 3 compound PROPN NNP Friday B-DATE
        Velmar 3 compound PROPN NNP Velmar B-ORG
        Motors 4 nsubj PROPN NNPS Motors I-ORG
        announced 4 ROOT VERB VBD announce
        losses 4 dobj NOUN NNS loss
        . 4 punct PUNCT . .
    """)
    assert mend_fronted_times(doc) == 1
    assert (doc[1].dep_, doc[1].head.i) == ("pobj", 0)
    assert "Velmar Motors | announced | losses" in qualified(doc)


def test_a_fronted_preposition_that_took_time_and_name_keeps_the_time_and_the_verb_its_subject():
    # "On [Friday Velmar Motors] announced losses": the name is the subject of the verb after it
    doc = parsed("""
        On 4 prep ADP IN on
        Friday 3 compound PROPN NNP Friday B-DATE
        Velmar 3 compound PROPN NNP Velmar B-ORG
        Motors 0 pobj PROPN NNPS Motors I-ORG
        announced 4 ROOT VERB VBD announce
        losses 4 dobj NOUN NNS loss
        . 4 punct PUNCT . .
    """)
    assert mend_fronted_times(doc) == 1
    assert (doc[1].dep_, doc[1].head.i) == ("pobj", 0)
    assert (doc[3].dep_, doc[3].head.i) == ("nsubj", 4)
    assert "Velmar Motors | announced | losses" in qualified(doc)


def test_a_time_inside_a_phrase_keeps_its_parse():
    # "the Friday prayers": no objectless preposition before the time
    doc = parsed("""
        Crowds 1 nsubj NOUN NNS crowd
        left 1 ROOT VERB VBD leave
        after 1 prep ADP IN after
        Friday 4 compound PROPN NNP Friday B-DATE
        prayers 2 pobj NOUN NNS prayer
        . 1 punct PUNCT . .
    """)
    assert mend_fronted_times(doc) == 0


@pytest.fixture(scope="module")
def parser():
    from graphbuild.nlp import load_parser

    return load_parser()


@pytest.mark.model
def test_the_number_after_aged_is_the_age_it_gives(parser):
    # blind sheet fresh16: "X has died aged 89" gave the object "aged" and a bare argument "89"
    doc = parser("The singer Ana Ruiz has died aged 89.")
    assert mend_ages(doc) == 1
    assert doc[7].head.text == "aged"
    died = [t for t in extract_triples(doc) if t.relation.text == "has died"]
    assert [(t.object.text, t.arguments) for t in died] == [("aged 89", ())]


@pytest.mark.model
def test_a_particle_inside_a_person_s_name_is_a_word_of_the_name(parser):
    # blind sheet fresh16: "José Eduardo dos Santos fired the board" read "dos" as a verb ("does"),
    # gave "José Eduardo | dos | Santos fired ..." and two people; "Isabel dos Santos" three appositions
    doc = parser("José Eduardo dos Santos fired the entire board in June.")
    assert mend_name_particles(doc) == 1
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["José Eduardo dos Santos"]
    assert next((t.subject.text, t.relation.text) for t in extract_triples(doc)) == (
        "José Eduardo dos Santos",
        "fired",
    )
    doc = parser("His daughter Isabel dos Santos was named chair.")
    mend_name_particles(doc)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Isabel dos Santos"]
    assert not any(t.subject.text == "Isabel" for t in extract_triples(doc))


@pytest.mark.model
def test_a_run_of_particles_inside_a_person_s_name_is_words_of_the_name(parser):
    # blind sheet fresh18: "Joran van der Sloot" gave "Joran van der | have | Sloot" and two nodes
    doc = parser("The court decided that Pieter van der Sloot will not be arrested again.")
    mend_name_particles(doc)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Pieter van der Sloot"]
    doc = parser("Police said Ursula von der Leyen arrived on Monday.")
    mend_name_particles(doc)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Ursula von der Leyen"]


@pytest.mark.model
def test_a_bantu_wa_inside_a_person_s_name_is_a_word_of_the_name(parser):
    # "Bingu wa Mutharika" gave a person "Bingu" and a body "Mutharika": "wa" ("of") joins one name
    doc = parser("Former minister Kamau wa Ngugi arrived in Nairobi on Monday.")
    mend_name_particles(doc)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Kamau wa Ngugi"]


@pytest.mark.model
def test_an_upper_case_wa_is_no_name_particle(parser):
    # "WA" is Western Australia's abbreviation, written in capitals: no particle of a name
    doc = parser("Police in Perth, WA Smith said the man fled.")
    before = [e.text for e in doc.ents]
    assert mend_name_particles(doc) == 0
    assert [e.text for e in doc.ents] == before


def test_a_that_clause_on_the_medium_of_saying_is_what_was_said():
    # "The group announced in a message that it would disband ." with the clause hung on "message"
    doc = parsed("""
        The 1 det DET DT the
        group 2 nsubj NOUN NN group
        announced 2 ROOT VERB VBD announce
        in 2 prep ADP IN in
        a 5 det DET DT a
        message 3 pobj NOUN NN message
        that 9 mark SCONJ IN that
        it 9 nsubj PRON PRP it
        would 9 aux AUX MD would
        disband 5 acl VERB VB disband
        . 2 punct PUNCT . .
    """)
    assert mend_medium_content(doc, load_lexicons()) == 1
    assert (doc[9].dep_, doc[9].head.i) == ("ccomp", 2)
    assert qualified(doc)["The group | announced that | it would disband"] == (False, None, None)


def test_a_that_clause_on_a_claim_or_a_relative_clause_stays_on_its_noun():
    # "… spoke in reply to claims that the army had left": the claim's content, not the speech's
    doc = parsed("""
        She 1 nsubj PRON PRP she
        said 1 ROOT VERB VBD say
        in 1 prep ADP IN in
        reply 2 pobj NOUN NN reply
        to 3 prep ADP IN to
        claims 4 pobj NOUN NNS claim
        that 10 mark SCONJ IN that
        the 8 det DET DT the
        army 10 nsubj NOUN NN army
        had 10 aux AUX VBD have
        left 5 acl VERB VBN leave
        . 1 punct PUNCT . .
    """)
    assert mend_medium_content(doc, load_lexicons()) == 0
    # "said in a letter that he wrote …": "that" is the relative clause's object, no conjunction
    doc = parsed("""
        He 1 nsubj PRON PRP he
        said 1 ROOT VERB VBD say
        in 1 prep ADP IN in
        a 4 det DET DT a
        letter 2 pobj NOUN NN letter
        that 7 dobj PRON WDT that
        he 7 nsubj PRON PRP he
        wrote 4 relcl VERB VBD write
        . 1 punct PUNCT . .
    """)
    assert mend_medium_content(doc, load_lexicons()) == 0


@pytest.mark.model
def test_what_a_statement_denied_is_denied_by_whoever_issued_it(nlp):
    text = "The rebels denied in a statement on their website that they had attacked the convoy."
    found = qualified(nlp(text))
    assert found["they | had attacked | the convoy"] == (True, None, "The rebels")


def test_a_that_clause_on_a_noun_of_no_medium_stays_its_content():
    # "The verdict adds to the consensus that the ban is unjust .": the consensus holds the clause
    doc = parsed("""
        The 1 det DET DT the
        verdict 2 nsubj NOUN NN verdict
        adds 2 ROOT VERB VBZ add
        to 2 prep ADP IN to
        the 5 det DET DT the
        consensus 3 pobj NOUN NN consensus
        that 10 mark SCONJ IN that
        the 8 det DET DT the
        ban 10 nsubj NOUN NN ban
        is 10 cop AUX VBZ be
        unjust 5 acl ADJ JJ unjust
        . 2 punct PUNCT . .
    """)
    assert mend_medium_content(doc, load_lexicons()) == 0


def test_a_that_clause_on_a_name_is_what_was_said():
    # "The coach said on Twitter that the striker would leave .": a name holds no content
    doc = parsed("""
        The 1 det DET DT the
        coach 2 nsubj NOUN NN coach
        said 2 ROOT VERB VBD say
        on 2 prep ADP IN on
        Twitter 3 pobj PROPN NNP Twitter
        that 9 mark SCONJ IN that
        the 7 det DET DT the
        striker 9 nsubj NOUN NN striker
        would 9 aux AUX MD would
        leave 4 acl VERB VB leave
        . 2 punct PUNCT . .
    """)
    assert mend_medium_content(doc, load_lexicons()) == 1
    assert (doc[9].dep_, doc[9].head.i) == ("ccomp", 2)


@pytest.mark.model
def test_a_hyphened_particle_continues_a_name_and_states_no_fact(parser):
    # blind sheets fresh14, fresh37: "Abd al-Rahim al-Nashiri" gave "Abd al-Rahim | is | al-Nashiri"
    doc = parser("He said the men are Sami Aziz, and Abd al-Rahim al-Nashiri - who led the raid.")
    mend_misparses(doc, load_lexicons())
    name = next(t for t in doc if t.text == "Nashiri")
    assert [doc[name.i - 2].head, doc[name.i - 1].head] == [name, name]
    facts = [(t.subject.text, t.relation.text) for t in extract_triples(doc)]
    assert ("Abd al-Rahim", "is") not in facts
    assert ("Abd al-Rahim al-Nashiri", "led") in facts


@pytest.mark.model
def test_a_name_parsed_whole_over_its_particle_is_left_as_it_is(parser):
    doc = parser("Police arrested Youssef el-Masri at the border.")
    assert mend_hyphened_particles(doc) == 0
    doc = parser("Analysts said the rebel group al-Shabaab might be behind it.")
    assert mend_hyphened_particles(doc) == 0  # a common noun before the particle: no name runs on


def test_a_name_s_last_word_after_its_particle_is_no_apposition_of_the_word_before():
    # blind sheet fresh37: "Sultan Hashim al-Taie" parsed with "Taie" an apposition of "Hashim"
    # gave "Sultan Hashim | is | al-Taie"
    doc = parsed("""
        Guards 1 nsubj NOUN NNS guard
        moved 1 ROOT VERB VBD move
        the 3 det DET DT the
        prisoners 1 dobj NOUN NNS prisoner
        , 3 punct PUNCT , ,
        including 3 prep VERB VBG include
        Karim 7 compound PROPN NNP Karim B-PERSON
        Yusuf 5 pobj PROPN NNP Yusuf I-PERSON
        al+ 10 compound PROPN NNP al I-PERSON
        -+ 10 punct PUNCT HYPH - I-PERSON
        Hadi 7 appos PROPN NNP Hadi I-PERSON
        . 1 punct PUNCT . .
    """)
    assert triple_strings(doc).count("Karim Yusuf | is | al-Hadi") == 1
    assert mend_hyphened_particles(doc) == 1
    assert (doc[10].head.i, doc[10].dep_, doc[7].head.i) == (5, "pobj", 10)
    assert not any(" is " in t for t in triple_strings(doc))
