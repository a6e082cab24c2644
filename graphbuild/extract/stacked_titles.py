"""Titles and descriptions written before a name: the name is the argument, they describe it.

Stacked titles sharing one name: "Former Ohio governor and party nominee Jane Roe endorsed
him" is one person described twice, not a governor and a nominee who both endorsed him.

The parser makes the first title the head of the phrase, the second a conjunct of it, and the name
an apposition, compound or conjunct at the end of the last title; split into conjuncts, each title
would be a subject of its own and the person would be none. The name is the one argument: the
titles describe it.

A close apposition, a description with the name right after it and no comma ("Dutch shipping firm
Acme bought it", "her aide Jan Brink said"), is parsed with the description as the head and
the name as its apposition; cut at the apposition, the subject would be the description alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.nlp import conjunct_indices, has_child, token_table

# Tags of a singular noun: a title ("governor", "CEO") names one person; a plural ("students and
# teacher Jane Roe") names a group beside her.
SINGULAR_TAGS = frozenset({"NN", "NNP"})
# Dependencies that give a title a phrase of its own: "the mayor and a councillor, Jane Roe" may be
# two people ("a councillor"), "his aide and her lawyer Jan Brink" are two.
OWN_PHRASE_DEPS = ("det", "poss", "nummod")
# How the parser hangs the name on the last title: "nominee Jane Roe" (appos, compound) or the
# name as the conjunct itself, the title its modifier ("former Secretary of State Jane Roe").
NAME_DEPS = frozenset({"appos", "compound", "conj"})
PERSON = "PERSON"
# Words that part two phrases: a name after them is not the title's.
SEPARATORS = frozenset({",", ";", "and", "or", "&"})


# Entity types of a name a description stands before; a date ("the cabinet Tuesday"), a people
# ("a woman Iraqi bomber") or a work's title is no apposition of the noun.
NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT"})
# A description stands for the name after it as a subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def close_name(noun: Token) -> Token | None:
    """The name in close apposition right after ``noun``, a common noun heading a description
    ("the shipping firm Acme", "her aide Jan Brink"): the argument the description stands for.
    None when a comma or anything else comes between them ("the company, Acme, said": the usual
    apposition, which the description keeps), when ``noun`` is in a name of its own, or is a plural
    ("its units Acme and Zenith": a list the description sums up)."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.tag_ != "NN" or noun.dep_ not in SUBJECT_DEPS:
        return None  # an object's phrase may go on in the verb's complement ("ordered the site Acme to pay")
    rights = [c for c in noun.rights if c.dep_ != "punct"]
    if len(rights) != 1 or rights[0].dep_ != "appos" or rights[0].left_edge.i != noun.i + 1:
        return None  # "the site Acme, founded in 2001,": the phrase goes on past the name
    name = rights[0]
    if name.pos_ != "PROPN" or name.ent_type_ not in NAME_ENTS or name.ent_type_ != name.left_edge.ent_type_:
        return None
    return None if name.conjuncts else name


def shared_name(first: Token) -> Token | None:
    """The head of the person's name that the titles coordinated with ``first`` share, written
    right after the last of them with no comma ("governor and nominee Jane Roe"); None when the
    coordination is not titles of one named person."""
    if first.pos_ != "NOUN" or first.ent_type_ or first.tag_ not in SINGULAR_TAGS:
        return None
    if has_child(first, OWN_PHRASE_DEPS):  # "the governor and Senator Jan Brink": two people
        return None
    after = [c for c in conjunct_indices(token_table(first.doc), first.i) if c > first.i]
    if len(after) != 1:
        return None
    tail = first.doc[after[0]]
    name = tail if tail.ent_type_ == PERSON else _name_of(first, tail)
    if name is None or not _one_title(tail, name):
        return None
    return name if _name_ends(first, name) else None


def _name_of(first: Token, title: Token) -> Token | None:
    """The person's name right after the last title ``title``, which the parser hangs on it or on
    the first title ("nominee Jane Roe")."""
    if title.ent_type_ or title.tag_ not in SINGULAR_TAGS or has_child(title, OWN_PHRASE_DEPS):
        return None
    hung = [*first.rights, *title.rights]
    names = [c for c in hung if c.i > title.i and c.dep_ in NAME_DEPS and c.ent_type_ == PERSON]
    return names[0] if len(names) == 1 and names[0].pos_ == "PROPN" else None


def _one_title(tail: Token, name: Token) -> bool:
    """The last title and the name are one phrase: title words, then the name, with no comma, "and"
    or other name between them ("nominee Jane Roe", "former Secretary of State Jane Roe")."""
    doc = name.doc
    start = name.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    words = doc[tail.left_edge.i : start]
    if not any(w.pos_ in ("NOUN", "PROPN") for w in words):
        return False  # no title before the name: "the general and Jane Roe" are two people
    return not any(w.lower_ in SEPARATORS or w.ent_type_ == PERSON or _parting(w) for w in words)


def _parting(word: Token) -> bool:
    """Punctuation that parts phrases or quotes a name; a hyphen joins words of a title."""
    return word.is_punct and word.text not in ("-", ".")


def _name_ends(first: Token, name: Token) -> bool:
    """The name is a whole person's name that ends the coordination, with no name in the first
    title ("Senator Jan Brink and aide Jane Roe" are two people)."""
    doc = first.doc
    end = name.i + 1
    if end < len(doc) and doc[end].ent_type_ == PERSON and doc[end].ent_iob_ == "I":
        return False
    firsts = doc[first.left_edge.i : first.i + 1]
    return not any(w.ent_type_ == PERSON for w in firsts) and first.right_edge.i <= name.right_edge.i
