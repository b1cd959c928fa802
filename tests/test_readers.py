"""The reader table: tiny real files per format, the same assertions across formats.

docx, html, md and txt files are built here in tmp_path; the PDF and .doc
fixtures (and their generator, tests/fixtures/make_fixtures.py) are committed
because building them needs dev-only tools.
"""
from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfWriter

from ingest.errors import NoTextLayer, ReadError
from ingest.read import READERS, ReadResult, read_document, sniff_format

FIXTURES = Path(__file__).parent / "fixtures"
GOLD = Path(__file__).parent / "gold"
SAMPLES = Path(__file__).parent.parent / "samples"
HAS_ANTIWORD = shutil.which("antiword") is not None

# The shared sample every format carries (same text as tests/fixtures/make_fixtures.py).
TITLE = "Northgate Safeguarding Children Board – Test Minutes"
PARAGRAPH = "Apologies were received from Dana Whitfield."
ROWS = [("Name", "Organisation"), ("Dana Whitfield", "Northgate Police"), ("Omar Lindqvist", "Harbour Children’s Charity")]
ACTION = "ACTION: Omar Lindqvist to circulate the protocol by 30 June 2012."


def docx_bytes(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def sample_docx() -> bytes:
    document = docx.Document()
    document.add_heading(TITLE, level=1)
    document.add_paragraph(PARAGRAPH)
    table = document.add_table(rows=0, cols=2)
    for row in ROWS:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    document.add_paragraph(ACTION)
    return docx_bytes(document)


def sample_html() -> bytes:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in ROWS[1:])
    return (f"<!DOCTYPE html><html><head><title>ignored</title><style>td {{ color: red }}</style></head><body>"
            f"<h1>{TITLE}</h1><p>Apologies were received\n   from <b>Dana Whitfield</b>.</p>"
            f"<table><tr><th>Name</th><th>Organisation</th></tr>{rows}</table>"
            f"<p>{ACTION}</p><script>var secret = 'not text';</script></body></html>").encode("utf-8")


def sample_md() -> bytes:
    table = "\n".join(f"| {a} | {b} |" for a, b in ROWS[:1] + [("---", "---")] + ROWS[1:])
    return f"# {TITLE}\n\n{PARAGRAPH}\n\n{table}\n\n{ACTION}\n".encode("utf-8")


def sample_txt() -> bytes:
    table = "\n".join(f"{a} | {b}" for a, b in ROWS)
    return f"{TITLE}\r\n\r\n{PARAGRAPH}\r\n\r\n{table}\r\n\r\n{ACTION}\r\n".replace("\n", "\r\n").replace("\r\r", "\r").encode("utf-8")


BUILDERS = {
    "txt": ("minutes.txt", sample_txt),
    "md": ("minutes.md", sample_md),
    "docx": ("minutes.docx", sample_docx),
    "html": ("minutes.html", sample_html),
    "pdf": ("minutes.pdf", lambda: (FIXTURES / "minutes.pdf").read_bytes()),
    "doc": ("minutes.doc", lambda: (FIXTURES / "minutes.doc").read_bytes()),
}


def test_every_format_has_a_builder():
    assert set(BUILDERS) == set(READERS)


@pytest.mark.parametrize("fmt", sorted(BUILDERS))
def test_the_same_paragraph_and_action_come_out_of_every_format(fmt):
    if fmt == "doc" and not HAS_ANTIWORD:
        pytest.skip("antiword is not installed (apt-get install antiword)")
    filename, build = BUILDERS[fmt]
    result = read_document(build(), filename)
    assert isinstance(result, ReadResult)
    assert result.format == fmt
    lines = result.text.split("\n")
    assert PARAGRAPH in lines
    assert ACTION in lines
    assert "\r" not in result.text
    assert "not text" not in result.text and "color: red" not in result.text


@pytest.mark.parametrize("fmt", ["txt", "md", "docx", "html", "doc"])
def test_a_table_row_comes_out_as_cells_joined_by_bars(fmt):
    if fmt == "doc" and not HAS_ANTIWORD:
        pytest.skip("antiword is not installed (apt-get install antiword)")
    filename, build = BUILDERS[fmt]
    text = read_document(build(), filename).text
    assert "Dana Whitfield | Northgate Police" in text
    assert "Omar Lindqvist | Harbour Children’s Charity" in text


