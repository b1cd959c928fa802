"""The Whoosh index for real (in tmp_path): grains, fields, operators, facets, sort, pages,
suggestions, acronyms, snippets, exports, and replace/remove/rebuild."""
from __future__ import annotations

import csv
import io
import json
import math
import os
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from ingest.ids import action_id, item_id, meeting_id
from ingest.model import Action, Item, Mention, Paper
from search import (
    SearchError,
    SearchIndex,
    open_index,
    results_to_csv,
    results_to_json,
    whoosh_index,
)

# ---- papers built by hand ------------------------------------------------------


def build_paper(pid: str, *, title: str, date: str | None, kind: str, body: str | None,
                header: str = "", sections: list = (), mentions: list = (),  # type: ignore[assignment]
                acronyms: dict | None = None) -> Paper:
    """A Paper with exact spans. sections: (number, heading, prose, [(action text, owners, status)]);
    mentions: (label, name, surface) -> a Mention at every place `surface` is written."""
    text = header + "\n\n"
    items, actions = [], []
    for number, heading, prose, acts in sections:
        start = len(text)
        text += f"{number}) {heading}\n{prose}\n"
        for act_text, owners, status in acts:
            a_start = len(text)
            text += f"ACTION \u2013 {act_text}\n"
            actions.append(Action(number, act_text, owners, (a_start, len(text) - 1), status))
        items.append(Item(number, heading, (start, len(text)), (start, start + len(number) + 2 + len(heading))))
        text += "\n"
    found = []
    for label, name, surface in mentions:
        found += [Mention(label, name, (m.start(), m.end())) for m in re.finditer(re.escape(surface), text)]
    return Paper(id=pid * 64, filename=f"{pid}.txt", text=text, kind=kind, title=title, date=date,
                 date_precision="day" if date else None, body=body, items=items, actions=actions,
                 mentions=found, acronyms=acronyms or {})


BOARD = "London Safeguarding Children Board"
P1 = build_paper(
    "1", title="London Safeguarding Children Board Meeting", date="2007-10-31", kind="minutes", body=BOARD,
    header="Attendees: Dave Hill (Merton LSCB), Jennifer Izekor (GOL), Alastair Jeffrey (Met Police), "
           "Christine Christie (London Board)",
    sections=[
        ("2", "Child Death Review Panels (CDRP)",
         "Dave Hill updated colleagues on progress around Child Death Review Panels (CDRP). The NSPCC "
         "welcomed the reviews. The Metropolitan Police were key players.",
         [("Alastair Jeffrey to contact Dave Hill and discuss involvement.", ["Alastair Jeffrey"], None)]),
        ("4", "Paper 4 - Secure emails",
         "Alastair Jeffrey informed colleagues that the MPS will only share written information via "
         "secure email.",
         [("Jennifer Izekor to circulate the secure email guidance.", ["Jennifer Izekor"], "COMPLETED")]),
        ("6", "Paper 6 - Serious Case Reviews",
         "The Board reviewed the SCR findings and the <script>alert(1)</script> appendix.",
         [("Christine Christie to convene a SCR Sub Group.", ["Christine Christie"], None),
          ("Ian Dean to write to the coroner.", ["Ian Dean"], None)]),
    ],
    mentions=[("PERSON", n, n) for n in ("Dave Hill", "Jennifer Izekor", "Alastair Jeffrey", "Christine Christie")]
    + [("ORG", n, n) for n in ("Merton LSCB", "GOL", "Met Police", "London Board", "NSPCC", "MPS")]
    + [("TOPIC", "child death review", "Child Death Review Panels"), ("TOPIC", "secure email", "secure email"),
       ("TOPIC", "serious case reviews", "Serious Case Reviews"), ("TOPIC", "serious case reviews", "SCR")],
    acronyms={"CDRP": "Child Death Review Panels", "SCR": "Serious Case Reviews"},
)
P2 = build_paper(
    "2", title="LSCB Chairs meeting", date="2009-06-15", kind="minutes", body="LSCB Chairs",
    header="Present: Hilary McCollum, Jennifer Izekor",
    sections=[
        ("1", "Female genital mutilation",
         "Hilary McCollum presented the FGM guidance to safeguarding leads. The group met in August.",
         [("Hilary McCollum to publish the FGM guidance.", ["Hilary McCollum"], "ongoing")]),
        ("2", "Safeguarding training",
         "The training programme for safeguarding staff was agreed. Jennifer Izekor raised CDRP arrangements.",
         []),
    ],
    mentions=[("PERSON", "Hilary McCollum", "Hilary McCollum"), ("PERSON", "Jennifer Izekor", "Jennifer Izekor"),
              ("TOPIC", "FGM", "FGM"), ("TOPIC", "FGM", "Female genital mutilation"),
              ("TOPIC", "training", "training")],
)
P3 = build_paper(
    "3", title="Update report March 2008", date="2008-03-01", kind="update", body=BOARD,
    header="The secure email roll-out continues. Work with the National Society for the Prevention of "
           "Cruelty to Children on child death review panels continues.",
    mentions=[("ORG", "National Society for the Prevention of Cruelty to Children",
               "National Society for the Prevention of Cruelty to Children"),
              ("TOPIC", "secure email", "secure email")],
)
P4 = build_paper(
    "4", title="Workplan", date=None, kind="workplan", body=None,
    header="Private fostering awareness campaign. Multi-agency audit of safeguarding reviews.",
)
PAPERS = [P1, P2, P3, P4]


