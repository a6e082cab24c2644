"""Subjects found through relative clauses read their word lists from the build's lexicons."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.extract.antecedents import antecedent
from graphbuild.extract.subjects import subjects
from graphbuild.lexicons import Lexicons, load_lexicons

from .parsed import parsed, triple_strings

# "Analysts were hopeful about the venture, such as Ann Tell, who spoke." with the clause on "venture"
WHO_AFTER_A_THING = """
Analysts 1 nsubj NOUN NNS analyst
were 1 ROOT AUX VBD be
hopeful 1 acomp ADJ JJ hopeful
about 2 prep ADP IN about
the 5 det DET DT the
venture 3 pobj NOUN NN venture
, 5 punct PUNCT , ,
such 8 amod ADJ JJ such
as 5 prep ADP IN as
Ann 10 compound PROPN NNP ann B-PERSON
Tell 8 pobj PROPN NNP tell I-PERSON
, 5 punct PUNCT , ,
who 13 nsubj PRON WP who
spoke 5 relcl VERB VBD speak
. 1 punct PUNCT . .
"""


def _lexicons(tmp_path: Path, **lists: str) -> Lexicons:
    (tmp_path / "lexicons").mkdir()
    for name, text in lists.items():
        (tmp_path / "lexicons" / f"{name}.txt").write_text(text, encoding="utf-8")
    return Lexicons(tmp_path)


def test_who_after_a_thing_reads_person_nouns_from_the_given_lexicons(tmp_path: Path):
    doc = parsed(WHO_AFTER_A_THING)
    relcl = doc[13]
    # "venture" names no person: "who" is the person named between it and the clause
    assert antecedent(relcl, load_lexicons()).text == "Tell"
    # an ontology (``--ontology DIR``) whose person nouns include "venture": "who" may be the noun itself
    custom = _lexicons(tmp_path, role_nouns="venture\n", member_nouns="", actor_nouns="")
    assert antecedent(relcl, custom).text == "venture"


@pytest.mark.model
def test_who_after_a_place_phrase_is_the_person_it_follows(nlp):
    # fresh7 (issue 18): "won by Rai Benjamin from the United States, who finished the race" made
    # the United States finish
    doc = nlp("The gold medal was won by Tom Hale from Norway, who finished the race in 47 seconds.")
    assert any(t.startswith("Tom Hale | finished | the race") for t in triple_strings(doc))


@pytest.mark.model
def test_a_relative_clause_on_an_apposition_is_said_of_the_name(nlp):
    # fresh8 (issue 18): "Richard Guy, a British mathematician who has published 300 papers, died"
    doc = nlp("Ana Ruiz, a Chilean chemist who has published over 300 papers, died on Monday.")
    assert any(t.startswith("Ana Ruiz | has published | over 300 papers") for t in triple_strings(doc))


def test_a_conjunct_that_disagrees_in_number_does_not_borrow_the_subject():
    # fresh (issue 18): "the investigation is ongoing and are continuing to advise ..." made the
    # investigation advise; "are" cannot share the singular subject of "is"
    doc = parsed("""
        The 1 det DET DT the
        inquiry 2 nsubj NOUN NN inquiry
        is 2 ROOT AUX VBZ be
        ongoing 2 acomp ADJ JJ ongoing
        and 2 cc CCONJ CC and
        are 6 aux AUX VBP be
        urging 2 conj VERB VBG urge
        calm 6 dobj NOUN NN calm
        . 2 punct PUNCT . .
    """)
    assert [t.text for t in subjects(doc[2], load_lexicons())] == ["inquiry"]
    assert subjects(doc[6], load_lexicons()) == []


@pytest.mark.model
def test_conjuncts_that_agree_in_number_share_the_subject(nlp):
    doc = nlp("The ministers are reviewing the plan and are expected to publish it in May.")
    assert any(t.startswith("The ministers | are expected to publish | it") for t in triple_strings(doc))


@pytest.mark.model
def test_a_verb_after_an_unclosed_relative_clause_is_not_the_main_subjects(nlp):
    # fresh (issue 18): "police were taped handcuffing a student who had torn papers ... and punched
    # an assistant principal" made the police's city punch; with no comma to close the relative
    # clause, the verb after "and" goes on with it
    doc = nlp(
        "The mayor was criticised by residents who had earlier protested against the tax "
        "and demanded a new vote."
    )
    triples = triple_strings(doc)
    assert "residents | had earlier protested against | the tax" in triples
    assert not any(t.startswith("The mayor | demanded") for t in triples)


@pytest.mark.model
def test_a_verb_after_a_relative_clause_closed_by_a_comma_is_the_main_subjects(nlp):
    doc = nlp(
        "Police said Tom Hale entered the Elm Street clinic, which treats elderly patients, and shot a nurse."
    )
    assert any(t.startswith("Tom Hale | shot | a nurse") for t in triple_strings(doc))
    # a closing quote ends it too
    doc = nlp('The envoy said the men who were "tried" and described the evidence as weak.')
    assert any(t.startswith("The envoy | described | the evidence") for t in triple_strings(doc))


def test_a_participle_after_a_source_is_not_the_sources_act():
    # fresh (issue 18): "a document from Wikileaks detailing symbols" made Wikileaks detail them
    doc = parsed("""
        Reporters 1 nsubj NOUN NNS reporter
        obtained 1 ROOT VERB VBD obtain
        a 3 det DET DT a
        memo 1 dobj NOUN NN memo
        from 3 prep ADP IN from
        Interpol 6 nsubj PROPN NNP Interpol B-ORG
        detailing 4 pcomp VERB VBG detail
        raids 6 dobj NOUN NNS raid
        . 1 punct PUNCT . .
    """)
    assert subjects(doc[6], load_lexicons()) == []
    assert "Interpol | detailing | raids" not in triple_strings(doc)


@pytest.mark.model
def test_a_participle_after_an_absolute_with_phrase_is_that_nouns_act(nlp):
    # fresh (issue 18): "the United States had the most deaths, with the next highest country, the
    # United Kingdom, reporting 37,542 deaths" made the United States report them
    doc = nlp(
        "Germany likewise had the highest number of recorded cases linked to the virus, with the next"
        " highest country, Spain, reporting 4,200 cases as of Friday."
    )
    strings = triple_strings(doc)
    assert not any(t.startswith(("Germany | reporting", "the highest number")) for t in strings)
    assert any("| reporting | 4,200 cases" in t for t in strings)


@pytest.mark.model
def test_a_participle_after_a_with_phrase_and_a_comma_is_the_main_subjects(nlp):
    doc = nlp("She left the hall with a smile, saying the vote was fair.")
    assert not any(t.startswith("a smile") for t in triple_strings(doc))


@pytest.mark.model
def test_an_infinitive_chain_on_a_noun_it_completes_is_not_that_nouns_act(nlp):
    # fresh (issue 18): "the ability of insurgent groups in Iraq to continue to be able to attack"
    # made the ability attack
    doc = nlp(
        "The report stressed the ability of rebel groups in the north to continue to be able to strike"
        " on a wide scale."
    )
    assert not any(t.startswith("the ability") for t in triple_strings(doc))


def test_a_conjunct_after_a_participles_object_is_no_subject():
    # issue 18: "one pirate boat carrying eight pirates and some of the money capsized" made the
    # money capsize; after a participle's object the list goes on with what it carries
    doc = parsed("""
        A 1 det DET DT a
        boat 10 nsubj NOUN NN boat
        carrying 1 acl VERB VBG carry
        two 4 nummod NUM CD two
        men 2 dobj NOUN NNS man
        and 1 cc CCONJ CC and
        some 1 conj PRON DT some
        of 6 prep ADP IN of
        the 9 det DET DT the
        cargo 7 pobj NOUN NN cargo
        sank 10 ROOT VERB VBD sink
        . 10 punct PUNCT . .
    """)
    assert [t.text for t in subjects(doc[10], load_lexicons())] == ["boat"]


def test_a_participle_after_its_own_quantifier_takes_no_main_clause_subject():
    # issue 18: "the crash killed 21 people, most being Indonesian nationals" made the crash be
    # the nationals; "most" is the participle's own subject, left as a modifier by the parse
    doc = parsed("""
        The 1 det DET DT the
        flood 2 nsubj NOUN NN flood
        killed 2 ROOT VERB VBD kill
        ten 4 nummod NUM CD ten
        people 2 dobj NOUN NNS people
        , 2 punct PUNCT , ,
        most 7 advmod ADJ JJS most
        being 2 advcl AUX VBG be
        children 7 attr NOUN NNS child
        . 2 punct PUNCT . .
    """)
    assert subjects(doc[7], load_lexicons()) == []


def test_a_relative_clause_on_the_object_of_with_states_no_fact():
    # issue 18: "an earthquake with reported magnitude 6.3 that struck the Philippines" made the
    # magnitude strike; after "with" or "on" the clause may be about either noun
    doc = parsed("""
        Officials 1 nsubj NOUN NNS official
        reported 1 ROOT VERB VBD report
        a 3 det DET DT a
        quake 1 dobj NOUN NN quake
        with 3 prep ADP IN with
        magnitude 4 pobj NOUN NN magnitude
        6 5 nummod NUM CD 6
        that 8 nsubj PRON WDT that
        struck 5 relcl VERB VBD strike
        the 10 det DET DT the
        coast 8 dobj NOUN NN coast
        . 1 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["Officials | reported | a quake with magnitude 6 that struck the coast"]


