"""What every benchmark shares: the corpus and archive it runs on, percentiles, and its report.

A benchmark prints its figures and the exact command that produced them, and
writes the same as JSON to bench/out/<name>-<n>.json. Corpora and archives are
built once under bench/out/ (git-ignored) and reused while the code that made
them is unchanged (a fingerprint of the generator's, or ingest's, sources).
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import platform
import resource
import shlex
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
GENERATOR_SOURCES = ["pools", "world", "gold", "prose", "dates", "agenda", "minutes", "reports", "writers",
                     "generate"]
BATCH_SIZE = 16


# ---- figures -------------------------------------------------------------------------
def percentiles(values_ms: Iterable[float], points: Iterable[int] = (50, 95, 99)) -> dict[str, float]:
    """Nearest-rank percentiles (`p50`, `p95`, ...) of latencies in milliseconds, rounded to 0.01 ms."""
    ordered = sorted(values_ms)
    if not ordered:
        return {f"p{p}": 0.0 for p in points}
    out = {}
    for p in points:
        rank = max(1, math.ceil(p / 100 * len(ordered)))
        out[f"p{p}"] = round(ordered[rank - 1], 2)
    return out


def timed_ms(fn: Any, *args: Any, **kwargs: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    value = fn(*args, **kwargs)
    return (time.perf_counter() - started) * 1000, value


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident set size of this process (or of its waited-for children), in MiB."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def cpu_seconds() -> float:
    """User + system CPU seconds of this process and of the children it has waited for."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return round(own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime, 1)


def size_label(n: int) -> str:
    return f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n)


# ---- the command line -------------------------------------------------------------------
def size_arg(value: str) -> int:
    """argparse type of --n: a whole number of papers, at least 1."""
    import argparse

    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of papers.") from None
    if n < 1:
        raise argparse.ArgumentTypeError("the corpus needs at least 1 paper.")
    return n


def guarded(body: Callable[[], int]) -> int:
    """Run a benchmark's body; a failure of the system under test becomes one `error:` sentence and exit 1."""
    from graph.errors import GraphError
    from ingest.errors import IngestError
    from search.base import SearchError

    try:
        return body()
    except (RuntimeError, OSError, ValueError, GraphError, IngestError, SearchError) as ex:
        print(f"error: {ex}", file=sys.stderr)
        return 1


# ---- the report -----------------------------------------------------------------------
def command_line(module: str) -> str:
    """The command that reproduces this run, as a user would type it from the repo root."""
    return " ".join(["python -m", module] + [shlex.quote(a) for a in sys.argv[1:]])


def machine() -> dict[str, Any]:
    mem_kb = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, timeout=10).stdout.strip() or None
        dirty = bool(subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True,
                                    timeout=10).stdout.strip())
    except (OSError, subprocess.SubprocessError):
        commit, dirty = None, False
    return {"nproc": os.cpu_count(), "mem_gib": round(mem_kb / 1024 / 1024, 1), "python": platform.python_version(),
            "platform": platform.platform(), "commit": commit, "worktree_dirty": dirty,
            "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


def report(name: str, module: str, n: int, figures: dict[str, Any], out: Path | None = None) -> Path:
    """Print figures and the command line; write both (and the machine) to bench/out/<name>-<n>.json."""
    result = {"benchmark": name, "command": command_line(module), "n": n, "machine": machine(), "figures": figures}
    path = out or OUT / f"{name}-{size_label(n)}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"$ {result['command']}")
    print(json.dumps(figures, indent=2, ensure_ascii=False))
    print(f"(written to {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path})")
    return path


# ---- corpus and archive ---------------------------------------------------------------------
def fingerprint(paths: Iterable[Path], extra: str = "") -> str:
    h = hashlib.sha1(extra.encode())
    for path in sorted(paths):
        h.update(str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _code(*packages: str) -> list[Path]:
    return [p for pkg in packages for p in (ROOT / pkg).rglob("*") if p.is_file() and p.suffix in (".py", ".yaml")]


def _fresh(marker: Path, stamp: str) -> bool:
    return marker.exists() and marker.read_text().strip() == stamp


def corpus(n: int, seed: int = 1, base: Path | None = None) -> Path:
    """The generated corpus of n papers for a seed, generated now unless an identical one is there."""
    from bench.generate import generate

    base = base or OUT
    folder = base / f"corpus-{size_label(n)}-s{seed}"
    marker = base / f"corpus-{size_label(n)}-s{seed}.done"
    sources = [ROOT / "bench" / f"{m}.py" for m in GENERATOR_SOURCES] + [ROOT / "ingest" / "data" / "taxonomy.yaml"]
    stamp = fingerprint(sources, f"{n}/{seed}")  # the taxonomy decides the gold's topics
    if not _fresh(marker, stamp):
        marker.unlink(missing_ok=True)
        if folder.exists():
            for path in folder.iterdir():
                path.unlink()
        started = time.perf_counter()
        generate(n, seed, folder)
        print(f"generated {n} papers in {time.perf_counter() - started:.1f} s -> {folder}", file=sys.stderr)
        marker.write_text(stamp + "\n")
    return folder


def papers_in(folder: Path) -> list[Path]:
    """The paper files of a corpus folder (not the gold JSON), in name order."""
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".docx", ".pdf"))


