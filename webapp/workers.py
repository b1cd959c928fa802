"""`boardgraph serve --workers N` with N > 1: N gunicorn worker processes (gthread) on the app factory.

One Python process serves one request's Python code at a time (the GIL), so with 8 clients a single
waitress process queues them; N processes share the cores. What must hold across them:

- The embedded FalkorDB server is started once, by the gunicorn master before it forks
  (`FalkorServer.attach`): the master stays attached for its whole life, so the server outlives any
  worker that dies or is restarted (no stop and restart in between), and the master detaches last, after
  its workers have exited, which stops the server (compacting its AOF) as a single-process stop does.
  Each worker attaches too (a shared lock; graph/falkor_server.py) and finds the server running.
- The admin job queue runs in one worker only (webapp.jobs, "Several server processes"); the others
  spool their uploads and hand them over.
- Sessions and CSRF: one secret key for all (the environment's, or the data dir's; webapp.create_app).
- Each worker has its own app, archive and searcher pool (at most search.searchers.KEEP idle searchers),
  starts with the search index's per-segment tables the master read before forking (`_warm_before_fork`),
  warms its search index at start and logs as the single-process server does: one access line per
  request, ISO timestamps, on stdout, each line naming the worker's pid.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from gunicorn.app.base import BaseApplication

GRACEFUL_TIMEOUT = 30  # seconds a stopping worker gets to finish its requests
WORKER_TIMEOUT = 300  # a worker silent this long is restarted (a large admin upload is read in one request)
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s[%(process)d]: %(message)s"


class _Server(BaseApplication):
    """gunicorn over `webapp.create_app`, configured from arguments instead of a config file."""

    def __init__(self, settings: dict[str, Any], options: dict[str, Any]) -> None:
        self.settings = settings
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        """Runs in each worker after the fork: its own app, archive and warm-up."""
        from webapp import create_app
        from webapp.app_archive import warm_in_background

        _log_to_stdout(self.settings["LOG_LEVEL"])
        app = create_app({"DATA_DIR": self.settings["DATA_DIR"], "WORKERS": self.options["workers"]})
        warm_in_background(app, freeze=True)
        return app


def _log_to_stdout(level: str) -> None:
    from webapp.logs import configure_logging

    configure_logging(sys.stdout, level, LOG_FORMAT)


def serve_workers(settings: dict[str, Any], host: str, port: int, workers: int, threads: int) -> None:
    """Serve until SIGTERM or SIGINT (gunicorn's master stops its workers, then the graph server)."""
    from webapp.settings import graph_options

    _log_to_stdout(settings["LOG_LEVEL"])
    if not graph_options(settings)["neo4j_uri"]:
        from graph.falkor_server import FalkorServer

        FalkorServer(Path(settings["DATA_DIR"])).attach()  # detached at the master's exit (atexit)
    options = {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "workers": workers,
        "threads": threads,
        "worker_class": "gthread",
        # No more connections than threads, so no idle keep-alive connection: a worker holding a client's
        # kept-alive connections would serve all of that client's requests while the others stood idle
        # (seen in bench.web_bench: 8 keep-alive clients, every request served by one of 2 workers).
        # Each request comes on a new connection, and the kernel hands it to a worker that is waiting.
        "worker_connections": threads,
        "keepalive": 0,
        "graceful_timeout": GRACEFUL_TIMEOUT,
        "timeout": WORKER_TIMEOUT,
        "accesslog": None,  # webapp.logs writes the access line (without query strings)
        "errorlog": "-",
        "proc_name": "boardgraph",
        "worker_tmp_dir": str(Path(settings["DATA_DIR"])),  # nothing written outside the data dir:
        "control_socket_disable": True,  # gunicorn 25+ would make $HOME/.gunicorn/gunicorn.ctl
    }
    _warm_before_fork(Path(settings["DATA_DIR"]))
    _Server(settings, options).run()


def _warm_before_fork(data_dir: Path) -> None:
    """Read the search index's per-segment tables once, here in the master, so every worker forked from
    it has them: at 10k papers (one segment) each worker built them beside its first searches (6 s of
    CPU a worker, 17.6 s with four searches at once), and searches waited up to 33 s. The workers still
    warm in the background, which then finds the tables made (and reads any segment made since)."""
    import logging
    import time

    from search.whoosh_index import warm_tables

    started = time.perf_counter()
    try:
        segments = warm_tables(data_dir)
    except Exception as ex:  # noqa: BLE001 - the workers warm again: a start never fails for this
        logging.getLogger(__name__).warning("warming the search index before the workers start failed: %s", ex)
        return
    logging.getLogger(__name__).info("search index warmed before the workers start: %d segment(s) in %.1f s",
                                     segments, time.perf_counter() - started)
