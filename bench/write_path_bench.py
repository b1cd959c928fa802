"""The write path alone (no spaCy): what storing a batch of papers costs, per paper, in a given data dir.

Papers are extracted once (`extract`: pickled), then stored in batches of `common.BATCH_SIZE` through
`Archive.store_many` (files, graph, index: the second half of `ingest_files`) into a data dir given,
under cProfile. With `--statements`, each graph write's statements run one by one (not in one
MULTI/EXEC) so each is timed by the server on its own: per statement kind, ms per paper. Compare an empty
data dir with a copy of the 10k archive to see what grows with the store (issue 15, BENCHMARKS.md
"Ingest write path at 10k").

    python -m bench.write_path_bench extract /tmp/x/extra /tmp/x/papers.pkl
    python -m bench.write_path_bench store /tmp/x/papers.pkl DATA_DIR [--statements]
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench import common

STAGES = {
    "graph (save_papers)": ("graph/store", "save_papers"),
    "graph write (Graph.write)": ("graph/embedded", "write"),
    "name counts (name_statements)": ("graph/name_counts", "name_statements"),
    "duplicate people (update_candidates)": ("graph/possible_duplicates", "update_candidates"),
    "build facts": ("graph/facts", "build_facts"),
    "index (add_papers)": ("search/whoosh_index", "add_papers"),
    "replace check (document_for_filename)": ("graph/store", "document_for_filename"),
    "files (write_atomic)": ("archive/archive", "write_atomic"),
}


def extract(folder: Path, out: Path) -> int:
    from ingest.pipeline import extract_many

    paths = common.papers_in(folder)
    pairs = []
    for path, paper in zip(paths, extract_many([(p.read_bytes(), p.name) for p in paths])):
        pairs.append((paper, path.read_bytes()))
    out.write_bytes(pickle.dumps(pairs))
    return len(pairs)


def _statement_timer(backend: Any, times: dict[str, list[float]]) -> None:
    """Run each statement of a write on its own and keep the server's own "Query internal execution
    time" for it (per statement text's first characters): the load of a shared machine moves a
    round trip's wall clock far more than it moves this."""
    from graph.embedded import params_header

    def write(statements: list[tuple[str, dict[str, Any]]]) -> None:
        for query, params in statements:
            reply = backend._graph.execute_command("GRAPH.QUERY", backend.graph_name,
                                                   params_header(params) + query, "--compact")
            stats = reply[-1] if isinstance(reply, list) else []
            ms = 0.0
            for line in stats:
                line = line.decode() if isinstance(line, bytes) else str(line)
                if "internal execution time" in line:
                    ms = float(line.split(":")[1].split()[0])
            key = " ".join(query.split())[:90]
            times[key].append(ms / 1000)

    backend.write = write


def _server_cpu(backend: Any) -> float:
    """CPU seconds (user + system) the graph server has used so far."""
    import os

    pid = backend.server.pid()
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def store(pkl: Path, data_dir: Path, statements: bool) -> dict[str, Any]:
    from archive import Archive

    pairs = pickle.loads(pkl.read_bytes())
    times: dict[str, list[float]] = defaultdict(list)
    opened = time.perf_counter()
    with Archive(data_dir) as arc:
        open_s = time.perf_counter() - opened
        backend = arc.graph.backend
        if statements:
            _statement_timer(backend, times)
        server_cpu = _server_cpu(backend)
        batches = [pairs[i:i + common.BATCH_SIZE] for i in range(0, len(pairs), common.BATCH_SIZE)]
        started, cpu = time.perf_counter(), common.cpu_seconds()
        per_batch = []

        def go() -> int:
            n = 0
            for batch in batches:
                t = time.perf_counter()
                n += sum(r.status in ("added", "replaced") for r in arc.store_many(batch))
                per_batch.append(round(time.perf_counter() - t, 3))
            return n

        stored, rows = common.profiled(go)
        seconds = time.perf_counter() - started
        server_cpu = _server_cpu(backend) - server_cpu
        cpu = common.cpu_seconds() - cpu  # before the close: a server this process started is its child,
        # and once reaped its whole life (the AOF load at open too) would count as this process's
    n = len(pairs)
    stages = {name: round(common.cumulative(rows, part, func) / n * 1000, 2) for name, (part, func) in STAGES.items()}
    out: dict[str, Any] = {
        "papers": n, "stored": stored, "open_s": round(open_s, 2), "seconds": round(seconds, 2),
        "ms_per_paper": round(seconds / n * 1000, 1), "cpu_ms_per_paper": round(cpu / n * 1000, 1),
        "graph_server_cpu_ms_per_paper": round(server_cpu / n * 1000, 1),
        "stage_ms_per_paper": stages, "per_batch_s": per_batch, "top_self_time_s": common.top_self_time(rows, 25),
    }
    if statements:
        out["statement_ms_per_paper"] = dict(sorted(
            ((k, round(sum(v) / n * 1000, 2)) for k, v in times.items()), key=lambda kv: -kv[1]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("extract")
    e.add_argument("folder", type=Path)
    e.add_argument("out", type=Path)
    s = sub.add_parser("store")
    s.add_argument("pkl", type=Path)
    s.add_argument("data_dir", type=Path)
    s.add_argument("--statements", action="store_true")
    args = parser.parse_args(argv)
    if args.cmd == "extract":
        print(extract(args.folder, args.out))
    else:
        json.dump(store(args.pkl, args.data_dir, args.statements), sys.stdout, indent=1)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
