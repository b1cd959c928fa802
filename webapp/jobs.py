"""Background ingest jobs with progress kept on disk, in `<data_dir>/jobs/<id>.json`.

An upload or a re-ingest can take minutes (spaCy), so the admin pages hand the
work to one worker thread and show its progress. The worker ingests a job's
files through the batched path (`Archive.ingest_files`): BATCH files per
extraction run, graph transaction and index commit, holding `Jobs.write_lock`
for one batch at a time, so a delete or a curation (which take it too) waits for
a batch, not for the job. The job file is rewritten after every paper's result,
so the progress page survives a reload and shows what happened after the fact.
A paper that fails is recorded with its reason and the job moves on.

Uploads are durable: `submit` writes the uploaded bytes into the spool
(`<data_dir>/uploads/<job id>/`, webapp.spool) and then the job file, before it
queues the job and before the admin is told it is queued. A spooled file is
removed once its result is recorded. When the app starts (after the archive's
repair at start, webapp.app_archive), every job with files still spooled is queued
again (`resumed` counts the restarts): results already recorded stand, the other
files are ingested again. Ingest is idempotent, so a paper the stopped server had
half stored ends as a clean ingest leaves it (one it was storing shows "added").
Spooled files without a job record (a server stopped between the two writes) get
a job of their own. A job with nothing spooled (a re-ingest reads the stored
originals) is marked "interrupted": the paper it was storing is "added" when
papers/ holds its bytes (its id is `source_id`), and the papers it never reached
are "failed".

When the queue has been idle for `idle_merge_seconds` after a job that stored papers, and the
search index has more than COMPACT_ABOVE_SEGMENTS segments (search/merge_policy.py: the capped
merge policy leaves many, and 13 at 1k papers doubled the search p95), the worker merges them into one
(`Archive.optimize_index`, under the archive's writer lock, holding `write_lock` as a batch does):
a job submitted meanwhile waits in the queue, a delete or curation for the lock, so nothing is lost.

Several server processes (`boardgraph serve --workers N`, webapp.workers): one queue per data dir.
The process that holds an flock on `<data_dir>/jobs/queue.lock` runs the queue: its start-up recovery,
the jobs and the idle merge. Each of the others ("handing over") spools every paper of a job it is given
(a re-ingest copies the stored original) and writes the job file, as `submit` always does, and queues
nothing itself: the queue's owner polls for queued job files it does not know yet (HANDOVER_POLL_SECONDS)
and runs them as it runs a job recovered at start. So "queued" still means on disk, and a restart of any
process loses nothing. The kernel drops the flock when its holder dies; the next process to open the
data dir's queue (a restarted worker) takes it over, recovering what is spooled.

A job with `ocr` reads PDFs with no text layer by OCR (ingest.ocr). A scan that
fails (read without OCR, or OCR failed) is held in `<data_dir>/scans/`
(webapp.scans) and its entry has `"scan": true`, so the admin can have it read by
OCR later; it leaves there once stored.

Job file shape::

    {"id", "kind": "upload"|"reingest"|"ocr", "status": "queued"|"running"|"done"|"interrupted",
     "user", "ip", "created", "started", "finished", "force", "ocr", "total", "done", "failed", "current",
     "resumed": <restarts, when resumed>,
     "papers": [{"filename", "status": "pending"|"running"|"added"|"replaced"|"unchanged"|"failed",
                 "doc_id", "title", "error", "source_id", "scan",
                 "spool": <its file in the spool, uploads only>}]}
"""
from __future__ import annotations

import fcntl
import json
import logging
import os
import queue
import re
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ingest.model import doc_id_for
from ingest.ocr import is_scan
from archive import Archive, IngestResult, write_atomic
from search.merge_policy import COMPACT_ABOVE_SEGMENTS
from webapp.audit import AuditLog
from webapp.scans import HeldScans
from webapp.spool import Spool

