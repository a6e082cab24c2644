"""The export contract: the five output files, written all together, and read back."""

from __future__ import annotations

from pathlib import Path

import pytest

import graphbuild.rdf
from graphbuild.graph import KnowledgeGraph
from graphbuild.output import OUTPUT_FILES, newest_graph_file, write_output

# Atomic outputs: whatever fails, the previous build's files stay as they were.


def previous_output(out: Path) -> dict[str, bytes]:
    """A folder holding a previous build's files; their bytes, to compare after a failed write."""
    out.mkdir()
    for name in OUTPUT_FILES:
        (out / name).write_text(f"previous {name}\n", encoding="utf-8")
    return {p.name: p.read_bytes() for p in out.iterdir()}


def empty_graph() -> KnowledgeGraph:
    return KnowledgeGraph(documents=[], sentences=[], entities=[], triples=[])


def test_write_serializer_failure_leaves_previous_output(tmp_path: Path, monkeypatch):
    out = tmp_path / "out"
    before = previous_output(out)

    def broken(*args, **kwargs):
        raise RuntimeError("serializer exploded")

    monkeypatch.setattr(graphbuild.rdf, "serialize", broken)
    with pytest.raises(RuntimeError):
        empty_graph().write(out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_write_replaces_all_files_together(tmp_path: Path):
    out = tmp_path / "out"
    previous_output(out)
    empty_graph().write(out)
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES)
    assert not any(p.read_text(encoding="utf-8").startswith("previous") for p in out.iterdir())


def test_write_output_another_format_replaces_the_old_graph_file(tmp_path: Path):
    write_output(empty_graph(), tmp_path)
    write_output(empty_graph(), tmp_path, rdf_format="trig")
    assert newest_graph_file(tmp_path) == tmp_path / "graph.trig"
    assert not (tmp_path / "graph.ttl").exists()
