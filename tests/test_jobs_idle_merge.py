"""The job queue merges the index's segments once it has been idle after an ingest (webapp/jobs.py),
on a real archive (embedded FalkorDB, Whoosh index in a tmp dir) with the real worker thread."""
from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from archive import Archive
from webapp import jobs as jobs_module
from webapp.audit import AuditLog
from webapp.jobs import Jobs, Source

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt"))
IDLE = 0.5  # seconds of quiet before the merge, for the test


@pytest.fixture
def archive(tmp_path):
    with Archive(tmp_path / "data") as arc:
        yield arc


def _upload(jobs: Jobs, path: Path) -> str:
    return jobs.submit("upload", [Source(path.name, data=path.read_bytes())], user="admin")


def _until(condition, seconds: float = 120.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _every_paper_found(archive: Archive) -> None:
    stored = {p.id: p for p in archive.papers()}
    assert archive.index.paper_ids() == set(stored) and len(stored) == len(SAMPLES)
    for paper in stored.values():
        hits = archive.index.query(f'"{paper.title}"', per_page=50).hits
        assert paper.id in {h.doc_id for h in hits}, paper.title


def test_an_idle_queue_merges_the_segments_its_jobs_left(archive, tmp_path):
    jobs = Jobs(archive.data_dir, archive, AuditLog(archive.data_dir), idle_merge_seconds=IDLE)
    with jobs.write_lock:  # all five jobs queue before the first runs: one commit each, nothing idle between
        ids = [_upload(jobs, path) for path in SAMPLES]
    assert all(jobs.wait(job_id)["status"] == "done" for job_id in ids)
    entries = archive.index.entry_count()
    assert _until(lambda: len(archive.index.segment_sizes()) == 1), archive.index.segment_sizes()
    assert archive.index.entry_count() == entries
    _every_paper_found(archive)
    events = AuditLog(archive.data_dir).page(action="index.optimize")["events"]
    assert len(events) == 1 and events[0]["what"].startswith(f"merged {len(SAMPLES)} index segments into one")


def test_a_job_arriving_during_the_merge_waits_and_loses_nothing(archive, monkeypatch):
    jobs = Jobs(archive.data_dir, archive, AuditLog(archive.data_dir), idle_merge_seconds=IDLE)
    merging, release = threading.Event(), threading.Event()
    optimize = archive.optimize_index

    def slow_optimize() -> int:  # the real merge, entered and then held until the test lets it go
        merging.set()
        release.wait(60)
        return optimize()

    monkeypatch.setattr(archive, "optimize_index", slow_optimize)
    with jobs.write_lock:
        first = [_upload(jobs, path) for path in SAMPLES[:4]]
    assert all(jobs.wait(job_id)["status"] == "done" for job_id in first)
    assert merging.wait(60)
    late = _upload(jobs, SAMPLES[4])  # queued while the merge holds the worker
    assert jobs.get(late)["status"] == "queued"
    release.set()
    assert jobs.wait(late)["status"] == "done"
    assert len(archive.index.segment_sizes()) == 2  # the merged one and the late job's
    _every_paper_found(archive)


def test_no_merge_without_an_ingest_or_with_few_segments(archive, monkeypatch):
    monkeypatch.setattr(jobs_module, "COMPACT_ABOVE_SEGMENTS", 3)
    jobs = Jobs(archive.data_dir, archive, AuditLog(archive.data_dir), idle_merge_seconds=IDLE)
    with jobs.write_lock:
        ids = [_upload(jobs, path) for path in SAMPLES[:2]]
    assert all(jobs.wait(job_id)["status"] == "done" for job_id in ids)
    time.sleep(IDLE * 4)
    assert len(archive.index.segment_sizes()) == 2
    assert AuditLog(archive.data_dir).page(action="index.optimize")["total"] == 0
