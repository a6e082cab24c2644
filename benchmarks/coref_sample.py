"""Draw a seeded random sample of resolved pronouns and definite descriptions, as a sheet to judge.

Coreference precision is judged by people, case by case: for each sampled mention the sheet gives
its sentence, the mention, the entity it was resolved to, the nearest earlier mention of that
entity and that mention's sentence, and an empty ``verdict`` (``right`` / ``wrong``). Pronouns
left unresolved are counted (recall needs them) but not sampled.

    python benchmarks/coref_sample.py ARTICLES.jsonl -n 100 --seed 1 --out coref_sheet.jsonl
    python benchmarks/coref_sample.py --score coref_sheet.jsonl      # precision of the judged
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

# Personal pronouns a reader resolves; relative ones ("who", "which") are left out: they take the
# noun their clause modifies and are right whenever the parse is.
PERSONAL = frozenset({"he", "him", "his", "she", "her", "they", "them", "their", "it", "its"})


def _records(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def cases(doc: Doc, doc_id: str) -> tuple[list[dict], Counter[str]]:
    """Every resolved personal pronoun and definite description of a processed Doc, and counts."""
    from graphbuild.lexicons import load_lexicons
    from graphbuild.resolve.coref import antecedent, token_owners

    lexicons = load_lexicons()
    entities = doc._.gb_entities or []
    owner = token_owners(entities)
    counts: Counter[str] = Counter()
    out = []
    for token in doc:
        if token.lower_ in PERSONAL and token.pos_ == "PRON":
            entity = antecedent(token, owner, lexicons)
            counts["pronoun resolved" if entity else "pronoun unresolved"] += 1
            if entity is not None:
                out.append(_case(doc, doc_id, token.i, token.i + 1, "pronoun", entity))
    for entity in entities:
        spans = sorted(entity.token_spans)
        for start, end in spans[1:]:
            root = doc[start:end].root
            if doc[start].lower_ == "the" and root.pos_ == "NOUN":  # "the country", "the group"
                counts["definite resolved"] += 1
                out.append(_case(doc, doc_id, start, end, "definite", entity))
    return out, counts


def _case(doc: Doc, doc_id: str, start: int, end: int, kind: str, entity) -> dict:
    """One sheet row: the mention and the nearest earlier mention of its entity."""
    earlier = [s for s in entity.token_spans if s[1] <= start]
    before = max(earlier) if earlier else None
    return {
        "doc": doc_id,
        "kind": kind,
        "sentence": doc[start].sent.text.strip(),
        "mention": doc[start:end].text,
        "antecedent": entity.name,
        "antecedent_mention": doc[before[0] : before[1]].text if before else None,
        "antecedent_sentence": doc[before[0]].sent.text.strip() if before else None,
        "verdict": "",
    }


def score(sheet: Path) -> None:
    judged = [r for r in _records(sheet) if r.get("verdict")]
    if not judged:
        print("none judged")
        return
    right = sum(r["verdict"] == "right" for r in judged)
    print(f"{sheet}: {right}/{len(judged)} right, precision {right / len(judged):.2f}")
    for kind, n in Counter(r["kind"] for r in judged if r["verdict"] != "right").most_common():
        print(f"  {n:3} wrong {kind}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", type=Path, help="articles as .jsonl (id, text)")
    parser.add_argument("-n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--score", type=Path, help="score a judged sheet instead")
    args = parser.parse_args(argv)
    if args.score:
        score(args.score)
        return 0
    if args.articles is None or not args.articles.is_file():
        print("give a .jsonl file of articles (or --score SHEET)", file=sys.stderr)
        return 2
    from graphbuild.nlp import load_pipeline

    nlp = load_pipeline()
    records = _records(args.articles)
    rows, counts = [], Counter()
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        found, n = cases(doc, record.get("id", ""))
        rows += found
        counts.update(n)
    sample = random.Random(args.seed).sample(rows, min(args.n, len(rows)))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sample)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    print(f"{len(sample)} of {len(rows)} resolved mentions ({summary})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
