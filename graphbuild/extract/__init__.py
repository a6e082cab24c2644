"""Open information extraction over spaCy parses: clause-level subject-relation-object triples."""

from graphbuild.extract.component import TripleExtractor
from graphbuild.extract.triples import extract_triples, sentence_facts

__all__ = ["TripleExtractor", "extract_triples", "sentence_facts"]
