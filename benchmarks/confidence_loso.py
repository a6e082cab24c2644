"""Could a learned confidence rank right facts above wrong ones on sets it never saw?

The triples of the blind judged sheets (``tests/data/gold/fresh{3..8}_triples*_judged.jsonl``) are
matched to a build of their sets with today's code; a small logistic regression over signals of the
triple record alone (links, pronouns, capitals, lengths, a derived edge, qualifiers, the sentence) is
fitted on all sets but one and scored on the one left out. Prints, per held-out set, the AUC of
today's ``confidence`` and of the learned score, and the precision of the top 70 % and 50 %; then
the pooled figures and the weights fitted on all sets. An analysis, not a model the build uses.

    python benchmarks/confidence_loso.py --builds /tmp/loso   # builds the sets there when missing
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "gold"
SETS = tuple(range(3, 9))
PRONOUNS = frozenset(
    {"he", "she", "it", "they", "him", "her", "them", "we", "i", "you", "who", "which", "this", "that"}
    | {"these", "those"}
)
LIGHT_VERBS = frozenset({"be", "have", "make", "take", "give", "say", "do", "get", "go"})
ARTICLES = frozenset({"The", "A", "An"})
L2 = 5.0
FEATURES = (
    "confidence",
    "subject linked",
    "object linked",
    "subject pronoun",
    "object pronoun",
    "subject capitalised",
    "object capitalised",
    "log subject words",
    "log object words",
    "light verb",
    "multi-word relation",
    "derived edge",
    "attributed",
    "modality",
    "negated",
    "log sentence words",
    "quote in sentence",
    "has arguments",
)


def features(t: dict) -> list[float]:
    """Signals of one triple record, as floats in FEATURES order."""
    s, o = t["subject"], t["object"]
    sw, ow, lemma = s["text"].split() or [""], o["text"].split() or [""], t["relation"]["lemma"].split()
    sentence = t["sentence"]
    return [
        t["confidence"],
        float(bool(s.get("id"))),
        float(bool(o.get("id"))),
        float(s["text"].lower() in PRONOUNS),
        float(o["text"].lower() in PRONOUNS),
        float(s["text"][:1].isupper() and sw[0] not in ARTICLES),
        float(o["text"][:1].isupper() and ow[0] not in ARTICLES),
        math.log(len(sw)),
        math.log(len(ow)),
        float(bool(lemma) and lemma[0] in LIGHT_VERBS),
        float(len(lemma) > 1),
        float(bool(t.get("derived"))),
        float(bool(t.get("attributed_to"))),
        float(bool(t.get("modality"))),
        float(bool(t.get("negated"))),
        math.log(len(sentence.split()) or 1),
        float('"' in sentence or "\u201c" in sentence),
        float(bool(t.get("arguments"))),
    ]


def build(n: int, root: Path) -> Path:
    """The build of ``precision-fresh{n}`` under ``root``, made with today's code when missing."""
    out = root / f"fresh{n}"
    if not (out / "triples.jsonl").exists():
        corpus = root / f"fresh{n}.jsonl"
        with corpus.open("w", encoding="utf-8") as fh:
            for row in devsets.articles(f"precision-fresh{n}"):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        graphbuild = [sys.executable, "-m", "graphbuild", "build"]
        subprocess.run([*graphbuild, str(corpus), "--out", str(out), "--jobs", "2", "-q"], check=True)
    return out


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Logistic regression by Newton steps, L2 on all weights but the bias (column 0)."""
    w = np.zeros(x.shape[1])
    ridge = np.diag(np.r_[0.0, np.ones(x.shape[1] - 1)]) * L2 / len(y)
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) / len(y) + ridge @ w
        hess = (x.T * (p * (1 - p))) @ x / len(y) + ridge + 1e-9 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    return w


def auc(score: np.ndarray, right: np.ndarray) -> float:
    """Chance that a right triple scores above a wrong one (ties count half)."""
    pos, neg = score[right == 1], score[right == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    return float((pos[:, None] > neg).mean() + 0.5 * (pos[:, None] == neg).mean())


def top_precision(score: np.ndarray, right: np.ndarray, share: float) -> float:
    keep = np.argsort(-score, kind="stable")[: max(1, int(len(score) * share))]
    return float(right[keep].mean())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--builds", type=Path, required=True, help="folder for the sets' builds (reused)")
    args = parser.parse_args()
    args.builds.mkdir(parents=True, exist_ok=True)
    rows, right, group, today, judged = [], [], [], [], 0
    for n in SETS:
        built = {}
        with (build(n, args.builds) / "triples.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                t = json.loads(line)
                key = (t["doc"], t["subject"]["text"], t["relation"]["text"], t["object"]["text"])
                built.setdefault(key, t)
        for sheet in sorted(GOLD.glob(f"fresh{n}_triples*_judged.jsonl")):
            for line in sheet.read_text(encoding="utf-8").splitlines():
                r = json.loads(line)
                judged += 1
                t = built.get((r["doc"], r["subject"], r["relation"], r["object"]))
                if t is not None:
                    rows.append(features(t))
                    right.append(r["verdict"] == "right")
                    group.append(n)
                    today.append(t["confidence"])
    x, y, g, c = np.array(rows), np.array(right, float), np.array(group), np.array(today)
    x = (x - x.mean(0)) / (x.std(0) + 1e-9)
    x = np.c_[np.ones(len(y)), x]
    print(f"judged triples matched to today's build: {len(y)} of {judged}; right {y.mean():.3f}")
    learned = np.zeros(len(y))
    for n in SETS:
        out = g == n
        w = fit(x[~out], y[~out])
        learned[out] = x[out] @ w
        print(
            f"held out fresh{n}: n {out.sum():3d}  precision {y[out].mean():.2f}  "
            f"AUC today {auc(c[out], y[out]):.3f} learned {auc(learned[out], y[out]):.3f}  "
            f"learned top 70% {top_precision(learned[out], y[out], 0.7):.2f} "
            f"top 50% {top_precision(learned[out], y[out], 0.5):.2f}"
        )
    print(f"pooled leave-one-set-out AUC: today {auc(c, y):.3f}, learned {auc(learned, y):.3f}")
    print("weights fitted on all sets (standardised features):")
    for name, weight in sorted(zip(("bias", *FEATURES), fit(x, y), strict=True), key=lambda p: -abs(p[1])):
        print(f"  {weight:+.2f}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
