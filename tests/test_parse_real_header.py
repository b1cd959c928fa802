"""Headers of real boards' papers (issue 13): site furniture, page titles, dates with debris, the
paper's own meeting date, body from the title, kinds, and the chair from roles. Invented texts."""
from __future__ import annotations

from datetime import date

import pytest

from ingest.parse.chair import chairs_this_body
from ingest.parse.dates import find_dates
from ingest.parse.furniture import is_furniture
from ingest.parse.header import Header, kind_of
from ingest.parse.vocab import load_vocabulary
from parse_fixtures import parse

VOCAB = load_vocabulary()


# ---- dates ----------------------------------------------------------------------


@pytest.mark.parametrize("written, iso", [
    ("21 st April 2016", "2016-04-21"),  # a superscript split off by a PDF
    ("the 3rd of May 2010", "2010-05-03"),
    ("Friday, 13 July 2018 9.30 am", "2018-07-13"),
])
def test_dates_with_ordinal_debris(written, iso):
    (found,) = find_dates(written)
    assert found.resolve().isoformat() == iso


def test_a_written_weekday_confirms_or_doubts_the_date():
    (right,) = find_dates("Wednesday 4th June 2014")
    (wrong,) = find_dates("Friday 4th June 2014")
    (bare,) = find_dates("4th June 2014")
    assert (right.weekday_fits(), wrong.weekday_fits(), bare.weekday_fits()) == (True, False, None)
    (yearless,) = find_dates("Thursday 8 September")  # never moved to a year where the weekday fits
    assert yearless.resolve(date(2010, 4, 1)) == date(2010, 9, 8)


def test_the_date_whose_weekday_fits_wins_among_the_header_dates():
    paper = parse("Elmley Adults Board\nWednesday 4 June 2013\nWednesday 4 June 2014\n\n1. Welcome\n")
    assert paper.date == "2014-06-04"


def test_a_yearless_meeting_date_takes_the_year_whose_weekday_fits():
    text = ("Elmley SAB Meeting\nDate: Wednesday 4th June\n\n1. Welcome\n"
            "The plan of 3 September 2013 was noted. Next meeting 3 September 2014.\n")
    assert parse(text).date == "2014-06-04"  # 4 June 2014 was a Wednesday; 4 June 2013 a Tuesday
    assert parse(text.replace("Wednesday ", "")).date == "2014-06-04"  # no weekday: the latest of the most written


def test_a_posting_date_gives_way_to_the_meetings_date():
    paper = parse("Skip to content\n\nFriday, July 18th, 2014\n\nElmley Adults Board meeting – 15th July 2014\n\n"
                  "Key Points of Wider Interest Discussed:\n")
    assert (paper.title, paper.date) == ("Elmley Adults Board meeting", "2014-07-15")


def test_a_print_stamp_is_not_the_meeting_date():
    paper = parse("Elmley Adults Board\nPrinted: 23/06/11\n20 May 2010\n\n1. Welcome\n")
    assert paper.date == "2010-05-20"


def test_the_previous_meetings_minutes_being_approved_are_not_its_date():
    paper = parse("Elmley Adults Board\nThe minutes of the meeting held on 11 May 2018 were approved\n\n1. Welcome\n")
    assert paper.date is None


# ---- furniture and page titles ---------------------------------------------------------


@pytest.mark.parametrize("line", ["advertisement", "Document Sample", "Skip to content", "Agenda and minutes",
                                  "By Ada Brook,2014-06-23 08:07", "19 views 0", "Meeting Notes Template - DOC",
                                  "Elmley Board Minutes Powered By Sharesite", "07 10 31 Progress Report by AB1234567"])
def test_site_furniture_lines(line):
    assert is_furniture(line, VOCAB)


@pytest.mark.parametrize("line", ["Elmley Safeguarding Adults Board", "Minutes", "Agenda", "20 May 2010"])
def test_paper_lines_are_not_furniture(line):
    assert not is_furniture(line, VOCAB)


def test_markings_above_the_heading_are_neither_title_nor_page_title():
    paper = parse("OFFICIAL\nElmley SAB Minutes\nDRAFT\nVersion 2.1\nPage 1 of 15\n\nDate: 5 March 2019\n\n"
                  "Present:\nAda Brook – Elmley Police\n")
    assert (paper.title, paper.body, paper.date) == ("Elmley SAB", "Elmley SAB", "2019-03-05")  # round 30


