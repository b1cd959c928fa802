"""Run every benchmark at one size and collect their results: `make bench` / `make bench-10k`.

    python -m bench.run_all --n 1000 [--seconds 60]

Runs, in order, ingest (which also builds the archive the others use),
search, graph, web and extraction quality, each as its own process so one
benchmark's memory or server never colours the next; then writes
bench/out/all-<n>.json with every result. Each benchmark prints its own
figures and command line as it goes.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys

from bench import common

BENCHMARKS = [("ingest", "bench.ingest_bench"), ("search", "bench.search_bench"), ("graph", "bench.graph_bench"),
              ("web", "bench.web_bench"), ("extract_quality", "bench.extract_quality")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run_all", description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=common.size_arg, default=1000, help="corpus size (papers)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=60.0, help="duration of the web load test")
    parser.add_argument("--only", default=None,
                        help="comma-separated subset of: " + ", ".join(n for n, _ in BENCHMARKS))
    args = parser.parse_args(argv)
    wanted = set(args.only.split(",")) if args.only else {n for n, _ in BENCHMARKS}
    collected, failed = {}, []
    for name, module in BENCHMARKS:
        if name not in wanted:
            continue
        cmd = [sys.executable, "-m", module, "--n", str(args.n), "--seed", str(args.seed)]
        if name == "web":
            cmd += ["--seconds", str(args.seconds)]
        print(f"\n=== {name}: python -m {module} {' '.join(cmd[3:])}", flush=True)
        if subprocess.run(cmd, cwd=common.ROOT).returncode != 0:
            failed.append(name)
            continue
        result = common.OUT / f"{name}-{common.size_label(args.n)}.json"
        collected[name] = json.loads(result.read_text(encoding="utf-8"))
    out = common.OUT / f"all-{common.size_label(args.n)}.json"
    out.write_text(json.dumps(collected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {out.relative_to(common.ROOT)}" + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
