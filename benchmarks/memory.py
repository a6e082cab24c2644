"""Peak memory of a large incremental build: does it grow with the corpus?

Prints figures, it is not a test. Runs ``graphbuild build CORPUS --store DIR -q`` on the wikinews
corpus, cycled (ids made unique) up to ``--articles``, and samples the memory of the whole process
tree (the build and its workers) every ``--every`` seconds, together with how many articles the
store has committed. The table gives the peak up to each milestone: if memory is bounded, the peak
after 5,000 articles is the peak after 500.

PSS (proportional set size) counts pages shared between the forked workers once, so the tree's
sum is what the machine really spends; RSS of the largest process is given too.

    python benchmarks/memory.py --articles 5000 --jobs 2 --keep-store /tmp/kg5000
    python benchmarks/memory.py --articles 600 --milestones 100,300,600
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews-en.jsonl"
MB = 1024 * 1024


def cycled_corpus(source: Path, target: Path, articles: int) -> int:
    """Write ``articles`` records to ``target``, repeating ``source`` with ids made unique; tokens est."""
    with source.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    chars = 0
    with target.open("w", encoding="utf-8") as out:
        for i, record in enumerate(itertools.islice(itertools.cycle(records), articles)):
            cycle = i // len(records)
            if cycle:
                record = {**record, "id": f"{record['id']}#{cycle}"}
            chars += len(record["text"])
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return chars


def committed(store: Path) -> int | None:
    try:
        with sqlite3.connect(f"file:{store / 'records.sqlite'}?mode=ro", uri=True, timeout=0.1) as db:
            return db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return None


def tree_memory(pid: int) -> tuple[int, int, int]:
    """Sum of PSS, largest RSS, and number of processes of ``pid`` and its descendants."""
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0, 0, 0
    pss = rss = 0
    for proc in procs:
        try:
            info = proc.memory_full_info()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        pss += info.pss
        rss = max(rss, info.rss)
    return pss, rss, len(procs)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--milestones", default="500,1000,2000,3000,4000,5000")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--every", type=float, default=1.0, help="seconds between samples")
    parser.add_argument("--keep-store", type=Path, help="build the store here and keep it (must not exist)")
    args = parser.parse_args()

    milestones = sorted(m for m in map(int, args.milestones.split(",")) if m <= args.articles)
    if args.articles not in milestones:
        milestones.append(args.articles)
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        corpus = tmp / "corpus.jsonl"
        chars = cycled_corpus(args.corpus, corpus, args.articles)
        store = args.keep_store or tmp / "store"
        if store.exists():
            sys.exit(f"{store} exists; give a new folder to --keep-store")
        command = [sys.executable, "-m", "graphbuild", "build", str(corpus), "--store", str(store)]
        command += ["-j", str(args.jobs), "-q"]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        print(f"$ {' '.join(command[1:])}   ({args.articles} articles, {chars / MB:.1f} M characters)")
        started = time.perf_counter()
        proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
        samples: list[tuple[float, int, int, int, int]] = []  # seconds, committed, pss, rss, processes
        done, pending = 0, list(milestones)
        while proc.poll() is None:
            pss, rss, count = tree_memory(proc.pid)
            done = committed(store) or done
            if pss:
                samples.append((time.perf_counter() - started, done, pss, rss, count))
            while pending and done >= pending[0] and pending[0] != args.articles:
                milestone = pending.pop(0)
                upto = [s for s in samples if s[1] <= milestone] or samples
                pss_mb, rss_mb = max(s[2] for s in upto) / MB, max(s[3] for s in upto) / MB
                print(  # as it goes, so a long run can be read before it ends
                    f"  {milestone} articles after {samples[-1][0]:.0f} s: "
                    f"peak PSS {pss_mb:,.0f} MB, peak RSS {rss_mb:,.0f} MB",
                    flush=True,
                )
            time.sleep(args.every)
        wall = time.perf_counter() - started
        output = proc.stdout.read().strip() if proc.stdout else ""
        if proc.returncode:
            sys.exit(f"build failed ({proc.returncode}): {output}")
        store_mb = sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / MB

    print(output)
    print(f"wall {wall:.0f} s, {args.articles / wall:.1f} articles/s, store on disk {store_mb:.0f} MB\n")
    rows = [
        ("articles committed", "elapsed s", "peak PSS, all processes (MB)", "peak RSS, largest process (MB)")
    ]
    for milestone in milestones:
        upto = [s for s in samples if s[1] <= milestone]
        if not upto:
            continue
        last = next((s for s in samples if s[1] >= milestone), samples[-1])
        label = f"<= {milestone}" if milestone != args.articles else f"<= {milestone} (+ entities graph)"
        rows.append(
            (
                label,
                f"{last[0]:.0f}",
                f"{max(s[2] for s in upto) / MB:,.0f}",
                f"{max(s[3] for s in upto) / MB:,.0f}",
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for j, row in enumerate(rows):
        print(
            "  ".join(
                c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if j == 0:
            print("  ".join("-" * w for w in widths))
    first = [s for s in samples if s[1] <= milestones[0]]
    if first and len(milestones) > 1:
        growth = (max(s[2] for s in samples) - max(s[2] for s in first)) / MB
        print(
            f"\npeak PSS growth from {milestones[0]} to {args.articles} articles: {growth:+,.0f} MB "
            f"({growth / (args.articles - milestones[0]) * 1000:+.1f} MB per 1,000 articles)"
        )


if __name__ == "__main__":
    main()
