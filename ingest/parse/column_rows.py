"""Rows of a flattened two-column table under a column-title line ('Name Agency', 'Name Organisation',
'Name Role'): 'Cllr Ada Brook Elmley Council (Chair)' has lost the cell break between the name and
the agency. The title line is the cue: without it no row is cut.

Each row is cut after its leading name (an optional title, then two name words, or three when the
third is no agency's opening word and the fourth is): the agencies of a table repeat their opening
words ('Elmley Council', 'Elmley Police'), which is where the cut goes for a three-word name. The
cut is written as a comma in place of the space, so offsets do not move.
"""
from __future__ import annotations

import re
from collections import Counter

from ingest.names import is_title
from ingest.parse.lines import Line
from ingest.parse.people import looks_like_person
from ingest.parse.vocab import Vocabulary

_TITLE_LINE = re.compile(r"^names?\s+(?:agency|organi[sz]ations?|role|designation|job\s+title|title|position"
                         r"|representing|service)\s*$", re.I)
_NAME_WORD = re.compile(r"^(?=.*[a-z])[A-Z][A-Za-z'’]*(?:-[A-Z][A-Za-z'’]*)*$")  # 'McFox', "O'Gee", not 'NHS'
_WORD = re.compile(r"\S+")


def split_column_rows(lines: list[Line], vocab: Vocabulary) -> list[Line]:
    """The lines with each row under a 'Name Agency' title line cut after its name."""
    titles = [i for i, line in enumerate(lines)
              if line.text[:5].lower() in ("name ", "names") and _TITLE_LINE.match(line.text)]
    if not titles:
        return lines
    rows: list[tuple[int, list[re.Match[str]], int]] = []  # line position, words, first name word
    for i in titles:
        j = i + 1
        while j < len(lines) and lines[j].text and lines[j].text[:1].isupper():
            words = list(_WORD.finditer(lines[j].text))
            lead = 0
            while lead < len(words) - 1 and is_title(words[lead].group()):
                lead += 1
            rows.append((j, words, lead))
            j += 1
    openers = Counter(words[lead + 2].group() for _, words, lead in rows if len(words) > lead + 2)
    out = list(lines)
    for j, words, lead in rows:
        cut = _cut(words, lead, openers, vocab)
        if cut is None:
            continue
        line = lines[j]
        at = words[cut - 1].end()
        out[j] = Line(line.index, line.start, line.end, line.text[:at] + "," + line.text[at + 1:], line.indented)
    return out


def _cut(words: list[re.Match[str]], lead: int, openers: Counter[str], vocab: Vocabulary) -> int | None:
    """The word position the row's remainder starts at, or None when the row has no name to cut off."""
    if len(words) < lead + 3 or not all(_NAME_WORD.match(w.group()) for w in words[lead:lead + 2]):
        return None
    cut = lead + 2
    third = words[lead + 2].group()
    if openers[third] < 2 and len(words) > lead + 3 and openers[words[lead + 3].group()] >= 2 \
            and _NAME_WORD.match(third) and third.lower() not in vocab.not_name_words \
            and third.lower() not in vocab.org_words and third.lower() not in vocab.role_words:
        cut += 1  # 'Ada Mary Brook Elmley Council': the table's agencies open with 'Elmley'
    name = " ".join(w.group() for w in words[:cut])
    return cut if looks_like_person(name, vocab, in_slot=True) else None
