"""HTML: visible text with block elements on their own lines, tables as rows.

Pages saved from an intranet or exported from Word carry scripts, styles and
navigation; none of that is the paper. Inline markup is flattened and white
space collapsed as a browser would; `<br>`, paragraphs, headings, list items
and table rows start new lines; list items get the marker a browser shows
("1." in an ordered list, "·" otherwise) because agenda numbers often live there.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from ingest.errors import ReadError
from ingest.readers.layout import cell_text, table_block, table_row, tidy_lines

_DROP = {"head", "script", "style", "noscript", "template", "nav", "svg", "iframe", "object", "button", "select"}
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "figure", "form", "hr"}
_LINE = {"div", "section", "article", "main", "header", "footer", "aside", "address", "li", "dt", "dd",
         "caption", "figcaption", "fieldset", "legend", "details", "summary", "tr", "center"}
_NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)
_SPACE = re.compile(r"[ \t\n\r\f\v]+")  # HTML white space; &nbsp; (U+00A0) is kept, as a browser does


class _Lines:
    """Collects text into lines, collapsing white space within each line."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []

    def text(self, value: str) -> None:
        self.current.append(_SPACE.sub(" ", value))

    def raw(self, value: str) -> None:
        self.end_line()
        self.lines.extend(value.split("\n"))

    def end_line(self) -> None:
        line = "".join(self.current).strip(" ")
        self.current = []
        if line:
            self.lines.append(line)

    def blank(self) -> None:
        self.end_line()
        if self.lines and self.lines[-1]:
            self.lines.append("")


def _table(table: Tag) -> str:
    rows = []
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue  # a nested table's rows belong to the cell that holds it
        cells = []
        for cell in tr.find_all(["td", "th"], recursive=False):
            lines = _Lines()
            _walk(cell, lines)
            lines.end_line()
            cells.append(cell_text(lines.lines))
        rows.append(table_row(cells))
    caption = table.find("caption")
    if caption is not None and caption.find_parent("table") is table:
        rows.insert(0, _SPACE.sub(" ", caption.get_text()).strip())
    return table_block(rows)


def _walk(node: Tag, out: _Lines) -> None:
    number = int(node.get("start", "1")) if node.name == "ol" and str(node.get("start", "1")).isdigit() else 1
    for child in node.children:
        if isinstance(child, _NOT_TEXT):
            continue
        if isinstance(child, NavigableString):
            out.text(str(child))
            continue
        if not isinstance(child, Tag) or child.name in _DROP:
            continue
        name = child.name
        if name == "br":
            out.end_line()
        elif name == "table":
            out.blank()
            out.lines.extend(_table(child).strip("\n").split("\n"))
            out.blank()
        elif name == "pre":
            out.blank()
            out.raw(child.get_text())
            out.blank()
        elif name == "li":
            out.end_line()
            out.text(f"{number}. " if node.name == "ol" else "· ")
            number += 1
            _walk(child, out)
            out.end_line()
        elif name in _PARAGRAPH:
            out.blank()
            _walk(child, out)
            out.blank()
        elif name in _LINE:
            out.end_line()
            _walk(child, out)
            out.end_line()
        else:
            _walk(child, out)


def read_html(data: bytes, name: str) -> str:
    try:
        soup = BeautifulSoup(data, "lxml")
    except Exception as ex:  # lxml/bs4 raise assorted errors on pathological input
        raise ReadError(f"{name} could not be parsed as HTML.") from ex
    out = _Lines()
    _walk(soup, out)
    out.end_line()
    return tidy_lines("\n".join(out.lines))
