"""The embedded Whoosh index: add, remove, rebuild and query papers.

Writes take Whoosh's file lock (retrying for WRITE_TIMEOUT seconds when
another process holds it) and become visible only at commit, which writes
new segment files and then renames the table of contents into place: a
process killed mid-write leaves the previous index whole and the lock free.

Names are resolved as the graph resolves them when a paper is added, through the
curation decisions in force in the data dir (ingest.curation.resolvers); a new
decision re-adds the papers it touched (archive.Archive.curate).
"""
from __future__ import annotations

import math
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from whoosh import query as wq
from whoosh import writing
from whoosh.filedb.filestore import FileStorage
from whoosh.index import LockError

from ingest.curation import resolvers
from ingest.model import Paper
from search.aliases import AliasBook
from search.base import SearchError
from search.cache import LRU
from search.documents import paper_documents
from search.querylang import parse_query
from search.ranked import SORTS, Ranked, copy_hit, rank, warm
from search.results import Hit, SearchResults
from search.index_lock import index_dir
from search.merge_policy import MERGE_CAP, capped_merge
from search.schema import INDEX_NAME, build_schema, signature
from search.searchers import SearcherPool
from search import whoosh_fixes, whoosh_write

whoosh_fixes.apply()
whoosh_write.apply()

WRITE_TIMEOUT = 30.0
MAX_PER_PAGE = 1000  # exports take up to this many hits in one page
MAX_QUERY_CHARS = 1000
CACHED_SEARCHES = 128  # (query, filters, sort) results kept per index
CACHED_PAGES = 256  # pages of hits (with snippets) kept per index
KEEP_RANKED = 2000  # ranked entries a cached search keeps; deeper pages search again
# Fields whose values repeat across a paper's documents (or a batch's papers): analysed once a value
# while a batch is added (whoosh_write.analysis_memo). Names and text are mostly distinct: left out.
REPEATED_FIELDS = ("doc_id", "kind", "title", "dated", "year", "meeting_id", "date", "type", "number", "heading",
                   "body", "body_words", "body_facet", "topic", "topic_words", "topic_facet")


