"""The extractor as a spaCy pipeline component: ``nlp.add_pipe("graphbuild_triples")``.

Results land on ``doc._.gb_triples`` as a list of ``Triple`` records.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from graphbuild.extract.triples import extract_triples
from graphbuild.lexicons import load_lexicons


@Language.factory(
    "graphbuild_triples",
    default_config={"ontology_dir": None, "min_confidence": 0.0},
    requires=["token.dep", "token.pos", "doc.sents"],
    assigns=["doc._.gb_triples"],
)
def make_triple_extractor(
    nlp: Language, name: str, ontology_dir: str | None, min_confidence: float
) -> TripleExtractor:
    return TripleExtractor(name, ontology_dir=ontology_dir, min_confidence=min_confidence)


class TripleExtractor:
    """Adds ``doc._.gb_triples``: the triples of the Doc with confidence >= ``min_confidence``."""

    def __init__(self, name: str, *, ontology_dir: str | None, min_confidence: float) -> None:
        self.name = name
        self.ontology_dir = ontology_dir
        self.min_confidence = min_confidence
        if not Doc.has_extension("gb_triples"):
            Doc.set_extension("gb_triples", default=None)

    def __call__(self, doc: Doc) -> Doc:
        lexicons = load_lexicons(self.ontology_dir)
        doc._.gb_triples = [
            t for t in extract_triples(doc, lexicons=lexicons) if t.confidence >= self.min_confidence
        ]
        return doc