def item(paper: Paper, number: str) -> str:
    index = next(i for i, it in enumerate(paper.items) if it.number == number)
    return item_id(paper.id, number, index)


def action(paper: Paper, index: int) -> str:
    return action_id(paper.id, index)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """Shared and only read by the tests that use it."""
    ix = open_index(tmp_path_factory.mktemp("search"))
    for paper in PAPERS:
        ix.add_paper(paper)
    yield ix
    ix.close()


@pytest.fixture
def fresh(tmp_path: Path) -> SearchIndex:
    ix = open_index(tmp_path)
    yield ix
    ix.close()


def ids(index: SearchIndex, q: str, **kwargs) -> set[str]:
    results = index.query(q, per_page=200, **kwargs)
    assert results.total == len(results.hits)
    return {h.id for h in results.hits}


# ---- grains and free text ---------------------------------------------------


def test_three_grains_with_the_graphs_ids(index):
    assert index.doc_count() == 4
    assert index.entry_count() == 4 + 5 + 5  # papers, items, actions
    hits = {h.id: h for h in index.query("secure email", per_page=50).hits}
    secure_item = hits[item(P1, "4")]
    assert secure_item.type == "item" and secure_item.number == "4"
    assert secure_item.heading == "Paper 4 - Secure emails"
    assert secure_item.meeting_id == meeting_id(P1.id)
    assert secure_item.title == "London Safeguarding Children Board Meeting"
    assert secure_item.date == "2007-10-31" and secure_item.body == BOARD and secure_item.kind == "minutes"
    assert P1.text[slice(*secure_item.span)].startswith("4) Paper 4 - Secure emails")
    secure_action = hits[action(P1, 1)]
    assert secure_action.type == "action" and secure_action.owners == ["Jennifer Izekor"]
    assert secure_action.status == "COMPLETED" and secure_action.number == "4"
    assert secure_action.heading == "Paper 4 - Secure emails"
    assert secure_action.text == "Jennifer Izekor to circulate the secure email guidance."
    update = hits[P3.id]
    assert update.type == "paper" and update.meeting_id is None and update.span == (0, len(P3.text))
    assert update.heading is None and update.title == "Update report March 2008"


def test_free_text_is_stemmed(index):
    reviews = ids(index, "review")
    assert {item(P1, "2"), item(P1, "6"), P4.id} <= reviews  # "reviews", "reviewed", "reviews"
    assert ids(index, "reviewing") == reviews


