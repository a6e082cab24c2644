"""A modal over sensing ("could be felt") or a narrative's later time ("who would later become")
tells a fact, and so does an infinitive after a ranked noun ("the first to win"); the same modals
and infinitives elsewhere still hedge or intend."""

from __future__ import annotations

from graphbuild.extract.narrated_modals import ranked_infinitive, told_infinitive
from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.frames import qualifiers as frame_qualifiers

from .parsed import parsed, qualified


def test_a_passive_verb_of_sensing_reports_what_was_perceived():
    doc = parsed("""
        Tremors 6 nsubjpass NOUN NNS tremor
        from 0 prep ADP IN from
        the 3 det DET DT the
        earthquake 1 pobj NOUN NN earthquake
        could 6 aux AUX MD could
        be 6 auxpass AUX VB be
        felt 6 ROOT VERB VBN feel
        in 6 prep ADP IN in
        the 9 det DET DT the
        towns 7 pobj NOUN NNS town
        . 6 punct PUNCT . .
    """)
    assert qualified(doc)["Tremors from the earthquake | could be felt in | the towns"] == (False, None, None)


def test_seen_as_judges_and_stays_hedged():
    doc = parsed("""
        The 1 det DET DT the
        decision 4 nsubjpass NOUN NN decision
        could 4 aux AUX MD could
        be 4 auxpass AUX VB be
        seen 4 ROOT VERB VBN see
        as 4 prep ADP IN as
        a 7 det DET DT a
        snub 5 pobj NOUN NN snub
        . 4 punct PUNCT . .
    """)
    assert qualified(doc) == {"The decision | could be seen as | a snub": (False, "could", None)}


def test_would_later_in_a_relative_clause_is_the_narratives_future():
    doc = parsed("""
        The 1 det DET DT the
        clerk 9 nsubj NOUN NN clerk
        , 1 punct PUNCT , ,
        who 6 nsubj PRON WP who
        would 6 aux AUX MD would
        later 6 advmod ADV RB later
        become 1 relcl VERB VB become
        mayor 6 attr NOUN NN mayor
        , 1 punct PUNCT , ,
        signed 9 ROOT VERB VBD sign
        the 11 det DET DT the
        letter 9 dobj NOUN NN letter
        . 9 punct PUNCT . .
    """)
    assert qualified(doc)["The clerk | would later become | mayor"] == (False, None, None)


def test_would_not_with_a_verb_of_telling_is_a_refusal_that_happened():
    doc = parsed("""
        The 1 det DET DT the
        spokesman 4 nsubj NOUN NN spokesman
        would 4 aux AUX MD would
        not 4 neg PART RB not
        confirm 4 ROOT VERB VB confirm
        the 6 det DET DT the
        figures 4 dobj NOUN NNS figure
        . 4 punct PUNCT . .
    """)
    assert qualified(doc)["The spokesman | would not confirm | the figures"] == (True, None, None)


def test_would_not_with_another_verb_stays_hedged():
    doc = parsed("""
        The 1 det DET DT the
        council 4 nsubj NOUN NN council
        would 4 aux AUX MD would
        not 4 neg PART RB not
        sell 4 ROOT VERB VB sell
        the 6 det DET DT the
        park 4 dobj NOUN NN park
        . 4 punct PUNCT . .
    """)
    assert qualified(doc)["The council | would not sell | the park"] == (True, "would", None)


def test_would_not_have_said_is_a_counterfactual():
    doc = parsed("""
        She 4 nsubj PRON PRP she
        would 4 aux AUX MD would
        not 4 neg PART RB not
        have 4 aux AUX VB have
        named 4 ROOT VERB VBN name
        the 6 det DET DT the
        donor 4 dobj NOUN NN donor
        . 4 punct PUNCT . .
    """)
    assert qualified(doc)["She | would not have named | the donor"] == (True, "would", None)


def test_would_later_in_reported_speech_is_a_plan():
    doc = parsed("""
        He 1 nsubj PRON PRP he
        said 1 ROOT VERB VBD say
        the 3 det DET DT the
        board 6 nsubj NOUN NN board
        would 6 aux AUX MD would
        later 6 advmod ADV RB later
        decide 1 ccomp VERB VB decide
        the 8 det DET DT the
        matter 6 dobj NOUN NN matter
        . 1 punct PUNCT . .
    """)
    assert qualified(doc)["the board | would later decide | the matter"] == (False, "would", "He")


# "The clan was among the last allies of the front to join the army": the parser hangs the
# infinitive on "was", as an adverbial clause, rather than on "allies".
LAST_TO_JOIN = """
    The 1 det DET DT the
    clan 2 nsubj NOUN NN clan
    was 2 ROOT AUX VBD be
    among 2 prep ADP IN among
    the 6 det DET DT the
    last 6 amod ADJ JJ last
    allies 3 pobj NOUN NNS ally
    of 6 prep ADP IN of
    the 9 det DET DT the
    front 7 pobj NOUN NN front
    to 11 aux PART TO to
    join 2 advcl VERB VB join
    the 13 det DET DT the
    army 11 dobj NOUN NN army
    . 2 punct PUNCT . .
"""


