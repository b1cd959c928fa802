"""The web app under waitress, loaded by 8 concurrent clients from a second process.

    python -m bench.web_bench --n 1000 [--seconds 60] [--clients 8] [--workers 2 --threads 4] [--base DIR]

Serves an archive of the generated corpus with `boardgraph serve` (waitress; with
--workers N > 1 gunicorn's N processes of --threads each) on 127.0.0.1 only, signs the clients in as an officer made with
`boardgraph users add`, and runs bench.web_client for a fixed time over a mix
of pages and their JSON twins: search, person, meeting, actions, ask. Reports
requests/s, p50/p95/p99 and errors. Target: no errors, p95 < 150 ms at 10k.
"""
from __future__ import annotations

import argparse
import json
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from bench import common
from bench.graph_bench import TERMS
from bench.search_bench import query_set

TARGET_P95_MS = 150.0
USER = "bench-officer"


def url_mix(data_dir: Path, gold: list[dict[str, Any]]) -> list[list[str]]:
    """[[category, path]]: each page and its JSON twin, over the corpus' own people, meetings and words."""
    from ingest.ids import meeting_id
    from ingest.names import person_key

    people = common.frequent(gold, "people", 20) or ["Nobody"]
    meetings = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((data_dir / "papers").glob("*.json"))]
    meetings = [meeting_id(m["id"]) for m in meetings if m.get("kind") == "minutes" and m.get("date")]
    meetings = meetings[::max(1, len(meetings) // 20)][:20] or ["none"]
    searches = [q for _, q, f, _ in query_set(gold) if not f and q != "*"][:20]
    asks = [f"which meetings did {p} attend" for p in people[:4]] + [f"which actions mention {t}" for t in TERMS[:4]]
    pages = ([("search", f"/search?{urlencode({'q': q})}") for q in searches]
             + [("person", f"/people/{quote(person_key(p), safe='')}") for p in people]
             + [("meeting", f"/meetings/{quote(m, safe='')}") for m in meetings]
             + [("actions", f"/actions?{urlencode({'q': t})}") for t in TERMS]
             + [("ask", f"/ask?{urlencode({'q': q})}") for q in asks])
    mix = []
    for category, path in pages:
        mix.append([category, path])
        mix.append([f"{category} json", "/api" + path])
    return mix


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cli(data_dir: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "webapp.cli", "--data-dir", str(data_dir), *args], input=stdin,
                          capture_output=True, text=True, cwd=common.ROOT, timeout=120)


def ensure_user(data_dir: Path) -> tuple[str, str, str]:
    """An officer for the clients: (name, password, how it was made). Made with `boardgraph users add`;
    when the user is already there (an earlier run) or the CLI lacks the command, its password is set
    through webapp.users instead."""
    password = secrets.token_urlsafe(16)
    done = _cli(data_dir, "users", "add", USER, "--role", "officer", "--password-stdin", stdin=password + "\n")
    if done.returncode == 0:
        return USER, password, "cli"
    from webapp.users import UserStore

    store = UserStore(data_dir)
    if store.get(USER):
        store.set_password(USER, password)
    else:
        store.add(USER, "officer", password)
    return USER, password, "library"


def _wait_healthy(port: int, proc: subprocess.Popen, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    last = "no answer"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"The server exited with code {proc.returncode} before answering (see its log).")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as resp:
                if resp.status == 200:
                    return
                last = f"status {resp.status}"
        except urllib.error.HTTPError as ex:
            last = f"status {ex.code}"
        except (urllib.error.URLError, OSError) as ex:
            last = str(ex)
        time.sleep(0.3)
    raise RuntimeError(f"The server did not answer /healthz with 200 within {timeout:.0f} s (last: {last}).")


def _peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def _server_peak_rss_mb(pid: int) -> float | None:
    """Peak RSS of the server's Python processes: the process itself and its gunicorn workers (added up;
    the FalkorDB server, its child too, is left out as it is for one process)."""
    try:
        children = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        children = []
    peaks = [_peak_rss_mb(p) for p in [pid] + children if b"redis-server" not in _cmdline(p)]
    return round(sum(p for p in peaks if p is not None), 1) if peaks and peaks[0] is not None else None


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def run(n: int, seed: int = 1, seconds: float = 60.0, clients: int = 8, threads: int = 8,
        base: Path | None = None, workers: int = 1) -> dict[str, Any]:
    data_dir = common.archive(n, seed, base)
    urls_file = (base or common.OUT) / f"web-urls-{common.size_label(n)}.json"
    urls_file.write_text(json.dumps(url_mix(data_dir, common.golds(common.corpus(n, seed, base)))), encoding="utf-8")
    user, password, made_by = ensure_user(data_dir)
    port = _free_port()
    log_path = (base or common.OUT) / f"web-server-{common.size_label(n)}.log"
    log = open(log_path, "w", encoding="utf-8")
    server = subprocess.Popen([sys.executable, "-m", "webapp.cli", "--data-dir", str(data_dir), "serve",
                               "--host", "127.0.0.1", "--port", str(port), "--threads", str(threads),
                               "--workers", str(workers)],
                              cwd=common.ROOT, stdout=log, stderr=subprocess.STDOUT)
    try:
        try:
            _wait_healthy(port, server)
        except RuntimeError as ex:
            log.flush()
            tail = log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-5:]
            raise RuntimeError(f"{ex} Server log ends: {' | '.join(tail)}") from None
        args = [sys.executable, "-m", "bench.web_client", "--port", str(port), "--seconds", str(seconds),
                "--clients", str(clients), "--urls", str(urls_file), "--user", user]
        done = subprocess.run(args, input=password + "\n", capture_output=True, text=True, cwd=common.ROOT,
                              timeout=seconds + 300)
        if done.returncode != 0:
            raise RuntimeError(f"The load generator failed: {done.stderr.strip()[-2000:]}")
        figures = json.loads(done.stdout)
        figures["server_peak_rss_mb"] = _server_peak_rss_mb(server.pid)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
    figures.update({"server_workers": workers, "server_threads": threads, "user_made_by": made_by, "distinct_urls": len(json.loads(
        urls_file.read_text(encoding="utf-8"))), "target_p95_ms": TARGET_P95_MS,
        "meets_target": figures["errors"] == 0 and figures["latency_ms"]["p95"] < TARGET_P95_MS})
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.web_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=common.size_arg, default=1000, help="corpus size (papers)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=60.0, help="how long the clients run (default 60)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--threads", type=int, default=8, help="server threads (per process with --workers)")
    parser.add_argument("--workers", type=int, default=1, help="server processes (boardgraph serve --workers)")
    parser.add_argument("--base", type=Path, default=None,
                        help="folder holding the corpus and archive (default bench/out); the report goes there too")
    args = parser.parse_args(argv)

    def body() -> int:
        figures = run(args.n, args.seed, args.seconds, args.clients, args.threads, args.base, args.workers)
        common.report("web", "bench.web_bench", args.n, figures,
                      out=args.base / f"web-{common.size_label(args.n)}.json" if args.base else None)
        return 0

    return common.guarded(body)


if __name__ == "__main__":
    raise SystemExit(main())
