"""The fallback for a people block no layout rule read (issue 13, round 27).

Invented names and bodies: a 'Present' label with no colon before a comma list run into a flattened page's
paragraph, sub-labels glued to names; a run of names and roles with no separator whose names the minutes
write again; a list no rule reads whose names are never written again (nothing taken); a label under a later
item (an item's guests, nothing taken); place names in a run (never people).
"""
from __future__ import annotations

from ingest.parse.fallback_block import read_fallback, read_initialled
from ingest.parse.vocab import load_vocabulary
from parse_fixtures import parse


_RUN = ("Elmley Drug Partnership EXECUTIVE GROUP MEETING 20 April 2011 at 10.00 Minutes of Meeting Members Present: "
        "Ada Brook Chief Inspector, Elmley Constabulary Ben Cole Health Promotion Manager – NHS Elmley Isles Cy Dale "
        "Community Representative Di Eve In Attendance:\nEd Fox ADP Coordinator Flo Gale ADP Administrator "
        "Apologies: Gus Hale Head of Planning - NHS Elmley Isles\n")


def _names(people) -> list[str]:
    return [p.name for p in people]


def test_a_comma_list_after_a_present_word_with_no_colon_is_read_by_the_fallback():
    text = ("Orchard Trust board meeting minutes 3 March 2021 Zoom, 10am Discussion and decision Action Present "
            "Trustees Ada Brook (chair), Ben Cole, Cy Dale, Di Eve, Ed Fox Staff Flo Gale, Gus Hale (minutes) "
            "1. Welcome The chair welcomed everyone. Ed Fox gave a report on the orchard.\n")
    paper = parse(text)
    # 'Trustees Ada Brook': the sub-label glued to the first name; round 33's recognised names add her
    assert _names(paper.attendees) == ["Ben Cole", "Cy Dale", "Di Eve", "Gus Hale", "Ed Fox", "Ada Brook"]
    assert any("fallback" in w for w in paper.warnings)


def test_names_in_a_run_with_their_roles_are_taken_when_the_minutes_write_them_again():
    text = _RUN + ("Mr Ada Brook took the chair and welcomed the group.\nBen Cole updated the group on the budget.\n"
                   "It was agreed that Flo Gale will write to the school.\n")
    paper = parse(text)
    assert _names(paper.attendees) == ["Ada Brook", "Ben Cole", "Flo Gale"]


def test_a_run_whose_names_are_never_written_again_gives_nothing():
    text = _RUN + "The chair welcomed the group.\nThe budget was agreed.\n"
    paper = parse(text)
    assert not any("fallback" in w for w in paper.warnings)  # the shape alone is not sure
    # round 39: names spaCy vouches for where the slot opens are read (and warned), never a role or place
    assert set(_names(paper.attendees)) <= {"Ada Brook", "Ben Cole", "Cy Dale", "Di Eve", "Ed Fox", "Flo Gale"}
    assert not paper.attendees or any("read by no layout rule" in w for w in paper.warnings)


def test_an_attendees_label_under_a_later_item_is_not_the_meetings_list():
    text = ("Panel meeting\n\n1.\n\nElection of Chair\n\nThat Cllr Ada Brook be elected.\n\n2.\n\nMinutes\n\n"
            "Agreed.\n\n5.\n\nPresentation on Safer Streets\n\nPresent Ben Cole, Cy Dale, Di Eve\n\nBen Cole spoke.\n")
    assert read_fallback(text, load_vocabulary(), "attendees") is None
    assert read_fallback(text[text.index("Present"):], load_vocabulary(), "attendees") is not None


def test_a_place_written_again_inside_a_body_name_is_no_person():
    text = ("Minutes\nPresent: Ada Brook Manager – NHS Elmley Isles Ben Cole Officer – NHS Elmley Isles Cy Dale "
            "Director\nThe group met at NHS Elmley Isles. Ada Brook chaired. Ben Cole reported. Cy Dale spoke.\n")
    assert "Elmley Isles" not in _names(parse(text).attendees)


