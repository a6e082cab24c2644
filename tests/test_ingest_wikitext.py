"""Wiki markup in article text: links keep their shown text, templates and options go, offsets kept."""

from __future__ import annotations

import pytest

from graphbuild.ingest.text import parse_text
from graphbuild.ingest.wikitext import drop_wiki_markup


def _clean(text: str) -> str:
    return drop_wiki_markup(text, [])[0]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("The mayor of [[Lakeside]] resigned.", "The mayor of Lakeside resigned."),
        ("The [[w:Harbour Board|board]] met on Monday.", "The board met on Monday."),
        ("Striker {{w|Tom Reed}} scored twice.", "Striker Tom Reed scored twice."),
        ("Striker {{w:|Tom Reed}} scored twice.", "Striker Tom Reed scored twice."),
        ("as {{|Ann Park}} finished third.", "as Ann Park finished third."),
        ("The levels of {w|ozone}} rose.", "The levels of ozone rose."),
    ],
)
def test_links_keep_their_shown_text(source: str, expected: str) -> None:
    assert _clean(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Leader {{w|Omar Farid]] was arrested.", "Leader Omar Farid was arrested."),
        ("Chief [[w:Omar Farid]|Omar Farid]]]. He fled.", "Chief Omar Farid. He fled."),
        ("towns such as {{w|Brookfield, Ohio|Brookfield]], Avon", "towns such as Brookfield, Avon"),
        ("as well as {{w|fire crew|fire crews}, dogs", "as well as fire crews, dogs"),
        ("who founded the |Harbour Club; and", "who founded the Harbour Club; and"),
    ],
)
def test_broken_links_are_read_by_their_form(source: str, expected: str) -> None:
    assert _clean(source) == expected


def test_file_link_keeps_its_caption_and_drops_templates() -> None:
    caption = "A map of the flood. {{photo credit|[[Weather Office]}}"
    source = f"[[File:Map.png|thumb|left|{caption}]]\n\nThe river rose."
    assert _clean(source) == "A map of the flood. \n\nThe river rose."


def test_categories_and_tables_are_dropped() -> None:
    source = "The vote passed.\n{|\n|-\n| Yes || 40\n|}\nIt was close.\n\n[[Category:Politics]]"
    assert _clean(source) == "The vote passed.\nIt was close.\n\n"
    assert _clean("The vote passed.\n\n[[Category:") == "The vote passed.\n\n"


@pytest.mark.parametrize(
    "source",
    [
        "The fire began at 3 a.m. {1000 UTC) on Monday.",
        "Scores were 3 | 4 | 5 in the rounds.",
        "The set {x, y} is finite.",
        "He wrote [sic] in the letter.",
    ],
)
def test_ordinary_brackets_and_bars_stay(source: str) -> None:
    assert _clean(source) == source


def test_offsets_of_kept_text_point_at_the_source() -> None:
    source = "Leader {{w|Omar Farid]] met [[w:Town Council|the council]] on Monday."
    doc = parse_text(source, "d")
    assert doc.text == "Leader Omar Farid met the council on Monday."
    for phrase in ("Omar Farid", "the council", "on Monday."):
        i = doc.text.index(phrase)
        s, e = doc.to_source(i, i + len(phrase))
        assert doc.source[s:e] == phrase
