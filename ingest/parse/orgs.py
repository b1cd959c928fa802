"""Rules that find and vet organisation names in text, without a statistical model.

Organisations the structure already names (list orgs, the body, workplan
parties, the meeting's host), the curated aliases, and capitalised phrases
ending in an organisation head word ('Elmley County Council') are matched
exactly; `not_org` removes what only looks like one (a role, a month, a bare
place, a person's surname, a programme's acronym, a publication title).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ingest.curated import load_aliases
from ingest.model import Paper
from ingest.names import clean_text
from ingest.parse.people import is_role
from ingest.parse.roster import Roster
from ingest.parse.vocab import Vocabulary

TRAIL = re.compile(r"(?:['’]s?|[\s.,;:!?\-–—])+$")
LEAD = re.compile(r"^(?:the|a|an)\s+", re.I)
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def known_orgs(paper: Paper, vocab: Vocabulary) -> dict[str, str]:
    """Organisations the structure names, by lower-case form -> as written."""
    out: dict[str, str] = {}
    listed = ([paper.chair] if paper.chair else []) + paper.attendees + paper.apologies
    values = [part for p in listed if p.org for part in re.split(r"\s+/\s+", p.org)]
    if paper.body and not any(m.label == "ORG" for m in paper.mentions):
        values.append(paper.body)  # no issuing heading: the body named by the title
    if paper.location and not re.search(r"\d", paper.location) and not VENUE.search(paper.location):
        values.append(paper.location)  # a meeting hosted by an organisation ('Elmley Council')
    for row in paper.workplan:
        values.extend(r for r in row.responsible if r[:1].isupper())
    for v in values:
        out.setdefault(clean_text(v).lower(), re.sub(r"\s+", " ", v).strip())
    return out


def gazetteer(data_dir: Path | None) -> list[str]:
    names: list[str] = []
    for canonical, aliases in load_aliases(data_dir).items():
        for n in [canonical, *aliases]:
            if " " in n or n.isupper() or len(n) > 4:
                names.append(n)
    return names

@lru_cache(maxsize=64)
def phrase_pattern(phrases: tuple[str, ...], case_sensitive: bool) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alts = "|".join(r"\s+".join(re.sub(r"['’]", "['’]", re.escape(w)) for w in p.split()) + r"(?:s|es|['’]s)?"
                    for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", 0 if case_sensitive else re.I)


def find_all(text: str, phrases: Iterable[str], case_sensitive: bool = True) -> list[tuple[int, int]]:
    rx = phrase_pattern(tuple(sorted(set(phrases))), case_sensitive)
    return [(m.start(), m.end()) for m in rx.finditer(text)] if rx else []

def clean_entity(text: str) -> str:
    value = clean_text(text)
    value = LEAD.sub("", value)
    value = TRAIL.sub("", value)
    return value.strip(" \"“”‘’'()[]")

def org_phrases(text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Capitalised phrases ending in an organisation head word ('Elmley County Council')."""
    if not vocab.org_heads:
        return []
    heads = "|".join(re.escape(h) for h in sorted(vocab.org_heads, key=len, reverse=True))
    word = r"[A-Z0-9][\w’'-]*"
    joiner = rf"(?:\s+(?:of|for|of\s+the)\s+|\s+(?:and|&)\s+(?={word}\s)(?![A-Z]{{2,}}\b)|[ \t]+)"
    place = r"(?!\s+(?:Station|Chamber|Hall|House|Centre|Building|Offices|Room|Street|Road)\b)"
    rx = _ORG_PHRASE.setdefault(heads, re.compile(
        rf"(?<![\w’'-])(?:Department|Office|Ministry|Royal\s+College)\s+(?:of|for)\s+(?:the\s+)?{word}(?:[ \t]+(?:and[ \t]+)?{word})*"
        rf"|(?<![\w’'-])(?:{word}{joiner}){{1,6}}(?:{heads})(?![\w’'-]){place}"
        rf"|(?<![\w’'-])NHS[ \t]+[A-Z][a-z]+(?![\w’'-])(?!\s+[A-Z])"))
    head_end = re.compile(rf"(?:{heads})$")
    out: list[tuple[int, int]] = []
    for m in rx.finditer(text):
        start = m.start()
        # 'Elmley Borough Council and Elmley and District Police' is two organisations
        for j in re.finditer(r"\s+(?:and|&)\s+", m.group(0)):
            if head_end.search(m.group(0)[:j.start()]) and start < m.start() + j.start():
                out.append((start, m.start() + j.start()))
                start = m.start() + j.end()
        out.append((start, m.end()))
    return out


_ORG_PHRASE: dict[str, re.Pattern[str]] = {}
VENUE = re.compile(r"\b(?:room|hall|house|centre|center|chamber|offices|street|road|building|suite|station)\b", re.I)


def not_org(paper: Paper, value: str, roster: Roster, vocab: Vocabulary, topic_words: set[str],
             orgs: dict[str, str] | None = None) -> bool:
    low = value.lower()
    words = low.split()
    if "\n" in value or low in vocab.publications or is_role(value, vocab):
        return True
    if words and (words[0] in MONTHS or len(value) <= 2):
        return True
    if len(words) == 1 and orgs and not value.isupper() and \
            sum(1 for o in orgs if o.split(" ")[0] == low and " " in o) >= 1 and low not in orgs:
        return True  # 'Elmley' alone is the place in 'Elmley Borough Council'
    if len(words) == 1 and roster.is_surname(value):
        return True
    if not value or not value[0].isupper() or len(value) > 80 or "@" in value or "www." in low or "http" in low:
        return True
    if any(ch.isdigit() for ch in value) and not re.search(r"[A-Za-z]{3}", value):
        return True
    if len(words) == 1 and (low in vocab.group_words or low in vocab.not_name_words or low in vocab.role_words):
        return True
    if all(w in vocab.group_words or w in vocab.not_name_words for w in words):
        return True
    if value in topic_words or low in topic_words:
        return True
    if value in paper.acronyms and not ORGISH.search(paper.acronyms[value]):
        return True
    if re.fullmatch(r"[A-Z]{2,3}", value) and roster.by_initials(value):
        return True
    if roster.full_name(value) or roster.by_first_name(value):
        return True
    return False

ORGISH = re.compile(r"\b(?:association|department|agency|service|unit|office|council|commission|trust|society|"
                     r"board|police|authority|ministry|directorate)\b", re.I)


def trim_org(text: str, value: str, start: int, end: int) -> tuple[str, int, int]:
    """Cut an ORG guess at a sentence break, an unclosed bracket or a dangling 'and'/'&'."""
    cut = len(value)
    for rx in (r"\.\s", r"\n", r"\s[-–—]\s", r"\s?\((?![^)]*\))", r"(?:\s+(?:and|&|of|for|the))+\s*$"):
        m = re.search(rx, value)
        if m:
            cut = min(cut, m.start())
    value = value[:cut].rstrip(" ,;:-–")
    return value, start, start + len(value)
