"""The index stage of ingest alone: `SearchIndex.add_papers` in batches, CPU seconds per paper.

Papers come from an ingested data dir's Paper JSON (default: bench/out/data-1k-s1, what
`bench.ingest_bench --n 1000` leaves; `--papers DIR` for another), so spaCy is out of every
figure. They are loaded once, then added in batches of `common.BATCH_SIZE` (one commit a batch,
as `Archive.ingest_files` does) into a fresh temporary data dir, `--repeat` times (best of);
`--phases` times its phases (CPU); `--profile` runs one more pass under cProfile and prints
where the time goes. No figure is asserted anywhere (BENCHMARKS.md, "Index stage at ingest").

    python -m bench.index_stage --n 200 [--repeat 3] [--phases] [--profile] [--papers DIR]
"""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import common


def load_papers(data_dir: Path, n: int) -> list[Any]:
    from ingest.model import Paper

    paths = sorted((data_dir / "papers").glob("*.json"))[:n]
    if not paths:
        raise SystemExit(f"No Paper JSON in {data_dir / 'papers'}: run `python -m bench.ingest_bench --n 1000` "
                         "first, or give --papers a data dir.")
    return [Paper.from_dict(json.loads(p.read_text(encoding="utf-8"))) for p in paths]


def one_pass(papers: list[Any], batch: int) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, entries) of adding every paper in batches into a fresh data dir."""
    from search.whoosh_index import open_index

    tmp = Path(tempfile.mkdtemp(prefix="index-stage-"))
    try:
        index = open_index(tmp)
        try:
            cpu, wall = time.process_time(), time.perf_counter()
            for i in range(0, len(papers), batch):
                index.add_papers(papers[i:i + batch])
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            entries = index.entry_count()
        finally:
            index.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return cpu, wall, entries


PHASES = {  # (module, object, attribute): where an add_papers pass spends its CPU
    "documents (paper_documents)": ("search.whoosh_index", None, "paper_documents"),
    "add_document (analysis, pool)": ("whoosh.writing", "SegmentWriter", "add_document"),
    "merge (capped merge: read segments into the pool)": ("whoosh.writing", "SegmentWriter", "_merge_segments"),
    "flush (sort the pool, write postings)": ("whoosh.writing", "SegmentWriter", "_flush_segment"),
    "commit (merge + flush + TOC)": ("whoosh.writing", "SegmentWriter", "commit"),
    "delete_by_term": ("whoosh.writing", "SegmentWriter", "delete_by_term"),
}


def time_phases(seconds: dict[str, float]) -> None:
    """Wrap each PHASES function so that its CPU seconds add up in `seconds` (the calls do not nest)."""
    import importlib

    for name, (module, cls, attr) in PHASES.items():
        owner = importlib.import_module(module)
        owner = getattr(owner, cls) if cls else owner
        original = getattr(owner, attr)

        def timed(*args: Any, _original: Any = original, _name: str = name, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return _original(*args, **kwargs)
            finally:
                seconds[_name] = seconds.get(_name, 0.0) + time.process_time() - started

        setattr(owner, attr, timed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch", type=int, default=common.BATCH_SIZE)
    parser.add_argument("--papers", type=Path, default=common.OUT / "data-1k-s1")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--phases", action="store_true", help="CPU seconds of each phase (best pass's)")
    args = parser.parse_args(argv)
    papers = load_papers(args.papers, args.n)
    phases: dict[str, float] = {}
    if args.phases:
        import search.whoosh_index  # noqa: F401 - its patches first, then the timers around them

        time_phases(phases)
    runs, best_phases = [], {}
    for _ in range(args.repeat):
        phases.clear()
        runs.append(one_pass(papers, args.batch))
        if min(runs) is runs[-1]:
            best_phases = {k: round(v, 2) for k, v in phases.items()}
    best = min(runs)
    out: dict[str, Any] = {
        "papers": len(papers), "batch": args.batch, "entries": best[2],
        "cpu_s": [round(r[0], 2) for r in runs], "wall_s": [round(r[1], 2) for r in runs],
        "best_cpu_ms_per_paper": round(best[0] / len(papers) * 1000, 1),
    }
    if args.phases:
        out["best_pass_phase_cpu_s"] = best_phases
    if args.profile:
        _, rows = common.profiled(one_pass, papers, args.batch)
        out["top_self_time_s"] = common.top_self_time(rows, 30)
        top_cum = sorted(((v[3], f"{Path(f).parent.name}/{Path(f).name}:{line} {fn}")
                          for (f, line, fn), v in rows.items()), reverse=True)[:40]
        out["top_cumulative_s"] = [[round(s, 3), w] for s, w in top_cum]
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
