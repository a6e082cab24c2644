"""The extractor as a spaCy pipeline component: ``nlp.add_pipe("graphbuild_triples")``.

Results land on ``doc._.gb_triples`` as a list of ``Triple`` records.
"""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc, Span

from graphbuild.extract.misparses import mend_misparses
from graphbuild.extract.triples import extract_triples
from graphbuild.lexicons import load_lexicons

# Longest sentence given to the extractor. News sentences stay far below it (the longest of 200
# Wikinews articles has 99 tokens); one over it is a run-on list, a table or a text without full
# stops, whose parse yields no useful facts. A token count, not a clock, so builds stay
# reproducible; extraction time is linear in sentence length, so the bound also caps the time.
MAX_SENTENCE_TOKENS = 1000

logger = logging.getLogger(__name__)


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
        mend_misparses(doc, lexicons)  # before any fact is read off the parse
        for sent in doc.sents:
            if len(sent) > MAX_SENTENCE_TOKENS:
                _warn_long(sent)
        triples = extract_triples(doc, lexicons=lexicons, max_tokens=MAX_SENTENCE_TOKENS)
        doc._.gb_triples = [t for t in triples if t.confidence >= self.min_confidence]
        return doc


def _warn_long(sent: Span) -> None:
    start = " ".join(sent[:8].text.split())
    logger.warning(
        "no triples from a sentence of %d tokens (over %d) starting %r; it is kept in the text",
        len(sent),
        MAX_SENTENCE_TOKENS,
        f"{start} ...",
    )
