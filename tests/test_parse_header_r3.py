"""Headers of boards nobody had tuned on (round 3, issue 13): council web pages' page-type headings and
meeting lines, colon-less key/value rows, a paper reference in the page header, section headings on a page
with no header, and dates named in prose. Invented texts."""
from __future__ import annotations

from parse_fixtures import parse


def test_a_council_pages_type_heading_is_no_title():
    paper = parse("Agenda and draft minutes\nContact: Ada Brook Email: ada@example.org\n\n"
                  "Minutes from last meeting\n\nThe minutes were agreed.\n")
    assert paper.title is None


def test_a_page_type_heading_with_an_app_banner_run_on_is_no_title():
    paper = parse("Agenda and draft minutes app available\nView upcoming public committee documents on your "
                  "tablet with the free app.\n\nVenue: Civic Centre, Elmley\n\nWelcome and Introductions\n")
    assert paper.title is None
    assert paper.kind == "minutes"


def test_a_council_pages_meeting_line_gives_body_and_date():
    paper = parse("Agenda and minutes\n\nElmley Community Safety Partnership - Wednesday, 21 January 2032 10.30 a.m."
                  "\n\nVenue: Kestrel Room\n\nItems\nNo. Item\n\n1.\n\nApologies\n")
    assert paper.title == "Elmley Community Safety Partnership"
    assert paper.date == "2032-01-21"


def test_an_issue_pages_meeting_label_gives_date_and_body():
    paper = parse("Issue - meetings\n\n10:00 Kestrel Board - Quarterly Update\n\n"
                  "Meeting: 16/05/2031 - Elmley Trust (Item 5)\n\n5 Kestrel Board - Quarterly Update (I) pdf icon "
                  "PDF 460 KB\n\nMinutes:\n\nThe update was noted.\n")
    assert paper.date == "2031-05-16"  # day first, as UK papers write it
    assert paper.title == "Elmley Trust"


def test_a_colon_less_key_value_header_under_a_paper_reference():
    text = ("Elmley Children's Service\n\n\t\t\t\t\t                                        Item 10.5\n\n"
            "Meeting           ELMLEY SAFEGUARDING BOARD               Venue      ROOM 2 KESTREL HOUSE\n"
            "Date              TUESDAY 9TH JUNE 2031                                Start Time 9.00AM\n\n"
            "1     Apologies                           •   A Brook\n"
            "2     Minutes of the Meeting held on 10   •   The Minutes were approved.\n"
            "      March 2031 [attached]               •   Website budget to be set up.\n")
    paper = parse(text)
    assert paper.title == "ELMLEY SAFEGUARDING BOARD"
    assert paper.location == "ROOM 2 KESTREL HOUSE"
    assert paper.date == "2031-06-09"
    assert [(i.number, i.heading) for i in paper.items] == [
        ("1", "Apologies"), ("2", "Minutes of the Meeting held on 10 March 2031 [attached]")]


def test_the_body_after_a_stray_symbol_line_and_not_the_business_heading():
    paper = parse("<<\n\nElmley Child Protection Committee\n\nMonday, 2 February 2032\n\n"
                  "NOTICE IS HEREBY GIVEN that a Meeting of the Committee is to be held at Room 2 on Monday.\n\n"
                  "BUSINESS\n\n1 Sederunt\n\n2 Matters Arising\n")
    assert paper.title == "Elmley Child Protection Committee"
    assert paper.date == "2032-02-02"


def test_section_headings_on_a_page_with_no_header_give_no_title_and_prose_months_no_date():
    paper = parse("Introductions and Apologies for Absence\n\n\nAda Brook, partnership chair opened the December "
                  "meeting and introductions were noted.\n\n\nThe chair said that the review is due to be "
                  "undertaken in March 2032.\n\n\nDeclaration of Interests\n\nMembers are asked to declare any "
                  "interest they may have in any matter to be considered.\n")
    assert paper.title is None
    assert paper.date is None


def test_the_body_that_met_not_the_council_that_clerks_it():
    paper = parse("Elmley Borough Council\n\nMINUTES of the Meeting of the Safeguarding Committee of the Governing "
                  "Body of Kestrel Primary School held on Monday 10 November 2031 at 6.00 pm.\n\n______\n\n"
                  "49 APOLOGIES FOR ABSENCE\n\nNone.\n\n50 MINUTES\n\nAgreed.\n")
    assert paper.title == "Safeguarding Committee of the Governing Body of Kestrel Primary School"
    assert paper.body == paper.title
    assert paper.date == "2031-11-10"


def test_a_tables_column_headings_are_no_key_value_row():
    paper = parse("Elmley Board Minutes\n\nDate: 3 March 2031\n\nTime      Item           Lead\n"
                  "Meeting   Action         Owner\n\n1. Welcome\n\nText.\n\n2. Close\n")
    assert paper.title == "Elmley Board"  # round 9: the paper's kind after the body's name is not title
    assert paper.time is None


def test_prose_that_says_the_board_met_still_dates_the_meeting():
    paper = parse("Elmley Board\n\nThe board met on Tuesday 4 March 2031 at Kestrel House with eight members.\n\n"
                  "1. Welcome\n\nText.\n")
    assert paper.date == "2031-03-04"


def test_a_banner_with_a_web_address_a_venue_line_and_list_rows_are_no_title():
    paper = parse("Have your say on the future of local services\n"
                  "Have your say - please complete this survey: www.example.org\n"
                  "Tuesday 24 January 2023 – 2.00pm\nMS Teams virtual meeting\n"
                  "AB Cllr. Ada Brook (Chair)\nBC Ben Cole (Elmley Council)\nCD Cy Dee (Oakham Police)\n"
                  "AB welcomed everyone to the meeting.\n")
    assert paper.title is None and paper.body is None
    assert paper.date == "2023-01-24"


def test_meeting_of_the_body_gives_the_body_as_title():
    paper = parse("Meeting of Elmley Adult Protection Working Committee\n\nDate: Monday, 13th March, 2006\n\n"
                  "Place: Civic Suite, Civic Centre\n\n1 Apologies\nNone.\n")
    assert paper.title == "Elmley Adult Protection Working Committee"
    assert paper.body == "Elmley Adult Protection Working Committee"
