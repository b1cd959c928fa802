"""The field's language in search: the safeguarding glossary (data, admin override, expansion both
ways), suggestions that never "correct" a known term, facets without debris, snippets of prose
rather than attendance lists, a paper not listed beside its own item, and what an empty or
operators-only search says. Held to recall@5 and MRR floors over an officers' query set
(tests/gold/search_queries.yaml) on a real index of the samples and the real papers."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from ingest.curated import load_glossary
from ingest.model import Item, Mention, Paper
from search import open_index
from search.aliases import form_key
from search.facets import is_noise
from search.guide import EXAMPLES
from search.quality import Judged, recall_at, reciprocal_rank, score
from search.querylang import ONLY_OPERATORS
from search.snippets import make_snippet
from tests.conftest import SAMPLES

GOLD = Path(__file__).resolve().parent / "gold"
REAL = GOLD / "real"
QUERIES = GOLD / "search_queries.yaml"
# Measured on this set when the floors were set: recall@5 0.913, MRR 0.946, acronym recall@5 0.892
# (before the glossary and the changes that came with it: 0.601, 0.750 and 0.270).
FLOORS = {"recall": 0.90, "mrr": 0.93, "acronym_recall": 0.88}


@pytest.fixture(scope="module")
def papers() -> dict[str, Paper]:
    """The samples and the real papers extracted for real, by file name without .txt."""
    from ingest.pipeline import extract_file

    return {path.stem: extract_file(path) for path in sorted(SAMPLES.glob("*.txt")) + sorted(REAL.glob("*.txt"))}


@pytest.fixture(scope="module")
def index(tmp_path_factory, papers):
    ix = open_index(tmp_path_factory.mktemp("glossary"))
    assert ix.rebuild(papers.values()) == len(papers)
    yield ix
    ix.close()


def judged(papers: dict[str, Paper]) -> list[Judged]:
    queries = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))["queries"]
    return [Judged(q["q"], frozenset(papers[name].id for name in q["relevant"]), bool(q.get("acronym")))
            for q in queries]


def docs(index, q: str, n: int = 20) -> list[str]:
    return [h.doc_id for h in index.query(q, per_page=n).hits]


# ---- the measure --------------------------------------------------------------------

def test_recall_and_reciprocal_rank():
    assert recall_at(["a", "b", "c", "d", "e", "f"], {"f"}) == 0.0
    assert recall_at(["a", "b"], {"b", "z"}) == 0.5
    assert recall_at(list("abcde"), set("abcdefg")) == 1.0  # five of seven in five places is all there is room for
    assert reciprocal_rank(["a", "b", "c"], {"c"}) == pytest.approx(1 / 3)
    assert reciprocal_rank(["a"], {"z"}) == 0.0


def test_the_query_set_meets_its_floors(index, papers):
    queries = judged(papers)
    assert len(queries) >= 30 and sum(j.acronym for j in queries) >= 10
    figures = score(index, queries)
    for name, floor in FLOORS.items():
        assert figures[name] >= floor, figures


def test_without_the_glossary_acronym_queries_fail(tmp_path, papers):
    """The same papers and queries with an admin's empty glossary: what the glossary brings."""
    (tmp_path / "curated").mkdir()
    (tmp_path / "curated" / "glossary.yaml").write_text("glossary: []\n", encoding="utf-8")
    ix = open_index(tmp_path)
    try:
        ix.rebuild(papers.values())
        figures = score(ix, judged(papers))
    finally:
        ix.close()
    assert figures["acronym_recall"] < 0.5 < FLOORS["acronym_recall"], figures


# ---- the glossary as data -----------------------------------------------------------

def test_the_packaged_glossary_is_whole_and_each_form_means_one_thing():
    glossary = load_glossary()
    assert 60 <= len(glossary) <= 150
    terms = {e.term for e in glossary}
    for needed in ("female genital mutilation", "child sexual exploitation", "serious case review",
                   "child death overview panel", "multi-agency safeguarding hub", "local authority designated officer",
                   "child and adolescent mental health services", "youth offending team", "looked after children"):
        assert needed in terms
    acronyms = {a for e in glossary for a in e.acronyms + e.words}
    assert {"FGM", "CSE", "CCE", "SCR", "CSPR", "CDOP", "MASH", "LADO", "CAMHS", "YOT", "LAC", "CLA", "CIN", "MARAC",
            "MAPPA", "IRO", "SEND", "NEET", "ACE", "LSCB", "SCB", "SCP", "SAB", "CPC", "JTAI", "DBS"} <= acronyms
    one_words = {f for e in glossary for f in e.forms if " " not in f and f.islower()}
    assert one_words <= {"radicalisation", "radicalization"}  # e.g. not "education" split off by a comma
    owner: dict[str, str] = {}
    for entry in glossary:
        for key in {form_key(f) for f in entry.forms}:
            assert owner.setdefault(key, entry.term) == entry.term, f"{key!r} is in {owner[key]!r} and {entry.term!r}"


