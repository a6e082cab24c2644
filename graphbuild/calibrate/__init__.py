"""Confidence as the chance that a reader finds a fact right, fitted to hand verdicts on news.

The extractor's score (``extract/confidence.py``) ranks facts for CaRB's token-overlap scoring; on
news judged by hand it barely tells right from wrong (AUC 0.57 over 1,900 judged triples). This
stage replaces a resolved triple's confidence with a logistic model over the shapes judges found
wrong more often (``features``): weights in ``ontology/confidence.json``, fitted to the judged
sheets of ``tests/data/gold`` by ``benchmarks/fit_confidence.py``. CaRB output keeps the
extractor's score; the graph, ``triples.jsonl`` and the network carry this one.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from graphbuild.calibrate.features import FEATURE_NAMES, fact_features
from graphbuild.errors import OntologyError
from graphbuild.lexicons import Lexicons
from graphbuild.model import Triple, evolve

WEIGHTS_FILE = "confidence.json"
# Lexicon whose lemmas make a relation a reporting one (the ``reporting`` feature).
REPORTING_LEXICON = "reporting_verbs"


@dataclass(frozen=True)
class ConfidenceWeights:
    """A logistic model: the intercept and one weight per feature, with what it was fitted on."""

    intercept: float
    weights: Mapping[str, float]
    fitted_on: str = ""

    def to_json(self) -> str:
        record = {"fitted_on": self.fitted_on, "intercept": self.intercept, "weights": dict(self.weights)}
        return json.dumps(record, indent=2) + "\n"


@functools.cache
def load_weights(path: Path) -> ConfidenceWeights:
    """The weights of ``path``, checked against the features this version computes."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        weights = {str(k): float(v) for k, v in record["weights"].items()}
        intercept = float(record["intercept"])
    except FileNotFoundError:
        raise OntologyError(
            f"no confidence weights at {path}; copy graphbuild's ontology/{WEIGHTS_FILE} into that folder"
        ) from None
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        raise OntologyError(
            f"bad confidence weights in {path} ({e}); refit with benchmarks/fit_confidence.py"
        ) from None
    if set(weights) != set(FEATURE_NAMES):
        odd = sorted(set(weights) ^ set(FEATURE_NAMES))
        raise OntologyError(
            f"confidence weights in {path} do not match the features ({', '.join(odd)}); "
            "refit with benchmarks/fit_confidence.py"
        )
    return ConfidenceWeights(intercept, weights, str(record.get("fitted_on", "")))


def calibrated_confidence(
    triple: Triple, weights: ConfidenceWeights, reporting_verbs: frozenset[str]
) -> float:
    """The model's chance that ``triple`` is right, to three places."""
    features = fact_features(triple, reporting_verbs)
    score = weights.intercept + math.fsum(weights.weights[name] * value for name, value in features.items())
    return round(1.0 / (1.0 + math.exp(-score)), 3)


def calibrate(triples: Iterable[Triple], lexicons: Lexicons) -> list[Triple]:
    """Each triple with its confidence calibrated by the weights of the lexicons' ontology folder."""
    weights = load_weights(lexicons.root / WEIGHTS_FILE)
    verbs = lexicons.terms(REPORTING_LEXICON)
    return [evolve(t, confidence=calibrated_confidence(t, weights, verbs)) for t in triples]


__all__ = [
    "REPORTING_LEXICON",
    "WEIGHTS_FILE",
    "ConfidenceWeights",
    "calibrate",
    "calibrated_confidence",
    "fact_features",
    "load_weights",
]
