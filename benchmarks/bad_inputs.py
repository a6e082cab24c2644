"""Run ``graphbuild build`` on bad and hostile inputs and print what it said, as a Markdown table.

Usage: python benchmarks/bad_inputs.py [--python PATH]

Every input is made up here in a temporary folder (nothing is read from the shared data). Each row
is one real run of the command line: what it printed (stderr and the summary line) and its exit
code. tests/test_hardening.py checks the same cases one by one.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ENGLISH = (
    "Government forces attacked a rebel camp near the northern border on Monday, officials said. "
    "The rebels said they had lost two trucks and a supply depot in the fighting. "
    "A spokesman for the army told reporters that the operation would continue until the area was secure.\n"
)
FRENCH = (
    "Les forces gouvernementales ont attaqué un camp rebelle près de la frontière nord lundi, selon "
    "des responsables. Les rebelles ont déclaré avoir perdu deux camions et un dépôt dans les combats.\n"
)
ARABIC = (
    "هاجمت القوات الحكومية معسكرا للمتمردين قرب الحدود الشمالية يوم الاثنين، حسبما قال مسؤولون. "
    "وقال المتمردون إنهم فقدوا شاحنتين ومستودعا للإمدادات في القتال.\n"
)


def make_cases(root: Path) -> list[tuple[str, list[str]]]:
    """(description, arguments after ``build``) for every bad input, files written under ``root``."""

    def write(name: str, data: bytes | str) -> str:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return str(path)

    rng = random.Random(7)
    words = ["the", "rebels", "said", "that", "government", "forces", "attacked", "a", "village", "near"]
    big = root / "big.txt"
    with big.open("wb") as fh:  # 50 MB of English-looking text, written in chunks
        chunk = (ENGLISH * 200).encode("utf-8")
        while fh.tell() < 50_000_000:
            fh.write(chunk)
    folder = root / "mixed"
    write("mixed/good.txt", ENGLISH)
    write("mixed/empty.txt", "")
    write("mixed/photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write("mixed/french.txt", FRENCH)
    corpus_lines = [
        json.dumps({"id": "a1", "text": ENGLISH}),
        "{not json",
        json.dumps({"id": "a2", "text": ENGLISH.replace("Monday", "Tuesday")}),
        json.dumps(["a list"]),
        json.dumps({"id": "a3", "title": "no text"}),
        json.dumps({"id": "a4", "text": FRENCH}),
        "[" * 100_000,
        json.dumps({"id": "a5", "text": "Rebels \ud800 took\x00 the town.\u202e"}),
    ]
    return [
        ("empty file", [write("empty.txt", "")]),
        ("whitespace-only file", [write("blank.txt", "  \n\t\n")]),
        ("binary file (PNG bytes)", [write("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")]),
        ("binary without NUL bytes", [write("noise.txt", bytes(rng.randrange(1, 32) for _ in range(4000)))]),
        ("UTF-16 with BOM", [write("utf16.txt", ENGLISH.encode("utf-16"))]),
        ("UTF-16-LE without BOM", [write("utf16le.txt", ENGLISH.encode("utf-16-le"))]),
        (
            "Windows-1252 text",
            [write("cp1252.txt", ENGLISH.replace("said", "said \u201csecure\u201d").encode("cp1252"))],
        ),
        ("Windows-1252 text, --encoding cp1252", [str(root / "cp1252.txt"), "--encoding", "cp1252"]),
        ("unknown --encoding", [str(root / "cp1252.txt"), "--encoding", "klingon"]),
        ("50 MB text file", [str(big)]),
        ("--max-bytes 0", [str(root / "utf16.txt"), "--max-bytes", "0"]),
        (
            "broken HTML",
            [write("broken.html", "<html><body><p>" + ENGLISH + "<div><table><tr><td>unclosed <b>tags")],
        ),
        (
            "HTML with no text",
            [write("empty.html", "<html><head><title>x</title></head><body></body></html>")],
        ),
        (
            "script-laden HTML",
            [
                write(
                    "script.html",
                    "<html><head><script>alert('head')</script></head><body onload=\"alert(1)\"><article><p>"
                    + ENGLISH
                    + "</p><script>document.write('<img src=x onerror=alert(2)>')</script>"
                    + "<p>The army said <img src=x onerror=alert(3)> it had withdrawn.</p>"
                    + "</article></body></html>",
                )
            ],
        ),
        ("French text", [write("french.txt", FRENCH * 2)]),
        ("French text, --any-language", [str(root / "french.txt"), "--any-language"]),
        ("Arabic (right-to-left) text", [write("arabic.txt", ARABIC * 2)]),
        (
            "English with bidi overrides and an Arabic name",
            [
                write(
                    "rtl.txt",
                    "\u202eThe army\u202c said \u0639\u0644\u064a was seen in \u2067Tripoli\u2069. "
                    + ENGLISH,
                )
            ],
        ),
        (
            "20,000-word sentence",
            [write("longsentence.txt", " ".join(rng.choice(words) for _ in range(20_000)) + ".\n")],
        ),
        (
            "2,000-level nested control sentence",
            [write("control.txt", "He tried " + "to want to try " * 1000 + "to go.\n" + ENGLISH)],
        ),
        (
            "200,000-character token",
            [write("longtoken.txt", "Rebels took " + "x" * 200_000 + " yesterday. " + ENGLISH)],
        ),
        (
            "control characters",
            [
                write(
                    "controls.txt", ENGLISH.replace(" ", " \x01", 3).replace(".", ".\x0b\x1b[31m\x7f\x85", 2)
                )
            ],
        ),
        ("JSONL corpus with malformed lines", [write("corpus.jsonl", "\n".join(corpus_lines) + "\n")]),
        (
            "JSONL dates that are no real dates",
            [
                write(
                    "dates.jsonl",
                    "".join(
                        json.dumps({"id": f"d{i}", "text": ENGLISH, "date": d}) + "\n"
                        for i, d in enumerate(["2011-02-30", "9999-99-99", "2011-13-45T25:61"])
                    ),
                )
            ],
        ),
        (
            "same file name in two folders",
            [
                str(Path(write("day1/index.txt", ENGLISH)).parent),
                str(Path(write("day2/index.txt", ENGLISH)).parent),
            ],
        ),
        (
            "JSONL ids that share one IRI",
            [
                write(
                    "ids.jsonl",
                    "".join(
                        json.dumps({"id": i, "text": ENGLISH}) + "\n"
                        for i in ["Reuters/2011-05", "reuters_2011_05", "REUTERS 2011 05", "Reuters/2011-05"]
                    ),
                )
            ],
        ),
        ("JSONL corpus with no valid line", [write("allbad.jsonl", "{oops\n[1, 2]\n\n")]),
        ("folder with bad files among good", [str(folder)]),
        ("folder with only bad files", [str(root / "onlybad")]),
        ("unknown file type", [write("notes.pdf", b"%PDF-1.4")]),
        ("missing path", [str(root / "missing.txt")]),
        *([("FIFO named as input", [_fifo(root / "pipe.txt")])] if hasattr(os, "mkfifo") else []),
        *([("/dev/zero named as input", ["/dev/zero"])] if Path("/dev/zero").exists() else []),
        ("file name with invalid UTF-8", [write(os.fsdecode(b"bad-\xff-name.txt"), ENGLISH)]),
        ("file name with escape codes", [write("red\x1b[31m\x1b]0;title\x07.txt", "")]),
        ("corpus line over --max-bytes", [str(root / "corpus.jsonl"), "--max-bytes", "400"]),
        ("output folder is a file", [str(root / "utf16.txt"), "--out", write("taken", "a file")]),
        ("bad --base-iri", [str(root / "utf16.txt"), "--base-iri", "not an iri"]),
        ("--jobs beyond the cores", [str(root / "utf16.txt"), "--jobs", "64"]),
        ("no inputs", []),
        ("unknown option", [str(root / "utf16.txt"), "--frobnicate"]),
    ]


def _fifo(path: Path) -> str:
    os.mkfifo(path)
    return str(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=sys.executable, help="interpreter with graphbuild installed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "onlybad").mkdir()
        (root / "onlybad" / "a.txt").write_bytes(b"")
        (root / "onlybad" / "b.html").write_text("<html></html>", encoding="utf-8")
        cases = make_cases(root)
        print("| input | printed | exit |")
        print("|---|---|---|")
        for description, argv in cases:
            out = root / "out"
            proc = subprocess.run(
                [
                    args.python,
                    "-m",
                    "graphbuild",
                    "build",
                    *argv,
                    *([] if "--out" in argv else ["--out", str(out)]),
                ],
                capture_output=True,
                text=True,
                errors="replace",
            )
            printed = (proc.stderr + proc.stdout).strip().replace(tmp, "…").replace("|", "\\|")
            printed = "<br>".join(line[:220] for line in printed.splitlines())
            print(f"| {description} | {printed} | {proc.returncode} |", flush=True)


if __name__ == "__main__":
    main()