def test_an_admins_glossary_replaces_the_packaged_one_at_once_and_a_broken_one_is_a_warning(tmp_path):
    paper = Paper(id="a" * 64, filename="a.txt", kind="minutes", title="Board",
                  text="The widget review panel met. Female genital mutilation training was agreed.")
    curated = tmp_path / "curated"
    curated.mkdir()
    glossary = curated / "glossary.yaml"
    glossary.write_text("glossary:\n  - term: widget review panel\n    acronyms: [WRP]\n", encoding="utf-8")
    ix = open_index(tmp_path)
    try:
        ix.add_paper(paper)
        assert docs(ix, "WRP") == [paper.id]
        assert docs(ix, "FGM") == []  # the admin's copy replaced the packaged glossary
        glossary.write_text("glossary:\n  - term: [unclosed\n", encoding="utf-8")
        os.utime(glossary, (1, 1))  # a different mtime even on a coarse clock
        broken = ix.query("WRP")
        assert broken.total == 0 and any("glossary could not be read" in w for w in broken.warnings)
        glossary.write_text("glossary:\n  - acronyms: [WRP]\n", encoding="utf-8")
        os.utime(glossary, (2, 2))
        assert any("entry 1 has no 'term'" in w for w in ix.query("WRP").warnings)
        glossary.unlink()
        assert docs(ix, "FGM") == [paper.id] and ix.query("FGM").warnings == []  # the packaged one again
    finally:
        ix.close()


# ---- expansion ----------------------------------------------------------------------

def test_phrases_find_acronyms_and_acronyms_find_phrases(index, papers):
    fgm = papers["014_bracknell-lscb-fgm-task-finish-item"].id  # writes only "FGM"
    assert "genital" not in papers["014_bracknell-lscb-fgm-task-finish-item"].text
    assert fgm in docs(index, "female genital mutilation", 5)
    lac = papers["017_nottinghamshire-scb-2017-12-06"].id  # writes only "LAC"
    assert lac in docs(index, "looked after children", 5) and lac in docs(index, "children in care", 5)
    looked_after = papers["002_2b69f5a7a0666b32"].id  # writes only "looked after children"
    assert looked_after in docs(index, "LAC", 5) and looked_after in docs(index, "cla", 5)
    mash = {papers["013_bracknell-lscb-2018-07-13"].id, papers["015_bracknell-lscb-2018-05-11"].id}
    assert set(docs(index, "multi-agency safeguarding hub", 5)) >= mash
    assert papers["009_stockton-slscb-2010-05-20"].id in docs(index, "youth offending team", 5)  # writes YOS
    hit = index.query("female genital mutilation").hits[0]
    assert "<mark>FGM</mark>" in hit.snippet


def test_an_acronym_that_is_an_everyday_word_counts_only_in_capitals(tmp_path):
    letter = Paper(id="b" * 64, filename="b.txt", kind="minutes", title="Board", text="We will send the letter.")
    send = Paper(id="c" * 64, filename="c.txt", kind="minutes", title="Board", text="The SEND review is due.")
    needs = Paper(id="d" * 64, filename="d.txt", kind="minutes", title="Board",
                  text="Special educational needs were discussed.")
    ix = open_index(tmp_path)
    try:
        ix.add_papers([letter, send, needs])
        assert set(docs(ix, "special educational needs")) == {needs.id}  # not "send the letter"
        assert set(docs(ix, "SEND")) == {letter.id, send.id, needs.id}  # typed in capitals: the acronym
        assert set(docs(ix, "send")) == {letter.id, send.id}  # the verb
        assert set(docs(ix, "prevent")) == set() and ix.aliases.forms("Prevent")[1:]
    finally:
        ix.close()


