"""Operations from the command line (issue 15): --version, `check` on a broken graph, progress bars
(on a terminal only), and `boardgraph serve` logging to stdout with timestamps and access lines.

One data dir with the five samples ingested by the real CLI is shared by the module; a test that
changes it puts it back.
"""
from __future__ import annotations

import fcntl
import io
import json
import logging
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import SAMPLES
from tests.test_crash_recovery import child_env, free_port, wait_for
from tests.test_graph_lifecycle import servers_under
from archive import Archive
from webapp.cli import cli

ISO = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("ops") / "data"
    result = CliRunner().invoke(cli, ["--data-dir", str(data), "ingest", str(SAMPLES), "--json"])
    assert result.exit_code == 0, result.output
    return data


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_version():
    from importlib.metadata import version

    result = run("--version")
    assert result.exit_code == 0 and result.output.strip() == f"boardgraph, version {version('boardgraph')}"


def test_a_bad_setting_is_one_line_not_a_traceback(monkeypatch):
    monkeypatch.setenv("BOARDGRAPH_TRUSTED_PROXIES", "two")
    result = run("check")
    assert result.exit_code == 1 and "BOARDGRAPH_TRUSTED_PROXIES must be a whole number" in result.output
    assert "Traceback" not in result.output


# ---- check --------------------------------------------------------------------------------------------


def test_check_exits_1_on_a_meeting_no_paper_records(data_dir):
    assert run("--data-dir", str(data_dir), "check").exit_code == 0
    with Archive(data_dir) as archive:
        archive.graph.run("CREATE (:Meeting {id: 'meeting-without-paper', title: 'Orphan'})")
    try:
        result = run("--data-dir", str(data_dir), "check")
        assert result.exit_code == 1, result.output
        assert "problem: - the graph has dangling nodes or duplicate keys" in result.output
        report = json.loads(run("--data-dir", str(data_dir), "check", "--json").stdout)
        assert report["ok"] is False
        assert {"label": "Meeting", "key": "meeting-without-paper"} in report["dangling"]
        assert report["stores"]["ok"] is True  # papers/, graph and index still agree on the documents
    finally:
        with Archive(data_dir) as archive:
            archive.graph.run("MATCH (m:Meeting {id: 'meeting-without-paper'}) DELETE m")
    assert run("--data-dir", str(data_dir), "check").exit_code == 0


# ---- progress ----------------------------------------------------------------------------------------


def test_reindex_reports_progress_to_its_callback(data_dir):
    calls: list[tuple[int, int]] = []
    with Archive(data_dir) as archive:
        assert archive.reindex(on_progress=lambda done, total: calls.append((done, total))) == 5
        assert calls == [(n, 5) for n in range(1, 6)]
        calls.clear()
        archive.index.remove_papers(set(sorted(archive.index.paper_ids())[:2]))
        assert archive.reindex(missing_only=True, on_progress=lambda done, total: calls.append((done, total))) == 2
        assert calls[-1] == (2, 2)
        assert archive.consistency()["ok"]


def test_backup_and_restore_report_progress(data_dir, tmp_path):
    from archive.backup import backup, restore

    saved: list[tuple[int, int]] = []
    result = backup(data_dir, tmp_path / "b.tar.gz", on_progress=lambda done, total: saved.append((done, total)))
    assert saved[-1] == (result["files"], result["files"]) and len(saved) == result["files"] > 5
    unpacked: list[tuple[int, int]] = []
    restored = restore(tmp_path / "b.tar.gz", tmp_path / "restored",
                       on_progress=lambda done, total: unpacked.append((done, total)))
    assert unpacked[-1][0] == unpacked[-1][1] >= restored["files"]


