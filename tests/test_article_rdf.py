"""The triple text of an article's N-Quads line, read without parsing it, is what Oxigraph prints."""

import itertools
import pickle
from concurrent.futures import ThreadPoolExecutor

import pyoxigraph as ox

from graphbuild.article_rdf import DEFAULT_GRAPH_MARK, LOCAL_IRI, ArticleRDF, _triple_key, pack, triple_keys

LINES = [
    "<http://e.org/s> <http://e.org/p> <http://e.org/o> .",
    "<http://e.org/s> <http://e.org/p> <http://e.org/o> <http://e.org/g> .",
    '<http://e.org/s> <http://e.org/p> "the <b> tag said \\"hi\\"" <http://e.org/g> .',
    '<http://e.org/s> <http://e.org/p> "a <b"^^<http://e.org/dt> .',
    '<http://e.org/s> <http://e.org/p> "3"^^<http://www.w3.org/2001/XMLSchema#integer> <http://e.org/g> .',
    '<http://e.org/s> <http://e.org/p> "rebels took the town"@en .',
    "_:b1 <http://e.org/p> _:b2 <http://e.org/g> .",
]


def test_triple_keys_are_the_parsed_triples() -> None:
    named = [line for line in LINES if line.count("<http://e.org/g>")]
    default = [line for line in LINES if line not in named]
    for line in named:
        (quad,) = ox.parse(input=line.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        assert triple_keys(f"{line}\n{DEFAULT_GRAPH_MARK}") == [_triple_key(quad)], line
    for line in default:
        (quad,) = ox.parse(input=line.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        assert triple_keys(f"{DEFAULT_GRAPH_MARK}{line}\n") == [_triple_key(quad)], line
    text = (
        "".join(f"{line}\n" for line in named) + DEFAULT_GRAPH_MARK + "".join(f"{line}\n" for line in default)
    )
    quads = ox.parse(input=text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    assert triple_keys(text) == [_triple_key(q) for q in quads]
    assert triple_keys("") == []


ENTITY = f'{DEFAULT_GRAPH_MARK}<http://e.org/e> <http://e.org/label> "E" .\n'


def _article() -> ArticleRDF:
    text = f"<{LOCAL_IRI}0> <http://e.org/p> <http://e.org/o> <http://e.org/g> .\n{DEFAULT_GRAPH_MARK}"
    return ArticleRDF([pack(text)], [["http://e.org/e"]])


def test_text_started_in_a_worker_is_the_text_made_here() -> None:
    articles = _article()
    extra = ENTITY
    assert "<http://e.org/e>" in articles.text(extra, "turtle")
    with ThreadPoolExecutor(1) as pool:
        articles.start_text(pool.submit, extra, "turtle")
        assert articles.text_ahead(extra, "turtle") == articles.text(extra, "turtle")
        assert articles.text_ahead(extra, "turtle") is None  # taken once


def test_text_started_with_other_entities_is_not_used() -> None:
    articles = _article()
    with ThreadPoolExecutor(1) as pool:
        articles.start_text(pool.submit, "", "turtle")
        assert articles.text_ahead(ENTITY, "turtle") is None


def test_text_not_started_without_workers_and_not_pickled() -> None:
    articles = _article()
    articles.start_text(lambda *args: None, "", "turtle")
    assert articles.ahead == {}
    with ThreadPoolExecutor(1) as pool:
        articles.start_text(pool.submit, "", "turtle")
        assert pickle.loads(pickle.dumps(articles)).ahead == {}
        articles.text_ahead("", "turtle")


def test_text_of_a_corpus_past_the_bound_is_not_started_ahead(monkeypatch) -> None:
    monkeypatch.setattr("graphbuild.article_rdf.AHEAD_MAX_ARTICLES", 0)
    articles = _article()
    with ThreadPoolExecutor(1) as pool:
        articles.start_text(pool.submit, ENTITY, "turtle")
        assert articles.ahead == {}
        assert articles.text_ahead(ENTITY, "turtle") is None  # serialize renders it in this process


def _articles(n: int) -> ArticleRDF:
    """``n`` articles whose statements repeat across articles (three entities, a shared label)."""

    def article(i: int) -> bytes:
        named = "".join(
            f"<{LOCAL_IRI}0> <http://e.org/p{j}> <http://e.org/o{i}> <http://e.org/g{i}> .\n" for j in (1, 2)
        )
        named += f'<http://e.org/s{i}> <http://e.org/p> "said {i}" <http://e.org/g{i}> .\n'
        return pack(named + DEFAULT_GRAPH_MARK + '<http://e.org/p1> <http://e.org/label> "p" .\n')

    return ArticleRDF([article(i) for i in range(n)], [[f"http://e.org/e{i % 3}"] for i in range(n)])


def test_text_merged_from_runs_is_the_text_sorted_whole(monkeypatch) -> None:
    articles = _articles(7)
    whole = {name: articles.text(ENTITY, name) for name in ("turtle", "nt", "trig")}
    monkeypatch.setattr("graphbuild.article_rdf.RUN_ARTICLES", 2)  # four runs of articles to merge
    monkeypatch.setattr("graphbuild.article_rdf.SORT_WHOLE_ARTICLES", 1)  # seven articles are too many
    for name, text in whole.items():
        assert articles.text(ENTITY, name) == text, name
    assert whole["nt"].count("<http://e.org/label>") == 2  # the repeated label once, the entity's once


def test_texts_of_subject_ranges_joined_are_the_whole_text() -> None:
    articles = _articles(6)
    for parts in (2, 3):
        bounds = articles.split_subjects(ENTITY, parts)
        assert bounds == sorted(set(bounds)) and all(b.endswith("> ") for b in bounds)
        for name in ("turtle", "nt"):
            ranges = itertools.pairwise([None, *bounds, None])
            joined = "".join(articles.text(ENTITY, name, low, high) for low, high in ranges)
            assert joined == articles.text(ENTITY, name)
