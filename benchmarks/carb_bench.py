"""CaRB dev benchmark: run our Open IE over the dev sentences, score it, print P/R/F1/AUC and speed.

Usage: python benchmarks/carb_bench.py [--shared ../shared] [--out dev.carb.tsv]

Runs on one core (BLAS threads pinned to 1); the timing covers parsing and extraction, not the
one-off model load.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from graphbuild.evaluate.carb import read_gold, score, write_system  # noqa: E402
from graphbuild.extract.openie import openie_lines  # noqa: E402
from graphbuild.nlp import load_parser  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared", type=Path, default=Path(os.environ.get("GRAPHBUILD_SHARED", ROOT.parent / "shared"))
    )
    parser.add_argument("--out", type=Path, help="also write the tuples here (CaRB tabbed format)")
    args = parser.parse_args()
    carb = args.shared / "benchmarks" / "carb"
    lines = (carb / "dev.txt").read_text(encoding="utf-8").splitlines()
    gold = read_gold(carb / "gold" / "dev.tsv")

    load_start = time.perf_counter()
    nlp = load_parser()
    load_seconds = time.perf_counter() - load_start
    start = time.perf_counter()
    extractions = list(openie_lines(lines, nlp=nlp))
    seconds = time.perf_counter() - start
    result = score(gold, extractions)
    if args.out:
        write_system(extractions, args.out)

    r = result
    print(f"CaRB dev: {len(lines)} sentences, {r.gold_tuples} gold tuples, {len(extractions)} tuples")
    print(f"precision {r.precision:.3f}  recall {r.recall:.3f}  F1 {r.f1:.3f}  AUC {r.auc:.3f}")
    speed = len(lines) / seconds
    print(f"time {seconds:.1f} s ({speed:.0f} sentences/s, one core; model load {load_seconds:.1f} s)")
    print("published CaRB test F1/AUC: CIGL-OIE 0.540/0.357, OpenIE6 0.527/0.337, OpenIE-4 0.488/0.272")


if __name__ == "__main__":
    main()
