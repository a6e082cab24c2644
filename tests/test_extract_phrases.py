"""Phrase bounds: what an argument covers, and where it stops."""

from __future__ import annotations

import pytest

from graphbuild.extract.coordination import shared_head, shared_modifier
from graphbuild.extract.phrases import clause_span, conjuncts_after, coordinated_span, noun_span

from .parsed import parsed, triple_strings

# "the final , delicate stages of talks , which ended ."
STAGES = parsed("""
the 4 det DET DT the
final 4 amod ADJ JJ final
, 4 punct PUNCT , ,
delicate 4 amod ADJ JJ delicate
stages 4 ROOT NOUN NNS stage
of 4 prep ADP IN of
talks 5 pobj NOUN NNS talk
, 6 punct PUNCT , ,
which 9 nsubj PRON WDT which
ended 6 relcl VERB VBD end
. 4 punct PUNCT . .
""")

# "Austria and Hungary border Slovakia ."
BORDER = parsed("""
Austria 3 nsubj PROPN NNP Austria
and 0 cc CCONJ CC and
Hungary 0 conj PROPN NNP Hungary
border 3 ROOT VERB VBP border
Slovakia 3 dobj PROPN NNP Slovakia
. 3 punct PUNCT . .
""")


def _text(doc, span):
    return doc[span[0] : span[1]].text


def test_noun_span_keeps_an_inner_comma_and_cuts_a_comma_set_relative():
    assert _text(STAGES, noun_span(STAGES[4])) == "the final , delicate stages of talks"


def test_noun_span_leaves_out_coordinated_siblings():
    assert _text(BORDER, noun_span(BORDER[0])) == "Austria"


def test_coordinated_span_keeps_them():
    assert _text(BORDER, coordinated_span(BORDER[0])) == "Austria and Hungary"


def test_clause_span_drops_edge_punctuation():
    assert _text(STAGES, clause_span(STAGES[9])) == "which ended"


def test_a_bare_number_coordinated_with_a_noun_is_an_elided_noun_not_an_object():
    doc = parsed("""
        Nurses 2 nsubj NOUN NNS nurse
        may 2 aux AUX MD may
        receive 2 ROOT VERB VB receive
        one 4 nummod NUM CD one
        month 6 poss NOUN NN month
        's 4 case PART POS 's
        pay 2 dobj NOUN NN pay
        instead 8 advmod ADV RB instead
        of 6 cc ADP IN of
        two 6 conj NUM CD two
        . 2 punct PUNCT . .
    """)
    pay = doc[6]
    assert conjuncts_after([pay]) == [pay]  # not "may receive two"


def test_a_name_is_not_cut_at_its_own_and_or_comma():
    # "The Bureau of Forests , Soil and Water reported losses .": one body, not three subjects
    doc = parsed("""
        The 1 det DET DT the
        Bureau 8 nsubj PROPN NNP Bureau B-ORG
        of 1 prep ADP IN of I-ORG
        Forests 2 pobj PROPN NNP Forests I-ORG
        , 1 punct PUNCT , , I-ORG
        Soil 1 conj PROPN NNP Soil I-ORG
        and 5 cc CCONJ CC and I-ORG
        Water 5 conj PROPN NNP Water I-ORG
        reported 8 ROOT VERB VBD report
        losses 8 dobj NOUN NNS loss
        . 8 punct PUNCT . .
    """)
    assert conjuncts_after([doc[1]]) == [doc[1]]
    assert triple_strings(doc) == ["The Bureau of Forests , Soil and Water | reported | losses"]
    # a true list of names stays a list
    assert conjuncts_after([BORDER[0]]) == [BORDER[0], BORDER[2]]


