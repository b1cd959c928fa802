"""The archive: a data directory holding the originals, their Papers, the graph and the index.

This is the one write path into the stores. Every ingest, from the CLI or the
admin jobs (webapp.jobs), goes through `Archive.ingest_files` (`ingest_bytes`
for one file's bytes), which decides whether a file is new, unchanged (a no-op)
or a changed version of a paper already stored (replace exactly that paper's
facts), and which never stores a paper that failed to read. Every curation
decision goes through `Archive.curate`, which re-indexes exactly the papers the
decision re-saved in the graph.

papers/ is the record of what the archive holds; the graph and the index
follow it. A crash anywhere in a write is finished by `repair` (at the next
ingest and server start): see "The archive and crashes" in docs/web.md.

Layout of the data dir::

    originals/<doc id><suffix>   the file as uploaded (for download)
    originals/<doc id>.ocr.pdf   a scan's copy with the text layer OCR gave it, read instead of it (Paper.ocr)
    papers/<doc id>.json         the Paper (Paper.to_dict): the record, the source for repair and reindex
    writing.json                 the journal of the write in flight (ids, replaced versions)
    archive.lock                 the writer lock (flock; the OS frees it when its holder dies)
    graph/                       the embedded FalkorDB (socket, append-only file)
    index/                       the Whoosh index
    curated/                     admin-edited taxonomy.yaml / aliases.yaml / glossary.yaml overrides
    scans/<doc id>/<name>        uploaded scans waiting for an admin's "OCR this file" (webapp.scans); not stored yet
    uploads/<job id>/            admin uploads not stored yet (webapp.spool), ingested again after a crash
    jobs/<job id>.json           admin job progress (webapp.jobs)
"""
from __future__ import annotations

import json
import logging
import os
import signal
import tempfile
from collections import deque
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from werkzeug.utils import secure_filename

import graph
from graph import curation
from ingest import ocr as ocr_reader
from ingest.errors import IngestError
from ingest.model import Paper, doc_id_for
from ingest.paper_files import PAPERS_DIR, paper_bytes, paper_path, read_paper
from ingest.pipeline import extract_many
from ingest.worker import ExtractionWorker, WorkerFailed, wanted as wanted_worker
from search import SearchError, open_index
from archive.writelock import ArchiveBusy, WriterLock

SUPPORTED_SUFFIXES = {".txt", ".md", ".docx", ".pdf", ".html", ".htm", ".doc"}
OCR_SUFFIX = ".ocr.pdf"  # originals/<id>.ocr.pdf: a scan's OCR'd copy, beside the scan
JOURNAL = "writing.json"  # the ids a write is changing, present only while it runs (or after it died)
WRITER_LOCK = "archive.lock"  # flock: one writer at a time per data dir, dropped by the OS when its holder dies
LOCK_TIMEOUT = 300.0  # seconds a writer waits for another live one (an index merge can take minutes)
REPAIR_CHUNK = 32  # papers per graph transaction / index commit when repairing
KILL_AT = "BOARDGRAPH_TEST_KILL_AT"  # tests only: "<point>:<batch>", see crash_point

log = logging.getLogger(__name__)


