"""Dates as people write them in board papers, found with a pattern and read by python-dateutil.

"31st October 2007", "Wednesday 4th June 2014", "February 20th", "21.4.04" and the
month-only "April 2010" (day 1, precision "month"). Month and weekday names come
from dateutil's own parserinfo, so the two never disagree. A date written without
a year takes it from a reference date (the paper's): months before it roll over
to the next year, which is how lists of future meetings are written. A weekday
written with the date is kept: it confirms the date or casts doubt on it
(`weekday_fits`) where a header has several candidates. It never moves a
yearless date to another year: papers misname weekdays often enough in lists of
future meetings that the year roll-over is the safer reading. An ordinal suffix
split off by a PDF's superscript ("21 st April") still reads as the day.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from dateutil import parser as du_parser

_INFO = du_parser.parserinfo()


def _alternatives(groups: list[tuple[str, ...]]) -> str:
    names = sorted({n for g in groups for n in g}, key=len, reverse=True)
    return "|".join(re.escape(n) + (r"\.?" if len(n) <= 4 else "") for n in names)


_MONTH = rf"(?P<month>{_alternatives(_INFO.MONTHS)})"
_WEEKDAY = rf"(?:(?P<weekday>{_alternatives(_INFO.WEEKDAYS)}),?(?:\s+|(?=\d)))"
_DAY = r"(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:\s?(?:st|nd|rd|th)(?!(?-i:[a-z])))?)"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# a PDF's text runs lose the space between them: 'Thursday22 September', '19:30THURSDAY', 'November2017'
_GLUED = r"(?:\b|(?=\d))"

_PATTERNS = [
    # 31st October 2007 / Thursday 29 April / 6thDecember / 8 December 2009
    # 5-May-2021, the 5th day of May 2021 (round 55)
    re.compile(rf"(?:\b|(?<=\d)(?=[a-z])){_WEEKDAY}?(?:the\s+)?{_DAY}(?:\s+day)?(?:\s+of)?(?:\s*|-){_MONTH}{_GLUED}(?:(?:,?\s*|-){_YEAR}\b)?", re.I),
    # Wednesday February 20th / March 18th, 2010
    re.compile(rf"\b{_WEEKDAY}?{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", re.I),
    # April 2010
    re.compile(rf"\b{_MONTH}(?:,?\s+|(?=\d)){_YEAR}\b", re.I),
    # 21/01/2010, 7.1.04, 2010-01-21
    re.compile(r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4}|\d{2})\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
    re.compile(r"\b(?P<day>\d{1,2})-(?P<month>\d{1,2})-(?P<year>(?:19|20)\d\d)\b"),  # 12-03-2015
]
_WEEKDAY_PREFIX = re.compile(rf"^{_WEEKDAY}", re.I)


@dataclass(frozen=True)
class FoundDate:
    """A date written in the text: `value` is None for the year when it was not written."""

    start: int
    end: int
    year: int | None
    month: int
    day: int | None
    weekday: int | None = None  # 0 = Monday, when the text names the day of the week

    @property
    def precision(self) -> str:
        return "day" if self.day else "month"

    def weekday_fits(self, reference: date | None = None) -> bool | None:
        """True when the written weekday is the date's, False when it is not, None when none is written."""
        if self.weekday is None or self.day is None:
            return None
        found = self.resolve(reference)
        return None if found is None else found.weekday() == self.weekday

    def resolve(self, reference: date | None = None) -> date | None:
        """The full date; a missing year comes from `reference`, rolling past dates to next year."""
        if self.year is not None:
            return _safe_date(self.year, self.month, self.day or 1)
        if reference is None:
            return None
        found = _safe_date(reference.year, self.month, self.day or 1)
        if found is not None and found < reference:
            found = _safe_date(reference.year + 1, self.month, self.day or 1)
        return found


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _parse(match: re.Match[str]) -> FoundDate | None:
    text = _WEEKDAY_PREFIX.sub("", match.group(0)).strip(" ,")
    text = re.sub(r"(\d)\s(st|nd|rd|th)\b", r"\1\2", text)  # "21 st April"
    text = re.sub(r"(?i)^the\s+|(?<=\d)(st|nd|rd|th)?\s+(?:day\s+)?of\b", lambda m: m.group(1) or "", text)  # "the 3rd of May"
    text = re.sub(r"(\d(?:st|nd|rd|th))(?=[A-Za-z])", r"\1 ", text)  # "6thDecember"
    groups = match.groupdict()
    has_day = bool(groups.get("day"))
    has_year = bool(groups.get("year"))
    default = datetime(2000, 1, 1)
    try:
        if groups.get("month", "").isdigit():
            parsed = du_parser.parse(text, dayfirst=not text[:4].isdigit(), default=default)
        else:
            parsed = du_parser.parse(text, default=default)
    except (ValueError, OverflowError):
        return None
    return FoundDate(match.start(), match.end(), parsed.year if has_year else None,
                     parsed.month, parsed.day if has_day else None, _weekday(groups.get("weekday")))


def _weekday(name: str | None) -> int | None:
    """'Wed' / 'Wednesday' -> 2, from dateutil's own weekday names."""
    return _INFO.weekday(name.strip(" .,")) if name else None


def find_dates(text: str) -> list[FoundDate]:
    """Every date written in `text`, left to right, longest reading first, no overlaps."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            d = _parse(m)
            if d is not None:
                found.append(d)
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def to_date(iso: str | None) -> date | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None


def year_for(found: FoundDate, text: str) -> int | None:
    """A year for a date written without one ('Wednesday 4th June'), from the years the paper writes
    elsewhere: the one (or the year after it) where the written weekday falls on that day, else the
    year written most often. None when the paper writes no year."""
    years: dict[int, int] = {}
    for d in find_dates(text[:20000]):
        if d.year is not None:
            years[d.year] = years.get(d.year, 0) + 1
    if not years:
        return None
    if found.weekday is not None and found.day:
        fits = [y for y in sorted(years, key=lambda y: -years[y]) for y in (y, y + 1)
                if (day := _safe_date(y, found.month, found.day)) is not None and day.weekday() == found.weekday]
        if fits:
            return fits[0]
    return max(years, key=lambda y: (years[y], y))
