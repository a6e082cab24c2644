"""Stacked titles sharing one name: the name is the one argument, the titles describe it."""

from __future__ import annotations

from graphbuild.extract.coordination import one_argument
from graphbuild.extract.stacked_titles import close_name, shared_name

from .parsed import parsed, triple_strings

# "Former Ohio mayor and party chairman Jane Roe praised the plan ." (the parser hangs the name on
# the first title)
MAYOR_AND_CHAIRMAN = """
Former 2 amod ADJ JJ former
Ohio 2 compound PROPN NNP Ohio B-GPE
mayor 8 nsubj NOUN NN mayor
and 2 cc CCONJ CC and
party 5 compound NOUN NN party
chairman 2 conj NOUN NN chairman
Jane 7 compound PROPN NNP Jane B-PERSON
Roe 2 appos PROPN NNP Roe I-PERSON
praised 8 ROOT VERB VBD praise
the 10 det DET DT the
plan 8 dobj NOUN NN plan
. 8 punct PUNCT . .
"""

# "Retired admiral and former Navy Secretary Jan Brink opened the museum ." (the name is the
# conjunct, the second title its modifier)
ADMIRAL_AND_SECRETARY = """
Retired 1 amod ADJ JJ retire
admiral 8 nsubj NOUN NN admiral
and 1 cc CCONJ CC and
former 7 amod ADJ JJ former
Navy 5 compound PROPN NNP Navy B-ORG
Secretary 7 compound PROPN NNP Secretary
Jan 7 compound PROPN NNP Jan B-PERSON
Brink 1 conj PROPN NNP Brink I-PERSON
opened 8 ROOT VERB VBD open
the 10 det DET DT the
museum 8 dobj NOUN NN museum
. 8 punct PUNCT . .
"""


def test_titles_stacked_before_a_name_are_that_persons():
    doc = parsed(MAYOR_AND_CHAIRMAN)
    assert shared_name(doc[2]) == doc[7]
    assert one_argument(doc[2]) == doc[7]
    assert triple_strings(doc) == ["Jane Roe | praised | the plan"]


def test_a_name_that_is_the_last_conjunct_is_shared_too():
    doc = parsed(ADMIRAL_AND_SECRETARY)
    assert shared_name(doc[1]) == doc[7]
    assert [s for s in triple_strings(doc) if "opened" in s] == [
        "former Navy Secretary Jan Brink | opened | the museum"
    ]


def test_a_title_with_a_determiner_may_be_a_second_person():
    # "The mayor and party chairman Jane Roe praised the plan ." : the mayor may be someone else
    rows = MAYOR_AND_CHAIRMAN.replace("Former 2 amod ADJ JJ former", "The 2 det DET DT the")
    assert shared_name(parsed(rows)[2]) is None


def test_a_plural_before_the_name_is_a_group_beside_the_person():
    # "Former Ohio mayors and party chairman Jane Roe praised the plan ."
    rows = MAYOR_AND_CHAIRMAN.replace("NOUN NN mayor", "NOUN NNS mayor")
    assert shared_name(parsed(rows)[2]) is None


def test_a_comma_before_the_name_parts_it_from_the_titles():
    # "Former Ohio mayor and party chairman , Jane Roe , praised ..." may list people
    rows = MAYOR_AND_CHAIRMAN.replace(
        "chairman 2 conj NOUN NN chairman", "chairman 2 conj NOUN NN chairman\n, 8 punct PUNCT , ,"
    )
    rows = "\n".join(_shift(line) for line in rows.strip().splitlines())
    assert shared_name(parsed(rows)[2]) is None


def test_a_name_in_the_first_title_makes_two_people():
    # "Senator Jan Brink and party chairman Jane Roe praised the plan ."
    doc = parsed(
        MAYOR_AND_CHAIRMAN.replace(
            "Former 2 amod ADJ JJ former", "Senator 2 compound PROPN NNP Senator"
        ).replace("Ohio 2 compound PROPN NNP Ohio B-GPE", "Brink 2 compound PROPN NNP Brink B-PERSON")
    )
    assert shared_name(doc[2]) is None


def _shift(line: str) -> str:
    """Heads past the inserted comma (index 6) move one on."""
    word, head, *rest = line.split()
    head = int(head)
    return " ".join([word, str(head + 1 if head >= 6 and word != "," else head), *rest])


# "Dutch shipping firm Acme Lines bought the port ." (the parser makes the name an apposition)
FIRM_ACME = """
Dutch 2 amod ADJ JJ dutch B-NORP
shipping 2 compound NOUN NN shipping
firm 5 nsubj NOUN NN firm
Acme 4 compound PROPN NNP Acme B-ORG
Lines 2 appos PROPN NNP Lines I-ORG
bought 5 ROOT VERB VBD buy
the 7 det DET DT the
port 5 dobj NOUN NN port
. 5 punct PUNCT . .
"""


def test_a_description_right_before_a_name_stands_for_the_name():
    doc = parsed(FIRM_ACME)
    assert close_name(doc[2]) == doc[4]
    assert "Acme Lines | bought | the port" in triple_strings(doc)
    assert not any(s.startswith("Dutch shipping firm |") for s in triple_strings(doc))


def test_a_date_after_a_noun_is_no_name_it_describes():
    # "The cabinet Tuesday bought the port ." (a date the parser hung on the noun)
    rows = FIRM_ACME.replace("Acme 4 compound PROPN NNP Acme B-ORG", "The 4 det DET DT the").replace(
        "Lines 2 appos PROPN NNP Lines I-ORG", "Tuesday 2 appos PROPN NNP Tuesday B-DATE"
    )
    assert close_name(parsed(rows)[2]) is None
