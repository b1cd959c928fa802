"""Attendance written as lines of people with their roles, on real boards' layouts (issue 13, round 2).

Invented names and organisations. Each test is one layout: a label glued to the first name, no
label at all, one heading over several lists whose sub-headings were lost, a page run into one
paragraph, apologies written as prose.
"""
from __future__ import annotations

from ingest.names import person_key
from parse_fixtures import keys, parse


def test_label_glued_to_the_first_name_with_honorifics_ranks_and_markers():
    text = ("Minute of meeting held on the 3rd of March 2015, Room 2, Elmley House\n"
            "Present:Mr Ada Brook, Director of Social Work (chair)\n"
            "Ms Ben Cole, Chief Executive, EC (Sponsor)\n"
            "Mr Cy Dee – Director of Housing\n"
            "Mr Eve Fox Director of Education & Leisure, EC\n"
            "Chief Constable Gil Hay, Oakham Const\n"
            "DSI Ida Jay, Oakham Police\n"
            "Ms Kit Lamb, Councillor (Political Champion)\n"
            "1. / Welcome / Mr Ada Brook welcomed those present.\n")
    paper = parse(text)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "eve fox", "gil hay", "ida jay", "kit lamb"]
    assert paper.chair is not None and person_key(paper.chair.name) == "ada brook"
    assert paper.apologies == []


def test_a_name_before_a_comma_keeps_a_dash_in_the_role():
    paper = parse("Present:\nMs Ada Brook, Child Health Commissioner – Elmley NHS\nBen Cole, Head of Service\n\n1. Welcome\n")
    assert keys(paper.attendees) == ["ada brook", "ben cole"]
    assert paper.attendees[0].org == "Elmley NHS"


def test_unlabelled_run_of_person_lines_under_the_meeting_heading_with_wrapped_entries():
    text = ("Minutes of the Meeting held\n"
            "on Friday 4 July 2014\n"
            "in the Long Room, Elmley Hall\n"
            "Ada Brook – Independent Chair\n"
            "Ben Cole – Head of Service, Community Services, Adult\n"
            "Care (also rep Dot Ell)\n"
            "Cy Dee – Detective Chief Inspector, Oakham Police (rep Fay\n"
            "Eve Fox – Manager, Elmley Trust\n"
            "Gil Hay – Lead Nurse, East Elmley Community\n"
            "Health Care\n"
            "Ida Jay – Business Support Officer, Elmley Council\n"
            "Declarations of Interest\n"
            "None reported\n"
            "Apologies for Absence\n"
            "Kit Lamb – Chief Executive, Oakham Aid\n")
    paper = parse(text)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "eve fox", "gil hay", "ida jay"]
    assert keys(paper.apologies) == ["kit lamb"]
    orgs = {person_key(p.name): p.org for p in paper.attendees}
    assert orgs["cy dee"] == "Oakham Police"  # the bracket cut off at the column's edge is no part of it
    assert orgs["gil hay"] == "East Elmley Community Health Care"  # the wrapped line joined
    assert paper.chair is not None and person_key(paper.chair.name) == "ada brook"


def test_unlabelled_run_after_the_clerk_is_left_out_with_a_warning():
    text = ("elmley child protection committee\n\n"
            "Minutes of meeting held on the 4 June 2013, Room 3, Elmley House\n"
            "Mr Ada Brook, Director of Care (Chair)\n"
            "Ms Ben Cole, Youth Convenor, Elmley Council\n"
            "Mr Cy Dee, Legal Manager, Elmley Council\n"
            "Ms Eve Fox, Clerk to ECPC\n"
            "Mr Gil Hay, Director of Housing, EC\n"
            "Dr Ida Jay, Director of Health, Oakham NHS\n"
            "Welcome and\n"
            "Summary of Discussion\n")
    paper = parse(text)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "eve fox"]
    assert paper.apologies == []
    assert any("clerk or minute-taker" in w for w in paper.warnings)


