"""Word .docx: body paragraphs and tables in document order.

Attendee lists are often Word tables (Name | Designation), so tables must stay
where they are in the flow, one row per line (see `layout`). A cell merged
across columns appears once; a cell merged down rows appears in its first row
and as an empty cell below. Automatic list numbers are put back in front of
their paragraphs (`word_numbering`). Headers, footers, text boxes and
comments are left out: they hold letterheads and page numbers, not minutes.
"""
from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

from ingest.errors import ReadError
from ingest.readers.layout import cell_text, table_block, table_row, tidy_lines
from ingest.readers.word_numbering import Numbering


def _cell_paragraphs(cell: _Cell, numbering: Numbering) -> Iterator[str]:
    for block in cell.iter_inner_content():
        if isinstance(block, Paragraph):
            yield numbering.label(block) + block.text
        else:  # a table inside a cell: flatten its rows into the cell's text
            for row in block.rows:
                yield from _row_cells(row, block, numbering)


def _row_cells(row, table: Table, numbering: Numbering) -> list[str]:
    cells = []
    for tc in row._tr.tc_lst:
        if tc.vMerge == "continue":
            cells.append("")  # the content sits in the first row of the vertical merge
        else:
            cells.append(cell_text(_cell_paragraphs(_Cell(tc, table), numbering)))
    return cells


def _table(table: Table, numbering: Numbering) -> str:
    return table_block(table_row(_row_cells(row, table, numbering)) for row in table.rows)


# What a damaged package raises, from the zip layer up to the XML parser.
_DAMAGED = (PackageNotFoundError, zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError,
            etree.XMLSyntaxError, NotImplementedError)


def read_docx(data: bytes, name: str) -> str:
    try:
        document = docx.Document(io.BytesIO(data))
        numbering = Numbering.of(document)
        parts = []
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                parts.append(numbering.label(block) + block.text)
            else:
                parts.append(_table(block, numbering))
    except _DAMAGED as ex:
        raise ReadError(f"{name} is not a readable Word document (it may be corrupt, truncated or password-protected).") from ex
    return tidy_lines("\n".join(parts))
