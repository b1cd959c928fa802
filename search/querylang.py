"""The query language officers type, parsed into a small tree that any engine can run.

    secure email                 words (stemmed; all must match)
    "exact phrase"               a phrase
    fgm OR "female genital"      either (OR binds tighter than the implied AND)
    NOT datasets, -datasets      without
    ( ... )                      grouping
    person:"Dave Hill" org:NSPCC topic:FGM owner:hill body:"LSCB Chairs"
    type:action kind:minutes status:completed title:... heading:... text:...
    date:2007  date:2007..2008  date:>=2009-06  year:2008
    safeguard*                   prefix (also ? for one letter)
    *                            everything (to browse with filters)

The tree is engine-neutral (search.compile turns it into a Whoosh query; an
OpenSearch backend would compile the same tree). A malformed query never
raises: the parser repairs what it can and says what it did in `warnings`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Union

from search.dates import DateValueError, parse_date_bounds

FIELDS = {
    "person": "person", "people": "person", "org": "org", "organisation": "org", "organization": "org",
    "topic": "topic", "owner": "owner", "body": "body", "type": "type", "kind": "kind",
    "date": "date", "year": "year", "title": "title", "heading": "heading", "text": "text",
    "status": "status",
}
FIELD_LIST = "person, org, topic, owner, body, type, kind, status, date, year, title, heading, text"
TYPES = {"paper": "paper", "papers": "paper", "document": "paper", "documents": "paper",
         "item": "item", "items": "item", "action": "action", "actions": "action"}
KINDS = {"minutes": "minutes", "update": "update", "updates": "update", "workplan": "workplan",
         "workplans": "workplan", "other": "other"}
OPERATORS = ("AND", "OR", "NOT")

_WORD = re.compile(r'[^\s()"]+')
_FIELDED = re.compile(r"^([A-Za-z_]+):(.*)$", re.S)


# ---- the tree ---------------------------------------------------------------

@dataclass(frozen=True)
class Term:
    """A word or phrase, optionally in one field. `start:end` locate `text` in the query string."""

    text: str
    field: str | None = None
    phrase: bool = False
    start: int = 0
    end: int = 0

    @property
    def wildcard(self) -> bool:
        return not self.phrase and ("*" in self.text or "?" in self.text)


@dataclass(frozen=True)
class DateRange:
    """Dates from `start` to `end` inclusive; None is an open end."""

    start: datetime | None
    end: datetime | None


@dataclass(frozen=True)
class Every:
    """Every document (the query `*`)."""


@dataclass(frozen=True)
class And:
    children: tuple["Node", ...]


@dataclass(frozen=True)
class Or:
    children: tuple["Node", ...]


@dataclass(frozen=True)
class Not:
    child: "Node"


Node = Union[Term, DateRange, Every, And, Or, Not]


@dataclass
class ParsedQuery:
    node: Node | None  # None when nothing searchable was left
    warnings: list[str] = field(default_factory=list)


def terms_of(node: Node | None) -> list[Term]:
    """The Term leaves of a tree, in query order."""
    if isinstance(node, Term):
        return [node]
    if isinstance(node, (And, Or)):
        return [t for c in node.children for t in terms_of(c)]
    if isinstance(node, Not):
        return terms_of(node.child)
    return []


# ---- tokens -----------------------------------------------------------------

@dataclass
class _Tok:
    kind: str  # "word" | "phrase" | "op" | "open" | "close" | "neg"
    text: str
    start: int
    end: int
    field: str | None = None  # as written, before validation


def _tokenize(q: str, warnings: list[str]) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(q)
    while i < n:
        c = q[i]
        if c.isspace():
            i += 1
        elif c in "()":
            toks.append(_Tok("open" if c == "(" else "close", c, i, i + 1))
            i += 1
        elif c == '"':
            tok = _phrase(q, i, None, warnings)
            if tok:
                toks.append(tok)
                i = tok.end + 1
            else:
                i += 1
        elif c == "-" and i + 1 < n and not q[i + 1].isspace() and q[i + 1] not in '-)':
            toks.append(_Tok("neg", c, i, i + 1))
            i += 1
        else:
            m = _WORD.match(q, i)
            assert m is not None
            word, j = m.group(), m.end()
            fielded = _FIELDED.match(word)
            if word in OPERATORS:
                toks.append(_Tok("op", word, i, j))
            elif fielded and fielded[2]:
                toks.append(_Tok("word", fielded[2], i + len(fielded[1]) + 1, j, fielded[1]))
            elif fielded and j < n and q[j] == '"':
                tok = _phrase(q, j, fielded[1], warnings)
                if tok:
                    toks.append(tok)
                    j = tok.end + 1
                else:
                    j += 1
            elif fielded and j < n and q[j] == "(":
                toks.append(_Tok("open", "(", j, j + 1, fielded[1]))
                j += 1
            else:
                toks.append(_Tok("word", word.rstrip(":"), i, i + len(word.rstrip(":"))))
            i = j
    return toks


def _phrase(q: str, i: int, fieldname: str | None, warnings: list[str]) -> _Tok | None:
    close = q.find('"', i + 1)
    if close == -1:
        rest = q[i + 1:].strip()
        warnings.append(f"The quote mark before '{rest}' is never closed, so those words were searched "
                        "separately." if rest else "A stray quote mark at the end was ignored.")
        return None
    return _Tok("phrase", q[i + 1:close], i + 1, close, fieldname)


# ---- parser -----------------------------------------------------------------

class _Parser:
    """Recursive descent: and_expr := or_expr ([AND] or_expr)*; or_expr := unary (OR unary)*."""

    def __init__(self, toks: list[_Tok], warnings: list[str]):
        self.toks, self.pos, self.warnings = toks, 0, warnings

    def peek(self) -> _Tok | None:
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self) -> _Tok:
        self.pos += 1
        return self.toks[self.pos - 1]

    def ends_operand(self, tok: _Tok | None) -> bool:
        return tok is None or tok.kind == "close" or (tok.kind == "op" and tok.text in ("AND", "OR"))

    def parse(self) -> Node | None:
        parts: list[Node | None] = []
        while self.peek() is not None:
            parts.append(self.and_expr(None))
            if self.peek() is not None and self.peek().kind == "close":  # type: ignore[union-attr]
                self.take()
                self.warnings.append("A ')' without a matching '(' was ignored.")
        return _combine(And, parts)

    def and_expr(self, fieldname: str | None) -> Node | None:
        parts: list[Node | None] = []
        while (tok := self.peek()) is not None and tok.kind != "close":
            if tok.kind == "op" and tok.text in ("AND", "OR"):
                self.take()
                if not parts or self.ends_operand(self.peek()):
                    self.warnings.append(f"'{tok.text}' needs something on both sides, so it was ignored.")
                continue
            parts.append(self.or_expr(fieldname))
        return _combine(And, parts)

    def or_expr(self, fieldname: str | None) -> Node | None:
        parts = [self.unary(fieldname)]
        while (tok := self.peek()) is not None and tok.kind == "op" and tok.text == "OR":
            self.take()
            if self.ends_operand(self.peek()):
                self.warnings.append("'OR' needs something on both sides, so it was ignored.")
                break
            parts.append(self.unary(fieldname))
        return _combine(Or, parts)

    def unary(self, fieldname: str | None) -> Node | None:
        tok = self.take()
        if tok.kind == "neg" or (tok.kind == "op" and tok.text == "NOT"):
            if self.ends_operand(self.peek()):
                self.warnings.append(f"'{tok.text}' has nothing after it, so it was ignored.")
                return None
            child = self.unary(fieldname)
            return Not(child) if child is not None else None
        if tok.kind == "open":
            inner_field = tok.field or fieldname
            node = self.and_expr(inner_field)
            if self.peek() is None:
                self.warnings.append("A '(' was never closed; the query was read as if it were.")
            else:
                self.take()
            if node is None:
                self.warnings.append("Empty brackets '()' were ignored.")
            return node
        return _leaf(tok, fieldname, self.warnings)


def _combine(kind: type, parts: list[Node | None]) -> Node | None:
    kept = tuple(p for p in parts if p is not None)
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else kind(kept)


def _leaf(tok: _Tok, context_field: str | None, warnings: list[str]) -> Node | None:
    raw_field = tok.field or context_field
    value = tok.text.strip()
    if not value:
        return None
    fieldname = None
    if raw_field is not None:
        fieldname = FIELDS.get(raw_field.lower())
        if fieldname is None:
            warnings.append(f"There is no field '{raw_field}:', so '{value}' was searched as text. "
                            f"Fields: {FIELD_LIST}.")
    if fieldname in ("date", "year"):
        try:
            (start, end), note = parse_date_bounds(value)
        except DateValueError as e:
            warnings.append(f"{e} The date condition was left out.")
            return None
        if note:
            warnings.append(note)
        return DateRange(start, end)
    if fieldname in ("type", "kind"):
        allowed = TYPES if fieldname == "type" else KINDS
        if value.lower() not in allowed:
            choices = ", ".join(dict.fromkeys(allowed.values()))
            warnings.append(f"{fieldname}: can be {choices}; '{value}' was left out.")
            return None
        return Term(allowed[value.lower()], fieldname, False, tok.start, tok.end)
    if fieldname is None and value == "*" and tok.kind == "word":
        return Every()
    return Term(value, fieldname, tok.kind == "phrase", tok.start, tok.end)


def parse_query(q: str) -> ParsedQuery:
    """Parse what the user typed; never raises. Warnings are sentences for the results page."""
    warnings: list[str] = []
    node = _Parser(_tokenize(q, warnings), warnings).parse()
    if node is None:
        warnings.append("Nothing was left to search for.")
    return ParsedQuery(node, warnings)
