"""The load generator of bench.web_bench: N clients hitting a URL mix for a fixed time.

    python -m bench.web_client --port 5123 --seconds 60 --clients 8 --urls urls.json [--user NAME]

Runs in its own process (so it does not share the server's interpreter). Each
client is a thread with one keep-alive HTTP/1.1 connection to 127.0.0.1; it
signs in once through the login form when a user is given (password on
stdin), then requests URLs round-robin from its own offset until the time is
up. Prints one JSON object: per-request latencies summarised, and errors.
"""
from __future__ import annotations

import argparse
import http.client
import json
import re
import sys
import threading
import time
from typing import Any
from urllib.parse import urlencode

from bench.common import percentiles

_CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')


class Client:
    def __init__(self, port: int, timeout: float) -> None:
        self.port, self.timeout = port, timeout
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        hdrs = dict(headers or {})
        if self.cookies:
            hdrs["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            self.conn.request(method, path, body=body, headers=hdrs)
            resp = self.conn.getresponse()
            data = resp.read()
        except (OSError, http.client.HTTPException):
            self.conn.close()  # a dropped keep-alive connection: reconnect on the next request
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
            raise
        for header, value in resp.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        if resp.getheader("Connection", "").lower() == "close":
            self.conn.close()
        return resp.status, data

    def login(self, user: str, password: str) -> None:
        status, page = self.request("GET", "/login")
        if status != 200:
            raise RuntimeError(f"GET /login answered {status}.")
        match = _CSRF.search(page.decode("utf-8", "replace"))
        form = {"name": user, "password": password, "next": "/"}
        if match:
            form["csrf_token"] = match.group(1) or match.group(2)
        status, _ = self.request("POST", "/login", urlencode(form).encode(),
                                 {"Content-Type": "application/x-www-form-urlencoded"})
        if status not in (302, 303):
            raise RuntimeError(f"Signing in as {user!r} failed (status {status}).")


def run(port: int, seconds: float, clients: int, urls: list[list[str]], user: str | None, password: str | None,
        timeout: float = 30.0) -> dict[str, Any]:
    """urls: [[category, path], ...]. Returns figures: requests/s, latency percentiles, errors."""
    results: list[list[tuple[str, float, int]]] = [[] for _ in range(clients)]
    failures: list[str] = []
    ready = threading.Barrier(clients + 1)  # every client signed in
    go = threading.Event()  # ... and the clock started
    deadline = [0.0]

    def worker(k: int) -> None:
        client = Client(port, timeout)
        try:
            if user and password:
                client.login(user, password)
        except Exception as ex:  # noqa: BLE001 - reported, not raised: the run goes on without this client
            failures.append(f"client {k}: {ex}")
        ready.wait()
        go.wait()
        i = k * 7
        while time.perf_counter() < deadline[0]:
            category, path = urls[i % len(urls)]
            i += 1
            started = time.perf_counter()
            try:
                status, _ = client.request("GET", path, headers={"Accept": "application/json"}
                                           if path.startswith("/api/") else None)
            except Exception:  # noqa: BLE001 - a failed request is an error figure
                status = 0
            results[k].append((category, (time.perf_counter() - started) * 1000, status))

    threads = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(clients)]
    for t in threads:
        t.start()
    ready.wait()
    started = time.perf_counter()
    deadline[0] = started + seconds
    go.set()
    for t in threads:
        t.join(seconds + timeout + 5)
    elapsed = time.perf_counter() - started
    flat = [r for rs in results for r in rs]
    errors: dict[str, int] = {}
    by_cat: dict[str, list[float]] = {}
    for category, ms, status in flat:
        by_cat.setdefault(category, []).append(ms)
        if not 200 <= status < 300:
            key = f"{category} {status or 'no answer'}"
            errors[key] = errors.get(key, 0) + 1
    return {
        "seconds": round(elapsed, 1), "clients": clients, "requests": len(flat),
        "requests_per_s": round(len(flat) / elapsed, 1) if elapsed else 0.0,
        "latency_ms": percentiles(ms for _, ms, _ in flat),
        "latency_by_page_ms": {c: percentiles(v) | {"requests": len(v)} for c, v in sorted(by_cat.items())},
        "errors": sum(errors.values()), "errors_by_page_and_status": errors, "client_failures": failures,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.web_client", description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--urls", required=True, help="JSON file: [[category, path], ...]")
    parser.add_argument("--user", default=None, help="sign in as this user; the password is read from stdin")
    args = parser.parse_args(argv)
    with open(args.urls, encoding="utf-8") as fh:
        urls = json.load(fh)
    password = sys.stdin.readline().rstrip("\n") if args.user else None
    print(json.dumps(run(args.port, args.seconds, args.clients, urls, args.user, password)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
