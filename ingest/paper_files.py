"""The stored Papers of a data dir, `<data_dir>/papers/<id>.json`: the one copy of each paper.

The archive writes them (archive/archive.py: they are its record of what it holds,
and what repair and reindex read). Everything else that needs a stored paper, its
text above all, reads it here: the graph's passages, follow-ups and headings, and a
curation decision's re-save. Neither the graph nor the index keeps a second copy.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from ingest.model import Paper

PAPERS_DIR = "papers"
_ID = re.compile(r"[\w-]+")  # a paper id (a hash; hand-made ids in tests have dashes): never a path


def paper_path(data_dir: Path, doc_id: str) -> Path:
    return Path(data_dir) / PAPERS_DIR / f"{doc_id}.json"


def paper_bytes(paper: Paper) -> bytes:
    """A Paper as its file holds it (`Paper.to_dict` as JSON)."""
    return json.dumps(paper.to_dict(), ensure_ascii=False).encode("utf-8")


def read_paper_json(data_dir: Path, doc_id: str) -> str | None:
    """A stored paper's file as text, or None when there is none (or `doc_id` is not an id)."""
    if not doc_id or not _ID.fullmatch(doc_id):
        return None
    try:
        return paper_path(data_dir, doc_id).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None


def read_paper(data_dir: Path, doc_id: str) -> Paper | None:
    """A stored Paper, or None when there is none."""
    text = read_paper_json(data_dir, doc_id)
    return None if text is None else Paper.from_dict(json.loads(text))
