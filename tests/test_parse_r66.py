"""The title the minutes' own heading gives (issue 13, round 66).

Invented names and bodies. On boards never seen most missed titles were printed in the minutes' own heading: a
'Minutes of the September Monthly Meeting of X' frame whose occasion is a month, a heading wrapped over two lines, a
'Report of the X Meeting' frame, a page-title line shorter than the body the minutes name, a flattened 'X MEETING
Date : ...' header, a 'Thursday 9 May - X meeting minutes' page title, 'X Committee meeting minutes'.
"""
from __future__ import annotations

from parse_fixtures import parse

_ITEMS = "\n\n1. Apologies\n\nNone were received.\n\n2. Minutes\n\nThe minutes were agreed.\n"
_PRESENT = "Present: Ada Brook, Ben Cole, Cara Dunn"


def _title(text: str) -> str | None:
    return parse(text).title


def test_a_month_is_an_occasion_of_the_minutes_frame():
    text = ("MINUTES OF SEPTEMBER MONTHLY MEETING OF ELMLEY COUNTY COUNCIL\nHELD IN THE CIVIC OFFICES ON MONDAY 4 MARCH"
            f" 2031 AT 3.00 PM\n\n{_PRESENT}{_ITEMS}")
    assert _title(text) == "ELMLEY COUNTY COUNCIL"
    text = ("Minutes of the September Monthly Meeting of Elmley County Council, held in the Council Chamber on Monday"
            f" 4 March 2031\n\n{_PRESENT}{_ITEMS}")
    assert _title(text) == "Elmley County Council"


def test_a_month_occasion_run_on_into_the_paragraph():
    text = ("Minutes of the November Monthly Meeting of Elmley County Council held in the Council Chamber, Elmley on"
            f" Monday 4 March 2031 at 3pm. {_PRESENT}{_ITEMS}")
    assert _title(text) == "Elmley County Council"


def test_a_minutes_heading_wrapped_over_two_lines_is_joined_before_the_frame_is_cut():
    text = ("MINUTES OF ADJOURNED JANUARY MEETING OF ELMLEY\nCOUNTY COUNCIL, HELD IN THE CIVIC OFFICES ON MONDAY"
            f" 4 MARCH 2031\n\n{_PRESENT}{_ITEMS}")
    assert _title(text) == "ELMLEY COUNTY COUNCIL"


def test_a_report_frame_round_a_meetings_name():
    text = ("Report of the Elmley Joint Policing Committee Meeting held 10am on Friday 4 March 2031 in the Council"
            f" Chamber\n\n{_PRESENT}{_ITEMS}")
    assert _title(text) == "Elmley Joint Policing Committee Meeting"
    text = f"Agreed Report of Board of Management Meeting:\n\nDate: 4 March 2031\n\n{_PRESENT}{_ITEMS}"
    assert _title(text) == "Board of Management Meeting"


def test_a_report_naming_no_meeting_is_left():
    assert _title(f"Report of the Chief Executive\n\nDate: 4 March 2031\n\n{_PRESENT}{_ITEMS}") \
        != "Chief Executive"


def test_the_minutes_heading_body_beats_a_shorter_page_title():
    text = ("Joint Policing Committee Minutes\n\nMinutes of meeting of County Elmley Joint Policing Committee held on"
            f" Monday 4th March 2031 at 3pm in the Council Chamber, Elmley.\n\n{_PRESENT}{_ITEMS}")
    assert _title(text) == "County Elmley Joint Policing Committee"
    text = (f"Working Group Minutes 9 May 2031\n\nElmley Town Centre Working Group - minutes\n\nDate: 9th May 2031\n\n"
            f"{_PRESENT}{_ITEMS}")
    assert _title(text) == "Elmley Town Centre Working Group"


def test_a_labelled_title_is_left():
    text = (f"Meeting: Working Group\nDate: 9th May 2031\n\nElmley Town Centre Working Group - minutes\n\n"
            f"{_PRESENT}{_ITEMS}")
    assert _title(text) == "Working Group"


def test_a_flattened_header_gives_the_text_before_its_date_label():
    text = (f"ELMLEY RESIDENTS ASSOCIATION (ERA) EXECUTIVE COMMITTEE MEETING Date : 22 nd May 2031; Venue : Elmley Hall"
            f"\n\n{_PRESENT}{_ITEMS}")
    assert _title(text) == "ELMLEY RESIDENTS ASSOCIATION (ERA) EXECUTIVE COMMITTEE MEETING"


