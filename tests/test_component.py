"""graphbuild as spaCy components (triples, entities, confidence), found by name."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib.metadata import entry_points

import pytest
from spacy.tokens import Doc

from graphbuild.calibrate import calibrate
from graphbuild.errors import GraphbuildError
from graphbuild.extract import extract_triples
from graphbuild.lexicons import load_lexicons
from graphbuild.nlp import load_parser
from graphbuild.resolve import DocumentEntities, document_entities, resolve_document

from .conftest import ROOT, SEED

README_SECTION = "### In your own spaCy pipeline"


def _readme_example() -> tuple[str, list[str]]:
    """The README's own-pipeline example: its code, and the output lines it shows."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index(README_SECTION) :]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)  # type: ignore[union-attr]
    shown = [line[2:] for line in code.splitlines() if line.startswith("# ")]
    return code, shown


def test_load_pipeline_ends_in_triples_then_entities_then_confidence(nlp):
    assert nlp.pipe_names[-3:] == ["graphbuild_triples", "graphbuild_entities", "graphbuild_confidence"]
    assert "graphbuild_entities" not in load_parser().pipe_names


def test_spacy_factories_entry_points_name_every_component():
    found = {e.name: e.value for e in entry_points(group="spacy_factories")}
    assert found.get("graphbuild_triples") == "graphbuild.extract.component:make_triple_extractor"
    assert found.get("graphbuild_entities") == "graphbuild.resolve.component:make_entity_resolver"
    assert found.get("graphbuild_confidence") == "graphbuild.calibrate.component:make_confidence_calibrator"


def test_load_parser_splits_wiki_citation_marks_off_words():
    # issue 14: "University.[1][2]" was one token, and NER lost the name before it
    words = [
        t.text for t in load_parser().make_doc("It is run by Kestrel University.[1][2] It opened in 1988.")
    ]
    assert words[4:9] == ["Kestrel", "University", ".", "[1]", "[2]"]
    assert [t.text for t in load_parser().make_doc("He paid $5 [sic] to them.")][4:7] == ["[", "sic", "]"]


@pytest.mark.model
def test_graphbuild_entities_sets_entities_triples_and_mention_spans(nlp):
    doc = nlp("The Malian militants crossed the border. They attacked a convoy near Baghdad, Iraq.")
    assert isinstance(doc, Doc)
    names = {e.name for e in doc._.gb_entities}
    assert {"militants of Mali", "Baghdad"} <= names
    they = next(t for t in doc._.gb_triples if t.subject.text == "They")
    assert they.subject.entity_label == "militants of Mali"
    spans = {(s.text, s.label_) for s in doc.spans["gb_mentions"]}
    assert {("Malian militants", "Actor"), ("Baghdad, Iraq", "Region"), ("Iraq", "Region")} <= spans


@pytest.mark.model
def test_graphbuild_entities_without_triples_says_what_to_add():
    parser = load_parser()
    parser.add_pipe("graphbuild_entities")
    try:
        doc = parser.make_doc("The militants crossed the border.")
        doc._.gb_triples = None
        with pytest.raises(GraphbuildError, match='add_pipe\\("graphbuild_triples"'):
            parser.get_pipe("graphbuild_entities")(doc)
    finally:
        parser.remove_pipe("graphbuild_entities")


def _articles(shared_dir) -> list[tuple[str, str]]:
    corpus = shared_dir / "corpora" / "wikinews-en-conflict-200.jsonl"
    with corpus.open(encoding="utf-8") as lines:
        records = [json.loads(next(lines)) for _ in range(3)]
    return [("seed", SEED.read_text(encoding="utf-8"))] + [(r["id"], r["text"]) for r in records]


@pytest.mark.model
def test_document_entities_equals_resolve_document(nlp, shared_dir):
    lexicons = load_lexicons()
    for doc_id, text in _articles(shared_dir):
        doc = nlp(text)
        triples = list(extract_triples(doc, doc_id=doc_id, lexicons=lexicons))
        resolved = resolve_document(doc, triples, nlp=nlp, lexicons=lexicons)
        expected = DocumentEntities(resolved.entities, calibrate(resolved.triples, lexicons))
        assert document_entities(doc, doc_id) == expected, doc_id


@pytest.mark.model
def test_readme_own_pipeline_example_runs_without_importing_graphbuild(tmp_path):
    code, shown = _readme_example()
    assert "graphbuild" not in re.sub(r'"graphbuild_\w+"', "", code)
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == shown


def test_doc_text_is_the_docs_text_joined_once():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from graphbuild.nlp import doc_text

    doc = Doc(Vocab(), words=["Rain", "fell", "on", "Vashtar", "."], spaces=[True, True, True, False, False])
    assert doc_text(doc) == doc.text == "Rain fell on Vashtar."
    assert doc.user_data["gb_text"] is doc_text(doc)  # kept: the second call joins nothing