def test_a_subject_before_a_semicolon_is_not_the_later_verbs():
    # issue 18: "Kurdi's image lead to calls for aid; since then, groups have increased their
    # numbers" gave the image the groups' act; the parse joined two clauses across the semicolon
    doc = parsed("""
        The 1 det DET DT the
        storm 9 nsubj NOUN NN storm
        calls 1 appos NOUN NNS call
        for 2 prep ADP IN for
        aid 3 pobj NOUN NN aid
        ; 9 punct PUNCT : ;
        since 9 prep ADP IN since
        then 6 pcomp ADV RB then
        volunteers 9 nsubj NOUN NNS volunteer
        rebuilt 9 ROOT VERB VBD rebuild
        homes 9 dobj NOUN NNS home
        . 9 punct PUNCT . .
    """)
    assert [t.text for t in subjects(doc[9], load_lexicons())] == ["volunteers"]


def test_a_relative_clause_on_a_name_after_with_or_on_keeps_its_fact():
    # CaRB: "a notable influence on John Buchan and Ken Follett, who described it as …": a clause
    # set on a name is about the name
    doc = parsed("""
        It 1 nsubj PRON PRP it
        was 1 ROOT AUX VBD be
        an 3 det DET DT an
        influence 1 attr NOUN NN influence
        on 3 prep ADP IN on
        Ann 6 compound PROPN NNP Ann
        Lee 4 pobj PROPN NNP Lee
        , 6 punct PUNCT , ,
        who 9 nsubj PRON WP who
        praised 6 relcl VERB VBD praise
        it 9 dobj PRON PRP it
        . 1 punct PUNCT . .
    """)
    assert "Ann Lee | praised | it" in triple_strings(doc)


