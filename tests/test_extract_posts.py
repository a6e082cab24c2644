"""Posts in role relations: a post written as the title of its holder's name."""

from __future__ import annotations

from graphbuild.extract.posts import titles_name
from graphbuild.lexicons import load_lexicons

from .parsed import parsed, triple_strings

# "Chad 's Interior Minister Jan Brink resigned ."
CHAD_MINISTER = """
Chad 3 poss PROPN NNP Chad B-GPE
's 0 case PART POS 's
Interior 3 compound PROPN NNP Interior B-ORG
Minister 5 compound PROPN NNP Minister
Jan 5 compound PROPN NNP Jan B-PERSON
Brink 6 nsubj PROPN NNP Brink I-PERSON
resigned 6 ROOT VERB VBD resign
. 6 punct PUNCT . .
"""


def test_a_post_titling_the_name_after_it_is_that_persons():
    doc = parsed(CHAD_MINISTER)
    assert titles_name(doc[3], load_lexicons())
    triples = triple_strings(doc)
    assert "Jan Brink | is Interior Minister of | Chad" in triples
    assert not any(t.startswith("Chad | has |") for t in triples)


def test_a_post_with_no_name_after_it_is_the_places():
    # "Chad 's Interior Minister resigned ." : no holder named, the post is Chad's
    rows = CHAD_MINISTER.replace("Minister 5 compound", "Minister 4 nsubj").replace(
        "Jan 5 compound PROPN NNP Jan B-PERSON\nBrink 6 nsubj PROPN NNP Brink I-PERSON\n", ""
    )
    rows = rows.replace("resigned 6 ROOT", "resigned 4 ROOT").replace(". 6 punct", ". 4 punct")
    assert not titles_name(parsed(rows)[3], load_lexicons())
