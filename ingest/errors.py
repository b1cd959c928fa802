"""Errors that ingest raises; each message is a sentence a user can act on."""


class IngestError(Exception):
    """A file could not be turned into a Paper."""


class ReadError(IngestError):
    """A file could not be read as text (corrupt, empty, unknown format, no text layer)."""


class NoTextLayer(ReadError):
    """A PDF whose pages carry no text: a scan, readable only by OCR (`ingest.ocr`)."""


class OcrUnavailable(IngestError):
    """OCR was asked for but OCRmyPDF or Tesseract's English data is not installed."""


class CurationError(Exception):
    """The curation log (curation.jsonl) cannot be read, or a decision is not valid."""