def test_a_fronted_participle_of_a_time_lends_the_main_subject_nothing():
    # "Beginning on Sept. 30, cigarettes will be banned": the participle says when, nobody "begins on"
    doc = parsed("""
        Starting 7 advcl VERB VBG start
        in 0 prep ADP IN in
        March 1 pobj PROPN NNP March B-DATE
        , 7 punct PUNCT , ,
        the 5 det DET DT the
        council 7 nsubj NOUN NN council
        will 7 aux AUX MD will
        charge 7 ROOT VERB VB charge
        a 9 det DET DT a
        fee 7 dobj NOUN NN fee
        . 7 punct PUNCT . .
    """)
    assert subjects(doc[0], load_lexicons()) == []
    assert triple_strings(doc) == ["the council | will charge | a fee"]


def test_a_fronted_participle_with_an_object_is_the_main_subjects_act():
    doc = parsed("""
        Leaving 7 advcl VERB VBG leave
        the 2 det DET DT the
        hall 0 dobj NOUN NN hall
        in 0 prep ADP IN in
        March 3 pobj PROPN NNP March B-DATE
        , 7 punct PUNCT , ,
        Ruiz 7 nsubj PROPN NNP Ruiz B-PERSON
        thanked 7 ROOT VERB VBD thank
        staff 7 dobj NOUN NNS staff
        . 7 punct PUNCT . .
    """)
    assert [t.text for t in subjects(doc[0], load_lexicons())] == ["Ruiz"]


def test_who_after_a_place_named_in_parts_is_the_persons_before_it():
    # "shot by police officers in East Harlem, New York who were responding": the officers responded
    doc = parsed("""
        A 1 det DET DT a
        man 3 nsubjpass NOUN NN man
        was 3 auxpass AUX VBD be
        shot 3 ROOT VERB VBN shoot
        by 3 agent ADP IN by
        officers 4 pobj NOUN NNS officer
        in 3 prep ADP IN in
        Harlem 6 pobj PROPN NNP Harlem B-GPE
        , 7 punct PUNCT , ,
        Ohio 7 appos PROPN NNP Ohio B-GPE
        who 12 nsubj PRON WP who
        were 12 aux AUX VBD be
        responding 9 relcl VERB VBG respond
        to 12 prep ADP IN to
        calls 13 pobj NOUN NNS call
        . 3 punct PUNCT . .
    """)
    assert [t.text for t in subjects(doc[12], load_lexicons())] == ["officers"]


def test_who_after_a_setting_noun_is_the_noun_before_it():
    # fresh26 (issue 18): "found by fishermen in the area, who called police" made the area call;
    # "fishermen" is in no list of person nouns, but "who" is no area
    doc = parsed("""
        The 1 det DET DT the
        body 3 nsubjpass NOUN NN body
        was 3 auxpass AUX VBD be
        found 3 ROOT VERB VBN find
        by 3 agent ADP IN by
        divers 4 pobj NOUN NNS diver
        near 5 prep ADP IN near
        the 8 det DET DT the
        harbour 6 pobj NOUN NN harbour
        , 8 punct PUNCT , ,
        who 11 nsubj PRON WP who
        called 8 relcl VERB VBD call
        police 11 dobj NOUN NNS police
        . 3 punct PUNCT . .
    """)
    assert [t.text for t in subjects(doc[11], load_lexicons())] == ["divers"]


def test_who_after_a_person_noun_in_a_phrase_stays_with_that_person():
    # "the wife of the man who died": "of" places no one, and a man may be who
    doc = parsed("""
        The 1 det DET DT the
        wife 7 nsubj NOUN NN wife
        of 1 prep ADP IN of
        the 4 det DET DT the
        man 2 pobj NOUN NN man
        who 6 nsubj PRON WP who
        died 4 relcl VERB VBD die
        spoke 7 ROOT VERB VBD speak
        . 7 punct PUNCT . .
    """)
    assert [t.text for t in subjects(doc[6], load_lexicons())] == ["man"]


def test_a_gerund_on_time_spent_is_the_spenders_act():
    # "Kampusch is spending time receiving care": Kampusch receives it, not the time
    doc = parsed("""
        Ruiz 2 nsubj PROPN NNP Ruiz B-PERSON
        is 2 aux AUX VBZ be
        spending 2 ROOT VERB VBG spend
        time 2 dobj NOUN NN time
        receiving 3 acl VERB VBG receive
        care 4 dobj NOUN NN care
        . 2 punct PUNCT . .
    """)
    assert [t.text for t in subjects(doc[4], load_lexicons())] == ["Ruiz"]


def test_a_tensed_verb_joined_to_a_verb_under_a_modal_has_not_its_subject():
    # fresh20: "had hoped the liner could serve as a hotel and had previously told the AP that …"
    # gave "the ocean liner | had previously told"
    doc = parsed("""
        Acme 1 nsubj PROPN NNP Acme B-ORG
        hoped 1 ROOT VERB VBD hope
        the 3 det DET DT the
        ship 5 nsubj NOUN NN ship
        could 5 aux AUX MD could
        serve 1 ccomp VERB VB serve
        as 5 prep ADP IN as
        a 8 det DET DT a
        hotel 6 pobj NOUN NN hotel
        and 5 cc CCONJ CC and
        had 11 aux AUX VBD have
        told 5 conj VERB VBN tell
        reporters 11 dobj NOUN NNS reporter
        . 1 punct PUNCT . .
    """)
    strings = triple_strings(doc)
    assert "the ship | could serve as | a hotel" in strings
    assert not [t for t in strings if t.startswith("the ship | had told")]


