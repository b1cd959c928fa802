"""Titles and dates on layouts of a tenth blind set of boards (issue 13, round 13).

Invented names and bodies: a sharing site's file-detail lines above the paper, a heading run on into its date,
time and venue, and a compiled minute volume whose cover names the later meeting it is presented to.
"""
from __future__ import annotations

from ingest.parse.furniture import is_furniture
from ingest.parse.vocab import load_vocabulary
from parse_fixtures import parse

ITEMS = "\n1. Minutes\n\nThe minutes were agreed.\n"


def test_a_sharing_sites_file_detail_lines_are_furniture():
    vocab = load_vocabulary()
    for line in ("Total Page:16", "Total Pages: 4", "File Type:pdf, Size:1020Kb", "File type: docx", "Page count: 12",
                 "File size: 1.2 MB", "Size:88Kb", "Pages: 3"):
        assert is_furniture(line, vocab), line
    for line in ("Pages: the board noted", "File Type", "Total Page count of the annual report was agreed",
                 "Size of the caseload: large"):
        assert not is_furniture(line, vocab), line


def test_file_detail_lines_are_never_the_title():
    for details in ("Total Page:9\nFile Type:pdf, Size:300Kb\n", "Page count: 9\nFile size: 0.3 MB\n"):
        paper = parse("Elmley Safeguarding Adults Board\n" + details + "Elmley Safeguarding Adults Board\n"
                      "12 March 2031\n" + ITEMS)
        assert paper.title == "Elmley Safeguarding Adults Board", details
        assert paper.date == "2031-03-12", details


def test_a_heading_run_on_into_its_date_and_venue_is_cut_at_the_date():
    for tail in ("(10:00- 12:30) Room 4, Elmley House, Minutes", "10am – 12pm Council Chamber, Elmley",
                 "Committee Room 2, Civic Centre, Elmley, 2pm", "9.30 - 11.00 via Teams"):
        paper = parse(f"Elmley Community Safety Board for Wessex Monday 3rd March 2031 {tail}\n\nMinutes\n" + ITEMS)
        assert paper.title == "Elmley Community Safety Board for Wessex", tail
        assert paper.date == "2031-03-03", tail


def test_a_dated_heading_that_does_not_run_on_keeps_its_old_reading():
    # no time or venue after the date, or no body word before it: not a run-on heading
    paper = parse("Elmley Community Safety Board – 3 March 2031\n" + ITEMS)
    assert paper.title == "Elmley Community Safety Board"
    paper = parse("Quarterly report to partners 3 March 2031 Room 4, Elmley House\n" + ITEMS)
    assert paper.title != "Quarterly report to partners"


def test_the_site_title_inside_a_run_on_bilingual_heading_is_the_title():
    text = ("Elmley Public Services Board\nTotal Page:12\nFile Type:pdf, Size:500Kb\n"
            "Bwrdd Gwasanaethau Elmley Elmley Public Services Board Meeting 3 9th of May, 2031 Council Chamber, "
            "Elmley House 10am – 12:00pm MINUTES Present: Ada Brook Elmley Council\n" + ITEMS)
    paper = parse(text)
    assert paper.title == "Elmley Public Services Board"
    assert paper.date == "2031-05-09"


def test_a_minute_volumes_cover_date_is_not_the_meetings_date():
    text = ("Elmley Council Minute Volume\n\nPresented to the Meeting of Elmley Council on Tuesday, 16 December 2031\n\n"
            "Page 1 of 40\n\n1 Minutes of Meetings submitted for Approval\n\nElmley Council 11 November 2031 3 - 12\n\n"
            "Cabinet 14 October 2031 13 - 20\n\nPage 2 of 40\n\nMinute of Meeting\n\nElmley Council\n\n"
            "Date Time Venue 11 November 2031 11am Council Chambers, Elmley House\n\nPresent:\n\nCouncillor Brook\n")
    paper = parse(text)
    assert paper.date != "2031-12-16"
    assert paper.title == "Elmley Council"


def test_other_presented_to_lines_name_a_pack_not_the_meeting():
    for cover in ("Presented to the meeting of the Elmley Board on 4 June 2031",
                  "To be presented to the Meeting of Elmley Council held on 4 June 2031",
                  "Submitted to the Annual Meeting of Elmley Council on 4 June 2031"):
        paper = parse(f"Elmley Council Agenda Pack\n\n{cover}\n\nElmley Cabinet 2 May 2031\n" + ITEMS)
        assert paper.date != "2031-06-04", cover
        assert paper.title == "Elmley Council", cover


def test_a_heading_that_merely_names_a_meeting_date_still_dates_it():
    paper = parse("Elmley Council\n\nMeeting of Elmley Council on 4 June 2031\n" + ITEMS)
    assert paper.date == "2031-06-04"


def test_a_presented_to_line_without_a_pack_heading_still_dates_the_paper():
    # a report's cover names the meeting it goes to: that meeting's date is the report's
    paper = parse("Elmley Board Annual Report\n\nPresented to the Meeting of the Elmley Board on 4 June 2031\n" + ITEMS)
    assert paper.date == "2031-06-04"
