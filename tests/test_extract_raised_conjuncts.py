"""Verbs coordinated inside reported content that go on the reporting clause (extract/raised_conjuncts.py)."""

from __future__ import annotations

from graphbuild.extract.attribution import attribution_of
from graphbuild.extract.clauses import content_span
from graphbuild.extract.raised_conjuncts import mend_raised_conjuncts, raised_conjunct
from graphbuild.extract.subjects import subjects
from graphbuild.lexicons import load_lexicons

from .parsed import parsed

# "The court ruled that the fees were unlawful, and ordered the city to pay."
RULED = """
    The 1 det DET DT the
    court 2 nsubj NOUN NN court
    ruled 2 ROOT VERB VBD rule
    that 6 mark SCONJ IN that
    the 5 det DET DT the
    fees 6 nsubj NOUN NNS fee
    were 2 ccomp AUX VBD be
    unlawful 6 acomp ADJ JJ unlawful
    , 6 punct PUNCT , ,
    and 6 cc CCONJ CC and
    ordered 6 conj VERB VBD order
    the 12 det DET DT the
    city 10 dobj NOUN NN city
    to 14 aux PART TO to
    pay 10 xcomp VERB VB pay
    . 2 punct PUNCT . .
"""


def test_a_past_verb_after_comma_and_goes_on_the_ruling_clause():
    doc = parsed(RULED)
    lexicons = load_lexicons()
    assert raised_conjunct(doc[10])
    assert mend_raised_conjuncts(doc) == 1
    assert doc[10].head.text == doc[9].head.text == doc[8].head.text == "ruled"
    assert [t.text for t in subjects(doc[10], lexicons)] == ["court"]  # the court ordered, not the fees
    assert attribution_of(doc[10], lexicons) is None  # the court's own act, no report of it


def test_the_ruled_content_ends_before_the_raised_verb():
    doc = parsed(RULED)
    mend_raised_conjuncts(doc)
    left, right = content_span(doc[6])
    assert doc[left:right].text == "the fees were unlawful"


def test_without_the_comma_the_verb_stays_in_the_content():
    # "The court ruled that the fees were unlawful and hurt the poor.": the fees hurt them
    doc = parsed("""
        The 1 det DET DT the
        court 2 nsubj NOUN NN court
        ruled 2 ROOT VERB VBD rule
        that 6 mark SCONJ IN that
        the 5 det DET DT the
        fees 6 nsubj NOUN NNS fee
        were 2 ccomp AUX VBD be
        unlawful 6 acomp ADJ JJ unlawful
        and 6 cc CCONJ CC and
        hurt 6 conj VERB VBD hurt
        the 11 det DET DT the
        poor 9 dobj NOUN NN poor
        . 2 punct PUNCT . .
    """)
    assert mend_raised_conjuncts(doc) == 0
    assert [t.text for t in subjects(doc[9], load_lexicons())] == ["fees"]


def test_a_verb_that_can_share_the_contents_auxiliary_stays_in_it():
    # "Officials said the roads had flooded, and closed the bridge.": had closed, the roads' tale
    doc = parsed("""
        Officials 1 nsubj NOUN NNS official
        said 1 ROOT VERB VBD say
        the 3 det DET DT the
        roads 5 nsubj NOUN NNS road
        had 5 aux AUX VBD have
        flooded 1 ccomp VERB VBN flood
        , 5 punct PUNCT , ,
        and 5 cc CCONJ CC and
        closed 5 conj VERB VBD close
        the 10 det DET DT the
        bridge 8 dobj NOUN NN bridge
        . 1 punct PUNCT . .
    """)
    assert not raised_conjunct(doc[8])


def test_a_passive_content_cannot_lend_its_auxiliary_to_a_verb_with_an_object():
    # "The mayor reported that ten people were hurt, and put the damage at $5 million."
    doc = parsed("""
        The 1 det DET DT the
        mayor 2 nsubj NOUN NN mayor
        reported 2 ROOT VERB VBD report
        that 8 mark SCONJ IN that
        ten 5 nummod NUM CD ten
        people 8 nsubjpass NOUN NNS person
        were 8 auxpass AUX VBD be
        badly 8 advmod ADV RB badly
        hurt 2 ccomp VERB VBN hurt
        , 8 punct PUNCT , ,
        and 8 cc CCONJ CC and
        put 8 conj VERB VBD put
        the 13 det DET DT the
        damage 11 dobj NOUN NN damage
        . 2 punct PUNCT . .
    """)
    assert mend_raised_conjuncts(doc) == 1
    assert [t.text for t in subjects(doc[11], load_lexicons())] == ["mayor"]


def test_a_distinctly_past_verb_after_a_modal_goes_on_the_reporting_clause():
    # "The minister said he would decide soon and told reporters little.": "would told" is no English
    doc = parsed("""
        The 1 det DET DT the
        minister 2 nsubj NOUN NN minister
        said 2 ROOT VERB VBD say
        he 5 nsubj PRON PRP he
        would 5 aux AUX MD would
        decide 2 ccomp VERB VB decide
        soon 5 advmod ADV RB soon
        and 5 cc CCONJ CC and
        told 5 conj VERB VBD tell
        reporters 8 dative NOUN NNS reporter
        little 8 dobj ADJ JJ little
        . 2 punct PUNCT . .
    """)
    assert mend_raised_conjuncts(doc) == 1
    assert [t.text for t in subjects(doc[8], load_lexicons())] == ["minister"]