class SearchIndex:
    """The full-text index of one data directory (files in `index_dir`)."""

    def __init__(self, index_dir: Path, data_dir: Path | None = None, *, merge_cap: int = MERGE_CAP):
        self.index_dir = Path(index_dir)
        self._merge = capped_merge(merge_cap)  # no commit merges segments into one over merge_cap entries
        self.data_dir = Path(data_dir) if data_dir is not None else None
        try:
            self.index_dir.mkdir(parents=True, exist_ok=True)
            storage = FileStorage(str(self.index_dir))
            schema = build_schema()
            self.outdated = False  # True when an index from an older version was replaced by an empty one
            if storage.index_exists(INDEX_NAME):
                self._ix = storage.open_index(INDEX_NAME)
                if signature(self._ix.schema) != signature(schema):
                    self.outdated = True
                    self._ix = storage.create_index(schema, indexname=INDEX_NAME)
            else:
                self._ix = storage.create_index(schema, indexname=INDEX_NAME)
        except Exception as e:  # whatever Whoosh raises for an unreadable index, say it as a sentence
            raise SearchError(f"Could not open the search index in {self.index_dir}: {e}. "
                              "Run `boardgraph reindex` to rebuild it.") from e
        self.aliases = AliasBook(self.index_dir, data_dir)
        self._searchers = SearcherPool(self._ix)
        self._ranked: LRU[Ranked] = LRU(CACHED_SEARCHES)
        self._pages: LRU[list[Hit]] = LRU(CACHED_PAGES)
        self._write_lock = threading.Lock()
        self._closed = False

    # ---- writing -------------------------------------------------------------

    def add_paper(self, paper: Paper) -> None:
        """Replace everything of paper.id (a failed paper just removes its old entries)."""
        self.add_papers([paper])

    def add_papers(self, papers: Iterable[Paper], *, before_commit: Callable[[], None] | None = None) -> int:
        """Replace everything of each paper's id in ONE commit; returns how many papers now have entries.

        The same as add_paper for each in turn (a later paper with the same id
        wins; a failed paper only removes its old entries), but one writer, one
        new segment and one commit: until it commits, searches see the index as
        it was, and a process killed half way leaves that index whole. The
        batch is held in memory; for the whole archive use rebuild().
        `before_commit` runs with everything added, just before the commit
        (the archive's crash tests stop there).
        """
        latest = {paper.id: paper for paper in papers}  # a writer cannot delete what it added itself
        if not latest:
            return 0
        with self._writer() as w:
            for doc_id in latest:
                w.delete_by_term("doc_id", doc_id)
            acronyms = self._add_documents(w, latest.values())
            self.aliases.merge_acronyms(acronyms)
            if before_commit:
                before_commit()
        return len(acronyms)

    def remove_paper(self, doc_id: str) -> None:
        self.remove_papers([doc_id])

    def remove_papers(self, doc_ids: Iterable[str]) -> None:
        """Remove every entry of these papers, in one commit."""
        doc_ids = sorted(set(doc_ids))
        if not doc_ids:
            return
        with self._writer() as w:
            for doc_id in doc_ids:
                w.delete_by_term("doc_id", doc_id)

    def rebuild(self, papers: Iterable[Paper]) -> int:
        """Clear and re-add in one commit: until it commits, searches see the old index.

        Papers stream through (the archive need not fit in memory); a repeated id
        is skipped, since the same id is the same file's bytes.
        """
        with self._writer(mergetype=writing.CLEAR) as w:
            acronyms = self._add_documents(w, papers, skip_repeats=True)
            self.aliases.replace_acronyms(acronyms)
        return len(acronyms)

    def optimize(self) -> int:
        """Merge every segment into one (entries of removed papers are dropped): the compaction an
        admin runs when the archive is quiet (`boardgraph reindex --optimize`), since a normal commit
        never builds a segment over the merge cap. Returns the number of segments before."""
        with self._writer(optimize=True) as w:
            return len(w.segments)

    def _add_documents(self, writer: writing.IndexWriter, papers: Iterable[Paper],
                       skip_repeats: bool = False) -> list[dict[str, str]]:
        """Add every paper's documents (none for a failed paper); returns one acronyms dict per
        paper indexed. `skip_repeats`: a paper whose id was already indexed here is left out.
        Names go through the curation decisions in force now, read once for the batch."""
        acronyms: list[dict[str, str]] = []
        indexed: set[str] = set()
        resolver = resolvers(self.data_dir)
        with whoosh_write.analysis_memo(writer.schema, REPEATED_FIELDS):
            for paper in papers:
                if skip_repeats and paper.id in indexed:
                    continue
                docs = paper_documents(paper, resolver(paper))
                for doc in docs:
                    writer.add_document(**doc)
                if docs:
                    indexed.add(paper.id)
                    acronyms.append(paper.acronyms)
        return acronyms

    @contextmanager
    def _writer(self, **commit_args: Any) -> Iterator[writing.IndexWriter]:
        self._check_open()
        with self._write_lock:
            try:
                writer = self._ix.writer(timeout=WRITE_TIMEOUT, delay=0.05)
            except LockError as e:
                raise SearchError(f"The search index in {self.index_dir} is busy: another process has been "
                                  f"writing to it for over {WRITE_TIMEOUT:.0f} seconds. Try again later.") from e
            try:
                whoosh_write.spelling_once(writer)
                yield writer
            except BaseException:
                writer.cancel()
                raise
            writer.commit(**(commit_args or {"mergetype": self._merge}))

    # ---- reading -------------------------------------------------------------

    def doc_count(self) -> int:
        """How many papers are indexed (each also has item and action entries)."""
        self._check_open()
        with self._searchers.borrow() as (_, s):
            return sum(1 for _ in s.docs_for_query(wq.Term("type", "paper")))

    def paper_ids(self) -> set[str]:
        """The ids of the papers indexed (as of the latest commit), from the paper entries' stored
        fields: 0.04 s for 2,571 papers of 14 KB each here, so cheap enough for every start."""
        self._check_open()
        with self._searchers.borrow() as (_, s):
            reader = s.reader()
            return {reader.stored_fields(n)["doc_id"] for n in s.docs_for_query(wq.Term("type", "paper"))}

    def has_paper(self, doc_id: str) -> bool:
        """Whether the paper `doc_id` is indexed."""
        self._check_open()
        with self._searchers.borrow() as (_, s):
            return any(True for _ in s.docs_for_query(wq.And([wq.Term("type", "paper"), wq.Term("doc_id", doc_id)])))

    def entry_count(self) -> int:
        """How many index entries there are: papers, items and actions together."""
        self._check_open()
        with self._searchers.borrow() as (_, s):
            return s.doc_count()

    def segment_sizes(self) -> list[int]:
        """Entries in each segment of the latest commit (removed entries included until a merge drops
        them), largest first: what the merge policy keeps under its cap."""
        self._check_open()
        return sorted((seg.doc_count_all() for seg in self._ix._segments()), reverse=True)

    def query(self, q: str, *, page: int = 1, per_page: int = 20, sort: str = "relevance",
              filters: dict[str, str] | None = None) -> SearchResults:
        """Run a query-language string (see docs/search.md); only an empty query raises.

        What a (query, filters, sort) matched is kept for the index generation it
        was computed on (any commit starts a new one), so paging and repeating a
        search do not search again.
        """
        if not isinstance(q, str) or not q.strip():
            raise ValueError("Enter something to search for.")
        self._check_open()
        warnings: list[str] = []
        if len(q) > MAX_QUERY_CHARS:
            q = q[:MAX_QUERY_CHARS]
            warnings.append(f"The query was cut to its first {MAX_QUERY_CHARS} characters.")
        parsed = parse_query(q)
        warnings += parsed.warnings
        problem = self.aliases.refresh()
        if problem:
            warnings.append(problem)
        if self.outdated and self.doc_count() == 0:
            warnings.append("The search index was made by an older version and has been emptied; "
                            "an admin should run `boardgraph reindex`.")
        page, per_page = max(1, _int(page, 1)), min(MAX_PER_PAGE, max(1, _int(per_page, 20)))
        if sort not in SORTS:
            warnings.append(f"Results can be sorted by {', '.join(SORTS)}; '{sort}' is not one, "
                            "so they are sorted by relevance.")
            sort = "relevance"
        with self._searchers.borrow() as (generation, s):
            key = (generation, self.aliases.version, q, _frozen(filters), sort)
            ranked = self._ranked.get(key)
            if ranked is None or ranked.short_of(page * per_page):
                ranked = rank(s, self.aliases, parsed, q, filters, sort)
                self._ranked.put(key, ranked.kept(KEEP_RANKED))
            pages = math.ceil(ranked.total / per_page)
            page = min(page, max(pages, 1))
            hits = self._pages.get_or_make(key + (page, per_page),
                                           lambda: ranked.hits(s, (page - 1) * per_page, page * per_page))
        return SearchResults(q, ranked.total, page, pages, [copy_hit(h) for h in hits],
                             {name: list(values) for name, values in ranked.facets.items()},
                             ranked.suggestion, warnings + ranked.warnings, ranked.facets_capped)

    def warm(self) -> int:
        """Read what searches need from every segment now (0.2 s for 1,000 papers here, 0.5 s for
        6,500), so the first searches after opening, or after a commit that merged segments, do
        not wait for it. Safe to run in a background thread; returns the number of segments."""
        self._check_open()
        self.aliases.refresh()
        with self._searchers.borrow() as (_, s):
            return warm(s, self.aliases)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._searchers.close()
            self._ix.close()

    def _check_open(self) -> None:
        if self._closed:
            raise SearchError("The search index has been closed.")


