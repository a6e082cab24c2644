"""The triple text of an N-Quads line, read without parsing it, is what Oxigraph prints for the triple."""

import pyoxigraph as ox

from graphbuild.article_rdf import _line_triple, _triple_key

LINES = [
    "<http://e.org/s> <http://e.org/p> <http://e.org/o> .",
    "<http://e.org/s> <http://e.org/p> <http://e.org/o> <http://e.org/g> .",
    '<http://e.org/s> <http://e.org/p> "the <b> tag said \\"hi\\"" <http://e.org/g> .',
    '<http://e.org/s> <http://e.org/p> "a <b"^^<http://e.org/dt> .',
    '<http://e.org/s> <http://e.org/p> "3"^^<http://www.w3.org/2001/XMLSchema#integer> <http://e.org/g> .',
    '<http://e.org/s> <http://e.org/p> "rebels took the town"@en .',
    "_:b1 <http://e.org/p> _:b2 <http://e.org/g> .",
]


def test_line_triple_is_the_parsed_triple() -> None:
    for line in LINES:
        (quad,) = ox.parse(input=line.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        assert _line_triple(line) == _triple_key(quad), line
