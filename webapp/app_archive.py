"""The app's archive (graph + index + files), opened once per app and closed at exit."""
from __future__ import annotations

import atexit
import gc
import logging
import threading

from flask import Flask, current_app

from search import SearchError
from archive import Archive, ArchiveBusy
from webapp.settings import graph_options


STARTUP_LOCK_WAIT = 10.0  # seconds a starting server waits for another writer before leaving repair to later


def init_app(app: Flask) -> None:
    archive = Archive(app.config["DATA_DIR"], **graph_options(app.config))
    app.extensions["archive"] = archive
    atexit.register(archive.close)
    repair_at_start(archive)


def repair_at_start(archive: Archive) -> dict | None:
    """Finish what a killed process left half done (Archive.repair: three id sets when nothing is).
    A start never fails for it: a busy archive or a store error is logged, and the admin
    dashboard and `boardgraph check` show what is still missing."""
    try:
        return archive.repair(timeout=STARTUP_LOCK_WAIT)
    except ArchiveBusy as ex:
        logging.getLogger(__name__).warning("not repairing the archive at start: %s", ex)
    except Exception:  # noqa: BLE001 - a start must not fail for a repair; check shows what is left
        logging.getLogger(__name__).exception("repairing the archive at start failed")
    return None


def warm_in_background(app: Flask, freeze: bool = False) -> threading.Thread:
    """Read the search index's per-segment tables now, beside the first requests, so the first
    searches after a start do not pay for it (10k papers: first-query p95 261 ms cold, 34 ms warm).

    With `freeze` (the servers: `boardgraph serve` and each gunicorn worker), the objects made at
    start (the app, its modules, the archive, the search index's tables: ~150,000 the collector
    tracks at 10k papers) are moved out of the collector's sight with `gc.freeze()`, now and again
    when the warming is done. They live as long as the process, but every collection of the oldest
    generation walked them all: ~100 ms with the process (and its threads) stopped, every few dozen
    requests, about 0.1 ms after (BENCHMARKS.md, tenk9). Frozen objects are still freed when nothing
    refers to them; only a reference cycle among them, were one dropped later, would be kept."""
    if freeze:
        gc.freeze()

    def run() -> None:
        try:
            app.extensions["archive"].index.warm()
        except (SearchError, OSError) as ex:  # a slower first search, not a failure
            logging.getLogger(__name__).warning("warming the search index failed: %s", ex)
        finally:
            if freeze:
                gc.freeze()

    thread = threading.Thread(target=run, name="warm-search-index", daemon=True)
    thread.start()
    return thread


def readiness(archive: Archive) -> dict[str, bool]:
    """Whether the graph and the search index each answer a trivial read now. A store that fails is
    logged here (with its error) and reported as False: the health check says no more than that."""
    probes = {"graph": lambda: archive.graph.run("RETURN 1 AS one"), "index": archive.index.entry_count}
    ready = {}
    for name, probe in probes.items():
        try:
            probe()
            ready[name] = True
        except Exception:  # noqa: BLE001 - whatever a store raises, the answer is "not ready"
            logging.getLogger(__name__).warning("health check: the %s is not answering", name, exc_info=True)
            ready[name] = False
    return ready


def get_archive() -> Archive:
    return current_app.extensions["archive"]
