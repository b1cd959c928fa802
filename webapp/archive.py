"""The archive: a data directory holding the originals, their Papers, the graph and the index.

This is the one write path into the stores. Every ingest, from the CLI or the
admin pages, goes through `Archive.ingest_bytes`, which decides whether a file
is new, unchanged (a no-op) or a changed version of a paper already stored
(replace exactly that paper's facts), and which never stores a paper that
failed to read. Every curation decision goes through `Archive.curate`, which
re-indexes exactly the papers the decision re-saved in the graph.

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
from collections import deque
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from werkzeug.utils import secure_filename

import graph
from graph import curation
from ingest.model import Paper, doc_id_for
from ingest.pipeline import extract_many
from ingest.worker import ExtractionWorker, WorkerFailed, wanted as wanted_worker
from search import SearchError, open_index

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


@dataclass
class _Planned:
    """A batch decided but not stored yet: the results known already (unchanged files), the files
    to extract (`papers` gives their Papers, from the worker or extracted here) and the files whose
    bytes an earlier batch of the run holds, decided once that batch is stored."""

    outcome: dict[int, IngestResult] = field(default_factory=dict)
    todo: list[tuple[int, bytes, str]] = field(default_factory=list)
    recheck: list[tuple[int, bytes, str]] = field(default_factory=list)
    papers: Callable[[], list[Paper]] = field(default=lambda: [])

    @property
    def items(self) -> list[tuple[bytes, str]]:
        """The files to extract, as `extract_many` takes them."""
        return [(data, name) for _, data, name in self.todo]


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
        planned = self._plan([(data, safe_name(filename))], force=force, claimed=set(), worker=None)
        return self._store_planned(planned, planned.papers(), force=force)[0]

    def store(self, paper: Paper, data: bytes) -> IngestResult:
        """Store an extracted paper in every store, replacing an earlier version of the same file."""
        return self.store_many([(paper, data)])[0]

    def store_many(self, pairs: list[tuple[Paper, bytes]]) -> list[IngestResult]:
        """Store extracted papers (distinct file names): files, graph, then one index commit.

        A paper whose graph write fails is reported failed and left out of the index;
        the others are stored. An earlier version of a file is deleted after its
        replacement is stored, so a crash in between loses nothing.
        """
        results: list[IngestResult] = []
        stored: list[tuple[Paper, dict | None]] = []
        previous = [graph.document_for_filename(self.graph, paper.filename) for paper, _ in pairs]
        new_files = [p.id for p, _ in pairs if not (self.papers_dir / f"{p.id}.json").exists()]
        for paper, data in pairs:
            suffix = Path(paper.filename).suffix.lower()
            write_atomic(self.originals_dir / f"{paper.id}{suffix}", data)
            write_atomic(self.papers_dir / f"{paper.id}.json",
                         json.dumps(paper.to_dict(), ensure_ascii=False).encode("utf-8"))
        try:
            errors = graph.save_papers(self.graph, [paper for paper, _ in pairs])
        except BaseException:  # the graph is unreachable: leave no files behind for papers it never had
            for doc_id in new_files:
                self._forget_files(doc_id)
            raise
        for (paper, _), before, error in zip(pairs, previous, errors):
            if error is not None:  # one paper's failure is a record, not the end of the batch
                if paper.id in new_files:
                    self._forget_files(paper.id)
                results.append(IngestResult(paper.filename, "failed", paper.id,
                                            error=f"Could not store {paper.filename} in the graph: {error}"))
                continue
            stored.append((paper, before))
            results.append(IngestResult(paper.filename, "added", paper.id, paper.title))
        if stored:
            self.index.add_papers([paper for paper, _ in stored])
        by_id = {r.doc_id: r for r in results}
        for paper, previous in stored:
            if previous and previous["id"] != paper.id:
                self.delete(previous["id"])
                by_id[paper.id].status = "replaced"
        return results

    def _forget_files(self, doc_id: str) -> None:
        (self.papers_dir / f"{doc_id}.json").unlink(missing_ok=True)
        original = self.original_path(doc_id)
        if original:
            original.unlink(missing_ok=True)

    def ingest_path(self, path: Path, *, force: bool = False) -> list[IngestResult]:
        """Ingest a file, or every supported file below a folder (sorted, so runs are repeatable)."""
        return self.ingest_files(self.files_under(path), force=force)

    def ingest_files(self, paths: Iterable[Path], *, force: bool = False, batch_size: int = 16,
                     on_result: Callable[[IngestResult], None] | None = None) -> list[IngestResult]:
        """Ingest many files in batches: spaCy runs over a batch at once and each store commits once a batch.

        The outcome per file is the same as `ingest_file` one by one; a failed file is a record
        and does not stop the others. A bulk ingest extracts in a second process
        (ingest.worker), so the next batch is extracted while this one is stored.
        """
        paths = list(paths)
        results: list[IngestResult] = []
        pending: deque[_Planned] = deque()  # planned batches not yet stored, oldest first
        claimed: set[str] = set()  # ids of papers planned earlier in this run
        worker = ExtractionWorker(self.data_dir) if wanted_worker(len(paths)) else None

        def emit(result: IngestResult) -> None:
            results.append(result)
            if on_result:
                on_result(result)

        def store_oldest() -> None:
            nonlocal worker
            planned = pending.popleft()
            try:
                papers = planned.papers()
            except WorkerFailed:  # the second process died: carry on in this one
                if worker:
                    worker.close()
                worker = None
                papers = list(extract_many(planned.items, data_dir=self.data_dir))
            for result in self._store_planned(planned, papers, force=force):
                emit(result)

        def plan(batch: list[tuple[bytes, str]]) -> None:
            if batch:
                pending.append(self._plan(batch, force=force, claimed=claimed, worker=worker))
                while len(pending) > (1 if worker else 0):  # keep one batch extracting while storing
                    store_oldest()
            batch.clear()

        try:
            batch: list[tuple[bytes, str]] = []
            for path in paths:
                try:
                    data = Path(path).read_bytes()
                except OSError as ex:
                    plan(batch)
                    while pending:  # results stay in the order of `paths`
                        store_oldest()
                    emit(IngestResult(Path(path).name, "failed", error=f"Could not read {path}: {ex.strerror}."))
                    continue
                name = safe_name(Path(path).name)
                if any(name == other for _, other in batch):  # a second version of a file: store the first one first
                    plan(batch)
                batch.append((data, name))
                if len(batch) >= batch_size:
                    plan(batch)
            plan(batch)
            while pending:
                store_oldest()
        finally:
            if worker:
                worker.close()
        return results

    def _plan(self, batch: list[tuple[bytes, str]], *, force: bool, claimed: set[str],
              worker: ExtractionWorker | None) -> "_Planned":
        """Decide what in a batch (distinct safe names) is new or changed, and start extracting it."""
        planned = _Planned()
        for i, (data, name) in enumerate(batch):
            doc_id = doc_id_for(data)
            if doc_id in claimed:  # the same bytes earlier in this run: decided once that is stored
                planned.recheck.append((i, data, name))
            elif not force and self._is_stored(doc_id):
                planned.outcome[i] = self._unchanged(name, doc_id)
            else:
                claimed.add(doc_id)
                planned.todo.append((i, data, name))
        items = planned.items
        if not items:
            return planned
        planned.papers = lambda: list(extract_many(items, data_dir=self.data_dir))
        if worker:
            try:
                future = worker.submit(items)
                planned.papers = lambda: ExtractionWorker.result(future)
            except WorkerFailed:
                pass  # extracted in this process when stored
        return planned

    def _store_planned(self, planned: "_Planned", papers: list[Paper], *, force: bool) -> list[IngestResult]:
        """Store a planned batch's extracted papers; returns the batch's results in its order."""
        outcome = dict(planned.outcome)
        todo = list(zip(planned.todo, papers))
        for i, data, name in planned.recheck:  # stored by an earlier batch of this run, unless it failed
            doc_id = doc_id_for(data)
            if self._is_stored(doc_id) and not force:
                outcome[i] = self._unchanged(name, doc_id)
            elif any(p.id == doc_id for _, p in todo):  # the same bytes under another name in this batch
                outcome[i] = IngestResult(name, "unchanged", doc_id)
            else:
                todo += [((i, data, name), paper) for paper in extract_many([(data, name)], data_dir=self.data_dir)]
        ready = []
        for (i, data, name), paper in todo:
            if paper.status != "ok":
                outcome[i] = IngestResult(name, "failed", paper.id, error=paper.error)
            else:
                ready.append((i, paper, data))
        for i, result in zip([i for i, _, _ in ready], self.store_many([(p, d) for _, p, d in ready])):
            outcome[i] = result
        return [outcome[i] for i in sorted(outcome)]

    def _unchanged(self, name: str, doc_id: str) -> IngestResult:
        """The result of a file whose bytes are stored already, with the stored paper's title."""
        return IngestResult(name, "unchanged", doc_id, (graph.document(self.graph, doc_id) or {}).get("title"))

    def ingest_file(self, path: Path, *, force: bool = False) -> IngestResult:
        return self.ingest_files([path], force=force)[0]

    @staticmethod
    def files_under(path: Path) -> list[Path]:
        path = Path(path)
        if path.is_dir():
            return sorted(p for p in path.rglob("*")
                          if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith("."))
        return [path]

    def curate(self, action: str, args: dict[str, Any], who: str) -> dict:
        """Record an admin's curation decision (graph.curation.record; action "undo" with {"id"}
        cancels an earlier one), then re-index exactly the papers it saved again in the graph, so
        a search names people and organisations as the graph does. Returns graph.curation's
        record, whose `docs` are those papers' ids.

        The graph holds the decision before the index follows: if the index cannot be written,
        the SearchError says the decision stands and the index needs `boardgraph reindex`."""
        if action == "undo":
            record = curation.undo(self.graph, str(args.get("id") or ""), who)
        else:
            record = curation.record(self.graph, action, args, who)
        papers = [paper for paper in map(self.paper, record["docs"]) if paper is not None]
        try:
            self.index.add_papers(papers)
        except SearchError as ex:
            raise SearchError(f"The {action.replace('_', ' ')} was recorded ({record['id']}) and the graph "
                              f"updated, but the search index could not be: {ex} "
                              "Run `boardgraph reindex` to bring it up to date.") from ex
        return record

    def delete(self, doc_id: str) -> bool:
        """Remove a paper from every store. Returns False when there was no such paper."""
        found = graph.delete_paper(self.graph, doc_id)
        self.index.remove_paper(doc_id)
        found = found or (self.papers_dir / f"{doc_id}.json").exists()
        self._forget_files(doc_id)
        return found

    def reindex(self) -> int:
        """Rebuild the search index from the stored papers."""
        return self.index.rebuild(self.papers())

    def _is_stored(self, doc_id: str) -> bool:
        return (self.papers_dir / f"{doc_id}.json").exists() and graph.document(self.graph, doc_id) is not None
