"""HTML pages: the main text, aligned word by word to the markup."""

from __future__ import annotations

import re

from graphbuild.ingest.html import parse_html


def test_parse_html_aligns_text_with_markup():
    page = (
        "<html><head><title>Clashes</title></head><body><nav>Home | World</nav><article>"
        "<h1>Clashes</h1><p>Rebels seized the <b>town</b> of Abc &amp; Def on Monday, officials said."
        " The army denied that the town had fallen and promised a swift response to the attack.</p>"
        "<p>Residents fled north toward the border, aid groups reported.</p></article>"
        "<div class='comments'><p>Great article!</p></div></body></html>"
    )
    doc = parse_html(page, "page")
    assert "Rebels seized the" in doc.text and "Great article" not in doc.text
    for m in re.finditer(r"\S+", doc.text):
        s, e = doc.to_source(m.start(), m.end())
        assert doc.source[s:e].replace("&amp;", "&") == m.group()
