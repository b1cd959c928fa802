"""Name normalisation shared by extraction, scoring and the graph's node keys.

A Person's key is its normalised full name: case, whitespace, apostrophes,
dashes and titles (Dr, Cllr, DCI, ...) do not make a different person.
"""
from __future__ import annotations

import re
import unicodedata

TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "cllr", "councillor", "dci", "di", "ds",
    "dc", "det", "supt", "ch", "insp", "inspector", "sir", "dame", "lord", "lady", "rev", "revd",
}
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u201b\u02bc\u0060\u00b4"), "'")


def clean_text(value: str) -> str:
    """Fold typographic dashes and apostrophes to ASCII and collapse white space."""
    value = unicodedata.normalize("NFKC", value).translate(_DASHES).translate(_QUOTES)
    return re.sub(r"\s+", " ", value).strip()


def strip_titles(name: str) -> str:
    words = clean_text(name).split(" ")
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


def person_key(name: str) -> str:
    """The key of a Person node: lower-case full name without titles or punctuation noise."""
    return strip_titles(name).lower().strip(" .,;:")


def org_key(name: str) -> str:
    """The key of an Organisation node: lower-case, typographic marks folded."""
    return clean_text(name).lower().strip(" .,;:")


def slug(value: str) -> str:
    """A URL-safe form of a key ("Dave Hill" -> "dave-hill")."""
    s = re.sub(r"[^a-z0-9]+", "-", clean_text(value).lower()).strip("-")
    return s or "x"