def test_names_cut_by_a_bare_initials_column_after_capitals_labels_with_no_colon():
    text = ("Orchard Board Meeting Minutes of the meeting held on 3 March 2021 PRESENT Ada Brook Ben Cole Cy Dale "
            "Di Eve-Fox Resident Member Elmley Council Board Member Resident Member Orchard Trust AB BC CD DEF "
            "APOLOGIES DRAFT Gus Hale Ivy Jones Kit Lowe Max Noon Elmley Trust Member Resident Member Member Member "
            "GH IJ KL MN NOT ATTENDED Ola Peel ITEM ACTION WELCOME AB gave welcomes. 1 MINUTES Agreed.\n")
    paper = parse(text)
    assert _names(paper.attendees) == ["Ada Brook", "Ben Cole", "Cy Dale", "Di Eve-Fox"]
    assert _names(paper.apologies) == ["Gus Hale", "Ivy Jones", "Kit Lowe", "Max Noon"]


def test_unlabelled_lines_of_names_closed_by_their_initials_are_the_attendees():
    text = ("Skip to main content\n\nTime Item Papers\n\n  1. Minutes of 9 May\n11:10 Update from Ada\n12:00 Close\n\n"
            "  • Ada Brook (AB): Interim Board Chair\n  • Ben Cole (BC): Manager for Elmley\n\n"
            "Elmley Council (EC):\n\n  • Cy Dale (CD): Senior Officer\n\nDi Eve (DE): Report writer, Elmley College\n\n"
            "  • Ed Fox: Dean of Studies at Oakham College\n\nMinutes from 9 May\n\nThe minutes were agreed.\n\n"
            "AB updated the Board on her meeting with the Minister.\n")
    paper = parse(text)
    assert _names(paper.attendees) == ["Ada Brook", "Ben Cole", "Cy Dale", "Di Eve"]
    assert any("no label" in w for w in paper.warnings)


def test_a_name_with_initials_in_a_sentence_of_the_body_is_no_block():
    text = ("Minutes of the Elmley Group\n\nThe group met in the hall.\n\nAda Brook (AB) opened the meeting and "
            "thanked the hosts for the room.\n\nBen Cole (BC) gave the budget report for the year.\n\n"
            "The plan was agreed by everyone.\n\nCy Dale (CD) closed the meeting.\n")
    assert parse(text).attendees == []


def test_apologies_received_from_after_the_agenda_heading_on_the_same_line():
    text = ("Orchard Partnership Meeting Minutes\nPresent: Ada Brook, Ben Cole, Cy Dale\n"
            "Actions Agreed 1 Welcome and Apologies for absence Apologies for absence were received from Di Eve "
            "and Ed Fox. The chair welcomed everyone.\n2 Minutes were agreed.\n")
    assert _names(parse(text).apologies) == ["Di Eve", "Ed Fox"]


def test_the_fallback_takes_no_department_service_or_place_slot():
    text = ("Minutes Present Ada Brook, Patient Safety; Ben Cole, Elmley Fire and Rescue Service; Cy Dale, "
            "Organisational Development; Di Eve, North Elmley; Named Nurse Safeguarding, Norwich Ed Fox\n")
    entries, label = read_fallback(text, load_vocabulary(), "attendees")
    assert [e.person.name for e in entries] == ["Ada Brook", "Ben Cole", "Cy Dale", "Di Eve"]
    assert label == "Present"


def test_initials_lines_under_an_apologies_heading_are_no_attendees_block():
    text = ("NOTES OF THE ELMLEY BOARD\nPresent:\nAda Brook (AB)\nBen Cole (BC)\nCy Dale (CD)\nDi Eve (DE)\n"
            "1. Apologies\nEd Fox (EF)\nFlo Gale (FG)\nGus Hale (GH)\nHal Ince (HI)\nIvy Jones (IJ)\n")
    assert [e.person.name for e in read_initialled(text, load_vocabulary())] == ["Ada Brook", "Ben Cole", "Cy Dale",
                                                                               "Di Eve"]
    assert read_initialled(text[text.index("1. Apologies"):], load_vocabulary()) is None
