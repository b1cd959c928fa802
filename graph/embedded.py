"""The embedded backend: `run`/`write` over the data dir's FalkorDB server (graph/falkor_server.py).

Writes for one paper go in one MULTI/EXEC block. Values always travel as query
parameters (FalkorDB's `CYPHER name=value` prefix, escaped by the client).
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import redis
from falkordb import FalkorDB
from falkordb.helpers import stringify_param_value
from falkordb.query_result import QueryResult
from redis.backoff import NoBackoff
from redis.retry import Retry

from graph.errors import GraphError, GraphUnavailable
from graph.falkor_server import FalkorServer


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    """Driver values -> JSON-ready Python values (maps become dicts; nodes their properties)."""
    if type(value) in _SCALARS:  # most values: one set lookup (a 500-row page has ~10,000 of them)
        return value
    if isinstance(value, dict):
        return {k: v if type(v) in _SCALARS else _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [v if type(v) in _SCALARS else _plain(v) for v in value]
    props = getattr(value, "properties", None)
    if isinstance(props, dict):
        return _plain(props)
    return value


def _rows(names: list[str], result_set: list[list[Any]]) -> list[dict]:
    """A reply's rows as dicts of plain values (scalars, most of them, as they are)."""
    scalars = _SCALARS
    return [{n: v if type(v) in scalars else _plain(v) for n, v in zip(names, row)} for row in result_set]


class _NotPlain(Exception):
    """A reply value only the driver's parser reads: a node, an edge, a path, a point, a temporal value."""


def _value(cell: list) -> Any:
    """One `[type, value]` cell of a --compact reply as a plain value, as the driver's `parse_scalar`
    and `_plain` together give it (falkordb.query_result: 1 null, 2 string, 3 integer, 4 boolean,
    5 double, 6 array, 10 map)."""
    kind, value = cell
    if kind == 2:
        return value if type(value) is str else value.decode() if isinstance(value, bytes) else str(value)
    if kind == 3:
        return int(value)
    if kind == 1:
        return None
    if kind == 6:
        out = []
        for c in value:
            k, v = c
            out.append(v if (k == 2 and type(v) is str) or (k == 3 and type(v) is int) else _value(c))
        return out
    if kind == 10:
        d = {}
        for i in range(0, len(value), 2):
            k, (ck, v) = value[i], value[i + 1]
            d[k if type(k) is str else k.decode() if isinstance(k, bytes) else str(k)] = (
                v if (ck == 2 and type(v) is str) or (ck == 3 and type(v) is int) else _value(value[i + 1]))
        return d
    if kind == 4:
        return (value.decode() if isinstance(value, bytes) else value) == "true"
    if kind == 5:
        return float(value)
    raise _NotPlain


def _compact_rows(names: list[str], rows: list[list[list]]) -> list[dict]:
    """The rows of a --compact reply. Most cells are a string, an integer or null: those are read here
    without a call (what `_value` gives them); every other cell by `_value`. A busy person's 500 actions
    at 10k, 14 columns: 2-3x faster than a `_value` call a cell (BENCHMARKS.md, tenk7)."""
    value = _value
    out = []
    for row in rows:
        d = {}
        for n, cell in zip(names, row):
            kind, v = cell
            if (kind == 2 and type(v) is str) or (kind == 3 and type(v) is int):
                d[n] = v
            elif kind == 1:
                d[n] = None
            else:
                d[n] = value(cell)
        out.append(d)
    return out


def _reply_rows(graph: Any, response: list) -> list[dict]:
    """A --compact reply's rows as dicts of plain values. Read here: the driver's parser makes three
    Python calls a value and a 500-row page has ~10,000 values. A reply with an error, or with a value
    only the driver reads (see `_value`), goes through the driver's QueryResult as before."""
    if response and not isinstance(response[0], Exception) and not isinstance(response[-1], Exception):
        if len(response) == 1 or not response[0]:  # statistics only, or no columns
            return []
        try:
            return _compact_rows([h[1] for h in response[0]], response[1])
        except _NotPlain:
            pass
    result = QueryResult(graph, response)
    return _rows([h[1] for h in result.header], result.result_set)


