"""Short references to a name written in full (graphbuild.resolve.short_references)."""

from __future__ import annotations

import pytest


def _nodes(nlp, text: str) -> dict[str, str]:
    return {e.name: e.type for e in nlp(text)._.gb_entities if e.node}


@pytest.mark.model
def test_head_word_after_the_takes_the_name_written_in_full(nlp):
    text = (
        "The crew flew to the station from the Baikonur Cosmodrome in Kazakhstan on Thursday. "
        "The capsule was damaged while it was being unloaded at the Cosmodrome earlier this year."
    )
    nodes = _nodes(nlp, text)
    assert nodes["Baikonur Cosmodrome"] == "Region"
    assert "Cosmodrome" not in nodes


@pytest.mark.model
def test_name_after_the_with_no_longer_name_stays_itself(nlp):
    nodes = _nodes(nlp, "The Taliban attacked a post. A Taliban spokesman said the Taliban would fight on.")
    assert "Taliban" in nodes
