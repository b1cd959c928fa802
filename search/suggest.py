"""Did you mean…? Correct words the index has never seen, from the words and names it has.

Free-text words are checked against the unstemmed text words and the people
and organisation names; `person:` values against people, and so on. A word
is corrected only when it is unknown, by the closest known word (one edit
before two), the commonest among equals, keeping the user's capitalisation.

The glossary's and alias list's words are known whether or not a paper uses
them ("female genital mutilation" is never "corrected" to "female general
mutilation"), and a near miss of one is corrected to it before any word of
the index at the same distance ("female genital mutilaton").
"""
from __future__ import annotations

import re

from whoosh.reading import IndexReader
from whoosh.spelling import ListCorrector

from search import querylang as ql
from search.aliases import AliasBook

_LETTERS = re.compile(r"[^\W\d_]{3,}")
# query field -> (fields that make a word known, fields to take corrections from)
_SOURCES: dict[str | None, tuple[tuple[str, ...], tuple[str, ...]]] = {
    None: (("text", "person_words", "org_words", "topic_words", "owner_words"),
           ("text", "person_words", "org_words")),
    "person": (("person_words",), ("person_words",)),
    "owner": (("owner_words", "person_words"), ("owner_words", "person_words")),
    "org": (("org_words",), ("org_words",)),
    "body": (("body_words",), ("body_words",)),
    "title": (("title",), ("text",)),
    "heading": (("heading",), ("text",)),
    "text": (("text",), ("text",)),
}


def suggest_query(reader: IndexReader, aliases: AliasBook, q: str, terms: list[ql.Term]) -> str | None:
    """The query string with unknown words corrected, or None when nothing needed correcting."""
    edits: list[tuple[int, int, str]] = []
    for term in terms:
        if term.field not in _SOURCES or term.wildcard:
            continue
        known_in, suggest_from = _SOURCES[term.field]
        for m in _LETTERS.finditer(term.text):
            word = m.group()
            if _known(reader, known_in, word) or aliases.known_word(word) or len(aliases.forms(word)) > 1:
                continue
            vocabulary = aliases.vocabulary() if term.field is None else []
            better = _closest(reader, suggest_from, word.lower(), vocabulary)
            if better:
                edits.append((term.start + m.start(), term.start + m.end(), _same_case(reader, better, word)))
    if not edits:
        return None
    out = q
    for start, end, word in sorted(edits, reverse=True):
        out = out[:start] + word + out[end:]
    return out


def _known(reader: IndexReader, fields: tuple[str, ...], word: str) -> bool:
    for fieldname in fields:
        analyzer = reader.schema[fieldname].analyzer
        tokens = [t.text for t in analyzer(word, mode="query")]
        if not tokens or any(reader.doc_frequency(fieldname, t) for t in tokens):
            return True  # a stop word, or a word the index has
    return False


def _closest(reader: IndexReader, fields: tuple[str, ...], word: str, vocabulary: list[str]) -> str | None:
    """The closest known word: one edit before two; at one distance a glossary word first, else the
    index's commonest."""
    glossary = ListCorrector(vocabulary) if vocabulary else None
    for maxdist in (1, 2):
        # limit=10, not 1: Whoosh's heap keeps the last of equally close words, not the first
        near = glossary.suggest(word, limit=10, maxdist=maxdist, prefix=1) if glossary else []
        near = [w for w in near if len(w) > 2]
        if near:
            return near[0]
        found: dict[str, int] = {}
        for fieldname in fields:
            analyzer = reader.schema[fieldname].analyzer
            for candidate in reader.corrector(fieldname).suggest(word, limit=10, maxdist=maxdist, prefix=1):
                freq = sum(reader.doc_frequency(fieldname, t.text) for t in analyzer(candidate, mode="query"))
                found[candidate] = max(found.get(candidate, 0), freq)
        if found:
            return max(sorted(found), key=lambda c: found[c])
    return None


def _same_case(reader: IndexReader, word: str, like: str) -> str:
    """`word` written as the user wrote `like`: upper case, or capitalised as the name is written."""
    if like.isupper():
        return word.upper()
    if not like[:1].isupper():
        return word
    for fieldname in ("person_facet", "org_facet"):
        for name in reader.field_terms(fieldname):
            for written in name.split():
                if written.lower() == word:
                    return written
    return word[:1].upper() + word[1:]
