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

from dataclasses import dataclass, field
from datetime import datetime
from typing import Union

from search.dates import DateValueError, parse_date_bounds
from search.lexer import Tok, tokenize

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
         "workplans": "workplan", "agenda": "agenda", "agendas": "agenda", "report": "report", "reports": "report",
         "other": "other"}


ONLY_OPERATORS = ("Nothing was searched for: AND, OR and NOT (and brackets and a leading minus) join "
                  "or leave out words, and this query has no words. Put words around them, as in "
                  "fgm OR trafficking, or safeguarding NOT training.")


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


# ---- parser -----------------------------------------------------------------

class _Parser:
    """Recursive descent: and_expr := or_expr ([AND] or_expr)*; or_expr := unary (OR unary)*."""

    def __init__(self, toks: list[Tok], warnings: list[str]):
        self.toks, self.pos, self.warnings = toks, 0, warnings

    def peek(self) -> Tok | None:
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self) -> Tok:
        self.pos += 1
        return self.toks[self.pos - 1]

    def ends_operand(self, tok: Tok | None) -> bool:
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


def _leaf(tok: Tok, context_field: str | None, warnings: list[str]) -> Node | None:
    raw_field = tok.field or context_field
    value = tok.text.strip()
    if not value:
        return None
    start = tok.start + len(tok.text) - len(tok.text.lstrip())  # where `value` starts in the query
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
    return Term(value, fieldname, tok.kind == "phrase", start, start + len(value))


def parse_query(q: str) -> ParsedQuery:
    """Parse what the user typed; never raises. Warnings are sentences for the results page."""
    warnings: list[str] = []
    toks = tokenize(q, warnings)
    node = _Parser(toks, warnings).parse()
    if node is None and toks and all(t.kind in ("op", "neg", "open", "close") for t in toks):
        warnings = [ONLY_OPERATORS]
    elif node is None:
        warnings.append("Nothing was left to search for.")
    return ParsedQuery(node, warnings)