# ---- suggestions --------------------------------------------------------------------

@pytest.mark.parametrize("q", ["female genital mutilation", "CSPR", "safeguarding practice review", "LADO",
                               "adverse childhood experiences", "JTAI", "radicalisation"])
def test_a_glossary_term_is_never_corrected(index, q):
    assert index.query(q).suggestion is None


@pytest.mark.parametrize("q, suggestion", [
    ("female genital mutilaton", "female genital mutilation"),
    ("CAMSH", "CAMHS"),
    ("camsh", "camhs"),
    ("radicalisaton", "radicalisation"),
    ("Izekur", "Izekor"),  # a name of the index is still suggested
])
def test_a_near_miss_is_corrected_to_the_glossary_term(index, q, suggestion):
    assert index.query(q).suggestion == suggestion


# ---- facets -------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["16", "2007-08", "Agenda and", "and Families", "minutes_v2", "Report.docx",
                                   "board-paper.pdf", "–", ""])
def test_debris_is_noise(value):
    assert is_noise(value)


@pytest.mark.parametrize("value", ["NSPCC", "A&E", "LB Wandsworth", "Barnardo's", "SCC/MCC", "FGM",
                                   "Department for Children, Schools and Families", "London Board"])
def test_names_are_not_noise(value):
    assert not is_noise(value)


def test_facets_leave_debris_out(tmp_path):
    text = "Present: the NSPCC, 16, Agenda and, minutes_v2.docx. FGM training was agreed."
    mentions = [Mention("ORG", name, (text.index(name), text.index(name) + len(name)))
                for name in ("NSPCC", "16", "Agenda and", "minutes_v2.docx")]
    paper = Paper(id="e" * 64, filename="e.txt", kind="minutes", title="Board", body="Agenda and", text=text,
                  mentions=mentions)
    ix = open_index(tmp_path)
    try:
        ix.add_paper(paper)
        results = ix.query("FGM")
        assert results.total == 1
        assert dict(results.facets["org"]) == {"NSPCC": 1} and results.facets["body"] == []
        assert ix.query('org:"Agenda and"').total == 1  # still found by it, only not offered
    finally:
        ix.close()


def test_the_term_facet_counts_glossary_terms_and_filters_by_them(index, papers):
    results = index.query("FGM", per_page=100)
    terms = dict(results.facets["term"])
    # every hit writing FGM (actions found through their item's topic may not)
    assert 3 <= terms["female genital mutilation (FGM)"] <= results.total
    assert "clinical commissioning group (CCG)" in terms  # the FGM papers also write CCG
    narrowed = index.query("FGM", filters={"term": "clinical commissioning group (CCG)"}, per_page=100)
    assert 0 < narrowed.total < results.total
    assert {h.doc_id for h in narrowed.hits} <= {papers[n].id for n in ("008_brent-lscb-2014-06-04",
                                                                        "013_bracknell-lscb-2018-07-13",
                                                                        "014_bracknell-lscb-fgm-task-finish-item")}
    unknown = index.query("FGM", filters={"term": "widgets"})
    assert unknown.total == results.total and any("There is no term 'widgets'" in w for w in unknown.warnings)
    everything = dict(index.query("*").facets["term"])
    assert everything["looked after children (LAC)"] >= 2 and all(not is_noise(t) for t in everything)


def test_the_term_facet_follows_an_admins_glossary_at_once(tmp_path):
    paper = Paper(id="9" * 64, filename="g.txt", kind="minutes", title="Board",
                  text="The widget review panel met about FGM.")
    ix = open_index(tmp_path)
    try:
        ix.add_paper(paper)
        assert dict(ix.query("met").facets["term"]) == {"female genital mutilation (FGM)": 1}
        (tmp_path / "curated").mkdir()
        (tmp_path / "curated" / "glossary.yaml").write_text(
            "glossary:\n  - term: widget review panel\n    acronyms: [WRP]\n", encoding="utf-8")
        assert dict(ix.query("met").facets["term"]) == {"widget review panel (WRP)": 1}
    finally:
        ix.close()


# ---- snippets and repeats -----------------------------------------------------------

ATTENDANCE = ("Present:\nAnna Bell (AB) Chair, FGM Lead\nCarl Dunn (CD) Designated Nurse\nEve Frost (EF) DCI\n"
              "Gail Hart (GH) Head of Service\nIan Jones (IJ) LSCB Manager\n\n")
