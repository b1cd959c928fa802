"""Attendance and titles on layouts of a sixteenth blind set (issue 13, round 20).

Invented names and bodies: a 'Name' column followed by a 'Role' column (its role lines wrapped and split so some
read like names), a capitals line naming a body by its generic acronym inside an attendee's organisation, a 'PART
ONE' section mark after the attendance list, and titles that are a document code with a page footer or a minute
reference.
"""
from __future__ import annotations

from ingest.names import person_key
from parse_fixtures import chair, keys, parse


def test_a_role_column_after_a_name_column_gives_no_people():
    text = ("ELMLEY HEALTH BOARD\nMinutes of meeting held on Tuesday 8th May 2031\n"
            "PRESENT:\nDr Ada Brook\nBen Cole\nCy Dale\nDora Eve\n"
            "Chair/GP\nChief Officer\nHead of Operations &\nBusiness Planning\nRetired Practice Manager\n"
            "APOLOGIES:\nEd Fox\n\n1. Minutes\n\nAgreed.\n")
    paper = parse(text)
    assert keys(paper.attendees) == [person_key(n) for n in ("Ada Brook", "Ben Cole", "Cy Dale", "Dora Eve")]


def test_alternating_name_and_role_lines_keep_every_person():
    text = ("Minutes of the Elmley Board held on 3 May 2031\n\nPresent:\nAda Brook\nHead of Housing\n"
            "Ben Cole\nChief Officer\nCy Dale\nPractice Manager\nDora Eve\nDirector of Care\n"
            "\n1. Minutes\n\nAgreed.\n")
    paper = parse(text)
    assert person_key("Dora Eve") in keys(paper.attendees)
    assert person_key("Ada Brook") in keys(paper.attendees)


def test_a_generic_acronym_line_and_a_part_mark_are_no_people():
    text = ("Minutes of the Elmley Parish Council held on 5 May 2031\n\nPresent:\n"
            "Cllr Mr A Brook (Chair)\nCllr Mrs B Cole\n"
            "In attendance: Cy Dale (CD) : Complaints Manager, Oakham & ELM CSU (item 10) Dora Eve (DE) : Clerk\n"
            "PART ONE – OPEN TO THE PUBLIC\n21.44 ELECTION OF CHAIR\n\nAgreed.\n")
    paper = parse(text)
    names = keys(paper.attendees)
    assert person_key("ELM CSU") not in names and person_key("PART ONE") not in names
    assert person_key("A Brook") in names or person_key("Mr A Brook") in names


def test_a_minute_reference_code_is_no_title():
    paper = parse("EPC(31)M04\n\nElmley Parish Council\n\nMinutes of the Annual Meeting of Elmley Parish Council held on "
                  "Wednesday 5 May 2031.\n\nPresent:\nCllr Ada Brook\nCllr Ben Cole\n\n1. Minutes\n\nAgreed.\n")
    assert paper.title != "EPC(31)M04"
    assert paper.title == "Elmley Parish Council"


SHARED_PACK = ('eb-31-07 joint safety committee minutes 10.02€¦ · eb-31-07 . joint safety committee minutes...\n\n12\nEB-31-07 Joint Safety Committee Minutes 10.02.31 EB-31-07 Elmley Board Meeting in Public 21 April 2031 1 of 12\n\nUpload: others\n\nPost on 14-Jul-2032\n\n1 views\n\nCategory:\n\nDocuments\n\n\n0 download\n\nTRANSCRIPT\n\nPage 1: EB-31-07 Joint Safety Committee Minutes 10.02€¦ · EB-31-07 . Joint Safety Committee Minutes . 10.02.31 . EB-31-07 Elmley Board Meeting in Public 21 April 2031 1 of 12\n\nEB-31-07 Joint Safety Committee Minutes\n\n10.02.31\n\nSafety Committee Meeting Minutes Tuesday 10 February 2031 13:00 hrs to 15:50 hrs\n\nPresent: Ada Brook (AB) : Director, Elmley Trust (Chair) Ben Cole (BC) : Head of Nursing, Elmley Trust\n\n1. Welcome and apologies\n\nAgreed.\n')


def test_a_pack_footer_line_and_a_sharing_sites_lines_are_no_title_and_the_date_is_kept():
    paper = parse(SHARED_PACK)
    title = paper.title or ""
    assert not title.endswith("1 of 12") and title != "TRANSCRIPT" and not title.startswith("Post on")
    assert str(paper.date) == "2031-02-10"


def test_a_capitals_organ_heading_is_joined_to_the_organisation_above():
    paper = parse("ELMLEY CLINICAL COMMISSIONING GROUP\nGOVERNING BODY\nMinutes of meeting held on TUESDAY 8TH MAY 2031 "
                  "1pm\nPRESENT:\nAda Brook\nBen Cole\n\n1. Minutes\n\nAgreed.\n")
    assert paper.title == "ELMLEY CLINICAL COMMISSIONING GROUP GOVERNING BODY"


