"""Highlighted snippets: the best passages of a hit's text with matches wrapped in <mark>.

Everything outside the <mark> tags is HTML-escaped, so a template can print
the snippet as safe markup. The offsets of the best passage come back too,
so a hit can link to the exact place in the paper.
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
        scorer = highlight.BasicFragmentScorer()
        ranked = sorted(fragments, key=lambda f: (-scorer(f), f.startchar))  # ties: earliest first
        best = _merge_close(sorted(ranked[:MAX_FRAGMENTS], key=lambda f: f.startchar))
        if best:
            top = min(best, key=lambda f: (-scorer(f), f.startchar))
            return MarkFormatter().format(best).strip(), (top.startchar, top.endchar)
    return html.escape(summarize(text, FRAGMENT_CHARS), quote=False), None


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
        if mark and len(mark) > 1:
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