def test_a_page_title_with_the_date_first():
    assert _title(f"Thursday 9 May - Elmley Town Board meeting minutes\n\n{_PRESENT}{_ITEMS}") == "Elmley Town Board"


def test_a_minutes_line_held_in_a_place_with_its_date_wrapped_is_no_part_of_the_heading():
    text = ("ELMLEY JUSTICE AUTHORITY\nMinutes of meeting held in Committee Room 1, Elmley Civic Centre,\nHigh Street,"
            f" Elmley on 2 December 2031\n\n{_PRESENT}{_ITEMS}")
    assert _title(text) == "ELMLEY JUSTICE AUTHORITY"


def test_meeting_minutes_after_a_body_are_cut():
    text = f"Elmley Advisory Committee meeting minutes: 3 November 2031\n\n{_PRESENT}{_ITEMS}"
    assert _title(text) == "Elmley Advisory Committee"


def test_a_name_of_generic_body_words_keeps_its_meeting():
    assert _title(f"Steering Group Meeting Minutes\n\nWednesday 12 March 2031\n\n{_PRESENT}{_ITEMS}") \
        == "Steering Group Meeting"


def test_a_file_name_line_is_no_title():
    text = (f"Elmley SAB Minutes - March 2031.pdf\n\nElmley Safeguarding Adults Board\n\nMinutes of meeting held 4 March"
            f" 2031\n\n{_PRESENT}{_ITEMS}")
    assert _title(text) == "Elmley Safeguarding Adults Board"


def test_the_body_above_a_bare_board_meeting_line():
    assert _title(f"ELMLEY SAFEGUARDING CHILDREN BOARD\nBoard Meeting\n4 March 2031\n\n{_PRESENT}{_ITEMS}") \
        == "ELMLEY SAFEGUARDING CHILDREN BOARD"
    assert _title(f"Elmley Safeguarding Children Board\nBoard Meeting\n4 March 2031\n\n{_PRESENT}{_ITEMS}") \
        == "Elmley Safeguarding Children Board"


def test_a_name_over_its_kind_of_board_is_still_joined():
    assert _title(f"Elmley Community Trust\nBoard Meeting\n4 March 2031\n\n{_PRESENT}{_ITEMS}") \
        == "Elmley Community Trust Board Meeting"


def test_a_bare_board_in_the_minutes_frame_gives_way_to_the_heading_above():
    text = (f"Elmley Safeguarding Adults Board\n\nMinutes of the meeting of the Board held on 4 March 2031\n\n"
            f"{_PRESENT}{_ITEMS}")
    assert _title(text) == "Elmley Safeguarding Adults Board"


def test_a_sharing_sites_page_title_in_segments():
    text = f"Elmley Safeguarding Children Board - Minutes - 4 March 2031 - Elmley Council\n\n{_PRESENT}{_ITEMS}"
    assert _title(text) == "Elmley Safeguarding Children Board"
    text = f"Elmley Safeguarding Adults Board Minutes 4 March 2031 - PDF Free Download\n\n{_PRESENT}{_ITEMS}"
    assert _title(text) == "Elmley Safeguarding Adults Board"
    text = f"Minutes of Elmley LSCB meeting 4 March 2031 | Docsite\n\n{_PRESENT}{_ITEMS}"
    assert _title(text) == "Elmley LSCB meeting"


def test_a_month_set_off_after_minutes_is_kept():
    assert _title(f"Elmley Forum minutes - June 2031\n\n{_PRESENT}{_ITEMS}") == "Elmley Forum minutes - June 2031"


def test_a_title_key_with_no_colon_is_cut():
    text = f"Meeting Title Elmley Safeguarding Adults Board\nDate 4 March 2031\n\n{_PRESENT}{_ITEMS}"
    assert _title(text) == "Elmley Safeguarding Adults Board"


def test_minutes_of_meeting_alone_under_the_body_is_no_part_of_its_name():
    text = f"ELMLEY SAFEGUARDING ADULTS BOARD\nMINUTES OF MEETING\nHeld on 4 March 2031\n\n{_PRESENT}{_ITEMS}"
    assert _title(text) == "ELMLEY SAFEGUARDING ADULTS BOARD"