def test_token_table_columns_equal_the_token_attributes():
    from graphbuild.nlp import token_table

    from .parsed import parsed

    doc = parsed(
        """
        Brenvik   2 nsubj    PROPN NNP Brenvik   B-GPE
        Forces    0 flat     PROPN NNPS Forces   I-GPE
        shelled   2 ROOT     VERB  VBD shell
        the       4 det      DET   DT  the
        Towers    2 dobj     PROPN NNPS Tower
        .         2 punct    PUNCT .   .
        """
    )
    table = token_table(doc)
    assert table.lower == [t.lower_ for t in doc]
    assert table.lemma_lower == [t.lemma_.lower() for t in doc]
    assert table.pos == [t.pos_ for t in doc]
    assert table.tag == [t.tag_ for t in doc]
    assert table.dep == [t.dep_ for t in doc]
    assert table.ent_type == [t.ent_type_ for t in doc]
    assert table.text == [t.text for t in doc]
    assert table.spaced == [bool(t.whitespace_) for t in doc]
    assert table.is_punct == [t.is_punct for t in doc] == [False] * 5 + [True]
    assert table.head == [t.head.i for t in doc] == [2, 0, 2, 4, 2, 2]  # heads before and after
    assert token_table(doc) is table  # made once per Doc


def test_child_lists_equal_spacys_walks():
    """``children``, ``children_with``, ``has_child`` and ``ancestor_indices`` read the head array
    and give what spaCy's Token walks give, in the same order."""
    from graphbuild.nlp import ancestor_indices, children_with, has_child, token_table

    from .parsed import parsed

    doc = parsed(
        """
        The       2 det      DET   DT  the
        old       2 amod     ADJ   JJ  old
        convoy    3 nsubj    NOUN  NN  convoy
        crossed   3 ROOT     VERB  VBD cross
        the       5 det      DET   DT  the
        river     3 dobj     NOUN  NN  river
        and       3 cc       CCONJ CC  and
        not       8 neg      PART  RB  not
        stopped   3 conj     VERB  VBD stop
        .         3 punct    PUNCT .   .
        """
    )
    table = token_table(doc)
    for token in doc:
        assert table.children[token.i] == [c.i for c in token.children]
        assert list(ancestor_indices(table, token.i)) == [a.i for a in token.ancestors]
    crossed = doc[3]
    assert [t.i for t in children_with(crossed, ("dobj", "cc"))] == [5, 6]
    assert [t.i for t in children_with(crossed, ("cc",), ("but",))] == []
    assert has_child(doc[8], ("neg",)) and not has_child(crossed, ("neg",))
    assert has_child(crossed, ("cc",), ("and",))


def test_token_table_keeps_no_reference_to_its_doc():
    """The table lives in ``doc.user_data``: a reference back would make a cycle, and every Doc of a
    build would wait for the cyclic garbage collector."""
    import weakref

    from spacy import blank
    from spacy.tokens import Doc

    from graphbuild.nlp import token_table

    doc = Doc(blank("en").vocab, words=["Rain", "fell", "."])
    assert token_table(doc).lower == ["rain", "fell", "."]
    gone = weakref.ref(token_table(doc))
    del doc
    assert gone() is None  # freed with its Doc by reference counting alone


def test_span_text_is_the_spans_text_cut_from_the_docs():
    from spacy import blank
    from spacy.tokens import Doc

    from graphbuild.nlp import span_text

    words = ["Rain", "fell", "on", "\n", "Vashtar", "."]
    doc = Doc(blank("en").vocab, words=words, spaces=[True, True, True, False, False, False])
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text  # empty spans and a trailing space too


@pytest.mark.model
def test_what_the_pipeline_keeps_on_a_doc_holds_no_spacy_object(nlp):
    """Every cache in ``doc.user_data`` holds plain values: a Span or Token there refers back to its
    Doc, and the Docs of a worker (whose collector runs seldom) would pile up in memory."""
    from spacy.tokens import Doc, Span, Token

    doc = nlp(
        "The Courier's director of global news, Ana Lind, said on Friday that the Tarvos Front had "
        "seized rifles near Lemba. It denied the report, which officials in Karvonia confirmed."
    )
    pending = list(doc.user_data.values())
    while pending:
        value = pending.pop()
        assert not isinstance(value, (Doc, Span, Token)), type(value)
        if isinstance(value, dict):
            pending.extend([*value.keys(), *value.values()])
        elif isinstance(value, (list, tuple, set, frozenset)):
            pending.extend(value)


def test_conjunct_indices_equal_spacys_conjuncts():
    """``conjunct_indices`` walks the table as ``Token.conjuncts`` walks the parse: up to the first
    conjunct, then each one's conjuncts to its right, leaving out the word asked about."""
    from graphbuild.nlp import conjunct_indices, token_table

    from .parsed import parsed

    doc = parsed(
        """
        Millers   3 nsubj    NOUN  NNS  miller
        ,         0 punct    PUNCT ,    ,
        bakers    0 conj     NOUN  NNS  baker
        met       3 ROOT     VERB  VBD  meet
        and       3 cc       CCONJ CC   and
        cooks     0 conj     NOUN  NNS  cook
        left      3 conj     VERB  VBD  leave
        .         3 punct    PUNCT .    .
        """
    )
    table = token_table(doc)
    for token in doc:
        assert conjunct_indices(table, token.i) == [c.i for c in token.conjuncts]
    assert conjunct_indices(table, 2) == [0, 5]  # from "bakers": the first conjunct, then "cooks"
