"""Neo4j 5 through the official driver, chosen when BOARDGRAPH_NEO4J_URI is set.

Writes for one paper run in one managed transaction (`session.execute_write`),
which the driver retries on transient errors (deadlocks, leader switches).
Reads use `driver.execute_query`, retried the same way. Values are plain Python
values: the query module never returns nodes or relationships.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ClientError, ConfigurationError, DriverError, Neo4jError, ServiceUnavailable

from graph.errors import GraphError, GraphUnavailable, SnapshotUnsupported


class Neo4jBackend:
    kind = "neo4j"

    def __init__(self, uri: str, user: str | None = None, password: str | None = None,
                 database: str | None = None):
        self.uri = uri
        self.database = database or None
        auth = (user or "neo4j", password) if password is not None else None
        self.driver = None
        try:
            self.driver = GraphDatabase.driver(uri, auth=auth)
            self.driver.verify_connectivity()
        except Exception as ex:
            if self.driver is not None:
                self.driver.close()
            raise self._unavailable(ex) from ex

    def _unavailable(self, ex: Exception) -> GraphUnavailable:
        uri = self.uri
        if isinstance(ex, AuthError):
            return GraphUnavailable(f"Neo4j at {uri} refused the user name or password (set BOARDGRAPH_NEO4J_USER "
                                    "and BOARDGRAPH_NEO4J_PASSWORD).")
        if isinstance(ex, (ServiceUnavailable, OSError)):
            return GraphUnavailable(f"Neo4j at {uri} is not reachable: {ex}.")
        if isinstance(ex, (ConfigurationError, ValueError)):
            return GraphUnavailable(f"The Neo4j address {uri!r} is not usable: {ex}.")
        return GraphUnavailable(f"Could not connect to Neo4j at {uri}: {ex}.")

    def _fail(self, ex: Exception, what: str) -> GraphError:
        if isinstance(ex, (AuthError, ServiceUnavailable, OSError)):
            return self._unavailable(ex)
        if isinstance(ex, ClientError):
            return GraphError(f"Neo4j rejected a {what}: {ex.message}")
        return GraphError(f"Neo4j could not run a {what}: {ex}")

    def run(self, query: str, **params: Any) -> list[dict]:
        try:
            records, _, _ = self.driver.execute_query(query, params, database_=self.database)
        except (Neo4jError, DriverError, OSError) as ex:
            raise self._fail(ex, "query") from ex
        return [record.data() for record in records]

    def run_many(self, statements: list[tuple[str, dict[str, Any]]]) -> list[list[dict]]:
        """Several reads, their results in order (the driver sends each in turn)."""
        return [self.run(query, **params) for query, params in statements]

    def write(self, statements: list[tuple[str, dict[str, Any]]]) -> None:
        if not statements:
            return

        def work(tx: neo4j.ManagedTransaction) -> None:
            for query, params in statements:
                tx.run(query, params).consume()

        try:
            with self.driver.session(database=self.database) as session:
                session.execute_write(work)
        except (Neo4jError, DriverError, OSError) as ex:
            raise self._fail(ex, "write") from ex

    def ensure_schema(self) -> None:
        from graph.queries import FULLTEXT_FIELDS, FULLTEXT_INDEX_NAMES, INDEXED, UNIQUE_KEYS

        for label, prop in UNIQUE_KEYS:
            self.run(f"CREATE CONSTRAINT {label.lower()}_{prop}_unique IF NOT EXISTS "
                     f"FOR (n:{label}) REQUIRE n.{prop} IS UNIQUE")
        for label, prop in INDEXED:
            self.run(f"CREATE INDEX {label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})")
        # The whitespace analyser keeps the tokens graph/textindex.py wrote as they are. An index made
        # by earlier code over fewer fields (before Item's `heading_words`) is made again over all.
        made = {r["name"]: r["properties"] for r in self.run("SHOW FULLTEXT INDEXES YIELD name, properties")}
        for label, props in FULLTEXT_FIELDS.items():
            name = FULLTEXT_INDEX_NAMES[label]
            if name in made and sorted(made[name] or []) != sorted(props):
                self.run(f"DROP INDEX {name} IF EXISTS")
            fields = ", ".join(f"n.{p}" for p in props)
            self.run(f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX_NAMES[label]} IF NOT EXISTS FOR (n:{label}) "
                     f"ON EACH [{fields}] OPTIONS {{indexConfig: {{`fulltext.analyzer`: 'whitespace'}}}}")
        self.run("CALL db.awaitIndexes(300)")  # a full-text index cannot be queried while it is populated

    def server_pid(self) -> int | None:
        return None

    def snapshot(self, dest: Path) -> None:
        raise SnapshotUnsupported("the graph is in Neo4j (use neo4j-admin database dump)")

    def close(self) -> None:
        self.driver.close()
