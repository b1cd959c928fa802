"""The embedded backend pauses Python's cyclic garbage collector while it reads a reply
(graph/embedded.py `_collector_paused`) and always resumes it: after a read, a rejected read,
reads in several threads at once, and never when it was off before."""
from __future__ import annotations

import gc
import threading
import uuid

import pytest

import graph
from graph import embedded
from graph.errors import GraphError


@pytest.fixture
def embedded_graph(tmp_path):
    g = graph.open_graph(tmp_path / "data", graph_name=f"t{uuid.uuid4().hex[:8]}")
    yield g
    g.close()


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def test_the_collector_is_paused_while_a_reply_is_read_and_resumed_after(embedded_graph, collector_on, monkeypatch):
    seen = []
    reading = embedded._reply_rows
    monkeypatch.setattr(embedded, "_reply_rows", lambda g, r: seen.append(gc.isenabled()) or reading(g, r))
    assert embedded_graph.run("RETURN 1 AS x") == [{"x": 1}]
    assert embedded_graph.run_many([("RETURN 1 AS x", {}), ("RETURN 'a' AS y", {})]) == [[{"x": 1}], [{"y": "a"}]]
    assert seen == [False, False, False]
    assert gc.isenabled()


def test_a_rejected_read_resumes_the_collector(embedded_graph, collector_on):
    with pytest.raises(GraphError):
        embedded_graph.run("RETURN 1 +")
    assert gc.isenabled()
    with pytest.raises(GraphError):
        embedded_graph.run_many([("RETURN 1 AS x", {}), ("RETURN toInteger({}) AS x", {})])
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off(embedded_graph, collector_on):
    gc.disable()
    assert embedded_graph.run("RETURN 1 AS x") == [{"x": 1}]
    assert embedded_graph.run_many([("RETURN 2 AS x", {})]) == [[{"x": 2}]]
    assert not gc.isenabled()


def test_overlapping_reads_in_threads_resume_the_collector_once_the_last_is_done(embedded_graph, collector_on,
                                                                                  monkeypatch):
    """Two threads read at once (each waits inside its read for the other to be inside its own; the
    client's connection pool gives each its own connection): the first to finish leaves the collector
    paused for the second, and the second resumes it."""
    both_inside = threading.Barrier(2, timeout=30)
    first_done = threading.Event()
    states = {}
    reading = embedded._reply_rows

    def read(g, r):
        name = threading.current_thread().name
        both_inside.wait()
        if name == "second":
            first_done.wait(30)
            states["second, after the first finished"] = gc.isenabled()
        return reading(g, r)

    monkeypatch.setattr(embedded, "_reply_rows", read)

    def first():
        embedded_graph.run("RETURN 1 AS x")
        states["first, finished"] = gc.isenabled()
        first_done.set()

    threads = [threading.Thread(target=first, name="first"),
               threading.Thread(target=lambda: embedded_graph.run("RETURN 2 AS x"), name="second")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert states == {"first, finished": False, "second, after the first finished": False}
    assert gc.isenabled()