def test_apologies_for_absence_then_titled_names_with_no_colon():
    text = "Elmley Committee Minutes\n\nPresent: Ms J Brook\n\n83 Apologies for absence Mrs H Eve, Dr C Fox, Mr I Gee and Mrs J Hart.\n\n84 Quality Report\n"
    assert keys(parse(text).apologies) == [person_key(n) for n in ("H Eve", "C Fox", "I Gee", "J Hart")]
    prose = "Elmley Committee Minutes\n\nPresent: Ms J Brook\n\n83 Apologies for absence Mr Brook, the Chair, sent his regrets.\n"
    assert parse(prose).apologies == []


def test_a_flattened_pages_apologies_item_with_no_colon():
    filler = " ".join(["The committee received the report and noted the progress made by the service."] * 6)
    text = ("Elmley Committee Minutes of the Meeting held on Thursday 3rd July 2031 in Elmley Hall Present: Ms J Brook "
            "Dr P Cole In Attendance: Mrs F Dale (FD) Agenda Item Action By EC31/82 Declarations of Interest None "
            "declared. EC31/83 Apologies for absence Mrs H Eve, Dr C Fox, Mr I Gee and Mrs J Hart. EC31/84 Quality "
            "Report – " + filler + "\n")
    assert keys(parse(text).apologies) == [person_key(n) for n in ("H Eve", "C Fox", "I Gee", "J Hart")]


def test_name_slash_organisation_rows_whose_organisation_reads_like_a_name():
    text = ("ELMLEY LOCAL CHILDREN’S PARTNERSHIP\n\n23 January 2031\n\nAttendance\n\n"
            "Ada Brook (Interim Chair) / Elmley Community Trust\nBen Cole / Oakham Jobcentre Plus\n"
            "Cy Dale / Elmley College\nDora Eve / Western Health\n\nApologies\n\n"
            "Fay Gee / Elmley Infant School\nGus Hart / Western Health\nIvy Jay / Oakham School\n\n"
            "1. INTRODUCTIONS AND WELCOME\n\nA round robin of introductions was made.\n")
    paper = parse(text)
    assert keys(paper.attendees) == [person_key(n) for n in ("Ada Brook", "Ben Cole", "Cy Dale", "Dora Eve")]
    assert keys(paper.apologies) == [person_key(n) for n in ("Fay Gee", "Gus Hart", "Ivy Jay")]


def test_the_role_columns_first_line_marks_the_first_name_as_chair():
    text = ("ELMLEY HEALTH BOARD\nMinutes of meeting held on Tuesday 8th May 2031\n"
            "PRESENT:\nDr Ada Brook\nBen Cole\nCy Dale\nChair/GP\nChief Officer\nGP/Clinical Vice Chair\n"
            "APOLOGIES:\nEd Fox\n\n1. Minutes\n\nAgreed.\n")
    assert chair(parse(text)) == person_key("Ada Brook")
    vice = text.replace("Chair/GP\nChief Officer\nGP/Clinical Vice Chair", "Vice Chair/GP\nChief Officer\nGP")
    assert chair(parse(vice)) is None


def test_items_numbered_year_first_with_their_headings_ended_by_colon_dash():
    text = ("Directors Meeting\nThursday, 29th August, 2031\nThe Old Mill Office\n"
            "Present:- A Brook (Chair), B Cole, C Dale\nApologies:- D Eve\n"
            "2031/014D – Matters Arising:–\nRecycling:- To be revisited when the hall is built.\n"
            "2031/019 – Newsletter report:-\nVolunteers:- The response has been excellent.\n"
            "2031/020 – Lunch Club:- It has been noted that referrals are now picking up.\n"
            "2031/021:- Finance:- To be revisited after the holidays are finished\n")
    items = parse(text).items
    assert [(i.number, i.heading) for i in items] == [("2031/014D", "Matters Arising"), ("2031/019", "Newsletter report"),
                                                      ("2031/020", "Lunch Club"), ("2031/021", "Finance")]
    one = parse("Directors Meeting\n\n2031/019 – Newsletter report:-\nThe response has been excellent.\n").items
    assert all(i.number != "2031/019" for i in one)  # a lone code is no run


def test_a_sharing_sites_minutes_by_line_and_a_name_column_row_are_no_title():
    text = ("Item 2 EYP Board June 2031 Minutes by 4k7PqZ\n\n\n"
            "\t\t\t\t      EYP Performance & Delivery Board\n\n"
            "                  Friday 6th June 2031\n"
            "        Civic Suite, Town Hall, Elmstead EL6 4RU\n\n\n"
            "Ada Brook                       Executive Director Community Services (Chair)\n"
            "Ben Cole                        Elmley Youth Service\n"
            "Cy Dale                         Elmley Police\n\n"
            "1.    Apologies\n\n      Apologies received from those listed above.\n\n"
            "2.    Minutes & Matters Arising\n\n      Agreed.\n")
    paper = parse(text)
    assert paper.title == "EYP Performance & Delivery Board"
    assert str(paper.date) == "2031-06-06"
