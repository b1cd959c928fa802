"""The ask box's question answering: a plain-English question in, a table with links and a sentence out.

The CLI (`boardgraph ask`), the benchmarks, the ask-set scorer and the web page all
call `answer(graph, question)`; only the page's Flask view stays in webapp/. It is a
package of its own rather than part of archive/: it only reads the graph (it
imports graph and ingest, never archive, search or webapp: tests/test_layering.py),
while archive/ is the write path.

    questions.py   the question forms (patterns) and `answer`, `closest_questions`
    meetings.py, actions.py, followups.py   the handlers, over graph's read functions
    common.py      what a question names (a person, a body, meetings at a time), the answer's shape
    when.py        dates, months, ranges, "last year" in a question
    text.py        every sentence of an answer
"""
from ask.questions import answer, closest_questions

__all__ = ["answer", "closest_questions"]
