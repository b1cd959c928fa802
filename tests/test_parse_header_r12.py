"""Titles and dates on layouts of a ninth blind set of boards (issue 13, round 12).

Invented names and bodies. Each test is one layout, the other ways boards write it, and its near-misses.
"""
from __future__ import annotations

from ingest.readers.plain import read_txt
from parse_fixtures import parse

LIST = "Present: Ada Brook (Elmley Police) Ben Cole (Lay Member) Cy Dale (Elmley Council)\n\n1. Apologies\n\nNone.\n"


def test_minutes_of_the_meeting_of_a_board_title_the_board():
    for heading in ("MINUTES OF THE MEETING OF THE ELMLEY SAFEGUARDING CHILDREN BOARD – 15TH MAY 2031",
                    "Minutes of the Meeting of the Elmley Safeguarding Children Board – 15th May 2031"):
        paper = parse(heading + "\n\n" + LIST)
        assert paper.title.lower() == "elmley safeguarding children board", heading
        assert paper.date == "2031-05-15", heading


def test_a_repeated_site_title_that_names_no_body_is_no_title():
    text = ("Apologies Received Are Noted Above\n\nApologies Received Are Noted Above\n\n"
            "Present / Role / Initials\nAda Brook / Interim Chair, Elmley Health / AB\n"
            "Ben Cole / Lay Member / BC\n")
    assert parse(text).title is None


def test_a_repeated_site_title_that_names_a_body_is_the_title():
    for heading, title in (("Elmley Parenting Board Minutes", "Elmley Parenting Board"),
                           ("Elmley Children's Partnership Meeting", "Elmley Children's Partnership Meeting")):
        text = f"{heading}\n\n{heading}\n\nThursday 26 April 2031\n\n" + LIST
        assert parse(text).title == title, heading


def test_a_title_label_stops_at_a_run_on_date_key_whose_date_it_takes():
    for row, title in (("Meeting: Elmley Board Meeting Date and 15 May 2031 time: 13:00 - 15:30 Location: Elmley "
                        "College", "Elmley Board Meeting"),
                       ("Meeting: Elmley Board Meeting Date: 15 May 2031 Venue: Elmley College", "Elmley Board Meeting")):
        paper = parse("Board meeting MINUTES\n\n" + row + "\n\n" + LIST)
        assert paper.title == title, row
        assert paper.date == "2031-05-15", row


def test_a_title_label_with_no_run_on_key_is_kept_whole():
    paper = parse("Meeting: Elmley Board and Date Group Meeting\n\nDate: 15 May 2031\n\n" + LIST)
    assert paper.title == "Elmley Board and Date Group Meeting"
    assert paper.date == "2031-05-15"


def test_a_text_file_holding_html_block_tags_is_read_as_html():
    data = ("<p>Board meeting MINUTES</p><p>Meeting: Elmley Board Meeting</p><p>Ada Brook said &amp; "
            "agreed.</p>").encode()
    text = read_txt(data, "t.txt")
    assert "<p>" not in text and "Meeting: Elmley Board Meeting" in text.splitlines()
    assert "Ada Brook said & agreed." in text


def test_a_text_file_naming_a_tag_or_two_is_read_as_written():
    for raw in ("Use <p> for a paragraph and <br> for a break.", "a < b and c > d <p>"):
        assert read_txt(raw.encode(), "t.txt") == raw
