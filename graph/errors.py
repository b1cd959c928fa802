"""Errors the graph raises; each message is a sentence a user can act on."""


class GraphError(Exception):
    """A graph operation failed (bad input, a query the backend rejected)."""


class GraphUnavailable(GraphError):
    """The graph store cannot be reached: the embedded server did not start, Neo4j is down or refused us."""


class SnapshotUnsupported(GraphError, NotImplementedError):
    """The backend keeps no copy the app can take (Neo4j: back it up with its own tools); the message says which."""
