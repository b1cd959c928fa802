"""What the ask box's questions name, read once for every form: a person (full name, surname or
initials), a body (as typed or by acronym), the meetings of a body at a time ("the last meeting",
"in 2009"), and the answer's shape with its links."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable
from urllib.parse import quote, urlencode

import graph
from graph import queries
from ask.text import count, listing, quoted, sentence
from ask.when import When, on_date, split_when

ASK_ROWS = 100  # rows an answer about one person lists; its sentence gives the whole count
SUGGESTIONS = [
    "who attended the board meeting on 31 October 2007",
    "which meetings did Ian Dean attend",
    "which meetings did Hannah Miller send apologies to",
    "which actions mention FGM",
    "what actions does Christine Christie own",
    "who chaired LSCB Chairs meetings",
    "when did Dave Hill last attend",
    "who represented NSPCC",
    "which people attended both Dave Hill's and Ian Dean's meetings",
    "who sent apologies to the board meeting on 31 October 2007",
    "who chaired meetings in 2009",
    "who attended meetings between 2008 and 2010",
    "what did the board decide about FGM",
    "when was FGM last discussed",
    "which actions are still open",
    "which actions are overdue",
    "who owns actions about FGM",
    "what actions were agreed at the last LSCB Chairs meeting",
    "who attended the last board meeting",
    "what happened to action 1 from the last meeting",
    "what happened to the actions about FGM",
]
EXAMPLES = [SUGGESTIONS[i] for i in (0, 3, 1, 4, 5, 6, 7)]  # the questions the home and ask pages offer
SMALL_WORDS = {"for", "of", "the", "and", "&", "in", "on"}


PageUrl = Callable[..., str]  # (endpoint, **values) -> the page's URL, as webapp.urls.page_url builds it
_PATHS = {"pages.person": "/people/{}", "pages.meeting": "/meetings/{}",
          "pages.organisation": "/organisations/{}", "pages.paper": "/papers/{}"}


def plain_page_url(endpoint: str, **values: Any) -> str:
    """A page's path at the site's root, for answers given with no web app around (ask is below
    webapp and cannot import it); the web app hands over its own builder with `use_page_urls`."""
    first, *rest = values.items()
    path = _PATHS[endpoint].format(quote(str(first[1]), safe=""))
    return path + ("?" + urlencode(rest) if rest else "")


_page_url: PageUrl = plain_page_url


def use_page_urls(builder: PageUrl) -> None:
    """Build the answers' links with `builder` from now on (the web app's, which follows its script root)."""
    global _page_url
    _page_url = builder


def person_link(key: str) -> str:
    return _page_url("pages.person", key=key)


def meeting_link(meeting_id: str | None) -> str | None:
    return _page_url("pages.meeting", meeting_id=meeting_id) if meeting_id else None


def org_link(key: str) -> str:
    return _page_url("pages.organisation", key=key)


def passage_link(doc_id: str | None, span: Any) -> str | None:
    """A paper's page scrolled to the passage `span` (start, end) highlighted; None without a paper."""
    if not doc_id:
        return None
    if span and span[0] is not None:
        return _page_url("pages.paper", doc_id=doc_id, start=span[0], end=span[1]) + "#passage"
    return _page_url("pages.paper", doc_id=doc_id)


@dataclass
class Answer:
    message: str
    columns: list[str]
    rows: list[dict[str, Any]]
    cypher: str = ""
    params: dict[str, Any] | None = None
    see_also: dict[str, Any] | None = None
    suggestions: list[str] | None = None


# ---- what a question names: a person, a body, a time ------------------------------------------

def resolve_person(g: graph.Graph, name: str) -> tuple[dict[str, Any] | None, Answer | None]:
    """The one person a name means (full name, surname alone or initials when one person fits),
    or an answer saying why not (nobody / several, listed)."""
    name = name.strip(" ?.'\"")
    found = graph.find_people(g, name, limit=8)
    if not found:
        return None, Answer(sentence("I know nobody called", quoted(name)), [], [], suggestions=SUGGESTIONS[:4])
    best = found[0]
    ties = [p for p in found if p.get("score") == best.get("score")]
    if len(ties) > 1:
        names = [p["name"] for p in ties]
        return None, Answer(sentence(quoted(name), f"could mean {count(len(ties), 'person')}:",
                                     listing(names, "or") + ". Which one?"),
                            ["name"], [{"name": p["name"], "links": {"name": person_link(p["key"])}} for p in ties])
    return best, None