def test_a_past_form_like_the_bare_verb_may_share_the_modal():
    # "The mayor said the city would fund schools and cut roads.": would cut, the city's plan
    doc = parsed("""
        The 1 det DET DT the
        mayor 2 nsubj NOUN NN mayor
        said 2 ROOT VERB VBD say
        the 4 det DET DT the
        city 6 nsubj NOUN NN city
        would 6 aux AUX MD would
        fund 2 ccomp VERB VB fund
        schools 6 dobj NOUN NNS school
        and 6 cc CCONJ CC and
        cut 6 conj VERB VBD cut
        roads 9 dobj NOUN NNS road
        . 2 punct PUNCT . .
    """)
    assert not raised_conjunct(doc[9])


def test_a_quoted_speakers_words_stay_quoted():
    # 'The officer said, "The driver braked, and hit a wall."': the driver hit it
    doc = parsed("""
        The 1 det DET DT the
        officer 2 nsubj NOUN NN officer
        said 2 ROOT VERB VBD say
        , 2 punct PUNCT , ,
        "+ 2 punct PUNCT `` "
        The 6 det DET DT the
        driver 7 nsubj NOUN NN driver
        braked 2 ccomp VERB VBD brake
        , 7 punct PUNCT , ,
        and 7 cc CCONJ CC and
        hit 7 conj VERB VBD hit
        a 12 det DET DT a
        wall+ 10 dobj NOUN NN wall
        .+ 2 punct PUNCT . .
        " 2 punct PUNCT '' "
    """)
    assert not raised_conjunct(doc[10])


def test_the_last_of_a_list_of_verbs_stays_in_the_content():
    # "Witnesses said Ray shoved, kicked, and punched Lee.": parsed with "shoved" as the subject
    doc = parsed("""
        Witnesses 1 nsubj NOUN NNS witness
        said 1 ROOT VERB VBD say
        Ray 3 compound PROPN NNP Ray
        shoved 5 nsubj VERB VBD shove
        , 3 punct PUNCT , ,
        kicked 1 ccomp VERB VBD kick
        , 5 punct PUNCT , ,
        and 5 cc CCONJ CC and
        punched 5 conj VERB VBD punch
        Lee 8 dobj PROPN NNP Lee
        . 1 punct PUNCT . .
    """)
    assert not raised_conjunct(doc[8])


def test_a_verb_with_the_reporting_verbs_auxiliary_again_goes_on_the_report():
    # "The firm had hoped the ship could sail and had told buyers so.": the firm had told them
    doc = parsed("""
        The 1 det DET DT the
        firm 3 nsubj NOUN NN firm
        had 3 aux AUX VBD have
        hoped 3 ROOT VERB VBN hope
        the 5 det DET DT the
        ship 7 nsubj NOUN NN ship
        could 7 aux AUX MD could
        sail 3 ccomp VERB VB sail
        and 7 cc CCONJ CC and
        had 10 aux AUX VBD have
        told 7 conj VERB VBN tell
        buyers 10 dobj NOUN NNS buyer
        so 10 advmod ADV RB so
        . 3 punct PUNCT . .
    """)
    assert mend_raised_conjuncts(doc) == 1
    assert [t.text for t in subjects(doc[10], load_lexicons())] == ["firm"]


def test_a_participle_may_share_the_modals_passive():
    # "Police said drivers can be stopped and asked for papers.": drivers are asked, by the police's account
    doc = parsed("""
        Police 1 nsubj NOUN NNS police
        said 1 ROOT VERB VBD say
        drivers 5 nsubjpass NOUN NNS driver
        can 5 aux AUX MD can
        be 5 auxpass AUX VB be
        stopped 1 ccomp VERB VBN stop
        and 5 cc CCONJ CC and
        asked 5 conj VERB VBD ask
        for 7 prep ADP IN for
        papers 8 pobj NOUN NNS paper
        . 1 punct PUNCT . .
    """)
    assert not raised_conjunct(doc[7])


def test_a_comma_closing_a_relative_clause_in_the_content_joins_nothing_to_the_report():
    # "Police said Ray entered a bank, which was closed, and took cash.": Ray took it
    doc = parsed("""
        Police 1 nsubj NOUN NNS police
        said 1 ROOT VERB VBD say
        Ray 3 nsubj PROPN NNP Ray
        entered 1 ccomp VERB VBD enter
        a 5 det DET DT a
        bank 3 dobj NOUN NN bank
        , 5 punct PUNCT , ,
        which 9 nsubjpass PRON WDT which
        was 9 auxpass AUX VBD be
        closed 5 relcl VERB VBN close
        , 3 punct PUNCT , ,
        and 3 cc CCONJ CC and
        took 3 conj VERB VBD take
        cash 12 dobj NOUN NN cash
        . 1 punct PUNCT . .
    """)
    assert not raised_conjunct(doc[12])
