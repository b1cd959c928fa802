"""The ask box: plain-English questions answered from the graph.

Each question form is a pattern mapped to one handler that calls the graph's read functions
(ask/meetings.py, ask/actions.py, ask/followups.py); the answer is a table with links plus
the Cypher that produced it. Every form that speaks of meetings takes a date, month, year, range,
"last year" or "the last meeting" (ask/when.py, ask/common.py); every sentence is
built by ask/text.py. A question no pattern understands gets the closest questions that
work, never a guess.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from rapidfuzz import fuzz, process

import graph
from ask.actions import (
    actions_mention, decided, last_discussed, meeting_actions, open_actions, owners_about, owns,
)
from ask.common import SUGGESTIONS, Answer
from ask.followups import follow_up, follow_ups_about
from ask.meetings import (
    apologies, attended, both, chaired, last_attended, person_meetings, represented, was_there,
)
from ask.text import clean_rows

_NAME = r"(?P<{}>[A-Za-z][\w'’. -]*?)"
_SCOPE = r"\b(?:\s+(?:at|to|for|of|from|in))?(?:\s+the)?(?P<scope>.*?)"
PATTERNS: list[tuple[re.Pattern[str], Callable[[Any, re.Match], Answer]]] = [
    (re.compile(r"^(?:which|what) (?:people|persons|members) attended (?:meetings with )?both " + _NAME.format("a")
                + r"(?:'s|’s)? and " + _NAME.format("b") + r"(?:'s|’s)?(?: meetings?)?\??$", re.I), both),
    (re.compile(r"^(?:who (?:sent|gave|send|give|offered|tendered) (?:their )?apologies|who was absent|who were absent"
                r"|(?:list |show |which |what )?(?:the )?apologies)" + _SCOPE + r"\??$", re.I), apologies),
    (re.compile(r"^(?:did|was|were|has) " + _NAME.format("person") + r" (?:attend(?:ed)?|at|present at|in attendance at"
                r"|go to|come to|there at)" + _SCOPE + r"\??$", re.I), was_there),
    (re.compile(r"^(?:how many (?:people |members )?(?:attended|were at|were present at|came to)"
                r"|who (?:attended|was at|were at|came to|went to|was present|were present|was in attendance"
                r"|were in attendance)|(?:who were |list |show |what were )?(?:the )?(?:attendees|attendance|members present))"
                + _SCOPE + r"\??$", re.I), attended),
    (re.compile(r"^(?:which|what) meetings (?:did|has|have) " + _NAME.format("person")
                + r" (?:(?P<apol>send apologies to|sent apologies to|give apologies (?:to|for)|send apologies for)"
                r"|attend(?:ed)?)(?P<when>\s+(?:in|on|between|from|since|before|during|last|this)\b.*?)?\??$",
                re.I), person_meetings),
    (re.compile(r"^(?:which|what|show|list)(?: the)? actions (?:mention|mentioning|about|on|refer to|concern)\s+(?P<term>.+)$",
                re.I), actions_mention),
    (re.compile(r"^(?:which|what|show|list)(?: the)? actions (?:are|were)?\s*(?:still )?(?:open|outstanding|overdue|late)"
                r"(?: actions)?\??$", re.I), open_actions),
    (re.compile(r"^(?:which|what|show|list)(?: the)? (?:open|outstanding|overdue) actions\??$", re.I), open_actions),
    (re.compile(r"^what (?:happened|has happened|became of) (?:to |with )?(?:the )?action (?:no\.? |number )?(?P<n>\d+)"
                r"(?:\s+(?:from|of|at|in) (?P<scope>.+?))?\??$", re.I), follow_up),
    (re.compile(r"^what (?:happened|has happened|became of) (?:to |with )?(?:the )?actions? (?:about|on|regarding|"
                r"concerning|mentioning) (?P<term>.+?)\??$", re.I), follow_ups_about),
    (re.compile(r"^who (?:is|was|are|were) (?:responsible for|asked to|to|given the action(?: to| about| on)?|tasked with)"
                r" (?P<term>.+?)\??$", re.I), owners_about),
    (re.compile(r"^who (?:owns|own|is responsible for|has) (?:the )?actions (?:about|on|mentioning|concerning) (?P<term>.+?)\??$",
                re.I), owners_about),
    (re.compile(r"^(?:which|what|show|list)(?: the)? actions (?:(?:were|was|have been) )?(?:agreed|set|recorded|taken|"
                r"raised|arising|made) (?:about|on|regarding|concerning) (?P<term>.+?)\??$", re.I), actions_mention),
    (re.compile(r"^(?:(?:which|what|show|list)(?: the)? )?actions (?:(?:were|was) )?(?:agreed|set|recorded|taken|raised|arising|"
                r"arose|came|come|from|of)(?: out)?(?: at| from| in| by| of)?(?! about| on)" + _SCOPE + r"\??$", re.I),
     meeting_actions),
    (re.compile(r"^(?:what|which) actions (?:does|do|did|has|have) (?P<owner>.+?) (?:own|have|hold|got)\??$", re.I), owns),
    (re.compile(r"^(?:what|which) (?:actions )?(?:is|was|are|were) (?P<owner>.+?) responsible for\??$", re.I), owns),
    (re.compile(r"^(?:list |show )?(?P<owner>.+?)(?:'s|’s) actions\??$", re.I), owns),
    (re.compile(r"^(?:actions|what actions are) owned by (?P<owner>.+?)\??$", re.I), owns),
    (re.compile(r"^what (?:did|has|have) (?:the )?(?:board|committee|group|partnership|meeting|members)?\s*"
                r"(?:decide|decided|agree|agreed|resolve|resolved)(?: on| about| regarding| re)? (?P<term>.+?)\??$",
                re.I), decided),
    (re.compile(r"^when (?:was|were|did) (?P<term>.+?) (?:last )?(?:discussed|talked about|considered|come up|came up)"
                r"(?: last)?\??$", re.I), last_discussed),
    (re.compile(r"^who (?:chaired|chairs|was (?:the )?chair(?:man|person)?(?: of| at| for)?|was in the chair(?: at| of| for)?)" + _SCOPE + r"\??$", re.I),
     chaired),
    (re.compile(r"^when did " + _NAME.format("person") + r" last attend(?: a meeting)?\??$", re.I), last_attended),
    (re.compile(r"^who (?:represented|represents|came from|attended for) (?P<org>.+?)\??$", re.I), represented),
]


def closest_questions(text: str, limit: int = 5) -> list[str]:
    """The questions the ask box understands, closest to `text` first."""
    ranked = process.extract(text, SUGGESTIONS, scorer=fuzz.token_set_ratio, limit=limit)
    return [s for s, _, _ in ranked]


def answer(g: graph.Graph, question: str) -> dict[str, Any]:
    """Answer a question; the dict is what the ask page and `boardgraph ask --json` show."""
    text = re.sub(r"\s+", " ", question).strip()
    for pattern, handler in PATTERNS:
        m = pattern.match(text)
        if m:
            result = handler(g, m)
            return {"question": text, "intent": handler.__name__.strip("_"), **result.__dict__,
                    "rows": clean_rows(result.rows), "suggestions": result.suggestions or []}
    return {"question": text, "intent": None,
            "message": "I can't answer that question yet. These are the closest questions I can answer:",
            "columns": [], "rows": [], "cypher": "", "params": None, "see_also": None,
            "suggestions": closest_questions(text)}
