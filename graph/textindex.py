"""Word and trigram fields for the full-text indexes on Action and Item text, and the queries over them.

Searching action and item text used to scan every node (`toLower(text) CONTAINS term`).
Now every Action carries `words` (its distinct words) and `grams` (the distinct
three-letter pieces of its words), every Item `words` and `heading_words` (its heading's
words, for "actions under items about X"), and a full-text index over
them answers "which nodes could match" without a scan. The index only narrows:
the caller still applies the exact test (`CONTAINS` in Cypher, then the whole-word
regex in Python), so the answers are those of the scan.

We tokenise ourselves, not the backend's analyser, because the index must return a
superset of what the exact test accepts. RediSearch splits on ASCII punctuation only,
so `police’s` or `police–led` is one token that `police` does not find, and analysers
stem or drop stop words. Here a token is a run of letters and digits of the text after `_fold`
(decompose, drop accents, casefold), so a word the regex finds is always a token;
the index is told not to stem and to keep every word (FalkorDB: `nostem`, no stop
words; Neo4j: the `whitespace` analyser). Tokens that are not plain ASCII are
written as `_` + hex, so both query languages and both analysers take them as they are.
"""
from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Callable, Iterable

from graph import queries as q
from graph.backfill import Statements, in_batches

if TYPE_CHECKING:
    from graph import Graph

TOKEN = re.compile(r"[^\W_]+")
MAX_TOKEN = 120  # encoded characters: Lucene's whitespace tokenizer cuts tokens at 255
MAX_GRAMS = 32  # trigrams per substring query: any subset still finds every match
BACKFILL_BATCH = 500
LOWERED_BATCH = 2000

Clause = list[list[str]]  # AND of groups; a group is an OR of tokens


def _fold(text: str) -> str:
    """Case and accents folded, character by character (so a folded substring is a substring
    of the folded text): "Café" and "CAFE\u0301" -> "cafe", "ΣΑΣ" -> "σασ"."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").casefold()


def _encode(token: str) -> str:
    return token if token.isascii() else "_" + token.encode("utf-8").hex()


def _tokens(text: str | None) -> list[str]:
    return TOKEN.findall(_fold(text or ""))


def words_of(text: str | None) -> str:
    """The `words` field: distinct tokens, encoded, space-separated, sorted (so a save is repeatable)."""
    return " ".join(sorted({t for t in map(_encode, _tokens(text)) if len(t) <= MAX_TOKEN}))


def grams_of(text: str | None) -> str:
    """The `grams` field: distinct trigrams inside tokens, encoded, space-separated, sorted."""
    return " ".join(sorted({_encode(t[i:i + 3]) for t in _tokens(text) for i in range(len(t) - 2)}))


_MAKERS: dict[str, Callable[[str | None], str]] = {"words": words_of, "grams": grams_of,
                                                    "heading_words": words_of}


def fields_for(label: str, text: str | None, heading: str | None = None) -> dict[str, str]:
    """The index fields a node of this label carries for its text (and, for an Item, its heading)."""
    values = {"text": text, "heading": heading}
    return {field: _MAKERS[field](values[source])
            for source, fields in q.FULLTEXT_SOURCES[label].items() for field in fields}


# ---- queries --------------------------------------------------------------------------------

def phrase_clause(phrase: str) -> Clause | None:
    """Tokens a node must have to contain `phrase` as whole words (the regex of read_actions:
    the last word may take s / es / 's); None when the phrase has no token the index holds."""
    folded = _fold(phrase)
    tokens = TOKEN.findall(folded)
    if not tokens:
        return None
    groups = [[t] for t in tokens]
    if TOKEN.fullmatch(folded[-1]):
        groups[-1] = [tokens[-1], tokens[-1] + "s", tokens[-1] + "es"]
    encoded = [[_encode(t) for t in group] for group in groups]
    kept = [group for group in encoded if all(len(t) <= MAX_TOKEN for t in group)]
    return kept or None


def substring_clause(text: str) -> Clause | None:
    """Trigrams a node must have to contain `text` anywhere (a substring test); None when the
    text has no run of three letters or digits, so only a scan can answer it."""
    grams = dict.fromkeys(_encode(t[i:i + 3]) for t in TOKEN.findall(_fold(text)) for i in range(len(t) - 2))
    return [[g] for g in list(grams)[:MAX_GRAMS]] or None


def fulltext_query(kind: str, field: str, clauses: Iterable[Clause]) -> str:
    """One query string in the backend's own language: OR of the clauses, each an AND of groups.
    FalkorDB speaks RediSearch (`(@f:(a)) (@f:(b|c))`, `|` between clauses); Neo4j speaks
    Lucene (`(+(f:a) +(f:b f:c))`, clauses side by side are ORed)."""
    if kind == "neo4j":
        parts = ["(" + " ".join("+(" + " ".join(f"{field}:{t}" for t in group) + ")" for group in clause) + ")"
                 for clause in clauses]
        return " ".join(parts)
    return "|".join("(" + " ".join(f"(@{field}:(" + "|".join(group) + "))" for group in clause) + ")"
                    for clause in clauses)


# ---- nodes saved before these fields existed --------------------------------------------------

def backfill(g: "Graph") -> int:
    """Give every Action and Item without index fields its fields (archives made by earlier
    code: before any, or before an Item's `heading_words`); returns how many nodes' fields
    from one property were filled. Cheap when there is nothing to do."""
    def filler(label: str, source: str) -> Callable[[list[dict]], Statements]:
        fields = q.FULLTEXT_SOURCES[label][source]
        return lambda rows: [(q.SET_TEXT_FIELDS[label, source],
                              {"rows": [{"id": r["id"], **{f: _MAKERS[f](r["text"]) for f in fields}} for r in rows]})]

    filled = sum(in_batches(g, q.TEXT_FIELDS_MISSING[label, source], filler(label, source), BACKFILL_BATCH)
                 for label, sources in q.FULLTEXT_SOURCES.items() for source in sources)
    # and the lowered text and headings the searches' `CONTAINS` reads (the graph's own toLower)
    return filled + sum(in_batches(g, q.LOWERED_MISSING[label],
                                   lambda rows, label=label: [(q.SET_LOWERED[label], {"ids": [r["id"] for r in rows]})],
                                   LOWERED_BATCH)
                        for label, _ in q.LOWERED)
