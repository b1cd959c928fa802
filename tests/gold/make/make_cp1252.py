"""Rebuild the legacy gold text file from its UTF-8 source (dev only).

Usage: .venv/bin/python tests/gold/make/make_cp1252.py tests/gold/make/106_bramford_acpc.src.txt tests/gold/106_bramford_acpc.txt

The target is written as a Windows-era file: cp1252 bytes (so the en dash, curly
quotes and £ are single bytes 0x96, 0x91/0x92 and 0xA3) with CRLF line endings.
"""
from __future__ import annotations

import sys
from pathlib import Path


def build(source: Path, target: Path) -> None:
    text = source.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\n", "\r\n")
    target.write_bytes(text.encode("cp1252"))


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(sys.argv[2]))
