"""Titles and names: a title marks a person NER missed, and is stripped from the name it precedes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from graphbuild.lexicons import Lexicons
from graphbuild.nlp import span_text, token_table
from graphbuild.resolve.mentions.mention import EntityMention, country_code
from graphbuild.resolve.places import lookup_place

if TYPE_CHECKING:
    from graphbuild.resolve.mentions.tables import MentionTables

# Words in a title, longest first: "Senior Chief Petty Officer", "Deputy Secretary of State".
TITLE_LENGTHS = (4, 3, 2, 1)
# NER labels of a word before a title that belongs to it ("Russian Foreign Minister").
_TITLE_QUALIFIER_LABELS = frozenset({"GPE", "NORP", "ORG"})


def titled_people(doc: Doc, tables: MentionTables) -> list[EntityMention]:
    """``Press Secretary Peter Cook``: capitalised words after a title name a person NER missed."""
    titles = tables.titles
    lower = token_table(doc).lower
    posts = tables.lexicons.terms("role_nouns")
    out = []
    for token in (doc[i] for i in range(len(doc) - 1) if lower[i] in titles):
        if not token.text[:1].isupper():
            continue
        end = token.i + 1
        while (
            end < len(doc)
            and end - token.i <= 3
            and doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
            and doc[end].lower_ not in titles
            and doc[end].ent_type_ in ("", "PERSON")
        ):
            end += 1
        if end < len(doc) and doc[end].ent_iob_ == "I" and doc[end - 1].ent_type_ == "PERSON":
            continue  # the run cuts a name NER found whole ("Petty Officer Mark" | "C. Hollins")
        if lower[end - 1] in posts:
            continue  # "Chief Medical Officer": words ending in a post's noun are the rest of the post
        if end - token.i >= 3 and not lookup_place(
            doc[token.i + 1 : end].text, tables.lexicons
        ):  # first and last name at least
            text = doc[token.i + 1 : end].text
            out.append(EntityMention(token.i + 1, end, text, text, "Actor", "Person", "ner"))
    return out


def extend_name(span: Span, titles: frozenset[str]) -> Span:
    """``Abu Bakr al`` + ``Baghdadi``: NER may stop before the last word its name leans on. A
    title word ends the name when no name follows it ("Didier Queloz and Michel Mayor")."""
    doc, end = span.doc, span.end
    while (
        end < len(doc)
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i == end
        and doc[end].pos_ == "PROPN"
        and doc[end].text[:1].isupper()
        and doc[end].ent_iob_ == "O"
        and (doc[end].lower_ not in titles or not _name_follows(doc, end + 1))
    ):
        end += 1
    return doc[span.start : end]


def _name_follows(doc: Doc, i: int) -> bool:
    """A capitalised word at ``i``: the title before it opens a name."""
    return i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha


def with_title(span: Span, titles: frozenset[str]) -> Span:
    """``Foreign Secretary Boris Johnson``: the title joins the mention (the name drops it later).
    The words before it are read with ``span_text`` (``Span.text`` makes a Token per word)."""
    doc, start = span.doc, span.start
    while start > 0:
        for n in TITLE_LENGTHS:
            if start - n >= 0 and span_text(doc[start - n : start]).lower() in titles:
                start -= n
                break
        else:
            prev = doc[start - 1]
            if start < span.start and prev.ent_type_ in _TITLE_QUALIFIER_LABELS and prev.text[:1].isupper():
                start -= 1  # "Russian Foreign Minister Sergei Lavrov"
                continue
            break
    return doc[start : span.end]


def strip_titles(span: Span, titles: frozenset[str]) -> str:
    """``President Barack Obama`` -> ``Barack Obama``: titles and ranks are not part of a name."""
    start = span.start
    while n := title_words(span.doc, start, span.end, titles):
        start += n
    return span.doc[start : span.end].text


def title_words(
    doc: Doc,
    start: int,
    end: int,
    titles: frozenset[str],
    lengths: tuple[int, ...] = TITLE_LENGTHS,
    keep: int = 1,
) -> int:
    """Words of the longest title of ``titles`` (of one of ``lengths``) opening at ``start``, with
    ``keep`` words or more of ``start``-``end`` after it; 0 when none opens there."""
    return next(
        (n for n in lengths if end - start - n >= keep and doc[start : start + n].text.lower() in titles), 0
    )


def country_before(span: Span, tables: MentionTables) -> tuple[tuple[str, str], ...]:
    """``Egyptian president Hosni Mubarak``: a demonym before a role noun ties the person to a country."""
    doc = span.doc
    roles = tables.noun_table("Actor")
    i = span.start - 1
    while i >= 0 and doc[i].head.i >= span.start - 1 and doc[i].head.i < span.end:
        # "Kenya President Uhuru Kenyatta", "Egyptian leader Hosni Mubarak"
        country = lookup_place(doc[i].text, tables.lexicons, demonym=True) or lookup_place(
            doc[i].text, tables.lexicons
        )
        if country is not None and country.subtype == "Country":
            return country_code(country)
        if not (doc[i].lower_ in roles or doc[i].pos_ == "ADJ"):
            break
        i -= 1
    return ()


# Prepositions that tie a role to the body it is held in ("the leader of X", "a spokesman for X").
ROLE_PREPOSITIONS = frozenset({"of", "for"})


def post_nouns(lexicons: Lexicons) -> frozenset[str]:
    """Role nouns that name a post in a body ("the leader of X"), not membership ("a member of X",
    "fighters of X": members act as the body)."""
    return lexicons.terms("role_nouns") - lexicons.terms("member_nouns") - {"member"}


def role_body(span: Span, role_nouns: frozenset[str]) -> bool:
    """``the leader of X``, ``commander of X``, ``a spokesman for X``: a name that is the ``of``/``for``
    object of a singular role noun (``role_nouns``) names the body whose post the person holds, so it
    is a mention of its own inside the role's phrase (the phrase describes a person, the name is the
    body). A plural ("officials of X") describes members, not a post, and stays one phrase."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ROLE_PREPOSITIONS or prep.dep_ != "prep":
        return False
    return prep.head.tag_ == "NN" and prep.head.lemma_.lower() in role_nouns


