"""Turn a Draft into the bytes of a .txt, .docx or .pdf file, the same bytes for the same draft.

python-docx stamps the time into core properties and zip entries, and fpdf2
into the PDF's creation date; both are pinned to the paper's date so a seed
always gives the same files. The PDF core fonts are Latin-1 only, so PDF
papers fold typographic dashes and quotes to ASCII (`PDF_FOLD`); the gold of
a PDF paper is folded the same way.
"""
from __future__ import annotations

import io
import textwrap
import zipfile
from datetime import date, datetime, timezone

from bench.gold import Table

PDF_FOLD = str.maketrans({"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"'})


def to_text(blocks: list[str | Table]) -> str:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            out.append(block)
        elif block.style == "tabs":
            out.extend("\t" + "\t".join(row) for row in block.rows)
        else:  # one cell per line (a cell's own lines separated by blank lines), a blank line between rows
            for row in block.rows:
                out.extend("\t" + "\n\n".join(cell.split("\n")) for cell in row)
                out.append("")
    return "\n".join(out) + "\n"


def txt_bytes(blocks: list[str | Table], windows: bool = False) -> bytes:
    """UTF-8 with LF, or (as old Word exports were) cp1252 with CRLF."""
    text = to_text(blocks)
    return text.replace("\n", "\r\n").encode("cp1252") if windows else text.encode("utf-8")


def _pinned_zip(data: bytes, when: date) -> bytes:
    stamp = (max(when.year, 1980), when.month, when.day, 12, 0, 0)
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            pinned = zipfile.ZipInfo(info.filename, date_time=stamp)
            pinned.compress_type = zipfile.ZIP_DEFLATED
            pinned.external_attr = info.external_attr
            dst.writestr(pinned, src.read(info.filename))
    return buf.getvalue()


def docx_bytes(blocks: list[str | Table], title: str, when: date) -> bytes:
    import docx  # python-docx

    doc = docx.Document()
    moment = datetime(when.year, when.month, when.day, 12, 0, tzinfo=timezone.utc)
    props = doc.core_properties
    props.created = props.modified = props.last_printed = moment
    props.title, props.author, props.last_modified_by, props.revision = title, "London Board", "London Board", 1
    for block in blocks:
        if isinstance(block, str):
            doc.add_paragraph(block)
            continue
        width = max(len(row) for row in block.rows)
        table = doc.add_table(rows=len(block.rows), cols=width)
        table.style = "Table Grid"
        for row, values in zip(table.rows, block.rows):
            for cell, value in zip(row.cells, values):
                lines = value.split("\n")
                cell.text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return _pinned_zip(buf.getvalue(), when)


def pdf_bytes(blocks: list[str | Table], title: str, when: date) -> bytes:
    from fpdf import FPDF  # fpdf2, a generation-only dependency

    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime(when.year, when.month, when.day, 12, 0, tzinfo=timezone.utc))
    pdf.set_title(title.translate(PDF_FOLD))
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for block in blocks:
        if isinstance(block, str):
            text = block.translate(PDF_FOLD)
            if not text.strip():
                pdf.ln(4)
                continue
            indent = len(text) - len(text.lstrip("\t"))  # wrap here: multi_cell's line breaker is slow
            for piece in textwrap.wrap(text.strip(), 100 - 5 * indent, break_on_hyphens=False):
                pdf.set_x(pdf.l_margin + 8 * indent)
                pdf.cell(0, 5, piece, new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("helvetica", size=8)
        for row in block.rows:
            width = (pdf.w - pdf.l_margin - pdf.r_margin) / max(len(row), 1)
            for c, cell in enumerate(row):
                last = c == len(row) - 1
                pdf.cell(width, 5, cell.translate(PDF_FOLD).replace("\n", " "),
                         new_x="LMARGIN" if last else "RIGHT", new_y="NEXT" if last else "TOP")
        pdf.set_font("helvetica", size=10)
        pdf.ln(3)
    return bytes(pdf.output())
