"""Participles after a phrase that may be their doer, on hand-built parses of invented sentences."""

from __future__ import annotations

from graphbuild.extract.phrase_participles import (
    content_after_recipient,
    fronted_phrase_noun,
    named_by_participle,
    speech_after_words,
)
from graphbuild.lexicons import load_lexicons

from .parsed import parsed, triple_strings

# "In the new report, released on Monday, the council said that rents would rise."
REPORT_RELEASED = """
In 11 prep ADP IN in
the 3 det DET DT the
new 3 amod ADJ JJ new
report 0 pobj NOUN NN report
, 11 punct PUNCT , ,
released 11 advcl VERB VBN release
on 5 prep ADP IN on
Monday 6 pobj PROPN NNP Monday B-DATE
, 11 punct PUNCT , ,
the 10 det DET DT the
council 11 nsubj NOUN NN council
said 11 ROOT VERB VBD say
that 15 mark SCONJ IN that
rents 15 nsubj NOUN NNS rent
would 15 aux AUX MD would
rise 11 ccomp VERB VB rise
. 11 punct PUNCT . .
"""

# "At the meeting, held in Lund, the board voted to close the plant."
MEETING_HELD = """
At 10 prep ADP IN at
the 2 det DET DT the
meeting 0 pobj NOUN NN meeting
, 10 punct PUNCT , ,
held 10 advcl VERB VBN hold
in 4 prep ADP IN in
Lund 5 pobj PROPN NNP Lund B-GPE
, 10 punct PUNCT , ,
the 9 det DET DT the
board 10 nsubj NOUN NN board
voted 10 ROOT VERB VBD vote
to 12 aux PART TO to
close 10 xcomp VERB VB close
the 14 det DET DT the
plant 12 dobj NOUN NN plant
. 10 punct PUNCT . .
"""

# "On Friday, charged with fraud, the mayor resigned."
FRIDAY_CHARGED = """
On 9 prep ADP IN on
Friday 0 pobj PROPN NNP Friday B-DATE
, 9 punct PUNCT , ,
charged 9 advcl VERB VBN charge
with 3 prep ADP IN with
fraud 4 pobj NOUN NN fraud
, 9 punct PUNCT , ,
the 8 det DET DT the
mayor 9 nsubj NOUN NN mayor
resigned 9 ROOT VERB VBD resign
. 9 punct PUNCT . .
"""


def test_a_participle_after_a_fronted_document_is_the_documents():
    doc = parsed(REPORT_RELEASED)
    assert fronted_phrase_noun(doc[5]).text == "report"
    strings = triple_strings(doc)
    assert "the new report | was released on | Monday" in strings
    assert not any(t.startswith("the council | was released") for t in strings)
    assert "the council | said that | rents would rise" in strings


def test_a_participle_after_a_fronted_thing_states_no_doer():
    strings = triple_strings(parsed(MEETING_HELD))
    assert not any("| was held in |" in t for t in strings)  # the meeting's, or the board's: unclear
    assert "the board | voted to close | the plant" in strings


def test_a_participle_after_a_fronted_time_keeps_the_main_subject():
    doc = parsed(FRIDAY_CHARGED)
    assert fronted_phrase_noun(doc[3]) is None
    assert "the mayor | was charged with | fraud" in triple_strings(doc)


def _drew_attention(words: str) -> str:
    """ "The editor drew attention to <words>, asserting that the plan was unfair." """
    nouns = words.split()
    rows = [
        "The 1 det DET DT the",
        "editor 2 nsubj NOUN NN editor",
        "drew 2 ROOT VERB VBD draw",
        "attention 2 dobj NOUN NN attention",
        "to 2 prep ADP IN to",
    ]
    if len(nouns) == 1:
        rows += ["the 6 det DET DT the", f"{nouns[0]} 4 pobj NOUN NN {nouns[0]}"]
    else:  # "remarks by the senator"
        rows += [
            "remarks 4 pobj NOUN NNS remark",
            "by 5 prep ADP IN by",
            "the 8 det DET DT the",
            "senator 6 pobj NOUN NN senator",
        ]
    n = len(rows)
    rows += [
        ", 2 punct PUNCT , ,",
        "asserting 2 advcl VERB VBG assert",
        f"that {n + 5} mark SCONJ IN that",
        f"the {n + 4} det DET DT the",
        f"plan {n + 5} nsubj NOUN NN plan",
        f"was {n + 1} ccomp AUX VBD be",
        f"unfair {n + 5} acomp ADJ JJ unfair",
        ". 2 punct PUNCT . .",
    ]
    return "\n".join(rows)


def test_a_speech_participle_after_remarks_has_no_clear_speaker():
    doc = parsed(_drew_attention("remarks by the senator"))
    assert speech_after_words(doc[10], load_lexicons())
    strings = triple_strings(doc)
    assert not any("| asserting that |" in t for t in strings)  # the remarks assert it, or the editor
    assert "The editor | drew | attention | to remarks by the senator" in strings