@pytest.mark.parametrize("fmt", ["docx", "html", "doc"])
def test_tables_keep_their_place_between_paragraphs_with_blank_lines_around(fmt):
    if fmt == "doc" and not HAS_ANTIWORD:
        pytest.skip("antiword is not installed (apt-get install antiword)")
    filename, build = BUILDERS[fmt]
    text = read_document(build(), filename).text
    assert f"{PARAGRAPH}\n\nName | Organisation\nDana Whitfield | Northgate Police\n" in text
    assert f"Omar Lindqvist | Harbour Children’s Charity\n\n{ACTION}" in text


def test_pdf_pages_are_joined_by_a_blank_line():
    text = read_document((FIXTURES / "minutes.pdf").read_bytes(), "minutes.pdf").text
    assert text.startswith(TITLE)
    assert f"Harbour Children’s Charity\n\n{ACTION}" in text  # the action is on page 2


def test_a_sentence_running_over_a_page_break_is_not_split_by_a_blank_line():
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(format="A4")
    pdf.set_font("helvetica", size=10)
    pages = [["1) Item", "ACTIONS: Ada Brook and Carl Dunn to discuss this outside the meeting. Eve Frost"],
             ["to:", "a) write to the Chairs; and", "b) convene a group."],
             ["2) Next item"]]
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    text = read_document(bytes(pdf.output()), "minutes.pdf").text
    # page 1 stops mid-sentence and page 2 goes on in lower case: one sentence, wrapped
    assert "outside the meeting. Eve Frost\nto:\na) write to the Chairs; and" in text
    # page 2 ends a sentence: the page break stays a paragraph break
    assert "b) convene a group.\n\n2) Next item" in text


# ---- docx details -------------------------------------------------------------


def test_docx_merged_cells_appear_once_and_cell_paragraphs_join_with_semicolons():
    document = docx.Document()
    table = document.add_table(rows=4, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 2))
    merged.text = "In attendance"
    table.cell(1, 0).text = "Priya Lal"
    table.cell(1, 1).text = "Business Manager"
    table.cell(1, 1).add_paragraph("Ashcombe LSCB")
    table.cell(1, 2).text = "minutes"
    down = table.cell(2, 1).merge(table.cell(3, 1))
    down.text = "Ashcombe Borough Council"
    table.cell(2, 0).text = "Owen Tregarthen"
    table.cell(3, 0).text = "Graham Pettifer"
    text = read_document(docx_bytes(document), "merged.docx").text
    assert text.split("\n") == [
        "In attendance",
        "Priya Lal | Business Manager; Ashcombe LSCB | minutes",
        "Owen Tregarthen | Ashcombe Borough Council |",
        "Graham Pettifer |  |",
    ]
    assert text.count("In attendance") == 1
    assert text.count("Ashcombe Borough Council") == 1


def test_docx_automatic_list_numbers_are_put_back():
    document = docx.Document()
    document.add_paragraph("Welcome and apologies", style="List Number")
    document.add_paragraph("The Chair welcomed members.")
    document.add_paragraph("Notes of the last meeting", style="List Number")
    document.add_paragraph("Agreed.", style="List Bullet")
    text = read_document(docx_bytes(document), "numbered.docx").text
    assert text.split("\n") == [
        "1.\tWelcome and apologies",
        "The Chair welcomed members.",
        "2.\tNotes of the last meeting",
        "·\tAgreed.",
    ]


# ---- html details -------------------------------------------------------------


def test_html_blocks_lines_lists_and_colspans():
    page = b"""<html><body><nav><a href="/">Home</a></nav>
      <div>Date:&nbsp;5 October 2011<br>Time: 2.00pm &ndash; 4.00pm</div>
      <ol><li>Welcome</li><li>Minutes &amp; matters arising</li></ol>
      <table><tr><td colspan="2">In attendance</td></tr>
             <tr><td><p>Lucy Varga</p></td><td><p>Business Support</p><p>Northgate SCB</p></td></tr></table>
      <!-- a comment --><noscript>Enable JavaScript</noscript></body></html>"""
    text = read_document(page, "page.html").text
    assert text.split("\n") == [
        "Date:\u00a05 October 2011",
        "Time: 2.00pm – 4.00pm",
        "",
        "1. Welcome",
        "2. Minutes & matters arising",
        "",
        "In attendance",
        "Lucy Varga | Business Support; Northgate SCB",
    ]


