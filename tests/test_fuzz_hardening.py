"""Fuzz tests for what an attacker controls besides article text: document ids, dates, base IRIs, endpoints.

Same profiles as tests/test_fuzz.py (``HYPOTHESIS_PROFILE=fuzz`` for the long run). Each property is
what issue 20 asked to hold: ids never share a named graph, an impossible date never reaches the
RDF, a base IRI is refused up front or makes IRIs Oxigraph accepts, and no endpoint message shows a
password.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from graphbuild.errors import InputError, StoreError
from graphbuild.ingest import ReadOptions, read_documents
from graphbuild.iri import check_base, document_iri, document_name, entity_iri, sentence_iri
from graphbuild.push import _checked_endpoint, _redact, _scrub, _secrets
from graphbuild.rdf import _date

pytestmark = pytest.mark.filterwarnings("ignore")
TMP = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
ARTICLE = "The council met in the capital on Monday and approved the budget for the new hospital."

id_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["index", "Reuters/2011-05", "reuters_2011_05", "REUTERS 2011 05", "a~2", ""]),
)
date_text = st.one_of(
    st.dates().map(date.isoformat),
    st.datetimes().map(lambda d: d.isoformat(timespec="minutes")),
    st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2})?\Z"),
    st.text(max_size=20),
)


def _valid_date(value: str) -> bool:
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            parse(value)
            return True
        except ValueError:
            continue
    return False


@TMP
@given(st.lists(st.tuples(id_text, date_text), min_size=1, max_size=6))
def test_jsonl_ids_and_dates_fuzz_distinct_graphs_and_real_dates(tmp_path: Path, rows):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": i, "date": d, "text": ARTICLE}) + "\n" for i, d in rows), encoding="utf-8"
    )
    warnings: list[str] = []
    docs = list(
        read_documents(
            [corpus], ReadOptions(check_language=False), on_error=lambda e: warnings.append(str(e))
        )
    )
    names = [document_name(d.id) for d in docs]
    assert len(names) == len(set(names))  # no two articles share a named graph
    for doc in docs:
        if doc.date:
            literal = _date(doc.date)  # what the RDF stage writes: typed when it looks like ISO
            if literal.datatype is not None:
                assert _valid_date(doc.date), doc.date  # so a typed date is a real one


@given(st.text(max_size=60), st.text(max_size=30))
def test_check_base_fuzz_refuses_up_front_or_mints_valid_iris(base: str, doc_id: str):
    try:
        checked = check_base(base)
    except InputError as e:
        assert "\n" not in str(e) and str(e).endswith("fix --base-iri")
        return
    for iri in (
        document_iri(checked, doc_id),
        sentence_iri(checked, doc_id, 3),
        entity_iri(checked, "Actor", doc_id),
    ):
        pyoxigraph.NamedNode(iri)  # raises ValueError if the IRI is not valid


userinfo_char = st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r")
endpoint_text = st.builds(
    lambda scheme, user, password, host, port, path: f"{scheme}{user}:{password}@{host}{port}{path}",
    st.sampled_from(["http://", "https://", "ftp://", "", "http:/"]),
    st.text(userinfo_char, max_size=8),
    st.text(userinfo_char, min_size=4, max_size=16),
    st.sampled_from(["127.0.0.1", "localhost", "", "[::1]", "h"]),
    st.sampled_from(["", ":7878", ":99999", ":abc", ":0", ":"]),
    st.sampled_from(["", "/", "/store", "/a?b#c", "/x@y"]),
)


@given(endpoint_text)
@example("http://[:0000@[::1]")  # found by the long run: the URL parser's message quoted the user info
@example(":0000@127.0.0.1")  # no scheme: refused, and the refusal quoted the password
def test_endpoint_fuzz_messages_never_show_the_password(endpoint: str):
    password = endpoint.split("://", 1)[-1].rpartition("@")[0].partition(":")[2]
    try:
        _checked_endpoint(endpoint)
    except StoreError as e:
        message = _scrub(str(e), _secrets(endpoint, None))
        assert password not in message
        assert password not in str(e)
        assert "\n" not in str(e)
    if "://" in endpoint:
        assert password not in _redact(endpoint)
