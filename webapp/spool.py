"""Uploads kept in the data dir until the stores hold them: `<data_dir>/uploads/<job id>/<nnnn>-<name>`.

An admin upload is written here before its job is recorded and queued, so the
"queued" answer means the bytes are on disk: each file through a temporary file,
fsync and rename (archive.archive.write_atomic), then the job's folder is fsynced
so the renames survive a power cut too. `nnnn` is the file's place in the job
(its entry in the job's `papers`), `name` the safe name it is stored under
(webapp.admin.upload_name). A file is removed once its result is recorded in the
job: stored in papers/, the graph and the index, or failed with its reason.
Whatever a killed server left here is found at the next start and ingested again
(webapp.jobs); ingest is idempotent, so a file it had half stored ends as a clean
ingest would leave it.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from archive import safe_name, write_atomic

SPOOL = "uploads"
TEMP_PREFIX = ".tmp-"  # write_atomic's temporary files: a killed write leaves one, never half a file


class Spool:
    """The spooled uploads of one data dir, a folder per job."""

    def __init__(self, data_dir: Path) -> None:
        self.dir = Path(data_dir).resolve() / SPOOL

    def put(self, job_id: str, files: list[tuple[int, str, bytes]]) -> dict[int, Path]:
        """Write (place, name, bytes) files for a job, durably; returns each place's spooled path."""
        if not files:
            return {}
        folder = self._folder(job_id)
        folder.mkdir(parents=True, exist_ok=True)
        written = {}
        for place, name, data in files:
            path = folder / f"{place:04d}-{safe_name(name)}"
            write_atomic(path, data)
            written[place] = path
        _fsync_dir(folder)
        _fsync_dir(self.dir)
        return written

    def files(self, job_id: str) -> list[Path]:
        """The job's spooled files in upload order (temporary files a killed write left are removed)."""
        folder = self._folder(job_id)
        found = []
        for path in sorted(folder.iterdir()) if folder.is_dir() else []:
            if path.name.startswith(TEMP_PREFIX):
                path.unlink(missing_ok=True)
            elif path.is_file() and path.name[:4].isdigit() and path.name[4:5] == "-":
                found.append(path)
        return found

    def holds(self, path: Path) -> bool:
        """Whether a file is a spooled upload (not, say, a stored original a re-ingest reads)."""
        return path.parent.parent == self.dir

    @staticmethod
    def name_of(path: Path) -> str:
        """The name a spooled file is stored under ("0003-minutes.txt" -> "minutes.txt")."""
        return path.name[5:]

    def job_ids(self) -> list[str]:
        """The jobs with a folder here, oldest first."""
        return sorted(p.name for p in self.dir.iterdir() if p.is_dir()) if self.dir.is_dir() else []

    def remove(self, path: Path) -> None:
        path.unlink(missing_ok=True)

    def finish(self, job_id: str) -> None:
        """Remove a job's folder when nothing in it is waiting to be stored any more."""
        if not self.files(job_id):
            shutil.rmtree(self._folder(job_id), ignore_errors=True)

    def _folder(self, job_id: str) -> Path:
        folder = self.dir / safe_name(job_id)
        if folder.parent != self.dir:  # safe_name cannot give one, but never leave the spool
            raise ValueError(f"Not a job id: {job_id!r}")
        return folder


def _fsync_dir(folder: Path) -> None:
    """Make a folder's new entries (renames) durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
