"""Shared pieces of the graph tests (fixtures, not tests): hand-built Papers, the graph fixture, a full dump.

The papers are built here (not by the extractor) so the graph is tested on its own;
texts are assembled piece by piece so every span is exact. Test modules import
what they need from this file (pytest's default rootdir/prepend import mode).
"""
from __future__ import annotations

import dataclasses
import json
import os
import uuid

import pytest

import graph
from ingest.model import Action, Item, Mention, Paper, PersonEntry
from ingest.paper_files import paper_bytes, paper_path

NEO4J_URI = os.environ.get("BOARDGRAPH_TEST_NEO4J_URI")


class TextBuilder:
    """Appends text and hands back the (start, end) span of what was appended."""

    def __init__(self) -> None:
        self.text = ""

    def add(self, s: str) -> tuple[int, int]:
        start = len(self.text)
        self.text += s
        return (start, len(self.text))

    def line(self, s: str) -> tuple[int, int]:
        span = self.add(s)
        self.text += "\n"
        return span


def make_paper(doc_id: str, *, title: str, date: str | None, body: str | None = None, kind: str = "minutes",
               chair: tuple[str, str] | None = None, attendees=(), apologies=(), items=(), topics=(),
               people_mentions=(), org_mentions=(), acronyms=None, filename: str | None = None) -> Paper:
    """attendees: (name, org, note); apologies: (name, org); items: (number, heading, body, actions)
    with actions (text, owners); topics/people_mentions/org_mentions: (name, written) found in item text."""
    t = TextBuilder()
    t.line(f"Meeting Title: {title}")
    t.line(f"Date: {date}")
    chair_entry = None
    if chair:
        t.add("Chaired by: ")
        chair_entry = PersonEntry(chair[0], chair[1], span=t.line(f"{chair[0]} ({chair[1]})"))
    t.line("Attendees:")
    att = [PersonEntry(n, o, note, span=t.line(f"{n} ({o})" + (f" - {note}" if note else "")))
           for n, o, note in attendees]
    t.line("Apologies:")
    apo = [PersonEntry(n, o, span=t.line(f"{n} ({o})")) for n, o in apologies]
    header_end = len(t.text)
    paper_items, paper_actions = [], []
    for number, heading, body_text, actions in items:
        start = len(t.text)
        heading_span = t.line(f"{number}) {heading}")
        t.line(body_text)
        for text, owners in actions:
            t.add("ACTION: ")
            paper_actions.append(Action(number, text, list(owners), t.line(text)))
        paper_items.append(Item(number, heading, (start, len(t.text)), heading_span))
    mentions = []
    for label, pairs in (("TOPIC", topics), ("PERSON", people_mentions), ("ORG", org_mentions)):
        for name, written in pairs:
            pos = t.text.find(written, header_end)
            assert pos >= 0, f"{written!r} is not in the text of {doc_id}"
            while pos >= 0:
                mentions.append(Mention(label, name, (pos, pos + len(written))))
                pos = t.text.find(written, pos + len(written))
    return Paper(id=doc_id, filename=filename or f"{doc_id}.txt", text=t.text, kind=kind, title=title, date=date,
                 body=body, chair=chair_entry, attendees=att, apologies=apo, items=paper_items,
                 actions=paper_actions, mentions=mentions, acronyms=dict(acronyms or {}))


BOARD = "London Safeguarding Children Board"


def board_2007() -> Paper:
    return make_paper(
        "doc-board-2007", title="London Safeguarding Children Board Meeting", date="2007-10-31", body=BOARD,
        chair=("Derek Myers", "RB Kensington and Chelsea"),
        attendees=[("Derek Myers", "RB Kensington and Chelsea", None), ("Alastair Jeffrey", "Met Police", None),
                   ("Dave Hill", "Merton LSCB", None), ("Ian Dean", "London Board", None),
                   ("Sally Jones", "Greenwich PCT", None), ("Helen Veitch", "Stop It Now!", "observer"),
                   ("Garry Owens", "London Board", "notes")],
        apologies=[("Safron Rose", "NSPCC"), ("Diane Mills", "Ealing LSCB")],
        items=[("1", "Introductions and apologies", "Members introduced themselves.", []),
               ("4", "Paper 4 - Secure emails", "Ian Dean reported that secure email through CJIT is slow.",
                [("Ian Dean to contact DCSF about secure email accounts", ["Ian Dean"])]),
               ("6", "Paper 6 - Serious Case Reviews", "The Board discussed serious case reviews and FGM.",
                [("Chairs to share learning from each SCR", ["Chairs"]),
                 ("Alastair Jeffrey and Dave Hill to agree an FGM protocol", ["Alastair Jeffrey", "Dave Hill"])])],
        topics=[("secure email", "secure email"), ("secure email", "CJIT"), ("FGM", "FGM"),
                ("serious case reviews", "serious case reviews"), ("serious case reviews", "SCR")],
        people_mentions=[("Ian Dean", "Ian Dean")], org_mentions=[("DCSF", "DCSF")])


