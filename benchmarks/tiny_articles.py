"""Many tiny articles: is the cost per article flat, and memory bounded, as the corpus grows?

Prints figures, it is not a test. Writes ``N`` one-sentence JSON Lines articles made from invented
sentence patterns and names (seeded, so every run builds the same corpus), then times
``graphbuild build CORPUS --out DIR -q`` as a process for each size and samples the summed RSS of
its process tree every 0.1 s. If the per-article time and memory stay flat from 10k to 100k
articles, nothing in the build grows faster than the corpus.

    python benchmarks/tiny_articles.py --sizes 10000 20000 100000 --jobs 2
    python benchmarks/tiny_articles.py --sizes 100000 --store   # into a store: memory stays flat
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import sys
import tempfile
from pathlib import Path

from end_to_end import measure  # a sibling script: the same whole-process measurement

PATTERNS = (
    "{a} attacked {p} on {d}.",
    "{a} said it had received {w} from {b}.",
    "Fighters of {a} seized {w} near {p}.",
    "{b} accused {a} of shelling {p}.",
    "{a} and {b} met in {p} on {d} to discuss a ceasefire.",
)
GROUPS = ("the Northern Front", "the River Brigade", "the Hill Militia", "the Coastal Army", "the Free Union")
LEADERS = ("Amadou Keita", "Lena Varga", "Tomas Reyes", "Samir Haddad", "Ines Duarte", "Oleg Marin")
PLACES = ("Kidal", "Gao", "Tripoli", "Aleppo", "Goma", "Mosul", "Herat", "Sirte", "Bunia", "Tessalit")
WEAPONS = ("rifles", "mortars", "anti-aircraft missiles", "armoured trucks", "rocket launchers")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def corpus(path: Path, size: int, seed: int = 0) -> None:
    """``size`` one-sentence articles, one JSON object per line, with distinct ids."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(size):
            a = rng.choice(GROUPS + LEADERS)
            b = rng.choice([x for x in GROUPS + LEADERS if x != a])
            text = rng.choice(PATTERNS).format(
                a=a, b=b, p=rng.choice(PLACES), w=rng.choice(WEAPONS), d=rng.choice(DAYS)
            )
            fh.write(json.dumps({"id": f"tiny-{i:06d}", "text": text[0].upper() + text[1:]}) + "\n")


def run(size: int, jobs: int, folder: Path, *, store: bool = False) -> None:
    path = folder / f"tiny-{size}.jsonl"
    if not path.exists():
        corpus(path, size)
    target = folder / (f"store-{size}" if store else f"out-{size}")
    where = ["--store" if store else "--out", str(target)]
    cmd = [sys.executable, "-m", "graphbuild", "build", str(path), *where, "-q", "--jobs", str(jobs)]
    run = measure(cmd)  # the whole tree's wall, CPU and peak RSS
    per_article = 1000 * run.wall_s / size
    print(
        f"{size:7d} articles --jobs {jobs}: {run.wall_s:7.1f} s ({per_article:5.2f} ms per article, "
        f"CPU use {run.utilisation:4.2f}), peak RSS of all processes {run.peak_rss_mb:6.0f} MB -> {target}/",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--store", action="store_true", help="build into a store (--store) instead of --out")
    parser.add_argument("--keep", type=Path, help="write corpora and outputs here and keep them")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        folder = args.keep or Path(
            stack.enter_context(tempfile.TemporaryDirectory(prefix="graphbuild-tiny-"))
        )
        folder.mkdir(parents=True, exist_ok=True)
        for size in args.sizes:
            run(size, args.jobs, folder, store=args.store)


if __name__ == "__main__":
    main()
