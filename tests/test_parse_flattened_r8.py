"""A page flattened into one very long line (issue 13, round 8): its labels, items and heading cut apart.

Invented names and organisations. The near-misses: long lines of prose, a long list line, numbers that do
not run 1, 2, 3, labels written in lower case inside a sentence.
"""
from __future__ import annotations

from ingest.parse.flattened import unflatten
from ingest.parse.lines import split_lines
from ingest.parse.vocab import load_vocabulary
from parse_fixtures import chair, keys, parse

PEOPLE = ("Ada Brook (AB - Chair), Ben Cole (BC), Cy Dee (CD for Di Eve), Ed Fox (EF), Flo Gee (FG), "
          "Gus Hay (GH), Ida Jay (IJ), Jo King (JK - for item 3), Kim Lee (KLe - notetaker)")
ABSENT = "Di Eve (DE), Lu Moss (LM), Cllr Ned Owen (NO)"
MINUTES = ("1. Apologies for absence The above apologies were noted. 2. Minutes of the previous meeting The minutes "
           "were agreed. 3. Elmley Fund Progress Report BC gave a presentation on the fund and its grants to the "
           "voluntary sector over the year. AB to write to all partners to thank them for their work on the fund. "
           "4. Any other business There was none.")


def _page(head: str = "Minutes Elmley Children's Board Notes of meeting on 22nd June 2031 ") -> str:
    return head + f"Attendees: {PEOPLE} Apologies: - {ABSENT}, Action " + MINUTES


def test_a_flattened_page_is_read_as_its_lines():
    paper = parse(_page())
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "ed fox", "flo gee", "gus hay", "ida jay",
                                     "jo king", "kim lee"]
    assert keys(paper.apologies) == ["di eve", "lu moss", "ned owen"]
    assert chair(paper) == "ada brook"
    assert (paper.title, paper.date) == ("Elmley Children's Board", "2031-06-22")
    assert [(i.number, i.heading) for i in paper.items] == [
        ("1", "Apologies for absence"), ("2", "Minutes of the previous meeting"), ("3", "Elmley Fund Progress Report"),
        ("4", "Any other business")]
    assert [a.text for a in paper.actions] == ["AB to write to all partners to thank them for their work on the fund."]


def test_other_labels_of_a_flattened_page():
    for attendees, apologies in (("Present:", "Apologies for absence:"), ("In attendance:", "Apologies:"),
                                 ("PRESENT:", "APOLOGIES:")):
        text = (f"Elmley Children's Board Notes of meeting on 22nd June 2031 {attendees} {PEOPLE} "
                f"{apologies} {ABSENT}. " + MINUTES)
        paper = parse(text)
        assert len(paper.attendees) == 9 and keys(paper.apologies) == ["di eve", "lu moss", "ned owen"], attendees


def test_a_flattened_letterhead_with_a_chair_label_and_a_dated_heading():
    text = ("Elmley Safeguarding Children Board Chairperson: Ada Brook www.elmleyscb.org.uk Summary and Minutes "
            "12 December 2031 Room 4, Elmley Hall Summary The Board approved a policy, which will be circulated to "
            "all members and published on the website. " * 3)
    paper = parse(text)
    assert chair(paper) == "ada brook"
    assert paper.date == "2031-12-12"


def _cut(text: str) -> list[str]:
    return [ln.text for ln in unflatten(split_lines(text), load_vocabulary()) if ln.text]


def test_long_lines_without_a_list_or_chair_label_are_left_whole():
    prose = ("The board noted that those present: the police, health and the council, had agreed the plan. "
             "It asked 1. that the plan be published and 2. that the chair write to partners. ") * 4
    assert _cut(prose) == [prose.strip()]
    short = "Present: Ada Brook, Ben Cole\nApologies: Cy Dee\n1. Welcome\n"
    assert _cut(short) == ["Present: Ada Brook, Ben Cole", "Apologies: Cy Dee", "1. Welcome"]


def test_a_long_list_line_is_cut_only_at_its_labels():
    row = "Present: " + " ".join(f"Ms A{c} Brook (Head of Service, Elmley Academy {c})" for c in "BCDEFGHIJKLMN")
    assert len(row) > 400 and _cut(row) == [row]
    numbers = row + " in 2. quarter. 5. The next item"
    assert _cut(numbers) == [numbers]  # no run of numbers from 1


def test_a_date_inside_an_items_minute_does_not_cut_it():
    text = _page().replace("There was none.", "The next meeting is on 3 July 2031 at Elmley Hall.")
    assert "The next meeting is on 3 July 2031 at Elmley Hall." in _cut(text)