def test_all_words_must_match(index):
    # P1 itself is not listed: its item 4 holds the same passage (search.ranked.without_repeated_papers)
    assert ids(index, "secure guidance") == {item(P1, "4"), action(P1, 1)}


def test_phrases_keep_word_order(index):
    assert ids(index, '"secure email"') == {item(P1, "4"), action(P1, 1), P3.id}
    assert ids(index, '"email secure"') == set()


def test_or_not_minus_and_brackets(index):
    fgm, fostering = ids(index, "fgm"), ids(index, "fostering")
    assert fgm and fostering
    assert ids(index, "fgm OR fostering") == fgm | fostering
    safeguarding = ids(index, "safeguarding")
    training = ids(index, "training")
    assert ids(index, "safeguarding NOT training") == safeguarding - training
    assert ids(index, "safeguarding -training") == safeguarding - training
    assert ids(index, "(fgm OR fostering) AND safeguarding") == (fgm | fostering) & safeguarding
    everything = ids(index, "*")
    assert ids(index, "NOT training") == everything - training - {P2.id}  # P2 is listed by its item only


def test_prefix(index):
    assert ids(index, "safeguard*") >= ids(index, "safeguarding")
    assert ids(index, "fost*") == ids(index, "fostering") == {P4.id}
    assert ids(index, "fosteri*") == {P4.id}  # longer than the stem "foster"


# ---- fields ---------------------------------------------------------------------


def test_person_field_exact_and_by_word(index):
    dave = {P1.id, item(P1, "2"), action(P1, 0)}
    assert ids(index, 'person:"Dave Hill"') == dave
    assert ids(index, "person:hill") == dave
    assert ids(index, 'person:"dave hill"') == dave
    assert ids(index, 'person:"Hill Dave"') == set()
    assert ids(index, 'person:"Dave Hill" type:action') == {action(P1, 0)}
    assert ids(index, "person:izekor") == {P1.id, item(P1, "4"), action(P1, 1), P2.id, item(P2, "2")}


def test_org_field_uses_aliases(index):
    assert ids(index, "org:NSPCC") == {P1.id, item(P1, "2"), P3.id}
    assert ids(index, 'org:"National Society for the Prevention of Cruelty to Children"') == ids(index, "org:NSPCC")
    assert ids(index, "org:gol") == {P1.id}


def test_topic_field_uses_taxonomy_and_acronyms(index):
    assert ids(index, "topic:FGM") == {P2.id, item(P2, "1"), action(P2, 0)}
    scr_actions = {action(P1, 2), action(P1, 3)}  # the coroner letter: its item's heading names SCRs
    assert ids(index, 'type:action topic:"serious case reviews"') == scr_actions
    assert ids(index, "type:action topic:SCR") == scr_actions
    panels = {P1.id, item(P1, "2"), action(P1, 0)}
    assert ids(index, 'topic:"Child Death Review Panels"') == ids(index, "topic:CDRP") == panels


def test_type_kind_body_owner_status_title_heading(index):
    assert len(ids(index, "type:action")) == 5
    assert ids(index, "kind:update") == {P3.id}
    assert ids(index, 'body:"LSCB Chairs"') == {P2.id, item(P2, "1"), item(P2, "2"), action(P2, 0)}
    assert ids(index, "body:chairs") == ids(index, 'body:"LSCB Chairs"')
    assert ids(index, 'owner:"Jennifer Izekor"') == {action(P1, 1)}
    assert ids(index, "status:completed") == {action(P1, 1)}
    assert ids(index, "heading:emails") == {item(P1, "4")}
    assert ids(index, "title:update") == {P3.id}


def test_dates(index):
    p1 = ids(index, "date:2007")
    assert p1 == {d for d in ids(index, "*") if d == P1.id or d in ids(index, 'body:"London Safeguarding '
                                                                        'Children Board" kind:minutes')}
    assert ids(index, "date:2007..2008") == p1 | {P3.id}
    assert ids(index, "date:2008-03") == ids(index, "year:2008") == {P3.id}
    assert ids(index, "date:>=2009-06") == ids(index, "body:chairs")
    assert ids(index, "date:<2008") == p1
    assert ids(index, "date:>2009-06") == set()