def test_a_gerund_after_the_object_of_on_may_be_about_the_object_before_it():
    # fresh19: "posting a notice on the front page explaining the situation" gave "the front page |
    # explaining | the situation": the notice explains, as likely as the page
    doc = parsed("""
        Acme 1 nsubj PROPN NNP Acme B-ORG
        posted 1 ROOT VERB VBD post
        a 3 det DET DT a
        notice 1 dobj NOUN NN notice
        on 1 prep ADP IN on
        its 6 poss PRON PRP$ its
        website 4 pobj NOUN NN website
        explaining 6 acl VERB VBG explain
        the 9 det DET DT the
        delay 7 dobj NOUN NN delay
        . 1 punct PUNCT . .
    """)
    strings = triple_strings(doc)
    assert "Acme | posted | a notice | on its website" in strings
    assert not [t for t in strings if t.startswith("its website | explaining")]


def test_a_speech_participle_after_a_reported_clause_is_the_speaker_s_act():
    # fresh21: "… said that the shantytowns were …, pledging to conduct more raids" gave
    # "the shantytowns | pledging to conduct | …"
    doc = parsed("""
        the 1 det DET DT the
        mayor 2 nsubj NOUN NN mayor
        said 2 ROOT VERB VBD say
        that 6 mark SCONJ IN that
        the 5 det DET DT the
        docks 6 nsubj NOUN NNS dock
        were 2 ccomp AUX VBD be
        unsafe 6 acomp ADJ JJ unsafe
        , 6 punct PUNCT , ,
        pledging 6 advcl VERB VBG pledge
        more 11 amod ADJ JJR more
        patrols 9 dobj NOUN NNS patrol
        . 2 punct PUNCT . .
    """)
    triples = triple_strings(doc)
    assert "the mayor | pledging | more patrols" in triples
    assert not any(t.startswith("the docks | pledging") for t in triples)


def test_a_speech_participle_after_the_object_of_a_judging_verb_is_the_judge_s_words():
    # fresh21: "The U.S. condemns the arrest and sentence calling the charges … baseless" gave
    # "the arrest | calling | the charges …"
    doc = parsed("""
        The 1 det DET DT the
        union 2 nsubj NOUN NN union
        condemns 2 ROOT VERB VBZ condemn
        the 4 det DET DT the
        arrest 2 dobj NOUN NN arrest
        calling 4 acl VERB VBG call
        the 7 det DET DT the
        fines 5 dobj NOUN NNS fine
        unfair 5 oprd ADJ JJ unfair
        . 2 punct PUNCT . .
    """)
    triples = triple_strings(doc)
    assert any(t.startswith("The union | calling | the fines") for t in triples)
    assert not any(t.startswith("the arrest | calling") for t in triples)


def test_a_document_calling_for_something_still_calls_for_it():
    doc = parsed("""
        The 1 det DET DT the
        group 2 nsubj NOUN NN group
        praised 2 ROOT VERB VBD praise
        the 4 det DET DT the
        report 2 dobj NOUN NN report
        calling 4 acl VERB VBG call
        for 5 prep ADP IN for
        reform 6 pobj NOUN NN reform
        . 2 punct PUNCT . .
    """)
    assert "the report | calling for | reform" in triple_strings(doc)


def test_a_speech_participle_after_a_quoted_reported_clause_is_the_speaker_s_act():
    doc = parsed("""
        Roe 1 nsubj PROPN NNP Roe
        said 1 ROOT VERB VBD say
        the 3 det DET DT the
        docks 4 nsubj NOUN NNS dock
        were 1 ccomp AUX VBD be
        " 4 punct PUNCT `` "
        unsafe 4 acomp ADJ JJ unsafe
        , 4 punct PUNCT , ,
        " 4 punct PUNCT '' "
        vowing 4 advcl VERB VBG vow
        changes 9 dobj NOUN NNS change
        . 1 punct PUNCT . .
    """)
    assert "Roe | vowing | changes" in triple_strings(doc)


# "A man was stabbed in Lund, which police deemed an attack." ("which" and "police" both subjects)
WHICH_DEEMED_AN_ACT = """
A 1 det DET DT a
man 3 nsubjpass NOUN NN man
was 3 auxpass AUX VBD be
stabbed 3 ROOT VERB VBN stab
in 3 prep ADP IN in
Lund 4 pobj PROPN NNP lund B-GPE
, 5 punct PUNCT , ,
which 9 nsubj PRON WDT which
police 9 nsubj NOUN NNS police
deemed 5 relcl VERB VBD deem
an 11 det DET DT an
attack 9 dobj NOUN NN attack
. 3 punct PUNCT . .
"""

# "The army, which launched an attack, withdrew."
WHICH_LAUNCHED_AN_ACT = """
The 1 det DET DT the
army 7 nsubj NOUN NN army
, 1 punct PUNCT , ,
which 4 nsubj PRON WDT which
launched 1 relcl VERB VBD launch
an 6 det DET DT an
attack 4 dobj NOUN NN attack
withdrew 7 ROOT VERB VBD withdraw
"""


def test_called_an_act_when_the_clause_calls_which_an_attack():
    from graphbuild.extract.antecedents import called_an_act

    doc = parsed(WHICH_DEEMED_AN_ACT)
    assert called_an_act(doc[7], doc[9], load_lexicons())
    # the police deemed it an attack; Lund deemed nothing
    assert not [s for s in triple_strings(doc) if s.startswith("Lund | deemed")]


