"""Names whose neighbouring noun or verb says they are no actor and no place
(graphbuild.resolve.mentions.kinds_said)."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.mentions.kinds_said import said_kind


def span_of(doc, words: str):
    tokens = words.split()
    for i in range(len(doc) - len(tokens) + 1):
        if [t.text for t in doc[i : i + len(tokens)]] == tokens:
            return doc[i : i + len(tokens)]
    raise AssertionError(words)


@pytest.fixture(scope="module")
def lexicons():
    return load_lexicons()


@pytest.mark.model
def test_a_name_before_the_noun_gene_is_a_gene(nlp, lexicons):
    doc = nlp("Researchers found that the ZRT4 gene controls the size of the leaves.")
    assert said_kind(span_of(doc, "ZRT4"), "ORG", lexicons) == "Gene"
    doc = nlp("The team switched off the protein KALB in the mice.")
    assert said_kind(span_of(doc, "KALB"), "ORG", lexicons) == "Gene"


@pytest.mark.model
def test_a_name_before_the_noun_language_is_a_language(nlp, lexicons):
    doc = nlp("The word means small river in Veltunese language.")
    assert said_kind(span_of(doc, "Veltunese"), "GPE", lexicons) == "Language"
    doc = nlp("The poem was translated into Esperanto last year.")
    assert said_kind(span_of(doc, "Esperanto"), "GPE", lexicons) == "Language"


@pytest.mark.model
def test_a_name_ending_in_a_currency_word_is_a_currency(nlp, lexicons):
    doc = nlp("The Norvanian Dollar fell to a record low on Monday.")
    assert said_kind(span_of(doc, "Norvanian Dollar"), "ORG", lexicons) == "Currency"
    # a person's surname may be such a word
    doc = nlp("The judge questioned Harold Won on Monday.")
    assert said_kind(span_of(doc, "Harold Won"), "PERSON", lexicons) == ""


@pytest.mark.model
def test_what_is_held_or_what_a_during_phrase_takes_is_an_event(nlp, lexicons):
    doc = nlp("Smith won the Kestrel Valley 300 held yesterday at Brockton Speedway.")
    assert said_kind(span_of(doc, "Kestrel Valley 300"), "ORG", lexicons) == "Event"
    doc = nlp("Fireworks were set off across the country during the Tricentennial.")
    assert said_kind(span_of(doc, "Tricentennial"), "ORG", lexicons) == "Event"


@pytest.mark.model
def test_a_place_held_by_a_group_and_an_organisation_stay(nlp, lexicons):
    doc = nlp("The rebels attacked Valmora, held by the army since March.")
    assert said_kind(span_of(doc, "Valmora"), "GPE", lexicons) == ""
    doc = nlp("The Kestrel Trust said the schools were closed.")
    assert said_kind(span_of(doc, "Kestrel Trust"), "ORG", lexicons) == ""


@pytest.mark.model
def test_a_name_that_holds_something_is_no_event(nlp, lexicons):
    doc = nlp("The Kestrel Trust held talks with the unions on Monday.")
    assert said_kind(span_of(doc, "Kestrel Trust"), "ORG", lexicons) == ""


@pytest.mark.model
def test_a_race_the_parser_makes_the_subject_of_held_is_an_event(nlp, lexicons):
    text = "Driver Jo Penn, who qualified fifth, won the Pro Racing Series 2010 Bank of Kestrel 400 held"
    doc = nlp(text + " yesterday at Brockton Motor Speedway in Dover, Delaware.")
    span = next(e for e in doc.ents if "400" in e.text)
    assert said_kind(span, "ORG", lexicons) == "Event"


@pytest.mark.model
def test_a_tongue_ner_reads_as_a_people_stays_the_people(nlp, lexicons):
    doc = nlp("The book was written in the Veltunese dialect.")
    assert said_kind(span_of(doc, "Veltunese"), "NORP", lexicons) == ""


@pytest.mark.model
def test_what_is_celebrated_or_takes_place_is_an_event(nlp, lexicons):
    doc = nlp("Thousands gathered in the square to celebrate the Tricentennial.")
    assert said_kind(span_of(doc, "Tricentennial"), "ORG", lexicons) == "Event"
    doc = nlp("The Tricentennial takes place on a holiday in September.")
    assert said_kind(span_of(doc, "Tricentennial"), "ORG", lexicons) == "Event"
    doc = nlp("The breakthrough involves a gene known as ZRT4.")
    assert said_kind(span_of(doc, "ZRT4"), "ORG", lexicons) == "Gene"


@pytest.mark.model
def test_a_holy_book_is_a_work(nlp, lexicons):
    from graphbuild.resolve.mentions.things import other_kind

    doc = nlp("Protesters condemned the burning of a Quran by a small church.")
    assert other_kind(span_of(doc, "Quran"), "Quran", "GPE", lexicons) == "Work"


@pytest.mark.model
def test_an_amount_of_money_is_no_node(nlp, lexicons):
    doc = nlp("The bank lent 4.5 billion dollars to the farmers.")
    assert said_kind(span_of(doc, "4.5 billion dollars"), "MONEY", lexicons) == ""


@pytest.mark.model
def test_a_name_among_examples_of_languages_is_a_language(nlp, lexicons):
    doc = nlp("The school teaches languages such as Veltunese, Orlavic and Marrish.")
    assert said_kind(span_of(doc, "Marrish"), "GPE", lexicons) == "Language"
    doc = nlp("The school hired teachers such as Karl Brenner and Ana Voss.")
    assert said_kind(span_of(doc, "Ana Voss"), "PERSON", lexicons) == ""


@pytest.mark.model
def test_what_one_is_charged_with_or_convicted_of_is_an_offence(nlp, lexicons):
    doc = nlp("The driver was charged with DWI after the crash on the bridge.")
    assert said_kind(span_of(doc, "DWI"), "ORG", lexicons) == "Offence"
    doc = nlp("The driver was charged with the crash by the Kestrel Police.")
    assert said_kind(span_of(doc, "Kestrel Police"), "ORG", lexicons) == ""
