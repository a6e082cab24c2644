"""Extraction throughput: ``graphbuild build`` against bare ``nlp.pipe``, and 1 process against 2.

Prints figures, it is not a test. Both sides use the same spaCy model (the bare side
``graphbuild.nlp.load_parser``, the build ``load_pipeline``) on the same articles. The machine may
be shared, so the two sides are measured in alternating
blocks of articles (bare, build, build, bare, ...) and summed, a change of load hitting both alike,
and the ratio is given in CPU time (this process's, immune to other processes) as well as wall
time. 1 vs 2 processes is wall time and needs two idle cores, so the load is printed, with the
bound the CPU times give: 2 x CPU(-j 1) / CPU(-j 2, parent and workers), the speed-up two idle
cores would show if the work were spread evenly.

    python benchmarks/throughput.py --limit 300 --jobs-limit 400
    python benchmarks/throughput.py --limit 100 --profile   # where build's own time goes
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import json
import os
import pstats
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "wikinews-en.jsonl"


def read_records(corpus: Path, limit: int) -> list[dict]:
    with corpus.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in itertools.islice((ln for ln in fh if ln.strip()), limit)]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (worker processes), user + system."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def bare_pipe(nlp, texts: list[str], batch_size: int, n_process: int = 1) -> tuple[int, float, float]:
    """Tokens, wall seconds and this process's CPU seconds of a bare ``nlp.pipe``."""
    wall, cpu = time.perf_counter(), cpu_seconds()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process))
    return tokens, time.perf_counter() - wall, cpu_seconds() - cpu


def graphbuild_build(path: Path, batch_size: int, jobs: int) -> tuple[int, float, float]:
    """Tokens, wall seconds and this process's CPU seconds of ``graphbuild.build`` on a corpus file."""
    import graphbuild

    wall, cpu = time.perf_counter(), cpu_seconds()
    graph = graphbuild.build([path], graphbuild.BuildOptions(batch_size=batch_size, jobs=jobs))
    return graph.meta["tokens"], time.perf_counter() - wall, cpu_seconds() - cpu


