"""Compile a parsed query (search.querylang) into a Whoosh query.

Words are analysed as the index analysed them (stemming for text, none for
names), acronyms and aliases become OR groups of their phrase forms, and
`topic:` values go through the taxonomy. Alongside the query it returns the
analysed words and phrases worth marking in snippets (never those under NOT).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh.fields import Schema
from whoosh.reading import IndexReader

from search import querylang as ql
from search.aliases import AliasBook
from search.schema import DEFAULT_FIELDS, TEXT_ANALYZER, name_key

MAX_EXPANSIONS = 200  # unstemmed words a prefix or wildcard may stand for
STEMMED_FIELDS = ("title", "heading", "text", "topic_words")
# Words that spell a known name (an acronym's phrase, a glossary term) also match apart, in any order,
# but such a match counts for this much of one where they stand together or the acronym is written.
SCATTERED_WEIGHT = 0.3


@dataclass
class Compiled:
    query: wq.Query | None  # None when every word was too common to search for
    highlight: set[tuple[str, ...]] = field(default_factory=set)  # analysed words and phrases to mark
    warnings: list[str] = field(default_factory=list)
    free_text: bool = False  # a word or phrase without a field name is searched for (not under NOT)


class Compiler:
    def __init__(self, schema: Schema, aliases: AliasBook, reader: IndexReader):
        self.schema, self.aliases, self.reader = schema, aliases, reader
        self.highlight: set[tuple[str, ...]] = set()
        self.dropped: list[str] = []
        self.free_text = False

    def compile(self, node: ql.Node | None) -> Compiled:
        q = self._node(node, True) if node is not None else None
        warnings = []
        if q is None and self.dropped:
            words = ", ".join(f"'{w}'" for w in dict.fromkeys(self.dropped))
            warnings.append(f"Too common to search for: {words}.")
        if q is not None and _only_negative(q):
            q = wq.And([wq.Every(), q])
        return Compiled(q, self.highlight, warnings, self.free_text)

    # ---- tree ------------------------------------------------------------------

    def _node(self, node: ql.Node, positive: bool) -> wq.Query | None:
        if isinstance(node, ql.Term):
            return self._term(node, positive)
        if isinstance(node, ql.DateRange):
            return wq.DateRange("date", node.start, node.end)
        if isinstance(node, ql.Every):
            return wq.Every()
        if isinstance(node, ql.Not):
            child = self._node(node.child, not positive)
            return wq.Not(child) if child is not None else None
        if isinstance(node, ql.Or):
            return _join(wq.Or, [self._node(c, positive) for c in node.children])
        assert isinstance(node, ql.And)
        return _join(wq.And, self._and_children(node.children, positive))

    def _and_children(self, children: tuple[ql.Node, ...], positive: bool) -> list[wq.Query | None]:
        """Compile AND-ed children, spotting runs of plain words that spell a known name."""
        out: list[wq.Query | None] = []
        run: list[ql.Term] = []
        for child in children + (None,):  # type: ignore[operator]
            if isinstance(child, ql.Term) and child.field is None and not child.phrase and not child.wildcard:
                run.append(child)
                continue
            out += self._run(run, positive)
            run = []
            if child is not None:
                out.append(self._node(child, positive))
        return out

    def _run(self, run: list[ql.Term], positive: bool) -> list[wq.Query | None]:
        out: list[wq.Query | None] = []
        i = 0
        while i < len(run):
            for length in range(min(self.aliases.max_words(), len(run) - i), 1, -1):
                words = run[i:i + length]
                forms = self.aliases.forms(" ".join(t.text for t in words))
                if len(forms) > 1:
                    # the name as typed or in another form; or its words apart, which count for less
                    apart = _join(wq.And, [self._default(t.text, positive) for t in words])
                    if apart is not None:
                        apart.boost = SCATTERED_WEIGHT
                    names = [self._default(f, positive, typed=False) for f in forms]
                    out.append(_join(wq.Or, [apart] + names))
                    i += length
                    break
            else:
                out.append(self._term(run[i], positive))
                i += 1
        return out

    # ---- leaves ---------------------------------------------------------------

    def _term(self, t: ql.Term, positive: bool) -> wq.Query | None:
        if t.field is None:
            if t.wildcard:
                self.free_text = self.free_text or positive
                return self._wildcard(list(DEFAULT_FIELDS), t.text, positive)
            forms = self.aliases.forms(t.text)
            return _join(wq.Or, [self._default(t.text, positive)]
                         + [self._default(f, positive, typed=False) for f in forms[1:]])
        if t.field in ("type", "kind", "status"):
            return wq.Term(t.field, t.text.lower())
        if t.field in ("title", "heading", "text"):
            if t.wildcard:
                return self._wildcard([t.field], t.text, positive)
            self._mark(t.text, positive)
            return self._analysed(t.field, t.text)
        return self._name(t, positive)

    def _name(self, t: ql.Term, positive: bool) -> wq.Query | None:
        """person/org/owner/body/topic: exact whole names (with aliases) or words of them."""
        words_field = f"{t.field}_words"
        if t.wildcard:
            return self._wildcard([words_field], t.text, positive)
        forms = [t.text] if t.field == "person" else self.aliases.forms(t.text)
        if t.field == "topic":
            forms += self.aliases.topics_for(t.text)
        for form in forms:
            self._mark(form, positive)
        exact = [wq.Term(t.field, name_key(t.field, f)) for f in dict.fromkeys(forms)]
        return _join(wq.Or, exact + [self._analysed(words_field, t.text)])

    def _default(self, text: str, positive: bool, typed: bool = True) -> wq.Query | None:
        """A word or phrase over the default fields; None for words the text analyser drops (stop words)."""
        if not list(TEXT_ANALYZER(text, mode="query")):
            if typed:
                self.dropped.append(text)
            return None
        self._mark(text, positive)
        self.free_text = self.free_text or positive
        return _join(wq.Or, [self._analysed(f, text, boost) for f, boost in DEFAULT_FIELDS.items()])

    def _analysed(self, fieldname: str, text: str, boost: float = 1.0) -> wq.Query | None:
        words = [t.text for t in self.schema[fieldname].analyzer(text, mode="query")]
        if not words:
            return None
        if len(words) == 1:
            return wq.Term(fieldname, words[0], boost=boost)
        return wq.Phrase(fieldname, words, boost=boost)

    def _wildcard(self, fields: list[str], text: str, positive: bool) -> wq.Query | None:
        """Prefix/wildcard over `fields`. Stemmed fields hold "foster" for "fostering", so the
        pattern is also matched against the unstemmed words Whoosh keeps for spelling
        (spell_text, a word list without postings) and their stems are searched."""
        pattern = text.lower()
        if not pattern.strip("*?"):
            return wq.Every()
        simple = pattern.endswith("*") and not any(c in pattern[:-1] for c in "*?")
        make = (lambda f: wq.Prefix(f, pattern[:-1])) if simple else (lambda f: wq.Wildcard(f, pattern))
        parts = [make(f) for f in fields]
        stemmed = [f for f in fields if f in STEMMED_FIELDS]
        if stemmed:
            words = [w for _, w in make("spell_text").existing_terms(self.reader, expand=True)]
            stems = sorted({t.text for w in words[:MAX_EXPANSIONS] for t in TEXT_ANALYZER(_text(w), mode="query")})
            parts += [wq.Term(f, stem) for stem in stems for f in stemmed]
            for stem in stems if positive else ():
                self.highlight.add((stem,))
        return _join(wq.Or, parts)

    def _mark(self, text: str, positive: bool) -> None:
        words = tuple(t.text for t in TEXT_ANALYZER(text, mode="index"))
        if positive and words:
            self.highlight.add(words)


def _text(word: str | bytes) -> str:
    return word.decode("utf-8") if isinstance(word, bytes) else word


def _join(kind: type, parts: list[wq.Query | None]) -> wq.Query | None:
    kept = [p for p in parts if p is not None]
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else kind(kept)


def _only_negative(q: wq.Query) -> bool:
    if isinstance(q, wq.Not):
        return True
    return isinstance(q, wq.And) and all(isinstance(c, wq.Not) for c in q.subqueries)