def test_called_an_act_not_when_which_does_the_act():
    from graphbuild.extract.antecedents import called_an_act

    doc = parsed(WHICH_LAUNCHED_AN_ACT)
    assert not called_an_act(doc[3], doc[4], load_lexicons())
    assert subjects(doc[4], load_lexicons())[0].text == "army"


# "The designer had a new range of boots, named Trek." with "named" hung on "had"
PASSIVE_PARTICIPLE_AFTER_AN_OBJECT = """
The 1 det DET DT the
designer 2 nsubj NOUN NN designer
had 2 ROOT VERB VBD have
a 5 det DET DT a
new 5 amod ADJ JJ new
range 2 dobj NOUN NN range
of 5 prep ADP IN of
boots 6 pobj NOUN NNS boot
, 2 punct PUNCT , ,
named 2 advcl VERB VBN name
Trek 9 oprd PROPN NNP trek
. 2 punct PUNCT . .
"""

# "The heat came from gas leaks spreading through the mine." with "spreading" hung on "came"
GERUND_RIGHT_AFTER_A_NOUN = """
The 1 det DET DT the
heat 2 nsubj NOUN NN heat
came 2 ROOT VERB VBD come
from 2 prep ADP IN from
gas 5 compound NOUN NN gas
leaks 3 pobj NOUN NNS leak
spreading 2 advcl VERB VBG spread
through 6 prep ADP IN through
the 9 det DET DT the
mine 7 pobj NOUN NN mine
. 2 punct PUNCT . .
"""

# "Iran will expand its program using enriched uranium." with "using" hung on "expand"
MEANS_AFTER_AN_OBJECT = """
Iran 2 nsubj PROPN NNP iran B-GPE
will 2 aux AUX MD will
expand 2 ROOT VERB VB expand
its 4 poss PRON PRP$ its
program 2 dobj NOUN NN program
using 2 advcl VERB VBG use
enriched 7 amod VERB VBN enrich
uranium 5 dobj NOUN NN uranium
. 2 punct PUNCT . .
"""

# "The mayor resigned on Monday, accused of fraud." with "accused" hung on "resigned"
PARTICIPLE_AFTER_A_DATE = """
The 1 det DET DT the
mayor 2 nsubj NOUN NN mayor
resigned 2 ROOT VERB VBD resign
on 2 prep ADP IN on
Monday 3 pobj PROPN NNP monday B-DATE
, 2 punct PUNCT , ,
accused 2 advcl VERB VBN accuse
of 6 prep ADP IN of
fraud 7 pobj NOUN NN fraud
. 2 punct PUNCT . .
"""


def test_a_passive_participle_after_the_object_and_a_comma_is_no_act_of_the_subject():
    # the range of boots is named Trek, not the designer: grammar cannot tell which, so no fact
    triples = triple_strings(parsed(PASSIVE_PARTICIPLE_AFTER_AN_OBJECT))
    assert "The designer | had | a new range of boots" in triples
    assert not any("named" in t for t in triples)
    # kept for Open IE benchmarks
    assert "The designer | was named | Trek" in triple_strings(
        parsed(PASSIVE_PARTICIPLE_AFTER_AN_OBJECT), variants=True
    )


def test_a_gerund_right_after_a_noun_is_no_act_of_the_subject():
    # the leaks spread through the mine, not the heat
    triples = triple_strings(parsed(GERUND_RIGHT_AFTER_A_NOUN))
    assert "The heat | came from | gas leaks" in triples
    assert not any("spreading" in t for t in triples)


def test_a_means_or_a_participle_after_a_date_stays_the_subjects():
    assert "Iran | using | enriched uranium" in triple_strings(parsed(MEANS_AFTER_AN_OBJECT))
    assert "The mayor | was accused of | fraud" in triple_strings(parsed(PARTICIPLE_AFTER_A_DATE))


# "The mayor waited in custody in Lund awaiting trial." with "awaiting" hung on "waited"
GERUND_AFTER_A_SETTING = """
The 1 det DET DT the
mayor 2 nsubj NOUN NN mayor
waited 2 ROOT VERB VBD wait
in 2 prep ADP IN in
custody 3 pobj NOUN NN custody
in 4 prep ADP IN in
Lund 5 pobj PROPN NNP lund B-GPE
awaiting 2 advcl VERB VBG await
trial 7 dobj NOUN NN trial
. 2 punct PUNCT . .
"""


def test_a_gerund_after_a_place_where_the_subject_is_stays_the_subjects():
    # Lund awaits nothing: a participle after a setting tells what the subject did there
    assert "The mayor | awaiting | trial" in triple_strings(parsed(GERUND_AFTER_A_SETTING))


# "Crews found two leaks in a pipe which were sealed on Monday." with "in a pipe" on "leaks" or on the verb
LEAKS_IN_A_PIPE = """
Crews 1 nsubj NOUN NNS crew
found 1 ROOT VERB VBD find
two 3 nummod NUM CD two
leaks 1 dobj NOUN NNS leak
in {in_head} prep ADP IN in
a 6 det DET DT a
pipe 4 pobj NOUN NN pipe
which 9 nsubjpass PRON WDT which
were 9 auxpass AUX VBD be
sealed 6 relcl VERB VBN seal
on 9 prep ADP IN on
Monday 10 pobj PROPN NNP monday
. 1 punct PUNCT . .
"""


