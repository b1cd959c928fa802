"""Highlighted snippets: the best passages of a hit's text with matches wrapped in <mark>.

Everything outside the <mark> tags is HTML-escaped, so a template can print
the snippet as safe markup. The offsets of the best passage come back too,
so a hit can link to the exact place in the paper.

The best passage is the one holding the most of the query, a matched phrase
counting for each of its words; a run of names and initials (an attendance
list or table) is chosen only when no passage of prose matched.
"""
from __future__ import annotations

import html
import re
from typing import Iterator

from whoosh import highlight
from whoosh.analysis import LowercaseFilter, RegexTokenizer, StemFilter, StopFilter

from search.documents import summarize
from search.schema import TEXT_ANALYZER

FRAGMENT_CHARS = 220
SURROUND_CHARS = 70
MAX_FRAGMENTS = 2
_SPACE = re.compile(r"\s+")


class MarkFormatter(highlight.Formatter):
    """Whoosh formatter: `<mark>` around matches, escaped text, white space collapsed."""

    between = " … "

    def _text(self, text: str) -> str:
        return html.escape(_SPACE.sub(" ", text), quote=False)

    def format_token(self, text: str, token: highlight.Token, replace: bool = False) -> str:
        return f"<mark>{self._text(highlight.get_text(text, token, replace))}</mark>"


def make_snippet(text: str, marks: set[tuple[str, ...]]) -> tuple[str, tuple[int, int] | None]:
    """(snippet HTML, (start, end) of the best passage in `text`, or None when nothing matched).

    `marks` are analysed words (1-tuples) and phrases; a phrase is marked only where it occurs whole.
    """
    if marks and text:
        tokens = _marked_tokens(text, marks)
        fragmenter = highlight.ContextFragmenter(maxchars=FRAGMENT_CHARS, surround=SURROUND_CHARS, charlimit=None)
        fragments = list(fragmenter.fragment_tokens(text, tokens))
        keys = {id(f): (is_list_like(text[f.startchar:f.endchar]), -_score(f), f.startchar) for f in fragments}
        ranked = sorted(fragments, key=lambda f: keys[id(f)])  # prose first; ties: earliest first
        first = keys[id(ranked[0])] if ranked else (False, 0, 0)
        # a second passage only when it is of the same sort and holds at least half as much of the query
        chosen = [f for f in ranked[:MAX_FRAGMENTS] if keys[id(f)][0] == first[0] and keys[id(f)][1] <= first[1] / 2]
        best = _merge_close(sorted(chosen, key=lambda f: f.startchar))
        if best:  # the best passage first
            best.sort(key=lambda f: (is_list_like(text[f.startchar:f.endchar]), -_score(f), f.startchar))
            return MarkFormatter().format(best).strip(), (best[0].startchar, best[0].endchar)
    return html.escape(summarize(text, FRAGMENT_CHARS), quote=False), None


def _score(fragment: highlight.Fragment) -> float:
    """How much of the query a passage holds: its different matched words (a phrase counting for each
    of its words) first, then how often they occur."""
    different = {t.text: t.boost for t in fragment.matches}
    return 100 * sum(different.values()) + sum(t.boost for t in fragment.matches)


_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
LIST_MIN_WORDS = 8
LIST_LOWER_SHARE = 0.3  # prose has far more words in lower case (its, the, was, to...)


def is_list_like(passage: str) -> bool:
    """Whether a passage reads as a list of names, initials and roles (an attendance block or
    table) rather than prose: few of its words are in lower case."""
    words = _WORDS.findall(passage)
    if len(words) < LIST_MIN_WORDS:
        return False
    return sum(w[0].islower() for w in words) < LIST_LOWER_SHARE * len(words)


def _merge_close(fragments: list[highlight.Fragment]) -> list[highlight.Fragment]:
    """Join passages that touch, so a snippet never reads "… via … secure email"."""
    out: list[highlight.Fragment] = []
    for f in fragments:  # already in text order
        if out and f.startchar - out[-1].endchar <= SURROUND_CHARS // 2:
            prev = out.pop()
            f = highlight.Fragment(f.text, prev.matches + f.matches, prev.startchar, max(prev.endchar, f.endchar))
        out.append(f)
    return out


def _marked_tokens(text: str, marks: set[tuple[str, ...]]) -> Iterator[highlight.Token]:
    """The text's analysed tokens (stop words dropped) with `.matched` set; a matched
    phrase becomes one token running from its first word to its last.

    One Token object is reused for the whole stream, as Whoosh's analysers do: the
    fragmenter reads each token as it comes and copies only the matched ones."""
    tokens = analysed_words(text)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for mark in sorted(marks, key=len, reverse=True):
        by_first.setdefault(mark[0], []).append(mark)
    words = [w for w, _, _ in tokens]
    token = highlight.Token(chars=True)
    i = 0
    while i < len(tokens):
        word, start, end = tokens[i]
        candidates = by_first.get(word, ())
        mark = next((m for m in candidates if tuple(words[i:i + len(m)]) == m), None) if candidates else None
        token.text, token.boost, token.startchar, token.matched = word, 1.0, start, mark is not None
        if mark and len(mark) > 1:  # a phrase counts for each of its words, and as a term of its own
            token.text, token.boost = " ".join(mark), float(len(mark))
            token.endchar = tokens[i + len(mark) - 1][2]
            i += len(mark)
        else:
            token.endchar = end
            i += 1
        yield token


def analysed_words(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) of each token TEXT_ANALYZER keeps, in one loop instead of its chain of
    generators (about three times faster; the tests hold it equal to the analyser)."""
    if _PARTS is None:
        return [(t.text, t.startchar, t.endchar) for t in TEXT_ANALYZER(text, chars=True, mode="index")]
    pattern, stops, shortest, longest, stem, unstemmed = _PARTS
    out = []
    for m in pattern.finditer(text):
        word = m.group(0).lower()
        if len(word) < shortest or (longest is not None and len(word) > longest) or word in stops:
            continue
        out.append((word if word in unstemmed else stem(word), m.start(), m.end()))
    return out


def _analyser_parts() -> tuple | None:
    """What TEXT_ANALYZER does, if it is the plain StemmingAnalyzer chain analysed_words() repeats."""
    items = getattr(TEXT_ANALYZER, "items", [])
    kinds = [type(i) for i in items]
    if kinds != [RegexTokenizer, LowercaseFilter, StopFilter, StemFilter] or items[0].gaps:
        return None
    tokenizer, _, stop, stemmer = items
    return tokenizer.expression, stop.stops, stop.min, stop.max, stemmer._stem, stemmer.ignore


_PARTS = _analyser_parts()