# ---- acronyms and aliases ----------------------------------------------------


def test_acronym_finds_its_expansion_and_back(index):
    # P3 says only "child death review panels"; P2 item 2 says only "CDRP" (P1 defines it)
    assert {P3.id, item(P2, "2"), item(P1, "2")} <= ids(index, "CDRP")
    assert {P3.id, item(P2, "2"), item(P1, "2")} <= ids(index, "child death review panels")
    assert {P3.id, item(P2, "2")} <= ids(index, '"Child Death Review Panel"')
    assert {item(P1, "6"), action(P1, 2)} <= ids(index, '"serious case reviews"')


def test_curated_aliases_expand_free_text(index):
    assert item(P1, "2") in ids(index, "National Society for the Prevention of Cruelty to Children")
    assert P3.id in ids(index, "NSPCC")


def test_lower_case_word_does_not_expand_to_a_mixed_case_alias(index):
    assert item(P1, "2") not in ids(index, "met")  # the verb; item 2 says "Metropolitan Police"
    assert item(P2, "1") in ids(index, "met")
    assert item(P1, "2") in ids(index, "Met")  # the curated alias of Metropolitan Police


# ---- facets, filters, sort, pages -------------------------------------------------


def test_facet_counts_match_the_hits(index):
    results = index.query("*", per_page=200)
    expected = {
        "type": Counter(h.type for h in results.hits),
        "year": Counter(h.date[:4] for h in results.hits if h.date),
        "kind": Counter(h.kind for h in results.hits),
        "body": Counter(h.body for h in results.hits if h.body),
        "person": Counter(p for h in results.hits for p in h.people),
        "org": Counter(o for h in results.hits for o in h.organisations),
        "topic": Counter(t for h in results.hits for t in h.topics),
    }
    # `term` counts glossary terms in the text, not a field of the hits (tests/test_search_glossary.py)
    assert {k: dict(v) for k, v in results.facets.items() if k != "term"} == {k: dict(v) for k, v in expected.items()}
    assert dict(results.facets["type"]) == {"paper": 4, "item": 5, "action": 5}
    assert dict(results.facets["person"])["Jennifer Izekor"] == 5
    assert results.facets["year"] == [("2009", 4), ("2008", 1), ("2007", 8)]  # newest first
    counts = [n for _, n in results.facets["person"]]
    assert counts == sorted(counts, reverse=True)


def test_filters_narrow_hits_and_facets(index):
    results = index.query("*", filters={"type": "action", "year": "2007"}, per_page=50)
    assert {h.id for h in results.hits} == {action(P1, 0), action(P1, 1), action(P1, 2), action(P1, 3)}
    assert results.facets["type"] == [("action", 4)]
    assert ids(index, "*", filters={"person": "Dave Hill"}) == ids(index, 'person:"Dave Hill"')
    assert ids(index, "*", filters={"org": "NSPCC"}) == {P1.id, item(P1, "2")}
    assert ids(index, "*", filters={"body": "LSCB Chairs", "topic": "FGM"}) == ids(index, "topic:FGM")
    odd = index.query("secure", filters={"colour": "red"})
    assert odd.total > 0 and "There is no filter 'colour'" in odd.warnings[0]


def test_sort_by_date_either_way_with_undated_last(index):
    for sort, newest_first in (("date", True), ("date_asc", False)):
        hits = index.query("*", sort=sort, per_page=50).hits
        dates = [h.date for h in hits]
        assert dates[-1] is None and P4.id == hits[-1].id
        dated = dates[:-1]
        assert None not in dated and dated == sorted(dated, reverse=newest_first)
    bad = index.query("secure", sort="colour")
    assert bad.total > 0 and "sorted by relevance" in bad.warnings[0]


