"""The knowledge graph: one Cypher query set (graph/queries.py), two backends.

    g = open_graph(data_dir)                      # embedded FalkorDB in <data_dir>/graph
    g = open_graph(data_dir, neo4j_uri="bolt://...", neo4j_user=..., neo4j_password=...)
    graph.save_paper(g, paper); graph.person(g, "dave hill"); g.close()

Every function takes the Graph first and is importable from this package
(`graph.save_paper(g, paper)`, `graph.meeting(g, id)`, ...). Reads return plain,
JSON-ready dicts and lists; errors are `GraphError` / `GraphUnavailable` with a
sentence for the user.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from graph.errors import GraphError, GraphUnavailable, SnapshotUnsupported


class Graph:
    """A backend (`run`, `run_many`, `write`, `ensure_schema`, `close`) and the data dir curation lives in."""

    def __init__(self, backend: Any, data_dir: Path):
        self.backend = backend
        self.data_dir = Path(data_dir)

    @property
    def kind(self) -> str:
        """"falkordb" or "neo4j"."""
        return self.backend.kind

    @property
    def atomic_writes(self) -> bool:
        """Whether a failed `write` rolls back (Neo4j) or may leave earlier statements applied (FalkorDB)."""
        return self.kind == "neo4j"

    def run(self, query: str, **params: Any) -> list[dict]:
        return self.backend.run(query, **params)

    def run_many(self, statements: list[tuple[str, dict[str, Any]]]) -> list[list[dict]]:
        """Several reads in one round trip where the backend can (FalkorDB pipelines them)."""
        return self.backend.run_many(statements)

    def write(self, statements: list[tuple[str, dict[str, Any]]]) -> None:
        self.backend.write(statements)

    def ensure_schema(self) -> None:
        """Constraints and indexes, and the fields later code keeps at write time (full-text fields,
        name counts, sort dates, actions' places, item counts, co-attendance, affiliation counts) for nodes saved before they
        existed."""
        from graph import action_places, affiliation_counts, co_attendance, item_counts, name_counts, sort_dates, textindex

        self.backend.ensure_schema()
        textindex.backfill(self)
        name_counts.backfill(self)
        sort_dates.backfill(self)
        action_places.backfill(self)
        item_counts.backfill(self)
        co_attendance.backfill(self)
        affiliation_counts.backfill(self)

    def snapshot(self, dest: Path) -> None:
        """Write a point-in-time copy of the graph into the folder `dest`, for a backup; `restore_snapshot`
        puts it back. SnapshotUnsupported (its message says how to back the graph up) for Neo4j."""
        self.backend.snapshot(Path(dest))

    def close(self) -> None:
        self.backend.close()

    def __enter__(self) -> "Graph":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_graph(data_dir: Path | str, *, neo4j_uri: str | None = None, neo4j_user: str | None = None,
               neo4j_password: str | None = None, neo4j_database: str | None = None,
               graph_name: str = "boardgraph") -> Graph:
    """Open the graph: Neo4j when `neo4j_uri` is given, else the data dir's embedded FalkorDB
    (started, or attached to when another process already runs it)."""
    data_dir = Path(data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as ex:
        raise GraphUnavailable(f"Cannot use the data directory {data_dir}: {ex.strerror}.") from ex
    if neo4j_uri:
        from graph.neo4j_backend import Neo4jBackend

        backend: Any = Neo4jBackend(neo4j_uri, neo4j_user, neo4j_password, neo4j_database)
    else:
        from graph.embedded import EmbeddedBackend

        backend = EmbeddedBackend(data_dir, graph_name)
    g = Graph(backend, data_dir)
    try:
        g.ensure_schema()
    except Exception:
        g.close()
        raise
    return g


def store_dir(data_dir: Path) -> Path:
    """The folder of the data dir the embedded graph keeps its files in (a backup copies its snapshot instead)."""
    from graph.falkor_server import STORE_DIR

    return Path(data_dir) / STORE_DIR


def in_use(data_dir: Path) -> bool:
    """Whether a process is attached to the data dir's embedded graph (a restore must not replace it then)."""
    from graph.falkor_server import in_use as attached

    return attached(Path(data_dir))


def restore_snapshot(src: Path, data_dir: Path) -> None:
    """Put a snapshot `Graph.snapshot` wrote in place as the data dir's embedded graph (loaded at its next
    start); GraphError while a process uses that graph."""
    from graph.falkor_server import restore_snapshot as put_back

    put_back(Path(src), Path(data_dir))


from graph.store import (  # noqa: E402
    check, delete_paper, document_for_filename, document_ids, drop_legacy_papers, legacy_paper, resave, save_paper,
    save_papers,
)
from graph.read import (  # noqa: E402
    attendance, bodies, body, counts, document, latest_meetings, list_documents, list_meetings, meeting,
    meetings_matching, newest_meeting_date,
)
from graph.read_people import (  # noqa: E402
    chairs, find_people, last_attended, person, person_actions, person_meetings, representatives, shared_attendees,
    shared_meetings, shortest_chain,
)
from graph.neighbourhood import neighbourhood  # noqa: E402
from graph.read_followups import action_follow_ups  # noqa: E402
from graph.read_actions import (  # noqa: E402
    actions, actions_about, actions_mentioning, actions_under_items_about, items_mentioning, organisation, topic,
)
from graph.curation import candidates  # noqa: E402

__all__ = [
    "Graph", "GraphError", "GraphUnavailable", "SnapshotUnsupported", "open_graph", "store_dir", "in_use",
    "restore_snapshot",
    "save_paper", "save_papers", "delete_paper", "document_for_filename", "document_ids", "check", "resave",
    "legacy_paper", "drop_legacy_papers",
    "counts", "latest_meetings", "newest_meeting_date", "meetings_matching", "list_meetings", "list_documents", "meeting", "document", "attendance",
    "body", "bodies", "person", "person_actions", "person_meetings", "find_people", "last_attended",
    "shared_attendees", "shared_meetings", "shortest_chain", "neighbourhood", "action_follow_ups",
    "chairs", "representatives", "actions", "actions_about", "actions_mentioning", "actions_under_items_about",
    "items_mentioning", "organisation",
    "topic", "candidates",
]
