"""Placeholder reader (plain text only); replaced by the full reader table."""
from __future__ import annotations

from dataclasses import dataclass

from ingest.errors import ReadError


@dataclass
class ReadResult:
    text: str
    format: str


def read_document(data: bytes, filename: str) -> ReadResult:
    if not data.strip():
        raise ReadError(f"{filename} is empty.")
    return ReadResult(data.decode("utf-8", errors="replace"), "txt")
