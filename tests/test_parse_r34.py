"""Items and chairs whose shapes carry to boards never seen (issue 13, round 34).

Invented names and bodies: items numbered '1.0', '2.0' with their paragraphs '1.1', '2.1' under them (also as a
flattened table's cells, '2.0 / Heading / ACTIONS'); a fixed-width attendance table whose row ends '(Chair)' after
the role column; a governors' list 'Mr A Brook [AB] Chair (FTG);' with bracketed initials.
"""
from __future__ import annotations

from parse_fixtures import chair, parse

_POINT_ZERO = (
    "Elmley Drug and Alcohol Team\n\nMinutes of the meeting held on Wednesday 21 May 2031\n\n"
    "Present: Ada Brook (Chair), Ben Cole, Cara Dunn.\n\n"
    "1.0     Welcome and Apologies\n\n1.1     The Chair welcomed everyone to the meeting.\n\n"
    "{second}\n\n2.1     Approved as an accurate record.\n\n"
    "3.0     Matters Arising\n\n3.1     Kestrel Report\n\n3.1.1   Ben Cole reported on the report.\n")


def test_items_numbered_with_a_point_zero_are_read_as_printed():
    paper = parse(_POINT_ZERO.format(second="2.0     Minute of Previous Meeting"))
    assert [(i.number, i.heading) for i in paper.items] == [
        ("1.0", "Welcome and Apologies"), ("2.0", "Minute of Previous Meeting"), ("3.0", "Matters Arising")]


def test_a_point_zero_item_in_table_cells_keeps_only_its_heading_cell():
    paper = parse(_POINT_ZERO.format(second="2.0 / Minute of Previous Meeting / ACTIONS"))
    assert [(i.number, i.heading) for i in paper.items][1] == ("2.0", "Minute of Previous Meeting")


def test_a_lone_point_zero_line_is_no_item():
    text = ("Elmley Board\n\nMinutes of the meeting held on 3 March 2031\n\nPresent: Ada Brook, Ben Cole\n\n"
            "The board noted the report.\n\n1.0 Version agreed by the board\n\nNothing further.\n")
    assert parse(text).items == []


_FIXED_WIDTH = (
    "                    Elmley Youth Justice Board\n\n                    Friday 4th June 2031\n\n"
    "Ada Brook                         Director of Community Services (Chair)\n"
    "Ben Cole                          Kestrel Police\n"
    "Cara Dunn                         Elmley Council (minutes)\n\n"
    "1. Apologies\n\nNone.\n\n2. Minutes\n\nAgreed.\n")


def test_a_fixed_width_row_ending_chair_after_its_role_names_the_chair():
    assert chair(parse(_FIXED_WIDTH)) == chair(parse("Present: Ada Brook (Chair)\n"))


def test_a_fixed_width_row_of_a_vice_chair_names_no_chair():
    assert parse(_FIXED_WIDTH.replace("(Chair)", "(Vice Chair)")).chair is None


_GOVERNORS = (
    "A Meeting of the Elmley School Full Governing Board\n\nwas held at the School on Thursday 5th May 2031.\n\n"
    "Mr A Brook [AB] Chair (FTG); Mr B Cole [BC] Headteacher (SG); Mrs C Dunn [CD] Vice Chair (FTG)\n\n"
    "Mr D Eden [DE] (FTG); Mrs E Ford [EF] (FTG)\n\n"
    "1. Apologies\n\nNone.\n\n2. Minutes\n\nAgreed.\n")


def test_bracketed_initials_between_a_name_and_its_chair_role():
    assert chair(parse(_GOVERNORS)) == chair(parse("Present: A Brook (Chair)\n"))


_MINUTES = ("\n\nPresent: Ada Brook (Chair), Ben Cole, Cara Dunn\n\nApologies: Dan Eve\n\n1. Welcome\n\n"
            "The Chair welcomed everyone.\n\n2. Minutes of the last meeting\n\nAgreed.\n")


def _title(header: str) -> str | None:
    return parse(header + _MINUTES).title


def test_a_kind_word_before_the_date_under_the_heading_is_no_second_heading():
    assert _title("Elmley Safeguarding Board\nMinutes 3 March 2031") == "Elmley Safeguarding Board"
    assert _title("Elmley Safeguarding Board\nNotes 3rd March 2031") == "Elmley Safeguarding Board"
    assert parse("Elmley Safeguarding Board\nMinutes 3 March 2031" + _MINUTES).date == "2031-03-03"


def test_the_papers_kind_set_off_by_a_dash_colon_or_bracket_is_no_part_of_the_title():
    assert _title("Elmley Safeguarding Board - Minutes of Meeting\n3 March 2031") == "Elmley Safeguarding Board"
    assert _title("Elmley Safeguarding Board (Minutes)\n3 March 2031") == "Elmley Safeguarding Board"
    assert _title("Draft Minutes – Elmley Safeguarding Board\n3 March 2031") == "Elmley Safeguarding Board"
    assert _title("Elmley Safeguarding Board: Draft Minutes\n3 March 2031") == "Elmley Safeguarding Board"


