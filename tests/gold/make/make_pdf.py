"""Rebuild a gold .pdf (with a real text layer) from its reviewable text source (dev only).

Usage: .venv/bin/python tests/gold/make/make_pdf.py tests/gold/make/103_hartmoor_action_log.src.txt tests/gold/103_hartmoor_action_log.pdf

Needs the dev-only package fpdf2 and the DejaVu Sans font (Debian: fonts-dejavu-core),
embedded so that en dashes, curly quotes and £ survive in the text layer.

Source markup, one line at a time:
  # text        a bold title line
  ## text       a bold heading
  ---page---    start a new page
  other text    a paragraph, wrapped to the page width; blank lines add space
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from fpdf import FPDF

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def build(source: Path, target: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2012, 4, 24, 9, 0, 0, tzinfo=dt.timezone.utc))
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    for line in source.read_text(encoding="utf-8").splitlines():
        if line == "---page---":
            pdf.add_page()
            continue
        if not line.strip():
            pdf.ln(3)
            continue
        if line.startswith("## "):
            pdf.set_font("DejaVu", "B", 11)
            text = line[3:]
        elif line.startswith("# "):
            pdf.set_font("DejaVu", "B", 14)
            text = line[2:]
        else:
            pdf.set_font("DejaVu", "", 10)
            text = line
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(sys.argv[2]))
