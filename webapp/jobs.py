"""Background ingest jobs with progress kept on disk, in `<data_dir>/jobs/<id>.json`.

An upload or a re-ingest can take minutes (spaCy), so the admin pages hand the
work to one worker thread and show its progress. The job file is rewritten
after every paper, so the progress page survives a reload and shows what
happened after the fact. One worker means ingests never run side by side
(the index has a single writer); other writers (delete, curation) take
`Jobs.write_lock` too. A paper that fails is recorded with its reason and the
job moves on. Jobs left "queued" or "running" by a stopped server are marked
"interrupted" when the app starts again, after the archive's repair
(webapp.archive.Archive.repair) has finished what the stopped server left half
stored: the paper the job was storing is "added" when papers/ holds its bytes
(its id is kept as `source_id` when the job starts), and the papers it never
reached are "failed".

A job with `ocr` reads PDFs with no text layer by OCR (ingest.ocr). A scan that
fails (read without OCR, or OCR failed) is held in `<data_dir>/scans/`
(webapp.scans) and its entry has `"scan": true`, so the admin can have it read by
OCR later; it leaves there once stored.

Job file shape::

    {"id", "kind": "upload"|"reingest"|"ocr", "status": "queued"|"running"|"done"|"interrupted",
     "user", "created", "started", "finished", "force", "ocr", "total", "done", "failed", "current",
     "papers": [{"filename", "status": "pending"|"running"|"added"|"replaced"|"unchanged"|"failed",
                 "doc_id", "title", "error", "source_id", "scan"}]}
"""
from __future__ import annotations

import json
import logging
import queue
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ingest.model import doc_id_for
from ingest.ocr import is_scan
from webapp.archive import Archive, write_atomic
from webapp.audit import AuditLog
from webapp.scans import HeldScans

log = logging.getLogger(__name__)
_JOB_ID = re.compile(r"^[0-9]{8}T[0-9]{6}-[0-9a-f]{8}$")
FINISHED = ("done", "interrupted")


@dataclass
class Source:
    """One paper for a job: uploaded bytes, or a stored original to read when its turn comes.

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

    def read(self) -> bytes:
        if self.data is not None:
            return self.data
        assert self.path is not None
        return self.path.read_bytes()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Jobs:
    """The job queue of one app: a single worker thread over the archive."""

    def __init__(self, data_dir: Path, archive: Archive, audit_log: AuditLog) -> None:
        self.dir = Path(data_dir) / "jobs"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.archive = archive
        self.audit_log = audit_log
        self.scans = HeldScans(data_dir)
        self.write_lock = threading.RLock()
        self._queue: queue.Queue[tuple[str, list[Source], str | None]] = queue.Queue()
        self._changed = threading.Condition()
        self._worker: threading.Thread | None = None
        self._mark_interrupted()

    # ---- submitting and reading -----------------------------------------

    def submit(self, kind: str, sources: list[Source], *, force: bool = False, ocr: bool = False,
               user: str | None = None, ip: str | None = None) -> str:
        """Queue the sources; returns the job id at once."""
        job_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(4)
        papers = [{"filename": s.filename, "status": "failed" if s.refused else "pending", "doc_id": None,
                   "title": None, "error": s.refused, "source_id": None if s.refused else s.doc_id}
                  for s in sources]
        job = {"id": job_id, "kind": kind, "status": "queued", "user": user, "ip": ip, "created": _now(),
               "started": None, "finished": None, "force": force, "ocr": ocr, "total": len(sources),
               "done": sum(1 for s in sources if s.refused), "failed": sum(1 for s in sources if s.refused),
               "current": None, "papers": papers}
        self._save(job)
        self._queue.put((job_id, sources, user))
        self._ensure_worker()
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

    def _work(self) -> None:
        while True:
            job_id, sources, user = self._queue.get()
            try:
                self._run(job_id, sources, user)
            except Exception:  # never let one job kill the worker
                log.exception("job %s stopped", job_id)
                job = self.get(job_id)
                if job:
                    job.update(status="interrupted", finished=_now(), current=None)
                    self._save(job)
            finally:
                self._queue.task_done()

    def _run(self, job_id: str, sources: list[Source], user: str | None) -> None:
        job = self.get(job_id)
        assert job is not None
        job.update(status="running", started=_now())
        self._save(job)
        for source, entry in zip(sources, job["papers"]):
            if source.refused:
                continue
            entry["status"], job["current"] = "running", source.filename
            self._save(job)
            entry.update(self._ingest_one(source, job["force"], job.get("ocr", False)))
            job["done"] += 1
            job["failed"] += entry["status"] == "failed"
            self.audit_log.record("ingest", _describe(entry), who=user, ip=job.get("ip"))
            source.data = None  # let the upload's bytes go as soon as they are stored
            self._save(job)
        job.update(status="done", finished=_now(), current=None)
        self._save(job)

    def _ingest_one(self, source: Source, force: bool, ocr: bool = False) -> dict[str, Any]:
        try:
            data = source.read()
            with self.write_lock:
                result = self.archive.ingest_bytes(data, source.filename, force=force, ocr=ocr)
        except OSError as ex:
            return {"status": "failed", "error": f"Could not read the stored file: {ex.strerror}."}
        except Exception as ex:  # a crash in extraction is this paper's failure, not the batch's
            log.exception("ingest of %s crashed", source.filename)
            return {"status": "failed", "error": f"Extraction crashed ({type(ex).__name__}: {ex})."}
        scan = result.status == "failed" and is_scan(data, source.filename)
        if scan:
            self.scans.hold(data, source.filename)
        elif result.status != "failed" and result.doc_id:
            self.scans.drop(result.doc_id)  # stored: the archive keeps it in originals/ now
        return {"status": result.status, "doc_id": result.doc_id, "title": result.title, "error": result.error,
                "scan": scan}

    # ---- storage ---------------------------------------------------------

    def _save(self, job: dict[str, Any]) -> None:
        write_atomic(self.dir / f"{job['id']}.json", json.dumps(job, ensure_ascii=False).encode("utf-8"))
        with self._changed:
            self._changed.notify_all()

    def _mark_interrupted(self) -> None:
        for path in self.dir.glob("*.json"):
            job = self.get(path.stem)
            if job and job["status"] not in FINISHED:
                for entry in job["papers"]:
                    paper = self.archive.paper(entry.get("source_id") or "") if entry["status"] == "running" else None
                    if paper is not None:  # stored by the repair at this start
                        entry.update(status="added", doc_id=paper.id, title=paper.title, error=None)
                        job["done"] += 1
                    elif entry["status"] in ("pending", "running"):
                        entry.update(status="failed", error="Not ingested: the server stopped during the job.")
                job.update(status="interrupted", current=None,
                           failed=sum(e["status"] == "failed" for e in job["papers"]))
                self._save(job)


def _describe(entry: dict[str, Any]) -> str:
    text = f"{entry['status']} {entry['filename']}"
    if entry.get("doc_id"):
        text += f" ({entry['doc_id'][:12]})"
    if entry.get("error"):
        text += f": {entry['error']}"
    return text