def test_no_progress_bar_when_stderr_is_not_a_terminal(data_dir, tmp_path):
    reindexed = run("--data-dir", str(data_dir), "reindex")
    assert reindexed.exit_code == 0 and reindexed.output == "reindexed 5 papers\n"
    backed_up = run("--data-dir", str(data_dir), "backup", str(tmp_path / "b.tar.gz"))
    assert backed_up.exit_code == 0 and backed_up.output.startswith("backed up ") and "%|" not in backed_up.output
    restored = run("--data-dir", str(tmp_path / "restored"), "restore", str(tmp_path / "b.tar.gz"))
    assert restored.exit_code == 0 and restored.output.startswith("restored ") and "%|" not in restored.output


def in_a_terminal(args: list[str], timeout: float = 120) -> str:
    """Run the CLI with stdout and stderr on a pseudo-terminal, as a person at a shell would; its screen."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 24x100, like a terminal
    proc = subprocess.Popen([sys.executable, "-m", "webapp.cli", *args], stdin=subprocess.DEVNULL,
                            stdout=follower, stderr=follower, env=child_env(), close_fds=True)
    os.close(follower)
    screen = b""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not chunk:
                    break
                screen += chunk
            elif proc.poll() is not None:
                break
        assert proc.wait(timeout=30) == 0, screen.decode(errors="replace")
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(leader)
    return screen.decode("utf-8", errors="replace")


def test_reindex_shows_a_progress_bar_on_a_terminal(data_dir):
    screen = in_a_terminal(["--data-dir", str(data_dir), "reindex"])
    assert "reindexed 5 papers" in screen
    assert re.search(r"100%\|.*\| 5/5 ", screen), screen


# ---- logging -----------------------------------------------------------------------------------------


def test_log_lines_have_an_iso_timestamp_level_and_logger():
    from webapp.logs import configure_logging

    stream = io.StringIO()
    root = logging.getLogger()
    before = (root.level, list(root.handlers))
    try:
        configure_logging(stream, "INFO")
        configure_logging(stream, "INFO")  # a second call replaces the handler, never doubles lines
        logging.getLogger("boardgraph.test").info("hello %s", "there")
        logging.getLogger("boardgraph.test").debug("not shown at INFO")
    finally:
        for handler in [h for h in root.handlers if h not in before[1]]:
            root.removeHandler(handler)
        root.setLevel(before[0])
    assert re.fullmatch(ISO + r" INFO boardgraph\.test: hello there\n", stream.getvalue()), stream.getvalue()


def test_serve_logs_to_stdout_with_timestamps_and_an_access_line(tmp_path):
    port = free_port()
    out, err = (tmp_path / "stdout.log").open("w"), (tmp_path / "stderr.log").open("w")
    server = subprocess.Popen([sys.executable, "-m", "webapp.cli", "--data-dir", str(tmp_path / "data"), "serve",
                               "--port", str(port), "--threads", "2"],
                              env=child_env(BOARDGRAPH_SECRET_KEY="s" * 32), stdout=out, stderr=err)
    try:
        wait_for(f"http://127.0.0.1:{port}/healthz", server, tmp_path / "stderr.log")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/login?next=/search%3Fq%3Dsecret", timeout=10) as page:
            assert page.status == 200
    finally:
        # SIGTERM, what a service manager sends: SIGINT is ignored by a child of a runner started in the
        # background (it inherits SIG_IGN), so the server would be killed after the wait and leave its graph server.
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        out.close()
        err.close()
    assert server.returncode != -signal.SIGKILL, "serve did not stop on SIGTERM"
    assert servers_under(tmp_path / "data") == [], "serve left its embedded graph server running"
    stdout = (tmp_path / "stdout.log").read_text()
    assert re.search(ISO + r" INFO boardgraph: serving boardgraph \S+ on http://127\.0\.0\.1:\d+ with 2 threads",
                     stdout), stdout
    assert re.search(ISO + r" INFO boardgraph\.access: 127\.0\.0\.1 GET /healthz 200 [\d.]+ ms user=-", stdout), stdout
    assert re.search(r"boardgraph\.access: 127\.0\.0\.1 GET /login 200 [\d.]+ ms user=-\n", stdout), stdout
    assert "secret" not in stdout  # the query string is not logged
