"""Rebuild a gold .docx from its reviewable text source (dev only).

Usage: .venv/bin/python tests/gold/make/make_docx.py tests/gold/make/101_ashcombe_board.src.txt tests/gold/101_ashcombe_board.docx

Source markup, one line at a time:
  # text        the document title (Word "Title" style)
  ## text       a heading (Word "Heading 1")
  | a | b |     a table row; consecutive rows make one real Word table, the first row is the header
  |= text |     a row whose cells are merged into one cell spanning the table
  other text    a paragraph; blank lines are ignored
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx import Document


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _add_table(doc, rows: list[str]) -> None:
    width = max(len(_cells(r)) for r in rows if not r.startswith("|="))
    table = doc.add_table(rows=0, cols=width)
    table.style = "Table Grid"
    for n, line in enumerate(rows):
        row = table.add_row()
        if line.startswith("|="):
            merged = row.cells[0].merge(row.cells[width - 1])
            merged.text = line[2:].strip().strip("|").strip()
            continue
        for cell, value in zip(row.cells, _cells(line)):
            cell.text = value
            if n == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def build(source: Path, target: Path) -> None:
    doc = Document()
    props = doc.core_properties
    props.author = props.last_modified_by = "boardgraph gold"
    props.created = props.modified = dt.datetime(2011, 3, 22, 9, 0, 0)
    table_rows: list[str] = []
    for line in source.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("|"):
            table_rows.append(line)
            continue
        if table_rows:
            _add_table(doc, table_rows)
            table_rows = []
        if not line.strip():
            continue
        if line.startswith("## "):
            doc.add_heading(line[3:], level=1)
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=0)
        else:
            doc.add_paragraph(line)
    doc.save(str(target))


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(sys.argv[2]))
