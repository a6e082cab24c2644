"""parse_ahead: the model parses in a thread, graphbuild's components run in the caller's; same results."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from graphbuild import nlp as nlp_module
from graphbuild.errors import InputError
from graphbuild.model import Document
from graphbuild.nlp import parse
from graphbuild.parse_ahead import parse_ahead

TEXTS = (
    "The militia seized rifles from an army depot near Gulu. Officials said the rebels fled north.",
    "Police in Kenya arrested two smugglers on Monday. They had moved machine guns across the border.",
    "The minister warned that the group could attack the capital.\n\nShe did not say when.",
)


def documents() -> list[Document]:
    return [Document(id=f"d{i}", text=text, source=text) for i, text in enumerate(TEXTS)]


def facts(doc) -> list[tuple[str, str, str]]:
    return [(t.subject.text, t.relation.text, t.object.text) for t in doc._.gb_triples]


def summary(parsed) -> list[tuple[str, list[tuple[str, str, str]], int]]:
    return [(document.id, facts(doc), len(doc._.gb_entities)) for doc, document in parsed]


def test_parse_ahead_gives_the_same_docs_as_parse_in_the_same_order(nlp):
    before = summary(parse(nlp, documents()))
    after = summary(parse_ahead(nlp, documents()))
    assert after == before
    assert [d for d, _, _ in after] == ["d0", "d1", "d2"]
    assert any(f for _, f, _ in after)


def test_parse_ahead_batches_smaller_than_the_corpus_keep_the_order(nlp):
    ids = [document.id for _, document in parse_ahead(nlp, documents() * 3, batch_size=2)]
    assert ids == ["d0", "d1", "d2"] * 3


def test_an_article_read_in_pieces_gets_the_components_once(nlp, monkeypatch):
    """A text over PIECE_CHARS is parsed piece by piece in the thread, then extracted whole."""
    monkeypatch.setattr(nlp_module, "PIECE_CHARS", 60)
    text = " ".join(TEXTS)
    [(whole, _)] = parse(nlp, [Document(id="long", text=text, source=text)])
    [(ahead, _)] = parse_ahead(nlp, [Document(id="long", text=text, source=text)])
    assert ahead.text == text
    assert facts(ahead) == facts(whole)


def test_model_only_parse_leaves_the_components_out(nlp):
    [(doc, _)] = parse(nlp, documents()[:1], model_only=True)
    assert doc.has_annotation("DEP")
    assert doc._.gb_triples is None


def test_an_error_while_reading_is_raised_where_the_caller_iterates(nlp):
    def reading() -> Iterator[Document]:
        yield documents()[0]
        raise InputError("bad.txt is not UTF-8 text; convert it first")

    ahead = parse_ahead(nlp, reading())
    with pytest.raises(InputError, match=r"bad\.txt"):
        list(ahead)
    assert not any(t.name == "graphbuild-parse" for t in threading.enumerate())


def test_stopping_early_stops_the_parsing_thread(nlp):
    ahead = parse_ahead(nlp, documents() * 20, batch_size=2)
    next(ahead)
    ahead.close()
    assert not any(t.name == "graphbuild-parse" for t in threading.enumerate())