def test_uploader_line_and_template_name_give_neither_title_nor_date():
    paper = parse("Meeting Notes Template\n\nBy Ada Brook,2014-06-23 08:07\n19 views 0\nMeeting Notes Template\n\n"
                  "     Elmley Board meeting\n\nMeeting Title: Elmley Child Protection Committee Meeting\n\n"
                  "    thDate: 25 July 2007\n\n    Time: 1pm 3pm\n\n    Chaired by: Ada Brook (Elmley Council)\n")
    assert (paper.title, paper.date) == ("Elmley Child Protection Committee Meeting", "2007-07-25")
    assert paper.chair.name == "Ada Brook"
    assert paper.kind == "minutes"  # 'Chaired by' records a meeting that took place


def test_page_title_then_advertisement_then_notes_from_the_meeting():
    paper = parse("MINUTES OF THE ELMLEY CHILD PROTECTION COMMITTEE\n\nadvertisement\n"
                  "NOTES FROM THE ELMLEY SAFEGUARDING ADULTS BOARD MEETING HELD ON\n7th February 2007\n"
                  "at Civic Hall\nCHAIR: Ada Brook, Elmley Council\nPresent:\nCarl Dunn (CD)\n")
    assert paper.title.lower() == "elmley safeguarding adults board meeting"
    assert paper.body.lower() == "elmley safeguarding adults board"
    assert paper.date == "2007-02-07"
    assert (paper.chair.name, paper.chair.org) == ("Ada Brook", "Elmley Council")


def test_a_labelled_page_title_does_not_shadow_the_papers_own_label():
    paper = parse("Meeting Title: - Elmley Safeguarding Children Board\n\nadvertisement\nMEETING NOTES\n"
                  "Meeting Title:\nElmley Safeguarding Children Board Meeting\nDate:\n20th February 2008\n")
    assert (paper.title, paper.date) == ("Elmley Safeguarding Children Board Meeting", "2008-02-20")


def test_a_file_name_page_title_above_a_strap_line_and_the_heading():
    paper = parse("SAB Minutes June 2014\n\nKeeping adults safe is everyone's business\n"
                  "Elmley SAB Meeting Minutes\nWednesday 4th June 2014\n9.30am-12.30pm\nCivic Centre\nPresent:\n")
    assert (paper.title, paper.body, paper.date) == ("Elmley SAB Meeting", "Elmley SAB", "2014-06-04")  # round 30
    assert paper.kind == "minutes"


def test_a_first_line_the_paper_repeats_is_the_sites_title():
    paper = parse("AB19-3PM 19th Meeting of the Safeguarding Board for Wessex\n\n"
                  "19th Meeting of the Safeguarding Board for Wessex County\n"
                  "To be held on Tuesday 15th December 2015 from 3.30pm-4.58pm\nThe Blue Room, Elmley Centre\n")
    assert paper.title == "19th Meeting of the Safeguarding Board for Wessex County"
    assert paper.body == "Safeguarding Board for Wessex County"
    assert paper.date == "2015-12-15"


def test_a_bare_body_name_over_its_minutes_line_is_not_a_page_title():
    paper = parse("ELMLEY SAFEGUARDING ADULTS BOARD\n\nMINUTES OF THE BOARD MEETING HELD ON 9TH MAY 2013\n\n"
                  "PRESENT:    Ada Brook - Social Services\n")
    assert paper.title.lower() == "elmley safeguarding adults board meeting"


@pytest.mark.parametrize("text", [
    "Minutes of the Elmley Safeguarding Adults Board held on 5 March 2019 at Civic Hall\n\nPresent:\n",
    "Minutes of the Elmley Safeguarding Adults Board\nHeld on Tuesday 5 March 2019, 10:00-12:00\nVenue: Civic Hall\n",
])
def test_minutes_of_a_board_title_the_board_as_written(text):
    paper = parse(text)
    assert (paper.title, paper.body, paper.date, paper.kind) == (
        "Elmley Safeguarding Adults Board", "Elmley Safeguarding Adults Board", "2019-03-05", "minutes")


