"""Plain-text articles: the article's end and advertising lines cut, offsets kept."""

from __future__ import annotations

from graphbuild.ingest.text import parse_text


def test_parse_text_cuts_reader_comments_after_the_article():
    source = "Rebels took the town .\nWe welcome comments that advance the story .\nFirst !\n"
    doc = parse_text(source, "d")
    assert doc.text == "Rebels took the town."
    assert "First" not in doc.text


def test_parse_text_drops_advertising_lines():
    doc = parse_text("The army advanced.\nAdvertisement\nThe rebels withdrew.\n", "d")
    assert "Advertisement" not in doc.text
    i = doc.text.index("The rebels")
    s, e = doc.to_source(i, i + len("The rebels withdrew."))
    assert doc.source[s:e] == "The rebels withdrew."
