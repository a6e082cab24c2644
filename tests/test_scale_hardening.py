"""Issue 20, scale: the progress pre-count, orphaned workers, an unanswering scheduler, --jobs > cores."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import socket
import subprocess
import sys
import threading
import time
import tracemalloc
from pathlib import Path

import psutil
import pytest
from rich.console import Console

import graphbuild
from graphbuild import parallel
from graphbuild.build import count_articles
from graphbuild.parallel import BackendError, process_on_dask
from graphbuild.pipeline import BuildOptions
from graphbuild.progress import RichProgress

from .conftest import SEED
from .test_incremental import write_corpus

ROOT = Path(__file__).resolve().parent.parent


def _articles(n: int) -> list[dict]:
    """``n`` short made-up articles, enough for the worker pool to start."""
    text = (
        "Government forces attacked a rebel camp near the northern border on day {i}, officials said. "
        "The rebels said they had lost two trucks in the fighting."
    )
    return [{"id": f"a{i}", "text": text.format(i=i)} for i in range(n)]


# 23: the pre-count


def test_count_articles_reads_a_one_line_corpus_in_bounded_memory(tmp_path: Path):
    corpus = tmp_path / "one.jsonl"
    with corpus.open("wb") as fh:  # 40 MB on one line
        block = b"x" * 1_000_000
        for _ in range(40):
            fh.write(block)
    tracemalloc.start()
    try:
        assert count_articles([corpus]) == 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8_000_000


def test_count_articles_counts_lines_without_a_final_newline(tmp_path: Path):
    (tmp_path / "a.jsonl").write_bytes(b'{"text": "One."}\n{"text": "Two."}')
    (tmp_path / "b.jsonl").write_bytes(b"")
    assert count_articles([tmp_path / "a.jsonl"]) == 2
    assert count_articles([tmp_path / "b.jsonl"]) == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_count_articles_never_opens_a_fifo(tmp_path: Path):
    fifo = tmp_path / "x.jsonl"
    os.mkfifo(fifo)
    result: list = []
    worker = threading.Thread(target=lambda: result.append(count_articles([fifo])), daemon=True)
    worker.start()
    worker.join(5)
    if worker.is_alive():  # unblock the thread stuck in open()
        with open(fifo, "wb"):
            pass
        worker.join(5)
        pytest.fail("count_articles opened a FIFO and blocked")
    assert result == [None]


def _no_count(inputs):
    raise AssertionError("counted articles for a progress bar that is not drawn")


def test_build_does_not_count_when_the_bar_is_not_drawn(monkeypatch):
    monkeypatch.setattr(sys.modules["graphbuild.build"], "count_articles", _no_count)
    progress = RichProgress(Console(file=io.StringIO(), force_terminal=False))
    assert not progress.drawn
    graph = graphbuild.build([SEED], progress=progress)
    assert graph.documents


def test_store_update_does_not_count_when_the_bar_is_not_drawn(monkeypatch, tmp_path: Path):
    monkeypatch.setattr(sys.modules["graphbuild.build"], "count_articles", _no_count)
    progress = RichProgress(Console(file=io.StringIO(), force_terminal=False))
    report = graphbuild.update_store([SEED], tmp_path / "kg", progress=progress)
    assert report.as_dict()


def test_a_drawn_bar_gets_the_count():
    progress = RichProgress(Console(file=io.StringIO(), force_terminal=True))
    assert progress.drawn


# 24: orphaned workers and an unanswering scheduler


def _children_alive(pids: list[int]) -> list[int]:
    alive = []
    for pid in pids:
        try:
            if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                alive.append(pid)
        except psutil.NoSuchProcess:
            pass
    return alive


@pytest.mark.skipif(sys.platform != "linux", reason="process tree checks on Linux")
def test_workers_die_with_a_killed_parent(tmp_path: Path):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, _articles(400))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "graphbuild", "build", str(corpus), "--store", str(tmp_path / "kg")]
    parent = subprocess.Popen(
        [*cmd, "--jobs", "2", "--quiet"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        proc = psutil.Process(parent.pid)
        deadline = time.monotonic() + 120
        children: list[psutil.Process] = []
        while time.monotonic() < deadline and parent.poll() is None:
            children = proc.children(recursive=True)
            if len(children) >= 2:
                break
            time.sleep(0.2)
        assert len(children) >= 2, "the build never started its workers"
        time.sleep(1)  # let the workers get busy
        children = proc.children(recursive=True)
        pids = [c.pid for c in children]
        parent.kill()
        parent.wait()
        deadline = time.monotonic() + 5
        while _children_alive(pids) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = _children_alive(pids)
        for pid in left:  # don't leave them behind whatever the result
            psutil.Process(pid).kill()
        assert not left, f"workers outlived their parent: {left}"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()


def test_dask_scheduler_that_accepts_but_never_answers_fails_in_bounded_time(monkeypatch):
    pytest.importorskip("distributed")
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            with contextlib.suppress(OSError):
                accepted.append(server.accept()[0])

    acceptor = threading.Thread(target=accept, daemon=True)
    acceptor.start()
    monkeypatch.setattr("graphbuild.parallel.CONNECT_TIMEOUT_S", 2)
    address = f"tcp://127.0.0.1:{server.getsockname()[1]}"
    started = time.monotonic()
    try:
        with pytest.raises(BackendError) as caught:
            process_on_dask([], BuildOptions(backend="dask", scheduler=address))
    finally:
        stop.set()
        acceptor.join(2)
        for conn in accepted:
            conn.close()
        server.close()
    assert time.monotonic() - started < 10
    message = str(caught.value)
    assert "\n" not in message
    assert address in message


# 27: --jobs beyond the cores


def test_usable_jobs_caps_at_the_cores_and_warns_once(monkeypatch, caplog):
    monkeypatch.setattr("graphbuild.parallel.usable_cores", lambda: 2)
    monkeypatch.setattr("graphbuild.parallel._warned_jobs", set())
    with caplog.at_level(logging.WARNING, logger="graphbuild.parallel"):
        assert parallel.usable_jobs(64) == 2
        assert parallel.usable_jobs(64) == 2
        assert parallel.usable_jobs(2) == 2
        assert parallel.usable_jobs(1) == 1
    warnings = [r.getMessage() for r in caplog.records]
    assert warnings == ["--jobs 64 is more than the 2 cores available; using 2"]


def test_build_command_with_too_many_jobs_warns_and_starts_no_more_workers(tmp_path: Path):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, _articles(40))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    too_many = cores + 30
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "graphbuild", "build", str(corpus), "--out", str(tmp_path / "out"), "-q"]
    parent = subprocess.Popen(
        [*cmd, "--jobs", str(too_many)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    most = 0
    proc = psutil.Process(parent.pid)
    while parent.poll() is None:
        try:
            most = max(most, len(proc.children(recursive=True)))
        except psutil.NoSuchProcess:
            break
        time.sleep(0.05)
    _, err = parent.communicate()
    assert parent.returncode == 0, err
    assert f"--jobs {too_many} is more than the {cores} cores available; using {cores}" in err
    assert err.count("cores available") == 1
    assert most <= cores + 1  # the workers, and a fork server at most


def test_without_prctl_a_watchdog_thread_watches_the_parent(monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(parallel, "WATCHDOG_INTERVAL_S", 0.05)
    parallel.die_with_parent()
    assert any(t.name == "graphbuild-parent-watch" and t.daemon for t in threading.enumerate())
