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


def test_load_output_hand_edited_lone_surrogate_is_one_error_line(seed_out: Path, tmp_path: Path):
    import json
    import shutil

    from graphbuild.errors import StoreError
    from graphbuild.graph import load_output

    out = tmp_path / "out"
    shutil.copytree(seed_out, out)
    lines = (out / "entities.jsonl").read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    record["label"] += "\ud800"  # written as the escape \ud800, as a hand edit would
    lines[0] = json.dumps(record)
    (out / "entities.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(StoreError, match=r"entities.jsonl:1: a text holds a lone surrogate escape"):
        load_output(out)


def test_load_output_keeps_a_surrogate_pair_escape(seed_out: Path, tmp_path: Path):
    import json
    import shutil

    from graphbuild.graph import load_output

    out = tmp_path / "out"
    shutil.copytree(seed_out, out)
    lines = (out / "entities.jsonl").read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    record["label"] += " \U0001f600"  # json.dumps writes the pair \ud83d\ude00
    lines[0] = json.dumps(record)
    (out / "entities.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert any(e.label.endswith("\U0001f600") for e in load_output(out).entities)


def test_typed_mention_that_is_no_node_is_listed_and_read_back_apart(tmp_path: Path):
    from graphbuild.graph import load_output
    from graphbuild.model import Entity

    node = Entity("https://example.org/kandor", "Kandor", "Region", "City")
    mention = Entity("https://example.org/officials", "officials", "Actor", "Role", node=False)
    graph = KnowledgeGraph(documents=[], sentences=[], entities=[node], triples=[], typed_mentions=[mention])
    graph.write(tmp_path)
    lines = (tmp_path / "entities.jsonl").read_text(encoding="utf-8").splitlines()
    assert '"node": false' in lines[1] and '"node"' not in lines[0]
    loaded = load_output(tmp_path)
    assert [e.label for e in loaded.entities] == ["Kandor"]
    assert [e.label for e in loaded.typed_mentions] == ["officials"]
    assert loaded.report()["network"]["typed_nodes"] == 1


def test_a_phrase_label_naming_its_owner_is_read_back(tmp_path: Path):
    # "his name" links to no node; its label says whose name it is, and a reload keeps it
    from graphbuild.graph import load_output
    from graphbuild.model import Mention, Provenance, Relation, Triple

    phrase = Mention("his name", 40, 48, entity_label="Tomas Lind's name")
    register = Mention("the register", 66, 78)
    triple = Triple(
        phrase, Relation("did not appear on", "appear on"), register, Provenance("d1", 0, "…", 0, 80)
    )
    KnowledgeGraph(documents=[], sentences=[], entities=[], triples=[triple]).write(tmp_path)
    loaded = load_output(tmp_path).triples[0]
    assert (loaded.subject.text, loaded.subject.entity_label) == ("his name", "Tomas Lind's name")
    assert loaded.object.entity_label is None