log = logging.getLogger(__name__)
_JOB_ID = re.compile(r"^[0-9]{8}T[0-9]{6}-[0-9a-f]{8}$")
FINISHED = ("done", "interrupted")
STORED = ("added", "replaced", "unchanged")
BATCH = 16  # files per batch of a job: one extraction run, one graph transaction, one index commit
IDLE_MERGE_SECONDS = 120.0  # quiet time after an ingest before the index's segments are merged
HANDOVER_POLL_SECONDS = 1.0  # how often the queue's owner looks for jobs other processes handed over
QUEUE_LOCK = "queue.lock"  # in <data_dir>/jobs: held by the one process that runs the queue
HOLD = "BOARDGRAPH_TEST_HOLD_JOBS"  # tests only: a path; the worker starts no job until that file exists


@dataclass
class Source:
    """One paper for a job: uploaded bytes (spooled by `Jobs.submit`), or a file to read when its turn
    comes (a spooled upload, or a stored original named by its id).

    `refused` holds the reason when the paper was turned away before ingest (wrong type)."""

    filename: str
    data: bytes | None = None
    path: Path | None = None
    refused: str | None = None

    @property
    def doc_id(self) -> str | None:
        """The id the paper will have (its bytes' hash; a stored original is named by it)."""
        if self.data is not None:
            return doc_id_for(self.data)
        return self.path.name.split(".")[0] if self.path is not None else None


