"""Fit the calibrated confidence (``graphbuild.calibrate``) to hand verdicts, and score it.

Reads every judged triple row of the studied blind sets (``tests/data/gold/freshK_*triples*_judged.jsonl``,
a row judged twice counted once), computes each row's features as the build computes them for a
triple, and fits a logistic model (L2-regularised, Newton's method: deterministic). Prints the
leave-one-set-out AUC next to the extractor score's AUC on the same rows, and the share right among
the most confident rows; ``--write`` stores the weights in ``ontology/confidence.json``.
``--score SHEET`` scores judged sheets with the stored weights: the blind test of frozen weights.
A sheet drawn from a calibrated build carries the calibrated confidence; ``--corpus`` rebuilds its
articles without ``graphbuild_confidence`` to put the extractor's score beside it.

    python benchmarks/fit_confidence.py                       # cross-validated figures, sets 2..22
    python benchmarks/fit_confidence.py --write               # and store the weights
    python benchmarks/fit_confidence.py --score tests/data/gold/fresh18_triples_*_judged.jsonl
    python benchmarks/fit_confidence.py --score tests/data/gold/fresh19_triples_*_judged.jsonl \
        --corpus fresh19.jsonl          # python benchmarks/devsets.py precision-fresh19 --out fresh19.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from confidence_loso import auc  # noqa: E402  (the leave-one-set-out analysis this model grew from)
from precision_sample import item_of_record  # noqa: E402

from graphbuild.calibrate import (  # noqa: E402
    REPORTING_LEXICON,
    WEIGHTS_FILE,
    ConfidenceWeights,
    calibrated_confidence,
    fact_features,
    load_weights,
)
from graphbuild.calibrate.features import FEATURE_NAMES  # noqa: E402
from graphbuild.lexicons import load_lexicons  # noqa: E402
from graphbuild.model import Argument, Mention, Provenance, Relation, Triple  # noqa: E402
from graphbuild.nlp import load_parser  # noqa: E402

GOLD = ROOT / "tests" / "data" / "gold"
SHEET = re.compile(r"fresh(\d+)_(?:after_)?triples(?:_[ab])?_judged\.jsonl")
STUDIED = list(range(2, 23))
# Ridge strength: enough to keep the rare shapes' weights near 0, little against the common ones.
L2 = 1.0
ROW_FIELDS = ("doc", "sentence", "subject", "subject_node", "relation", "object", "object_node",
              "arguments", "negated", "modality", "attributed_to")  # fmt: skip


def judged_rows(paths: list[Path]) -> list[dict]:
    """Judged rows of the sheets, each fact once (its first judging), with its set number."""
    rows: dict[str, dict] = {}
    for path in paths:
        match = SHEET.fullmatch(path.name)
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("verdict") not in ("right", "wrong"):
                continue
            row["set"] = int(match.group(1)) if match else 0
            rows.setdefault(json.dumps([row[k] for k in ROW_FIELDS]), row)
    return list(rows.values())


def as_triple(row: dict, lemma: str) -> Triple:
    """A sheet row as the build's triple: the fields a feature reads, nothing else."""

    def mention(text: str | None, node: str | None) -> Mention:
        return Mention(text or "", 0, 0, entity_id=node)

    provenance = Provenance(row["doc"], 0, row["sentence"], 0, 0)
    arguments = tuple(Argument(mention(a, None)) for a in row["arguments"])
    return Triple(mention(row["subject"], row["subject_node"]), Relation(row["relation"], lemma),
                  mention(row["object"], row["object_node"]), provenance, arguments, bool(row["negated"]),
                  row["modality"], row["attributed_to"], float(row["confidence"]))  # fmt: skip


def triples_of(rows: list[dict]) -> list[Triple]:
    """The rows as triples, their relations lemmatised by the model the build parses with."""
    nlp = load_parser()
    texts = [row["relation"] for row in rows]
    lemmas = [" ".join(t.lemma_ for t in doc) for doc in nlp.pipe(texts, disable=["ner"])]
    return [as_triple(row, lemma) for row, lemma in zip(rows, lemmas, strict=True)]


def extractor_scores(corpora: list[Path], rows: list[dict]) -> list[float]:
    """The extractor's score of each judged row, from a build of ``corpora`` whose pipeline has no
    ``graphbuild_confidence`` (the row's best copy, as the build keeps the most confident); NaN for
    a row the code of today no longer makes."""
    import graphbuild
    from graphbuild.nlp import load_pipeline
    from graphbuild.output import triple_record

    options = graphbuild.BuildOptions()
    nlp = load_pipeline(options.model, options.ontology)  # the cached pipeline the build will use
    if "graphbuild_confidence" in nlp.pipe_names:
        nlp.remove_pipe("graphbuild_confidence")
    graphs = [graphbuild.build([corpus], options) for corpus in corpora]  # each as its sheet was built

    best: dict[str, float] = {}
    for record in (triple_record(t) for graph in graphs for t in graph.triples):
        item = item_of_record(record)
        key = json.dumps([item[k] for k in ROW_FIELDS])
        best[key] = max(best.get(key, 0.0), item["confidence"])
    return [best.get(json.dumps([row[k] for k in ROW_FIELDS]), float("nan")) for row in rows]