def board_2008() -> Paper:
    return make_paper(
        "doc-board-2008", title="London Safeguarding Children Board Meeting", date="2008-03-05", body=BOARD,
        chair=("Derek Myers", "RB Kensington and Chelsea"),
        attendees=[("Derek Myers", "RB Kensington and Chelsea", None), ("Alastair Jeffery", "MPS", None),
                   ("Gareth Jones", "Lewisham LSCB", None), ("Ian Dean", "London Board", None)],
        apologies=[("Dave Hill", "Merton LSCB")],
        items=[("2", "Datasets", "The datasets initiative was agreed.",
                [("Ian Dean to circulate the datasets report", ["Ian Dean"])])],
        topics=[("datasets", "datasets")])


def board_2008_changed(dave_hill_org: str = "Merton LSCB") -> Paper:
    """board_2008 re-ingested changed: Ian Dean gone, Dave Hill attending (for `dave_hill_org`) instead
    of sending apologies."""
    paper = board_2008()
    paper.attendees = [a for a in paper.attendees if a.name != "Ian Dean"]
    paper.attendees.append(dataclasses.replace(paper.attendees[0], name="Dave Hill", org=dave_hill_org))
    paper.apologies = []
    return paper


def chairs_2010() -> Paper:
    return make_paper(
        "doc-chairs-2010", title="LSCB Chairs Meeting", date="2010-01-21", body="LSCB Chairs",
        chair=("Cllr Alastair Jeffrey", "Metropolitan Police Service"),
        attendees=[("Cllr Alastair Jeffrey", "Metropolitan Police Service", None), ("Dave Hill", "NHS London", None),
                   ("Jo Hawley", "GOL", None), ("David Hill", "Camden LSCB", None)],
        apologies=[("Ian Dean", "London Board")],
        items=[("3", "Government Office update", "Jo Hawley described GOL work on quality assurance.",
                [("Alastair Jeffrey (AJ) to write to all LSCB Chairs about FGM", ["Alastair Jeffrey (AJ)"]),
                 ("Jo Hawley to send the audit tool", ["Jo Hawley"])])],
        topics=[("FGM", "FGM"), ("quality assurance", "quality assurance")],
        acronyms={"GOL": "Government Office for London"})


def update_2010() -> Paper:
    return make_paper(
        "doc-update-2010", title="London Safeguarding Children Board Update", date="2010-04-01", body=BOARD,
        kind="update",
        items=[("1", "FGM", "A new FGM guidance was drafted by Ian Dean.", []),
               ("2", "Training", "Training on information sharing continues.", [])],
        topics=[("FGM", "FGM"), ("training", "Training")], people_mentions=[("Ian Dean", "Ian Dean")])


def all_papers() -> list[Paper]:
    return [board_2007(), board_2008(), chairs_2010(), update_2010()]


# ---- the graph fixture: embedded FalkorDB always, Neo4j when a test server is configured ----


def save_stored(g, *papers: Paper) -> None:
    """Save papers as the archive does: papers/<id>.json in the graph's data dir first (the one copy of
    a paper, which a curation decision re-saves from), then the graph."""
    for paper in papers:
        path = paper_path(g.data_dir, paper.id)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(paper_bytes(paper))
        graph.save_paper(g, paper)


def _open(kind: str, data_dir):
    if kind == "neo4j":
        if not NEO4J_URI:
            pytest.skip("BOARDGRAPH_TEST_NEO4J_URI is not set, so the Neo4j variant of this test does not run.")
        g = graph.open_graph(data_dir, neo4j_uri=NEO4J_URI,
                             neo4j_user=os.environ.get("BOARDGRAPH_TEST_NEO4J_USER", "neo4j"),
                             neo4j_password=os.environ.get("BOARDGRAPH_TEST_NEO4J_PASSWORD"),
                             neo4j_database=os.environ.get("BOARDGRAPH_TEST_NEO4J_DATABASE"))
        g.run("MATCH (n) DETACH DELETE n")
        return g
    return graph.open_graph(data_dir, graph_name=f"t{uuid.uuid4().hex[:8]}")


@pytest.fixture(params=["falkordb", "neo4j"])
def g(request, tmp_path):
    graph_ = _open(request.param, tmp_path / "data")
    yield graph_
    graph_.close()


@pytest.fixture(params=["falkordb", "neo4j"])
def open_fresh(request, tmp_path):
    """Opens more graphs of the same backend (each on its own data dir), closing them afterwards."""
    opened = []

    def opener(name: str = "x"):
        graph_ = _open(request.param, tmp_path / name)
        opened.append(graph_)
        return graph_

    opener.kind = request.param
    yield opener
    for graph_ in opened:
        graph_.close()


def dump(g) -> list[str]:
    """Every node and relationship with its properties, as sorted JSON lines (ingest times left out)."""
    rows = []
    for r in g.run("MATCH (n) RETURN labels(n)[0] AS label, properties(n) AS props"):
        props = {k: v for k, v in r["props"].items() if k not in ("ingested_at",)}
        rows.append(json.dumps({"node": r["label"], **props}, sort_keys=True))
    for r in g.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.key, a.name) AS a, "
                   "coalesce(b.id, b.key, b.name) AS b, properties(r) AS props"):
        rows.append(json.dumps({"rel": r["type"], "a": r["a"], "b": r["b"], **r["props"]}, sort_keys=True))
    return sorted(rows)


def shape(g) -> dict:
    report = graph.check(g)
    return {"labels": report["labels"], "relationships": report["relationships"]}
