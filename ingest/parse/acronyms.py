"""Acronyms a paper defines: 'Child Death Review Panels (CDRPx)' and 'ABCD (Association of ...)'.

The long form is found with the Schwartz & Hearst algorithm (2003): the short
form's letters are matched right to left inside the words before the
parenthesis, the first letter at a word start. Most content words of the long
form must take part in the match, so 'Information Sharing (IRT)' is no
definition. A person's initials ('Ada Brook (AB)') are not acronyms.

A long form may start on the line above: text wrapped at a fixed width (PDF
text, hard-wrapped plain text) breaks lines inside a sentence, so when the line
above does not end a sentence or clause, its words come before the parenthesis too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ingest.readers.layout import CELL_SEP, ends_clause

_SHORT = re.compile(r"^(?=[^a-z]*[A-Z][^a-z]*[A-Z]|[A-Z][a-z]?[A-Z])[A-Za-z&][A-Za-z0-9&\-]{1,9}$")
_PAREN = re.compile(r"\(([^()]{1,120})\)")
_STOP = {"of", "and", "for", "the", "to", "in", "on", "a", "an", "&", "at", "by", "with"}


@dataclass(frozen=True)
class Acronym:
    short: str
    long: str
    span: tuple[int, int]  # the whole definition, long form and short form


def _is_short(text: str) -> bool:
    return bool(_SHORT.match(text)) and sum(ch.isupper() for ch in text) >= 2


def _by_initials(letters: str, words: list[str]) -> bool:
    """Can every content word give the next letter(s), starting with its first letter?"""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    low = word.lower()
    if low in _STOP:
        if _by_initials(letters, rest):
            return True
        return bool(letters) and letters[0] == low[0] and _by_initials(letters[1:], rest)
    if not letters or letters[0] != low[0]:
        return False
    # the word gives its first letter and maybe more letters found inside it, in order
    taken, pos = 1, 1
    options = [1]
    while taken < len(letters):
        found = low.find(letters[taken], pos)
        if found < 0:
            break
        taken, pos = taken + 1, found + 1
        options.append(taken)
    return any(_by_initials(letters[n:], rest) for n in reversed(options))


def _best_long(short: str, words_before: str) -> str | None:
    """The long form ending at the parenthesis: by word initials first, else Schwartz & Hearst."""
    letters = short.rstrip("s") if short.endswith("s") and short[:-1].isupper() else short
    letters = "".join(ch for ch in letters if ch.isalnum()).lower()
    if len(letters) < 2:
        return None
    words = words_before.split()
    limit = min(len(letters) + 5, len(letters) * 2)
    for k in range(1, min(limit, len(words)) + 1):
        if words[-k].lower() not in _STOP and _by_initials(letters, words[-k:]):
            return " ".join(words[-k:]).strip(" ,;:-–")
    candidate = " ".join(words[-limit:])
    s_i, l_i = len(letters) - 1, len(candidate) - 1
    matched: list[int] = []
    while s_i >= 0:
        ch = letters[s_i]
        while l_i >= 0 and (candidate[l_i].lower() != ch or (s_i == 0 and l_i > 0 and candidate[l_i - 1].isalnum())):
            l_i -= 1
        if l_i < 0:
            return None
        matched.append(l_i)
        s_i -= 1
        l_i -= 1
    start = candidate.rfind(" ", 0, matched[-1] + 1) + 1
    long = candidate[start:].strip(" ,;:-–")
    if not _content_words_used(long, candidate, start, matched) or _sentence_fragment(long):
        return None
    return long


def _sentence_fragment(long: str) -> bool:
    """'discuss this further with Ada Brook': lower-case words before capitalised ones are a sentence,
    not a term ('national referral mechanism' and 'Youth Sports Board' are terms)."""
    content = [w for w in long.split() if w.lower() not in _STOP and w[:1].isalpha()]
    lower = [i for i, w in enumerate(content) if w[:1].islower()]
    upper = [i for i, w in enumerate(content) if w[:1].isupper()]
    return bool(lower and upper and min(lower) < max(upper))


def _content_words_used(long: str, candidate: str, start: int, matched: list[int]) -> bool:
    """Most content words of the long form hold a matched letter (at most one in four may not)."""
    pos = start
    content = unused = 0
    for word in candidate[start:].split(" "):
        w_start, w_end = pos, pos + len(word)
        pos = w_end + 1
        if not word or word.lower() in _STOP:
            continue
        content += 1
        if not any(w_start <= m < w_end for m in matched):
            unused += 1
    return content > 0 and unused <= content // 4


def _text_before(text: str, line_start: int) -> int:
    """Where the words before a parenthesis may start: its line, or the line above when the sentence runs on."""
    if line_start < 2:
        return line_start
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start:line_start - 1].strip()
    if not above or ends_clause(above) or CELL_SEP in above:  # a blank line, a finished sentence, a table row
        return line_start
    return above_start


def _long_start(long: str, before: str) -> int | None:
    """Where `long` (its words joined by single spaces) starts in `before`, white space inside as written."""
    if long in before:
        return before.rfind(long)
    hits = list(re.finditer(r"\s+".join(map(re.escape, long.split())), before))
    return hits[-1].start() if hits else None


def find_acronyms(text: str, is_person: Callable[[str], bool]) -> list[Acronym]:
    """Definitions in reading order; the first definition of a short form wins."""
    found: dict[str, Acronym] = {}
    for m in _PAREN.finditer(text):
        inner = m.group(1).strip()
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()]
        if _is_short(inner):
            from_ = _text_before(text, line_start)
            sentence = text[from_:m.start()]
            long = _best_long(inner, re.split(r"[.;:!?()\[\]]", sentence)[-1])
            if long and not is_person(long) and inner not in found:
                at = _long_start(long, sentence)
                found[inner] = Acronym(inner, long, (m.start() if at is None else from_ + at, m.end()))
            continue
        # 'ABCD (Association of British Child Directors)'
        short_m = re.search(r"([A-Za-z][A-Za-z&\-]{1,9})\s*$", before)
        if short_m and _is_short(short_m.group(1)) and " " in inner:
            short = short_m.group(1)
            long = _best_long(short, inner)
            if long and long == inner.strip(" ,;:-–") and short not in found and not is_person(long):
                found[short] = Acronym(short, long, (line_start + short_m.start(1), m.end()))
    return sorted(found.values(), key=lambda a: a.span[0])
