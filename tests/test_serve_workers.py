"""`boardgraph serve --workers 2` (webapp.workers): real gunicorn processes on a small data dir.

One signed-in session is served by both worker processes (one secret key), a form upload (its CSRF
token from a page either worker rendered) is ingested exactly once by the one process that runs the
job queue, and SIGTERM stops the workers, then the one embedded FalkorDB server, leaving nothing running.
"""
from __future__ import annotations

import http.cookiejar
import json
import os
import re
import signal
import subprocess
import sys
import urllib.parse
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from archive import Archive
from graph.falkor_server import in_use
from tests.conftest import SAMPLES
from tests.test_crash_recovery import child_env, free_port, wait_for
from webapp.audit import AuditLog
from webapp.spool import Spool
from webapp.users import UserStore

ACCESS = re.compile(r"boardgraph\.access\[(\d+)\]: \S+ (GET|POST) (\S+) (\d{3}) ")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _csrf(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def _form(fields: dict[str, str], files: list[tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    body = b""
    for name, value in fields.items():
        body += f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n".encode()
    for name, data in files:
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
                 "Content-Type: text/plain\r\n\r\n").encode() + data + b"\r\n"
    return body + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def test_two_workers_share_session_graph_and_one_job_queue(tmp_path):
    samples = sorted(SAMPLES.glob("*.txt"))
    data_dir = tmp_path / "data"
    with Archive(data_dir) as archive:
        assert [r.status for r in archive.ingest_files(samples[:3])] == ["added"] * 3
    UserStore(data_dir).add("ada", "admin", "ada-password-123")
    left = "20261206T000000-0000abcd"  # an upload a stopped server left spooled: recovered by one worker only
    Spool(data_dir).put(left, [(0, "left.txt", samples[4].read_bytes() + b"\n\nLeft in the spool.\n")])
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log_path = tmp_path / "server.log"
    env = child_env(BOARDGRAPH_COOKIE_SECURE="false", HOME=str(tmp_path / "home"))
    env.pop("BOARDGRAPH_SECRET_KEY", None)  # the key the data dir keeps must be the same in both workers
    with log_path.open("w") as log:
        server = subprocess.Popen([sys.executable, "-m", "webapp.cli", "--data-dir", str(data_dir), "serve",
                                   "--port", str(port), "--workers", "2", "--threads", "2"],
                                  env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(f"{base}/healthz", server, log_path)
        graph_pid = int((data_dir / "graph" / "falkordb.pid").read_text())
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        login_page = opener.open(f"{base}/login").read().decode()
        form = urllib.parse.urlencode({"name": "ada", "password": "ada-password-123", "csrf_token": _csrf(login_page)})
        with opener.open(f"{base}/login", data=form.encode()) as response:
            assert "/login" not in response.url

        def admin_page(_: int) -> str:
            with opener.open(f"{base}/admin/", timeout=60) as response:
                assert response.status == 200 and "/login" not in response.url
                return response.read().decode()

        workers: set[int] = set()
        for _ in range(10):  # the kernel hands each connection to one worker: ask until both have answered
            with ThreadPoolExecutor(4) as pool:
                pages = list(pool.map(admin_page, range(16)))
            workers = {int(m.group(1)) for m in ACCESS.finditer(log_path.read_text())
                       if m.group(3) == "/admin/" and m.group(4) == "200"}
            if len(workers) == 2:
                break
        assert len(workers) == 2, log_path.read_text()
        assert workers == set(_children(server.pid)) - {graph_pid}

        roles = re.findall(r"\[(\d+)\]: this process (runs|hands its jobs over to) the admin job queue",
                           log_path.read_text())
        assert sorted(role for _, role in roles) == ["hands its jobs over to", "runs"]
        assert "search index warmed before the workers start: 1 segment(s)" in log_path.read_text()
        assert {int(pid) for pid, _ in roles} == workers

        def finished(job_id: str) -> dict:
            for _ in range(600):
                with opener.open(f"{base}/api/admin/jobs/{job_id}", timeout=60) as response:
                    job = json.loads(response.read())
                if job["status"] == "done":
                    break
                wait_for(f"{base}/healthz", server, log_path)
            return job

        recovered = finished(left)  # first: a worker busy ingesting is slow to accept the next connection
        uploaded: dict[str, str] = {}  # job id -> paper; until each worker has taken one
        jobs: dict[str, dict] = {}
        for i in range(12):  # a sample with a line of its own: new bytes, a new paper, each time
            paper = samples[3 + i % 2]
            name, data = f"{i:02d}-{paper.name}", paper.read_bytes() + f"\n\nCopy {i} for the workers test.\n".encode()
            body, content_type = _form({"csrf_token": _csrf(pages[-1])}, [(name, data)])
            request = urllib.request.Request(f"{base}/admin/upload", data=body, headers={"Content-Type": content_type})
            with opener.open(request, timeout=60) as response:
                job_id = response.url.rsplit("/", 1)[1]
            uploaded[job_id], jobs[job_id] = name, finished(job_id)  # both workers idle again: a coin toss each
            takers = {int(m.group(1)) for m in ACCESS.finditer(log_path.read_text()) if m.group(3) == "/admin/upload"}
            if takers == workers:
                break
        assert takers == workers, log_path.read_text()  # both took uploads: one ran them, one handed them over
        uploaded[left], jobs[left] = "left.txt", recovered
        assert all([p["status"] for p in job["papers"]] == ["added"] for job in jobs.values()), jobs
        assert sorted(p.stem for p in (data_dir / "jobs").glob("*.json")) == sorted(uploaded)
        assert not list((data_dir / "uploads").glob("*/*"))  # taken out of the spool once stored

        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=120) == 0, log_path.read_text()
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    assert not _alive(graph_pid) and not any(_alive(pid) for pid in workers)
    assert not in_use(data_dir)
    assert not (tmp_path / "home").exists()  # nothing written outside the data dir
    added = sorted(f"added {uploaded[i]} ({job['papers'][0]['doc_id'][:12]})" for i, job in jobs.items())
    ingests = AuditLog(data_dir).page(1, 100, action="ingest")["events"]
    assert sorted(e["what"] for e in ingests) == added  # each once, by one process
    assert len(AuditLog(data_dir).page(1, 100, action="ingest.resume")["events"]) == 1  # the one left spooled
    with Archive(data_dir) as archive:
        assert len(list(archive.papers())) == 3 + len(jobs)


def test_workers_refuse_production_without_a_secret_key_before_starting(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from webapp.cli import cli

    monkeypatch.setenv("BOARDGRAPH_ENV", "production")
    monkeypatch.delenv("BOARDGRAPH_SECRET_KEY", raising=False)
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "data"), "serve", "--workers", "2",
                                      "--port", str(free_port())])
    assert result.exit_code == 1 and "BOARDGRAPH_SECRET_KEY must be set" in result.output
    assert not (tmp_path / "data" / "graph").exists()  # no graph server was started