def warm_tables(data_dir: Path) -> int:
    """Read the per-segment tables searches need (`SearchIndex.warm`) into this process's caches and close
    the index again; returns the number of segments, 0 when there is no index of this version (nothing is
    created or replaced here: the archive decides that when it opens). The server's master process runs it
    before it forks its workers, so they start with the tables (kept by segment id, which never changes)
    instead of each building them beside its first searches (10k papers, one segment: 6 s a worker)."""
    storage = FileStorage(str(index_dir(Path(data_dir))))
    if not storage.index_exists(INDEX_NAME):
        return 0
    ix = storage.open_index(INDEX_NAME)
    try:
        if signature(ix.schema) != signature(build_schema()):
            return 0
        aliases = AliasBook(index_dir(Path(data_dir)), Path(data_dir))
        aliases.refresh()
        with ix.searcher() as searcher:
            return warm(searcher, aliases)
    finally:
        ix.close()


def open_index(data_dir: Path) -> SearchIndex:
    """The index in data_dir/"index", created empty if missing."""
    data_dir = Path(data_dir)
    return SearchIndex(index_dir(data_dir), data_dir)


# ---- query helpers ------------------------------------------------------------

def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _frozen(filters: dict[str, str] | None) -> tuple[tuple[str, str], ...]:
    return tuple((str(k), repr(v)) for k, v in (filters or {}).items())