def test_relevance_puts_the_item_about_it_first(index):
    assert index.query("secure email").hits[0].id == item(P1, "4")


def test_pages_cover_every_hit_once(index):
    everything = index.query("*", per_page=200)
    seen: list[str] = []
    first = index.query("*", per_page=3)
    assert first.pages == math.ceil(everything.total / 3) and first.page == 1
    for page in range(1, first.pages + 1):
        results = index.query("*", page=page, per_page=3)
        assert results.page == page and results.total == everything.total
        seen += [h.id for h in results.hits]
    assert seen == [h.id for h in everything.hits]
    beyond = index.query("*", page=99, per_page=3)
    assert beyond.page == first.pages and [h.id for h in beyond.hits] == seen[(first.pages - 1) * 3:]
    assert index.query("*", page=0, per_page=3).page == 1
    none = index.query("zzzzqqqq")
    assert none.total == 0 and none.pages == 0 and none.hits == [] and none.page == 1


# ---- suggestions, snippets, warnings -------------------------------------------------


@pytest.mark.parametrize("q, suggestion", [
    ("Izekur", "Izekor"),
    ("person:Izekur", "person:Izekor"),
    ("secure emial", "secure email"),
    ('"secure emial" fostring', '"secure email" fostering'),
    ("McColum", "McCollum"),
    ("secure email", None),
    ("CDRP", None),
])
def test_did_you_mean(index, q, suggestion):
    assert index.query(q).suggestion == suggestion


def test_snippets_mark_matches_and_escape_html(index):
    hit = next(h for h in index.query("appendix").hits if h.type == "item")
    assert "<mark>appendix</mark>" in hit.snippet
    assert "&lt;script&gt;" in hit.snippet and "<script>" not in hit.snippet
    assert hit.span[0] <= hit.match_span[0] < hit.match_span[1] <= hit.span[1]
    assert "appendix" in P1.text[slice(*hit.match_span)]


def test_snippet_marks_a_phrase_only_where_it_is_whole(index):
    hit = next(h for h in index.query("org:NSPCC").hits if h.id == P3.id)
    assert "<mark>National Society for the Prevention of Cruelty to Children</mark>" in hit.snippet
    assert "<mark>Children</mark>" not in hit.snippet


def test_words_under_not_are_not_marked(index):
    hit = index.query("guidance NOT secure").hits[0]
    assert "<mark>guidance</mark>" in hit.snippet.lower() and "<mark>secure" not in hit.snippet.lower()


@pytest.mark.parametrize("q, warning", [
    ('"secure email', "never closed"),
    ("date:2007-13 secure", "not a date"),
    ("secure AND", "needs something on both sides"),
    ("NOT secure OR", "needs something on both sides"),
    ("(secure", "never closed"),
    ("nosuchfield:secure", "no field"),
])
def test_malformed_queries_warn_and_still_search(index, q, warning):
    results = index.query(q)
    assert any(warning in w for w in results.warnings), results.warnings
    assert results.total > 0


def test_only_common_words_says_so(index):
    results = index.query("the and of")
    assert results.total == 0 and results.warnings == ["Too common to search for: 'the', 'and', 'of'."]
    assert index.query("the secure").warnings == []


@pytest.mark.parametrize("q", ['"', "AND", "the", "type:meeting", "date:soon", "*?", ":", "\x00",
                               "person:*", "org:(", 'topic:""', "-*", "a" * 300, "((((((((((x"])
def test_odd_queries_never_raise(index, q):
    results = index.query(q)
    json.dumps(results.to_dict())


@pytest.mark.parametrize("q", ["", "   ", "\n"])
def test_empty_query_is_an_error_sentence(index, q):
    with pytest.raises(ValueError, match="Enter something to search for."):
        index.query(q)


# ---- exports --------------------------------------------------------------------


