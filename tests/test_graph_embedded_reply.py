"""The embedded backend reads --compact replies itself (graph/embedded.py `_reply_rows`): every kind of
value comes back as the driver's parser and `_plain` gave it, nodes through the driver, and errors
as GraphError."""
from __future__ import annotations

import uuid

import pytest
from falkordb.query_result import QueryResult

import graph
from graph import embedded
from graph.errors import GraphError

VALUES = """
RETURN 'Dave Hill' AS s, '' AS empty, 'O’Brien – é' AS accents, 42 AS i, -7 AS neg, 2.5 AS f, true AS t,
       false AS no, null AS nothing, [1, 'a', null, [2.0, false]] AS list, [] AS none,
       {key: 'k', position: null, n: 3, inner: {x: [1, 'y']}} AS map, {} AS blank
"""


@pytest.fixture
def embedded_graph(tmp_path):
    g = graph.open_graph(tmp_path / "data", graph_name=f"t{uuid.uuid4().hex[:8]}")
    yield g
    g.close()


def driver_rows(g, query: str, **params) -> list[dict]:
    """What the driver's parser and `_plain` make of the same reply."""
    b = g.backend
    reply = b._graph.execute_command("GRAPH.QUERY", b.graph_name, embedded.params_header(params) + query, "--compact")
    result = QueryResult(b._graph, reply)
    return [{h[1]: embedded._plain(v) for h, v in zip(result.header, row)} for row in result.result_set]


def test_every_plain_kind_of_value_reads_as_the_driver_reads_it(embedded_graph):
    g = embedded_graph
    rows = g.run(VALUES)
    assert rows == driver_rows(g, VALUES)
    row = rows[0]
    assert (row["s"], row["accents"], row["i"], row["f"], row["t"], row["no"], row["nothing"]) == (
        "Dave Hill", "O’Brien – é", 42, 2.5, True, False, None)
    assert row["list"] == [1, "a", None, [2.0, False]] and row["map"]["inner"] == {"x": [1, "y"]}
    assert [type(v) for v in (row["i"], row["f"], row["t"])] == [int, float, bool]
    assert g.run_many([(VALUES, {}), ("RETURN $x AS x", {"x": "a\x00b"})]) == [rows, [{"x": "a\ufffdb"}]]


def test_nodes_and_empty_replies_go_through_the_driver(embedded_graph):
    g = embedded_graph
    g.write([("CREATE (:Person {key: 'ian dean', name: 'Ian Dean', aliases: ['ID']})", {})])
    query = "MATCH (p:Person) RETURN p AS node, p.key AS key"
    assert g.run(query) == driver_rows(g, query) == [
        {"node": {"key": "ian dean", "name": "Ian Dean", "aliases": ["ID"]}, "key": "ian dean"}]
    assert g.run("MATCH (p:Person {key: 'nobody'}) RETURN p.key AS key") == []
    assert g.run("MATCH (p:Person {key: 'nobody'}) SET p.x = 1") == []


def test_a_rejected_query_is_a_graph_error(embedded_graph):
    with pytest.raises(GraphError):
        embedded_graph.run("RETURN 1 +")
    with pytest.raises(GraphError):
        embedded_graph.run("RETURN toInteger({}) AS x")  # a run-time error, in the reply's last element
    with pytest.raises(GraphError):
        embedded_graph.run_many([("RETURN 1 AS x", {}), ("RETURN 1 +", {})])
