"""The read policy: the seed article end to end, and one clear error for a bad input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphbuild.errors import InputError
from graphbuild.ingest.read import read_documents

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


def test_read_documents_seed_keeps_metadata_and_offsets():
    (doc,) = read_documents([SEED])
    assert doc.id == "000_fd37a429ef1252fc"
    assert (doc.author, doc.dateline, doc.date) == ("David Lewis", "Dakar", "2011-05-11")
    assert doc.text.startswith("The fall-out southwards")
    assert "We welcome comments" not in doc.text
    _words_map_back(doc)


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
