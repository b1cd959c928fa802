"""Training papers with member-list NAME FORMS (round 67): councils, boards and committees often write their members
without given names: 'Councillors Brook, Cole and Dale', 'Cllrs A Brook, B Cole', 'Ms. Brook (Chair), Mr. Cole',
'Councillor A.B. Brook Councillor C. Dale'. The open papers hold few such lists, so the model read few of them. A
forms copy of a training paper rewrites each marked gold name into one such form, the gold name then being the
written form minus its title ('Brook', 'A Brook', 'A.B. Brook'), as the gold sets write it.

One form per paper (a list is written one way), seeded by the paper's set, file and copy: the surname alone, or
initials ('A', 'A.', 'A.B.', 'AB') before it; a title before each name (one office title for all, or a personal
title per person), or a PLURAL title before a run of names ('Councillors Brook, Cole and Dale'), or none (initials
only). A title already written before a name is replaced. The titles are `ingest.names.TITLES` words only. Now and
then the space inside a name becomes a line break (lists wrapped mid-name). The gold spans are re-mapped exactly
(`formed` checks that every span reads its new name).
"""
from __future__ import annotations

import random
import re
import zlib
from dataclasses import replace

from ingest.learned.corpus import Example
from ingest.names import TITLES, is_title, person_key

# titles before each member of a body ('Cllr Brook'), each with its plural before a run ('Cllrs Brook, Cole')
OFFICE_TITLES = {"Cllr": "Cllrs", "Councillor": "Councillors", "Alderman": "Aldermen", "Cllr.": "Cllrs."}
# personal titles, one per person ('Ms. Brook (Chair), Mr. Cole'); ranks of the police as safeguarding boards write
PERSONAL_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "DS", "DI", "Supt", "Insp")
assert all(t.lower().rstrip(".") in TITLES for t in (*OFFICE_TITLES, *PERSONAL_TITLES))
INITIALS = ("", "{a}", "{a}.", "{a}.{b}.", "{a}{b}", "{a} {b}")
WRAP = 0.08  # the share of names broken across two lines
_TITLE_BEFORE = re.compile(r"((?:[A-Z][\w/]*\.?[ \t]+){1,2})$")
_SEP = re.compile(r"^(?:[\s,;|/]|&|and(?=\s)|\([^()\n]{0,40}\))*$")
_WS = re.compile(r"\s+")


def _title_start(text: str, at: int) -> int:
    """Where a title written just before `at` begins ('Cllr ', 'County Councillor '), else `at`."""
    m = _TITLE_BEFORE.search(text, max(0, at - 40), at)
    if m is None:
        return at
    words = m.group(1).split()
    start = at
    for word in reversed(words):  # the words nearest the name first: 'County Councillor'
        if not (is_title(word) or word.lower() in {"county", "deputy", "chief"}):
            break
        start = text.rindex(word, 0, start)
    return start


def _written(name: str, initials: str, rng: random.Random) -> str:
    """`name` as 'Brook' or 'A.B. Brook' by the `initials` pattern; a name of one word stays as it is."""
    words = _WS.sub(" ", name).strip().split(" ")
    if len(words) < 2:
        return words[0]
    cut = next((i for i, w in enumerate(words[1:], 1) if w[:1].islower()), len(words) - 1)  # 'van der Berg'
    given, surname = words[:cut], " ".join(words[cut:])
    letters = [w[0].upper() for w in given if w[:1].isalpha()] or ["A"]
    second = letters[1] if len(letters) > 1 else rng.choice("ABCDEGHJKLMPRST")
    lead = initials.format(a=letters[0], b=second)
    if is_title(lead):  # initials that read as a rank ('DS', 'DI') would be taken off as one
        lead = initials.format(a=letters[0], b="J")
    return f"{lead} {surname}" if lead else surname


def _starts_and_runs(text: str, spans: list[tuple[int, int, str]]) -> tuple[list[int], list[str]]:
    """Where each name's written title begins, and whether the name 'opens' a run of names of one list with only
    separators between them, stands 'in' one after its first, or stands 'alone'."""
    starts, after = [], []
    last, label_before = 0, None
    for a, z, label in spans:
        start = _title_start(text, a)
        start = a if start < last else start
        starts.append(start)
        after.append(label == label_before and last > 0 and _SEP.match(text[last:start]) is not None)
        last, label_before = z, label
    runs = ["in" if here else "opens" if i + 1 < len(after) and after[i + 1] else "alone"
            for i, here in enumerate(after)]
    return starts, runs


def formed(ex: Example, copy: int = 0, seed: int = 67) -> Example:
    """`ex` with its marked names rewritten into one member-list form (copy `copy`), its spans and gold moved."""
    rng = random.Random(zlib.crc32(f"{ex.set_name}/{ex.doc}/forms{copy}/{seed}".encode()))
    initials = rng.choice(INITIALS)
    style = rng.choice(("office", "plural", "personal") + (("none",) if initials else ()))
    office = rng.choice(sorted(OFFICE_TITLES))
    text, spans = ex.text, sorted(ex.spans)
    starts, runs = _starts_and_runs(text, spans)
    pieces: list[str] = []
    out: list[tuple[int, int, str]] = []
    renamed: dict[str, str] = {}
    last, length = 0, 0
    for i, ((a, z, label), start) in enumerate(zip(spans, starts)):
        name = _written(text[a:z], initials, rng)
        if rng.random() < WRAP and " " in name:
            name = name.replace(" ", "\n", 1)
        if style == "personal":
            title = rng.choice(PERSONAL_TITLES) + " "
        elif style == "office" or (style == "plural" and runs[i] == "alone"):
            title = office + " "
        elif style == "plural" and runs[i] == "opens":
            title = OFFICE_TITLES[office] + " "
        else:
            title = ""
        gap = text[last:start]
        pieces.append(gap)
        length += len(gap)
        pieces.append(title + name)
        out.append((length + len(title), length + len(title) + len(name), label))
        length += len(title) + len(name)
        renamed[person_key(_WS.sub(" ", text[a:z]))] = _WS.sub(" ", name)
        last = z
    pieces.append(text[last:])
    new = "".join(pieces)
    for (a, z, _), (na, nz, _) in zip(spans, out):
        if _WS.sub(" ", new[na:nz]) != renamed[person_key(_WS.sub(" ", text[a:z]))]:
            raise ValueError(f"forms moved a name in {ex.set_name}/{ex.doc}: {text[a:z]!r} -> {new[na:nz]!r}")
    gold = {k: [renamed.get(person_key(n), n) for n in v] for k, v in ex.gold.items()}
    return replace(ex, text=new, spans=out, gold=gold)


FLAT = 0.5  # the share of forms copies also flattened (round 61's flattening: lists that lost their line breaks)


SHARE = 0.5  # the share of papers given a forms copy


def form_copies(examples: list[Example], copies: int, flat: float = FLAT, share: float | None = None) -> list[Example]:
    """`copies` forms copies of a share `share` of `examples` that mark a name (the copies only), a share `flat`
    of them flattened as well (both seeded by the paper)."""
    from ingest.learned.flatten import flattened

    share = SHARE if share is None else share
    out = []
    for c in range(copies):
        for ex in examples:
            rng = random.Random(zlib.crc32(f"{ex.set_name}/{ex.doc}/formsflat{c}".encode()))
            flat_it = rng.random() < flat
            chosen = rng.random() < share
            if ex.spans and chosen:
                new = formed(ex, c)
                out.append(flattened(new, c) if flat_it else new)
    return out