def test_a_noun_owned_by_a_name_with_and_is_the_speaker_not_the_names_first_half():
    # "The Office of Roads and Bridges 's chief , Ida Marsh , said delays would end ."
    doc = parsed("""
        The 1 det DET DT the
        Office 12 nsubj PROPN NNP Office B-ORG
        of 1 prep ADP IN of I-ORG
        Roads 2 pobj PROPN NNP Roads I-ORG
        and 1 cc CCONJ CC and I-ORG
        Bridges 7 poss PROPN NNP Bridges I-ORG
        's 5 case PART POS 's I-ORG
        chief 1 conj NOUN NN chief
        , 7 punct PUNCT , ,
        Ida 10 compound PROPN NNP Ida B-PERSON
        Marsh 7 appos PROPN NNP Marsh I-PERSON
        , 7 punct PUNCT , ,
        said 12 ROOT VERB VBD say
        delays 15 nsubj NOUN NNS delay
        would 15 aux AUX MD would
        end 12 ccomp VERB VB end
        . 12 punct PUNCT . .
    """)
    triples = triple_strings(doc)
    assert "The Office of Roads and Bridges 's chief | said | delays would end" in triples
    assert not any(t.startswith("The Office of Roads | said") for t in triples)
    assert "Ida Marsh | is chief of | Office of Roads and Bridges" in triples  # the owner: the whole name


