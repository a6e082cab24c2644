"""Issue 20 hardening of reading: bad dates, colliding ids, HTML offsets and datelines, FIFOs and
devices, JSON Lines on stdin, control characters in file names."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from graphbuild.errors import InputError
from graphbuild.ingest import ReadOptions, parse_header, parse_html, parse_text, read_documents, where_of
from graphbuild.iri import document_iri

ENGLISH = (
    "Government forces attacked a rebel camp near the northern border on Monday, officials said. "
    "The rebels said they had lost two trucks and a supply depot in the fighting. "
    "A spokesman for the army told reporters that the operation would continue until the area was secure.\n"
)


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _read(*inputs: Path | str, **options) -> tuple[list, list[str]]:
    warnings: list[str] = []
    docs = list(read_documents(inputs, ReadOptions(**options), on_error=lambda e: warnings.append(str(e))))
    return docs, warnings


def _corpus(path: Path, records: list[dict]) -> Path:
    return _write(path, "".join(json.dumps(r) + "\n" for r in records))


# 21. Bad dates are dropped with a warning at ingest, the article kept.


def test_jsonl_impossible_dates_are_dropped_with_one_warning_each(tmp_path: Path):
    bad = ["2011-02-30", "9999-99-99", "2011-13-45T25:61"]
    dates = ["2011-05-11", *bad, "2011-05-11T10:30:00+01:00", "May 11, 2011"]
    path = _corpus(
        tmp_path / "c.jsonl", [{"id": f"a{i}", "text": ENGLISH, "date": d} for i, d in enumerate(dates)]
    )
    docs, warnings = _read(path)
    assert [d.date for d in docs] == [
        "2011-05-11",
        None,
        None,
        None,
        "2011-05-11T10:30:00+01:00",
        "May 11, 2011",
    ]
    assert len(warnings) == 3
    for number, value, warning in zip((2, 3, 4), bad, warnings, strict=True):
        assert f"c.jsonl:{number}:" in warning and repr(value) in warning and "\n" not in warning


def test_header_impossible_date_is_not_kept():
    header = parse_header("By Jane Doe GOMA | Feb 30, 2011\nRebels took the town.")
    assert header.dateline == "Goma" and header.date is None


# 9. Document ids are distinct within one read.


def test_same_file_name_in_two_folders_gets_distinct_ids(tmp_path: Path):
    day1 = _write(tmp_path / "day1" / "index.txt", ENGLISH).parent
    day2 = _write(tmp_path / "day2" / "index.txt", ENGLISH.replace("Monday", "Tuesday")).parent
    docs, warnings = _read(day1, day2)
    assert [d.id for d in docs] == ["index", "index~2"]
    assert warnings == [f"{day2}/index.txt: id index is already used by another article; renamed to index~2"]


def test_jsonl_ids_with_one_slug_get_distinct_iris(tmp_path: Path):
    ids = ["Reuters/2011-05", "reuters_2011_05", "REUTERS 2011 05"]
    path = _corpus(tmp_path / "c.jsonl", [{"id": i, "text": ENGLISH} for i in ids])
    docs, warnings = _read(path)
    assert [d.id for d in docs] == ["Reuters/2011-05", "reuters_2011_05~2", "REUTERS 2011 05~3"]
    assert len({document_iri("http://x/", d.id) for d in docs}) == 3
    assert len(warnings) == 2 and "id reuters_2011_05 is already used by another article" in warnings[0]
    assert warnings[1].endswith(
        ": id REUTERS 2011 05 is already used by another article; renamed to REUTERS 2011 05~3"
    )


def test_corpus_line_repeating_an_id_is_renamed(tmp_path: Path):
    path = _corpus(
        tmp_path / "c.jsonl", [{"id": "a1", "text": ENGLISH}] * 3 + [{"id": "a1~2", "text": ENGLISH}]
    )
    docs, warnings = _read(path)
    ids = [d.id for d in docs]
    assert ids[:3] == ["a1", "a1~2", "a1~3"] and len({document_iri("http://x/", i) for i in ids}) == 4
    assert warnings[0] == f"{path}:2: id a1 is already used by another article; renamed to a1~2"
    assert len(warnings) == 3


def test_distinct_ids_are_not_renamed(tmp_path: Path):
    _write(tmp_path / "d" / "a.txt", ENGLISH)
    _write(tmp_path / "d" / "b.txt", ENGLISH)
    docs, warnings = _read(tmp_path / "d")
    assert [d.id for d in docs] == ["a", "b"] and warnings == []


# 1. HTML: offsets point into the body, datelines are stripped.


def test_html_title_repeated_in_h1_maps_to_the_body():
    title = "Rebels seize the town of Goma"
    page = (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
        f"<p>{ENGLISH}</p><p>{ENGLISH}</p></body></html>"
    )
    doc = parse_html(page, "x")
    assert doc.text.startswith(title)
    s, e = doc.to_source(0, len(title))
    assert s > page.index("<body>") and page[s:e] == title


def test_html_agency_dateline_with_day_is_stripped():
    page = (
        "<html><head><title>Rebels take the city</title></head><body><article>"
        "<p>GOMA, March 2 (Reuters) - M23 rebels took the eastern city on Monday. "
        f"{ENGLISH}</p><p>{ENGLISH}</p></article></body></html>"
    )
    doc = parse_html(page, "x")
    assert doc.text.startswith("M23 rebels took") and doc.dateline == "Goma"
    s, e = doc.to_source(0, 3)
    assert page[s:e] == "M23"


def test_text_agency_dateline_with_day_and_year():
    doc = parse_text("GOMA, March 2, 2013 (Reuters) - M23 rebels took the city. " + ENGLISH, "x")
    assert doc.text.startswith("M23 rebels") and (doc.dateline, doc.date) == ("Goma", "2013-03-02")
    doc = parse_text("GOMA, Feb. 2 (Reuters) - M23 rebels took the city. " + ENGLISH, "x")
    assert doc.text.startswith("M23 rebels") and (doc.dateline, doc.date) == ("Goma", None)


# 27. FIFOs and devices; JSON Lines on stdin.


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_named_not_read(tmp_path: Path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"pipe.txt: not a regular file \(a FIFO\); give a file or folder"):
        _read(fifo)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_device_is_named_not_read():
    with pytest.raises(InputError, match=r"^/dev/zero: not a regular file \(a device\)"):
        _read(Path("/dev/zero"))


def test_stdin_json_lines_is_read_as_a_corpus(monkeypatch):
    corpus = json.dumps({"id": "a1", "text": ENGLISH}) + "\n\n" + json.dumps({"text": ENGLISH}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(("\n" + corpus).encode())))
    docs, warnings = _read("-")
    assert [d.id for d in docs] == ["a1", "stdin:4"] and warnings == []
    assert docs[0].text.startswith("Government forces")


def test_stdin_text_starting_with_a_brace_stays_text(monkeypatch):
    text = '{"note": 1}\n' + ENGLISH
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    (doc,), _ = _read("-")
    assert doc.id == "stdin" and "Government" in doc.text


# 26. Control characters in file names never reach the terminal; the RDF path stays faithful.


def test_where_of_shows_controls_as_hex():
    assert where_of("a\x1b[31mb\x85c\x7fd\x00e\n.txt") == "a\\x1b[31mb\\x85c\\x7fd\\x00e\\x0a.txt"
    assert where_of(os.fsdecode(b"bad-\xff-name.txt")) == "bad-\ufffd-name.txt"


def test_control_characters_in_file_names(tmp_path: Path):
    folder = tmp_path / "d"
    good = _write(folder / "good\x1b[31m.txt", ENGLISH)
    _write(folder / "empty\x1b]0;pwned\x07.txt", "")
    docs, warnings = _read(folder)
    assert len(docs) == 1 and len(warnings) == 1
    assert "\x1b" not in warnings[0] and "\x07" not in warnings[0] and "\\x1b]0;pwned\\x07" in warnings[0]
    assert docs[0].path == str(good) and docs[0].id == "good\x1b[31m"
    with pytest.raises(InputError) as raised:
        _read(folder / "empty\x1b]0;pwned\x07.txt")
    assert "\x1b" not in str(raised.value) and "\\x1b" in str(raised.value)
