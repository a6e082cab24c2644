"""Open information extraction over spaCy parses: clause-level subject-relation-object triples."""

from graphbuild.extract.clauses import extract_triples
from graphbuild.extract.component import TripleExtractor

__all__ = ["TripleExtractor", "extract_triples"]
