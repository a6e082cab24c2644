"""The hand-typed Wikinews entities: a well-formed file about real corpus articles, and agreement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphbuild.model import ENTITY_TYPES

DATA = Path(__file__).parent / "data" / "wikinews_entity_types.json"


def _articles() -> list[dict]:
    return json.loads(DATA.read_text(encoding="utf-8"))["articles"]


def test_wikinews_annotations_name_twenty_corpus_articles(shared_dir: Path):
    corpus = shared_dir / "corpora" / "wikinews-en-conflict-200.jsonl"
    ids = {json.loads(line)["id"] for line in corpus.read_text(encoding="utf-8").splitlines()}
    articles = _articles()
    assert len(articles) == 20
    assert {a["id"] for a in articles} <= ids
    assert all(type_ in ENTITY_TYPES for a in articles for _, type_, _ in a["entities"])


@pytest.mark.slow
def test_wikinews_agreement_is_high(shared_dir: Path, tmp_path: Path):
    import graphbuild
    from benchmarks.wikinews_entity_types import agreement

    articles = _articles()
    wanted = {a["id"] for a in articles}
    corpus = shared_dir / "corpora" / "wikinews-en-conflict-200.jsonl"
    subset = tmp_path / "subset.jsonl"
    subset.write_text(
        "".join(
            line + "\n"
            for line in corpus.read_text(encoding="utf-8").splitlines()
            if json.loads(line)["id"] in wanted
        ),
        encoding="utf-8",
    )
    assert agreement(graphbuild.build([subset]), articles)["type"] >= 0.8
