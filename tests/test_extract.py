"""End-to-end extraction of the board's own sample papers with the real spaCy pipeline."""
from __future__ import annotations

from ingest.model import KINDS

from pathlib import Path

import pytest

from ingest.model import Paper, doc_id_for
from ingest.names import clean_text
from ingest.pipeline import extract_bytes, extract_file, extract_many, get_nlp

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def sample(prefix: str) -> Path:
    (path,) = SAMPLES.glob(f"{prefix}_*.txt")
    return path


@pytest.fixture(scope="module")
def papers() -> dict[str, Paper]:
    return {p: extract_file(sample(p)) for p in ("000", "001", "002", "003", "004")}


def test_sample_000_minutes(papers):
    p = papers["000"]
    assert (p.status, p.kind, p.date, p.body) == ("ok", "minutes", "2007-10-31", "London Safeguarding Children Board")
    assert p.chair.name == "Derek Myers"
    assert len(p.attendees) == 20 and len(p.apologies) == 4
    assert ("Dave Hill", "Merton LSCB") in [(a.name, a.org) for a in p.attendees]
    assert len(p.actions) == 10
    assert [a.owners for a in p.actions] == [
        ["Alastair Jeffrey", "Sally Jones"], ["Christine Christie"], ["Christine Christie"],
        ["Christine Christie", "Jennifer Izekor"], ["Christine Christie"], ["Christine Christie"],
        ["Dave Hill"], ["London Board"], ["Christine Christie"], []]
    assert {"Nick Scott", "Jeanette Pugh"} <= set(p.people)
    assert [f.date for f in p.future_meetings] == ["2008-02-20", "2008-05-07", "2008-07-30", "2008-10-29"]


def test_sample_001_chair_and_attendee(papers):
    p = papers["001"]
    assert p.chair.name == "Simon Hart"
    assert ("Tim Beach", "Barnet") in [(a.name, a.org) for a in p.attendees]
    assert "Dave Hill" in p.people  # the chair stood in for him


def test_sample_002_update_mentions_fgm(papers):
    p = papers["002"]
    assert (p.kind, p.date, p.date_precision) == ("update", "2010-04-01", "month")
    assert "FGM" in p.topics and p.to_dict()["mentions_fgm"] is True
    assert not p.actions and not p.attendees


def test_sample_004_workplan(papers):
    p = papers["004"]
    assert p.kind == "workplan" and len(p.workplan) == 12
    assert p.workplan[2].responsible == ["ALG", "DV Forum", "MPS", "Barnardos", "Sexual Exploitation Steering Group"]


def test_every_fact_points_into_the_text(papers):
    for p in papers.values():
        text = p.text
        for entry in ([p.chair] if p.chair else []) + p.attendees + p.apologies:
            assert entry.name.split()[-1] in text[entry.span[0]:entry.span[1]]
        for item in p.items:
            assert clean_text(text[item.heading_span[0]:item.heading_span[1]]) == clean_text(item.heading)
        for m in p.mentions:
            assert 0 <= m.span[0] < m.span[1] <= len(text)
            if m.label == "ORG":
                written = clean_text(text[m.span[0]:m.span[1]]).lower()
                assert clean_text(m.name).split()[0].lower() in written
        for a in p.actions:
            assert 0 <= a.span[0] < a.span[1] <= len(text)
        for f in p.future_meetings:
            assert f.span[1] > f.span[0]


def test_json_round_trip(papers):
    p = papers["000"]
    again = Paper.from_dict(p.to_dict())
    assert again.to_dict() == p.to_dict()


def test_failed_files_are_records_not_crashes():
    empty = extract_bytes(b"", "empty.txt")
    assert empty.status == "failed" and empty.error and empty.id == doc_id_for(b"")
    blank = extract_bytes(b"   \n\t  \n", "blank.txt")
    assert blank.status == "failed" and "blank.txt" in blank.error
    missing = extract_file(Path("/nonexistent/paper.txt"))
    assert missing.status == "failed" and "Could not open" in missing.error


def test_messy_text_still_gives_a_paper():
    junk = ("\x00\x01\x1b[image: image1.emf]\n| | |\n1)\n(((\nACTION:\nACTIONS: X to:\na)\n"
            "Attendees:\n(\n– – –\n").encode() + bytes(range(128, 256))
    paper = extract_bytes(junk, "junk.txt")
    assert paper.status == "ok"
    assert paper.kind in KINDS


def test_extract_many_matches_extract_bytes():
    items = [(sample(p).read_bytes(), sample(p).name) for p in ("001", "003")] + [(b"", "empty.txt")]
    many = list(extract_many(items, batch_size=2))
    single = [extract_bytes(data, name) for data, name in items]
    assert [p.to_dict() for p in many] == [p.to_dict() for p in single]


def test_model_is_loaded_once():
    assert get_nlp() is get_nlp()


def test_each_action_carries_the_item_it_is_under(papers):
    """Ingest decides an action's item once (`parent`); graph and search read it, never re-decide it."""
    p = papers["000"]
    assert p.actions and all(a.parent is not None for a in p.actions)
    for a in p.actions:
        item = p.items[a.parent]
        assert item.span[0] <= a.span[0] and a.span[1] <= item.span[1]
    assert [a["parent"] for a in p.to_dict()["actions"]] == [a.parent for a in p.actions]


def test_a_paper_stored_before_parents_were_kept_loads_with_them():
    """papers/<id>.json written before `parent` existed: the item is decided on load, by ingest's rule."""
    text = "1. Outer\n1.1 Inner\nACTION: Ada Brook to write.\n2. Other\nNobody to do it.\n"
    inner, action = text.index("1.1"), text.index("ACTION")
    stored = {"id": "x", "doc": "x.txt", "text": text,
              "items": [{"number": "1", "heading": "Outer", "span": [0, text.index("2.")]},
                        {"number": "1.1", "heading": "Inner", "span": [inner, text.index("2.")]},
                        {"number": "2", "heading": "Other", "span": [text.index("2."), text.index("Nobody")]}],
              "actions": [{"item": "1.1", "text": "Ada Brook to write.", "owners": ["Ada Brook"],
                           "span": [action, text.index("\n2.")]},
                          {"item": "9", "text": "Nobody to do it.", "owners": [],
                           "span": [text.index("Nobody"), len(text) - 1]}]}
    paper = Paper.from_dict(stored)
    assert [a.parent for a in paper.actions] == [1, None]
    assert [a["parent"] for a in paper.to_dict()["actions"]] == [1, None]