def test_an_event_gerund_completes_the_object_of_a_preposition():
    # "Heavy rain led to the bridge getting closed .": not "led to the bridge"
    doc = parsed("""
        Heavy 1 amod ADJ JJ heavy
        rain 2 nsubj NOUN NN rain
        led 2 ROOT VERB VBD lead
        to 2 prep ADP IN to
        the 5 det DET DT the
        bridge 3 pobj NOUN NN bridge
        getting 7 auxpass AUX VBG get
        closed 5 acl VERB VBN close
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["Heavy rain | led to | the bridge getting closed"]
    # another participle is no event: it narrows an unspecific noun, and stays as that
    # noun's restriction (``restrictive``): "went to a village facing the sea"
    doc = parsed("""
        Aid 1 nsubj NOUN NN aid
        went 1 ROOT VERB VBD go
        to 1 prep ADP IN to
        a 4 det DET DT a
        village 2 pobj NOUN NN village
        facing 4 acl VERB VBG face
        the 7 det DET DT the
        sea 5 dobj NOUN NN sea
        . 1 punct PUNCT . .
    """)
    assert "Aid | went to | a village facing the sea" in triple_strings(doc)


def test_a_finite_verb_hung_on_an_object_makes_it_a_reported_clause():
    # "The mayor posted the notice required calm .": the notice required calm
    doc = parsed("""
        The 1 det DET DT the
        mayor 2 nsubj NOUN NN mayor
        posted 2 ROOT VERB VBD post
        the 4 det DET DT the
        notice 2 dobj NOUN NN notice
        required 4 acl VERB VBD require
        calm 5 dobj NOUN NN calm
        . 2 punct PUNCT . .
    """)
    triples = triple_strings(doc)
    assert "The mayor | posted | the notice required calm" in triples
    assert "The mayor | posted | the notice" not in triples


def test_an_approximator_hung_on_the_verb_stays_with_its_number():
    doc = parsed("""
        Monitors 2 nsubj NOUN NNS monitor
        have 2 aux AUX VBP have
        confirmed 2 ROOT VERB VBN confirm
        close 2 advmod ADV RB close
        to 6 quantmod ADP IN to
        a 6 quantmod DET DT a B-CARDINAL
        hundred 8 nummod NUM CD hundred I-CARDINAL
        violent 8 amod ADJ JJ violent
        incidents 2 dobj NOUN NNS incident
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["Monitors | have confirmed | close to a hundred violent incidents"]
    doc = parsed("""
        Monitors 1 nsubj NOUN NNS monitor
        counted 1 ROOT VERB VBD count
        nearly 1 advmod ADV RB nearly
        40 5 nummod NUM CD 40 B-CARDINAL
        violent 5 amod ADJ JJ violent
        incidents 1 dobj NOUN NNS incident
        . 1 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["Monitors | counted | nearly 40 violent incidents"]


def test_an_approximator_of_a_whole_stays_but_an_adverb_before_a_plain_noun_does_not():
    doc = parsed("""
        Monitors 1 nsubj NOUN NNS monitor
        counted 1 ROOT VERB VBD count
        nearly 1 advmod ADV RB nearly
        all 4 det DET DT all
        incidents 1 dobj NOUN NNS incident
        . 1 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["Monitors | counted | nearly all incidents"]
    doc = parsed("""
        Monitors 1 nsubj NOUN NNS monitor
        counted 1 ROOT VERB VBD count
        again 1 advmod ADV RB again
        the 4 det DET DT the
        incidents 1 dobj NOUN NNS incident
        . 1 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["Monitors | counted | the incidents"]


def test_a_that_clause_on_an_object_noun_is_its_content():
    doc = parsed("""
        The 1 det DET DT the
        minister 2 nsubj NOUN NN minister
        expressed 2 ROOT VERB VBD express
        hope 2 dobj NOUN NN hope
        that 8 mark SCONJ IN that
        the 6 det DET DT the
        law 8 nsubj NOUN NN law
        will 8 aux AUX MD will
        reduce 3 acl VERB VB reduce
        crime 8 dobj NOUN NN crime
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc)[0] == "The minister | expressed | hope that the law will reduce crime"


def test_a_that_clause_after_a_bare_noun_of_an_adjunct_is_not_its_content():
    doc = parsed("""
        Police 1 nsubj NOUN NNS Police
        commented 1 ROOT VERB VBD comment
        after 1 prep ADP IN after
        conviction 2 pobj NOUN NN conviction
        that 8 mark SCONJ IN that
        the 6 det DET DT the
        town 8 nsubj NOUN NN town
        can 8 aux AUX MD can
        trust 3 acl VERB VB trust
        its 10 poss PRON PRP$ its
        officers 8 dobj NOUN NNS officer
        . 1 punct PUNCT . .
    """)
    assert triple_strings(doc)[0] == "Police | commented after | conviction"


# "Police questioned Acme and Zenith employees ." (the parser's reading: the first name heads it)
SHARED_EMPLOYEES = """
Police 1 nsubj NOUN NNS police
questioned 1 ROOT VERB VBD question
Acme 1 dobj PROPN NNP Acme B-ORG
and 2 cc CCONJ CC and
Zenith 5 compound PROPN NNP Zenith B-ORG
employees 2 conj NOUN NNS employee
. 1 punct PUNCT . .
"""


def test_names_sharing_the_noun_after_them_are_one_phrase_about_that_noun():
    doc = parsed(SHARED_EMPLOYEES)
    assert shared_head(doc[2])
    assert noun_span(doc[2]) == (2, 6)
    assert conjuncts_after([doc[2]]) == [doc[2]]
    assert triple_strings(doc) == ["Police | questioned | Acme and Zenith employees"]


def test_a_shared_noun_with_a_determiner_of_its_own_is_a_second_thing():
    # "Police questioned Acme and the Zenith employees ."
    doc = parsed(SHARED_EMPLOYEES.replace("Zenith 5 compound", "the 6 det DET DT the\nZenith 6 compound"))
    assert not shared_head(doc[2])


def test_a_singular_noun_after_the_names_leaves_them_coordinated():
    # "Police questioned Acme and Zenith employee ." names no shared plural
    doc = parsed(SHARED_EMPLOYEES.replace("NOUN NNS employee", "NOUN NN employee"))
    assert not shared_head(doc[2])


def test_other_before_the_shared_noun_makes_it_a_second_group():
    # "Police questioned Acme and other Zenith employees ."
    rows = SHARED_EMPLOYEES.replace("Zenith 5", "other 6 amod ADJ JJ other\nZenith 6")
    assert not shared_head(parsed(rows)[2])


# "The mayor thanked the nurses and doctors of the clinic ." (the parser hangs "of" on "nurses")
NURSES_OF_THE_CLINIC = """
The 1 det DET DT the
mayor 2 nsubj NOUN NN mayor
thanked 2 ROOT VERB VBD thank
the 4 det DET DT the
nurses 2 dobj NOUN NNS nurse
and 4 cc CCONJ CC and
doctors 4 conj NOUN NNS doctor
of 4 prep ADP IN of
the 9 det DET DT the
clinic 7 pobj NOUN NN clinic
. 2 punct PUNCT . .
"""


def test_a_phrase_after_the_last_conjunct_is_every_conjuncts_own():
    doc = parsed(NURSES_OF_THE_CLINIC)
    assert shared_modifier(doc[4]) == doc[7]
    assert conjuncts_after([doc[4]]) == [doc[4]]
    assert triple_strings(doc) == ["The mayor | thanked | the nurses and doctors of the clinic"]


def test_a_phrase_on_the_last_conjunct_is_its_own():
    # "The mayor thanked the nurses and doctors of the clinic ." read with "of" on "doctors"
    doc = parsed(NURSES_OF_THE_CLINIC.replace("of 4 prep", "of 6 prep"))
    assert shared_modifier(doc[4]) is None
    assert triple_strings(doc) == [
        "The mayor | thanked | the nurses",
        "The mayor | thanked | doctors of the clinic",
    ]


def test_a_name_keeps_its_conjuncts_apart():
    # "The mayor thanked Acme and Zenith of the clinic ." names two things, each a node
    rows = NURSES_OF_THE_CLINIC.replace("nurses 2 dobj NOUN NNS nurse", "Acme 2 dobj PROPN NNP Acme")
    assert shared_modifier(parsed(rows)[4]) is None


def test_a_phrase_after_the_last_conjunct_with_another_preposition_may_be_the_verbs():
    # "The mayor thanked the nurses and doctors from the clinic ." : "seized files and records
    # from the office" takes them from it; the coordination stays two arguments
    doc = parsed(NURSES_OF_THE_CLINIC.replace("of 4 prep ADP IN of", "from 4 prep ADP IN from"))
    assert shared_modifier(doc[4]) is None


# "The police thanked the owner and driver of the truck ." (the parser hangs "of" on "driver")
OWNER_AND_DRIVER = """
The 1 det DET DT the
police 2 nsubj NOUN NNS police
thanked 2 ROOT VERB VBD thank
the 4 det DET DT the
owner 2 dobj NOUN NN owner
and 4 cc CCONJ CC and
driver 4 conj NOUN NN driver
of 6 prep ADP IN of
the 9 det DET DT the
truck 7 pobj NOUN NN truck
. 2 punct PUNCT . .
"""


def test_a_phrase_on_the_last_of_two_singular_nouns_is_both_nouns():
    # fresh27: "Mark Zuckerberg, the chief executive officer and founder of Facebook" gave
    # "Mark Zuckerberg | is | the chief executive officer", chief executive of nothing
    doc = parsed(OWNER_AND_DRIVER)
    assert shared_modifier(doc[4]) == doc[7]
    assert triple_strings(doc) == ["The police | thanked | the owner and driver of the truck"]


def test_a_last_noun_with_a_determiner_of_its_own_keeps_its_phrase():
    doc = parsed("""
        The 1 det DET DT the
        police 2 nsubj NOUN NNS police
        thanked 2 ROOT VERB VBD thank
        the 4 det DET DT the
        owner 2 dobj NOUN NN owner
        and 4 cc CCONJ CC and
        a 7 det DET DT a
        driver 4 conj NOUN NN driver
        of 7 prep ADP IN of
        the 10 det DET DT the
        truck 8 pobj NOUN NN truck
        . 2 punct PUNCT . .
    """)
    assert shared_modifier(doc[4]) is None
    assert "The police | thanked | the owner" in triple_strings(doc)


def test_an_acronym_title_after_a_noun_shares_its_of():
    # "Jo Park was chairman and CEO of Norvik ." : the tagger takes "CEO" for a name, and
    # "Jo Park | was | chairman" lost whose chairman
    doc = parsed("""
        Jo 1 compound PROPN NNP Jo
        Park 2 nsubj PROPN NNP Park
        was 2 ROOT AUX VBD be
        chairman 2 attr NOUN NN chairman
        and 3 cc CCONJ CC and
        CEO 3 conj PROPN NNP CEO
        of 3 prep ADP IN of
        Norvik 6 pobj PROPN NNP Norvik
        . 2 punct PUNCT . .
    """)
    assert shared_modifier(doc[3]) == doc[6]
    assert "Jo Park | was | chairman and CEO of Norvik" in triple_strings(doc)


@pytest.mark.model
def test_a_noun_before_a_verb_group_after_and_opens_a_clause(nlp):
    # edges gold (issue 13): "said US troops had defeated ISIS and Turkey would be moving into X" made
    # the troops defeat Turkey and move into X; the noun before "would be" is the new clause's subject
    strings = triple_strings(nlp("The army captured the town and rebels will retreat to the hills."))
    assert "The army | captured | the town" in strings
    assert "rebels | will retreat to | the hills" in strings
    assert not any(t.endswith("| rebels") or t.startswith("The army | will retreat") for t in strings)


@pytest.mark.model
def test_coordinated_objects_with_no_verb_group_after_them_stay_objects(nlp):
    strings = triple_strings(nlp("Police arrested two men and a woman on Monday."))
    assert "Police | arrested | a woman | on Monday" in strings


def test_a_noun_before_a_subjectless_finite_verb_after_and_opens_a_clause():
    # "The hall was filled to capacity and local fans wore red shirts.": the fans wore them, and
    # are no second capacity the hall was filled to
    doc = parsed("""
        The 1 det DET DT the
        hall 3 nsubjpass NOUN NN hall
        was 3 auxpass AUX VBD be
        filled 3 ROOT VERB VBN fill
        to 3 prep ADP IN to
        capacity 4 pobj NOUN NN capacity
        and 5 cc CCONJ CC and
        local 8 amod ADJ JJ local
        fans 5 conj NOUN NNS fan
        wore 3 conj VERB VBD wear
        red 11 amod ADJ JJ red
        shirts+ 9 dobj NOUN NNS shirt
        . 3 punct PUNCT . .
    """)
    strings = triple_strings(doc)
    assert "The hall | was filled to | capacity" in strings
    assert "local fans | wore | red shirts" in strings
    assert not any(t.startswith("The hall | wore") for t in strings)


def test_coordinated_objects_before_a_verb_after_a_second_and_stay_objects():
    # "Police arrested the driver and his wife and charged them.": the verb follows "and", not the
    # noun, so both were arrested and the police charged them
    doc = parsed("""
        Police 1 nsubj NOUN NNS police
        arrested 1 ROOT VERB VBD arrest
        the 3 det DET DT the
        driver 1 dobj NOUN NN driver
        and 3 cc CCONJ CC and
        his 6 poss PRON PRP$ his
        wife 3 conj NOUN NN wife
        and 1 cc CCONJ CC and
        charged 1 conj VERB VBD charge
        them+ 8 dobj PRON PRP they
        . 1 punct PUNCT . .
    """)
    strings = triple_strings(doc)
    assert "Police | arrested | his wife" in strings
    assert "Police | charged | them" in strings


def test_a_noun_after_a_bare_participles_and_opens_no_clause():
    # "Some people in the rally attended by teachers and students threw stones.": the parse makes
    # the participle "attended" the main verb; "threw" is the people's, not the students'
    doc = parsed("""
        Some 1 det DET DT some
        people 5 nsubj NOUN NNS people
        in 1 prep ADP IN in
        the 4 det DET DT the
        rally 2 pobj NOUN NN rally
        attended 5 ROOT VERB VBN attend
        by 5 agent ADP IN by
        teachers 6 pobj NOUN NNS teacher
        and 7 cc CCONJ CC and
        students 7 conj NOUN NNS student
        threw 5 conj VERB VBD throw
        stones+ 10 dobj NOUN NNS stone
        . 5 punct PUNCT . .
    """)
    strings = triple_strings(doc)
    assert "Some people in the rally | threw | stones" in strings
    assert not any(t.startswith("students | threw") for t in strings)
