"""Bad, huge and hostile input: a clear one-line error or a warning, never a crash or a half-written output.

One test (or parametrized row) per row of the table printed by benchmarks/bad_inputs.py. The policy:
a file the user names must be readable (else ``error:`` and exit 1); a file found inside a folder
or a line of a JSONL corpus is skipped with one ``warning:`` line; nothing readable at all is an
error.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.errors import InputError
from graphbuild.graph import KnowledgeGraph
from graphbuild.ingest import (
    ReadOptions,
    decode,
    not_english,
    parse_html,
    parse_text,
    read_documents,
    replace_controls,
    where_of,
)
from graphbuild.ingest.jsonl import _corpus_lines

from .conftest import ROOT, SEED
from .test_output import previous_output

runner = CliRunner()

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


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _read(*inputs: Path, **options) -> tuple[list, list[str]]:
    warnings: list[str] = []
    docs = list(read_documents(inputs, ReadOptions(**options), on_error=lambda e: warnings.append(str(e))))
    return docs, warnings


def _words_map_back(doc) -> None:
    for m in re.finditer(r"\S+", doc.text):
        s, e = doc.to_source(m.start(), m.end())
        assert doc.source[s:e].replace("\u202e", "").replace("\u2069", "").startswith(m.group()[:1])


# Files that are errors when named: (name, content, part of the message).
REFUSED = [
    ("empty.txt", b"", "the file is empty; give a file with article text"),
    ("blank.txt", b"  \n\t\n", "the file is empty"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "looks like a binary file, not text"),
    ("noise.txt", bytes(range(1, 32)) * 50, "looks like a binary file, not text"),
    (
        "cp1252.txt",
        "They said \u201cno\u201d.".encode("cp1252"),
        "not valid UTF-8 (byte 10); if it is Windows",
    ),
    ("empty.html", b"<html><head><title>x</title></head><body></body></html>", "no article text found"),
    ("french.txt", FRENCH.encode() * 2, "does not look like English (only 0% of its words"),
    ("arabic.txt", ARABIC.encode() * 2, "does not look like English (100% of its letters are not Latin)"),
    ("allbad.jsonl", b"{oops\n[1, 2]\n\n", "the corpus has no usable articles (2 bad lines)"),
    ("notes.pdf", b"%PDF-1.4", "unknown file type '.pdf'"),
]


@pytest.mark.parametrize(("name", "content", "message"), REFUSED, ids=[r[0] for r in REFUSED])
def test_read_documents_named_bad_file_is_one_line_error(tmp_path: Path, name, content, message):
    path = _write(tmp_path / name, content)
    with pytest.raises(InputError) as info:
        _read(path)
    assert message in str(info.value) and "\n" not in str(info.value)
    assert str(info.value).startswith(str(path))


@pytest.mark.model
@pytest.mark.parametrize(("name", "content", "message"), REFUSED[:3], ids=[r[0] for r in REFUSED[:3]])
def test_build_command_named_bad_file_exits_1_and_keeps_out(tmp_path: Path, name, content, message):
    path = _write(tmp_path / name, content)
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(path), "--out", str(out)])
    assert result.exit_code == 1
    assert result.output.splitlines() == [result.output.strip()]
    assert result.output.startswith(f"error: {path}: ") and message in result.output
    assert not out.exists()


def test_decode_utf16_with_bom():
    assert decode(ENGLISH.encode("utf-16"), "a.txt") == ENGLISH
    assert decode(ENGLISH.encode("utf-16-be").join([b"\xfe\xff", b""]), "a.txt") == ENGLISH
    assert decode(b"\xef\xbb\xbf" + ENGLISH.encode(), "a.txt") == ENGLISH
    assert decode(b"\xff\xfe\x00\x00" + ENGLISH.encode("utf-32-le"), "a.txt") == ENGLISH


def test_decode_utf16_without_bom_is_recognised():
    assert decode(ENGLISH.encode("utf-16-le"), "a.txt") == ENGLISH
    assert decode(ENGLISH.encode("utf-16-be"), "a.txt") == ENGLISH


def test_read_documents_cp1252_with_encoding_option(tmp_path: Path):
    path = _write(tmp_path / "cp.txt", ENGLISH.replace("said", "said \u201cyes\u201d").encode("cp1252"))
    (doc,), warnings = _read(path, encoding="cp1252")
    assert "\u201cyes\u201d" in doc.text and not warnings


def test_read_documents_unknown_encoding(tmp_path: Path):
    with pytest.raises(InputError, match="unknown encoding 'klingon'; use a Python codec name"):
        _read(_write(tmp_path / "a.txt", ENGLISH), encoding="klingon")


def test_read_documents_wrong_encoding_names_it(tmp_path: Path):
    with pytest.raises(InputError, match=r"not valid ascii \(byte 1\); check the --encoding option"):
        _read(_write(tmp_path / "a.txt", "Aé " + ENGLISH), encoding="ascii")


def test_read_documents_file_over_max_bytes_is_refused_before_reading(tmp_path: Path):
    path = _write(tmp_path / "big.txt", ENGLISH * 10)
    size = path.stat().st_size
    with pytest.raises(InputError) as info:
        _read(path, max_bytes=size - 10)
    assert str(info.value) == (
        f"{path}: {size} bytes is over the limit of {size - 10} bytes per article; "
        "split it, or raise the limit with --max-bytes"
    )
    (doc,), _ = _read(path, max_bytes=size)
    assert doc.text.startswith("Government forces")


def test_read_documents_megabytes_in_limit_message(tmp_path: Path):
    path = tmp_path / "sparse.txt"
    with path.open("wb") as fh:  # a sparse 50 MB file: the size check must not read it
        fh.truncate(50_000_000)
    with pytest.raises(InputError, match=r"50\.0 MB is over the limit of 1\.0 MB per article"):
        _read(path)


def test_read_documents_stdin_over_max_bytes(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ENGLISH.encode() * 5)))
    with pytest.raises(InputError, match=r"stdin: it is longer than the limit of 100 bytes per article"):
        _read("-", max_bytes=100)


def test_read_documents_max_bytes_must_be_positive(tmp_path: Path):
    with pytest.raises(InputError, match="--max-bytes must be a positive number of bytes, not 0"):
        _read(_write(tmp_path / "a.txt", ENGLISH), max_bytes=0)


def test_corpus_lines_cut_an_overlong_line_and_skip_its_rest():
    data = b"short\n" + b"x" * 5000 + b"\nnext\n"
    assert [len(line) for line in _corpus_lines(io.BytesIO(data), 100)] == [6, 101, 5]


def test_read_documents_corpus_line_over_max_bytes_is_skipped(tmp_path: Path):
    lines = [json.dumps({"id": "a", "text": ENGLISH}), json.dumps({"id": "b", "text": ENGLISH * 20})]
    path = _write(tmp_path / "c.jsonl", "\n".join(lines) + "\n")
    docs, warnings = _read(path, max_bytes=2000)
    assert [d.id for d in docs] == ["a"]
    assert warnings[0] == (
        f"{path}:2: it is longer than the limit of 2000 bytes per article; "
        "split it, or raise the limit with --max-bytes"
    )


def test_parse_html_broken_markup_keeps_the_text():
    doc = parse_html("<html><body><p>" + ENGLISH + "<div><table><tr><td>unclosed <b>tags", "b")
    assert doc.text.startswith("Government forces attacked") and "<" not in doc.text


def test_parse_html_scripts_never_reach_the_text():
    page = (
        "<html><head><script>alert('head')</script></head><body onload=\"alert(1)\"><article><p>"
        + ENGLISH
        + "</p><script>document.write('<img src=x onerror=alert(2)>')</script>"
        + "<p>The army said <img src=x onerror=alert(3)> it had withdrawn.</p></article></body></html>"
    )
    doc = parse_html(page, "p")
    assert "Government forces attacked" in doc.text
    assert "alert" not in doc.text and "<" not in doc.text and "onerror" not in doc.text


def test_read_documents_any_language_lets_french_through(tmp_path: Path):
    path = _write(tmp_path / "fr.txt", FRENCH * 2)
    (doc,), _ = _read(path, check_language=False)
    assert doc.text.startswith("Les forces")


def test_not_english_passes_english_and_short_text():
    assert not_english(SEED.read_text(encoding="utf-8")) is None
    assert not_english(ENGLISH) is None
    assert not_english("Kabul, Kandahar.") is None  # too short to tell
    assert not_english(FRENCH * 2) == "only 0% of its words are English function words"


def test_parse_text_right_to_left_and_bidi_controls(tmp_path: Path):
    source = "\u202eThe army\u202c said \u0639\u0644\u064a was seen in \u2067Tripoli\u2069. " + ENGLISH
    (doc,), _ = _read(_write(tmp_path / "rtl.txt", source))
    assert doc.text.startswith("The army said \u0639\u0644\u064a was seen in Tripoli.")
    assert not any(ch in doc.text for ch in "\u202e\u202c\u2067\u2069")
    i = doc.text.index("Tripoli")
    s, e = doc.to_source(i, i + len("Tripoli"))
    assert doc.source[s:e] == "Tripoli"


def test_parse_text_control_characters_blanked_offsets_kept():
    source = "Rebels\x01 took\x00 the\r town.\x0bThey\x85left\ud800 \x1b[31mnow\x7f."
    doc = parse_text(source, "c")
    assert len(doc.source) == len(source)
    assert doc.text == "Rebels  took  the\n town.\nThey\nleft\ufffd  [31mnow ."
    for m in re.finditer(r"\S+", doc.text):
        s, e = doc.to_source(m.start(), m.end())
        assert doc.source[s:e] == m.group()
    doc.text.encode("utf-8")


def test_replace_controls_keeps_length_and_crlf():
    assert replace_controls("a\r\nb\rc\x00\u2028") == "a\r\nb\nc \n"
    assert replace_controls("plain text") == "plain text"


def test_read_documents_corpus_bad_lines_warn_with_line_numbers(tmp_path: Path):
    lines = [
        json.dumps({"id": "a1", "text": ENGLISH}),
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"id": "a3", "title": "no text"}),
        json.dumps({"id": "a4", "text": FRENCH}),
        "[" * 100_000,
        "",
        json.dumps({"id": "a5", "text": "Rebels \ud800 took\x00 the town.\u202e", "title": {"x": 1}}),
    ]
    path = _write(tmp_path / "corpus.jsonl", "\n".join(lines) + "\n")
    docs, warnings = _read(path)
    assert [d.id for d in docs] == ["a1", "a5"]
    assert docs[1].text == "Rebels \ufffd took  the town." and docs[1].title is None
    assert [w.split(": ")[0] for w in warnings] == [f"{path}:{n}" for n in (2, 3, 4, 5, 6)] + [str(path)]
    assert "not valid JSON (Expecting property name" in warnings[0]
    assert "not valid JSON (nested too deeply)" in warnings[4]
    assert warnings[-1] == f"{path}: skipped 5 of 7 articles (lines 2, 3, 4, 5, 6)"


def test_read_documents_corpus_many_bad_lines_are_counted_not_all_printed(tmp_path: Path):
    path = _write(tmp_path / "c.jsonl", "{bad\n" * 50 + json.dumps({"text": ENGLISH}) + "\n")
    docs, warnings = _read(path)
    assert len(docs) == 1 and len(warnings) == 21
    assert warnings[-1].startswith(f"{path}: skipped 50 of 51 articles (lines 1, 2, 3")


def test_read_documents_utf16_corpus(tmp_path: Path):
    path = _write(tmp_path / "c.jsonl", (json.dumps({"id": "u", "text": ENGLISH}) + "\n").encode("utf-16"))
    (doc,), _ = _read(path)
    assert doc.id == "u"


def test_read_documents_binary_corpus_is_one_error(tmp_path: Path):
    with pytest.raises(InputError, match="looks like a binary file"):
        _read(_write(tmp_path / "c.jsonl", b"\x00\x01" * 5000))


def test_read_documents_folder_skips_bad_files_with_warnings(tmp_path: Path):
    folder = tmp_path / "mixed"
    _write(folder / "good.txt", ENGLISH)
    _write(folder / "empty.txt", "")
    _write(folder / "photo.txt", b"\x89PNG\x00\x00")
    _write(folder / "sub" / "french.txt", FRENCH)
    docs, warnings = _read(folder)
    assert [d.id for d in docs] == ["good"]
    assert warnings == [
        f"skipped {folder / 'empty.txt'}: the file is empty; give a file with article text",
        f"skipped {folder / 'photo.txt'}: looks like a binary file, not text; "
        "give .txt, .html or .jsonl articles",
        f"skipped {folder / 'sub' / 'french.txt'}: does not look like English (only 0% of its words are "
        "English function words); graphbuild parses English only, pass --any-language to process it anyway",
    ]


def test_read_documents_folder_of_only_bad_files_is_an_error(tmp_path: Path):
    _write(tmp_path / "d" / "a.txt", "")
    _write(tmp_path / "d" / "b.html", "<html></html>")
    with pytest.raises(InputError, match=r"no article could be read \(2 files skipped, see the warnings\)"):
        _read(tmp_path / "d")


def test_read_documents_named_bad_file_fails_even_next_to_good_ones(tmp_path: Path):
    good = _write(tmp_path / "good.txt", ENGLISH)
    with pytest.raises(InputError, match="the file is empty"):
        _read(good, _write(tmp_path / "empty.txt", ""))


def test_read_documents_default_on_error_logs_a_warning(tmp_path: Path, caplog):
    _write(tmp_path / "d" / "good.txt", ENGLISH)
    _write(tmp_path / "d" / "empty.txt", "")
    docs = list(read_documents([tmp_path / "d"]))
    assert len(docs) == 1
    assert [r.levelname for r in caplog.records] == ["WARNING"] and "empty.txt" in caplog.text


def test_read_documents_undecodable_file_name(tmp_path: Path):
    name = os.fsdecode(b"bad-\xff-name.txt")
    path = _write(tmp_path / name, ENGLISH)
    (doc,), _ = _read(path)
    assert doc.path == f"{tmp_path}/bad-\ufffd-name.txt" and doc.id == "bad-\ufffd-name"
    assert where_of(path).encode("utf-8")


@pytest.mark.model
def test_build_long_sentence_and_token(tmp_path: Path, nlp):
    import graphbuild

    words = (
        "rebels said that government forces attacked a village near the border with trucks and " * 400
    ).split()
    path = _write(
        tmp_path / "long.txt", " ".join(words) + ".\nRebels took " + "x" * 200_000 + " yesterday.\n"
    )
    graph = graphbuild.build([path])
    assert graph.report()["sentences"] >= 2
    for t in graph.triples:
        assert 0 <= t.provenance.char_start <= t.provenance.char_end <= len(path.read_text())


@pytest.mark.model
def test_build_command_folder_warns_and_continues(tmp_path: Path):
    folder = tmp_path / "mixed"
    _write(folder / "good.txt", ENGLISH)
    _write(folder / "empty.txt", "")
    result = runner.invoke(app, ["build", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert (
        lines[0]
        == f"warning: skipped {folder / 'empty.txt'}: the file is empty; give a file with article text"
    )
    assert lines[1].startswith("1 documents") and len(lines) == 2


@pytest.mark.model
def test_build_command_corpus_warns_with_line_numbers(tmp_path: Path):
    path = _write(tmp_path / "c.jsonl", json.dumps({"text": ENGLISH}) + "\n{oops\n")
    result = runner.invoke(app, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:2] == [
        f"warning: {path}:2: not valid JSON (Expecting property name enclosed in double quotes); "
        "fix or remove the line",
        f"warning: {path}: skipped 1 of 2 articles (lines 2)",
    ]


@pytest.mark.model
def test_build_command_options_reach_ingest(tmp_path: Path):
    fr = _write(tmp_path / "fr.txt", FRENCH * 2)
    cp = _write(tmp_path / "cp.txt", ENGLISH.replace("said", "said \u201cyes\u201d").encode("cp1252"))
    assert (
        runner.invoke(app, ["build", str(fr), "--out", str(tmp_path / "o1"), "--any-language"]).exit_code == 0
    )
    assert (
        runner.invoke(
            app, ["build", str(cp), "--out", str(tmp_path / "o2"), "--encoding", "cp1252"]
        ).exit_code
        == 0
    )
    small = runner.invoke(app, ["build", str(cp), "--out", str(tmp_path / "o3"), "--max-bytes", "10"])
    assert small.exit_code == 1 and "over the limit of 10 bytes per article" in small.output


def test_build_command_internal_error_is_one_line(tmp_path: Path, monkeypatch):
    import graphbuild

    def broken(*args, **kwargs):
        raise ValueError("boom\nwith a second line")

    monkeypatch.setattr(graphbuild, "build", broken)
    result = runner.invoke(app, ["build", str(SEED), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert result.output == (
        "error: internal error (ValueError: boom with a second line); "
        "rerun with --debug for the traceback and please report it\n"
    )


def test_build_command_debug_shows_the_traceback(tmp_path: Path):
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["--debug", "build", str(missing), "--out", str(tmp_path / "o")])
    assert isinstance(result.exception, InputError)
    proc = subprocess.run(
        [sys.executable, "-m", "graphbuild", "--debug", "build", str(missing)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("Traceback (most recent call last):")
    assert proc.stderr.rstrip().endswith(f"InputError: {missing}: no such file or folder; check the path")


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["build"], "error: Missing argument 'inputs'; see graphbuild build --help"),
        (["build", "x", "--zzz"], "error: No such option: --zzz; see graphbuild build --help"),
    ],
)
def test_main_usage_error_is_one_line_exit_2(argv: list[str], line: str):
    script = "import sys; sys.argv[0] = 'graphbuild'; from graphbuild.cli import main; main()"
    proc = subprocess.run(
        [sys.executable, "-c", script, *argv], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert proc.returncode == 2
    assert proc.stderr == line + "\n" and proc.stdout == ""


@pytest.mark.model
def test_build_command_failure_keeps_previous_output(tmp_path: Path, monkeypatch):
    out = tmp_path / "out"
    before = previous_output(out)
    # the graph file is serialised after the other outputs were staged
    monkeypatch.setattr(KnowledgeGraph, "serialize", lambda *a, **k: (_ for _ in ()).throw(MemoryError()))
    result = runner.invoke(app, ["build", str(SEED), "--out", str(out)])
    assert result.exit_code == 1 and result.output.startswith("error: internal error (MemoryError")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_parse_html_words_written_as_entities_are_kept_and_map_back():
    body = ENGLISH.replace(" ", "&nbsp;", 3).replace("a", "&#97;").replace("o", "&#x6F;")
    doc = parse_html(f"<html><body><article><p>{body}</p></article></body></html>", "e")
    assert doc.text == ENGLISH.strip()
    i = doc.text.index("attacked")
    s, e = doc.to_source(i, i + len("attacked"))
    assert doc.source[s:e] == "&#97;tt&#97;cked"


def test_main_interrupt_is_one_line_exit_130(monkeypatch, capsys):
    from graphbuild.cli import base

    def interrupted(**kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(base, "app", interrupted)
    with pytest.raises(SystemExit) as info:
        base.main()
    assert info.value.code == 130
    assert capsys.readouterr().err == "error: interrupted; outputs were left as they were\n"


@pytest.mark.model
def test_parse_article_longer_than_spacy_max_length(nlp, monkeypatch):
    from graphbuild.nlp import parse

    monkeypatch.setattr(nlp, "max_length", 100)
    document = parse_text(ENGLISH * 2, "long")
    ((doc, same),) = list(parse(nlp, [document]))
    assert same is document and doc.text == document.text


def test_decode_with_encoding_option_utf16_and_binary():
    assert decode(ENGLISH.encode("utf-16-be"), "a.txt", encoding="utf-16-be") == ENGLISH
    with pytest.raises(InputError, match="looks like a binary file, not latin-1 text"):
        decode(b"\x89PNG\x00\x00\x01", "a.txt", encoding="latin-1")
