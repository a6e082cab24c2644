"""The per-document core: options checked before the model loads, offsets mapped back to the source."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import graphbuild
from graphbuild.errors import GraphbuildError, InputError
from graphbuild.model import Argument, Mention, Provenance, Relation, Sentence, TimeExpression, Triple
from graphbuild.pipeline import BuildOptions, _with, default_jobs

from .conftest import SEED


def test_build_options_checked_fills_in_one_job_per_core():
    assert BuildOptions(jobs=None).checked().jobs == default_jobs() >= 1


def test_build_options_checked_names_the_bad_option():
    with pytest.raises(GraphbuildError, match="unknown --backend 'spark'; use local or dask"):
        BuildOptions(backend="spark").checked()
    with pytest.raises(GraphbuildError, match="--jobs 0 must be at least 1"):
        BuildOptions(jobs=0).checked()
    with pytest.raises(InputError, match="fix --base-iri"):
        BuildOptions(base_iri="relative/").checked()


def test_build_options_ontology_is_the_reading_one():
    options = BuildOptions(reading=graphbuild.ReadOptions(ontology="onto/"))
    assert options.ontology == "onto/"


@pytest.mark.model
def test_build_offsets_point_at_the_source_for_every_triple(seed_graph):
    source = SEED.read_text(encoding="utf-8")
    for t in seed_graph.triple_records():
        sentence_src = source[t["char_start"] : t["char_end"]]
        assert _squash(sentence_src) == _squash(t["sentence"]), t["sentence"]
        for role in ("subject", "object"):
            m = t[role]
            assert _squash(source[m["start"] : m["end"]]) == _squash(m["text"])
            assert t["char_start"] <= m["start"] <= m["end"] <= t["char_end"]


def _squash(text: str) -> str:
    """Compare PTB source and detokenised text: undo escapes and drop spaces."""
    for esc, ch in (("-LRB-", "("), ("-RRB-", ")"), ("``", '"'), ("''", '"')):
        text = text.replace(esc, ch)
    return "".join(text.split())


@pytest.mark.model
def test_build_html_input_offsets_point_into_the_page(nlp, tmp_path: Path):
    page = tmp_path / "story.html"
    page.write_text(
        "<html><body><article><h1>Border clashes</h1><p>Rebels seized the <b>town</b> of Kidal on Monday, "
        "officials said. The army sent troops and helicopters to the north of Mali.</p><p>The rebels "
        "denied that they had killed civilians during the attack on the town.</p></article>"
        "<div id='comments'><p>We welcome comments.</p></div></body></html>",
        encoding="utf-8",
    )
    kg = graphbuild.build([page])
    source = page.read_text(encoding="utf-8")
    assert kg.triples
    for t in kg.triple_records():
        chunk = source[t["char_start"] : t["char_end"]]
        assert _squash(_strip_tags(chunk)) == _squash(t["sentence"])


def _strip_tags(html: str) -> str:
    import re

    return re.sub(r"<[^>]*>", " ", html).replace("&amp;", "&")


def test_records_copied_with_changes_as_dataclasses_replace_copies_them():
    mention = Mention("the rebels", 4, 14, "e1", "rebels")
    triple = Triple(
        mention,
        Relation("seized", "seize"),
        Mention("a depot", 20, 27),
        Provenance("d", 0, "The rebels seized a depot.", 0, 26),
        confidence=0.7,
    )
    copied = _with(triple, confidence=0.0, object=_with(mention, start=0))
    assert copied == replace(triple, confidence=0.0, object=replace(mention, start=0))
    assert hash(copied) == hash(replace(triple, confidence=0.0, object=replace(mention, start=0)))
    assert triple.confidence == 0.7 and mention.start == 4  # the originals stay as they were
    # ``_with`` skips ``__init__``: it is only right for records that do nothing there
    for record in (Mention, Relation, Provenance, Argument, Triple, Sentence, TimeExpression):
        assert not hasattr(record, "__post_init__"), record