@pytest.mark.parametrize("text, title", [
    # the body that met; 'Meeting of the' is the frame, not part of its name (round 28, the gold convention)
    ("Minute of the Meeting of the Elmley Child Protection Committee held on Thursday 12 March 2015 at 2pm\n",
     "Elmley Child Protection Committee"),
    ("Home > Meetings > Elmley SAB\nElmley Safeguarding Adults Board\nMeeting held on 12 March 2015 at 2pm\n",
     "Elmley Safeguarding Adults Board"),  # the heading as printed; the dated line is the record's opening
    ("ELMLEY SAFEGUARDING ADULTS BOARD\nMEETING HELD ON 12 MARCH 2015 AT 2PM\n",
     "ELMLEY SAFEGUARDING ADULTS BOARD MEETING"),  # one heading set in capitals over two lines
    ("Minutes: Elmley Safeguarding Adults Board\n12 March 2015\n\n1. Welcome\n", "Elmley Safeguarding Adults Board"),
    ("Meeting Name: Elmley Adults Executive Group\nDate: 12 March 2015\n", "Elmley Adults Executive Group"),
])
def test_more_ways_to_head_a_meeting(text, title):
    paper = parse(text)
    assert (paper.title, paper.date) == (title, "2015-03-12")


def test_time_and_venue_on_the_lines_after_the_date():
    paper = parse("MINUTES OF THE\nELMLEY SAFEGUARDING ADULTS BOARD MEETING\n26th January 2017\n1.45pm to 4.45pm\n"
                  "Council Chamber, Civic Offices, Elmley\nAttended:\n")
    assert (paper.date, paper.time, paper.location) == ("2017-01-26", "1.45pm to 4.45pm", "Council Chamber, Civic Offices, Elmley")


def test_minutes_of_the_on_its_own_line_joins_the_heading_below():
    paper = parse("Minutes of the\n\nECPC Full Board Meeting\n\n6 December 2017\n\nVenue: Elmley Centre\n")
    assert (paper.title, paper.date, paper.kind) == ("ECPC Full Board Meeting", "2017-12-06", "minutes")
    assert paper.body == "ECPC Full Board"


def test_minutes_from_a_meeting_run_on_with_the_table():
    paper = parse("16\nMinutes from EAB Board Meeting: 21 st April 2016 1 | Page ELMLEY ADULTS BOARD 1. Attendance "
                  + "Members Title Representing " * 10 + "\n")
    assert (paper.title, paper.date) == ("EAB Board Meeting", "2016-04-21")


def test_web_minutes_page_of_a_committee():
    paper = parse("Agenda and minutes\n\nElmley Safeguarding Adults Board\nFriday, 13 July 2018 9.30 am\n\n"
                  "Venue: Civic Hall, Elmley. View directions\n\nContact: Ada Brook  01234 567890\n\nNo. Item\n\n"
                  "Minutes and Matters Arising\n\nThe minutes of the meeting held on 11 May 2018 were approved.\n")
    assert (paper.title, paper.date, paper.time) == ("Elmley Safeguarding Adults Board", "2018-07-13", "9.30 am")
    assert paper.location == "Civic Hall, Elmley"
    assert paper.kind == "minutes" and paper.is_meeting


def test_a_single_agenda_item_page_has_no_paper_title():
    paper = parse("Agenda item\n\nLearning Review Task Group Report\n\n"
                  "Ada Brook presented the report on the review. The Board noted the progress.\n")
    assert paper.title is None and paper.kind == "other" and not paper.is_meeting


# ---- kinds ----------------------------------------------------------------------------


def test_a_managers_report_is_a_report_of_its_board():
    paper = parse("07 10 31 Managers Report by AB12100118333\n\n\n\t\t\t\t\tPaper 3\n\n"
                  "Elmley Board Manager’s Progress Report 31.10.07\n\n\n1.   The Procedures\nThe 3rd edition was published.\n")
    assert (paper.title, paper.body, paper.date) == ("Elmley Board Manager’s Progress Report", "Elmley Board", "2007-10-31")
    assert paper.kind == "report" and not paper.is_meeting


def test_a_membership_list_is_not_a_meeting_even_with_a_list_of_people():
    head = Header(title="Elmley Adults Board Membership 2016")
    assert kind_of(head, True, False, []) == "other"
    assert kind_of(Header(title="Elmley Adults Board"), True, False, []) == "minutes"


