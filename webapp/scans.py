"""Uploaded scans held until an admin has them read by OCR: `<data_dir>/scans/<doc id>/<name>`.

An upload that fails because it is a PDF with no text layer is not stored in the
archive, and a job lets its bytes go once it has been tried. The upload is kept
here instead, so "OCR this file" can ingest it later without asking for it again;
it leaves once it is stored (the archive then keeps it in originals/) or an
admin discards it. The folder is inside the data dir, never outside it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ingest.model import doc_id_for
from archive import safe_name, write_atomic


class HeldScans:
    """The scans waiting for OCR in one data dir, one folder per scan, named by its bytes' hash."""

    def __init__(self, data_dir: Path) -> None:
        self.dir = Path(data_dir) / "scans"

    def hold(self, data: bytes, filename: str) -> str:
        """Keep an uploaded scan; returns its id (the id its paper will have)."""
        doc_id = doc_id_for(data)
        write_atomic(self.dir / doc_id / safe_name(filename), data)
        return doc_id

    def path(self, doc_id: str) -> Path | None:
        """The held file of this id, or None."""
        if not doc_id.isalnum() or not (self.dir / doc_id).is_dir():
            return None
        files = sorted(p for p in (self.dir / doc_id).iterdir() if p.is_file() and not p.name.startswith("."))
        return files[0] if files else None

    def list(self) -> list[dict[str, Any]]:
        """Every held scan: {"id", "filename", "size"}, by file name."""
        held = [(doc_id, self.path(doc_id)) for doc_id in sorted(p.name for p in self.dir.glob("*") if p.is_dir())]
        return sorted(({"id": doc_id, "filename": path.name, "size": path.stat().st_size}
                       for doc_id, path in held if path is not None), key=lambda s: (s["filename"], s["id"]))

    def drop(self, doc_id: str) -> bool:
        """Let a held scan go; False when there was none."""
        path = self.path(doc_id)
        if path is None:
            return False
        path.unlink(missing_ok=True)
        for other in (self.dir / doc_id).iterdir():
            other.unlink(missing_ok=True)
        (self.dir / doc_id).rmdir()
        return True
