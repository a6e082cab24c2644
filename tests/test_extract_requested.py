"""What is asked, demanded or sought is the asker's wish, not a fact, whatever modal it carries."""

from __future__ import annotations

from .parsed import parsed, qualified


def test_request_is_nearer_than_the_askers_modal():
    doc = parsed("""
        The 1 det DET DT the
        council 3 nsubj NOUN NN council
        would 3 aux AUX MD would
        ask 3 ROOT VERB VB ask
        everyone 3 dobj PRON NN everyone
        to 6 aux PART TO to
        respect 3 xcomp VERB VB respect
        the 8 det DET DT the
        rules 6 dobj NOUN NNS rule
        . 3 punct PUNCT . .
    """)
    facts = qualified(doc)
    assert facts["everyone | to respect | the rules"] == (False, "ask", None)  # asked, not what would be
    assert facts["The council | would ask | everyone to respect the rules"] == (False, "would", None)


def test_permission_keeps_the_permitters_modal():
    doc = parsed("""
        The 1 det DET DT the
        law 3 nsubj NOUN NN law
        would 3 aux AUX MD would
        allow 3 ROOT VERB VB allow
        farmers 3 dobj NOUN NNS farmer
        to 6 aux PART TO to
        sell 3 xcomp VERB VB sell
        raw 8 amod ADJ JJ raw
        milk 6 dobj NOUN NN milk
        . 3 punct PUNCT . .
    """)
    assert qualified(doc)["farmers | to sell | raw milk"] == (False, "would", None)


def test_bare_clause_after_calling_for_is_a_demand():
    doc = parsed("""
        The 1 det DET DT the
        union 3 nsubj NOUN NN union
        is 3 aux AUX VBZ be
        calling 3 ROOT VERB VBG call
        for 9 mark SCONJ IN for
        a 7 det DET DT a
        pay 7 compound NOUN NN pay
        review 9 nsubjpass NOUN NN review
        be 9 auxpass AUX VB be
        held 3 advcl VERB VBN hold
        by 9 agent ADP IN by
        May 10 pobj PROPN NNP May
        . 3 punct PUNCT . .
    """)
    assert qualified(doc) == {"May | hold | a pay review": (False, "call", None)}  # demanded, not held


def test_make_sure_clause_of_a_purpose_is_aimed_at():
    doc = parsed("""
        Rangers 2 nsubj NOUN NNS ranger
        must 2 aux AUX MD must
        act 2 ROOT VERB VB act
        to 4 aux PART TO to
        make 2 advcl VERB VB make
        sure 4 ccomp ADJ JJ sure
        the 7 det DET DT the
        gate 10 nsubjpass NOUN NN gate
        is 10 auxpass AUX VBZ be
        not 10 neg PART RB not
        opened 5 ccomp VERB VBN open
        by 10 agent ADP IN by
        hunters 11 pobj NOUN NNS hunter
        . 2 punct PUNCT . .
    """)
    assert qualified(doc) == {"hunters | open | the gate": (True, "intended", None)}


def test_what_a_sought_noun_will_do_is_sought_too():
    doc = parsed("""
        The 1 det DET DT the
        club 2 nsubj NOUN NN club
        wants 2 ROOT VERB VBZ want
        to 4 aux PART TO to
        sign 2 xcomp VERB VB sign
        players 4 dobj NOUN NNS player
        who 8 nsubj PRON WP who
        will 8 aux AUX MD will
        score 5 relcl VERB VB score
        goals 8 dobj NOUN NNS goal
        . 2 punct PUNCT . .
    """)
    assert qualified(doc)["players | will score | goals"] == (False, "want", None)


def test_what_a_known_noun_will_do_keeps_its_will():
    doc = parsed("""
        The 1 det DET DT the
        club 2 nsubj NOUN NN club
        wants 2 ROOT VERB VBZ want
        to 4 aux PART TO to
        sign 2 xcomp VERB VB sign
        the 6 det DET DT the
        players 4 dobj NOUN NNS player
        who 9 nsubj PRON WP who
        will 9 aux AUX MD will
        leave 6 relcl VERB VB leave
        Leeds 9 dobj PROPN NNP Leeds
        . 2 punct PUNCT . .
    """)
    assert qualified(doc)["the players | will leave | Leeds"] == (False, "will", None)


def test_a_hoped_clause_is_a_hope_before_its_would():
    doc = parsed("""
        The 1 det DET DT the
        farmers 2 nsubj NOUN NNS farmer
        hoped 2 ROOT VERB VBD hope
        the 4 det DET DT the
        rain 6 nsubj NOUN NN rain
        would 6 aux AUX MD would
        reach 2 ccomp VERB VB reach
        the 8 det DET DT the
        valley 6 dobj NOUN NN valley
        soon 6 advmod ADV RB soon
        . 2 punct PUNCT . .
    """)
    assert qualified(doc)["the rain | would reach | the valley"][1] == "hope"


def test_a_conjunct_with_its_own_modal_is_not_hoped():
    doc = parsed("""
        The 1 det DET DT the
        agency 2 nsubj NOUN NN agency
        hopes 2 ROOT VERB VBZ hope
        the 4 det DET DT the
        port 7 nsubjpass NOUN NN port
        will 7 aux AUX MD will
        be 7 auxpass AUX VB be
        reopened 2 ccomp VERB VBN reopen
        but 7 cc CCONJ CC but
        can 11 aux AUX MD can
        not 11 neg PART RB not
        send 7 conj VERB VB send
        food 11 dobj NOUN NN food
        . 2 punct PUNCT . .
    """)
    assert qualified(doc)["the port | can not send | food"][1] == "can"  # the agency's own word


def test_what_an_opposed_plan_would_do_keeps_its_would():
    doc = parsed("""
        The 1 det DET DT the
        council 3 nsubj NOUN NN council
        has 3 aux AUX VBZ have
        vowed 3 ROOT VERB VBN vow
        to 5 aux PART TO to
        fight 3 xcomp VERB VB fight
        a 7 det DET DT a
        plan 5 dobj NOUN NN plan
        that 10 nsubj PRON WDT that
        would 10 aux AUX MD would
        close 7 relcl VERB VB close
        the 12 det DET DT the
        library 10 dobj NOUN NN library
        . 3 punct PUNCT . .
    """)
    assert qualified(doc)["a plan | would close | the library"][1] == "would"