def test_prose_under_a_meeting_heading_is_no_run_of_people():
    text = ("Minutes of the meeting held on 4 June 2013\n"
            "Ada Brook, the chair, opened the meeting and thanked everyone for coming today.\n"
            "Ben Cole, who leads on training, gave an update on the courses run this year.\n"
            "Cy Dee, from the council, said the audit would report in the spring of next year.\n")
    paper = parse(text)
    assert paper.attendees == []


def test_two_person_lines_are_no_run():
    text = ("Minutes of the meeting held on 4 June 2013\n"
            "Ada Brook – Head of Service, Elmley Council\n"
            "Ben Cole – Manager, Oakham Trust\n"
            "Matters arising\n")
    assert parse(text).attendees == []


LISTS = ("Elmley Leadership Group: May 2018\n\n"
         "Minutes from the May 2018 meeting of the Elmley Leadership Group.\n\n"
         "Attendees and apologies\n\n\n"
         "  • Ada Brook, Minister for Housing and Planning (Chair)\n"
         "  • Ben Cole, Head of Service, Elmley Council\n"
         "  • Cy Dee, Director, Oakham Trust\n\n\n"
         "  • DS Eve Fox, Public Protection, Elmley Police (attending on behalf of DCS Hay)\n"
         "  • Ida Jay, Policy Manager, Elmley Council (attending on behalf of Kit Lamb)\n"
         "  • Liz Moss, Elmley Council (Secretariat)\n\n\n"
         "  • DCS Gil Hay, Head of Public Protection, Elmley Police\n"
         "  • Kit Lamb, Chief Executive, Oakham Aid\n\n"
         "Items and actions\n\n1. Welcome\n")


def test_attendees_and_apologies_blocks_the_represented_block_is_the_apologies():
    paper = parse(LISTS)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "eve fox", "ida jay", "liz moss"]
    assert keys(paper.apologies) == ["gil hay", "kit lamb"]
    assert any("attended on behalf of was read as the apologies" in w for w in paper.warnings)
    assert paper.chair is not None and person_key(paper.chair.name) == "ada brook"


def test_attendees_and_apologies_blocks_without_evidence_keep_only_the_first():
    text = LISTS.replace(" (attending on behalf of DCS Hay)", "").replace(" (attending on behalf of Kit Lamb)", "")
    paper = parse(text)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee"]
    assert paper.apologies == []
    assert any("only the first block" in w for w in paper.warnings)


def test_attendees_and_apologies_blocks_with_apologies_in_prose_are_all_attendees():
    text = ("Attendees and apologies\n\n"
            "  • Ada Brook, Minister for Housing (Chair)\n"
            "  • Ben Cole, Head of Service, Elmley Council\n\n\n"
            "  • Cy Dee, Policy Team, Elmley Council\n\n"
            "Items and actions\n\n"
            "1. Welcome, introductions and apologies\n\n"
            "The Chair welcomed everyone. Secretariat noted that apologies were offered from Eve Fox "
            "Chief Executive, Oakham Aid, and Chair of the Elmley Forum\n\n2. Minutes\n")
    paper = parse(text)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee"]
    assert keys(paper.apologies) == ["eve fox"]


def test_sub_headings_under_attendees_and_apologies_decide():
    text = ("Attendees and apologies\n\nPresent\n  • Ada Brook, Head of Service, Elmley Council\n"
            "  • Ben Cole, Director, Oakham Trust\n\nApologies\n  • Cy Dee, Manager, Elmley Aid\n\n1. Welcome\n")
    paper = parse(text)
    assert keys(paper.attendees) == ["ada brook", "ben cole"]
    assert keys(paper.apologies) == ["cy dee"]
    assert paper.warnings == []


