"""The `term` facet: which safeguarding glossary terms the matched entries mention.

Why: the topic facet holds only the taxonomy's topics, found at ingest; the
glossary's terms are known at search time (an admin's edit applies at once),
so which entries mention which term is worked out per segment from the
index's own postings: each term's forms (its phrase, acronyms and other
phrases; not its everyday-word acronyms) searched in the text, once per
segment and glossary version, then counted like any other facet
(search.tables.ValueTable). A value reads "female genital mutilation (FGM)";
the `term` filter takes the same value.
"""
from __future__ import annotations

from whoosh import query as wq
from whoosh.searching import Searcher

from ingest.curated import GlossaryEntry
from search.aliases import AliasBook
from search.cache import LRU
from search.segment_query import SegmentQuery
from search.schema import TEXT_ANALYZER
from search.tables import ValueTable, read_only, segment_key, table_of

TERM_FACET = "term"
_tables: LRU[ValueTable] = LRU(256)


def term_label(entry: GlossaryEntry) -> str:
    """How a term is shown and filtered by: the phrase, with its first acronym."""
    return f"{entry.term} ({entry.acronyms[0]})" if entry.acronyms else entry.term


def term_query(entry: GlossaryEntry) -> wq.Query | None:
    """Entries whose text writes any form of the term (everyday-word acronyms left out)."""
    parts: list[wq.Query] = []
    for form in dict.fromkeys((entry.term, *entry.acronyms, *entry.also)):
        words = [t.text for t in TEXT_ANALYZER(form, mode="query")]
        if len(words) == 1:
            parts.append(wq.Term("text", words[0]))
        elif words:
            parts.append(wq.Phrase("text", words))
    return wq.Or(parts) if parts else None


def term_filter(aliases: AliasBook, label: str) -> wq.Query | None:
    """The query a `term` filter value stands for; None when no glossary term has that label."""
    entry = next((e for e in aliases.glossary() if term_label(e) == label), None)
    return term_query(entry) if entry is not None else None


def term_table(searcher: Searcher, sub: Searcher, aliases: AliasBook) -> ValueTable:
    """Which glossary terms each entry of the segment `sub` mentions (kept per segment and glossary)."""
    entries = aliases.glossary()
    key = segment_key(sub.reader())
    make = lambda: read_only(_term_table(searcher, sub, entries))  # noqa: E731
    if key is None:
        return make()
    return _tables.get_or_make((key, "terms", tuple(entries)), make)


def _term_table(searcher: Searcher, sub: Searcher, entries: list[GlossaryEntry]) -> ValueTable:
    segment = SegmentQuery(searcher, sub)
    names, docs = [], []
    for entry in entries:
        q = term_query(entry)
        found = segment.run(q)[0] if q is not None else ()
        if len(found):
            names.append(term_label(entry))
            docs.append(found)
    return table_of(names, docs, segment.n)
