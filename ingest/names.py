"""Name normalisation shared by extraction, scoring and the graph's node keys.

A Person's key is its normalised full name: case, whitespace, apostrophes,
dashes and titles (Dr, Cllr, DCI, ...) do not make a different person.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "cllr", "clr", "councillor", "councilor", "alderman", "dci", "di", "ds",
    "dc", "det", "supt", "ch", "insp", "inspector", "sir", "dame", "lord", "lady", "baroness", "rev", "revd",
    # police ranks written before a name ("Commander Ada Brook", "DCS Ada Brook", "D/Chief Superintendent ...")
    "commander", "cmdr", "dcs", "dsu", "dsupt", "d/supt", "d/chief", "superintendent", "sergeant", "sgt",
    "acc", "dcc",
    # Scottish and other ranks ("Chief Constable Ada Brook", "DSI Ada Brook")
    "constable", "dsi",
    # civic ranks of councils ("Lord Provost Ada Brook", "Bailie Ada Brook", "Deputy Mayor Ada Brook")
    "provost", "bailie", "mayor",
    # a neighbourhood police officer's rank ("PCSO Ada Brook": police community support officer; round 22)
    "pcso",
}
POSTNOMINALS = {"obe", "mbe", "cbe", "dbe", "kbe", "qpm", "qc", "kc", "jp", "dl"}
# an elected member's letters after the name ('Ada Brook MSP', 'Ben Cole MLA'): kept apart from the honours above
# because strip_titles and a run of titled names drop only honours
ELECTED_LETTERS = frozenset({"mp", "msp", "mep", "mla"})
# ranks written in capitals: a title only as written ('DI Ada Brook'), never the first name 'Di'
_CAPITAL_RANKS = {"dci", "di", "ds", "dc", "dcs", "dsu", "dsi", "acc", "dcc"}
# titles only before another title ("Detective Chief Superintendent", "Depute Lord Provost", "Deputy Mayor",
# "County Councillor": a Welsh county council's members)
_RANK_LEADS = {"chief", "detective", "depute", "deputy", "county", "parish", "borough", "district", "town", "community"}
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u201b\u02bc\u0060\u00b4"), "'")


def clean_text(value: str) -> str:
    """Fold typographic dashes and apostrophes to ASCII and collapse white space."""
    if len(value) <= _CACHED_LENGTH:  # names and headings, cleaned again and again: remember them
        return _clean_short(value)
    return _clean(value)


def _clean(value: str) -> str:
    value = unicodedata.normalize("NFKC", value).translate(_DASHES).translate(_QUOTES)
    return _SPACES.sub(" ", value).strip()


_CACHED_LENGTH = 200
_SPACES = re.compile(r"\s+")
_clean_short = lru_cache(maxsize=1 << 16)(_clean)


def is_title(word: str) -> bool:
    """A title or rank before a name; capital ranks only in capitals ('DI', 'DI.'), so 'Di Brook' keeps 'Di'."""
    folded = word.lower().rstrip(".")
    if folded in _CAPITAL_RANKS:
        return word.replace(".", "").isupper()
    return folded in TITLES


def letters_alternation(letters: Iterable[str]) -> str:
    """Post-nominal letters as a regex alternation in capitals ('CBE|MP|OBE'), the one way the parsers spell them."""
    return "|".join(sorted(w.upper() for w in letters))


def strip_titles(name: str) -> str:
    if len(name) <= _CACHED_LENGTH:  # names, stripped again and again by many rules: remember them
        return _strip_titles_short(name)
    return _strip_titles(name)


def _strip_titles(name: str) -> str:
    words = clean_text(name).split(" ")
    while len(words) > 2 and words[-1].lower().replace(".", "").strip(",") in POSTNOMINALS:
        words = words[:-1]  # 'Ada Brook OBE'
    while len(words) > 1 and (is_title(words[0])
                              or words[0].lower() in _RANK_LEADS and words[1].lower().rstrip(".") in TITLES | _RANK_LEADS):
        words = words[1:]
    return " ".join(words)


_strip_titles_short = lru_cache(maxsize=1 << 16)(_strip_titles)


def person_key(name: str) -> str:
    """The key of a Person node: lower-case full name without titles or punctuation noise."""
    return strip_titles(name).lower().strip(" .,;:")


def org_key(name: str) -> str:
    """The key of an Organisation node: lower-case, typographic marks folded."""
    return clean_text(name).lower().strip(" .,;:")


def slug(value: str) -> str:
    """A URL-safe form of a key ("Ada Brook" -> "ada-brook")."""
    s = re.sub(r"[^a-z0-9]+", "-", clean_text(value).lower()).strip("-")
    return s or "x"


_PARTICLES = {"de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "del", "bin", "ibn", "st"}


def name_words(name: str) -> list[str]:
    """The words of a person's name without titles ("Dr Ada Brook" -> ["Ada", "Brook"])."""
    return [w for w in re.split(r"[\s]+", strip_titles(name)) if w]


def first_name(name: str) -> str:
    words = name_words(name)
    return words[0] if words else ""


def initials_of(name: str) -> set[str]:
    """The initials a paper may use for a person: first+last ("AB"), and every name part ("ACB", "ADB").

    Hyphenated surnames count every way ("Ada Lee-Brook" -> "AL", "ALB", "AB").
    """
    return set(_initials(name))  # a new set each time: the caller may change it


@lru_cache(maxsize=1 << 16)
def _initials(name: str) -> frozenset[str]:
    """initials_of, remembered: the rules ask for the same listed names' initials many times a paper."""
    words = [w for w in name_words(name) if w.strip(".")]
    if len(words) < 2:
        return frozenset()
    parts = [p for w in words for p in w.split("-") if p]
    letters = [p[0].upper() for p in parts if p[0].isalpha()]
    out = {"".join(letters)}
    first, last = words[0], words[-1]
    out.add(first[0].upper() + last[0].upper())
    if "-" in last:
        last_parts = [p for p in last.split("-") if p]
        out.add(first[0].upper() + "".join(p[0].upper() for p in last_parts))
        if last_parts and last_parts[-1][0].isalpha():  # 'Damian Lloyd-Jones' is written 'DJ' too
            out.add(first[0].upper() + last_parts[-1][0].upper())
    significant = [w for w in words if w.lower() not in _PARTICLES]
    if len(significant) >= 2:
        out.add(significant[0][0].upper() + significant[-1][0].upper())
    return frozenset(i for i in out if len(i) >= 2)
