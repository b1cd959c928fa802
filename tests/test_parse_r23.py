"""Titles, chairs, items and actions on layouts of the seventeenth and eighteenth blind sets (issue 13, round 23).

Invented names and bodies: an unlabelled 'Name  Role, Organisation' list (two spaces between) at the top of a page
with no heading, a council banner's slogan above the paper's heading, 'Elmley Partnership: Minutes', and a body's
name broken over two heading lines.
"""
from __future__ import annotations

from ingest.names import person_key
from parse_fixtures import chair, parse


def test_two_space_name_rows_at_the_top_give_no_title():
    text = ("Welcome and introduction\n\nThe Chair welcomed everyone and read the notice.\n\n"
            "Councillor Ada Brook  Chair\n\nBen Cole  Director of Housing, Elmley Council\n\n"
            "Cy Dale  Head of Care, Oakham Health Trust\n\n2. Minutes\n\nAgreed.\n")
    assert parse(text).title is None


def test_a_heading_with_two_spaces_before_its_date_is_still_a_title():
    text = "Elmley Safeguarding Board  12 May 2031\n\nPresent: Ada Brook, Ben Cole\n\n1. Minutes\n\nAgreed.\n"
    assert parse(text).title == "Elmley Safeguarding Board"


def test_a_banner_slogan_is_no_title():
    text = ("Elmley Borough Council\n\nBig hopes, bright days\n\nOakham Safety Partnership Minutes\n\n"
            "Date:\nTuesday, 8th May 2031\n\nPresent:\nAda Brook (Chairman), Ben Cole\n\n1. Minutes\n\nAgreed.\n")
    assert parse(text).title == "Oakham Safety Partnership"


def test_a_colon_then_minutes_is_the_kind_not_the_name():
    text = ("Elmley Village Partnership: Minutes\n\nMinutes of the meeting Monday 7th May 2031\n\n"
            "- Present: Ada Brook, Ben Cole\n\n- 1. Attendance\n\nNoted.\n")
    assert parse(text).title == "Elmley Village Partnership"


def test_a_name_over_two_heading_lines_is_joined():
    text = ("Elmley & Oakham’s Young People\nJoint Planning Group\nMeeting held 31st March 2031\nThe Hall, Elmley\n\n"
            "Present:\nAda Brook / Elmley Council (Chair)\nBen Cole / Oakham Health\n\n1. Minutes\n\nAgreed.\n")
    assert parse(text).title == "Elmley & Oakham’s Young People Joint Planning Group"


def test_a_council_over_its_committee_still_gives_the_committee():
    text = ("Elmley Borough Council\nSafeguarding Committee\n12 May 2031\n\nPresent: Ada Brook, Ben Cole\n\n"
            "1. Minutes\n\nAgreed.\n")
    assert parse(text).title == "Safeguarding Committee"


def test_a_minute_code_split_over_two_lines_numbers_the_items():
    text = ("Elmley Safety Partnership Minutes\n\nDate:\nTuesday, 8th May 2031\n\nPresent:\nAda Brook (Chairman), Ben Cole\n"
            "Item Description Decision\nPublic\nESP\n44/31\nMINUTES OF THE PREVIOUS MEETING - 15TH APRIL 2031\n"
            "The minutes were agreed.\nESP\n45/31\nMATTERS ARISING\n(A) ROAD SAFETY\n\nESP\n46/31\nANY OTHER BUSINESS\n")
    items = parse(text).items
    assert [(i.number, i.heading) for i in items] == [
        ("ESP 44/31", "MINUTES OF THE PREVIOUS MEETING - 15TH APRIL 2031"), ("ESP 45/31", "MATTERS ARISING"),
        ("ESP 46/31", "ANY OTHER BUSINESS")]


def test_one_split_minute_code_alone_gives_no_items():
    text = ("Elmley Safety Partnership Minutes\n\nDate:\nTuesday, 8th May 2031\n\nPresent:\nAda Brook, Ben Cole\n"
            "ESP\n44/31\nMATTERS ARISING\nNoted.\n")
    assert [i.number for i in parse(text).items] != ["ESP 44/31"]