def test_a_plural_verb_after_a_singular_noun_is_said_of_the_plural_noun_it_modifies():
    doc = parsed(LEAKS_IN_A_PIPE.format(in_head=3))
    assert "two leaks in a pipe | were sealed on | Monday" in triple_strings(doc)


def test_a_relative_clause_that_agrees_with_no_noun_has_no_subject():
    doc = parsed(LEAKS_IN_A_PIPE.format(in_head=1))
    assert [t.text for t in subjects(doc[9], load_lexicons())] == []
    assert not any(t.startswith("a pipe |") for t in triple_strings(doc))


# "Lee was a pupil of Ann Tell who was jailed." with the clause hung on "pupil"
WHO_AFTER_A_NAME = """
Lee 1 nsubj PROPN NNP lee B-PERSON
was 1 ROOT AUX VBD be
a 3 det DET DT a
pupil 1 attr NOUN NN pupil
of 3 prep ADP IN of
Ann 6 compound PROPN NNP ann B-PERSON
Tell 4 pobj PROPN NNP tell I-PERSON
who 9 nsubjpass PRON WP who
was 9 auxpass AUX VBD be
jailed 3 relcl VERB VBN jail
. 1 punct PUNCT . .
"""


def test_who_right_after_a_name_is_that_person_not_the_copulas_subject():
    doc = parsed(WHO_AFTER_A_NAME)
    assert antecedent(doc[9], load_lexicons()).text == "Tell"
    assert [t.text for t in subjects(doc[9], load_lexicons())] == ["Tell"]


# "Farmers reported a shortage of seed caused by the floods ." (the parse hangs "caused" on "seed")
SHORTAGE_OF_SEED = """
Farmers 1 nsubj NOUN NNS farmer
reported 1 ROOT VERB VBD report
a 3 det DET DT a
shortage 1 dobj NOUN NN shortage
of 3 prep ADP IN of
seed 4 pobj NOUN NN seed
caused 5 acl VERB VBN cause
by 6 agent ADP IN by
the 9 det DET DT the
floods 7 pobj NOUN NNS flood
. 1 punct PUNCT . .
"""


def test_a_participle_of_causing_on_an_of_phrase_is_said_of_the_whole_phrase():
    assert "the floods | cause | a shortage of seed" in triple_strings(parsed(SHORTAGE_OF_SEED))


def test_another_participle_on_an_of_phrase_stays_with_its_noun():
    # "Farmers reported a shortage of seed stored by the co-operative ." : the seed was stored
    rows = SHORTAGE_OF_SEED.replace("caused 5 acl VERB VBN cause", "stored 5 acl VERB VBN store")
    rows = rows.replace("floods 7 pobj NOUN NNS flood", "co-operative 7 pobj NOUN NN co-operative")
    assert "the co-operative | store | seed" in triple_strings(parsed(rows))


@pytest.mark.model
def test_a_passive_participle_after_a_name_and_a_comma_is_about_that_name(nlp):
    # re3d (issue 13): "the agreement between the Federal Government of X, led by Prime Minister Y, and
    # the Z" made Y lead the agreement; the reduced relative after "Name," says who leads the name
    doc = nlp(
        "The minister welcomed the accord between the National Council of Mora, led by President Ana"
        " Ruiz, and the Lund Regional Council on water rights."
    )
    strings = triple_strings(doc)
    assert not any("| lead | the accord" in t for t in strings)
    assert "President Ana Ruiz | lead | the National Council of Mora" in strings


@pytest.mark.model
def test_a_passive_participle_after_a_name_with_no_named_agent_keeps_its_reading(nlp):
    doc = nlp("Police questioned the owner of a shop in Lund, hit by a storm last week.")
    assert not any(t.startswith("Lund |") for t in triple_strings(doc))


# "The driver hit the barrier in the race, which prompted a delay."
WHICH_PROMPTED_AFTER_A_CLAUSE = """
The 1 det DET DT the
driver 2 nsubj NOUN NN driver
hit 2 ROOT VERB VBD hit
the 4 det DET DT the
barrier 2 dobj NOUN NN barrier
in 4 prep ADP IN in
the 7 det DET DT the
race 5 pobj NOUN NN race
, 4 punct PUNCT , ,
which 10 nsubj PRON WDT which
prompted 4 relcl VERB VBD prompt
a 12 det DET DT a
delay 10 dobj NOUN NN delay
. 2 punct PUNCT . .
"""

# "Trading stopped after the explosion, which led to a closure."
WHICH_LED_TO_AFTER_AN_EVENT = """
Trading 1 nsubj NOUN NN trading
stopped 1 ROOT VERB VBD stop
after 1 prep ADP IN after
the 4 det DET DT the
explosion 2 pobj NOUN NN explosion
, 4 punct PUNCT , ,
which 7 nsubj PRON WDT which
led 4 relcl VERB VBD lead
to 7 prep ADP IN to
a 10 det DET DT a
closure 8 pobj NOUN NN closure
. 1 punct PUNCT . .
"""


def test_which_bringing_about_after_a_clause_takes_up_the_event():
    from graphbuild.extract.antecedents import caused_by_clause

    doc = parsed(WHICH_PROMPTED_AFTER_A_CLAUSE)
    assert caused_by_clause(doc[9], doc[10], load_lexicons())
    # hitting the barrier prompted the delay; the barrier did not
    assert subjects(doc[10], load_lexicons()) == []
    assert not [s for s in triple_strings(doc) if "prompted" in s]


def test_which_bringing_about_after_an_event_noun_keeps_the_noun():
    from graphbuild.extract.antecedents import caused_by_clause

    doc = parsed(WHICH_LED_TO_AFTER_AN_EVENT)
    assert not caused_by_clause(doc[6], doc[7], load_lexicons())
    assert "the explosion | led to | a closure" in triple_strings(doc)