_gc_lock = threading.Lock()
_gc_paused = 0  # how many threads are reading a reply
_gc_was_enabled = False  # whether the collector ran before the first of them began


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector paused while a reply is read. A 500-row reply is tens of
    thousands of new lists (hiredis makes one a cell of a --compact reply) and dicts, alive until the
    whole pipeline is read: they set off collections that walk them all, and the oldest generation's
    walks over every long-lived object too (a busy person's page at 10k: about 0.3 of those a call,
    ~20 ms each, BENCHMARKS.md tenk9). None of them can free anything here (a reply holds no cycles,
    and reference counting frees it when read), so the collector is paused for the read and resumed
    after, once the last reading thread is done; it then runs on its usual schedule."""
    global _gc_paused, _gc_was_enabled
    with _gc_lock:
        if _gc_paused == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_paused += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_paused -= 1
            if _gc_paused == 0 and _gc_was_enabled:
                gc.enable()


def _no_nul(value: Any) -> Any:
    """FalkorDB reads the query as a C string, so a NUL would cut it short: U+FFFD keeps offsets."""
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, dict):
        return {k: _no_nul(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_no_nul(v) for v in value]
    return value


def params_header(params: dict[str, Any]) -> str:
    """FalkorDB takes parameters as a `CYPHER name=value ...` prefix; values are escaped by the client."""
    if not params:
        return ""
    return "CYPHER " + " ".join(f"{k}={stringify_param_value(_no_nul(v))}" for k, v in params.items()) + " "


SOCKET_TIMEOUT_S = 120


class EmbeddedBackend:
    """`run`/`write` over the data dir's FalkorDB server (see the module doc for the lifecycle)."""

    kind = "falkordb"

    def __init__(self, data_dir: Path, graph_name: str = "boardgraph"):
        self.server = FalkorServer(data_dir)
        self.server.attach()
        self.graph_name = graph_name
        self._connect()

    def _connect(self) -> None:
        # A timeout turns a server that stops answering into an error instead of a hang (seen once in tests).
        self._db = FalkorDB(unix_socket_path=str(self.server.socket_path), retry=Retry(NoBackoff(), 0),
                            socket_timeout=SOCKET_TIMEOUT_S)
        self._graph = self._db.select_graph(self.graph_name)

    def _retrying(self, fn):
        try:
            return fn()
        except (redis.ConnectionError, redis.TimeoutError) as ex:
            if not self.server.attached:
                raise GraphUnavailable("The graph is closed.") from ex
            # The server died (killed, OOM): start it again from its AOF and retry once.
            # Writes are idempotent upserts, so repeating one that did land is harmless.
            self.server.ensure_running()
            self._connect()
            try:
                return fn()
            except (redis.ConnectionError, redis.TimeoutError) as ex2:
                raise GraphUnavailable(f"The embedded FalkorDB server is not answering: {ex2}.") from ex2

    def run(self, query: str, **params: Any) -> list[dict]:
        def go() -> list[dict]:
            try:
                response = self._graph.execute_command("GRAPH.QUERY", self.graph_name,
                                                       params_header(params) + query, "--compact")
                return _reply_rows(self._graph, response)
            except redis.ResponseError as ex:
                raise GraphError(f"The graph rejected a query: {ex}") from ex

        with _collector_paused():
            return self._retrying(go)

    def run_many(self, statements: list[tuple[str, dict[str, Any]]]) -> list[list[dict]]:
        """Several reads in one round trip (a pipeline, not a transaction): their results in order."""
        if not statements:
            return []

        def go() -> list[list[dict]]:
            pipe = self._db.connection.pipeline(transaction=False)
            for query, params in statements:
                pipe.execute_command("GRAPH.RO_QUERY", self.graph_name, params_header(params) + query, "--compact")
            out = []
            for response in pipe.execute(raise_on_error=False):
                if isinstance(response, Exception):
                    raise GraphError(f"The graph rejected a query: {response}")
                try:
                    out.append(_reply_rows(self._graph, response))
                except redis.ResponseError as ex:
                    raise GraphError(f"The graph rejected a query: {ex}") from ex
            return out

        with _collector_paused():
            return self._retrying(go)

    def write(self, statements: list[tuple[str, dict[str, Any]]]) -> None:
        """Run the statements in one MULTI/EXEC: no other client sees or interleaves a half-done write,
        and the AOF logs the block as a unit. FalkorDB has no rollback, so a statement that fails
        leaves the ones before it applied; callers make writes idempotent and repeat or undo them."""
        if not statements:
            return

        def go() -> None:
            pipe = self._db.connection.pipeline(transaction=True)
            for query, params in statements:
                pipe.execute_command("GRAPH.QUERY", self.graph_name, params_header(params) + query, "--compact")
            results = pipe.execute(raise_on_error=False)
            for (query, _), res in zip(statements, results):
                if isinstance(res, Exception):
                    first_line = query.strip().splitlines()[0][:60]
                    raise GraphError(f"The graph rejected a write ({first_line} ...): {res}")

        self._retrying(go)

    def ensure_schema(self) -> None:
        """Create the indexes and constraints that are missing. Two processes opening a new data dir
        at once both find one missing and both create it: the loser's "already indexed" / "already
        exists" is no failure when a second look finds it there."""
        from graph.queries import FULLTEXT_FIELDS, INDEXED, UNIQUE_KEYS

        existing = self._existing_indexes()
        for label, prop in UNIQUE_KEYS + INDEXED:
            if (label, prop, "RANGE") in existing:
                continue
            try:
                self.run(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})")
            except GraphError:
                existing = self._existing_indexes()
                if (label, prop, "RANGE") not in existing:
                    raise
        for label, props in FULLTEXT_FIELDS.items():
            missing = [p for p in props if (label, p, "FULLTEXT") not in existing]
            if not missing:
                continue
            # Index options are set when a label's first full-text field is: every word kept
            # (no stop words), and each field unstemmed, so tokens match exactly (graph/textindex.py).
            fields = ", ".join(f"{{field: '{p}', nostem: true}}" for p in missing)
            first = not any(kind == "FULLTEXT" and lab == label for lab, _, kind in existing)
            options = f"{{label: '{label}', stopwords: []}}" if first else f"'{label}'"
            try:
                self.run(f"CALL db.idx.fulltext.createNodeIndex({options}, {fields})")
            except GraphError:
                existing = self._existing_indexes()
                if any((label, p, "FULLTEXT") not in existing for p in missing):
                    raise
        constraints = self._constraints()
        for label, prop in UNIQUE_KEYS:
            if (label, (prop,)) not in constraints:
                try:
                    self._graph.create_node_unique_constraint(label, prop)
                except redis.ResponseError as ex:
                    if (label, (prop,)) not in self._constraints():
                        raise GraphError(f"Could not create the unique constraint on {label}.{prop}: {ex}") from ex

    def _constraints(self) -> set[tuple[str, tuple[str, ...]]]:
        return {(c["label"], tuple(c["properties"])) for c in self._graph.list_constraints()}

    def _existing_indexes(self) -> set[tuple[str, str, str]]:
        """(label, property, "RANGE" | "FULLTEXT" | ...) of every index."""
        out: set[tuple[str, str, str]] = set()
        try:
            rows = self.run("CALL db.indexes() YIELD label, types RETURN label, types")
        except GraphError:
            return out
        for row in rows:
            for prop, kinds in (row["types"] or {}).items():
                out.update((row["label"], prop, kind) for kind in kinds)
        return out

    def server_pid(self) -> int | None:
        return self.server.pid()

    def snapshot(self, dest: Path) -> None:
        self.server.snapshot(dest)

    def close(self) -> None:
        try:
            self._db.connection.close()
        finally:
            self.server.detach()