def read_items(paths: Iterable[Path]) -> Iterator[tuple[bytes, str]]:
    for path in paths:
        yield path.read_bytes(), path.name


def _archive_stamp(n: int, seed: int, base: Path) -> tuple[Path, str]:
    marker = base / f"data-{size_label(n)}-s{seed}.done"
    corpus_marker = base / f"corpus-{size_label(n)}-s{seed}.done"
    return marker, fingerprint(_code("ingest", "graph", "search", "webapp") + [corpus_marker])


def mark_archive(n: int, seed: int = 1, base: Path | None = None) -> None:
    """Record that data-<n>-s<seed> holds the current corpus ingested by the current code."""
    marker, stamp = _archive_stamp(n, seed, base or OUT)
    marker.write_text(stamp + "\n")


def archive(n: int, seed: int = 1, base: Path | None = None) -> Path:
    """A data dir with the corpus ingested (originals, papers, graph, index).

    Built now when missing or when the corpus was regenerated since. When only
    the code changed since it was built, it is reused with a warning (ingesting
    10k papers takes an hour); set BOARDGRAPH_BENCH_REBUILD=1 to rebuild it then.
    """
    base = base or OUT
    folder = corpus(n, seed, base)
    data_dir = base / f"data-{size_label(n)}-s{seed}"
    marker, stamp = _archive_stamp(n, seed, base)
    corpus_marker = base / f"corpus-{size_label(n)}-s{seed}.done"
    same_corpus = (marker.exists() and data_dir.is_dir()
                   and corpus_marker.stat().st_mtime <= marker.stat().st_mtime)
    if same_corpus and not _fresh(marker, stamp) and not os.environ.get("BOARDGRAPH_BENCH_REBUILD"):
        print(f"warning: {data_dir.name} was built by earlier code of ingest/graph/search/webapp; reusing it "
              "(BOARDGRAPH_BENCH_REBUILD=1 rebuilds it)", file=sys.stderr)
    elif not same_corpus or not _fresh(marker, stamp):
        import shutil

        marker.unlink(missing_ok=True)
        shutil.rmtree(data_dir, ignore_errors=True)
        started = time.perf_counter()
        stored = ingest_corpus(folder, data_dir)
        print(f"ingested {stored} papers in {time.perf_counter() - started:.1f} s -> {data_dir}", file=sys.stderr)
        marker.write_text(stamp + "\n")
    return data_dir


def ingest_corpus(folder: Path, data_dir: Path, limit: int | None = None) -> int:
    """The archive's batched write path, as `boardgraph ingest` runs it. Returns papers stored."""
    from archive import Archive

    with Archive(data_dir) as arc:
        results = arc.ingest_files(papers_in(folder)[:limit], batch_size=BATCH_SIZE)
    return sum(r.status in ("added", "replaced") for r in results)


def golds(folder: Path) -> list[dict[str, Any]]:
    """The gold JSON of every paper in a corpus folder, in name order."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def frequent(gold: list[dict[str, Any]], field: str, k: int) -> list[str]:
    """The k values of a gold list field ("people", "organisations", "topics") found in most papers."""
    counts: dict[str, int] = {}
    for g in gold:
        for value in set(g.get(field) or []):
            counts[value] = counts.get(value, 0) + 1
    return [v for v, _ in sorted(counts.items(), key=lambda vc: (-vc[1], vc[0]))[:k]]


# ---- profiles ---------------------------------------------------------------------------
def profiled(fn: Any, *args: Any, **kwargs: Any) -> tuple[Any, dict]:
    """Run fn under cProfile; return (its value, the raw pstats table)."""
    import cProfile
    import io
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    try:
        value = fn(*args, **kwargs)
    finally:
        profiler.disable()
    return value, pstats.Stats(profiler, stream=io.StringIO()).stats  # type: ignore[attr-defined]


def top_self_time(rows: dict, k: int = 15) -> list[list[Any]]:
    """[[seconds, "folder/file.py:line function"]] of the k functions with most time in themselves."""
    top = sorted(((v[2], f"{Path(file).parent.name}/{Path(file).name}:{line} {fn}")
                  for (file, line, fn), v in rows.items()), reverse=True)[:k]
    return [[round(s, 3), where] for s, where in top]


def cumulative(rows: dict, file_part: str, function: str) -> float:
    """Cumulative seconds of a function (largest match), found by part of its file path and its name."""
    cum = [v[3] for (file, _, fn), v in rows.items() if file_part in file.replace("\\", "/") and fn == function]
    return round(max(cum), 3) if cum else 0.0
