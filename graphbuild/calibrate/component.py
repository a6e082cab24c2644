"""Calibration as a spaCy pipeline component: ``nlp.add_pipe("graphbuild_confidence")``.

Runs after ``graphbuild_entities``, whose node links it reads; rewrites the confidence of each
triple of ``doc._.gb_triples`` (``graphbuild.calibrate``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from graphbuild.calibrate import calibrate
from graphbuild.errors import GraphbuildError
from graphbuild.lexicons import load_lexicons


@Language.factory(
    "graphbuild_confidence",
    default_config={"ontology_dir": None},
    requires=["doc._.gb_triples"],
    assigns=["doc._.gb_triples"],
)
def make_confidence_calibrator(nlp: Language, name: str, ontology_dir: str | None) -> ConfidenceCalibrator:
    return ConfidenceCalibrator(name, ontology_dir=ontology_dir)


class ConfidenceCalibrator:
    """Sets each triple's confidence to the chance a judge finds it right (``ontology/confidence.json``)."""

    def __init__(self, name: str, *, ontology_dir: str | None) -> None:
        self.name = name
        self.ontology_dir = ontology_dir
        if not Doc.has_extension("gb_triples"):
            Doc.set_extension("gb_triples", default=None)

    def __call__(self, doc: Doc) -> Doc:
        if doc._.gb_triples is None:
            raise GraphbuildError(
                f"{self.name} needs doc._.gb_triples; add graphbuild_triples and graphbuild_entities "
                f'before it (nlp.add_pipe("graphbuild_entities", before="{self.name}"))'
            )
        doc._.gb_triples = calibrate(doc._.gb_triples, load_lexicons(self.ontology_dir))
        return doc
