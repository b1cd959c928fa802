"""read -> parse -> extract: turn a file's bytes into a Paper.

`extract_bytes` never raises on bad content: a file that cannot be read, has no
text, or trips a parser comes back as `Paper(status="failed", error=<sentence>)`,
so one bad file never stops a batch. `extract_many` gives the same Papers but
runs spaCy once over a batch with `nlp.pipe`.

A scan is extracted from the text layer OCR gave it (`ocr_pdf`, made by
ingest.ocr): the Paper keeps the id of the scan's own bytes and is marked `ocr`.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from ingest.curated import load_aliases
from ingest.errors import IngestError
from ingest.extract import add_entities, add_topics, get_nlp, prose_text, run_ner
from ingest.model import Paper, doc_id_for
from ingest.owner_kinds import decide_owner_kinds
from ingest.parse import parse_structure
from ingest.parse.roster import Roster
from ingest.read import read_document
from ingest.resolve import Resolver

__all__ = ["Item", "extract_bytes", "extract_file", "extract_many", "get_nlp"]

log = logging.getLogger(__name__)


@dataclass
class _Prepared:
    paper: Paper
    roster: Roster | None = None
    prose: str = ""


def _failed(paper: Paper, error: str) -> _Prepared:
    paper.status, paper.error = "failed", error
    return _Prepared(paper)


Item = tuple[bytes, str] | tuple[bytes, str, bytes | None]  # (data, filename[, its OCR'd PDF])


def _prepare(data: bytes, filename: str, data_dir: Path | None, ocr_pdf: bytes | None = None) -> _Prepared:
    """Read and parse; the prose to give NER has the header and attendee lists blanked out."""
    paper = Paper(id=doc_id_for(data), filename=filename, ocr=ocr_pdf is not None)
    try:
        result = read_document(data if ocr_pdf is None else ocr_pdf, filename)
    except IngestError as ex:
        return _failed(paper, str(ex))
    except Exception as ex:  # a reader bug must not stop a batch
        log.exception("reading %s failed", filename)
        return _failed(paper, f"Could not read {filename}: {ex.__class__.__name__}: {ex}.")
    paper.text = result.text
    if not paper.text.strip():
        return _failed(paper, f"{filename} has no text to extract.")
    try:
        roster = parse_structure(paper, data_dir)
    except Exception as ex:  # keep the text; report the layout problem as a sentence
        log.exception("parsing %s failed", filename)
        return _failed(paper, f"Could not read the layout of {filename}: {ex.__class__.__name__}: {ex}.")
    lists: list[tuple[int, int]] = []
    if paper.attendees or paper.apologies:
        listed = [p.span[1] for p in paper.attendees + paper.apologies if p.span]
        end = paper.items[0].span[0] if paper.items else max(listed, default=0)
        lists.append((0, end))
    return _Prepared(paper, roster, prose_text(paper.text, lists))


def _finish(prepared: _Prepared, doc, data_dir: Path | None) -> Paper:
    paper = prepared.paper
    try:
        add_entities(paper, doc, prepared.roster or Roster(), data_dir)
        add_topics(paper, data_dir)
    except Exception as ex:
        log.exception("entity extraction for %s failed", paper.filename)
        paper.warnings.append(f"People, organisations and topics could not be extracted: {ex.__class__.__name__}: {ex}.")
    decide_owner_kinds(paper, Resolver(paper, load_aliases(data_dir)))  # after the mentions: they say who is a person
    return paper


def extract_bytes(data: bytes, filename: str, *, data_dir: Path | None = None,
                  ocr_pdf: bytes | None = None) -> Paper:
    """One file's Paper; `data_dir` selects the curated files (taxonomy, aliases, vocabulary);
    `ocr_pdf` is a scan's OCR'd copy, read instead of `data`."""
    prepared = _prepare(data, filename, data_dir, ocr_pdf)
    if prepared.paper.status == "failed":
        return prepared.paper
    doc = next(iter(run_ner([prepared.prose])))
    return _finish(prepared, doc, data_dir)


def extract_file(path: Path, *, data_dir: Path | None = None) -> Paper:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as ex:
        paper = Paper(id=doc_id_for(str(path).encode()), filename=path.name)
        return _failed(paper, f"Could not open {path}: {ex.strerror or ex}.").paper
    return extract_bytes(data, path.name, data_dir=data_dir)


def extract_many(items: Iterable[Item], *, data_dir: Path | None = None,
                 batch_size: int = 16) -> Iterator[Paper]:
    """Papers for (bytes, filename[, OCR'd PDF]) items in order, running spaCy over each batch with nlp.pipe."""
    iterator = iter(items)
    while True:
        batch = [_prepare(item[0], item[1], data_dir, item[2] if len(item) > 2 else None)
                 for item in islice(iterator, batch_size)]
        if not batch:
            return
        ok = [p for p in batch if p.paper.status != "failed"]
        docs = iter(run_ner([p.prose for p in ok], batch_size=batch_size)) if ok else iter(())
        for prepared in batch:
            if prepared.paper.status == "failed":
                yield prepared.paper
            else:
                yield _finish(prepared, next(docs), data_dir)
