"""The archive: the one write path into the stores, and the backup of a whole data dir.

Everything that writes papers (the CLI, the admin jobs of the web app, the
benchmarks) goes through `Archive` (archive/archive.py); `archive.backup` copies
and restores a whole data dir. It lives beside ingest/, graph/ and search/, not in
webapp/, because it serves every caller alike and needs nothing of the web: no
module here imports webapp or flask (tests/test_layering.py).

The write API is narrow: `Archive.ingest_files` (files, in batches), `ingest_bytes`
(one upload's bytes), `delete`, `curate` (an admin's curation decision, both stores)
and `reindex`; `repair` finishes a write a crash stopped. Reading: `paper`, `papers`,
`original_path`, `consistency`.
"""
from archive.archive import (
    JOURNAL, SUPPORTED_SUFFIXES, WRITER_LOCK, Archive, IngestResult, safe_name, write_atomic,
)
from archive.writelock import ArchiveBusy

__all__ = ["Archive", "ArchiveBusy", "IngestResult", "JOURNAL", "SUPPORTED_SUFFIXES", "WRITER_LOCK", "safe_name",
           "write_atomic"]