def matrix(triples: list[Triple]) -> np.ndarray:
    verbs = load_lexicons().terms(REPORTING_LEXICON)
    return np.array([[fact_features(t, verbs)[name] for name in FEATURE_NAMES] for t in triples])


def fit(x: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """Intercept and weights of an L2-regularised logistic regression (Newton's method)."""
    a = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(a.shape[1])
    penalty = np.full(a.shape[1], L2)
    penalty[0] = 0.0  # the intercept is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-a @ w))
        gradient = a.T @ (p - y) + penalty * w
        hessian = (a * (p * (1 - p))[:, None]).T @ a + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return float(w[0]), w[1:]


def top_shares(score: np.ndarray, right: np.ndarray) -> str:
    order = np.argsort(-score, kind="stable")
    parts = []
    for fraction in (0.3, 0.5, 0.7, 1.0):
        kept = right[order[: max(1, round(len(right) * fraction))]]
        parts.append(f"top {fraction:.0%} {kept.mean():.3f}")
    return ", ".join(parts)


def cross_validate(rows: list[dict], x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Each row scored by weights fitted without its set."""
    sets = np.array([row["set"] for row in rows])
    out = np.zeros(len(y))
    for k in np.unique(sets):
        held = sets == k
        intercept, w = fit(x[~held], y[~held])
        out[held] = intercept + x[held] @ w
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sets", type=int, nargs="+", default=STUDIED, help="studied sets to fit on")
    parser.add_argument("--write", action="store_true", help=f"store the weights in ontology/{WEIGHTS_FILE}")
    parser.add_argument(
        "--score", type=Path, nargs="+", help="judged sheets to score with the stored weights"
    )
    parser.add_argument(
        "--corpus", type=Path, nargs="+", help="with --score: the sheets' articles, for the extractor's score"
    )
    args = parser.parse_args()
    if args.score:
        rows = judged_rows(args.score)
        triples = triples_of(rows)
        y = np.array([row["verdict"] == "right" for row in rows], dtype=float)
        weights = load_weights(load_lexicons().root / WEIGHTS_FILE)
        verbs = load_lexicons().terms(REPORTING_LEXICON)
        new = np.array([calibrated_confidence(t, weights, verbs) for t in triples])
        old = np.array([row["confidence"] for row in rows])
        print(f"{len(rows)} judged rows, {y.mean():.3f} right")
        print(f"  confidence on the sheet: AUC {auc(old, y):.3f}; {top_shares(old, y)}")
        if args.corpus:
            raw = np.array(extractor_scores(args.corpus, rows))
            found = ~np.isnan(raw)  # a row the rebuild no longer makes (a rule changed it) has none
            shares = top_shares(raw[found], y[found])
            print(
                f"  extractor score:         AUC {auc(raw[found], y[found]):.3f}; {shares}"
                f" ({found.sum()} of {len(rows)} rows rebuilt)"
            )
        print(f"  calibrated confidence:   AUC {auc(new, y):.3f}; {top_shares(new, y)}")
        return
    paths = [p for p in sorted(GOLD.glob("fresh*_judged.jsonl"))
             if (m := SHEET.fullmatch(p.name)) and int(m.group(1)) in args.sets]  # fmt: skip
    rows = judged_rows(paths)
    x = matrix(triples_of(rows))
    y = np.array([row["verdict"] == "right" for row in rows], dtype=float)
    old = np.array([row["confidence"] for row in rows])
    held_out = cross_validate(rows, x, y)
    span = f"{min(args.sets)}..{max(args.sets)}"
    print(f"{len(rows)} judged rows of sets {span} ({len(paths)} sheets), {y.mean():.3f} right")
    print(f"  extractor score:                    AUC {auc(old, y):.3f}; {top_shares(old, y)}")
    print(f"  calibrated, leave-one-set-out:      AUC {auc(held_out, y):.3f}; {top_shares(held_out, y)}")
    intercept, w = fit(x, y)
    print(f"  weights (intercept {intercept:+.2f}):")
    for name, value in sorted(zip(FEATURE_NAMES, w, strict=True), key=lambda nv: nv[1]):
        print(f"    {name:20s} {value:+.2f}")
    if args.write:
        sets = (
            f"{min(args.sets)}..{max(args.sets)}"
            if args.sets == list(range(min(args.sets), max(args.sets) + 1))
            else args.sets
        )
        fitted = f"{len(rows)} judged triples of precision-fresh{sets} (benchmarks/fit_confidence.py)"
        record = ConfidenceWeights(
            round(intercept, 4),
            {n: round(float(v), 4) for n, v in zip(FEATURE_NAMES, w, strict=True)},
            fitted,
        )
        path = ROOT / "ontology" / WEIGHTS_FILE
        path.write_text(record.to_json(), encoding="utf-8")
        print(f"-> {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