def test_a_page_run_into_one_paragraph_is_cut_into_entries():
    text = ("Minutes of the Meeting held on Thursday 16 April 2015 in the Long Room, Elmley Hall, Elmley EL1 2AB "
            "Present: Ada Brook – Independent Chair Ben Cole – Tenancy Manager, Elmley City Council "
            "Cy Dee – Assistant Director, Adult Care (also representing Dot Ell) Eve Fox – Chief Superintendent, "
            "Elmley Constabulary Gil Hay – Head of Community Safety, Elmley Fire and Rescue Service "
            "Ida Jay – Vice Chair, EMC Kit Lamb – Business Support Officer, Elmley Safeguarding Adults Board "
            "1 Apologies for Absence Liz May – Deputy Commissioner, Elmley Commissioner’s Office "
            "Mo Nash – Head of Patient Safety, North Elmley CCG 2 Welcome and Introductions The Chair welcomed "
            "all to the meeting confirming it was the first meeting of the newly established board.")
    paper = parse(text)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "eve fox", "gil hay", "ida jay", "kit lamb"]
    assert keys(paper.apologies) == ["liz may", "mo nash"]
    assert paper.chair is not None and person_key(paper.chair.name) == "ada brook"
    orgs = {person_key(p.name): p.org for p in paper.attendees}
    assert orgs["eve fox"] == "Elmley Constabulary" and orgs["ida jay"] == "EMC"


def test_a_long_paragraph_without_a_list_label_is_left_alone():
    text = ("Minutes of the Meeting held on Thursday 16 April 2015 in the Long Room. " * 4 +
            "Ada Brook – Independent Chair Ben Cole – Tenancy Manager, Elmley City Council "
            "Cy Dee – Assistant Director, Adult Care Eve Fox – Manager, Elmley Trust")
    assert parse(text).attendees == []


def test_apologies_sentences_after_a_lead_in_and_with_a_substitute():
    text = ("Present:\nAda Brook – Head of Service, Elmley Council\nBen Cole – Director, Oakham Trust\n\n"
            "1. Welcome\nThe Chair welcomed members. She noted that apologies had been received from "
            "Cy Dee, Eve Fox and Gil Hay.\n2. Minutes\n")
    paper = parse(text)
    assert keys(paper.apologies) == ["cy dee", "eve fox", "gil hay"]

    text = ("Present:\nAda Brook – Head of Service, Elmley Council\nBen Cole – Director, Oakham Trust\n\n"
            "1. Apologies for absence were received from the following: Councillor Cy Dee - "
            "Councillor Eve Fox substituted.\n2. Minutes\n")
    paper = parse(text)
    assert keys(paper.apologies) == ["cy dee"]
    assert "eve fox" in keys(paper.attendees)


def test_no_apologies_sentence_gives_no_names():
    text = ("Present:\nAda Brook – Head of Service, Elmley Council\nBen Cole – Director, Oakham Trust\n\n"
            "1. Welcome\nIt was noted that no apologies were received.\n2. Minutes\n")
    assert parse(text).apologies == []


def test_and_inside_a_role_is_no_second_person():
    paper = parse("Present:\nAda Brook, Minister for Housing and Early Years\nBen Cole, Head of Leisure and "
                  "Lifelong Learning, Elmley Council\n\n1. Welcome\n")
    assert keys(paper.attendees) == ["ada brook", "ben cole"]


def test_scottish_ranks_are_titles():
    assert person_key("Chief Constable Ada Brook") == "ada brook"
    assert person_key("DSI Ada Brook") == "ada brook"
    assert person_key("Ada Constable") == "ada constable"


def test_a_sentence_of_prose_after_the_list_ends_it_and_its_names_are_not_entries():
    text = ("Safeguarding Adults Board\n"
            "Minutes of the meeting held on 12 March 2015\n\n"
            "Present:\n"
            "Ada Brook (AB) – Independent Chair\n"
            "Ben Cole (BC) – Head of Service, Elmley Council\n"
            "The chair welcomed Cy Dee (CD) and Eve Fox (EF) to the meeting.\n\n"
            "Apologies:\n"
            "Gil Hay (GH)\n\n"
            "1. Minutes of the last meeting\n"
            "The minutes were agreed.\n")
    paper = parse(text)
    assert keys(paper.attendees) == ["ada brook", "ben cole"]
    assert all(p.org != "to the meeting" for p in paper.attendees)
    assert keys(paper.apologies) == ["gil hay"]