def paired_ratio(nlp, records: list[dict], block: int, batch_size: int, tmp: Path) -> dict[str, float]:
    """Sum bare and build times over alternating blocks of articles."""
    totals = {k: 0.0 for k in ("bare_s", "build_s", "bare_cpu", "build_cpu", "bare_tokens", "build_tokens")}
    for i in range(0, len(records), block):
        chunk = records[i : i + block]
        path = write_jsonl(tmp / f"block{i}.jsonl", chunk)
        order = ("bare", "build") if (i // block) % 2 == 0 else ("build", "bare")
        for side in order:
            if side == "bare":
                tokens, seconds, cpu = bare_pipe(nlp, [r["text"] for r in chunk], batch_size)
            else:
                tokens, seconds, cpu = graphbuild_build(path, batch_size, jobs=1)
            totals[f"{side}_s"] += seconds
            totals[f"{side}_cpu"] += cpu
            totals[f"{side}_tokens"] += tokens
    return totals


def profile_build(path: Path, batch_size: int) -> None:
    """cProfile one build and split its time by stage (profiling slows Python code most).

    Stages are the cumulative times of their entry points, so spaCy calls made by extraction
    count as extraction. Articles are read inside ``nlp.pipe`` (it pulls them), so reading is
    subtracted from the parse.
    """
    import graphbuild

    profiler = cProfile.Profile()
    profiler.enable()
    graphbuild.build([path], graphbuild.BuildOptions(batch_size=batch_size, jobs=1))
    profiler.disable()
    stats = pstats.Stats(profiler)
    cumulative: dict[str, float] = {}
    for (file, _line, name), (_cc, _nc, _tt, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        key = f"{Path(file).parent.name}/{Path(file).name}:{name}"
        cumulative[key] = max(cumulative.get(key, 0.0), cumtime)

    def cum(key: str) -> float:
        return cumulative.get(key, 0.0)

    total = cum("graphbuild/build.py:build")
    read = cum("graphbuild/ingest/read.py:read_documents")
    extract = cum("extract/clauses.py:extract_triples")
    resolve = cum("resolve/__init__.py:resolve_document")
    rows = [
        ("spaCy parse (nlp.pipe)", cum("spacy/language.py:pipe") - read),
        ("extract (graphbuild/extract)", extract),
        ("resolve (graphbuild/resolve)", resolve),
        (
            "process_document's own (pipeline.py)",
            cum("graphbuild/pipeline.py:process_document") - extract - resolve,
        ),
        ("read articles (ingest.py)", read),
        (
            "merge (pipeline.assemble's own)",
            cum("graphbuild/pipeline.py:assemble") - cum("graphbuild/pipeline.py:process_documents"),
        ),
    ]
    rows.append(("other (load, setup)", total - sum(v for _, v in rows)))
    print("\nwhere one build's time goes (cProfile, cumulative time of each stage's entry point):")
    for stage, seconds in rows:
        print(f"  {stage:<36} {seconds:8.2f} s  {100 * seconds / total:5.1f} %")
    print("\ntop functions by own time:")
    stats.sort_stats("tottime").print_stats(12)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=300, help="articles for the ratio")
    parser.add_argument("--jobs-limit", type=int, default=400, help="articles for 1 vs 2 processes (0: skip)")
    parser.add_argument("--block", type=int, default=25, help="articles per alternating block")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each 1-vs-2 measurement (best kept)")
    parser.add_argument("--profile", action="store_true", help="also profile one build")
    args = parser.parse_args()

    from graphbuild.nlp import load_parser, model_name

    nlp = load_parser()  # the bare parse: no graphbuild components
    records = read_records(args.corpus, max(args.limit, args.jobs_limit))
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        warm = write_jsonl(tmp / "warm.jsonl", records[:5])
        graphbuild_build(warm, args.batch_size, jobs=1)  # gazetteers and matchers load once
        rows = []
        print(f"model {model_name(nlp)}, corpus {args.corpus.name}, load average {os.getloadavg()[0]:.2f}")

        t = paired_ratio(nlp, records[: args.limit], args.block, args.batch_size, tmp)
        n = min(args.limit, len(records))
        for side, label in (("bare", "bare nlp.pipe, 1 process"), ("build", "graphbuild build -j 1")):
            tokens, wall, cpu = t[f"{side}_tokens"], t[f"{side}_s"], t[f"{side}_cpu"]
            rows.append((label, n, tokens, wall, tokens / wall, cpu, tokens / cpu, "", ""))
        wall_ratio = (t["bare_s"] / t["build_s"]) * (t["build_tokens"] / t["bare_tokens"])
        cpu_ratio = (t["bare_cpu"] / t["build_cpu"]) * (t["build_tokens"] / t["bare_tokens"])
        rows.append(("  ratio build / bare, CPU time", "", "", "", "", "", "", f"{cpu_ratio:.2f}", ">= 0.85"))
        rows.append(
            ("  ratio build / bare, wall time", "", "", "", "", "", "", f"{wall_ratio:.2f}", ">= 0.85")
        )

        if args.jobs_limit:
            subset = records[: args.jobs_limit]
            path = write_jsonl(tmp / "jobs.jsonl", subset)
            texts = [r["text"] for r in subset]
            runs: dict[str, list[tuple[int, float, float]]] = {k: [] for k in ("b1", "b2", "g1", "g2")}
            for _ in range(args.repeat):  # alternate, keep the best of each
                runs["g1"].append(graphbuild_build(path, args.batch_size, jobs=1))
                runs["g2"].append(graphbuild_build(path, args.batch_size, jobs=2))
                runs["b1"].append(bare_pipe(nlp, texts, args.batch_size, n_process=1))
                runs["b2"].append(bare_pipe(nlp, texts, args.batch_size, n_process=2))
            best = {k: min(v, key=lambda r: r[1]) for k, v in runs.items()}
            n = len(subset)
            for key, label in (
                ("b1", "bare nlp.pipe, n_process=1"),
                ("b2", "bare nlp.pipe, n_process=2"),
                ("g1", "graphbuild build -j 1"),
                ("g2", "graphbuild build -j 2"),
            ):
                tokens, wall, cpu = best[key]
                rows.append((label, n, tokens, wall, tokens / wall, cpu, tokens / cpu, "", ""))
            speedup = best["g1"][1] / best["g2"][1]
            machine = best["b1"][1] / best["b2"][1]
            # what two idle cores would give if the -j 2 build's CPU work were spread evenly on them
            bound = best["g1"][2] / (best["g2"][2] / 2)
            rows.append(
                ("  speed-up build -j 2 / -j 1 (wall)", "", "", "", "", "", "", f"{speedup:.2f}x", ">= 1.7x")
            )
            rows.append(
                ("  speed-up bound from CPU (see above)", "", "", "", "", "", "", f"{bound:.2f}x", "")
            )
            rows.append(
                ("  speed-up nlp.pipe 2 / 1 (machine)", "", "", "", "", "", "", f"{machine:.2f}x", "")
            )
        print_table(rows)
        print(f"load average at the end {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
        if args.profile:
            profile_build(write_jsonl(tmp / "profile.jsonl", records[: args.limit]), args.batch_size)


def print_table(rows: list[tuple]) -> None:
    header = ("measure", "docs", "tokens", "wall s", "tokens/s", "CPU s", "tokens/CPU s", "result", "target")
    cells = [header] + [
        tuple(
            f"{v:,.1f}"
            if isinstance(v, float) and i in (3, 5)
            else f"{v:,.0f}"
            if isinstance(v, (int, float))
            else str(v)
            for i, v in enumerate(row)
        )
        for row in rows
    ]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    for j, row in enumerate(cells):
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if j == 0:
            print("  ".join("-" * w for w in widths))


if __name__ == "__main__":
    main()
