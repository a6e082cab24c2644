"""Do two checkouts build the same outputs? Byte-for-byte, on the sample article and 200 conflict articles.

A refactoring that should change nothing is checked by building with the old code once (``--save``) and
with the new code after (``--against``); the script prints, per input and file, "same" or where the two
first differ, and exits 1 on any difference.

    git stash; python benchmarks/same_output.py --save /tmp/before; git stash pop
    python benchmarks/same_output.py --against /tmp/before
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GRAPHBUILD_SHARED", ROOT.parent / "shared"))  # as tests/conftest.py
INPUTS = {
    "seed": ROOT / "seeds" / "000_fd37a429ef1252fc.txt",
    "conflict200": SHARED / "corpora" / "wikinews-en-conflict-200.jsonl",
}
FILES = ("graph.ttl", "triples.jsonl", "entities.jsonl")


def build(source: Path, out: Path) -> None:
    """One ``graphbuild build`` as a user runs it, in a subprocess of this interpreter."""
    subprocess.run(
        [sys.executable, "-m", "graphbuild", "build", str(source), "--out", str(out), "--quiet"],
        check=True,
        cwd=ROOT,
    )


def first_difference(a: bytes, b: bytes) -> str:
    for line, (x, y) in enumerate(zip(a.splitlines(), b.splitlines(), strict=False), 1):
        if x != y:
            return f"line {line}: {x[:80]!r} != {y[:80]!r}"
    return f"lengths {len(a)} != {len(b)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="build into this folder (the reference)")
    group.add_argument("--against", type=Path, help="build, then compare with this reference folder")
    parser.add_argument("--only", choices=sorted(INPUTS), help="one input instead of both")
    args = parser.parse_args()
    names = [args.only] if args.only else list(INPUTS)
    if args.save:
        for name in names:
            build(INPUTS[name], args.save / name)
            print(f"saved {name} -> {args.save / name}")
        return 0
    differ = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            out = Path(tmp) / name
            build(INPUTS[name], out)
            for file in FILES:
                old, new = (args.against / name / file).read_bytes(), (out / file).read_bytes()
                verdict = "same" if old == new else "DIFFERENT: " + first_difference(old, new)
                differ += old != new
                print(f"{name:12} {file:15} {len(new):>10} bytes  {verdict}")
    print("all byte-identical" if not differ else f"{differ} file(s) differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
