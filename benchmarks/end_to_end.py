"""Whole-process speed: ``graphbuild build`` against a bare ``nlp.pipe`` script, and --jobs 2 against 1.

Prints figures, it is not a test. Every side is a fresh process, timed from start to exit, so
start-up, reading, merging and writing the five output files all count. The bare side is a plain
spaCy script: it imports only ``json`` and ``spacy``, loads the same model with ``spacy.load`` and
parses the same texts (read by ``graphbuild.ingest`` beforehand, outside the timing, and handed over
as a JSON list) with graphbuild's batch size (16, faster here than spaCy's default of 1000), and
does nothing with the Docs. It imports nothing of graphbuild, so graphbuild's start-up counts
against it. The machine may be shared: the runs of one size are
alternated (bare, build -j1, build -j2, then the reverse order), each figure is the median of the
repeats, and the ratio build / bare is taken per pair (one repeat) before the median. The load
average is printed before and after.

graphbuild's modules are compiled to bytecode first, as installing the package does: an editable
checkout run with ``PYTHONDONTWRITEBYTECODE`` set (as some shells are) would otherwise compile them
again in every run (~0.1 s), which an installed package never does; spaCy's are compiled already.

Peak RSS is of all processes (the build and its workers), summed over the process tree sampled
every 0.1 s; CPU is user + system time of the process and every descendant it waited for;
utilisation is CPU / wall (2.0 = two cores busy).

    python benchmarks/end_to_end.py --sizes 60 600 --repeats 3
    python benchmarks/end_to_end.py --sizes 2782 --repeats 1 --runs build-j2 --keep full/   # the whole corpus

``--keep DIR`` writes the corpus slices and the builds' outputs under DIR and leaves them there
(to validate or render them afterwards); without it they go to a temporary folder.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil
import spacy

from graphbuild.ingest import ReadOptions, read_documents
from graphbuild.nlp import DEFAULT_MODELS

SHARED = Path(os.environ.get("GRAPHBUILD_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPUS = SHARED / "corpora" / "wikinews-en.jsonl"
BATCH_SIZE = 16  # graphbuild's default (BuildOptions.batch_size)
SAMPLE_S = 0.1

BARE = """
import json
import sys

import spacy

nlp = spacy.load(sys.argv[2])
with open(sys.argv[1], encoding="utf-8") as texts:
    for doc in nlp.pipe(json.load(texts), batch_size=int(sys.argv[3])):
        pass
"""


@dataclass
class Run:
    wall_s: float
    cpu_s: float
    peak_rss_mb: float

    @property
    def utilisation(self) -> float:
        return self.cpu_s / self.wall_s if self.wall_s else 0.0


def command(kind: str, corpus: Path, out: Path) -> list[str]:
    if kind == "bare":
        return [sys.executable, "-c", BARE, str(texts_of(corpus)), installed_model(), str(BATCH_SIZE)]
    jobs = kind.removeprefix("build-j")
    return [sys.executable, "-m", "graphbuild", "build", str(corpus), "--out", str(out), "--jobs", jobs, "-q"]


def texts_of(corpus: Path) -> Path:
    """The texts graphbuild reads from ``corpus``, as a JSON list beside it (made once, untimed)."""
    path = corpus.with_suffix(".texts.json")
    if not path.exists():
        texts = [d.text for d in read_documents([corpus], ReadOptions())]
        path.write_text(json.dumps(texts), encoding="utf-8")
    return path


def installed_model() -> str:
    """The model graphbuild loads by default: the first of its default names that is installed."""
    return next(name for name in DEFAULT_MODELS if spacy.util.is_package(name))


def tree_rss(process: psutil.Process) -> int:
    """RSS of ``process`` and all its descendants, in bytes (processes that just ended count 0)."""
    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0
    for p in members:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def measure(cmd: list[str]) -> Run:
    """Wall time, CPU time of the whole tree, and peak summed RSS of one command run to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    process = psutil.Process(child.pid)
    peak = 0
    while child.poll() is None:
        peak = max(peak, tree_rss(process))
        time.sleep(SAMPLE_S)
    wall = time.perf_counter() - started
    stderr = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:4])} failed ({child.returncode}):\n{stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(wall, cpu, peak / 2**20)


def first_lines(corpus: Path, n: int, folder: Path) -> Path:
    path = folder / f"articles-{n}.jsonl"
    with corpus.open(encoding="utf-8") as src, path.open("w", encoding="utf-8") as dst:
        dst.writelines(itertools.islice((line for line in src if line.strip()), n))
    return path


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def bench(size: int, kinds: list[str], repeats: int, folder: Path) -> None:
    corpus = first_lines(CORPUS, size, folder)
    runs: dict[str, list[Run]] = {k: [] for k in kinds}
    print(f"\n{size} articles ({load()})", flush=True)
    for repeat in range(repeats):
        order = kinds if repeat % 2 == 0 else kinds[::-1]
        for kind in order:
            run = measure(command(kind, corpus, folder / f"out-{kind}"))
            runs[kind].append(run)
            print(
                f"  repeat {repeat + 1} {kind:9} {run.wall_s:7.2f} s wall {run.cpu_s:7.2f} s CPU "
                f"util {run.utilisation:4.2f} peak RSS {run.peak_rss_mb:6.0f} MB",
                flush=True,
            )
    print(f"  medians of {repeats} ({load()}):")
    for kind, rs in runs.items():
        print(
            f"    {kind:9} wall {statistics.median(r.wall_s for r in rs):7.2f} s  "
            f"CPU {statistics.median(r.cpu_s for r in rs):7.2f} s  "
            f"util {statistics.median(r.utilisation for r in rs):4.2f}  "
            f"peak RSS {max(r.peak_rss_mb for r in rs):6.0f} MB (max)"
        )
    if "bare" in runs:
        for kind in (k for k in kinds if k != "bare"):
            ratios = [b.wall_s / r.wall_s for b, r in zip(runs["bare"], runs[kind], strict=True)]
            cpu = [b.cpu_s / r.cpu_s for b, r in zip(runs["bare"], runs[kind], strict=True)]
            print(
                f"    bare / {kind}: wall {statistics.median(ratios):.2f} (pairs {_fmt(ratios)}), "
                f"CPU {statistics.median(cpu):.2f} (pairs {_fmt(cpu)})"
            )
    if "build-j1" in runs and "build-j2" in runs:
        speedups = [a.wall_s / b.wall_s for a, b in zip(runs["build-j1"], runs["build-j2"], strict=True)]
        median = statistics.median(speedups)
        print(f"    --jobs 2 speed-up over --jobs 1: {median:.2f}x (pairs {_fmt(speedups)})")


def _fmt(values: list[float]) -> str:
    return " ".join(f"{v:.2f}" for v in values)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[60, 600])
    parser.add_argument("--repeats", type=int, default=3)
    kinds = ["bare", "build-j1", "build-j2"]
    parser.add_argument("--runs", nargs="+", default=kinds, choices=kinds)
    parser.add_argument("--keep", type=Path, help="write slices and outputs here and keep them")
    args = parser.parse_args()
    compileall.compile_dir(Path(__file__).resolve().parents[1] / "graphbuild", quiet=1)
    with contextlib.ExitStack() as stack:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            folder = args.keep
        else:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="graphbuild-e2e-")))
        for size in args.sizes:
            bench(size, args.runs, args.repeats, folder)


if __name__ == "__main__":
    main()
