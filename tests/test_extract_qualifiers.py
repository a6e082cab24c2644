"""Negation, modality and attribution are fields of a triple, never reasons to drop it."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphbuild.extract import extract_triples
from graphbuild.lemmas import VERB_TABLE

from .parsed import parsed, qualified


def test_negation_not_on_the_verb():
    doc = parsed("""
        Facebook 3 nsubj PROPN NNP Facebook
        did 3 aux AUX VBD do
        not 3 neg PART RB not
        censor 3 ROOT VERB VB censor
        the 5 det DET DT the
        story 3 dobj NOUN NN story
        but 3 cc CCONJ CC but
        limited 3 conj VERB VBD limit
        its 9 poss PRON PRP$ its
        spread 7 dobj NOUN NN spread
        . 3 punct PUNCT . .
    """)
    assert qualified(doc) == {
        "Facebook | did not censor | the story": (True, None, None),
        "Facebook | limited | its spread": (False, None, None),  # "but" ends the negation's reach
    }


def test_negation_no_on_the_object():
    doc = parsed("""
        Officials 1 nsubj NOUN NNS official
        found 1 ROOT VERB VBD find
        no 3 det DET DT no
        proof 1 dobj NOUN NN proof
        . 1 punct PUNCT . .
    """)
    assert qualified(doc) == {"Officials | found | no proof": (True, None, None)}


def test_modality_modal_auxiliary():
    doc = parsed("""
        they 2 nsubj PRON PRP they
        could 2 aux AUX MD could
        become 2 ROOT VERB VB become
        the 5 det DET DT the
        largest 5 amod ADJ JJS large
        party 2 attr NOUN NN party
        . 2 punct PUNCT . .
    """)
    assert qualified(doc) == {"they | could become | the largest party": (False, "could", None)}


def test_modality_hedging_verb_with_infinitive():
    doc = parsed("""
        The 1 det DET DT the
        crowd 3 nsubjpass NOUN NN crowd
        is 3 auxpass AUX VBZ be
        believed 3 ROOT VERB VBN believe
        to 5 aux PART TO to
        number 3 xcomp VERB VB number
        thousands 5 dobj NOUN NNS thousand
        . 3 punct PUNCT . .
    """)
    assert qualified(doc) == {"The crowd | is believed to number | thousands": (False, "believed", None)}


def test_attribution_content_clause_of_a_reporting_verb():
    doc = parsed("""
        regulators 2 nsubj NOUN NNS regulator
        now 2 advmod ADV RB now
        believe 2 ROOT VERB VBP believe
        banks 5 nsubj NOUN NNS bank
        have 5 aux AUX VBP have
        hidden 2 ccomp VERB VBN hide
        losses 5 dobj NOUN NNS loss
        . 2 punct PUNCT . .
    """)
    assert qualified(doc) == {
        "regulators | now believe | banks have hidden losses": (False, None, None),
        "banks | have hidden | losses": (False, None, "regulators"),
    }


def test_attribution_participle_of_warning_speaks_for_the_main_subject():
    doc = parsed("""
        The 1 det DET DT the
        minister 2 nsubj NOUN NN minister
        spoke 2 ROOT VERB VBD speak
        , 2 punct PUNCT , ,
        warning 2 advcl VERB VBG warn
        prices 7 nsubj NOUN NNS price
        could 7 aux AUX MD could
        grow 4 ccomp VERB VB grow
        higher 7 acomp ADJ JJR high
        . 2 punct PUNCT . .
    """)
    assert qualified(doc) == {
        "The minister | warning | prices could grow higher": (False, None, None),
        "prices | could grow | higher": (False, "could", "The minister"),
    }


def test_attribution_reaches_clauses_nested_in_the_content():
    doc = parsed("""
        Officials 1 nsubj NOUN NNS official
        said 1 ROOT VERB VBD say
        thieves 6 nsubj NOUN NNS thief
        who 4 nsubj PRON WP who
        robbed 2 relcl VERB VBD rob
        shops 4 dobj NOUN NNS shop
        fled 1 ccomp VERB VBD flee
        . 1 punct PUNCT . .
    """)
    assert qualified(doc) == {
        "Officials | said | thieves who robbed shops fled": (False, None, None),
        "thieves | robbed | shops": (False, None, "Officials"),
    }


def test_attribution_content_clause_of_a_ruling_verb():
    # "The tribunal ruled that the ban was unlawful": the finding is the tribunal's, not a plain fact
    doc = parsed("""
        The 1 det DET DT the
        tribunal 2 nsubj NOUN NN tribunal
        ruled 2 ROOT VERB VBD rule
        that 6 mark SCONJ IN that
        the 5 det DET DT the
        ban 6 nsubj NOUN NN ban
        was 2 ccomp AUX VBD be
        unlawful 6 acomp ADJ JJ unlawful
        . 2 punct PUNCT . .
    """)
    assert qualified(doc)["the ban | was | unlawful"] == (False, None, "The tribunal")


@pytest.mark.model
def test_commented_and_remarked_content_is_attributed_to_its_speaker(nlp):
    # fresh5 (issue 18): "Hazra commented that, until 2000, sea levels increased …" was stated plainly
    found = qualified(nlp("Ana Ruiz commented that prices in the area rose by five percent."))
    assert found["prices in the area | rose by | five percent"][2] == "Ana Ruiz"


@pytest.mark.model
def test_a_condition_s_controlled_verb_is_conditional_too(nlp):
    # fresh9 (issue 18): "If the federal court decide not to accept X's arguments, …" was stated
    found = qualified(nlp("If the court decides not to accept the appeal, the election will be certified."))
    assert found["the court | decides not to accept | the appeal"][1] == "conditional"


@pytest.mark.model
def test_a_demanded_that_clause_in_the_subjunctive_is_not_a_fact(nlp):
    # fresh9 (issue 18): "The President insists that the budget include funding for the wall"
    found = qualified(nlp("The mayor insists that the budget include funding for the bridge."))
    assert found["the budget | include | funding for the bridge"][1] is not None
    found = qualified(nlp("The mayor said that the budget includes funding for the bridge."))
    assert found["the budget | includes | funding for the bridge"][1] is None


@pytest.mark.model
def test_a_hedge_on_a_verb_of_showing_hedges_what_is_shown(nlp):
    # fresh9 (issue 18): "The video reportedly shows three officers pin the girl's arms"
    found = qualified(nlp("The video reportedly shows two guards pin the prisoner's arms behind his back."))
    assert found["two guards | pin | the prisoner's arms"][1] == "reportedly"


@pytest.mark.model
def test_a_sentence_opened_by_according_to_is_the_source_s_account_throughout(nlp):
    # fresh8 (issue 18): "According to the party's website, X is a vet, who has completed a degree …"
    text = "According to the party's website, Ana Ruiz is a farmer, who has completed a degree from Lund."
    found = qualified(nlp(text))
    assert found["Ana Ruiz | has completed | a degree from Lund"][2] == "the party's website"
    # an author's description inside someone's claim stays the author's
    found = qualified(nlp("Ana Ruiz claims Paul, who guessed eight matches, is a genius."))
    assert found["Paul | guessed | eight matches"][2] is None


@pytest.mark.model
def test_what_is_scheduled_is_planned_not_done(nlp):
    # fresh3 (issue 18): "customers were scheduled to be affected by the shutoffs" was stated
    found = qualified(nlp("Nearly 800 customers were scheduled to be affected by the shutoffs."))
    assert found["the shutoffs | affect | Nearly 800 customers"][1] == "schedule"


@pytest.mark.model
def test_a_gerund_after_a_hearsay_noun_s_of_is_only_claimed(nlp):
    # fresh5 (issue 18): "reported the possibility of the 2020 caucuses being Nevada's last" was stated
    found = qualified(nlp("Officials dismissed reports of troops entering the town."))
    assert found["troops | entering | the town"][1] == "alleged"


def _causative(controller: str, lemma: str) -> str:
    """ "The group <controller> to have the videos removed from the site." """
    return f"""
        The 1 det DET DT the
        group 2 nsubj NOUN NN group
        {controller} 2 ROOT VERB VBD {lemma}
        to 4 aux PART TO to
        have 2 xcomp VERB VB have
        the 6 det DET DT the
        videos 4 dobj NOUN NNS video
        removed 6 acl VERB VBN remove
        from 7 prep ADP IN from
        the 10 det DET DT the
        site 8 pobj NOUN NN site
        . 2 punct PUNCT . .
    """


def test_modality_outcome_of_a_cause_only_attempted():
    # the videos' removal is what the group tried to bring about, not something that happened
    facts = qualified(parsed(_causative("attempted", "attempt")))
    assert facts["the videos | were removed from | the site"] == (False, "attempt", None)


def test_outcome_of_a_cause_that_succeeded_is_plain():
    facts = qualified(parsed(_causative("managed", "manage")))
    assert facts["the videos | were removed from | the site"] == (False, None, None)


def test_negation_of_a_cause_reaches_its_outcome():
    doc = parsed("""
        The 1 det DET DT the
        council 4 nsubj NOUN NN council
        did 4 aux AUX VBD do
        not 4 neg PART RB not
        have 4 ROOT VERB VB have
        the 6 det DET DT the
        statue 4 dobj NOUN NN statue
        removed 6 acl VERB VBN remove
        from 7 prep ADP IN from
        the 10 det DET DT the
        square 8 pobj NOUN NN square
        . 4 punct PUNCT . .
    """)
    assert qualified(doc)["the statue | is removed from | the square"] == (True, None, None)


def test_negation_in_no_way():
    doc = parsed("""
        The 1 det DET DT the
        deal 2 nsubj NOUN NN deal
        is 2 ROOT AUX VBZ be
        in 2 prep ADP IN in
        no 5 det DET DT no
        way 3 pobj NOUN NN way
        an 7 det DET DT an
        admission 2 attr NOUN NN admission
        that 11 mark SCONJ IN that
        the 10 det DET DT the
        firm 11 nsubj NOUN NN firm
        broke 7 acl VERB VBD break
        the 13 det DET DT the
        law 11 dobj NOUN NN law
        . 2 punct PUNCT . .
    """)
    assert qualified(doc) == {
        "The deal | is | an admission that the firm broke the law": (True, None, None),
        # an admission the sentence denies leaves its clause unstated: it is not the author's fact
        "the firm | broke | the law": (True, None, None),
    }


def test_no_with_a_noun_of_time_is_no_negation():
    doc = parsed("""
        The 1 det DET DT the
        team 2 nsubj NOUN NN team
        finished 2 ROOT VERB VBD finish
        the 4 det DET DT the
        job 2 dobj NOUN NN job
        in 2 prep ADP IN in
        no 7 det DET DT no
        time 5 pobj NOUN NN time
        . 2 punct PUNCT . .
    """)
    assert qualified(doc) == {"The team | finished | the job": (False, None, None)}


def _copula_with_relative(auxiliary: str) -> str:
    """ "He <auxiliary> be the man who robbed the bank." """
    return f"""
        He 2 nsubj PRON PRP he
        {auxiliary} 2 aux AUX MD {auxiliary}
        be 2 ROOT AUX VB be
        the 4 det DET DT the
        man 2 attr NOUN NN man
        who 6 nsubj PRON WP who
        robbed 4 relcl VERB VBD rob
        the 8 det DET DT the
        bank 6 dobj NOUN NN bank
        . 2 punct PUNCT . .
    """


def test_modality_of_a_copula_reaches_the_relative_clause_of_its_attribute():
    # only supposed: he could be the robber, so the robbery by "the man" is supposed too
    facts = qualified(parsed(_copula_with_relative("could")))
    assert facts["the man | robbed | the bank"] == (False, "could", None)


def test_a_denied_permission_negates_what_it_would_have_permitted():
    # "the divorce will not let her run for president": she does not run
    doc = parsed("""
        The 1 det DET DT the
        ruling 4 nsubj NOUN NN ruling
        will 4 aux AUX MD will
        not 4 neg PART RB not
        let 4 ROOT VERB VB let
        the 6 det DET DT the
        guards 7 nsubj NOUN NNS guard
        leave 4 ccomp VERB VB leave
        the 9 det DET DT the
        camp 7 dobj NOUN NN camp
        . 4 punct PUNCT . .
    """)
    assert qualified(doc)["the guards | leave | the camp"][0] is True


def test_a_granted_permission_leaves_what_it_permits_stated():
    doc = parsed("""
        The 1 det DET DT the
        law 2 nsubj NOUN NN law
        lets 2 ROOT VERB VBZ let
        farmers 4 nsubj NOUN NNS farmer
        sell 2 ccomp VERB VB sell
        milk 4 dobj NOUN NN milk
        . 2 punct PUNCT . .
    """)
    assert qualified(doc)["farmers | sell | milk"][0] is False


def test_reported_as_hedges_what_it_reports():
    # "two girls, who were reported as kidnapped on Saturday, have been found"
    doc = parsed("""
        girls 2 nsubjpass NOUN NNS girl
        were 2 auxpass AUX VBD be
        reported 2 ROOT VERB VBN report
        as 4 mark SCONJ IN as
        kidnapped 2 advcl VERB VBN kidnap
        on 4 prep ADP IN on
        Saturday 5 pobj PROPN NNP Saturday B-DATE
        . 2 punct PUNCT . .
    """)
    assert qualified(doc)["girls | was kidnapped on | Saturday"][1] == "reported"


def test_a_clause_opened_by_whether_is_an_open_question():
    # "we do not know whether A or whether B": neither A nor B is stated, the second "whether" too
    doc = parsed("""
        Officials 3 nsubj NOUN NNS official
        do 3 aux AUX VBP do
        not 3 neg PART RB not
        know 3 ROOT VERB VB know
        whether 7 mark SCONJ IN whether
        the 6 det DET DT the
        storm 7 nsubj NOUN NN storm
        damaged 3 ccomp VERB VBD damage
        the 9 det DET DT the
        bridge 7 dobj NOUN NN bridge
        or 7 cc CCONJ CC or
        whether 14 mark SCONJ IN whether
        the 13 det DET DT the
        flood 14 nsubj NOUN NN flood
        destroyed 7 conj VERB VBD destroy
        it 14 dobj PRON PRP it
        . 3 punct PUNCT . .
    """)
    found = qualified(doc)
    assert found["the storm | damaged | the bridge"][1] == "uncertain"
    assert found["the flood | destroyed | it"][1] == "uncertain"
    # the question is the pair of alternatives, not the first alone (bounds.DISJUNCTIONS)
    question = "whether the storm damaged the bridge or whether the flood destroyed it"
    assert found[f"Officials | do not know | {question}"][1] is None


def test_a_time_clause_shares_the_modality_of_its_main_clause():
    doc = parsed("""
        The 1 det DET DT the
        firm 3 nsubj NOUN NN firm
        may 3 aux AUX MD may
        hire 3 ROOT VERB VB hire
        staff 3 dobj NOUN NN staff
        when 8 advmod SCONJ WRB when
        the 7 det DET DT the
        council 8 nsubj NOUN NN council
        approves 3 advcl VERB VBZ approve
        the 10 det DET DT the
        plan 8 dobj NOUN NN plan
        . 3 punct PUNCT . .
    """)
    assert qualified(doc)["the council | approves | the plan"][1] == "may"


def test_a_past_time_clause_dates_a_known_fact():
    # "when he was a student" dates the alleged theft; that he was a student is not alleged
    doc = parsed("""
        He 2 nsubj PRON PRP he
        allegedly 2 advmod ADV RB allegedly
        stole 2 ROOT VERB VBD steal
        the 4 det DET DT the
        car 2 dobj NOUN NN car
        when 7 advmod SCONJ WRB when
        he 7 nsubj PRON PRP he
        was 2 advcl AUX VBD be
        a 9 det DET DT a
        student 7 attr NOUN NN student
        . 2 punct PUNCT . .
    """)
    found = qualified(doc)
    assert found["He | allegedly stole | the car"][1] == "allegedly"
    assert found["he | was | a student"][1] is None


def test_an_infinitive_on_an_object_shares_its_verbs_modality():
    doc = parsed("""
        The 1 det DET DT the
        club 2 nsubj NOUN NN club
        hoped 2 ROOT VERB VBD hop
        the 5 det DET DT the
        old 5 amod ADJ JJ old
        ship 7 nsubj NOUN NN ship
        could 7 aux AUX MD could
        serve 2 ccomp VERB VB serve
        as 7 prep ADP IN as
        a 10 det DET DT a
        hotel 8 pobj NOUN NN hotel
        to 12 aux PART TO to
        house 10 relcl VERB VB house
        visiting 14 amod VERB VBG visit
        fans 12 dobj NOUN NNS fan
        . 2 punct PUNCT . .
    """)
    assert qualified(doc)["a hotel | to house | visiting fans"][1] == "could"


def test_an_infinitive_on_a_hedged_noun_is_hedged():
    # "an alleged meeting between A and B to settle their differences": nothing was surely settled
    doc = parsed("""
        Police 1 nsubj NOUN NNS Police
        found 1 ROOT VERB VBD find
        evidence 1 dobj NOUN NN evidence
        of 2 prep ADP IN of
        an 6 det DET DT an
        alleged 6 amod VERB VBN allege
        plot 3 pobj NOUN NN plot
        by 6 prep ADP IN by
        two 9 nummod NUM CD two B-CARDINAL
        guards 7 pobj NOUN NNS guard
        to 11 aux PART TO to
        rob 6 relcl VERB VB rob
        the 13 det DET DT the
        bank 11 dobj NOUN NN bank
        . 1 punct PUNCT . .
    """)
    assert qualified(doc)["an alleged plot by two guards | to rob | the bank"][1] == "alleged"


def test_what_others_do_to_a_hedged_noun_is_not_hedged():
    # the army wants him: stated, whatever he is alleged to be
    doc = parsed("""
        Police 1 nsubj NOUN NNS Police
        seized 1 ROOT VERB VBD seize
        an 4 det DET DT an
        alleged 4 amod ADJ JJ alleged
        smuggler 1 dobj NOUN NN smuggler
        wanted 4 acl VERB VBN want
        by 5 agent ADP IN by
        the 8 det DET DT the
        army 6 pobj NOUN NN army
        . 1 punct PUNCT . .
    """)
    assert qualified(doc)["the army | want | an alleged smuggler"][1] is None


def test_an_apposition_to_a_supposed_predicate_is_supposed_too():
    # the parser hangs "a man" on the copula; the man in the suit is as supposed as the thief
    doc = parsed("""
        There 3 expl PRON EX there
        may 3 aux AUX MD may
        have 3 aux AUX VB have
        been 3 ROOT AUX VBN be
        a 6 det DET DT a
        second 6 amod ADJ JJ second B-ORDINAL
        thief 3 attr NOUN NN thief
        , 3 punct PUNCT , ,
        a 9 det DET DT a
        man 3 attr NOUN NN man
        dressed 9 acl VERB VBN dress
        in 10 prep ADP IN in
        a 14 det DET DT a
        grey 14 amod ADJ JJ grey
        suit 11 pobj NOUN NN suit
        . 3 punct PUNCT . .
    """)
    assert qualified(doc)["a man | was dressed in | a grey suit"][1] == "may"


def test_a_clause_weighed_as_unlikely_is_not_stated():
    doc = parsed("""
        It 1 nsubj PRON PRP it
        is 1 ROOT AUX VBZ be
        unlikely 1 acomp ADJ JJ unlikely
        that 6 mark SCONJ IN that
        the 5 det DET DT the
        mayor 6 nsubj NOUN NN mayor
        knew 1 ccomp VERB VBD know
        the 8 det DET DT the
        plan 6 dobj NOUN NN plan
        . 1 punct PUNCT . .
    """)
    assert qualified(doc)["the mayor | knew | the plan"][1] == "unlikely"


def test_what_someone_does_not_want_done_is_negated():
    doc = parsed("""
        The 1 det DET DT the
        union 4 nsubj NOUN NN union
        does 4 aux AUX VBZ do
        not 4 neg PART RB not
        want 4 ROOT VERB VB want
        the 6 det DET DT the
        firm 8 nsubj NOUN NN firm
        to 8 aux PART TO to
        close 4 ccomp VERB VB close
        the 10 det DET DT the
        plant 8 dobj NOUN NN plant
        . 4 punct PUNCT . .
    """)
    assert qualified(doc)["the firm | to close | the plant"][:2] == (True, "want")


def test_negation_by_a_subject_none():
    # fresh15: "None of the twelve had ever received X" was stated as received
    doc = parsed("""
        None 6 nsubj NOUN NN none
        of 0 prep ADP IN of
        the 3 det DET DT the
        prisoners 1 pobj NOUN NNS prisoner
        had 6 aux AUX VBD have
        ever 6 advmod ADV RB ever
        received 6 ROOT VERB VBN receive
        medical 8 amod ADJ JJ medical
        care 6 dobj NOUN NN care
        . 6 punct PUNCT . .
    """)
    assert qualified(doc)["None of the prisoners | had ever received | medical care"][0] is True


def test_a_weighed_clause_stops_at_a_clause_of_the_authors():
    # "it is possible that A, and the ban followed B": B is the author's own, not weighed
    doc = parsed("""
        An 1 det DET DT an
        aide 2 nsubj NOUN NN aide
        said 2 ROOT VERB VBD say
        it 4 nsubj PRON PRP it
        is 2 ccomp AUX VBZ be
        possible 4 acomp ADJ JJ possible
        that 9 mark SCONJ IN that
        the 8 det DET DT the
        firm 9 nsubj NOUN NN firm
        sold 4 ccomp VERB VBD sell
        weapons 9 dobj NOUN NNS weapon
        , 2 punct PUNCT , ,
        and 2 cc CCONJ CC and
        the 14 det DET DT the
        ban 15 nsubj NOUN NN ban
        followed 2 conj VERB VBD follow
        talks 15 dobj NOUN NNS talk
        with 16 prep ADP IN with
        the 19 det DET DT the
        allies 17 pobj NOUN NNS ally
        . 15 punct PUNCT . .
    """)
    found = qualified(doc)
    assert found["the firm | sold | weapons"][1] == "possible"
    assert found["the ban | followed | talks with the allies"][1] is None


def test_a_relative_clause_on_a_hedged_noun_is_not_hedged():
    # "a potential candidate who fled the country": the flight is a fact, the candidacy is not
    doc = parsed("""
        The 1 det DET DT the
        party 2 nsubj NOUN NN party
        backed 2 ROOT VERB VBD back
        a 5 det DET DT a
        potential 5 amod ADJ JJ potential
        candidate 2 dobj NOUN NN candidate
        who 7 nsubj PRON WP who
        fled 5 relcl VERB VBD flee
        the 9 det DET DT the
        country 7 dobj NOUN NN country
        . 2 punct PUNCT . .
    """)
    assert qualified(doc)["a potential candidate | fled | the country"][1] is None


def test_a_question_joined_by_or_is_asked_too():
    # "whether A, or if B": B is asked as well, though it has a subject of its own after ", or"
    doc = parsed("""
        It 1 nsubj PRON PRP it
        is 1 ROOT AUX VBZ be
        unclear 1 acomp ADJ JJ unclear
        whether 6 mark SCONJ IN whether
        the 5 det DET DT the
        school 6 nsubj NOUN NN school
        had 1 ccomp VERB VBD have
        a 8 det DET DT a
        defibrillator 6 dobj NOUN NN defibrillator
        , 6 punct PUNCT , ,
        or 6 cc CCONJ CC or
        if 15 mark SCONJ IN if
        the 13 det DET DT the
        medics 15 nsubj NOUN NNS medic
        had 15 aux AUX VBD have
        used 6 conj VERB VBN use
        such 17 amod ADJ JJ such
        equipment 15 dobj NOUN NN equipment
        . 1 punct PUNCT . .
    """)
    assert qualified(doc)["the medics | had used | such equipment"][1] == "uncertain"


@pytest.mark.model
def test_a_sentence_before_a_semicolon_keeps_no_qualifier_of_the_next(nlp):
    # fresh21: the model hangs the first of two sentences joined by a semicolon on the second's verb
    found = qualified(nlp("The council voted for the ban in May; it is scheduled to take effect in June."))
    assert found["The council | voted for | the ban"] == (False, None, None)  # the vote happened
    text = "The fire started at noon on Sunday; according to the mayor, the guard raised the alarm."
    found = qualified(nlp(text))
    assert found["The fire | started at | noon"] == (False, None, None)  # the author's own
    assert found["the guard | raised | the alarm"] == (False, None, "the mayor")
    # a speaker at the end of the sentence speaks of both, as a reader takes it
    text = "The fire started at noon on Sunday; the guard had raised the alarm, the mayor said."
    found = qualified(nlp(text))
    assert found["The fire | started at | noon"][2] == "the mayor"


@pytest.mark.model
def test_likelihood_in_quotes_after_become_and_an_open_question_after_the_question_is(nlp):
    text = 'He said it is becoming "increasingly likely" that the country will need outside help.'
    assert qualified(nlp(text))["the country | will need | outside help"] == (False, "likely", "He")
    found = qualified(nlp("The question is whether the bloc has the money to rescue the bank."))
    assert found["the bloc | has | the money to rescue the bank"][1] == "uncertain"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "triple", "modality"),
    [
        ("The singer will be sentenced on May 3.", "The singer | will be sentenced on | May 3", "will"),
        ("The mayor said the council will close the pool.", "the council | will close | the pool", "will"),
        ("The talks shall resume in Oslo.", "The talks | shall resume in | Oslo", "will"),
        (
            "The cases are to be heard before a military court.",
            "The cases | are to be heard before | a military court",
            "planned",
        ),
        (
            "The minister was to announce the budget.",
            "The minister | was to announce | the budget",
            "planned",
        ),
    ],
)
def test_a_future_or_arranged_act_is_planned_not_done(nlp, text, triple, modality):
    # fresh22: "He will be sentenced on June 25", "The trials are to be conducted before a special
    # tribunal" were stated as done
    assert qualified(nlp(text))[triple][1] == modality


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "The two ministers are set to be questioned on Monday.",
            "The two ministers | are set to be questioned on | Monday",
        ),
        ("The new bridge is due to open in March.", "The new bridge | is due to open in | March"),
        (
            "The company is poised to announce record profits.",
            "The company | is poised to announce | record profits",
        ),
    ],
)
def test_what_is_set_due_or_poised_to_happen_is_planned(nlp, text, triple):
    # fresh24: "Kaczynski and his wife are set to be buried on Sunday" was stated as done
    assert qualified(nlp(text))[triple][1] == "planned"


@pytest.mark.model
def test_due_to_a_cause_plans_nothing(nlp):
    assert (
        qualified(nlp("The delay was due to heavy rain."))["The delay | was due to | heavy rain"][1] is None
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Claims were made that the mayor then phoned his allies.", "the mayor | then phoned | his allies"),
        ("Reports emerged that the army had shelled the village.", "the army | had shelled | the village"),
    ],
)
def test_content_of_claims_made_or_reports_emerging_is_only_claimed(nlp, text, triple):
    # fresh24: "Claims were further made that Rudd then contacted his supporters" was stated as fact
    assert qualified(nlp(text))[triple][1] == "alleged"


@pytest.mark.model
def test_be_with_an_infinitive_of_blame_or_after_an_adjective_plans_nothing(nlp):
    found = qualified(nlp("The driver is to blame for the crash."))
    assert found["The driver | is to blame for | the crash"][1] is None
    found = qualified(nlp("The guards were slow to open the gates."))
    assert all(modality != "planned" for _, modality, _ in found.values())


@pytest.mark.model
def test_a_participle_after_a_future_clause_is_planned_too(nlp):
    # fresh22: "Ms Bryce will head to Fromelles … and then return home, bringing her ten day trip
    # down to five days" stated the shortening as done
    text = "The coach will fly to Rome for the final and then return home, cutting the tour to six days."
    triples = extract_triples(nlp(text), variants=True)
    found = {f"{t.subject.text} | {t.relation.text} | {t.object.text}": t.modality for t in triples}
    assert found["The coach | cutting | the tour"] == "will"


@pytest.mark.model
def test_a_time_clause_to_come_inside_a_claim_is_as_sure_as_its_main_clause(nlp):
    # fresh22: "authorities claim that the effects can only be measured in six months time, when …
    # the public has become used to the new hours" made the getting used an alleged present fact
    text = (
        "Officials claim that the savings can only be judged in a year, when more shops have been"
        " given permits and the public has grown used to the new rules."
    )
    found = qualified(nlp(text))
    assert found["the public | has grown used to | the new rules"][1:] == ("can", "Officials")


@pytest.mark.model
def test_what_it_is_important_should_happen_is_asked_not_stated(nlp):
    # fresh21: 'it is important that the MPC perseveres with an expansionary strategy' was stated
    found = qualified(nlp("He said it is important that the bank keeps rates low."))
    assert found["the bank | keeps | rates"][1] == "important"
    # in the past, it says what happened
    found = qualified(nlp("It was vital that the dam held the flood."))
    assert found["the dam | held | the flood"][1] is None


@pytest.mark.model
def test_a_modal_inside_an_open_question_is_asked_not_stated(nlp):
    found = qualified(nlp("The judge asked for arguments on whether the panel can hear the appeal."))
    assert found["the panel | can hear | the appeal"][1] == "uncertain"
    found = qualified(nlp("The ministry did not explain how the prisoners could escape through the roof."))
    assert found["the prisoners | could escape through | the roof"][1] == "uncertain"


@pytest.mark.model
def test_a_question_word_without_a_modal_takes_its_clause_as_known(nlp):
    found = qualified(nlp("The mayor explained how the fire started in the kitchen."))
    assert found["the fire | started in | the kitchen"][1] is None


@pytest.mark.model
def test_going_on_to_say_something_says_it_and_aims_at_nothing(nlp):
    found = qualified(nlp("The coach went on to say that the new stadium was too small."))
    assert found["the new stadium | was | too small"] == (False, None, "The coach")
    found = qualified(nlp("The agency monitors the trial to ensure that the court hands down a fair verdict"))
    assert found["the court | hands down | a fair verdict"][1] == "intended"  # a purpose still aims


@pytest.mark.model
def test_a_relative_pronoun_before_a_reporting_verb_opens_no_question(nlp):
    text = "The mayor announced a new levy, which she said would allow the city to repair its bridges."
    found = qualified(nlp(text))
    assert all(value[1] != "uncertain" for value in found.values())


@pytest.mark.model
def test_reports_that_say_something_are_its_source_not_a_hedge(nlp):
    found = qualified(nlp("Reports say that the army shelled the village."))
    assert found["the army | shelled | the village"] == (False, None, "Reports")
    found = qualified(nlp("The report concluded that the pilot ignored the warnings."))
    assert found["the pilot | ignored | the warnings"] == (False, None, "The report")


# "Voters are likely to reject the plan ."
LIKELY_TO_REJECT = """
Voters 1 nsubj NOUN NNS voter
are 1 ROOT AUX VBP be
likely 1 acomp ADJ JJ likely
to 4 aux PART TO to
reject 2 xcomp VERB VB reject
the 6 det DET DT the
plan 4 dobj NOUN NN plan
. 1 punct PUNCT . .
"""


def test_an_infinitive_after_a_likelihood_adjective_is_weighed_not_stated():
    facts = qualified(parsed(LIKELY_TO_REJECT))
    assert facts["Voters | are likely to reject | the plan"] == (False, "likely", None)


def test_an_infinitive_after_another_adjective_is_stated():
    # "Voters are quick to reject the plan ."
    facts = qualified(
        parsed(LIKELY_TO_REJECT.replace("likely 1 acomp ADJ JJ likely", "quick 1 acomp ADJ JJ quick"))
    )
    assert facts["Voters | are quick to reject | the plan"] == (False, None, None)


def test_a_not_on_the_copula_of_able_denies_the_infinitive():
    doc = parsed("""
        The 1 det DET DT the
        divers 4 nsubj NOUN NNS diver
        have 4 aux AUX VBP have
        not 4 neg PART RB not
        been 4 ROOT AUX VBN be
        able 4 acomp ADJ JJ able
        to 7 aux PART TO to
        reach 5 xcomp VERB VB reach
        the 9 det DET DT the
        wreck 7 dobj NOUN NN wreck
        . 4 punct PUNCT . .
    """)
    assert qualified(doc)["The divers | have not been able to reach | the wreck"][:2] == (True, None)


def test_the_modal_of_the_copula_of_able_is_the_infinitive_s():
    doc = parsed("""
        Farmers 2 nsubj NOUN NNS farmer
        would 2 aux AUX MD would
        be 2 ROOT AUX VB be
        able 2 acomp ADJ JJ able
        to 5 aux PART TO to
        sell 3 xcomp VERB VB sell
        their 7 poss PRON PRP$ their
        grain 5 dobj NOUN NN grain
        . 2 punct PUNCT . .
    """)
    assert qualified(doc)["Farmers | would be able to sell | their grain"][:2] == (False, "would")


def test_a_not_on_the_copula_of_an_attitude_stays_the_attitude_s():
    doc = parsed("""
        She 1 nsubj PRON PRP she
        was 1 ROOT AUX VBD be
        not 1 neg PART RB not
        afraid 1 acomp ADJ JJ afraid
        to 5 aux PART TO to
        criticise 3 xcomp VERB VB criticise
        the 7 det DET DT the
        mayor 5 dobj NOUN NN mayor
        . 1 punct PUNCT . .
    """)
    assert qualified(doc)["She | was not afraid to criticise | the mayor"][0] is False


def _with_verbs(doc, verbs):
    """``doc`` again, in a vocab of its own that knows only ``verbs`` (as the pipeline's does)."""
    vocab = Vocab()
    vocab.lookups.add_table(VERB_TABLE, dict.fromkeys(verbs, True))
    return Doc(
        vocab,
        words=[t.text for t in doc],
        heads=[t.head.i for t in doc],
        deps=[t.dep_ for t in doc],
        pos=[t.pos_ for t in doc],
        tags=[t.tag_ for t in doc],
        lemmas=[t.lemma_ for t in doc],
    )


def test_a_token_glued_from_two_words_asks_nothing_of_its_object():
    # a lost dash glues "lenders" to "including"; the parser reads the whole as a verb asking its object
    doc = parsed("""
        The 1 det DET DT the
        lenders 1 ROOT NOUN NNS lender
        lendersincluding 1 acl VERB VBG lendersinclude
        Acme 2 dobj PROPN NNP Acme
        to 5 aux PART TO to
        grow 2 xcomp VERB VB grow
        profits 5 dobj NOUN NNS profit
        . 1 punct PUNCT . .
    """)
    from graphbuild.extract.qualifiers import modality_of
    from graphbuild.lexicons import load_lexicons

    assert modality_of(_with_verbs(doc, {"grow", "include"})[5], load_lexicons()) is None
    assert modality_of(_with_verbs(doc, {"grow", "lendersinclude"})[5], load_lexicons()) == "lendersinclude"


@pytest.mark.model
def test_wanting_to_say_something_says_it_and_aims_at_nothing(nlp):
    found = qualified(nlp("The minister was keen to stress that her country was not soft on crime."))
    assert found["her country | was not soft on | crime"] == (True, None, "The minister")
    found = qualified(nlp("The coach would like to note that the players won every match."))
    assert found["the players | won | every match"] == (False, None, "The coach")


@pytest.mark.model
def test_what_one_used_a_means_to_say_is_said_not_aimed_at(nlp):
    found = qualified(nlp("The mayor used her radio show to say that the council had broken the law."))
    assert found["the council | had broken | the law"][1] is None


@pytest.mark.model
def test_what_it_was_found_or_announced_is_known_and_what_it_is_claimed_is_alleged(nlp):
    found = qualified(nlp("It was found that the clerk had destroyed the files."))
    assert found["the clerk | had destroyed | the files"][1] is None
    found = qualified(nlp("It has been announced that the bishop will visit the island."))
    assert found["the bishop | will visit | the island"][1] == "will"
    found = qualified(nlp("It is claimed that the clerk had destroyed the files."))
    assert found["the clerk | had destroyed | the files"][1] == "alleged"


@pytest.mark.model
def test_what_a_speaker_seemed_to_indicate_is_hedged_not_aimed_at(nlp):
    found = qualified(nlp("The council seemed to indicate that the mayor had changed his mind."))
    assert found["the mayor | had changed | his mind"][1] == "seemed"


@pytest.mark.model
def test_saying_asked_of_another_or_denied_stays_aimed_at(nlp):
    found = qualified(nlp("The court asked the agency to confirm that the firm had destroyed the files."))
    assert found["the firm | had destroyed | the files"][1] == "intended"
    found = qualified(nlp("The mayor did not mean to say that the council had broken the law."))
    assert found["the council | had broken | the law"][1] == "intended"
    found = qualified(nlp("The mayor refused to confirm that the council had broken the law."))
    assert found["the council | had broken | the law"][1] == "intended"


@pytest.mark.model
def test_a_clause_weighed_as_unlikely_is_weighed_before_its_own_will(nlp):
    found = qualified(nlp("It is unlikely that the cabinet will drop its plan."))
    assert found["the cabinet | will drop | its plan"][1] == "unlikely"
    found = qualified(nlp("Despite strikes, it is thought unlikely that the cabinet will drop its plan."))
    assert found["the cabinet | will drop | its plan"][1] == "unlikely"


@pytest.mark.model
def test_a_forecast_is_a_prediction_not_a_fact(nlp):
    # fresh33 (issue 18): "The closures are forecast to affect nearly 40,000 people" had no modality
    found = qualified(nlp("The strike is forecast to delay about 300 trains."))
    assert found["The strike | is forecast to delay | about 300 trains"][1] == "forecast"


@pytest.mark.model
def test_a_projected_or_predicted_outcome_is_not_a_fact(nlp):
    projected = qualified(nlp("The new bridge is projected to carry 20,000 cars a day."))
    assert [m for _, m, _ in projected.values()] == ["projected"]
    predicted = qualified(nlp("The storm was predicted to reach the coast by Friday."))
    assert {m for _, m, _ in predicted.values()} == {"predicted"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "triple", "modality"),
    [
        (
            "Our only hope is that the pound strengthens against the dollar.",
            "the pound | strengthens against | the dollar",
            "hope",
        ),
        (
            "Residents expressed the hope that the council reopens the bridge.",
            "the council | reopens | the bridge",
            "hope",
        ),
        (
            "Farmers voiced fears that the drought destroyed the harvest.",
            "the drought | destroyed | the harvest",
            "fear",
        ),
        ("The minister's claim is that the army seized the port.", "the army | seized | the port", "alleged"),
    ],
)
def test_what_a_hope_or_fear_carries_is_wished_or_dreaded_not_alleged(nlp, text, triple, modality):
    # fresh32 (issue 18): "Our only hope is that … the pound strengthens" made the strengthening an
    # allegation; a hope is wanted and a fear dreaded, while a claim stays alleged
    assert qualified(nlp(text))[triple][1] == modality


