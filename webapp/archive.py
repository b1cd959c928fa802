"""The archive: a data directory holding the originals, their Papers, the graph and the index.

This is the one write path into the stores. Every ingest, from the CLI or the
admin pages, goes through `Archive.ingest_bytes`, which decides whether a file
is new, unchanged (a no-op) or a changed version of a paper already stored
(replace exactly that paper's facts), and which never stores a paper that
failed to read.

Layout of the data dir::

    originals/<doc id><suffix>   the file as uploaded (for download)
    papers/<doc id>.json         the Paper (Paper.to_dict), used to rebuild the index
    graph/                       the embedded FalkorDB (socket, append-only file)
    index/                       the Whoosh index
    curated/                     admin-edited taxonomy.yaml / aliases.yaml overrides
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterator

from werkzeug.utils import secure_filename

import graph
from ingest.model import Paper, doc_id_for
from ingest.pipeline import extract_bytes
from search import open_index

SUPPORTED_SUFFIXES = {".txt", ".md", ".docx", ".pdf", ".html", ".htm", ".doc"}


@dataclass
class IngestResult:
    """What happened to one file."""

    filename: str
    status: str  # "added" | "replaced" | "unchanged" | "failed"
    doc_id: str | None = None
    title: str | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file and rename, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def safe_name(filename: str) -> str:
    """A file name that cannot leave the data dir ("../../etc/passwd" -> "etc_passwd")."""
    name = secure_filename(Path(filename).name) or "paper"
    return name


class Archive:
    """The board's paper archive in one data directory, with its graph and index open."""

    def __init__(self, data_dir: Path, **graph_options: Any) -> None:
        self.data_dir = Path(data_dir).resolve()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.originals_dir = self.data_dir / "originals"
        self.papers_dir = self.data_dir / "papers"
        self.graph = graph.open_graph(self.data_dir, **{k: v for k, v in graph_options.items() if v})
        self.index = open_index(self.data_dir)

    def close(self) -> None:
        self.index.close()
        self.graph.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- reading ---------------------------------------------------------

    def paper(self, doc_id: str) -> Paper | None:
        """The stored Paper of a document, or None."""
        if not doc_id.isalnum():
            return None
        path = self.papers_dir / f"{doc_id}.json"
        if not path.exists():
            return None
        return Paper.from_dict(json.loads(path.read_text(encoding="utf-8")))

    def papers(self) -> Iterator[Paper]:
        for path in sorted(self.papers_dir.glob("*.json")):
            yield Paper.from_dict(json.loads(path.read_text(encoding="utf-8")))

    def original_path(self, doc_id: str) -> Path | None:
        if not doc_id.isalnum():
            return None
        matches = sorted(self.originals_dir.glob(f"{doc_id}.*")) + sorted(self.originals_dir.glob(doc_id))
        return matches[0] if matches else None

    # ---- writing ---------------------------------------------------------

    def ingest_bytes(self, data: bytes, filename: str, *, force: bool = False) -> IngestResult:
        """Ingest one file's bytes. Idempotent; a changed file replaces its earlier version."""
        name = safe_name(filename)
        doc_id = doc_id_for(data)
        if not force and self._is_stored(doc_id):
            known = graph.document(self.graph, doc_id) or {}
            return IngestResult(name, "unchanged", doc_id, known.get("title"))
        paper = extract_bytes(data, name, data_dir=self.data_dir)
        if paper.status != "ok":
            return IngestResult(name, "failed", doc_id, error=paper.error)
        return self.store(paper, data)

    def store(self, paper: Paper, data: bytes) -> IngestResult:
        """Store an extracted paper in every store, replacing an earlier version of the same file."""
        previous = graph.document_for_filename(self.graph, paper.filename)
        suffix = Path(paper.filename).suffix.lower()
        write_atomic(self.originals_dir / f"{paper.id}{suffix}", data)
        write_atomic(self.papers_dir / f"{paper.id}.json",
                      json.dumps(paper.to_dict(), ensure_ascii=False).encode("utf-8"))
        graph.save_paper(self.graph, paper)
        self.index.add_paper(paper)
        status = "added"
        if previous and previous["id"] != paper.id:
            self.delete(previous["id"])
            status = "replaced"
        return IngestResult(paper.filename, status, paper.id, paper.title)

    def ingest_path(self, path: Path, *, force: bool = False) -> list[IngestResult]:
        """Ingest a file, or every supported file below a folder (sorted, so runs are repeatable)."""
        return [self.ingest_file(p, force=force) for p in self.files_under(path)]

    def ingest_file(self, path: Path, *, force: bool = False) -> IngestResult:
        try:
            data = Path(path).read_bytes()
        except OSError as ex:
            return IngestResult(Path(path).name, "failed", error=f"Could not read {path}: {ex.strerror}.")
        return self.ingest_bytes(data, Path(path).name, force=force)

    @staticmethod
    def files_under(path: Path) -> list[Path]:
        path = Path(path)
        if path.is_dir():
            return sorted(p for p in path.rglob("*")
                          if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith("."))
        return [path]

    def delete(self, doc_id: str) -> bool:
        """Remove a paper from every store. Returns False when there was no such paper."""
        found = graph.delete_paper(self.graph, doc_id)
        self.index.remove_paper(doc_id)
        json_path = self.papers_dir / f"{doc_id}.json"
        original = self.original_path(doc_id)
        found = found or json_path.exists()
        json_path.unlink(missing_ok=True)
        if original:
            original.unlink(missing_ok=True)
        return found

    def reindex(self) -> int:
        """Rebuild the search index from the stored papers."""
        return self.index.rebuild(self.papers())

    def _is_stored(self, doc_id: str) -> bool:
        return (self.papers_dir / f"{doc_id}.json").exists() and graph.document(self.graph, doc_id) is not None
