"""OCR of scanned PDFs, through Debian's OCRmyPDF and Tesseract's English data.

A PDF with no text layer is a scan (`NoTextLayer`). OCR is opt-in (`boardgraph
ingest --ocr`, the admin's "OCR this file"), because misread names and dates need a
reader's eye: every paper read this way is marked `Paper.ocr`. OCRmyPDF runs as
its command (the Debian package installs it for the system Python, not the venv)
and writes a copy of the PDF with a text layer, which the archive keeps beside
the original and reads instead of it.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ingest.errors import NoTextLayer, OcrUnavailable, ReadError
from ingest.readers.pdf import page_count, read_pdf
from ingest.readers.sniff import sniff_format

PACKAGES = ("ocrmypdf", "tesseract-ocr-eng")
MISSING = ("Reading scanned PDFs by OCR needs the Debian packages ocrmypdf and tesseract-ocr-eng, "
           "which are not installed here: apt-get install ocrmypdf tesseract-ocr-eng")
LANGUAGE = "eng"
SECONDS_PER_PAGE = 60  # Tesseract takes a few seconds a page; a minute is a page that will not end
LANGS_TIMEOUT = 20


def missing() -> str | None:
    """Why OCR cannot run here (a sentence naming the packages), or None when it can."""
    ocrmypdf, tesseract = shutil.which("ocrmypdf"), shutil.which("tesseract")
    if ocrmypdf is None or tesseract is None:
        return MISSING
    try:
        done = subprocess.run([tesseract, "--list-langs"], capture_output=True, timeout=LANGS_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return MISSING
    langs = (done.stdout + done.stderr).decode("utf-8", errors="replace").split()
    return None if LANGUAGE in langs else MISSING


def require() -> None:
    """Raise OcrUnavailable, naming the packages, unless OCR can run."""
    reason = missing()
    if reason:
        raise OcrUnavailable(reason)


def is_scan(data: bytes, filename: str) -> bool:
    """Whether these bytes are a PDF with no text layer (any other file, readable or not, is not)."""
    name = Path(filename).name or "The file"
    try:
        if sniff_format(data, name) != "pdf":
            return False
        read_pdf(data, name)
    except NoTextLayer:
        return True
    except ReadError:
        return False
    return False


def ocr_pdf(data: bytes, filename: str) -> bytes:
    """The PDF with a text layer OCRmyPDF adds (every page rasterised and read: `--force-ocr`,
    since a scan's pages hold no text worth keeping). Raises OcrUnavailable or ReadError."""
    require()
    name = Path(filename).name or "The file"
    timeout = SECONDS_PER_PAGE * max(1, page_count(data, name)) + 60
    with tempfile.TemporaryDirectory(prefix="boardgraph-ocr-") as tmp:
        source, target = os.path.join(tmp, "scan.pdf"), os.path.join(tmp, "ocr.pdf")
        Path(source).write_bytes(data)
        command = [shutil.which("ocrmypdf") or "ocrmypdf", "--force-ocr", "-l", LANGUAGE,
                   "--output-type", "pdf", "--quiet", source, target]
        try:
            done = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as ex:
            raise ReadError(f"{name} took more than {timeout} s to read by OCR; it may be damaged or very long.") from ex
        except OSError as ex:
            raise ReadError(f"{name} could not be read by OCR: ocrmypdf failed to start ({ex.strerror}).") from ex
        if done.returncode != 0 or not os.path.exists(target):
            detail = done.stderr.decode("utf-8", errors="replace").strip().replace(source, name)
            raise ReadError(f"{name} could not be read by OCR (ocrmypdf exit {done.returncode}: "
                            f"{detail[-500:] or 'no output'}).")
        return Path(target).read_bytes()
