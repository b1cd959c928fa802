"""Dates written the ways board papers write them."""
from __future__ import annotations

import random
from datetime import date


def ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def long_date(rng: random.Random, d: date) -> str:
    """A header date: '31st October 2007', '21 January 2010', 'Wednesday 12 September 2007', '12/09/2007'."""
    style = rng.random()
    if style < 0.35:
        return f"{ordinal(d.day)} {d:%B %Y}"
    if style < 0.7:
        return f"{d.day} {d:%B %Y}"
    if style < 0.95:
        return f"{d:%A} {d.day} {d:%B %Y}"
    return f"{d:%d/%m/%Y}"


def future_date(style: int, d: date, with_year: bool) -> str:
    """A future-meeting bullet date: style 0 'Wednesday February 20th', style 1 'Thursday 29 April 2010'."""
    if style == 0:
        text = f"{d:%A %B} {ordinal(d.day)}"
        return f"{text}, {d.year}" if with_year else text
    text = f"{d:%A} {d.day} {d:%B}"
    return f"{text} {d.year}" if with_year else text


def month_date(d: date) -> str:
    return f"{d:%B %Y}"
