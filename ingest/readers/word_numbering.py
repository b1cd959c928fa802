"""Word's automatic list numbers, which python-docx does not put in paragraph text.

Minutes typed in Word number their agenda items with list numbering ("1.",
"4.2", "a)"), so the number lives in numbering.xml, not in the paragraph. We
replay the counters in body order and render each level's pattern (lvlText,
e.g. "%1.%2") so that "4.2 Paper 4 - Secure emails" reads as it printed.
Bullets become "·", as they do in the board's text exports.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

_SUFFIX = {"tab": "\t", "space": " ", "nothing": ""}


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
}


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = ""
    start: int = 1
    suffix: str = "\t"


def _val(el, tag: str, default: str | None = None) -> str | None:
    child = el.find(qn(tag)) if el is not None else None
    return child.get(qn("w:val"), default) if child is not None else default


def _levels(abstract) -> dict[int, _Level]:
    levels = {}
    for lvl in abstract.findall(qn("w:lvl")):
        levels[int(lvl.get(qn("w:ilvl"), "0"))] = _Level(
            fmt=_val(lvl, "w:numFmt", "decimal") or "decimal",
            text=_val(lvl, "w:lvlText", "") or "",
            start=int(_val(lvl, "w:start", "1") or 1),
            suffix=_SUFFIX.get(_val(lvl, "w:suff", "tab") or "tab", "\t"),
        )
    return levels


@dataclass
class Numbering:
    """Counters for every list in one document; `label(paragraph)` advances them."""

    lists: dict[str, dict[int, _Level]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    styles: dict[str, tuple[str, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, document) -> "Numbering":
        numbering = cls()
        part = document.part  # not part.numbering_part: that creates an empty one when absent
        try:
            root = part.part_related_by(RT.NUMBERING).element
        except KeyError:
            return numbering
        abstracts = {a.get(qn("w:abstractNumId")): a for a in root.findall(qn("w:abstractNum"))}
        for num in root.findall(qn("w:num")):
            abstract = abstracts.get(_val(num, "w:abstractNumId"))
            if abstract is None:
                continue
            levels = _levels(abstract)
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                start = _val(override, "w:startOverride")
                if start is not None and ilvl in levels:
                    levels[ilvl].start = int(start)
            numbering.lists[num.get(qn("w:numId"))] = levels
        for style in document.styles:
            num_pr = style.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is not None:
                numbering.styles[style.style_id] = (_val(num_pr, "w:numId") or "", int(_val(num_pr, "w:ilvl", "0") or 0))
        return numbering

    def _num_pr(self, paragraph) -> tuple[str, int] | None:
        num_pr = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        if num_pr is not None:
            return _val(num_pr, "w:numId") or "", int(_val(num_pr, "w:ilvl", "0") or 0)
        style_id = paragraph._p.style
        return self.styles.get(style_id) if style_id else None

    def label(self, paragraph) -> str:
        """The list number or bullet Word prints before this paragraph ('' if none), with its suffix."""
        found = self._num_pr(paragraph)
        if not found or found[0] not in self.lists:
            return ""  # numId 0 means "numbering removed"
        num_id, ilvl = found
        levels = self.lists[num_id]
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return "·" + level.suffix
        if level.fmt == "none":
            return ""
        text = level.text
        for n in range(9):
            if f"%{n + 1}" in text:
                lvl = levels.get(n, _Level())
                value = counters.get(n, lvl.start)
                text = text.replace(f"%{n + 1}", _FORMATS.get(lvl.fmt, str)(value))
        return text + level.suffix if text else ""