# "Zorvan Oil ignored a leak, resulting in a fine."
RESULTING_IN_AFTER_A_BODY_ACTS = """
Zorvan 1 compound PROPN NNP zorvan B-ORG
Oil 2 nsubj PROPN NNP oil I-ORG
ignored 2 ROOT VERB VBD ignore
a 4 det DET DT a
leak 2 dobj NOUN NN leak
, 2 punct PUNCT , ,
resulting 2 advcl VERB VBG result
in 6 prep ADP IN in
a 9 det DET DT a
fine 7 pobj NOUN NN fine
. 2 punct PUNCT . .
"""

# "The pump failed, resulting in a flood."
RESULTING_IN_AFTER_A_THING_FAILS = """
The 1 det DET DT the
pump 2 nsubj NOUN NN pump
failed 2 ROOT VERB VBD fail
, 2 punct PUNCT , ,
resulting 2 advcl VERB VBG result
in 4 prep ADP IN in
a 7 det DET DT a
flood 5 pobj NOUN NN flood
. 2 punct PUNCT . .
"""


def test_resulting_in_after_a_body_acts_is_the_acts_consequence():
    doc = parsed(RESULTING_IN_AFTER_A_BODY_ACTS)
    # ignoring the leak resulted in the fine; the company did not "result in" it
    assert subjects(doc[6], load_lexicons()) == []
    assert "Zorvan Oil | ignored | a leak" in triple_strings(doc)
    assert not [s for s in triple_strings(doc) if "resulting" in s]


def test_resulting_in_after_a_thing_keeps_the_thing():
    doc = parsed(RESULTING_IN_AFTER_A_THING_FAILS)
    assert "The pump | resulting in | a flood" in triple_strings(doc)


# "She first read the novel in May 1998, which changed her life."
WHICH_AFTER_A_DATE = """
She 2 nsubj PRON PRP she
first 2 advmod ADV RB first
read 2 ROOT VERB VBD read
the 4 det DET DT the
novel 2 dobj NOUN NN novel
in 2 prep ADP IN in
May 5 pobj PROPN NNP may B-DATE
1998 6 nummod NUM CD 1998 I-DATE
, 6 punct PUNCT , ,
which 10 nsubj PRON WDT which
changed 6 relcl VERB VBD change
her 12 poss PRON PRP$ her
life 10 dobj NOUN NN life
. 2 punct PUNCT . .
"""

# "The climber was found after three hours stranded on the ledge."
PARTICIPLE_AFTER_A_DURATION = """
The 1 det DET DT the
climber 3 nsubjpass NOUN NN climber
was 3 auxpass AUX VBD be
found 3 ROOT VERB VBN find
after 3 prep ADP IN after
three 6 nummod NUM CD three B-TIME
hours 4 pobj NOUN NNS hour I-TIME
stranded 6 acl VERB VBN strand
on 7 prep ADP IN on
the 10 det DET DT the
ledge 8 pobj NOUN NN ledge
. 3 punct PUNCT . .
"""

# "Sales rose in the third quarter, which ended on Friday."
WHICH_ENDED_AFTER_A_PERIOD = """
Sales 1 nsubj NOUN NNS sale
rose 1 ROOT VERB VBD rise
in 1 prep ADP IN in
the 5 det DET DT the B-DATE
third 5 amod ADJ JJ third I-DATE
quarter 2 pobj NOUN NN quarter I-DATE
, 5 punct PUNCT , ,
which 8 nsubj PRON WDT which
ended 5 relcl VERB VBD end
on 8 prep ADP IN on
Friday 9 pobj PROPN NNP friday B-DATE
. 1 punct PUNCT . .
"""


def test_which_after_a_date_lends_the_date_no_subject():
    doc = parsed(WHICH_AFTER_A_DATE)
    # reading the novel changed her life; May 1998 did not
    assert subjects(doc[10], load_lexicons()) == []
    assert not [s for s in triple_strings(doc) if "changed" in s]


def test_participle_after_a_duration_lends_the_duration_no_subject():
    doc = parsed(PARTICIPLE_AFTER_A_DURATION)
    # the climber was stranded, not the three hours
    assert subjects(doc[7], load_lexicons()) == []
    assert not [s for s in triple_strings(doc) if s.startswith("three hours")]


def test_a_period_that_ends_keeps_its_clause():
    doc = parsed(WHICH_ENDED_AFTER_A_PERIOD)
    assert "the third quarter | ended on | Friday" in triple_strings(doc)


# "Readers mourned the closure of Today owned by a trust." ("Today" tagged a date)
PARTICIPLE_AFTER_A_TITLE_TAGGED_A_DATE = """
Readers 1 nsubj NOUN NNS reader
mourned 1 ROOT VERB VBD mourn
the 3 det DET DT the
closure 1 dobj NOUN NN closure
of 3 prep ADP IN of
Today 4 pobj NOUN NN today B-DATE
owned 5 acl VERB VBN own
by 6 agent ADP IN by
a 9 det DET DT a
trust 7 pobj NOUN NN trust
. 1 punct PUNCT . .
"""


def test_a_capitalised_time_word_is_a_title_and_keeps_its_participle():
    doc = parsed(PARTICIPLE_AFTER_A_TITLE_TAGGED_A_DATE)
    assert [t.text for t in subjects(doc[6], load_lexicons())] == ["Today"]