def test_a_month_after_the_kind_word_keeps_the_title_as_printed():
    assert _title("Elmley Safeguarding Board minutes - April 2031") == "Elmley Safeguarding Board minutes - April 2031"


def test_an_annual_general_meeting_is_the_occasion_not_the_bodys_name():
    assert _title("Notes of the Elmley Area Partnership AGM & Board Meeting 20th September 2031 at Elmley Centre") \
        == "Elmley Area Partnership"
    assert _title("Minutes of the AGM of the Elmley Safeguarding Board\n3 March 2031") == "Elmley Safeguarding Board"


def test_minutes_headed_by_a_line_naming_no_body_group_or_paper_get_no_title():
    assert _title("Elmley House, 1 High Street, Elmley\n3 March 2031") is None
    assert _title("Restricted – not for publication\n3 March 2031") is None
    assert _title("Monthly meeting\n3 March 2031") is None


def test_an_acronym_or_a_council_pages_meeting_line_still_names_the_meeting():
    assert _title("ELMLEY PPG\n3 March 2031") == "ELMLEY PPG"
    assert _title("Elmley PPG meeting\n3 March 2031") == "Elmley PPG meeting"
    assert _title("Safer Elmley Together - Thursday 3rd March, 2031 10.00 am") == "Safer Elmley Together"


_LISTED = ("Elmley Safeguarding Board\nMinutes of the meeting held on 3 March 2031\n\n"
           "Present: Ada Brook, Ben Cole, Cara Dunn\n\n{sentence}\n\n1. Welcome\n\nThe meeting opened at 10am.\n\n"
           "2. Minutes of the last meeting\n\nAgreed.\n")


def _written(sentence: str) -> str | None:
    return chair(parse(_LISTED.format(sentence=sentence)))


def test_a_chair_named_after_a_clause_saying_why():
    assert _written("In the absence of the Chair, Ada Brook chaired the meeting.") == _written("Ada Brook chaired the meeting.")
    assert _written("As Ben Cole was absent, Ada Brook chaired the meeting.") is not None


def test_agreed_to_chair_the_meeting_and_elected_unanimously():
    assert _written("It was agreed that Ada Brook would chair the meeting.") is not None
    assert _written("Ada Brook was unanimously elected as chair.") is not None


def test_no_chair_from_a_later_or_an_earlier_meeting():
    assert _written("It was agreed that Ada Brook would chair the meeting in June.") is None
    assert _written("As agreed, Ada Brook chaired the last meeting.") is None


def _items(lines: list[str]) -> list[tuple[str, str]]:
    text = ("Elmley Safeguarding Board\nMinutes of the meeting held on 3 March 2031\n\n"
            "Present: Ada Brook (Chair), Ben Cole, Cara Dunn\n\n"
            + "".join(f"{h}\n\nThe board discussed this matter in full.\n\n" for h in lines))
    return [(i.number, i.heading) for i in parse(text).items]


_HEADINGS = ("Welcome and apologies", "Minutes of the last meeting", "Matters arising")
_EXPECTED = [("1", "Welcome and apologies"), ("2", "Minutes of the last meeting"), ("3", "Matters arising")]


def test_item_numbers_marked_by_brackets_a_colon_a_dash_or_bold():
    assert _items([f"({n}) {h}" for n, h in enumerate(_HEADINGS, 1)]) == _EXPECTED
    assert _items([f"{n}: {h}" for n, h in enumerate(_HEADINGS, 1)]) == _EXPECTED
    assert _items([f"{n} - {h}" for n, h in enumerate(_HEADINGS, 1)]) == _EXPECTED
    assert _items([f"**{n}. {h}**" for n, h in enumerate(_HEADINGS, 1)]) == _EXPECTED


def test_bracketed_resolutions_are_no_items():
    assert _items(["RESOLVED:\n(1) That the report be noted.\n(2) That the plan be agreed."]) == []


def test_note_record_and_summary_frames_name_the_body_that_met():
    assert _title("Note of the Elmley Safeguarding Board\n3 March 2031") == "Elmley Safeguarding Board"
    assert _title("Record of the Elmley Safeguarding Board meeting\n3 March 2031") == "Elmley Safeguarding Board Meeting"
    assert _title("Elmley Safeguarding Board\nSummary of meeting held 3 March 2031") == "Elmley Safeguarding Board"


def test_a_lone_meeting_line_under_the_heading_is_no_title_of_its_own():
    assert _title("Elmley Safeguarding Board\nMeeting\n3 March 2031") == "Elmley Safeguarding Board"
    assert _title("ELMLEY SAFEGUARDING BOARD\nMEETING\n3 March 2031") == "ELMLEY SAFEGUARDING BOARD MEETING"
