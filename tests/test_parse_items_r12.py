"""Items on layouts of a ninth blind set of boards and the eighth's last miss (issue 13, round 12).

Invented headings and bodies. Each test is one layout, the other ways boards write it, and its near-misses.
"""
from __future__ import annotations

from parse_fixtures import parse

LINKED = ("Issue - meetings\n\nDecision to set up a Local Partnership Board for the Elmley area.\n\n"
          "Meeting: 16/08/2031 - Cabinet (Item 12)\n\n")


def _items(text: str) -> list[tuple[str, str]]:
    return [(i.number, i.heading) for i in parse(text).items]


def test_a_web_pages_link_text_vouches_for_a_lone_undotted_item_above_ten():
    for heading in ("Chair of the Elmley Adults Board", "Decision to set up a Local Partnership Board under Part 4 "
                    "of the Elmley Abuse Act 2031."):
        for link in ("pdf icon PDF 296 KB", "PDF 112 KB"):
            text = LINKED + f"12 {heading} {link}\n\nReport of the Cabinet Member seeking the new Board.\n"
            assert _items(text) == [("12", heading)], (heading, link)


def test_a_lone_undotted_number_above_ten_without_link_text_is_no_item():
    for line in ("12 Decision to set up a Local Partnership Board under Part 4 of the Elmley Abuse Act 2031.",
                 "23 Chair of the Elmley Adults Board"):
        assert _items(LINKED + line + "\n\nReport of the Cabinet Member seeking the new Board.\n") == [], line


def test_a_linked_heading_too_long_for_a_heading_is_no_item():
    long = " ".join(["word"] * 32)
    assert _items(LINKED + f"12 Decision {long} pdf icon PDF 296 KB\n\nReport.\n") == []


RUN_ON = ("MINUTES OF THE MEETING OF THE ELMLEY SAFEGUARDING CHILDREN BOARD – 15TH MAY 2031 Present: Ada Brook "
          "(Elmley Police) Ben Cole (Independent Chair) Cy Dale (Lay Member) Eve Fox (Head of Service, Elmley "
          "Council) Gil Hay (Elmley Health Trust) Ida Jay (Service Manager, Elmley Council) Kay Lee (Elmley "
          "Schools) Max Noon (Lay Member) 1. Apologies and Welcome ACTION Apologies for absence were received from "
          "Ola Park, Pat Quinn and Councillor Rob Shaw. 2. Chair’s Announcements It was reported that the Director "
          "was away and that the Board wished her well. The Chair reported that the review had started.")


def test_a_glued_action_column_header_ends_the_heading_and_starts_the_minute():
    paper = parse(RUN_ON)
    assert [(i.number, i.heading) for i in paper.items] == [("1", "Apologies and Welcome"),
                                                            ("2", "Chair’s Announcements")]
    assert [a.name for a in paper.apologies] == ["Ola Park", "Pat Quinn", "Councillor Rob Shaw"]


def test_action_on_its_own_line_after_a_heading_is_left_off_the_heading():
    text = "Elmley Board\n\n3 May 2031\n\n1. Apologies and Welcome ACTION\n\nNone.\n\n2. Minutes ACTION\n\nAgreed.\n"
    assert _items(text) == [("1", "Apologies and Welcome"), ("2", "Minutes")]


def test_an_action_word_in_a_capitals_heading_or_in_prose_is_kept():
    text = ("Elmley Board\n\n3 May 2031\n\n1. REVIEW OF ACTION LOG\n\nThe log was reviewed.\n\n"
            "2. Joint ACTION Plan\n\nThe plan was agreed.\n")
    assert _items(text) == [("1", "REVIEW OF ACTION LOG"), ("2", "Joint ACTION Plan")]


def test_action_inside_a_heading_on_a_page_run_into_one_line_is_kept():
    text = RUN_ON.replace("2. Chair’s Announcements It was reported", "2. Joint ACTION Plan for Children 3. Chair’s "
                          "Announcements It was reported")
    headings = [i.heading for i in parse(text).items]
    assert headings[:2] == ["Apologies and Welcome", "Joint ACTION Plan for Children"]
