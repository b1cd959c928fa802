"""Split a query string into tokens: words, "phrases", field prefixes, brackets, operators.

Offsets are kept so a suggestion can rewrite exactly the word it corrects. A
quote mark that is never closed is reported and its words are read as words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPERATORS = ("AND", "OR", "NOT")

_WORD = re.compile(r'[^\s()"]+')
_FIELDED = re.compile(r"^([A-Za-z_]+):(.*)$", re.S)


@dataclass
class Tok:
    kind: str  # "word" | "phrase" | "op" | "open" | "close" | "neg"
    text: str
    start: int
    end: int
    field: str | None = None  # as written, before validation


def tokenize(q: str, warnings: list[str]) -> list[Tok]:
    toks: list[Tok] = []
    i, n = 0, len(q)
    while i < n:
        c = q[i]
        if c.isspace():
            i += 1
        elif c in "()":
            toks.append(Tok("open" if c == "(" else "close", c, i, i + 1))
            i += 1
        elif c == '"':
            tok = _phrase(q, i, None, warnings)
            if tok:
                toks.append(tok)
                i = tok.end + 1
            else:
                i += 1
        elif c == "-" and i + 1 < n and not q[i + 1].isspace() and q[i + 1] not in '-)':
            toks.append(Tok("neg", c, i, i + 1))
            i += 1
        else:
            m = _WORD.match(q, i)
            assert m is not None
            word, j = m.group(), m.end()
            fielded = _FIELDED.match(word)
            if word in OPERATORS:
                toks.append(Tok("op", word, i, j))
            elif fielded and fielded[2]:
                toks.append(Tok("word", fielded[2], i + len(fielded[1]) + 1, j, fielded[1]))
            elif fielded and j < n and q[j] == '"':
                tok = _phrase(q, j, fielded[1], warnings)
                if tok:
                    toks.append(tok)
                    j = tok.end + 1
                else:
                    j += 1
            elif fielded and j < n and q[j] == "(":
                toks.append(Tok("open", "(", j, j + 1, fielded[1]))
                j += 1
            else:
                toks.append(Tok("word", word.rstrip(":"), i, i + len(word.rstrip(":"))))
            i = j
    return toks


def _phrase(q: str, i: int, fieldname: str | None, warnings: list[str]) -> Tok | None:
    close = q.find('"', i + 1)
    if close == -1:
        rest = q[i + 1:].strip()
        warnings.append(f"The quote mark before '{rest}' is never closed, so those words were searched "
                        "separately." if rest else "A stray quote mark at the end was ignored.")
        return None
    return Tok("phrase", q[i + 1:close], i + 1, close, fieldname)