def test_an_agenda_is_an_agenda():
    paper = parse("Elmley Adults Board\nAGENDA\nThursday 5 May 2016, 2pm\n\n1. Welcome\n2. Minutes of the last meeting\n")
    assert paper.kind == "agenda" and not paper.is_meeting


# ---- chair ----------------------------------------------------------------------------


@pytest.mark.parametrize("role, chairs", [
    ("Independent Chair, ESCB", True),
    ("Chair Safeguarding Board for Wessex", True),
    ("(Chair)", True),
    ("Independent ESCB Chair", True),
    ("(Vice Chair)", False),
    ("Deputy Chair", False),
    ("Chair of the Case Review Panel", False),
    ("Learning and Development Sub Group Chair", False),
    ("Independent Safeguarding Panel Chair", False),
    ("LSCB Chair, LB Barnet", False),  # a borough's own board
    ("Chair, Elmley Carers Forum", False),
    ("Chair's report", False),
    ("Independent Chair / Apologies", False),  # the row says they were absent
    ("Independent Chair / JH / A", False),
])
def test_which_roles_name_this_boards_chair(role, chairs):
    title = "ESCB Full Board Meeting of the Safeguarding Board for Wessex"
    assert chairs_this_body(role, title, None, VOCAB) is chairs


def test_chair_from_a_flattened_attendance_table():
    paper = parse("Minutes of the\n\nESCB Full Board Meeting\n\n6 December 2017\n\n"
                  "NAME ROLE, ORGANISATION PRESENT APOLOGIES DEPUTY ATTENDED Ada Brook Independent Chair, ESCB Y "
                  "(Chair) Carl Dunn Associate Director for Care, Y (Vice Chair) Elmley Trust\n")
    assert paper.chair.name == "Ada Brook"


def test_chair_from_a_slash_table_row_and_not_from_a_panel_chair():
    paper = parse("31st Meeting of the Safeguarding Board for Wessex\n\nTo be held on Wednesday 21st February 2018\n\n"
                  "Name / Title & Organisation / Present / Apology\n"
                  "Ada Brook / Chair Safeguarding Board for Wessex / \nCarl Dunn / Chair of the Case Review Panel / \n"
                  "Eve Frost / Director of Public Health / \n")
    assert paper.chair.name == "Ada Brook"


def test_two_people_with_the_chairs_role_give_no_chair_and_a_warning():
    paper = parse("Elmley Adults Board Meeting\n\n4 June 2014\n\n"
                  "Ada Brook / Independent Chair / \nCarl Dunn / Independent Chair / \n")
    assert paper.chair is None
    assert any("Ada Brook and Carl Dunn" in w for w in paper.warnings)


def test_a_meeting_date_with_the_wrong_weekday_is_kept_with_a_warning():
    paper = parse("Elmley Adults Board Meeting\nFriday 4 June 2014\n\n1. Welcome\n")
    assert paper.date == "2014-06-04"
    assert any("'Friday 4 June 2014'" in w and "weekday" in w for w in paper.warnings)
    assert parse("Elmley Adults Board Meeting\nWednesday 4 June 2014\n\n1. Welcome\n").warnings == []


def test_a_vice_chair_marked_in_the_list_is_not_the_chair():
    paper = parse("Elmley Adults Board Meeting\n4 June 2014\nPresent:\nAda Brook (Vice Chair) – Elmley Council\n"
                  "Carl Dunn – Elmley Police\n\n1. Welcome\n")
    assert paper.chair is None


def test_chair_from_a_name_block_then_its_role_block():
    paper = parse("19th Meeting of the Safeguarding Board for Wessex\nTo be held on Tuesday 15th December 2015\n"
                  "The Blue Room, Elmley Centre\nAda Brook\nCarl Dunn\nDr Eve Frost\nGus Hale\n"
                  "Title & Organisation\nChair Safeguarding Board for Wessex\nLay Member\nChief Executive Elmley\n"
                  "District Council\nChair of the Case Review Panel\n")
    assert paper.chair.name == "Ada Brook"  # roles wrap, so only the first pair is trusted


