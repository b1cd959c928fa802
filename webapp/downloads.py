"""CSV downloads for spreadsheets: UTF-8 with a byte order mark.

Excel opens a CSV without a BOM in the local code page, so the papers' en dashes and
curly quotes come out as 'â€“'; with the BOM it reads UTF-8. Every CSV the app serves
goes through `csv_download`.
"""
from __future__ import annotations

import codecs
from typing import Iterable, Iterator

from flask import Response, stream_with_context


def csv_download(chunks: Iterable[str], filename: str) -> Response:
    """A streamed attachment of the CSV text `chunks`, encoded as UTF-8 after a BOM."""

    def body() -> Iterator[bytes]:
        yield codecs.BOM_UTF8
        for chunk in chunks:
            yield chunk.encode("utf-8")

    return Response(stream_with_context(body()), mimetype="text/csv", content_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
