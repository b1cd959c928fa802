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

TRAIL = re.compile(r"(?:['’]s?|[\s.,;:?\-–—])+$")  # a '!' stays: it is part of some names
LEAD = re.compile(r"^(?:the|a|an)\s+", re.I)
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


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

def _alternative(phrase: str) -> str:
    """A phrase as written: any white space between its words, either apostrophe, a plural or possessive."""
    return r"\s+".join(re.sub(r"['’]", "['’]", re.escape(w)) for w in phrase.split()) + r"(?:s|es|['’]s)?"


@lru_cache(maxsize=64)
def phrase_pattern(phrases: tuple[str, ...], case_sensitive: bool) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alts = "|".join(_alternative(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"{_first_chars(phrases)}(?<![\w-])(?:{alts})(?![\w-])", 0 if case_sensitive else re.I)


def _first_chars(phrases: tuple[str, ...]) -> str:
    """A lookahead for the characters the phrases start with (either apostrophe for one), under the pattern's
    own flags: it only skips places where no alternative can start, so the matches are the same, and a topic's
    scan of a paper takes about half the time. None when a phrase has no words (it matches anywhere)."""
    if any(not p.split() for p in phrases):
        return ""
    firsts = {p.split()[0][0] for p in phrases}
    if firsts & {"'", "’"}:
        firsts |= {"'", "’"}
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"


@lru_cache(maxsize=4096)
def _one_phrase(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alternative(phrase)})(?![\w-])")


def find_all(text: str, phrases: Iterable[str], case_sensitive: bool = True) -> list[tuple[int, int]]:
    """Where `phrases` are written: the spans `phrase_pattern(phrases).finditer(text)` gives.

    Each paper has its own phrases (its organisations), and compiling their alternation cost a few
    ms a paper. Case-sensitively, a phrase can only match where its first word is written, so this
    finds those places with `str.find`, and at each (left to right, after the last match) takes the
    first phrase in the alternation's order (longest first) whose own pattern, compiled once for all
    papers, matches there: the alternation's rule, so the same spans."""
    unique = sorted(set(phrases))
    if not case_sensitive or any(not p.split() for p in unique):  # a phrase of no words matches anywhere
        rx = phrase_pattern(tuple(unique), case_sensitive)
        return [(m.start(), m.end()) for m in rx.finditer(text)] if rx else []
    flat = text.replace("’", "'")  # the patterns take either apostrophe
    order = sorted(unique, key=len, reverse=True)  # as phrase_pattern orders the alternatives
    starts: dict[int, list[int]] = {}  # where a first word is written -> its phrases, in order
    for k, phrase in enumerate(order):
        first = phrase.split()[0].replace("’", "'")
        at = flat.find(first)
        while at >= 0:
            starts.setdefault(at, []).append(k)
            at = flat.find(first, at + 1)
    out: list[tuple[int, int]] = []
    end = 0
    for at in sorted(starts):
        if at < end:
            continue
        for k in starts[at]:
            if m := _one_phrase(order[k]).match(text, at):
                out.append((m.start(), m.end()))
                end = m.end()
                break
    return out

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
    if clean_text(value).lower() in vocab.boroughs:
        return True  # a bare place ('Elmley') is an organisation only as an attendee's organisation
    if not value or not value[0].isupper() or len(value) > 80 or "@" in value or "www." in low or "http" in low:
        return True
    if any(ch.isdigit() for ch in value) and not re.search(r"[A-Za-z]{3}", value):
        return True
    if len(words) == 1 and (low in vocab.group_words or low in vocab.not_name_words or low in vocab.role_words):
        return True
    last = words[-1].strip("'’")
    if last in vocab.term_heads or last in vocab.document_heads or (len(words) > 1 and last in vocab.venue_heads):
        return True  # 'Elmley Justice IT System', 'Multi-Agency Risk Arrangements', 'Abbey House'
    if all(_generic(w, vocab) for w in words) and not proper_name(value, vocab):
        return True  # 'Working Group', 'Front-line Practitioners', "Directors of Children's Services"
    if value in topic_words or low in topic_words:
        return True
    if value in paper.acronyms and not org_long_form(paper.acronyms[value], vocab):
        return True
    if re.fullmatch(r"[A-Z]{2,3}", value) and roster.by_initials(value):
        return True
    if roster.full_name(value) or roster.by_first_name(value):
        return True
    return False