def test_csv_and_json_exports(index):
    results = index.query("secure", per_page=50)
    rows = list(csv.DictReader(io.StringIO(results_to_csv(results))))
    assert [r["id"] for r in rows] == [h.id for h in results.hits]
    row = next(r for r in rows if r["id"] == action(P1, 1))
    assert row["owners"] == "Jennifer Izekor" and row["status"] == "COMPLETED" and row["type"] == "action"
    assert json.loads(results_to_json(results))["total"] == results.total


def test_csv_does_not_let_a_spreadsheet_run_text(fresh):
    fresh.add_paper(build_paper("9", title="=HYPERLINK(\"http://x\")", date="2010-01-01", kind="other",
                                body=None, header="harmless words"))
    rows = list(csv.DictReader(io.StringIO(results_to_csv(fresh.query("harmless")))))
    assert rows[0]["title"].startswith("'=")


# ---- writing ----------------------------------------------------------------------


def test_adding_the_same_paper_twice_replaces_it(fresh):
    fresh.add_paper(P1)
    counts = fresh.doc_count(), fresh.entry_count()
    fresh.add_paper(P1)
    assert (fresh.doc_count(), fresh.entry_count()) == counts == (1, 8)
    changed = replace(P1, text=P1.text.replace("appendix", "annexe"))
    fresh.add_paper(changed)
    assert (fresh.doc_count(), fresh.entry_count()) == counts
    assert fresh.query("appendix").total == 0 and fresh.query("annexe").total > 0


def test_an_empty_index_answers_with_nothing(fresh):
    results = fresh.query("secure email")
    assert (results.total, results.pages, results.hits, results.suggestion) == (0, 0, [], None)
    assert results.facets == {name: [] for name in results.facets} and fresh.doc_count() == 0


def test_remove_paper_removes_all_its_grains(fresh):
    fresh.add_paper(P1)
    fresh.add_paper(P2)
    fresh.remove_paper(P1.id)
    assert fresh.doc_count() == 1 and fresh.entry_count() == 1 + 2 + 1
    assert fresh.query("secure").total == 0 and fresh.query("fgm").total > 0
    fresh.remove_paper("not-a-paper")
    assert fresh.doc_count() == 1


def test_a_failed_paper_leaves_nothing_behind(fresh):
    fresh.add_paper(P1)
    fresh.add_paper(Paper(id=P1.id, filename="1.txt", status="failed", error="Could not read PDF"))
    assert fresh.doc_count() == 0 and fresh.entry_count() == 0


def test_rebuild_replaces_everything_and_forgets_old_acronyms(fresh):
    (fresh.data_dir / "curated").mkdir()  # an admin's glossary without CDRP: only the papers define it here
    (fresh.data_dir / "curated" / "glossary.yaml").write_text("glossary: []\n", encoding="utf-8")
    for paper in PAPERS:
        fresh.add_paper(paper)
    assert P3.id in ids(fresh, "CDRP")
    failed = Paper(id="f" * 64, filename="f.pdf", status="failed", error="Could not read PDF")
    assert fresh.rebuild([P2, P3, P3, failed]) == 2
    assert fresh.doc_count() == 2
    assert fresh.query("appendix").total == 0
    assert P3.id not in ids(fresh, "CDRP")  # only P1 said what CDRP stands for


def test_index_survives_reopening(tmp_path):
    ix = open_index(tmp_path)
    ix.add_paper(P2)
    ix.close()
    with pytest.raises(SearchError, match="closed"):
        ix.query("fgm")
    again = open_index(tmp_path)
    assert again.doc_count() == 1 and again.query("fgm").total == 2  # the item and its action
    assert (tmp_path / "index").is_dir()
    again.close()


def test_a_busy_index_gives_a_clear_error(fresh, monkeypatch):
    monkeypatch.setattr(whoosh_index, "WRITE_TIMEOUT", 0.2)
    other = open_index(fresh.index_dir.parent)
    held = other._ix.writer()
    try:
        with pytest.raises(SearchError, match="busy"):
            fresh.add_paper(P1)
    finally:
        held.cancel()
        other.close()
    fresh.add_paper(P1)
    assert fresh.doc_count() == 1