def test_a_bordered_key_row_gives_the_title_and_the_date_below():
    text = ("|MEETING TITLE: |Elmley Young People’s Services Board |MEETING DATE: |Monday |\n\n"
            "| | | |31 March 2031 |\n\n|PARTICIPANTS: |Ada Brook (AB) / Elmley Council (Chair); Ben Cole (BC) / Oakham |\n")
    paper = parse(text)
    assert paper.title == "Elmley Young People’s Services Board"
    assert paper.date == "2031-03-31" or str(paper.date) == "2031-03-31"


def test_chair_then_the_holders_own_division_is_this_meetings_chair():
    text = ("Elmley Review Taskforce minutes: June 2031\nMinutes from the meeting of the group held on 6 June 2031.\n"
            "Attendees\n-\nAda Brook, Chair, Justice Division, Elmley Government\n-\nBen Cole, Oakham Police\n"
            "-\nCy Dale, Elmley Council\nApologies\n-\nDora Eve, Oakham Health\n\nItems and actions\nWelcome.\n")
    assert chair(parse(text)) == person_key("Ada Brook")


def test_chair_of_another_body_after_a_comma_is_still_no_chair():
    text = ("Elmley Review Taskforce minutes: June 2031\nMinutes from the meeting of the group held on 6 June 2031.\n"
            "Attendees\n-\nAda Brook, Chair, Oakham Safeguarding Board\n-\nBen Cole, Oakham Police\n"
            "-\nCy Dale, Elmley Council\n\nItems and actions\nWelcome.\n")
    assert chair(parse(text)) is None


def test_chair_of_the_forum_in_the_forums_own_minutes():
    text = ("Agenda Item 9\n\nElmley Domestic Abuse Forum Minutes\n\n18th January 2031\n\n10am – Elmley Room\n\n\n"
            "Ada Brook – Chair of the Elmley DA Forum\n\nBen Cole – Elmley District Council (Housing)\n\n"
            "Cy Dale – Elmley District Council (Minutes)\n\nWelcome:\nAda told the meeting about the plan.\n")
    assert chair(parse(text)) == person_key("Ada Brook")


def test_chair_of_another_forum_is_no_chair():
    text = ("Agenda Item 9\n\nElmley Domestic Abuse Forum Minutes\n\n18th January 2031\n\n10am – Elmley Room\n\n\n"
            "Ada Brook – Chair of the Oakham Youth Forum\n\nBen Cole – Elmley District Council (Housing)\n\n"
            "Cy Dale – Elmley District Council (Minutes)\n\nWelcome:\nAda told the meeting about the plan.\n")
    assert chair(parse(text)) != person_key("Ada Brook")


def test_in_the_chair_on_a_bulleted_present_line():
    text = ("Elmley Village Partnership: Minutes\nMinutes of the meeting Monday 6th June 2031\n- 1. Attendance\n"
            "- Present: Ada Brook (in the Chair), Ben Cole, Cy Dale\n- 2. Apologies for absence:\n"
            "- were received from Dora Eve\n- 3. Police Session\n- a) The officer gave his report;\n")
    assert chair(parse(text)) == person_key("Ada Brook")


def test_dash_chair_after_initials_in_a_present_run():
    text = ("Minutes of the Elmley Area Partnership\nNotes of the Elmley Area Partnership Board Meeting 20th September "
            "2031 at Elmley Centre PRESENT Board Members Public Representatives: Ada Brook (AB) - CHAIR Ben Cole (BC) "
            "Cy Dale (CD) Partner Representatives: Dora Eve – Elmley Fire Service (DE) Apologies Public "
            "Representatives: Ed Fox 1. Welcome and Introductions The Chair welcomed everyone.\n")
    assert chair(parse(text)) == person_key("Ada Brook")


def test_dash_chair_in_an_apologies_run_is_no_chair():
    text = ("Minutes of the Elmley Area Partnership\nNotes of the Elmley Area Partnership Board Meeting 20th September "
            "2031 at Elmley Centre PRESENT Board Members: Ben Cole (BC) Cy Dale (CD) Apologies Public "
            "Representatives: Ada Brook (AB) - CHAIR Ed Fox (EF) 1. Welcome and Introductions Noted.\n")
    assert chair(parse(text)) != person_key("Ada Brook")