def titled_post(span: Span, titles: frozenset[str], roles: frozenset[str]) -> bool:
    """``the Colonel``, ``the President``, ``the Governor-General``: a title of a post after "the", a
    post alone, no name (a surname that is also a title, "Bishop said", has no article). A title of
    hyphened title words is one post when its last word is a post's noun."""
    doc = span.doc
    word = span_text(span).lower()
    words = [t.lower_ for t in span if t.text != "-"]
    hyphened = len(words) > 1 and "-" in word and all(w in titles for w in words) and words[-1] in roles
    return (
        ((word in titles and word in roles) or hyphened)
        and span.start > 0
        and doc[span.start - 1].lower_ == "the"
    )


def rank_only(span: Span, titles: frozenset[str]) -> bool:
    """``Major-General`` tagged ORG before a name: a span of title words alone ("Lieutenant
    Colonel Jan Brink") is a person's rank, which names no body ("the Navy said" stays a body)."""
    doc = span.doc
    words = [t.lower_ for t in span if t.text != "-"]
    before_name = span.end < len(doc) and doc[span.end].pos_ == "PROPN"
    return before_name and bool(words) and all(w in titles for w in words)


def portfolio(span: Span, tables: MentionTables) -> bool:
    """``Interior`` in "a former Interior Minister", ``Union Home`` in "the Union Home Secretary": a
    name that (or whose last word) with the noun after it makes a post's or a body's lexicon
    compound ("interior minister", "home secretary") is words of that post."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    # "the Union Home Secretary": the name's last word may open the post ("home secretary")
    posts = tables.noun_table("Actor")
    nxt = doc[span.end].lower_
    return f"{span_text(span).lower()} {nxt}" in posts or f"{span[-1].lower_} {nxt}" in posts


def post_complement(span: Span, tables: MentionTables) -> bool:
    """``State`` in "Secretary of State", ``Transportation`` in "Minister of Roads and
    Transportation": a name right after a minister's or a secretary's bare "of"/"for" (or after the
    portfolios listed before it there) is the post's portfolio, no body. "the" ("Secretary of the
    Navy"), a place ("Prime Minister of Greece") or a body's head ("of the Communist Party") stay."""
    doc = span.doc
    i = span.start - 1
    while i > max(0, span.start - _LISTED_WORDS) and (
        doc[i].text in _LISTING or (doc[i].text[:1].isupper() and doc[i].ent_type_ in ("", "ORG"))
    ):
        i -= 1  # "Minister of Roads and Transportation", "Health, Social Services and Public Safety"
    if i < 1 or doc[i].lower_ not in _OF_PORTFOLIO or doc[i - 1].lower_ not in _PORTFOLIO_POSTS:
        return False
    bodies = tables.lexicons.terms("organization_heads")
    return lookup_place(span_text(span), tables.lexicons) is None and span[-1].lower_ not in bodies


# Posts whose "of"/"for" part names a portfolio, and the words that join and list portfolios.
_PORTFOLIO_POSTS = frozenset({"minister", "secretary", "ministers", "secretaries"})
_OF_PORTFOLIO = frozenset({"of", "for"})
_LISTING = frozenset({",", "and", "&"})
# At most this many words of portfolios listed before the name: "of Health, Social Services and".
_LISTED_WORDS = 8
