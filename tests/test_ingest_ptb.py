"""Penn Treebank text: recognising it, and undoing its tokens with offsets back to the source."""

from __future__ import annotations

from graphbuild.ingest.ptb import detokenize_ptb, is_ptb
from graphbuild.model import OffsetMap


def test_detokenize_ptb_undoes_escapes_and_clitics():
    source = "Assad 's forces -LRB- loyalists -RRB- do n't say `` no , '' he said ."
    text, segments = detokenize_ptb(source, 0, len(source))
    assert text == "Assad's forces (loyalists) don't say \"no,\" he said."
    mapper = OffsetMap(tuple(segments))
    i = text.index("(")
    assert source[mapper.start(i) : mapper.end(i + 1)] == "-LRB-"
    j = text.index("don't")
    assert source[mapper.start(j) : mapper.end(j + 5)] == "do n't"


def test_is_ptb_tells_tokenised_from_plain_text():
    assert is_ptb("He said -LRB- twice -RRB- .")
    assert is_ptb("They do n't know .")
    assert not is_ptb("They don't know, he said (twice).")
