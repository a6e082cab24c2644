"""CPU time of each stage of a one-job build, on Docs the model parsed first: a diagnostic, not a result.

The whole-process figure users wait for is ``end_to_end.py``'s. This one says where the CPU of the
one-job path goes: the model, each of graphbuild's pipeline components, and the per-document
records and N-Quads. It runs the same code the build runs, one stage after another in one thread.

    python benchmarks/stage_cpu.py ARTICLES.jsonl
"""

from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path

from graphbuild.ingest import ReadOptions, read_documents
from graphbuild.nlp import GRAPHBUILD_COMPONENTS, load_pipeline, parse
from graphbuild.pipeline import BuildOptions, document_nquads, process_document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path, help="a file or folder graphbuild reads")
    args = parser.parse_args()
    options = BuildOptions().checked()
    started = time.process_time()
    nlp = load_pipeline(options.model, options.ontology)
    loaded = time.process_time()
    documents = list(read_documents([args.articles], ReadOptions()))
    parsed = list(parse(nlp, documents, batch_size=options.batch_size, model_only=True))
    modelled = time.process_time()
    components = [(name, pipe) for name, pipe in nlp.pipeline if name in GRAPHBUILD_COMPONENTS]
    for _, pipe in components:
        initialize = getattr(pipe, "initialize", None)
        if initialize is not None:
            initialize()
    spent: collections.Counter[str] = collections.Counter()
    for doc, document in parsed:
        for name, pipe in components:
            before = time.process_time()
            doc = pipe(doc)
            spent[name] += time.process_time() - before
        before = time.process_time()
        result = process_document(doc, document)
        spent["records"] += time.process_time() - before
        before = time.process_time()
        document_nquads(result, options.base_iri)
        spent["N-Quads"] += time.process_time() - before
    tokens = sum(len(doc) for doc, _ in parsed)
    print(f"{len(parsed)} documents, {tokens} tokens; CPU seconds:")
    print(f"  {'load pipeline':24} {loaded - started:6.2f}")
    print(f"  {'model (nlp.pipe)':24} {modelled - loaded:6.2f}")
    for name, seconds in spent.items():
        print(f"  {name:24} {seconds:6.2f}")


if __name__ == "__main__":
    main()