def test_facets_forget_a_removed_paper(fresh):
    fresh.add_paper(P1)
    fresh.add_paper(P2)
    assert "Dave Hill" in dict(fresh.query("*").facets["person"])
    fresh.remove_paper(P1.id)
    facets = fresh.query("*").facets
    assert "Dave Hill" not in dict(facets["person"]) and dict(facets["type"])["paper"] == 1


def test_an_admins_curated_aliases_are_used_and_a_broken_file_is_a_warning(tmp_path):
    curated = tmp_path / "curated"
    curated.mkdir()
    (curated / "aliases.yaml").write_text("aliases:\n  Female genital mutilation: [FGM, Fem Gen Mut]\n")
    ix = open_index(tmp_path)
    ix.add_paper(P2)
    assert ix.query('"Fem Gen Mut"').total == ix.query("FGM").total > 0
    (curated / "aliases.yaml").write_text("aliases: [unclosed\n")
    os.utime(curated / "aliases.yaml", (1, 1))  # a different mtime even on a coarse clock
    results = ix.query("FGM")
    assert results.total > 0 and any("could not be read" in w for w in results.warnings)
    ix.close()


def test_a_very_long_query_is_cut_with_a_warning(index):
    results = index.query("secure " * 400)
    assert results.total > 0 and "cut to its first" in results.warnings[0]


def test_an_unreadable_index_is_a_sentence_not_a_traceback(tmp_path):
    open_index(tmp_path).close()
    for toc in (tmp_path / "index").glob("*.toc"):
        toc.write_bytes(b"not an index")
    with pytest.raises(SearchError, match="Could not open the search index"):
        open_index(tmp_path)


def test_every_example_in_the_help_page_runs_cleanly(index):
    help_text = (Path(__file__).resolve().parents[1] / "docs" / "search.md").read_text(encoding="utf-8")
    examples = [e for line in help_text.splitlines() if line.startswith("|")
                for e in re.findall(r"`([^`]+)`", line)]
    assert len(examples) > 30
    for example in examples:
        assert index.query(example).warnings == [], example
    assert ids(index, "saf?guarding") == ids(index, "safeguarding") != set()
    assert ids(index, "topic:(FGM OR training)") == ids(index, "topic:FGM") | ids(index, "topic:training")


def test_an_index_from_an_older_schema_is_replaced_and_says_so(tmp_path):
    from whoosh import fields
    from whoosh.filedb.filestore import FileStorage

    from search.schema import INDEX_NAME

    (tmp_path / "index").mkdir()
    FileStorage(str(tmp_path / "index")).create_index(fields.Schema(id=fields.ID(stored=True)), indexname=INDEX_NAME)
    ix = open_index(tmp_path)
    assert ix.outdated
    assert any("boardgraph reindex" in w for w in ix.query("secure").warnings)
    ix.add_paper(P1)
    assert ix.query("secure").warnings == []
    ix.close()
    again = open_index(tmp_path)
    assert not again.outdated and again.doc_count() == 1
    again.close()


def test_agenda_and_report_papers_are_indexed_and_found_by_kind(fresh):
    """Agendas and reports are papers, not meetings: indexed, no meeting id, found by kind:agenda/kind:report."""
    agenda = build_paper("5", title="Elmley Board Agenda", date="2012-03-01", kind="agenda", body="Elmley Board",
                         header="Agenda for the Elmley Board: private fostering.")
    report = build_paper("6", title="Elmley Board Manager's Progress Report", date="2012-04-01", kind="report",
                         body="Elmley Board", header="Progress on private fostering since the last meeting.")
    assert not agenda.is_meeting and not report.is_meeting
    fresh.add_paper(agenda)
    fresh.add_paper(report)
    assert ids(fresh, "kind:agenda") == {agenda.id}
    assert ids(fresh, "kind:reports fostering") == {report.id}