def test_html_charset_from_meta_is_honoured():
    page = '<html><head><meta charset="windows-1252"></head><body><p>Ren\u00e9e Fontaine \u2013 \u00a32,340</p></body></html>'
    text = read_document(page.encode("cp1252"), "legacy.htm").text
    assert text == "Renée Fontaine – £2,340"


# ---- plain text: encodings and control characters -----------------------------


def test_cp1252_text_is_decoded_as_windows_1252():
    text = read_document((GOLD / "106_bramford_acpc.txt").read_bytes(), "106_bramford_acpc.txt").text
    assert "Dr Renée Fontaine" in text
    assert "at a cost of £2,340" in text
    assert "FEMALE GENITAL MUTILATION – LOCAL GUIDANCE" in text
    assert "‘It is child abuse and must be dealt with under our procedures.’" in text
    assert "\r" not in text


def test_latin1_bytes_that_cp1252_cannot_decode_fall_back_to_latin1():
    text = read_document(b"Gr\xfc\xdfe aus K\xf6ln \x81\n", "latin1.txt").text
    assert text == "Grüße aus Köln \n"


def test_utf16_with_bom_is_text():
    text = read_document("\ufeffMinutes – 5 October 2011\r\n".encode("utf-16"), "minutes.txt").text
    assert text == "Minutes – 5 October 2011\n"


def test_stray_control_characters_go_and_tabs_newlines_and_image_markers_stay():
    data = b"Line one\x00\x07\r\nLine\x0ctwo\rthree\tcol\xe2\x80\x8b2\n[image: image1.emf]\nsoft\xc2\xadhyphen\x1b[0m\n"
    text = read_document(data, "messy.txt").text
    assert text == "Line one\nLine\ntwo\nthree\tcol2\n[image: image1.emf]\nsofthyphen[0m\n"


def test_clean_utf8_samples_read_back_unchanged():
    for path in sorted(SAMPLES.glob("*.txt")):
        data = path.read_bytes()
        assert read_document(data, path.name) == ReadResult(data.decode("utf-8"), "txt")


def test_same_bytes_give_the_same_text():
    for fmt, (filename, build) in BUILDERS.items():
        if fmt == "doc" and not HAS_ANTIWORD:
            continue
        data = build()
        assert read_document(data, filename) == read_document(bytes(data), filename)


# ---- sniffing: content first, extension as tie-breaker ------------------------


def test_sniffing_trusts_content_over_the_file_name():
    pdf = (FIXTURES / "minutes.pdf").read_bytes()
    assert sniff_format(pdf, "minutes.txt") == "pdf"
    assert read_document(pdf, "minutes.txt").format == "pdf"
    assert sniff_format(sample_docx(), "upload.bin") == "docx"
    assert sniff_format(sample_docx(), "minutes.doc") == "docx"
    assert sniff_format(sample_html(), "minutes") == "html"
    assert sniff_format(b"  <!-- saved -->\n<HTML><body>x</body></HTML>", "minutes.txt") == "html"
    assert sniff_format((FIXTURES / "minutes.doc").read_bytes(), "minutes.docx") == "doc"


def test_sniffing_uses_the_extension_only_to_break_ties():
    assert sniff_format(b"# Heading\n\nText", "update.md") == "md"
    assert sniff_format(b"# Heading\n\nText", "update.txt") == "txt"
    assert sniff_format(b"# Heading\n\nText", "update") == "txt"
    assert sniff_format(b"<p>fragment</p>", "fragment.html") == "html"
    assert sniff_format(b"Plain words, not markup.", "misnamed.html") == "txt"


@pytest.mark.parametrize("data, filename, words", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "scan.txt", "binary file"),
    (b"{\\rtf1\\ansi Minutes}", "minutes.rtf", "RTF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "budget.xls", "not a Word document"),
])
def test_unknown_formats_are_refused_with_a_sentence(data, filename, words):
    with pytest.raises(ReadError, match=words):
        read_document(data, filename)