def test_a_name_block_that_continues_another_column_pairs_nothing():
    paper = parse("Elmley LSCB Meeting\n26th January 2017\nAttended:\nMember\nAda Brook\nCarl Dunn\nEve Frost\n"
                  "Initial\nAB\nGus Hale\nIda Jones\nKit Lowe\nRole\nIndependent LSCB Chair\nLay Member\n")
    assert paper.chair is None or paper.chair.name != "Gus Hale"


def test_a_chair_listed_as_absent_is_not_taken():
    paper = parse("ESCB Board Meeting\n4 June 2014\n\nApols Ada Brook Independent Chair, ESCB Carl Dunn Lay Member\n")
    assert paper.chair is None


def test_an_attendee_described_in_the_prose_as_the_boards_chair():
    text = ("Elmley SAB Meeting Minutes\nWednesday 4th June 2014\nPresent:\nAda Brook\nCarl Dunn\nEve Frost\n\n"
            "1. Welcome\nAda Brook, Elmley SAB Independent Chair, welcomed members.\n")
    assert parse(text).chair.name == "Ada Brook"
    # the same sentence about someone who is not listed as present names no chair of this meeting
    assert parse(text.replace("Ada Brook\nCarl", "Gus Hale\nCarl")).chair is None


@pytest.mark.parametrize("prose", ["The Chair welcomed everyone to the meeting\n",
                                   "The Chair welcomed everyone.\nIntroductions were made.\nMinutes were agreed.\n"])
def test_a_name_list_followed_by_prose_is_no_role_block(prose):
    paper = parse("Elmley SAB Meeting\n4 June 2014\nPresent:\nAda Brook\nCarl Dunn\nEve Frost\n" + prose)
    assert paper.chair is None


# ---- round 2: titles as printed, month-only minutes, dates in a details table -------------------


@pytest.mark.parametrize("text, title", [
    # the body's heading over the record's dated opening line: the heading as printed
    ("elmley adults board\n\nMinutes of meeting held on the 04 June 2013, Room 3, Elmley House\n"
     "Ada Brook, Director (Chair)\n", "elmley adults board"),
    # a heading, a date, then a section heading: the section is no title
    ("Elmley Adults Partnership Board\n\nMonday 6th December 2010\n\nAction Sheet\n\n1. / Ada to write / Ada\n",
     "Elmley Adults Partnership Board"),
    # a page heading that names the month, over the opening sentence
    ("Elmley Protection Group: March 2018\n\nMinutes from the March 2018 meeting of the Elmley Protection Group.\n\n"
     "Welcome and apologies\n\n1. The Chair welcomed members.\n", "Elmley Protection Group: March 2018"),
])
def test_the_title_is_the_heading_as_printed(text, title):
    assert parse(text).title == title


@pytest.mark.parametrize("text", [
    "Minutes of the Meeting held on Thursday 16 April 2015 in the Blue Room, Elmley House Present: Ada Brook – Chair",
    "Minutes of the Meeting held\non Friday 18 July 2014\nin the Blue Room, Elmley House\n",
    "Minute of meeting held on the 8th of December 2011, Committee Room 3, Elmley HQ\nPresent:Mr Ada Brook, Director\n",
])
def test_a_minutes_line_naming_no_body_gives_no_title(text):
    paper = parse(text)
    assert paper.title is None and paper.kind == "minutes" and paper.date is not None


def test_a_title_label_run_on_after_the_heading():
    paper = parse("Minutes of the Elmley Adults Board (EAB) Meeting MEETING: Elmley Adults Board Date of 2nd March 2016"
                  " Meeting:\n\nLOCATION: Civic Centre\n")
    assert (paper.title, paper.date) == ("Elmley Adults Board", "2016-03-02")


def test_minutes_dated_only_by_a_month_get_no_date_but_an_update_does():
    minutes = parse("Elmley Protection Group: March 2018\n\nMinutes from the March 2018 meeting of the Elmley "
                    "Protection Group.\n\n1. Welcome\n")
    assert minutes.date is None and minutes.kind == "minutes"
    assert any("only the month" in w for w in minutes.warnings)
    assert minutes.month == "2018-03" and minutes.is_meeting  # a meeting still, dated by its month
    update = parse("Elmley Safeguarding Children Board\n\nApril 2010\nUpdate\n1.\nProcedures\n")
    assert (update.date, update.date_precision) == ("2010-04-01", "month")