def newest_date(g: graph.Graph) -> str | None:
    """The newest dated meeting's date: what "last year" counts from."""
    return graph.newest_meeting_date(g)


def _acronym(name: str) -> set[str]:
    words = re.findall(r"[A-Za-z]+", name)
    return {"".join(w[0] for w in words).upper(),
            "".join(w[0] for w in words if w.lower() not in SMALL_WORDS).upper()}


def body_of(g: graph.Graph, words: str) -> tuple[str | None, str]:
    """(what to look for in meeting bodies and titles, how to name it): the words as typed, or the
    body an acronym stands for ("SBNI" -> Safeguarding Board for Northern Ireland)."""
    words = re.sub(r"\b(the|a|an|meetings?|minutes|board's|boards')\b", " ", words, flags=re.I)
    words = re.sub(r"\s+", " ", words).strip(" ,'’")
    if not words:
        return None, ""
    names = [b["name"] for b in graph.bodies(g) if b.get("name")]
    lowered = words.lower()
    said = words if words[0].isupper() else f"the {words}"  # "of LSCB Chairs", "of the board"
    if any(lowered in n.lower() for n in names) or not re.fullmatch(r"[A-Za-z]{2,8}", words):
        return lowered, said
    fits = sorted({n for n in names if words.upper() in _acronym(n)}, key=len)
    return (fits[0].lower(), f"{fits[0]} ({words})") if fits else (lowered, said)


@dataclass
class Scope:
    """The meetings a question means: body words (to match), how to name them, and when."""

    body: str | None
    body_name: str
    when: When | None

    def of(self) -> str:
        """"of LSCB Chairs in 2009", "in 2009", ""."""
        return " ".join(p for p in (f"of {self.body_name}" if self.body_name else "",
                                    self.when.phrase if self.when else "") if p)

    def dates(self) -> dict[str, str | None]:
        return {"date_from": self.when.start if self.when else None, "date_to": self.when.end if self.when else None}


LATEST = re.compile(r"\b(?:the\s+)?(?:last|latest|most recent|newest|previous)\b(?!\s+year)", re.I)


def scope_of(g: graph.Graph, text: str) -> tuple[Scope | None, Answer | None]:
    """The meetings a question's words mean; "the last <body> meeting" is the newest dated one."""
    rest, when, problem = split_when(text or "", newest_date(g))
    if problem:
        return None, Answer(sentence(problem, "Try a date such as 31 October 2007, a month or a year."), [], [],
                            suggestions=SUGGESTIONS[:1] + SUGGESTIONS[10:12])
    latest = not when and LATEST.search(rest)
    if latest:
        rest = LATEST.sub(" ", rest)
    body, name = body_of(g, rest)
    if latest:
        newest = graph.newest_meeting_date(g, body)
        if newest:
            when = When(newest, newest, on_date(newest))
    return Scope(body, name, when), None


MEETINGS_CYPHER = (queries.MEETINGS_IN_RANGE.strip() + "\n\n// kept when the body's words name them, then each one's:\n"
                   + queries.MEETING_ATTENDEES.strip())


def meetings_for(g: graph.Graph, scope: Scope, attendance: bool = True) -> tuple[list[dict], Scope, str]:
    """The meetings a scope names (`graph.attendance` or, without attendance, `graph.meetings_matching`),
    the scope they answer, and a sentence when the body's words named no meeting held on the one day
    asked about, so the day's meetings answer instead ("No meeting's name matches ..., so ...")."""
    find = graph.attendance if attendance else graph.meetings_matching
    found = find(g, scope.body, limit=200, **scope.dates())
    one_day = scope.when and scope.when.start == scope.when.end
    if found or not scope.body or not one_day:
        return found, scope, ""
    found = find(g, None, limit=200, **scope.dates())
    if not found:
        return found, scope, ""
    note = sentence("No meeting's name matches", quoted(scope.body_name) + ", so this is every meeting",
                    scope.when.phrase)
    return found, Scope(None, "", scope.when), note


def no_meeting(scope: Scope, cypher: str, params: dict[str, Any]) -> Answer:
    return Answer(sentence("I found no meeting", scope.of()), [], [], cypher, params, suggestions=SUGGESTIONS[:2])



def latest_note(shown: int, total: int, where: str = "") -> str:
    """The sentence that says a list is shortened, so a count is never read off a partial list."""
    return " " + sentence(f"The latest {shown} are listed{where}") if shown < total else ""