def test_going_on_to_say_after_a_reported_clause_is_the_speaker_s_words():
    # "The mayor said that there was hope for the docks, going on to say that the yard would reopen."
    doc = parsed("""
        The 1 det DET DT the
        mayor 2 nsubj NOUN NN mayor
        said 2 ROOT VERB VBD say
        that 5 mark SCONJ IN that
        there 5 expl PRON EX there
        was 2 ccomp VERB VBD be
        hope 5 attr NOUN NN hope
        for 6 prep ADP IN for
        the 9 det DET DT the
        docks 7 pobj NOUN NNS dock
        , 5 punct PUNCT , ,
        going 5 advcl VERB VBG go
        on 11 prt ADP RP on
        to 14 aux PART TO to
        say 11 xcomp VERB VB say
        that 19 mark SCONJ IN that
        the 17 det DET DT the
        yard 19 nsubj NOUN NN yard
        would 19 aux AUX MD would
        reopen 14 ccomp VERB VB reopen
        . 2 punct PUNCT . .
    """)
    assert [t.text for t in subjects(doc[14], load_lexicons())] == ["mayor"]
    assert not any(t.startswith("hope | going") for t in triple_strings(doc))


def test_the_object_of_a_means_verb_does_what_a_participle_after_it_says():
    # "The analysts used figures from the census showing a rise in rents.": the figures show it
    doc = parsed("""
        The 1 det DET DT the
        analysts 2 nsubj NOUN NNS analyst
        used 2 ROOT VERB VBD use
        figures 2 dobj NOUN NNS figure
        from 3 prep ADP IN from
        the 6 det DET DT the
        census 4 pobj NOUN NN census
        showing 2 xcomp VERB VBG show
        a 9 det DET DT a
        rise 7 dobj NOUN NN rise
        in 9 prep ADP IN in
        rents 10 pobj NOUN NNS rent
        . 2 punct PUNCT . .
    """)
    assert [t.text for t in subjects(doc[7], load_lexicons())] == ["figures"]
    assert not any(t.startswith("The analysts | showing") for t in triple_strings(doc))


def test_time_spent_doing_something_is_still_the_spender_s_act():
    # "The crew spent hours fixing the pump.": the crew fixed it, the hours did nothing
    doc = parsed("""
        The 1 det DET DT the
        crew 2 nsubj NOUN NN crew
        spent 2 ROOT VERB VBD spend
        hours 2 dobj NOUN NNS hour
        fixing 2 xcomp VERB VBG fix
        the 6 det DET DT the
        pump 4 dobj NOUN NN pump
        . 2 punct PUNCT . .
    """)
    assert [t.text for t in subjects(doc[4], load_lexicons())] == ["crew"]


def test_a_ranked_predicate_noun_with_an_infinitive_is_about_the_copulas_subject():
    # "The phone is the first of its kind not to need a charger.": the phone needs none
    doc = parsed("""
        The 1 det DET DT the
        phone 2 nsubj NOUN NN phone
        is 2 ROOT AUX VBZ be
        the 4 det DET DT the
        first 2 attr ADJ JJ first
        of 4 prep ADP IN of
        its 7 poss PRON PRP$ its
        kind 5 pobj NOUN NN kind
        not 10 neg PART RB not
        to 10 aux PART TO to
        need 4 relcl VERB VB need
        a 12 det DET DT a
        charger 10 dobj NOUN NN charger
        . 2 punct PUNCT . .
    """)
    assert antecedent(doc[10], load_lexicons()).text == "phone"
    assert any(t.startswith("The phone | not to need | a charger") for t in triple_strings(doc))


def test_an_unranked_predicate_noun_keeps_its_relative_clause():
    # "The plan is a step to take.": no rank, so the infinitive is said of the noun itself
    doc = parsed("""
        The 1 det DET DT the
        plan 2 nsubj NOUN NN plan
        is 2 ROOT AUX VBZ be
        a 4 det DET DT a
        step 2 attr NOUN NN step
        to 6 aux PART TO to
        take 4 relcl VERB VB take
        . 2 punct PUNCT . .
    """)
    assert antecedent(doc[6], load_lexicons()).text == "step"


def test_a_participle_set_off_after_the_predicate_noun_is_about_the_copulas_subject():
    # "The guards were all veterans, trained in the army.": the guards were trained
    doc = parsed("""
        The 1 det DET DT the
        guards 2 nsubj NOUN NNS guard
        were 2 ROOT AUX VBD be
        all 2 dep DET DT all
        veterans 2 attr NOUN NNS veteran
        , 4 punct PUNCT , ,
        trained 4 acl VERB VBN train
        in 6 prep ADP IN in
        the 9 det DET DT the
        army 7 pobj NOUN NN army
        . 2 punct PUNCT . .
    """)
    assert antecedent(doc[6], load_lexicons()).text == "guards"


def test_a_participle_after_a_posts_field_is_about_the_post():
    # "Ruiz is a minister for trade accused of bribery.": Ruiz is accused, not trade
    doc = parsed("""
        Ruiz 1 nsubj PROPN NNP Ruiz B-PERSON
        is 1 ROOT AUX VBZ be
        a 3 det DET DT a
        minister 1 attr NOUN NN minister
        for 3 prep ADP IN for
        trade 4 pobj NOUN NN trade
        accused 5 acl VERB VBN accuse
        of 6 prep ADP IN of
        bribery 7 pobj NOUN NN bribery
        . 1 punct PUNCT . .
    """)
    assert antecedent(doc[6], load_lexicons()).text == "Ruiz"
    assert "Ruiz | is accused of | bribery" in triple_strings(doc)