def test_a_heading_date_whose_weekday_is_wrong_gives_way_to_the_details_table():
    text = ("Elmley Adults Partnership Board\n\nMonday 7th December 2011\n\nAction Sheet\n\n"
            "1. / Ada to write the plan / Ada\n2. / Ben to book the room / Ben\n\n\n"
            "Date and Time of meeting / Tuesday 7th December 2010\n10am to 12pm / Conference Room\n")
    assert parse(text).date == "2010-12-07"  # 7 December 2010 was a Tuesday
    same = text.replace("Tuesday 7th December 2010", "Tuesday 8th December 2010")
    assert parse(same).date == "2011-12-07"  # another day is another meeting: kept, with the warning


# ---- round 2: the chair ---------------------------------------------------------------------------


@pytest.mark.parametrize("role, title, fits", [
    ("Chair, Elmley Protection Committees", "Elmley Protection Leadership Group: March 2018", False),  # another body
    ("Chair of the Elmley Safeguarding Adults Board", "Elmley Safeguarding Adults Board", True),
    ("Independent Chair, Elmley SCB", "Elmley Safeguarding Children Board Meeting", True),  # an acronym proves nothing
    ("(Chair)", "Elmley Protection Leadership Group: March 2018", True),
])
def test_the_chair_of_another_kind_of_body_is_not_this_meetings(role, title, fits):
    assert chairs_this_body(role, title, None, VOCAB) is fits


def test_the_chair_in_a_table_run_into_one_paragraph_with_initials_and_codes():
    paper = parse("Minutes of the Elmley Adults Board (EAB) Meeting\n\nP= Present A= Apologies DNA=Did not attend\n\n"
                  "Board Member P A DNA Ada Brook (AB) – Chair P Ben Cole (BC) – Head of Care, Elmley Council P "
                  "Cy Dale (CD) – Independent Chair, Elmley Children's Board DNA Eve Fox (EF) – Nurse, Elmley CCG A\n")
    assert paper.chair is not None and paper.chair.name == "Ada Brook"
    absent = parse("Minutes of the Elmley Adults Board (EAB) Meeting\n\nBoard Member P A Ada Brook (AB) – Chair A "
                   "Ben Cole (BC) – Head of Care, Elmley Council P\n")
    assert absent.chair is None  # the chair sent apologies


def test_the_end_of_a_role_is_no_chairs_name():
    paper = parse("Elmley Protection Group: March 2018\n\nAttendees and apologies\n\n"
                  "  • Ada Brook, Minister for Childcare and Early Years (Chair)\n  • Ben Cole, Head of Policy\n")
    assert paper.chair is None or paper.chair.name == "Ada Brook"


@pytest.mark.parametrize("label", ["Meeting Chair:", "Chair Person:", "Chair of meeting:", "Chair –", "Chair -"])
def test_the_chairs_label_in_other_words(label):
    paper = parse(f"Elmley Adults Board\nDate: 3 May 2016\n{label} Ada Brook (Elmley Council)\nPresent:\n"
                  "Ben Cole (Elmley Police)\n\n1. Welcome\n")
    assert (paper.chair.name, paper.chair.org) == ("Ada Brook", "Elmley Council")
    assert [a.name for a in paper.attendees] == ["Ben Cole"]


def test_a_chair_line_that_names_no_person_is_no_chair():
    paper = parse("Elmley Adults Board\nDate: 3 May 2016\nChair – Independent Chair report\nPresent:\n"
                  "Ben Cole (Elmley Police)\n\n1. Welcome\n")
    assert paper.chair is None


def test_the_listed_chair_among_another_bodys_chair_and_a_vice_chair():
    paper = parse("Elmley Protection Leadership Group\n\nMinutes of the meeting held on 4 March 2018\n\nPresent:\n"
                  "Ada Brook (Chair)\nBen Cole (Chair, Elmley Protection Committees)\nCy Dale (Vice Chair)\n"
                  "Eve Fox (Elmley Health)\n\n1. Welcome\n")
    assert paper.chair is not None and paper.chair.name == "Ada Brook"
    assert not any("More than one" in w for w in paper.warnings)