def test_a_zip_that_is_not_a_word_document_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("minutes.txt", "hello")
    with pytest.raises(ReadError, match="zip archive but not a Word document"):
        read_document(buffer.getvalue(), "papers.zip")


# ---- failures are sentences, chained to their cause ---------------------------


@pytest.mark.parametrize("data", [b"", b"  \r\n\t \n"])
def test_an_empty_file_is_refused(data):
    with pytest.raises(ReadError, match=r"^minutes\.docx is empty\.$"):
        read_document(data, "uploads/minutes.docx")


def test_a_corrupt_pdf_is_refused_and_the_cause_is_chained():
    with pytest.raises(ReadError, match="corrupt.pdf is not a readable PDF") as info:
        read_document((FIXTURES / "corrupt.pdf").read_bytes(), "corrupt.pdf")
    assert info.value.__cause__ is not None


def test_a_pdf_without_a_text_layer_asks_for_ocr():
    with pytest.raises(NoTextLayer, match=r"^scanned\.pdf has no text layer \(a scanned PDF\?\): read it by OCR "
                                           r"with `boardgraph ingest --ocr`, or \"OCR this file\" on the admin page\.$"):
        read_document((FIXTURES / "scanned.pdf").read_bytes(), "scanned.pdf")


def test_a_password_protected_pdf_is_refused():
    writer = PdfWriter(clone_from=str(FIXTURES / "minutes.pdf"))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(ReadError, match="password-protected"):
        read_document(buffer.getvalue(), "locked.pdf")


@pytest.mark.parametrize("data", [
    sample_docx()[:1500],  # truncated: zip header, no central directory
    b"PK\x03\x04" + bytes(200),
    bytes(range(256)) * 8,  # binary noise named .docx
])
def test_a_corrupt_docx_is_refused_and_the_cause_is_chained(data):
    with pytest.raises(ReadError, match="minutes.docx is not a readable Word document") as info:
        read_document(data, "minutes.docx")
    assert info.value.__cause__ is not None


def test_a_docx_package_without_a_document_part_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(sample_docx())) as source, zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]  # broken XML
            target.writestr(item, data)
    with pytest.raises(ReadError, match="not a readable Word document"):
        read_document(buffer.getvalue(), "minutes.docx")


def test_a_doc_without_antiword_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty directory: no antiword on PATH
    with pytest.raises(ReadError, match="needs antiword: apt-get install antiword"):
        read_document((FIXTURES / "minutes.doc").read_bytes(), "minutes.doc")


@pytest.mark.skipif(not HAS_ANTIWORD, reason="antiword is not installed (apt-get install antiword)")
def test_a_damaged_doc_is_refused_with_antiwords_reason():
    data = (FIXTURES / "minutes.doc").read_bytes()
    with pytest.raises(ReadError, match="minutes.doc is not a readable Word 97-2003 document"):
        read_document(data[:700], "minutes.doc")


# ---- the gold papers in their own layouts -------------------------------------


@pytest.mark.parametrize("path", sorted(p for p in GOLD.glob("1*.*") if p.suffix != ".json"), ids=lambda p: p.name)
def test_every_new_gold_paper_reads_in_its_own_format(path):
    result = read_document(path.read_bytes(), path.name)
    assert result.format == path.suffix.lstrip(".")
    assert len(result.text) > 1000


def test_gold_docx_attendee_table_is_one_row_per_line():
    text = read_document((GOLD / "101_ashcombe_board.docx").read_bytes(), "101_ashcombe_board.docx").text
    lines = text.split("\n")
    assert "Name | Designation" in lines
    assert "Priya Lal | Business Manager, Ashcombe LSCB (minutes)" in lines
    assert lines.count("In attendance") == 1
    assert "Wessex Vale Probation Trust | No | –" in lines


def test_gold_html_drops_furniture():
    text = read_document((GOLD / "104_kingsbridge_executive.html").read_bytes(), "104.html").text
    assert text.startswith("Kingsbridge Safeguarding Children Partnership\n")
    assert "Det Supt Fiona Galbraith | Southmoor Police | Head of Public Protection" in text
    for furniture in ("dataLayer", "border-collapse", "The Partnership\n", "Home"):
        assert furniture not in text
