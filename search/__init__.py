"""Full-text search over the board's papers: papers, agenda items and actions as hits.

    index = open_index(data_dir)          # data_dir/"index", created if missing
    index.add_papers(papers)              # replaces everything of each paper.id, in one commit
    index.add_paper(paper)                # the same for one paper
    results = index.query('person:"Dave Hill" type:action', filters={"year": "2007"})

The query language is documented in docs/search.md. Whoosh is the embedded
engine; search.base.SearchBackend is the interface another engine would offer.
"""
from search.base import SearchBackend, SearchError
from search.index_lock import IndexBusy, index_dir, index_files, locked
from search.results import Hit, SearchResults, results_to_csv, results_to_json
from search.whoosh_index import SearchIndex, open_index

__all__ = ["open_index", "SearchIndex", "SearchBackend", "SearchError", "SearchResults", "Hit",
           "results_to_csv", "results_to_json", "locked", "index_dir", "index_files", "IndexBusy"]