def crash_point(point: str, batch: int) -> None:
    """Tests only: SIGKILL this process at a named point of the `batch`-th batch it stores, when
    BOARDGRAPH_TEST_KILL_AT is "<point>:<batch>". The points, in a batch's order: "files"
    (originals and papers/ written, graph not), "graph-half" (half the batch in the graph),
    "graph" (graph written, index not), "index" (every entry added, the commit not made),
    "indexed" (committed; replaced versions not deleted yet), "done" (the batch finished).
    An admin job stores up to webapp.jobs.BATCH papers a batch. Unset, this is one dictionary lookup."""
    if os.environ.get(KILL_AT) == f"{point}:{batch}":
        os.kill(os.getpid(), signal.SIGKILL)


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
    ocr_pdfs: dict[int, bytes] = field(default_factory=dict)  # the OCR'd copies of the scans in `todo`

    @property
    def items(self) -> list[tuple[bytes, str, bytes | None]]:
        """The files to extract, as `extract_many` takes them."""
        return [(data, name, self.ocr_pdfs.get(i)) for i, data, name in self.todo]


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
        self.papers_dir = self.data_dir / PAPERS_DIR
        self.graph = graph.open_graph(self.data_dir, **{k: v for k, v in graph_options.items() if v})
        self.index = open_index(self.data_dir)
        self._lock = WriterLock(self.data_dir / WRITER_LOCK)
        self._batches = 0  # batches stored by this Archive (crash_point counts them)

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
        return read_paper(self.data_dir, doc_id) if doc_id.isalnum() else None

    def papers(self) -> Iterator[Paper]:
        for path in sorted(self.papers_dir.glob("*.json")):
            yield Paper.from_dict(json.loads(path.read_text(encoding="utf-8")))

    def original_path(self, doc_id: str) -> Path | None:
        if not doc_id.isalnum():
            return None
        matches = sorted(self.originals_dir.glob(f"{doc_id}.*")) + sorted(self.originals_dir.glob(doc_id))
        matches = [path for path in matches if path.name != f"{doc_id}{OCR_SUFFIX}"]
        return matches[0] if matches else None

    def ocr_path(self, doc_id: str) -> Path:
        """Where a scan's OCR'd copy is kept: beside the scan in originals/."""
        return self.originals_dir / f"{doc_id}{OCR_SUFFIX}"

    def _ocr_copy(self, data: bytes, name: str, *, ocr: bool) -> bytes | None:
        """The OCR'd copy to read instead of a scan: the one kept beside it (re-ingesting a scan reads
        the same text again, and needs no OCR installed), else, with `ocr`, a new one; None for a
        file that is not a scan. Raises ReadError when OCR fails, OcrUnavailable when it is missing."""
        kept = self.ocr_path(doc_id_for(data))
        if not (ocr or kept.exists()) or not ocr_reader.is_scan(data, name):
            return None
        if kept.exists():
            return kept.read_bytes()
        return ocr_reader.ocr_pdf(data, name)

    # ---- writing ---------------------------------------------------------

    def ingest_bytes(self, data: bytes, filename: str, *, force: bool = False, ocr: bool = False) -> IngestResult:
        """Ingest one file's bytes. Idempotent; a changed file replaces its earlier version.
        With `ocr`, a PDF with no text layer is read by OCR (ingest.ocr)."""
        planned = self._plan([(data, safe_name(filename))], force=force, claimed=set(), worker=None, ocr=ocr)
        return self._store_planned(planned, planned.papers(), force=force, ocr=ocr)[0]

    def store_many(self, pairs: list[tuple[Paper, bytes]],
                   ocr_pdfs: dict[str, bytes] | None = None) -> list[IngestResult]:
        """Store Papers extracted already (distinct file names): files, graph, then one index commit.
        The second half of `ingest_files`; tests store hand-built Papers through it.
        `ocr_pdfs` holds the OCR'd copies of scans by paper id, kept beside their originals.

        A paper whose graph write fails is reported failed and left out of the index;
        the others are stored. An earlier version of a file is deleted after its
        replacement is stored, so a crash in between loses nothing. The batch's ids
        are in the journal until every store has them: a crash anywhere in between is
        finished by the next `repair` (or the next write).
        """
        with self._writing():
            self._batches += 1
            batch = self._batches
            results: list[IngestResult] = []
            stored: list[tuple[Paper, dict | None]] = []
            previous = [graph.document_for_filename(self.graph, paper.filename) for paper, _ in pairs]
            new_files = [p.id for p, _ in pairs if not self._paper_path(p.id).exists()]
            self._journal([p.id for p, _ in pairs],
                          {p.id: before["id"] for (p, _), before in zip(pairs, previous)
                           if before and before["id"] != p.id})
            for paper, data in pairs:
                suffix = Path(paper.filename).suffix.lower()
                write_atomic(self.originals_dir / f"{paper.id}{suffix}", data)
                if paper.id in (ocr_pdfs or {}):
                    write_atomic(self.ocr_path(paper.id), (ocr_pdfs or {})[paper.id])
                write_atomic(self._paper_path(paper.id), paper_bytes(paper))
            crash_point("files", batch)
            if os.environ.get(KILL_AT) == f"graph-half:{batch}":
                graph.save_papers(self.graph, [paper for paper, _ in pairs][:max(1, len(pairs) // 2)])
                crash_point("graph-half", batch)
            try:
                errors = graph.save_papers(self.graph, [paper for paper, _ in pairs])
            except BaseException:  # the graph is unreachable: leave no files behind for papers it never had
                for doc_id in new_files:  # (the journal stays: the next repair takes out what did land)
                    self._forget_files(doc_id)
                raise
            crash_point("graph", batch)
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
                self.index.add_papers([paper for paper, _ in stored], before_commit=lambda: crash_point("index", batch))
            crash_point("indexed", batch)
            by_id = {r.doc_id: r for r in results}
            for paper, before in stored:
                if before and before["id"] != paper.id:
                    self._remove_everywhere(before["id"])
                    by_id[paper.id].status = "replaced"
            self._journal_done()
            crash_point("done", batch)
            return results

    def _forget_files(self, doc_id: str) -> None:
        """Remove a paper's files, papers/<id>.json first (the record of what the archive holds)."""
        self._paper_path(doc_id).unlink(missing_ok=True)
        original = self.original_path(doc_id)
        if original:
            original.unlink(missing_ok=True)
        if doc_id.isalnum():
            self.ocr_path(doc_id).unlink(missing_ok=True)

    def ingest_files(self, paths: Iterable[Path], *, force: bool = False, batch_size: int = 16,
                     on_result: Callable[[IngestResult], None] | None = None,
                     ocr: bool = False, names: Sequence[str] | None = None) -> list[IngestResult]:
        """Ingest many files in batches: spaCy runs over a batch at once and each store commits once a batch.

        The outcome per file is the same as ingesting the files one by one; a failed file is a record
        and does not stop the others. A bulk ingest extracts in a second process
        (ingest.worker), so the next batch is extracted while this one is stored. With `ocr`,
        PDFs with no text layer are read by OCR; OcrUnavailable, before anything is stored,
        when OCR is not installed. `names`, one per path, are the names the files are stored
        under when not their own (an admin job's spooled upload `0003-minutes.txt` is
        "minutes.txt"; a stored original is named by its id).
        """
        if ocr:
            ocr_reader.require()
        paths = list(paths)
        given = list(names) if names is not None else [Path(path).name for path in paths]
        if len(given) != len(paths):
            raise ValueError(f"ingest_files got {len(paths)} files and {len(given)} names.")
        self.repair()  # what a crash left half done is finished before deciding what is unchanged
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
            for result in self._store_planned(planned, papers, force=force, ocr=ocr):
                emit(result)

        def plan(batch: list[tuple[bytes, str]]) -> None:
            if batch:
                pending.append(self._plan(batch, force=force, claimed=claimed, worker=worker, ocr=ocr))
                while len(pending) > (1 if worker else 0):  # keep one batch extracting while storing
                    store_oldest()
            batch.clear()

        try:
            batch: list[tuple[bytes, str]] = []
            for path, given_name in zip(paths, given):
                try:
                    data = Path(path).read_bytes()
                except OSError as ex:
                    plan(batch)
                    while pending:  # results stay in the order of `paths`
                        store_oldest()
                    emit(IngestResult(given_name, "failed", error=f"Could not read {path}: {ex.strerror}."))
                    continue
                name = safe_name(given_name)
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
              worker: ExtractionWorker | None, ocr: bool = False) -> "_Planned":
        """Decide what in a batch (distinct safe names) is new or changed, and start extracting it
        (a scan's OCR runs here, before extraction)."""
        planned = _Planned()
        for i, (data, name) in enumerate(batch):
            doc_id = doc_id_for(data)
            if doc_id in claimed:  # the same bytes earlier in this run: decided once that is stored
                planned.recheck.append((i, data, name))
            elif not force and self._known(doc_id):
                planned.outcome[i] = self._unchanged(name, doc_id)
            else:
                try:
                    copy = self._ocr_copy(data, name, ocr=ocr)
                except IngestError as ex:
                    planned.outcome[i] = IngestResult(name, "failed", doc_id, error=str(ex))
                    continue
                claimed.add(doc_id)
                planned.todo.append((i, data, name))
                if copy is not None:
                    planned.ocr_pdfs[i] = copy
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

    def _store_planned(self, planned: "_Planned", papers: list[Paper], *, force: bool,
                       ocr: bool = False) -> list[IngestResult]:
        """Store a planned batch's extracted papers; returns the batch's results in its order."""
        outcome = dict(planned.outcome)
        todo = list(zip(planned.todo, papers))
        ocr_pdfs = dict(planned.ocr_pdfs)
        for i, data, name in planned.recheck:  # stored by an earlier batch of this run, unless it failed
            doc_id = doc_id_for(data)
            if self._known(doc_id) and not force:
                outcome[i] = self._unchanged(name, doc_id)
            elif any(p.id == doc_id for _, p in todo):  # the same bytes under another name in this batch
                outcome[i] = IngestResult(name, "unchanged", doc_id)
            else:
                try:
                    copy = self._ocr_copy(data, name, ocr=ocr)
                except IngestError as ex:
                    outcome[i] = IngestResult(name, "failed", doc_id, error=str(ex))
                    continue
                if copy is not None:
                    ocr_pdfs[i] = copy
                todo += [((i, data, name), paper)
                         for paper in extract_many([(data, name, copy)], data_dir=self.data_dir)]
        ready = []
        for (i, data, name), paper in todo:
            if paper.status != "ok":
                outcome[i] = IngestResult(name, "failed", paper.id, error=paper.error)
            else:
                ready.append((i, paper, data))
        copies = {paper.id: ocr_pdfs[i] for i, paper, _ in ready if i in ocr_pdfs}
        for i, result in zip([i for i, _, _ in ready], self.store_many([(p, d) for _, p, d in ready], copies)):
            outcome[i] = result
        return [outcome[i] for i in sorted(outcome)]

    def _unchanged(self, name: str, doc_id: str) -> IngestResult:
        """The result of a file whose bytes are stored already, with the stored paper's title.

        "Unchanged" is decided per store: papers/ knows the bytes, and a graph or index
        that lacks the paper gets it now from papers/<id>.json, without extracting it again."""
        document = graph.document(self.graph, doc_id)
        if document is None or not self.index.has_paper(doc_id):
            with self._writing():
                paper = self.paper(doc_id)
                if paper is not None:
                    self._complete([paper], graph_too=graph.document(self.graph, doc_id) is None,
                                   index_too=not self.index.has_paper(doc_id))
                    document = graph.document(self.graph, doc_id)
        return IngestResult(name, "unchanged", doc_id, (document or {}).get("title"))

    @staticmethod
    def files_under(path: Path) -> list[Path]:
        """A file, or every supported file below a folder (sorted, so runs are repeatable)."""
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
        with self._writing():
            if action == "undo":
                record = curation.undo(self.graph, str(args.get("id") or ""), who)
            else:
                record = curation.record(self.graph, action, args, who)
            self._journal(list(record["docs"]), {})  # a crash from here on: the repair indexes them again
            papers = [paper for paper in map(self.paper, record["docs"]) if paper is not None]
            try:
                self.index.add_papers(papers)
                self._journal_done()
            except SearchError as ex:
                raise SearchError(f"The {action.replace('_', ' ')} was recorded ({record['id']}) and the graph "
                                  f"updated, but the search index could not be: {ex} "
                                  "Run `boardgraph reindex` to bring it up to date.") from ex
            return record

    def delete(self, doc_id: str) -> bool:
        """Remove a paper from every store. Returns False when there was no such paper."""
        if not doc_id.isalnum():
            return False
        with self._writing():
            self._journal([doc_id], {})
            found = self._remove_everywhere(doc_id)
            self._journal_done()
            return found

    def _remove_everywhere(self, doc_id: str) -> bool:
        """Files first (papers/ says what the archive holds), then the graph, then the index."""
        found = self._paper_path(doc_id).exists()
        self._forget_files(doc_id)
        found = graph.delete_paper(self.graph, doc_id) or found
        self.index.remove_paper(doc_id)
        return found

    def reindex(self, *, missing_only: bool = False, on_progress: Callable[[int, int], None] | None = None) -> int:
        """Rebuild the search index from the stored papers; with `missing_only`, add just the papers
        the index lacks (and drop entries of papers no longer stored). Returns how many were written.
        `on_progress(done, total)` follows the papers read (the CLI's progress bar)."""
        with self._writing():
            if not missing_only:
                total = len(self._stored_ids())

                def counted() -> Iterator[Paper]:
                    for done, paper in enumerate(self.papers(), 1):
                        yield paper
                        if on_progress:
                            on_progress(done, total)

                return self.index.rebuild(counted())
            stored, indexed = self._stored_ids(), self.index.paper_ids()
            self.index.remove_papers(indexed - stored)
            return self._complete(self._load(sorted(stored - indexed)), graph_too=False, index_too=True,
                                  on_progress=on_progress)

    def optimize_index(self) -> int:
        """Merge the search index's segments into one without re-reading any paper (normal commits
        keep segments under a cap; this is the compaction for a quiet archive). Returns the number
        of segments there were."""
        with self._writing():
            return self.index.optimize()

    # ---- the stores agreeing ------------------------------------------------

    def consistency(self) -> dict[str, Any]:
        """Which documents each store holds, compared by id (cheap: three id sets, no paper read).

        papers/<id>.json is the record of what the archive holds. `ok` is False when any store
        lacks a paper another holds, or a write that stopped half way left its journal
        (`unfinished`). The papers a live writer (another thread or process) is storing right
        now are `writing`, not differences."""
        with ExitStack() as stack:
            try:
                stack.enter_context(self._lock.held(0.0))
                live: set[str] = set()
            except ArchiveBusy:  # someone is writing: what its journal names is in flight
                live = self._in_flight()
            stored, in_graph, indexed = self._stored_ids(), graph.document_ids(self.graph), self.index.paper_ids()
            if live:
                live |= self._in_flight()  # the writer may have moved on to its next batch meanwhile
            unfinished = [] if live else sorted(self._journal_entry().get("ids", []))
        differences = {"not_in_graph": sorted(stored - in_graph - live), "not_in_index": sorted(stored - indexed - live),
                       "not_in_papers": sorted((in_graph | indexed) - stored - live), "unfinished": unfinished}
        return {"ok": not any(differences.values()), "papers": len(stored), "graph": len(in_graph),
                "index": len(indexed), **differences, "writing": sorted(live)}

    def repair(self, *, timeout: float = LOCK_TIMEOUT) -> dict[str, list[str]]:
        """Make every store hold what papers/ holds, writing only what is missing; no paper is
        extracted again. Cheap when nothing is (three id sets). Returns the ids written per store.

        1. A journal left by a write that stopped: its papers are saved again whole in the graph and
           the index (or taken out of both when papers/ no longer has them: a delete, a failed save),
           and a replacement it made is finished (the earlier version deleted).
        2. A paper in papers/ that the graph or the index lacks is written to it from papers/<id>.json.
        3. A paper only in the graph gets its papers/ file back when the graph is one saved before
           papers/ was the one copy (it held each Paper on its Document, `paper_json`); otherwise it is
           left as it is and `consistency` reports it (a Neo4j graph may outlive a data dir: nothing is
           deleted on a guess). One only in the index is dropped from it (the index is derived).
        4. Those older graphs' copies (`paper_json`) are removed from the graph (graph.drop_legacy_papers).
        """
        done: dict[str, list[str]] = {"resaved": [], "removed": [], "graph": [], "index": [], "papers": []}
        with self._writing(timeout) as finished:
            done.update(finished)
            stored, in_graph, indexed = self._stored_ids(), graph.document_ids(self.graph), self.index.paper_ids()
            for doc_id in sorted(in_graph - stored):
                paper = graph.legacy_paper(self.graph, doc_id)
                if paper is not None:
                    write_atomic(self._paper_path(doc_id), paper_bytes(paper))
                    stored.add(doc_id)
                    done["papers"].append(doc_id)
            dropped = graph.drop_legacy_papers(self.graph)
            if dropped:
                log.warning("removed the copies of %d papers an older version kept in the graph (papers/ holds "
                            "them)", len(dropped))
            only_indexed = indexed - stored
            self.index.remove_papers(only_indexed)
            done["removed"] += sorted(only_indexed)
            done["graph"] += sorted(stored - in_graph)
            done["index"] += sorted(stored - indexed)
            self._complete(self._load(done["graph"]), graph_too=True, index_too=False)
            if len(done["index"]) > max(REPAIR_CHUNK, len(stored) // 2):  # an index lost or from an older version
                self.index.rebuild(self.papers())  # one commit, not hundreds
            else:
                self._complete(self._load(done["index"]), graph_too=False, index_too=True)
        if any(done.values()):
            log.warning("repaired the archive in %s: %s", self.data_dir,
                        ", ".join(f"{k}: {len(v)}" for k, v in done.items() if v))
        return done

    def _finish_journal(self) -> dict[str, list[str]]:
        """Finish the write a journal records (call holding the writer lock: its writer is gone)."""
        entry = self._journal_entry()
        if not entry:
            return {}
        ids = set(entry.get("ids", []))
        for new, old in entry.get("replacing", {}).items():
            if self._paper_path(new).exists():  # the replacement is stored: the earlier version goes
                self._forget_files(old)
                ids.add(old)
        present = self._load(sorted(i for i in ids if self._paper_path(i).exists()))
        gone = sorted(i for i in ids if not self._paper_path(i).exists())
        for doc_id in gone:
            self._forget_files(doc_id)  # an original left without its paper
            graph.delete_paper(self.graph, doc_id)
        self.index.remove_papers(gone)
        self._complete(present, graph_too=True, index_too=True)
        self._journal_done()
        return {"resaved": [p.id for p in present], "removed": gone}

    def _complete(self, papers: list[Paper], *, graph_too: bool, index_too: bool,
                  on_progress: Callable[[int, int], None] | None = None) -> int:
        """Write stored papers (from papers/) to the graph and/or the index, a chunk per transaction
        and commit. A paper the graph refuses is kept out of the index (as in store_many)."""
        written = 0
        for start in range(0, len(papers), REPAIR_CHUNK):
            chunk = papers[start:start + REPAIR_CHUNK]
            if graph_too:
                errors = graph.save_papers(self.graph, chunk)
                for paper, error in zip(chunk, errors):
                    if error is not None:
                        log.error("could not write %s (%s) to the graph: %s", paper.id, paper.filename, error)
                chunk = [paper for paper, error in zip(chunk, errors) if error is None]
            if index_too:
                self.index.add_papers(chunk)
            written += len(chunk)
            if on_progress:
                on_progress(min(start + REPAIR_CHUNK, len(papers)), len(papers))
        return written

    # ---- files, journal and lock ----------------------------------------------

    def _paper_path(self, doc_id: str) -> Path:
        return paper_path(self.data_dir, doc_id)

    def _known(self, doc_id: str) -> bool:
        """Whether the archive holds these bytes (papers/ is its record; the stores follow it)."""
        return self._paper_path(doc_id).exists()

    def _stored_ids(self) -> set[str]:
        return {p.stem for p in self.papers_dir.glob("*.json")}

    def _load(self, doc_ids: Iterable[str]) -> list[Paper]:
        """The stored Papers of these ids; one whose file cannot be read is logged and left out (check
        keeps reporting it) rather than stopping the repair of the others."""
        papers = []
        for doc_id in doc_ids:
            try:
                paper = self.paper(doc_id)
            except (OSError, ValueError, KeyError, TypeError) as ex:
                log.error("could not read papers/%s.json: %s", doc_id, ex)
                continue
            if paper is not None:
                papers.append(paper)
        return papers

    def _journal(self, ids: list[str], replacing: dict[str, str]) -> None:
        write_atomic(self.data_dir / JOURNAL, json.dumps({"ids": ids, "replacing": replacing}).encode("utf-8"))

    def _in_flight(self) -> set[str]:
        """The ids the journal names: a batch's papers and the earlier versions they replace."""
        entry = self._journal_entry()
        return set(entry.get("ids", [])) | set(entry.get("replacing", {}).values())

    def _journal_entry(self) -> dict[str, Any]:
        try:
            entry = json.loads((self.data_dir / JOURNAL).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):  # unreadable: every id is compared by `repair` anyway
            return {"ids": []}
        return entry if isinstance(entry, dict) else {"ids": []}

    def _journal_done(self) -> None:
        (self.data_dir / JOURNAL).unlink(missing_ok=True)

    @contextmanager
    def _writing(self, timeout: float = LOCK_TIMEOUT) -> Iterator[dict[str, list[str]]]:
        """Hold the data dir's writer lock; the outermost holder first finishes a journal left by a
        writer that stopped (a crashed process, or an exception in this one), and gets what that did."""
        with self._lock.held(timeout) as outermost:
            finished = self._finish_journal() if outermost and (self.data_dir / JOURNAL).exists() else {}
            yield finished