@pytest.mark.model
def test_what_is_unclear_to_come_is_uncertain_not_foretold(nlp):
    # fresh39 (issue 18): "it's unclear when operations will return to normal" was a plain "will"
    text = "The strike ends at midnight, although it's unclear when the trains will return to service."
    found = qualified(nlp(text))
    assert found["the trains | will return to | service"][1] == "uncertain"
    # a past event whose cause is unclear still happened
    found = qualified(nlp("It is unclear why the fire started."))
    assert all(modality is None for _, modality, _ in found.values())


@pytest.mark.model
def test_a_hedging_adverb_weighs_its_clause_and_its_apposition(nlp):
    # fresh40 (issue 18): "a white speck, presumably part of the rocket" was stated plainly
    found = qualified(nlp("Divers found a metal plate, presumably part of the wreck, near the pier."))
    assert found["a metal plate | is | presumably part of the wreck"][1] == "presumably"
    found = qualified(nlp("The blaze was possibly caused by a faulty heater."))
    assert {modality for _, modality, _ in found.values()} == {"possibly"}
    found = qualified(nlp("Divers found a metal plate, part of the wreck, near the pier."))
    assert found["a metal plate | is | part of the wreck"][1] is None
    # a hedge inside a quotation is the speaker's word, not the writer's weighing of the telling
    found = qualified(nlp('"It was a mistake, [maybe]," Ana Ruiz, her sister, told the Daily Post.'))
    assert found["Ana Ruiz | told | the Daily Post"][1] is None
    # the writer's hedge on a quoted word stays the writer's
    found = qualified(nlp('Ana Ruiz said the troops had apparently "walked" into an ambush.'))
    assert found["the troops | had apparently walked into | an ambush"][1] == "apparently"


def test_a_hedge_on_a_cause_reaches_every_joined_outcome():
    # "reportedly had the files copied or deleted": the deleting is as reported as the copying
    doc = parsed("""
        The 1 det DET DT the
        firm 3 nsubj NOUN NN firm
        reportedly 3 advmod ADV RB reportedly
        had 3 ROOT VERB VBD have
        the 5 det DET DT the
        files 3 dobj NOUN NNS file
        copied 5 acl VERB VBN copy
        or 6 cc CCONJ CC or
        deleted 6 conj VERB VBN delete
        by 8 agent ADP IN by
        the 11 det DET DT the
        staff 9 pobj NOUN NN staff
        . 3 punct PUNCT . .
    """)
    facts = qualified(doc)
    assert [v for k, v in facts.items() if k.startswith("the staff")] == [(False, "reportedly", None)]
