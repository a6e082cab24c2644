"""The triple text of an N-Quads line, read without parsing it, is what Oxigraph prints for the triple."""

import pyoxigraph as ox

from graphbuild.article_rdf import _triple_key, triple_keys

LINES = [
    "<http://e.org/s> <http://e.org/p> <http://e.org/o> .",
    "<http://e.org/s> <http://e.org/p> <http://e.org/o> <http://e.org/g> .",
    '<http://e.org/s> <http://e.org/p> "the <b> tag said \\"hi\\"" <http://e.org/g> .',
    '<http://e.org/s> <http://e.org/p> "a <b"^^<http://e.org/dt> .',
    '<http://e.org/s> <http://e.org/p> "3"^^<http://www.w3.org/2001/XMLSchema#integer> <http://e.org/g> .',
    '<http://e.org/s> <http://e.org/p> "rebels took the town"@en .',
    "_:b1 <http://e.org/p> _:b2 <http://e.org/g> .",
]


def test_triple_keys_are_the_parsed_triples() -> None:
    for line in LINES:
        (quad,) = ox.parse(input=line.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        assert triple_keys(f"{line}\n") == [_triple_key(quad)], line
    text = "".join(f"{line}\n" for line in LINES)
    quads = ox.parse(input=text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    assert triple_keys(text) == [_triple_key(q) for q in quads]
    assert triple_keys("") == []
