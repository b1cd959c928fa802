"""Items whose heading runs on into the minute, and a flattened 'Action' column header before the first
item (issue 13, round 8). Invented names and organisations."""
from __future__ import annotations

from parse_fixtures import parse

TOP = "Elmley Academies Safeguarding Board\n\nDate: Thursday 12th October 2031\n\nPresent: Ada Brook (Chair), Ben Cole\n\n"


def _items(paper) -> list[tuple[str, str]]:
    return [(i.number, i.heading) for i in paper.items]


def test_headings_end_where_their_minute_starts():
    paper = parse(TOP + "Action 1. Preliminaries The Chair welcomed everyone to the meeting.\n\nIntroductions were made.\n\n"
                  "2. Declarations of interest None\n\n"
                  "3. Minutes of the meeting held on 20th June 2031 and matters arising The minutes were approved. "
                  "The following items were noted:\n\n3.1 Budget – noted.\n\n"
                  "4. Elmley Fund Progress Report BC gave a presentation on the fund.\n\n"
                  "5. Review of The Care Act The board noted the report.\n\n"
                  "6. Schools Update Ben Cole reported on the visits.\n")
    assert _items(paper) == [("1", "Preliminaries"), ("2", "Declarations of interest"),
                             ("3", "Minutes of the meeting held on 20th June 2031 and matters arising"),
                             ("4", "Elmley Fund Progress Report"), ("5", "Review of The Care Act"),
                             ("6", "Schools Update")]
    assert paper.actions == []  # 'Action' before '1.' is the table's column header


def test_headings_without_a_minute_on_their_line_are_kept_whole():
    paper = parse(TOP + "1. Welcome and Apologies\n\nThe Chair welcomed everyone.\n\n2. Update on The Care Act\n\n"
                  "The board noted the update.\n\n3. Any Other Business\n\nThere was none.\n")
    assert _items(paper) == [("1", "Welcome and Apologies"), ("2", "Update on The Care Act"),
                             ("3", "Any Other Business")]


def test_numbered_paragraphs_of_minutes_are_not_cut_into_headings():
    paper = parse(TOP + "1. The Chair welcomed members to the meeting and noted apologies from Cy Dee and Di Eve "
                  "and thanked them.\n\n2. Cy Dee asked that paragraph 18 of the minute be amended to reflect the "
                  "discussion. All members agreed with this.\n\n3. Ed Fox advised that further amendments had been "
                  "made to the guidance which is on track.\n")
    assert _items(paper) == []


def test_an_action_log_entry_numbered_after_its_label_stays_an_action():
    paper = parse(TOP + "1. Minutes\n\nThe minutes were agreed.\n\nAction 1. Ben Cole to circulate the revised plan.\n"
                  "\n2. Budget\n\nThe budget was noted.\n")
    assert [a.text for a in paper.actions] == ["Ben Cole to circulate the revised plan."]
    assert _items(paper) == [("1", "Minutes"), ("2", "Budget")]