PROSE = "3. Training\nThe board agreed that FGM awareness training would be offered to every school this year.\n"


def test_a_snippet_is_the_passage_of_prose_not_the_attendance_list():
    text = ATTENDANCE + "2. Minutes\nThe minutes were agreed as a true record of the meeting.\n\n" + PROSE
    snippet, span = make_snippet(text, {("fgm",)})
    assert snippet.startswith("3. Training") or "awareness training" in snippet.split("…")[0]
    assert "Carl Dunn" not in snippet and span is not None and text[span[0]:span[1]].find("FGM awareness") >= 0


def test_an_attendance_list_is_the_snippet_when_nothing_else_matched():
    snippet, span = make_snippet(ATTENDANCE + "2. Minutes\nThe minutes were agreed.\n", {("fgm",)})
    assert "<mark>FGM</mark> Lead" in snippet and span is not None


def test_a_matched_phrase_makes_the_passage_not_its_scattered_words():
    text = ("The Group Manager of the safeguarding group and the commissioning group lead met. "
            + "Other business was noted. " * 20
            + "\nThe Clinical Commissioning Group (CCG) will fund the post.")
    snippet, span = make_snippet(text, {("clinic",), ("commiss",), ("group",), ("clinic", "commiss", "group"),
                                        ("ccg",)})
    assert snippet.index("<mark>Clinical Commissioning Group</mark>") < snippet.index("<mark>Group</mark>")
    assert "Clinical Commissioning Group" in text[span[0]:span[1]]


def test_a_paper_is_not_listed_beside_its_own_matching_item(index, papers):
    paper = papers["000_a5aa0fdb1b97abc4"]
    hits = index.query("CDRP").hits
    assert [(h.type, h.doc_id, h.number) for h in hits if h.doc_id == paper.id] == [("item", paper.id, "2")]
    # a paper without items stays a hit of its own
    assert ("paper", papers["014_bracknell-lscb-fgm-task-finish-item"].id) in {
        (h.type, h.doc_id) for h in index.query("FGM").hits}
    # a fielded search lists papers whole
    assert any(h.type == "paper" and h.doc_id == paper.id for h in index.query("topic:SCR", per_page=100).hits)


def _two_items() -> Paper:
    first, second = "1. Secure email\nAll partners will use secure email.\n\n", "2. Other business\nNone.\n"
    text = first + second
    return Paper(id="f" * 64, filename="f.txt", kind="minutes", title="Board", text=text,
                 items=[Item("1", "Secure email", (0, len(first)), (0, 15)),
                        Item("2", "Other business", (len(first), len(text)), (len(first), len(first) + 17))])


def test_a_paper_whose_words_are_spread_over_items_stays(tmp_path):
    paper = _two_items()
    ix = open_index(tmp_path)
    try:
        ix.add_paper(paper)
        assert [h.type for h in ix.query("secure email").hits] == ["item"]
        assert [h.type for h in ix.query("email none").hits] == ["paper"]  # no one item holds both
    finally:
        ix.close()


# ---- empty and operators-only searches ------------------------------------------------

def test_every_example_runs_cleanly_and_finds_something(index):
    for q, _ in EXAMPLES:
        results = index.query(q)
        assert results.warnings == [] and results.total > 0, q


def test_an_empty_search_shows_help_and_examples(client):
    data = client.get("/api/search").get_json()
    assert data["results"] is None
    assert "Type words" in data["help"]["message"] and len(data["help"]["examples"]) >= 5
    assert {"q": "FGM", "finds": dict(EXAMPLES)["FGM"]} in data["help"]["examples"]
    html = client.get("/search").get_data(as_text=True)
    assert "Type words to search" in html and 'href="/search?q=FGM"' in html
    assert client.get("/api/search?q=fgm").get_json()["help"] is None


def test_a_query_of_only_operators_says_why_it_found_nothing(client):
    response = client.get("/api/search?q=AND+OR+NOT")
    assert response.status_code == 200  # as for any query the parser repairs: results with warnings
    results = response.get_json()["results"]
    assert results["total"] == 0 and results["warnings"] == [ONLY_OPERATORS]
    html = client.get("/search?q=AND+OR+NOT").get_data(as_text=True)
    assert "this query has no words" in html
