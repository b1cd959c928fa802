"""Sentence cues that say what a capitalised phrase in prose is, where a small NER model guesses wrong.

spaCy's small English model often tags a person's name as an organisation and an
organisation as a person. The way minutes are written settles most of these:

- a name-shaped phrase is a person when it is followed by its organisation or
  initials in brackets (`Ada Brook (Elmley Council)`, as attendee lists write
  people), by `from <Organisation>`, or by a reporting verb (`Ada Brook reported`),
  or when it is the object of a verb that takes a person (`invite Ada Brook`);
- a phrase that cannot be a person's name is an organisation when it stands in
  brackets right after a name (`Ada Brook (Elmley Aid)`), after `from`, or before
  a plural verb (`Elmley Aid have produced`: British usage for a body);
- a name alone on its line with a job title on one of the next lines is a signature.

The cues are generic English; which words are verbs, roles or organisation head
words comes from the curated vocabulary.
"""
from __future__ import annotations

import re

from ingest.parse.lines import Line
from ingest.parse.people import is_role, looks_like_person
from ingest.parse.vocab import Vocabulary

_BRACKETED = re.compile(r"[ \t]*\(([A-Z][^()\n]{0,80})\)")
_FROM = re.compile(r"\s+from\s+(?:the\s+)?(?P<org>[A-Z][\w’'&!.-]*(?:(?:\s+(?:of|for|and|&|the|upon|in|on)){0,2}"
                   r"\s+[A-Z][\w’'&!.-]*)*)")
_VERB_AFTER = re.compile(r"\s+(?:\([A-Z]{2,4}\)\s+)?([a-z]+)")
_PLURAL = r"\s+(?:have|are|were)\s+(?:been\s+)?[a-z]+(?:ed|en|ing)\b"
_PLURAL_VERB = re.compile(_PLURAL)
_BEFORE_BRACKET = re.compile(r"[A-Z][\w’'.-]+[ \t]*\($")
_BEFORE_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")


def person_cue(text: str, end: int, vocab: Vocabulary, start: int | None = None) -> bool:
    """Does the text around a phrase say it is a person? After it: '(Org)', 'from Org' or a reporting
    verb; before it (when `start` is given): a verb whose object is a person ('invite Ada Brook')."""
    if start is not None:
        before = re.search(r"([a-z]+)\s+$", text[max(0, start - 24):start])
        if before and before.group(1) in vocab.person_object_verbs:
            return True
    after = text[end:end + 120]
    if _BRACKETED.match(after) or _FROM.match(after):
        return True
    m = _VERB_AFTER.match(after)
    return bool(m and m.group(1) in vocab.reporting_verbs)


def plural_subject(text: str, start: int, end: int) -> bool:
    """Is the phrase the whole subject of a plural verb ('Elmley Aid have produced', not 'Ada and Ben have')?"""
    return bool(_PLURAL_VERB.match(text, end)) and not re.search(r"(?:\band|&|,)\s*$", text[max(0, start - 6):start])


def org_cue(text: str, start: int, end: int) -> bool:
    """Is the phrase at [start, end) written where an organisation stands (after a name, after 'from')?"""
    before = text[max(0, start - 60):start]
    if _BEFORE_FROM.search(before) or plural_subject(text, start, end):
        return True
    return bool(_BEFORE_BRACKET.search(before)) and text[end:end + 1] == ")"


def org_after_person(text: str, end: int, vocab: Vocabulary) -> tuple[int, int] | None:
    """The organisation written right after a person's name: '(Elmley Aid)' or 'from Elmley Aid'."""
    m = _BRACKETED.match(text, end)
    if m:
        return m.start(1), m.end(1)
    m = _FROM.match(text, end)
    if not m:
        return None
    start, value = m.start("org"), m.group("org")
    heads = {h.lower() for h in vocab.org_heads}
    cut = re.search(r"\s+(?:and|&)\s+", value)
    if cut and value.rstrip(".").split()[-1].lower() not in heads:
        value = value[:cut.start()]  # 'from Elmley Aid and Ada Brook': the organisation ends at 'and'
    value = value.rstrip(".")
    return start, start + len(value)


_RUN = r"[A-Z][\w’'&!-]*(?:\s+(?:of|for|and|&|the)\s+[A-Z][\w’'&!-]*|[ \t]+[A-Z][\w’'&!-]*)*"
_ORG_SLOT = re.compile(rf"\bfrom\s+(?:the\s+)?(?P<after_from>{_RUN})"
                       rf"|(?P<before_verb>{_RUN})(?={_PLURAL})")


def org_slots(text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Capitalised phrases written where an organisation stands: after 'from', or before a plural verb
    ('Elmley Aid have produced'). A lone word counts only in capitals ('EA have ...', 'from EA'),
    and a phrase joined by 'and' keeps only its last part unless it ends in an organisation head word."""
    heads = {h.lower() for h in vocab.org_heads}
    out: list[tuple[int, int]] = []
    for m in _ORG_SLOT.finditer(text):
        name = "after_from" if m.group("after_from") else "before_verb"
        start, value = m.start(name), m.group(name).rstrip(".")
        ends_in_head = value.split()[-1].lower() in heads
        parts = list(re.finditer(r"\s+(?:and|&)\s+", value))
        if parts and not ends_in_head:
            if name == "after_from":
                value = value[:parts[0].start()]
            else:
                start, value = start + parts[-1].end(), value[parts[-1].end():]
        if " " not in value and sum(ch.isupper() for ch in value) < 2:
            continue  # one capitalised word may be a place or open a sentence ('Parents were asked')
        out.append((start, start + len(value)))
    return out


_CAPITAL_RUN = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w’'-]*[ \t]+){1,4}[A-Z][\w’'-]*(?![\w’'-])")


def person_slots(text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Name-shaped phrases NER missed, followed by a person cue ('Ada Brook reported ...').

    The name is the longest tail of a run of capitalised words that reads as a person's name, so
    'Board Ada Brook' gives 'Ada Brook'; a phrase after 'the' is not a name."""
    out: list[tuple[int, int]] = []
    for m in _CAPITAL_RUN.finditer(text):
        if not person_cue(text, m.end(), vocab):
            continue
        words = list(re.finditer(r"\S+", m.group(0)))
        for k in range(max(0, len(words) - 4), len(words) - 1):
            start = m.start() + words[k].start()
            value = text[start:m.end()]
            if looks_like_person(value, vocab):  # no NER guess behind it: the strict reading
                if not re.search(r"(?i)\bthe\s+$", text[max(0, start - 5):start]):
                    out.append((start, m.end()))
                break
    return out


def signatures(lines: list[Line], vocab: Vocabulary) -> list[Line]:
    """Names alone on their line followed, within two lines, by a job title ('Ada Brook' / 'Policy Officer')."""
    out: list[Line] = []
    for i, line in enumerate(lines):
        if line.blank or len(line.text) > 40 or not looks_like_person(line.text, vocab):
            continue
        following = [l for l in lines[i + 1:i + 4] if not l.blank][:1]
        if following and len(following[0].text.split()) <= 6 and is_role(following[0].text, vocab):
            out.append(line)
    return out


__all__ = ["person_cue", "org_cue", "plural_subject", "org_after_person", "org_slots", "person_slots", "signatures"]