def test_a_speech_participle_after_a_person_stays_the_subjects():
    doc = parsed(_drew_attention("senator"))
    assert not speech_after_words(doc[8], load_lexicons())
    assert "The editor | asserting that | the plan was unfair" in triple_strings(doc)


def _sent_to(thing: str, lemma: str, participle: str, rest: str) -> str:
    """ "The man sent <thing> to families <participle> <rest>." with the participle on "families"."""
    return f"""
        The 1 det DET DT the
        man 2 nsubj NOUN NN man
        sent 2 ROOT VERB VBD send
        {thing} 2 dobj NOUN NNS {lemma}
        to 2 dative ADP IN to
        families 4 pobj NOUN NNS family
        {participle} 5 acl VERB VBG {participle[:-3]}
        {rest} 6 dobj NOUN NNS {rest}
        . 2 punct PUNCT . .
    """


def test_a_participle_on_the_one_a_letter_went_to_has_no_doer():
    doc = parsed(_sent_to("letters", "letter", "containing", "threats"))
    assert content_after_recipient(doc[6], load_lexicons())
    strings = triple_strings(doc)
    assert not any("| containing |" in t for t in strings)  # the letters held the threats
    assert any(t.startswith("The man | sent | letters") for t in strings)


def test_a_participle_on_the_one_goods_went_to_is_theirs():
    doc = parsed(_sent_to("boxes", "box", "needing", "food"))
    assert not content_after_recipient(doc[6], load_lexicons())
    assert "families | needing | food" in triple_strings(doc)


def test_a_speech_participle_after_the_words_the_subject_answers_stays_the_subjects():
    # "The minister rejected the agency's report, saying that it was wrong."
    doc = parsed("""
        The 1 det DET DT the
        minister 2 nsubj NOUN NN minister
        rejected 2 ROOT VERB VBD reject
        the 4 det DET DT the
        agency 6 poss NOUN NN agency
        's 4 case PART POS 's
        report 2 dobj NOUN NN report
        , 2 punct PUNCT , ,
        saying 2 advcl VERB VBG say
        that 11 mark SCONJ IN that
        it 11 nsubj PRON PRP it
        was 8 ccomp AUX VBD be
        wrong 11 acomp ADJ JJ wrong
        . 2 punct PUNCT . .
    """)
    assert not speech_after_words(doc[8], load_lexicons())
    assert "The minister | saying that | it was wrong" in triple_strings(doc)


def test_a_speech_participle_after_a_reply_to_remarks_is_the_one_who_replies():
    # "The editor replied to remarks by the senator, saying that the plan was fair."
    doc = parsed("""
        The 1 det DET DT the
        editor 2 nsubj NOUN NN editor
        replied 2 ROOT VERB VBD reply
        to 2 prep ADP IN to
        remarks 3 pobj NOUN NNS remark
        by 4 prep ADP IN by
        the 7 det DET DT the
        senator 5 pobj NOUN NN senator
        , 2 punct PUNCT , ,
        saying 2 advcl VERB VBG say
        that 13 mark SCONJ IN that
        the 12 det DET DT the
        plan 13 nsubj NOUN NN plan
        was 9 ccomp AUX VBD be
        fair 13 acomp ADJ JJ fair
        . 2 punct PUNCT . .
    """)
    assert not speech_after_words(doc[9], load_lexicons())
    assert "The editor | saying that | the plan was fair" in triple_strings(doc)


def test_a_second_name_after_a_name_and_its_comma_is_that_names():
    # "Zoe asked a friend, Ann Lee, also known as Red, to sing.": Ann Lee is known as Red, not Zoe
    doc = parsed("""
        Zoe 1 nsubj PROPN NNP Zoe B-PERSON
        asked 1 ROOT VERB VBD ask
        a 3 det DET DT a
        friend 1 dobj NOUN NN friend
        , 1 punct PUNCT , ,
        Ann 6 compound PROPN NNP Ann B-PERSON
        Lee 1 npadvmod PROPN NNP Lee I-PERSON
        , 1 punct PUNCT , ,
        also 9 advmod ADV RB also
        known 1 advcl VERB VBN know
        as 9 prep ADP IN as
        Red 10 pobj PROPN NNP Red B-PERSON
        , 9 punct PUNCT , ,
        to 14 aux PART TO to
        sing 9 advcl VERB VB sing
        . 1 punct PUNCT . .
    """)
    assert named_by_participle(doc[9]).text == "Lee"
    strings = triple_strings(doc)
    assert any(t.startswith("Ann Lee | was also known as | Red") for t in strings)
    assert not any(t.startswith("Zoe | was also known as") for t in strings)
