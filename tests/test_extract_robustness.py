"""One pathological sentence must not kill a corpus (issue 20, item 11).

A sentence of thousands of tokens of nested control ("tried to want to try to …") used to recurse
once per level and raise RecursionError, taking the whole build with it; and extraction time grew
with the square of its length. The hand-built parses need no model, so these tests are quick.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc

from graphbuild.extract import extract_triples
from graphbuild.extract.component import MAX_SENTENCE_TOKENS, TripleExtractor
from graphbuild.extract.phrases import MAX_DEPTH
from graphbuild.model import Document
from graphbuild.nlp import text_pieces

ROOT = Path(__file__).resolve().parents[1]
_VOCAB = spacy.blank("en").vocab


def control_chain(levels: int, *, then: list[str] | None = None) -> Doc:
    """ "He tried to want to try to … to buy bread ." with ``levels`` nested ``xcomp`` verbs.

    ``then`` adds further sentences of their own after it (each word list a sentence, ending in ".").
    """
    words = ["He", "tried"]
    heads = [1, 1]
    deps = ["nsubj", "ROOT"]
    pos = ["PRON", "VERB"]
    tags = ["PRP", "VBD"]
    lemmas = ["he", "try"]
    verb = 1
    for k in range(levels):
        lemma = "want" if k % 2 == 0 else "try"
        words += ["to", lemma]
        heads += [len(words) - 1, verb]
        deps += ["aux", "xcomp"]
        pos += ["PART", "VERB"]
        tags += ["TO", "VB"]
        lemmas += ["to", lemma]
        verb = len(words) - 1
    words += ["to", "buy", "bread", "."]
    heads += [len(words) - 3, verb, len(words) - 3, 1]
    deps += ["aux", "xcomp", "dobj", "punct"]
    pos += ["PART", "VERB", "NOUN", "PUNCT"]
    tags += ["TO", "VB", "NN", "."]
    lemmas += ["to", "buy", "bread", "."]
    starts = [True] + [False] * (len(words) - 1)
    for sentence in then or []:
        # "Troops seized rifles ."
        base = len(words)
        words += sentence
        heads += [base + 1, base + 1, base + 1, base + 1]
        deps += ["nsubj", "ROOT", "dobj", "punct"]
        pos += ["NOUN", "VERB", "NOUN", "PUNCT"]
        tags += ["NNS", "VBD", "NNS", "."]
        lemmas += [sentence[0].lower(), "seize", sentence[2].lower(), "."]
        starts += [True, False, False, False]
    return Doc(
        _VOCAB,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
        sent_starts=starts,
    )


def test_deep_nested_control_does_not_recurse():
    """2,000 levels (~4,000 tokens): no RecursionError, and the next sentence still gives its triple."""
    doc = control_chain(2000, then=[["Troops", "seized", "rifles", "."]])
    triples = list(extract_triples(doc))
    assert ("Troops", "seized", "rifles") in {
        (t.subject.text, t.relation.text, t.object.text) for t in triples
    }


def test_inherited_relation_is_bounded():
    """Subject and relation are inherited through at most MAX_DEPTH controlling verbs, so a relation
    stays short and the output linear in the input (300 levels gave a 600-word relation)."""
    deep = list(extract_triples(control_chain(300)))
    assert all(len(t.relation.text.split()) <= 2 * (MAX_DEPTH + 1) + 2 for t in deep)
    within = list(extract_triples(control_chain(MAX_DEPTH - 1)))
    assert [len(t.relation.text.split()) for t in within if t.object.text == "bread"] == [2 * MAX_DEPTH + 1]


def test_short_control_chain_keeps_the_whole_relation():
    triples = list(extract_triples(control_chain(3)))
    assert "tried to want to try to want to buy" in {
        t.relation.text for t in triples if t.object.text == "bread"
    }


def test_extraction_time_is_linear_in_chain_length():
    """400 levels took 7.5 s (quadratic); 1,600 levels must now take well under a few seconds."""
    doc = control_chain(1600)
    began = time.perf_counter()
    list(extract_triples(doc))
    assert time.perf_counter() - began < 6.0


def test_component_skips_an_overlong_sentence_with_a_warning(caplog):
    """A sentence over MAX_SENTENCE_TOKENS gets no triples and a warning; the others are kept."""
    levels = MAX_SENTENCE_TOKENS // 2 + 1
    doc = control_chain(levels, then=[["Troops", "seized", "rifles", "."]])
    assert len(next(iter(doc.sents))) > MAX_SENTENCE_TOKENS
    component = TripleExtractor("graphbuild_triples", ontology_dir=None, min_confidence=0.0)
    with caplog.at_level(logging.WARNING, logger="graphbuild"):
        component(doc)
    assert [(t.subject.text, t.object.text) for t in doc._.gb_triples] == [("Troops", "rifles")]
    assert any("tokens" in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records)


def test_component_keeps_a_sentence_at_the_bound():
    doc = control_chain(10)
    component = TripleExtractor("graphbuild_triples", ontology_dir=None, min_confidence=0.0)
    component(doc)
    assert any(t.object.text == "bread" for t in doc._.gb_triples)


def test_build_warns_and_goes_on(tmp_path):
    """The CLI build of a corpus with one overlong sentence: exit 0, a ``warning:`` line, the
    other articles' triples (in worker processes and into a store too)."""
    chain = "He tried " + "to want to try " * 300 + "to go."
    corpus = tmp_path / "corpus.jsonl"
    rows = [
        {"id": f"a{i}", "text": chain if i == 1 else "Troops seized rifles in the north."} for i in range(3)
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows))
    command = [sys.executable, "-m", "graphbuild", "build", str(corpus), "--quiet", "--jobs", "2"]
    done = subprocess.run(
        [*command, "--store", str(tmp_path / "kg")], capture_output=True, text=True, cwd=ROOT, timeout=600
    )
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 1 and "over 1000" in warnings[0]


def test_text_pieces_join_back_and_cut_at_spaces():
    text = "Troops seized rifles in the north. " * 40 + "x" * 300 + " end"
    pieces = list(text_pieces(text, 120))
    assert "".join(pieces) == text
    assert all(len(p) <= 120 for p in pieces)
    assert all(p.endswith(". ") for p in pieces[:5])


def test_a_long_article_is_parsed_in_pieces(monkeypatch):
    """An article over PIECE_CHARS goes through the model in pieces (a 1.2 MB one-sentence article
    peaked at 3.3 GB in tok2vec; in pieces 0.6 GB), joined into one Doc of the same text."""
    import graphbuild.nlp as nlp_module

    monkeypatch.setattr(nlp_module, "PIECE_CHARS", 200)
    text = "Troops seized rifles in the north. Rebels attacked a town near the border. " * 10
    document = Document("a", text, text)
    [(doc, got)] = list(nlp_module.parse(nlp_module.load_pipeline(), [document]))
    assert got is document and doc.text == text
    assert len(list(doc.sents)) == 20
    assert sum(t.relation.text == "seized" for t in doc._.gb_triples) == 10