Todo = list[tuple[int, Source]]  # a job's papers still to ingest: (place in job["papers"], source)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Jobs:
    """The job queue of one app: a single worker thread over the archive."""

    def __init__(self, data_dir: Path, archive: Archive, audit_log: AuditLog, *,
                 idle_merge_seconds: float = IDLE_MERGE_SECONDS, shared: bool = False) -> None:
        """`shared`: other server processes serve this data dir too (see the module doc); only the one
        that gets the queue lock runs jobs, the others hand theirs over through the spool."""
        self.dir = Path(data_dir) / "jobs"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.archive = archive
        self.audit_log = audit_log
        self.spool = Spool(data_dir)
        self.scans = HeldScans(data_dir)
        self.write_lock = threading.RLock()
        self._queue: queue.Queue[tuple[str, Todo]] = queue.Queue()
        self._changed = threading.Condition()
        self._worker: threading.Thread | None = None
        self.idle_merge_seconds = idle_merge_seconds
        self._stored_since_merge = False  # a job stored papers since the last idle-time merge
        self._known: set[str] = set()  # jobs this process has queued (the owner polls for the others)
        self._queue_lock_fd: int | None = None
        self.shared = shared
        self.runs_queue = not shared or self._take_queue_lock()
        if shared:
            log.info("this process %s the admin job queue", "runs" if self.runs_queue else "hands its jobs over to")
        if self.runs_queue:
            self._recover()
            if shared:
                self._ensure_worker()  # polls for handed-over jobs from the start

    def _take_queue_lock(self) -> bool:
        """Whether this process now holds the data dir's queue lock (kept open until it exits)."""
        fd = os.open(self.dir / QUEUE_LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._queue_lock_fd = fd
        return True

    # ---- submitting and reading -----------------------------------------

    def submit(self, kind: str, sources: list[Source], *, force: bool = False, ocr: bool = False,
               user: str | None = None, ip: str | None = None) -> str:
        """Record the job and queue it; returns the job id at once. Uploaded bytes (`Source.data`) are
        spooled first and the job file written next, so when this returns both are on disk."""
        job_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(4)
        papers = [{"filename": s.filename, "status": "failed" if s.refused else "pending", "doc_id": None,
                   "title": None, "error": s.refused, "source_id": None if s.refused else s.doc_id}
                  for s in sources]
        if not self.runs_queue:  # handing over: the queue's owner reads every paper from the spool
            sources = [Source(s.filename, data=s.path.read_bytes()) if s.data is None and s.path is not None
                       and not s.refused else s for s in sources]
        spooled = self.spool.put(job_id, [(i, s.filename, s.data) for i, s in enumerate(sources)
                                          if s.data is not None and not s.refused])
        todo: Todo = []
        for i, source in enumerate(sources):
            if i in spooled:
                papers[i]["spool"] = spooled[i].name
                source = Source(source.filename, path=spooled[i])  # the request's bytes can go
            if not source.refused:
                todo.append((i, source))
        job = {"id": job_id, "kind": kind, "status": "queued", "user": user, "ip": ip, "created": _now(),
               "started": None, "finished": None, "force": force, "ocr": ocr, "total": len(sources),
               "done": sum(1 for s in sources if s.refused), "failed": sum(1 for s in sources if s.refused),
               "current": None, "papers": papers}
        if not self.runs_queue and not todo:  # nothing to hand over: every paper was refused
            job.update(status="done", finished=_now())
        self._save(job)
        for entry in papers:
            if entry["status"] == "failed":
                self.audit_log.record("ingest", _describe(entry), who=user, ip=ip)
        if self.runs_queue:
            self._enqueue(job_id, todo)
        return job_id

    def get(self, job_id: str) -> dict[str, Any] | None:
        if not _JOB_ID.match(job_id or ""):
            return None
        path = self.dir / f"{job_id}.json"
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def list(self, limit: int = 20) -> list[dict[str, Any]]:
        """The newest jobs first, without their per-paper lists."""
        jobs = []
        for path in sorted(self.dir.glob("*.json"), reverse=True)[:limit]:
            job = self.get(path.stem)
            if job:
                jobs.append({k: v for k, v in job.items() if k != "papers"})
        return jobs

    def wait(self, job_id: str, timeout: float = 600) -> dict[str, Any] | None:
        """Block until the job has finished (for the CLI and tests); returns its final record."""
        with self._changed:
            self._changed.wait_for(lambda: (self.get(job_id) or {}).get("status") in FINISHED, timeout)
        return self.get(job_id)

    # ---- the worker ------------------------------------------------------

    def _ensure_worker(self) -> None:
        if self._worker is None or not self._worker.is_alive():
            self._worker = threading.Thread(target=self._work, name="boardgraph-jobs", daemon=True)
            self._worker.start()

    def _enqueue(self, job_id: str, todo: Todo) -> None:
        self._known.add(job_id)
        self._queue.put((job_id, todo))
        self._ensure_worker()

    def _work(self) -> None:
        idle_since = time.monotonic()
        while True:
            wait = self.idle_merge_seconds if self._stored_since_merge else None
            if self.shared:
                wait = HANDOVER_POLL_SECONDS
            try:
                job_id, todo = self._queue.get(timeout=wait)
            except queue.Empty:
                if self.shared and self._take_handed_over():
                    continue
                idle_long = not self.shared or time.monotonic() - idle_since >= self.idle_merge_seconds
                if self._stored_since_merge and idle_long:
                    self._merge_when_idle()  # idle for a while after an ingest
                continue
            try:
                _hold_for_tests()
                self._run(job_id, todo)
            except Exception:  # never let one job kill the worker
                log.exception("job %s stopped", job_id)
                job = self.get(job_id)
                if job:
                    job.update(status="interrupted", finished=_now(), current=None)
                    self._save(job)
            finally:
                self._queue.task_done()
                idle_since = time.monotonic()

    def _run(self, job_id: str, todo: Todo) -> None:
        job = self.get(job_id)
        assert job is not None
        job.update(status="running", started=_now())
        self._save(job)
        for start in range(0, len(todo), BATCH):
            self._ingest_batch(job, todo[start:start + BATCH])
        self.spool.finish(job_id)
        job.update(status="done", finished=_now(), current=None)
        self._save(job)
        self._stored_since_merge = self._stored_since_merge or any(e["status"] in ("added", "replaced")
                                                                   for e in job["papers"])

    def _merge_when_idle(self) -> None:
        """Merge the index's segments into one when there are more than COMPACT_ABOVE_SEGMENTS (searches
        pay per segment). Runs on the worker thread, so a job queued meanwhile waits for it."""
        self._stored_since_merge = False
        try:
            with self.write_lock:
                if len(self.archive.index.segment_sizes()) <= COMPACT_ABOVE_SEGMENTS:
                    return
                started = time.monotonic()
                merged = self.archive.optimize_index()
            self.audit_log.record("index.optimize", f"merged {merged} index segments into one while the job "
                                  f"queue was idle ({time.monotonic() - started:.0f} s)")
        except Exception as ex:  # a busy, closed or failing store: the next ingest's idle spell tries again
            log.warning("merging the index's segments while idle failed: %s: %s", type(ex).__name__, ex)

    def _ingest_batch(self, job: dict[str, Any], batch: Todo) -> None:
        """Ingest a batch through Archive.ingest_files, recording each result as it comes."""
        for place, _ in batch:
            job["papers"][place]["status"] = "running"
        job["current"] = job["papers"][batch[0][0]]["filename"]
        self._save(job)
        recorded = 0

        def record(result: IngestResult) -> None:
            nonlocal recorded
            place, source = batch[recorded]
            recorded += 1
            outcome = {"status": result.status, "doc_id": result.doc_id, "title": result.title,
                       "error": result.error, "scan": self._hold_scan(source, result)}
            self._record(job, place, source, outcome,
                         up_next=batch[recorded][1].filename if recorded < len(batch) else None)

        try:
            with self.write_lock:
                self.archive.ingest_files([source.path for _, source in batch],  # type: ignore[misc]
                                          names=[source.filename for _, source in batch], force=job["force"],
                                          ocr=job.get("ocr", False), batch_size=BATCH, on_result=record)
        except Exception as ex:  # a store that fails (unreachable, busy) fails the batch, not the job
            log.exception("job %s: a batch could not be stored", job["id"])
            for place, source in batch[recorded:]:
                kept = source.path is not None and self.spool.holds(source.path)
                error = f"Not stored ({type(ex).__name__}: {ex})." + (
                    " The upload is kept and ingested again when the server next starts." if kept else "")
                self._record(job, place, source, {"status": "failed", "error": error}, up_next=None, keep=True)

    def _hold_scan(self, source: Source, result: IngestResult) -> bool:
        """Hold a scan that failed for OCR later (webapp.scans); let a held one go once stored."""
        if result.status != "failed":
            if result.doc_id:
                self.scans.drop(result.doc_id)  # stored: the archive keeps it in originals/ now
            return False
        try:
            data = source.path.read_bytes() if source.path is not None else b""
        except OSError:
            return False
        if not is_scan(data, source.filename):
            return False
        self.scans.hold(data, source.filename)
        return True

    def _record(self, job: dict[str, Any], place: int, source: Source, outcome: dict[str, Any], *,
                up_next: str | None, keep: bool = False) -> None:
        """Record one paper's result in the job file, then let its spooled upload go (unless `keep`)."""
        entry = job["papers"][place]
        if outcome["status"] == "unchanged" and entry.pop("interrupted", False):
            outcome["status"] = "added"  # stored by the run a stopped server began (and the repair at start)
        entry.pop("interrupted", None)
        entry.update(outcome)
        job["done"] += 1
        job["failed"] += entry["status"] == "failed"
        job["current"] = up_next
        self.audit_log.record("ingest", _describe(entry), who=job.get("user"), ip=job.get("ip"))
        self._save(job)
        if not keep and source.path is not None and self.spool.holds(source.path):
            self.spool.remove(source.path)

    # ---- storage ---------------------------------------------------------

    def _save(self, job: dict[str, Any]) -> None:
        write_atomic(self.dir / f"{job['id']}.json", json.dumps(job, ensure_ascii=False).encode("utf-8"))
        with self._changed:
            self._changed.notify_all()

    def _recover(self) -> None:
        """At start: queue again every job with uploads left in the spool; mark the other jobs a stopped
        server left unfinished "interrupted"."""
        ids = {p.stem for p in self.dir.glob("*.json")} | set(self.spool.job_ids())
        for job_id in sorted(ids):
            if not _JOB_ID.match(job_id):
                log.warning("ignoring %s: not a job id", job_id)
                continue
            job, spooled = self.get(job_id), self.spool.files(job_id)
            if job is None and spooled:  # the server stopped between the spool and the job file
                job = self._job_for(job_id, spooled)
            if job is None or (job["status"] in FINISHED and not spooled):
                self.spool.finish(job_id)
                continue
            todo = self._resumable(job, {path.name: path for path in spooled})
            job["done"] = sum(e["status"] not in ("pending", "running") for e in job["papers"])
            job["failed"] = sum(e["status"] == "failed" for e in job["papers"])
            job["current"] = None
            if todo:
                job.update(status="queued", finished=None, resumed=job.get("resumed", 0) + 1)
                self._save(job)
                self.audit_log.record("ingest.resume", f"job {job_id}: {len(todo)} spooled uploads queued again",
                                      who=job.get("user"))
                self._enqueue(job_id, todo)
            else:
                if job["status"] not in FINISHED:
                    job["status"] = "interrupted"
                self._save(job)
                self.spool.finish(job_id)

    def _take_handed_over(self) -> bool:
        """Queue the jobs other server processes wrote (spool, then job file) since we last looked."""
        taken = False
        for job_id in self.spool.job_ids():
            if job_id in self._known or not _JOB_ID.match(job_id):
                continue
            job = self.get(job_id)
            if job is None or job["status"] != "queued":
                continue  # its job file is not written yet: the next look finds it
            todo = self._resumable(job, {path.name: path for path in self.spool.files(job_id)})
            self._save(job)
            self._enqueue(job_id, todo)
            taken = True
        return taken

    def _resumable(self, job: dict[str, Any], spooled: dict[str, Path]) -> Todo:
        """Settle a stopped job's papers; returns the spooled ones to ingest again."""
        todo: Todo = []
        for place, entry in enumerate(job["papers"]):
            path = spooled.get(entry.get("spool") or "")
            if path is not None and entry["status"] in STORED:
                self.spool.remove(path)  # its result was recorded; the stop came before the removal
            elif path is not None:
                entry.update(status="pending", error=None,  # "running": a stop may have come mid-store
                             interrupted=entry.get("interrupted", False) or entry["status"] == "running")
                todo.append((place, Source(entry["filename"], path=path)))
            elif entry["status"] in ("pending", "running"):
                paper = self.archive.paper(entry.get("source_id") or "") if entry["status"] == "running" else None
                if paper is not None:  # stored by the repair at this start
                    entry.update(status="added", doc_id=paper.id, title=paper.title, error=None)
                else:
                    entry.update(status="failed", error="Not ingested: the server stopped during the job.")
        return todo

    def _job_for(self, job_id: str, spooled: list[Path]) -> dict[str, Any]:
        """A job record for spooled files whose own record was never written."""
        papers = [{"filename": Spool.name_of(path), "status": "pending", "doc_id": None, "title": None,
                   "error": None, "source_id": doc_id_for(path.read_bytes()), "spool": path.name}
                  for path in spooled]
        return {"id": job_id, "kind": "upload", "status": "queued", "user": None, "ip": None, "created": _now(),
                "started": None, "finished": None, "force": False, "total": len(papers), "done": 0, "failed": 0,
                "current": None, "papers": papers}


def _hold_for_tests() -> None:
    """Tests only: with BOARDGRAPH_TEST_HOLD_JOBS=<path> the worker starts no job until that file exists,
    so a test can find a job queued (and kill the server then). Unset, this is one dictionary lookup."""
    gate = os.environ.get(HOLD)
    while gate and not os.path.exists(gate):
        time.sleep(0.05)


def _describe(entry: dict[str, Any]) -> str:
    text = f"{entry['status']} {entry['filename']}"
    if entry.get("doc_id"):
        text += f" ({entry['doc_id'][:12]})"
    if entry.get("error"):
        text += f": {entry['error']}"
    return text
