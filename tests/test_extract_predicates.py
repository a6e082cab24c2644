"""Which words head a clause: participles used as prepositions, past forms listed as adjectives,
and a reported clause the parse broke at its subject."""

from __future__ import annotations

from .parsed import parsed, triple_strings


def test_a_participle_used_as_a_preposition_heads_no_fact():
    doc = parsed("""
        The 1 det DET DT the
        club 2 nsubj NOUN NN club
        closed 2 ROOT VERB VBD close
        its 4 poss PRON PRP$ its
        doors 2 dobj NOUN NNS door
        following 2 advcl VERB VBG follow
        the 7 det DET DT the
        death 5 dobj NOUN NN death
        of 7 prep ADP IN of
        its 10 poss PRON PRP$ its
        owner 8 pobj NOUN NN owner
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["The club | closed | its doors"]


def test_a_past_form_coordinated_with_an_infinitive_is_an_adjective_in_a_list():
    doc = parsed("""
        Migrants 3 nsubj NOUN NNS migrant
        can 3 aux AUX MD can
        not 3 neg PART RB not
        obtain 3 ROOT VERB VB obtain
        papers 3 dobj NOUN NNS paper
        and 4 cc CCONJ CC and
        stamped 3 conj VERB VBD stamp
        visas 6 dobj NOUN NNS visa
        . 3 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["Migrants | can not obtain | papers"]


def test_a_base_form_coordinated_with_an_infinitive_keeps_its_fact():
    # "cut" is tagged past, but it is the base form: "would fund X but cut Y"
    doc = parsed("""
        It 2 nsubj PRON PRP it
        would 2 aux AUX MD would
        fund 2 ROOT VERB VB fund
        schools 2 dobj NOUN NNS school
        but 2 cc CCONJ CC but
        cut 2 conj VERB VBD cut
        taxes 5 dobj NOUN NNS tax
        . 2 punct PUNCT . .
    """)
    assert "It | cut | taxes" in triple_strings(doc)


def test_a_past_form_after_an_infinitive_with_to_keeps_its_fact():
    # "refused to visit X and referred to Y": the parse hangs the finite verb on the infinitive
    doc = parsed("""
        Lee 1 nsubj PROPN NNP Lee
        refused 1 ROOT VERB VBD refuse
        to 3 aux PART TO to
        visit 1 xcomp VERB VB visit
        the 5 det DET DT the
        site 3 dobj NOUN NN site
        and 3 cc CCONJ CC and
        mocked 3 conj VERB VBD mock
        the 9 det DET DT the
        guards 7 dobj NOUN NNS guard
        . 1 punct PUNCT . .
    """)
    assert "Lee | mocked | the guards" in triple_strings(doc)


def test_a_reported_clause_broken_at_its_subject_is_kept_whole():
    # "said a law allowing the sale marked a sad day": not "said | a law"
    doc = parsed("""
        Lee 1 nsubj PROPN NNP Lee
        said 1 ROOT VERB VBD say
        a 3 det DET DT a
        law 1 dobj NOUN NN law
        allowing 3 acl VERB VBG allow
        the 6 det DET DT the
        sale 7 nsubj NOUN NN sale
        marked 4 ccomp VERB VBD mark
        a 10 det DET DT a
        sad 10 amod ADJ JJ sad
        day 7 dobj NOUN NN day
        . 1 punct PUNCT . .
    """)
    facts = triple_strings(doc)
    assert "Lee | said | a law allowing the sale marked a sad day" in facts
    assert "Lee | said | a law" not in facts


def test_a_clause_opened_by_in_which_is_no_content_of_the_verb():
    # the parse makes "in which the guard slept" a clausal object of "described"
    doc = parsed("""
        The 1 det DET DT the
        memo 2 nsubj NOUN NN memo
        described 2 ROOT VERB VBD describe
        a 4 det DET DT a
        room 2 dobj NOUN NN room
        in 9 prep ADP IN in
        which 5 pobj PRON WDT which
        the 8 det DET DT the
        guard 9 nsubj NOUN NN guard
        slept 2 ccomp VERB VBD sleep
        . 2 punct PUNCT . .
    """)
    assert not any(t.startswith("The memo | described | in which") for t in triple_strings(doc))
    assert "The memo | described | a room" in triple_strings(doc)


def test_a_that_clause_hung_on_the_copula_keeps_the_adjective_it_completes():
    # fresh30/fresh37: "I'm quite sad that that is the last dance" gave "I | 'm that | …"
    doc = parsed("""
        I 1 nsubj PRON PRP I
        'm 1 ROOT AUX VBP be
        so 3 advmod ADV RB so
        glad 1 acomp ADJ JJ glad
        that 7 mark SCONJ IN that
        the 6 det DET DT the
        team 7 nsubj NOUN NN team
        won 1 ccomp VERB VBD win
        . 1 punct PUNCT . .
    """)
    triples = triple_strings(doc)
    assert "I | 'm glad that | the team won" in triples
    assert not any(" | 'm that | " in t for t in triples)
