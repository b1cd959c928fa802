"""Ingest throughput: end to end (read, extract, graph, index) vs spaCy alone on the same texts.

    python -m bench.ingest_bench --n 1000

Three measurements, each in a fresh process so that peak RSS belongs to it:
- `e2e`: `Archive.ingest_files` into an empty data dir, the path `boardgraph
  ingest` takes: read, `extract_many` over a batch of 16 (in a second process,
  ingest.worker, while the previous batch is stored), then the batch's
  originals and Paper JSON, one graph transaction, one index commit. Its CPU
  seconds (both processes and the FalkorDB server) are reported beside the
  wall-clock time, since the wall-clock ratio alone hides the second core;
- `spacy`: the same files read to text first (timed apart), then only
  `get_nlp().pipe(texts, batch_size=16, disable=ner_disabled(nlp))`: the
  pipeline object, components, batch size and process count (one) that
  extraction uses;
- `profile`: the e2e path under cProfile on the first `--profile-n` papers with
  extraction kept in-process (BOARDGRAPH_INGEST_WORKER=0), so that every
  stage shows, to say where the time beyond spaCy goes.
Target: end to end within 1.5x of spaCy alone. The e2e data dir becomes the
cached archive the other benchmarks use.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench import common

TARGET_RATIO = 1.5
STAGES = {  # profile rows whose cumulative time tells a stage's cost: (file part, function)
    "read (ingest.read)": ("ingest/read", "read_document"),
    "parse (parse_structure)": ("ingest/parse/__init__", "parse_structure"),
    "spaCy (Language.pipe)": ("spacy/language", "pipe"),
    "entities (add_entities)": ("ingest/extract", "add_entities"),
    "topics (add_topics)": ("ingest/extract", "add_topics"),
    "graph (graph.save_papers)": ("graph/store", "save_papers"),
    "duplicate people (update_candidates)": ("graph/possible_duplicates", "update_candidates"),
    "index (SearchIndex.add_papers)": ("search/whoosh_index", "add_papers"),
    "files (archive write_atomic)": ("archive/archive", "write_atomic"),
    "replace check (document_for_filename)": ("graph/store", "document_for_filename"),
}


def _load_model() -> float:
    """Load the spaCy pipeline before timing: start-up, not per-paper cost (reported on its own)."""
    from ingest.pipeline import get_nlp

    started = time.perf_counter()
    get_nlp()
    return round(time.perf_counter() - started, 2)


def phase_e2e(folder: Path, data_dir: Path, limit: int | None) -> dict[str, Any]:
    shutil.rmtree(data_dir, ignore_errors=True)
    load_s = _load_model()
    started, cpu = time.perf_counter(), common.cpu_seconds()
    stored = common.ingest_corpus(folder, data_dir, limit)
    seconds = time.perf_counter() - started
    return {"papers": stored, "seconds": round(seconds, 2), "model_load_seconds": load_s,
            "cpu_seconds": round(common.cpu_seconds() - cpu, 1),
            "peak_rss_mb": common.peak_rss_mb(), "children_peak_rss_mb": common.peak_rss_mb(children=True)}


def phase_spacy(folder: Path, limit: int | None) -> dict[str, Any]:
    from ingest.extract import ner_disabled
    from ingest.pipeline import get_nlp
    from ingest.read import read_document

    paths = common.papers_in(folder)[:limit]
    started = time.perf_counter()
    texts = [read_document(p.read_bytes(), p.name).text for p in paths]
    read_s = time.perf_counter() - started
    load_s = _load_model()
    nlp = get_nlp()
    disabled = ner_disabled(nlp)  # the components extraction switches off
    started, cpu = time.perf_counter(), common.cpu_seconds()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=common.BATCH_SIZE, disable=disabled))
    seconds = time.perf_counter() - started
    cpu = round(common.cpu_seconds() - cpu, 1)
    return {"papers": len(texts), "seconds": round(seconds, 2), "read_seconds": round(read_s, 2),
            "model_load_seconds": load_s, "cpu_seconds": cpu,
            "tokens": tokens, "chars": sum(map(len, texts)),
            "components": [c for c in nlp.pipe_names if c not in disabled], "peak_rss_mb": common.peak_rss_mb()}


def phase_profile(folder: Path, data_dir: Path, limit: int) -> dict[str, Any]:
    import os

    from ingest.worker import SETTING

    os.environ[SETTING] = "0"  # the profiler sees one process: keep extraction in it
    shutil.rmtree(data_dir, ignore_errors=True)
    _load_model()
    started = time.perf_counter()
    stored, rows = common.profiled(common.ingest_corpus, folder, data_dir, limit)
    total = time.perf_counter() - started
    stages = {name: common.cumulative(rows, part, func) for name, (part, func) in STAGES.items()}
    return {"papers": stored, "seconds_profiled": round(total, 2), "stage_cumulative_s": stages,
            "top_self_time_s": common.top_self_time(rows)}


def _in_subprocess(phase: str, n: int, seed: int, extra: list[str]) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench.ingest_bench", "--phase", phase, "--n", str(n), "--seed", str(seed), *extra]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=common.ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"The {phase} phase failed: {done.stderr.strip()[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(n: int, seed: int = 1, profile_n: int = 200, base: Path | None = None) -> dict[str, Any]:
    base = base or common.OUT
    common.corpus(n, seed, base)
    extra = ["--base", str(base)]
    e2e = _in_subprocess("e2e", n, seed, extra)
    spacy = _in_subprocess("spacy", n, seed, extra)
    profile = _in_subprocess("profile", n, seed, extra + ["--profile-n", str(min(profile_n, n))])
    _adopt_as_archive(n, seed, base)
    ratio = e2e["seconds"] / spacy["seconds"] if spacy["seconds"] else 0.0
    cpu_ratio = e2e["cpu_seconds"] / spacy["cpu_seconds"] if spacy["cpu_seconds"] else 0.0
    return {
        "papers": e2e["papers"], "batch_size": common.BATCH_SIZE,
        "e2e": e2e | {"papers_per_s": round(e2e["papers"] / e2e["seconds"], 2) if e2e["seconds"] else 0.0},
        "spacy_alone": spacy | {"papers_per_s": round(spacy["papers"] / spacy["seconds"], 2)
                                if spacy["seconds"] else 0.0},
        "ratio_e2e_to_spacy": round(ratio, 2), "target_ratio": TARGET_RATIO, "meets_target": ratio <= TARGET_RATIO,
        "cpu_ratio_e2e_to_spacy": round(cpu_ratio, 2),
        "profile": profile,
    }


def _scratch(base: Path, n: int, seed: int) -> Path:
    return base / f"ingest-scratch-{common.size_label(n)}-s{seed}"


def _adopt_as_archive(n: int, seed: int, base: Path) -> None:
    """Keep the e2e data dir as the benchmarks' archive (same corpus, same code), saving a second ingest."""
    scratch = _scratch(base, n, seed)
    target = base / f"data-{common.size_label(n)}-s{seed}"
    if scratch.exists():
        shutil.rmtree(target, ignore_errors=True)
        scratch.rename(target)
        common.mark_archive(n, seed, base)
    shutil.rmtree(base / f"ingest-profile-{common.size_label(n)}-s{seed}", ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ingest_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=common.size_arg, default=1000, help="corpus size (papers)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile-n", type=int, default=200, help="papers to ingest under the profiler")
    parser.add_argument("--phase", choices=["e2e", "spacy", "profile"], help=argparse.SUPPRESS)
    parser.add_argument("--base", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    base = args.base or common.OUT
    if args.phase:
        folder = common.corpus(args.n, args.seed, base)
        if args.phase == "e2e":
            result = phase_e2e(folder, _scratch(base, args.n, args.seed), None)
        elif args.phase == "spacy":
            result = phase_spacy(folder, None)
        else:
            result = phase_profile(folder, base / f"ingest-profile-{common.size_label(args.n)}-s{args.seed}",
                                   args.profile_n)
        print(json.dumps(result))
        return 0

    def body() -> int:
        common.report("ingest", "bench.ingest_bench", args.n, run(args.n, args.seed, args.profile_n, base))
        return 0

    return common.guarded(body)


if __name__ == "__main__":
    raise SystemExit(main())