def test_a_bordered_row_numbers_its_item_and_the_heading_wraps_into_the_next_row():
    text = ("|MEETING TITLE: |Elmley Young People’s Services Board |MEETING DATE: |Monday 31 March 2031 |\n\n"
            "|2. |Minute from Last Board Meeting for|2.1 Board held on 10 February 2031 | | | |\n\n"
            "| |Approval |The minutes were agreed as an | | | |\n\n| | |accurate record. | | | |\n\n"
            "|3. |Finance|The report was noted. | | | |\n")
    items = parse(text).items
    assert [(i.number, i.heading) for i in items] == [("2", "Minute from Last Board Meeting for Approval"),
                                                      ("3", "Finance")]


def test_a_bordered_row_with_a_sub_number_is_no_item():
    text = ("|MEETING TITLE: |Elmley Board |MEETING DATE: |Monday 31 March 2031 |\n\n"
            "|2.1 |Board held on 10 February 2031 | |\n\n| |The minutes were agreed. | |\n")
    assert parse(text).items == []


def test_a_numbered_list_copied_with_every_number_one():
    text = ("Date: 25th April 2031 Time: 1.30pm\n\nPresent: Ada Brook (Chair), Ben Cole\n\n"
            "  1. Apologies\n  • None provided.\n\n  1. Previous Minutes (28/02/31) and matters arising\n"
            "Page 1: The visioning day. CF will report back at next meeting.\n\n  1. Finance update\nNoted.\n")
    assert [(i.number, i.heading) for i in parse(text).items] == [
        ("1", "Apologies"), ("1", "Previous Minutes (28/02/31) and matters arising"), ("1", "Finance update")]


def test_a_list_with_a_second_number_keeps_its_numbering():
    text = ("Date: 25th April 2031\n\nPresent: Ada Brook (Chair), Ben Cole\n\n"
            "  1. Apologies\nNone.\n\n  2. Minutes\nAgreed.\n\n  1. Send the report to the Board\nNoted.\n")
    assert [i.number for i in parse(text).items] == ["1", "2"]


def test_a_cover_line_or_a_name_over_a_body_is_not_joined():
    for cover in ("Public Document Pack", "Ada Brook", "Open Session"):
        text = cover + "\nSafeguarding Adults Board\n12 May 2031\n\nPresent: Ada Brook, Ben Cole\n\n1. Minutes\n\nAgreed.\n"
        assert not parse(text).title.startswith(cover)


def test_chair_marked_in_a_bordered_participants_row():
    text = ("|MEETING TITLE: |Elmley Young People’s Services Board |MEETING DATE: |Monday |\n\n| | | |31 March 2031 |\n\n"
            "|PARTICIPANTS: |Ada Brook (AB) / Elmley Council / Education and Sport (Chair); Ben Cole (BC) / Elmley "
            "Council / Social Care; Cy Dale (CD) / Oakham |\n\n| |Police; and Dora Eve (DE) / Elmley Health |\n\n"
            "|APOLOGIES: |Ed Fox (EF) / Oakham Health |\n")
    assert chair(parse(text)) == person_key("Ada Brook")


def test_a_chair_of_another_body_in_a_bordered_row_is_no_chair():
    text = ("|MEETING TITLE: |Elmley Young People’s Services Board |MEETING DATE: |Monday |\n\n| | | |31 March 2031 |\n\n"
            "|PARTICIPANTS: |Ada Brook (AB) / Oakham Council (Chair of the Oakham Youth Panel); Ben Cole (BC) / Elmley "
            "Council; Cy Dale (CD) / Oakham |\n\n|APOLOGIES: |Ed Fox (EF) / Oakham Health (Chair); Fay Gee (FG) |\n")
    assert chair(parse(text)) != person_key("Ada Brook") and chair(parse(text)) != person_key("Ed Fox")


def test_bordered_rows_under_an_action_heading_are_no_items():
    text = ("|MEETING TITLE: |Elmley Board |MEETING DATE: |Monday 31 March 2031 |\n\n"
            "Summary of Actions\n\n|1. |Send the report to the Board |AB |June |\n\n|2. |Book the room |BC |May |\n")
    assert parse(text).items == []


def test_ones_under_timed_agenda_lines_are_the_lines_papers_not_items():
    text = ("Time Item Papers\n\nMinutes and Actions\n\n  1. Minutes of 9 May\n11:10 Update from the Chair\n"
            "11:20 Agree the timeline\n  1. Draft timeline\n11:50 Any other business\n12:00 Close\n")
    assert [i.heading for i in parse(text).items] != ["Minutes of 9 May", "Draft timeline"]
