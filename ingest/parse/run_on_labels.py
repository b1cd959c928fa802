"""'Action:' labels run on inside one line, after a heading's words rather than a sentence's end (round 47).

A summary of action points whose table lost its lines reads 'Minutes and matters arising Action: Ada Brook agreed
to report back on the policy Action: Ben Cole to circulate the paper to members Ben Cole ...': no label opens its
line and no full stop stands before one, so neither the line-start nor the inline readers see them. Each label
whose task opens with a person and 'to' / 'agreed to' / 'will' and a verb is an action running to the next label;
the owner column's copy of the owner's name after it ends it. The owner must be a person the paper names
(written in full, initials or a title and surname it resolves, or its named chair): 'Action: Executive Board members
were asked ...', 'Action: Secretariat to ...' are left alone.
"""
from __future__ import annotations

import re

from ingest.names import clean_text, person_key
from ingest.parse.owners import OwnerReader, Owners
from ingest.parse.people import looks_like_person

# a label after a word (not a sentence's end: the inline reader's), its colon, then the task
_LABEL = re.compile(r"(?<=[A-Za-z0-9’')])\s+(?:ACTIONS?|Actions?)\s*:\s*(?=[A-Z])")
# the task's subject: up to four capitalised words or initials, then 'to' / 'agreed to' / 'will' and a verb
_TASK = re.compile(r"(?P<who>(?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’.\-]*)"
                   r"\s+(?:to|agreed\s+to|will)\s+(?!be\b)[a-z]{2,}")
_SENTENCE_END = re.compile(r"(?<=[a-z)])[.!?](?=\s+[A-Z])")


def _person_owners(who: str, reader: OwnerReader) -> Owners | None:
    """The subject's owners when each is a person the paper names (resolved, never a group or a role as written)."""
    owners = reader.read(f"{who} to act")
    if not owners.owners or owners.unresolved or owners.everyone:
        return None
    for name in owners.owners:
        if person_key(name) not in reader.roster.names and not looks_like_person(name, reader.vocab):
            return None
    return owners


def run_on_labels(text: str, reader: OwnerReader) -> list[tuple[int, int, Owners]]:
    """(start, end, owners) of each run-on label's task in one line's `text`; none unless the line holds a
    label after a word whose task a person owns."""
    if "ction" not in text and "CTION" not in text:
        return []
    labels = list(_LABEL.finditer(text))
    out = []
    for k, label in enumerate(labels):
        start = label.end()
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        task = _TASK.match(text, start, end)
        if task is None or (owners := _person_owners(task.group("who"), reader)) is None:
            continue
        if (stop := _SENTENCE_END.search(text, start, end)) is not None:
            end = stop.end()  # the task's sentence, not the minute's next one
        for name in {*owners.owners, clean_text(task.group("who"))}:
            copy = text.find(" " + name, task.end(), end)
            if copy > 0:
                end = copy  # the owner column's copy ends the task: '... to members Ben Cole Finance report'
        body = text[start:end].rstrip(" .;,")
        out.append((start, start + len(body), owners))
    return out
