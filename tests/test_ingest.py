"""Reading articles: PTB detokenisation with offsets, headers, boilerplate, HTML, JSONL, errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from graphbuild.errors import InputError
from graphbuild.ingest import (
    detokenize_ptb,
    is_ptb,
    parse_header,
    parse_html,
    parse_text,
    read_documents,
)
from graphbuild.model import OffsetMap

from .conftest import SEED


def _words_map_back(doc) -> None:
    """Every word of the cleaned text covers source characters that detokenise to it."""
    for m in re.finditer(r"\S+", doc.text):
        s, e = doc.to_source(m.start(), m.end())
        source_word = doc.source[s:e]
        assert (
            source_word.replace(" ", "")
            .replace("-LRB-", "(")
            .replace("-RRB-", ")")
            .replace("``", '"')
            .replace("''", '"')
            == m.group()
        ), (m.group(), source_word)


def test_detokenize_ptb_undoes_escapes_and_clitics():
    source = "Gaddafi 's forces -LRB- loyalists -RRB- do n't say `` no , '' he said ."
    text, segments = detokenize_ptb(source, 0, len(source))
    assert text == "Gaddafi's forces (loyalists) don't say \"no,\" he said."
    mapper = OffsetMap(tuple(segments))
    i = text.index("(")
    assert source[mapper.start(i) : mapper.end(i + 1)] == "-LRB-"
    j = text.index("don't")
    assert source[mapper.start(j) : mapper.end(j + 5)] == "do n't"


def test_is_ptb_tells_tokenised_from_plain_text():
    assert is_ptb("He said -LRB- twice -RRB- .")
    assert is_ptb("They do n't know .")
    assert not is_ptb("They don't know, he said (twice).")


def test_parse_header_finds_byline_dateline_and_date():
    header = parse_header("By Jane Q. Roe KABUL | Tue Mar 1 , 2011 7:57 am EDT Fighting resumed .")
    assert (header.author, header.dateline, header.date) == ("Jane Q. Roe", "Kabul", "2011-03-01")
    assert (
        "Jane"
        not in "By Jane Q. Roe KABUL | Tue Mar 1 , 2011 7:57 am EDT Fighting resumed ."[header.body_start :]
    )


def test_parse_header_reads_agency_dateline():
    header = parse_header("BAGHDAD (Reuters) - A car bomb exploded on Monday.")
    assert header.dateline == "Baghdad"
    assert "BAGHDAD (Reuters) - A car bomb"[header.body_start :].startswith("A car bomb")


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


def test_read_documents_seed_keeps_metadata_and_offsets():
    (doc,) = read_documents([SEED])
    assert doc.id == "000_fd37a429ef1252fc"
    assert (doc.author, doc.dateline, doc.date) == ("David Lewis", "Dakar", "2011-05-11")
    assert doc.text.startswith("The fall-out southwards")
    assert "We welcome comments" not in doc.text
    _words_map_back(doc)


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


def test_read_documents_jsonl_uses_ids_and_metadata(tmp_path: Path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "a1", "title": "T", "date": "2020-01-02", "text": "Troops left."})
        + "\n"
        + json.dumps({"text": "Rebels came."})
        + "\n",
        encoding="utf-8",
    )
    docs = list(read_documents([corpus]))
    assert [d.id for d in docs] == ["a1", "c:2"]
    assert (docs[0].title, docs[0].date) == ("T", "2020-01-02")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"  \n", "the file is empty"),
        ("blob.txt", b"\x00\x01\x02binary", "looks like a binary file"),
        ("latin.txt", "Café".encode("latin-1"), "not valid UTF-8"),
        ("notes.docx", b"text", "unknown file type '.docx'"),
        ("bad.jsonl", b"{oops\n[1]\n", "bad.jsonl: the corpus has no usable articles (2 bad lines)"),
    ],
)
def test_read_documents_bad_input_raises_one_clear_error(
    tmp_path: Path, name: str, content: bytes, message: str
):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=re.escape(message)):
        list(read_documents([path]))


def test_read_documents_missing_path(tmp_path: Path):
    with pytest.raises(InputError, match="no such file or folder"):
        list(read_documents([tmp_path / "nope.txt"]))