def test_an_infinitive_after_a_ranked_noun_tells_what_was_done():
    doc = parsed(LAST_TO_JOIN)
    lexicons = load_lexicons()
    assert ranked_infinitive(doc[11], lexicons)
    assert frame_qualifiers(doc[11], lexicons) == (False, None)  # joined: no "intended"


def test_a_purpose_infinitive_is_still_intended():
    doc = parsed("""
        The 1 det DET DT the
        clan 2 nsubj NOUN NN clan
        sent 2 ROOT VERB VBD send
        troops 2 dobj NOUN NNS troop
        to 5 aux PART TO to
        join 2 advcl VERB VB join
        the 7 det DET DT the
        army 5 dobj NOUN NN army
        . 2 punct PUNCT . .
    """)
    lexicons = load_lexicons()
    assert not ranked_infinitive(doc[5], lexicons)
    assert frame_qualifiers(doc[5], lexicons) == (False, "intended")


def test_the_first_to_act_under_will_be_shares_its_future():
    doc = parsed("""
        She 2 nsubj PRON PRP she
        will 2 aux AUX MD will
        be 2 ROOT AUX VB be
        the 5 det DET DT the
        first 5 amod ADJ JJ first
        pilot 2 attr NOUN NN pilot
        to 7 aux PART TO to
        land 5 relcl VERB VB land
        there 7 advmod ADV RB there
        . 2 punct PUNCT . .
    """)
    lexicons = load_lexicons()
    assert ranked_infinitive(doc[7], lexicons)
    assert frame_qualifiers(doc[7], lexicons) == (False, "will")


def test_a_ranked_noun_before_the_ranking_verb_ranks_nothing():
    doc = parsed("""
        During 7 prep ADP IN during
        its 3 poss PRON PRP$ its
        first 3 amod ADJ JJ first
        flight 0 pobj NOUN NN flight
        , 7 punct PUNCT , ,
        the 6 det DET DT the
        capsule 7 nsubj NOUN NN capsule
        is 7 ROOT AUX VBZ be
        to 9 aux PART TO to
        land 7 xcomp VERB VB land
        in 9 prep ADP IN in
        the 12 det DET DT the
        sea 10 pobj NOUN NN sea
        . 7 punct PUNCT . .
    """)
    assert not ranked_infinitive(doc[9], load_lexicons())
    assert qualified(doc)["the capsule | is to land in | the sea"][1] == "planned"


def test_the_latest_effort_to_act_is_only_an_aim():
    doc = parsed("""
        The 1 det DET DT the
        firm 2 nsubj NOUN NN firm
        made 2 ROOT VERB VBD make
        its 5 poss PRON PRP$ its
        latest 5 amod ADJ JJS late
        effort 2 dobj NOUN NN effort
        to 7 aux PART TO to
        plug 5 acl VERB VB plug
        the 9 det DET DT the
        leak 7 dobj NOUN NN leak
        . 2 punct PUNCT . .
    """)
    lexicons = load_lexicons()
    assert not ranked_infinitive(doc[7], lexicons)
    assert frame_qualifiers(doc[7], lexicons) == (False, "intended")


def test_what_one_began_to_do_or_was_forced_to_do_is_told_not_aimed_at():
    doc = parsed("""
        The 1 det DET DT the
        militia 2 nsubj NOUN NN militia
        began 2 ROOT VERB VBD begin
        to 4 aux PART TO to
        shell 2 xcomp VERB VB shell
        the 6 det DET DT the
        town 4 dobj NOUN NN town
        . 2 punct PUNCT . .
    """)
    lexicons = load_lexicons()
    assert told_infinitive(doc[4], lexicons)
    assert frame_qualifiers(doc[4], lexicons) == (False, None)
    forced = parsed("""
        The 1 det DET DT the
        ruling 2 nsubj NOUN NN ruling
        forced 2 ROOT VERB VBD force
        the 4 det DET DT the
        firm 2 dobj NOUN NN firm
        to 6 aux PART TO to
        sell 2 xcomp VERB VB sell
        its 8 poss PRON PRP$ its
        shares 6 dobj NOUN NNS share
        . 2 punct PUNCT . .
    """)
    assert frame_qualifiers(forced[6], lexicons) == (False, None)


def test_what_one_sent_troops_to_do_is_still_only_aimed_at():
    doc = parsed("""
        The 1 det DET DT the
        army 2 nsubj NOUN NN army
        sent 2 ROOT VERB VBD send
        troops 2 dobj NOUN NNS troop
        to 5 aux PART TO to
        seize 2 advcl VERB VB seize
        the 7 det DET DT the
        port 5 dobj NOUN NN port
        . 2 punct PUNCT . .
    """)
    lexicons = load_lexicons()
    assert not told_infinitive(doc[5], lexicons)
    assert frame_qualifiers(doc[5], lexicons) == (False, "intended")