def _generic_in(word: str, words: frozenset[str]) -> bool:
    return word in words or (word.endswith("s") and word[:-1] in words)


def _generic(word: str, vocab: Vocabulary) -> bool:
    """A word of the vocabulary (a group, role or common word), singular or plural."""
    return any(_generic_in(word, l) for l in (vocab.group_words, vocab.not_name_words, vocab.role_words))


def org_long_form(long: str, vocab: Vocabulary) -> bool:
    """Does an acronym's long form name an organisation? ('Youth Sports Service' does; 'Local Authority
    Designated Officer' is a role and 'Multi-Agency Public Protection Arrangements' a scheme.)"""
    last = clean_text(long).split(" ")[-1].lower().strip("'")
    return bool(ORGISH.search(long)) and last not in vocab.term_heads and not is_role(long, vocab)


def proper_name(value: str, vocab: Vocabulary) -> bool:
    """A Title Case phrase of generic words that still names one institution.

    'Youth Sports Board', 'Department of Transport', 'Wales Councils', 'England Youth Panel' are names;
    'Working Group', "Children's Services", 'All Agencies' are descriptions.
    """
    words = clean_text(value).split(" ")
    content = [w for w in words if w.lower() not in {"of", "for", "and", "&", "the", "in", "on"}]
    if len(words) < 2 or not all(w[:1].isupper() for w in content):
        return False
    lows = [w.lower().strip("'’") for w in words]
    people = _generic_in(lows[-1], vocab.role_words)  # 'London Managers', 'Wales Youth Leads'
    if not people and any(w in vocab.place_words or vocab.is_borough(w) for w in lows):
        return True
    if lows[0] in {"department", "office", "ministry"} and len(words) > 2 and lows[1] in {"of", "for"}:
        return True
    return len(content) >= 3 and lows[-1] in vocab.proper_heads


_FOLDED = {"'": "['’‘ʼ]", "’": "['’‘ʼ]", "-": "[-‐‑–—]", "–": "[-‐‑–—]", "—": "[-‐‑–—]"}


@lru_cache(maxsize=8192)
def _written_as(value: str) -> re.Pattern[str] | None:
    """A value's pattern, compiled once: each paper locates hundreds of values, many the same across papers, and
    compiling them anew cost more than the searches (and pushed the static patterns out of re's own cache)."""
    words = ["".join(_FOLDED.get(ch) or re.escape(ch) for ch in w) for w in value.split()]
    return re.compile(r"\s+".join(words)) if words else None


def locate(text: str, value: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Where a cleaned value (dashes, apostrophes and spaces folded) is written in text[start:end]."""
    rx = _written_as(value)
    m = rx.search(text, start, len(text) if end is None else end) if rx is not None else None
    return (m.start(), m.end()) if m else None


ORGISH = re.compile(r"\b(?:association|department|agency|service|unit|office|council|commission|trust|society|"
                     r"board|police|authority|ministry|directorate|institute|foundation|charity|inspectorate|hospital|"
                     r"college)\b", re.I)


def trim_org(text: str, value: str, start: int, end: int) -> tuple[str, int, int]:
    """Cut an ORG guess at a sentence break, an unclosed bracket or a dangling 'and'/'&'."""
    cut = len(value)
    for rx in (r"\.\s", r"\n", r"\s[-–—]\s", r"\s?\((?![^)]*\))", r"(?:\s+(?:and|&|of|for|the))+\s*$"):
        m = re.search(rx, value)
        if m:
            cut = min(cut, m.start())
    value = value[:cut].rstrip(" ,;:-–")
    where = locate(text, value, start) if value else None  # white space in the text may be wider than in value
    return (value, *where) if where else (value, start, start + len(value))
