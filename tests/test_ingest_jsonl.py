"""JSON Lines corpora: one article a line, with ids and metadata."""

from __future__ import annotations

import json
from pathlib import Path

from graphbuild.ingest.read import read_documents


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
