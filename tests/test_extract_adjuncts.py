"""A verb's further arguments: which prepositional phrases are arguments of its fact."""

from __future__ import annotations

from .parsed import parsed, triple_strings


def test_a_phrase_with_its_own_not_is_no_argument_of_the_fact():
    # "the question is one for the voters, not for this court": nothing holds "for this court"
    doc = parsed("""
        The 1 det DET DT the
        money 2 nsubj NOUN NN money
        went 2 ROOT VERB VBD go
        to 2 prep ADP IN to
        schools 3 pobj NOUN NNS school
        , 2 punct PUNCT , ,
        not 7 neg PART RB not
        to 2 prep ADP IN to
        the 9 det DET DT the
        army 7 pobj NOUN NN army
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["The money | went to | schools"]


def test_the_alternative_not_taken_is_no_argument_of_the_fact():
    # fresh39 (issue 18): "was suing HTC instead of Google" gave the suit an argument "of: Google"
    doc = parsed("""
        The 1 det DET DT the
        firm 2 nsubj NOUN NN firm
        sued 2 ROOT VERB VBD sue
        the 4 det DET DT the
        retailer 2 dobj NOUN NN retailer
        instead 6 advmod ADV RB instead
        of 2 prep ADP IN of
        the 8 det DET DT the
        maker 6 pobj NOUN NN maker
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["The firm | sued | the retailer"]


def test_a_way_of_putting_to_death_is_no_agent_of_the_execution():
    doc = parsed("""
        The 1 det DET DT the
        bomber 3 nsubjpass NOUN NN bomber
        was 3 auxpass AUX VBD be
        executed 3 ROOT VERB VBN execute
        by 3 agent ADP IN by
        lethal 6 amod ADJ JJ lethal
        injection 4 pobj NOUN NN injection
        . 3 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["The bomber | was executed by | lethal injection"]


def test_an_absolute_with_clause_keeps_its_participle():
    # "with 300 injured" says how many were hurt; "with 300" alone says nothing
    doc = parsed("""
        Forty 1 nummod NUM CD forty
        miners 2 nsubj NOUN NNS miner
        died 2 ROOT VERB VBD die
        in 2 prep ADP IN in
        the 5 det DET DT the
        blast 3 pobj NOUN NN blast
        with 2 prep ADP IN with
        300 6 pobj NUM CD 300
        injured 7 acl VERB VBN injure
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["Forty miners | died in | the blast | with 300 injured"]


def test_an_absolute_with_clause_keeps_what_its_noun_is_doing():
    doc = parsed("""
        The 1 det DET DT the
        town 2 nsubj NOUN NN town
        lost 2 ROOT VERB VBD lose
        its 4 poss PRON PRP$ its
        mayor 2 dobj NOUN NN mayor
        , 2 punct PUNCT , ,
        with 2 prep ADP IN with
        rebels 6 pobj NOUN NNS rebel
        holding 7 acl VERB VBG hold
        the 10 det DET DT the
        roads 8 dobj NOUN NNS road
        . 2 punct PUNCT . .
    """)
    assert "The town | lost | its mayor | with rebels holding the roads" in triple_strings(doc)


def test_an_unspecific_prepositional_object_keeps_its_restrictive_clause():
    # fresh27 (issue 18): "were pushing for | language" lost "that would restrict …", which says
    # which language; "pushed for rules that limit overtime" is not a push for any rules
    doc = parsed("""
        The 1 det DET DT the
        union 2 nsubj NOUN NN union
        pushed 2 ROOT VERB VBD push
        for 2 prep ADP IN for
        rules 3 pobj NOUN NNS rule
        that 6 nsubj PRON WDT that
        limit 4 relcl VERB VBP limit
        overtime 6 dobj NOUN NN overtime
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc)[0] == "The union | pushed for | rules that limit overtime"


def test_a_specific_prepositional_object_needs_no_clause():
    # a possessed noun ("its rules") is specific, and a clause set off by a comma is a fact of its own
    doc = parsed("""
        The 1 det DET DT the
        union 2 nsubj NOUN NN union
        pushed 2 ROOT VERB VBD push
        for 2 prep ADP IN for
        its 5 poss PRON PRP$ its
        rules 3 pobj NOUN NNS rule
        , 5 punct PUNCT , ,
        which 8 nsubj PRON WDT which
        limit 5 relcl VERB VBP limit
        overtime 8 dobj NOUN NN overtime
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc)[0] == "The union | pushed for | its rules"


def test_the_preposition_an_idiom_noun_takes_completes_the_idiom():
    # "got in touch with X": the idiom is the relation, its noun's "with" names who
    doc = parsed("""
        The 1 det DET DT the
        clerk 2 nsubj NOUN NN clerk
        got 2 ROOT VERB VBD get
        in 2 prep ADP IN in
        touch 3 pobj NOUN NN touch
        with 4 prep ADP IN with
        the 7 det DET DT the
        bank 5 pobj NOUN NN bank
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["The clerk | got in touch with | the bank"]


def test_an_idiom_noun_with_a_time_after_it_is_no_object():
    # "was drawing to a close at dusk": "a close at dusk" names nothing
    doc = parsed("""
        The 1 det DET DT the
        fair 3 nsubj NOUN NN fair
        was 3 aux AUX VBD be
        drawing 3 ROOT VERB VBG draw
        to 3 prep ADP IN to
        a 6 det DET DT a
        close 4 pobj NOUN NN close
        at 6 prep ADP IN at
        noon 7 pobj NOUN NN noon
        . 3 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["The fair | was drawing to a close at | noon"]


def test_an_idiom_noun_with_its_own_of_is_a_place_not_the_idiom():
    doc = parsed("""
        The 1 det DET DT the
        van 2 nsubj NOUN NN van
        came 2 ROOT VERB VBD come
        to 2 prep ADP IN to
        the 5 det DET DT the
        end 3 pobj NOUN NN end
        of 5 prep ADP IN of
        the 8 det DET DT the
        lane 6 pobj NOUN NN lane
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["The van | came to | the end of the lane"]


def test_a_light_verb_idiom_takes_its_noun_into_the_relation():
    # "drew level" (equalised): "level" is no thing drawn
    doc = parsed("""
        Ruiz 1 nsubj PROPN NNP Ruiz
        drew 1 ROOT VERB VBD draw
        level 1 dobj NOUN NN level
        with 1 prep ADP IN with
        Kane 3 pobj PROPN NNP Kane
        . 1 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["Ruiz | drew level with | Kane"]


def test_setting_the_scene_states_no_fact_of_a_scene():
    doc = parsed("""
        The 1 det DET DT the
        report 2 nsubj NOUN NN report
        set 2 ROOT VERB VBD set
        the 4 det DET DT the
        scene 2 dobj NOUN NN scene
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc) == []


def test_an_estimate_at_a_degree_phrase_keeps_the_amount():
    # "put the toll at as high as 30": the amount is the fact, the toll alone says nothing
    doc = parsed("""
        Medics 1 nsubj NOUN NNS medic
        put 1 ROOT VERB VBD put
        the 4 det DET DT the
        death 4 compound NOUN NN death
        toll 1 dobj NOUN NN toll
        at 1 prep ADP IN at
        as 7 advmod ADV RB as
        high 5 amod ADJ JJ high
        as 7 prep ADP IN as
        30 8 pobj NUM CD 30
        . 1 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["Medics | put | the death toll | at as high as 30"]


def test_an_adverbial_idiom_is_no_argument():
    # "sold on record": no record was sold on
    doc = parsed("""
        The 1 det DET DT the
        vase 3 nsubjpass NOUN NN vase
        was 3 auxpass AUX VBD be
        sold 3 ROOT VERB VBN sell
        on 3 prep ADP IN on
        record 4 pobj NOUN NN record
        at 3 prep ADP IN at
        an 8 det DET DT an
        auction 6 pobj NOUN NN auction
        . 3 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["The vase | was sold at | an auction"]


def test_a_by_after_an_idiom_of_an_active_verb_names_no_doer_of_it():
    # "came under attack by rebels": the tanker came, the rebels attacked; no "rebels | came ..."
    doc = parsed("""
        The 1 det DET DT the
        ferry 2 nsubj NOUN NN ferry
        came 2 ROOT VERB VBD come
        under 2 prep ADP IN under
        attack 3 pobj NOUN NN attack
        by 2 agent ADP IN by
        rebels 5 pobj NOUN NNS rebel
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["The ferry | came under attack by | rebels"]


def test_a_light_verb_noun_with_an_owner_is_a_thing_not_the_idiom():
    # "took Ann's place in the team": she was replaced, nothing "took place"
    doc = parsed("""
        Joe 1 nsubj PROPN NNP Joe
        took 1 ROOT VERB VBD take
        Ann 4 poss PROPN NNP Ann
        's 2 case PART POS 's
        place 1 dobj NOUN NN place
        in 4 prep ADP IN in
        the 7 det DET DT the
        team 5 pobj NOUN NN team
        . 1 punct PUNCT . .
    """)
    assert not any(" | took place" in t for t in triple_strings(doc))


def test_a_measure_before_a_clauses_conjunction_is_no_time_of_that_clause():
    # fresh18 (issue 18): "The attack comes a week before Liverpool holds the festival" gave the
    # festival's holding the argument "a week", as if it lasted a week
    doc = parsed("""
        The 1 det DET DT the
        strike 2 nsubj NOUN NN strike
        comes 2 ROOT VERB VBZ come
        a 4 det DET DT a
        week 7 npadvmod NOUN NN week
        before 7 mark SCONJ IN before
        Leeds 7 nsubj PROPN NNP Leeds
        holds 2 advcl VERB VBZ hold
        its 9 poss PRON PRP$ its
        fair 7 dobj NOUN NN fair
        . 2 punct PUNCT . .
    """)
    assert "Leeds | holds | its fair" in triple_strings(doc)
    assert not [t for t in triple_strings(doc) if "a week" in t]


def test_a_bare_time_noun_of_the_clause_stays_its_argument():
    doc = parsed("""
        Leeds 1 nsubj PROPN NNP Leeds
        holds 1 ROOT VERB VBZ hold
        its 3 poss PRON PRP$ its
        fair 1 dobj NOUN NN fair
        every 5 det DET DT every
        week 1 npadvmod NOUN NN week
        . 1 punct PUNCT . .
    """)
    assert triple_strings(doc)[0] == "Leeds | holds | its fair | every week"
