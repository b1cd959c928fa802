"""Attendance and apologies on layouts of the nineteenth and twentieth blind sets (issue 13, round 24).

Invented names and bodies: a 'PRESENT' paragraph of titled full names with no separator ('Mrs Ada Brook Mr Ben
Cole Dr Cy de Dale ...'), an 'IN ATTENDANCE' paragraph of 'Ms Name .. Post' entries run together, and apologies
sentences opening with a kind of member ('Board member apologies for absence were intimated on behalf of ...').
"""
from __future__ import annotations

from ingest.names import person_key
from parse_fixtures import keys, parse


def _people(*names: str) -> list[str]:
    """The person keys of invented names, in order."""
    return [person_key(n) for n in names]


_HEAD = ("Minutes of the Meeting of the Elmley Health Board held in the Oak Centre, Elmley on Tuesday 4th March "
         "2031, at 10.00am\n\nPRESENT\n\nProfessor Ada Brook CBE (in the Chair)\n\n")


def test_a_run_of_titled_full_names_is_one_person_a_title():
    text = (_HEAD + "Mrs Ben Cole Mr Cy de Dale Prof Dame Dora Eve Cllr Ed Fox Ms Flo Anne Gale Mr Gus Hay OBE\n\n"
            "1. WELCOME\n\nThe Chair welcomed everyone.\n")
    paper = parse(text)
    assert keys(paper.attendees) == _people("Ada Brook", "Ben Cole", "Cy de Dale", "Dora Eve", "Ed Fox",
                                            "Flo Anne Gale", "Gus Hay")


def test_a_titled_run_with_a_role_or_an_organisation_piece_is_not_read_so():
    # 'Elmley Police' is no name: the run is left to the ordinary readers, nothing is cut out of it as a person
    text = (_HEAD + "Mrs Ben Cole Elmley Police Mr Cy Dale Head of Housing Ms Dora Eve\n\n1. WELCOME\n\nText.\n")
    paper = parse(text)
    got = keys(paper.attendees)
    assert person_key("Ben Cole Elmley Police") not in got and person_key("Cy Dale Head of Housing") not in got


def test_titled_names_with_a_dotted_leader_before_their_posts():
    text = (_HEAD + "Mrs Ben Cole Mr Cy Dale Dr Dora Eve\n\nIN ATTENDANCE\n\n"
            "Ms Ed Fox .. Head of Corporate Governance Mr Gus Hay .. Chief Officer, Elmley HSCP Ms Ida Jones .. "
            "Head of Care, West Elmley HSCP (On behalf of Ms Jo King, Chief Officer) Mr Kit Lamb .. Audit Manager, "
            "Audit Elmley (For item 82) Mrs Lee Moss .. Secretariat Manager (Minutes)\n\n"
            "59. WELCOME AND APOLOGIES\n\nText.\n")
    paper = parse(text)
    got = keys(paper.attendees)
    assert got[-5:] == _people("Ed Fox", "Gus Hay", "Ida Jones", "Kit Lamb", "Lee Moss")
    assert person_key("Jo King") not in got and person_key("Audit Elmley") not in got
    assert all(a.org is None for a in paper.attendees)


def test_a_dotted_leader_after_two_names_only_is_not_a_run():
    text = (_HEAD + "Mrs Ben Cole Mr Cy Dale Dr Dora Eve\n\nIN ATTENDANCE\n\n"
            "Ms Ed Fox .. Head of Corporate Governance Mr Gus Hay .. Chief Officer\n\n1. WELCOME\n\nText.\n")
    paper = parse(text)
    assert person_key("Gus Hay Chief Officer") not in keys(paper.attendees)


def test_apologies_of_a_kind_of_member_intimated_on_behalf_of():
    text = (_HEAD + "Mrs Ben Cole Mr Cy Dale Dr Dora Eve\n\n59. WELCOME AND APOLOGIES\n\n"
            "Board member apologies for absence were intimated on behalf of Ms Ed Fox, Mr Gus Hay, Cllr Ida Jones, "
            "and Ms Jo King OBE.\n\nOfficer apologies for absence were intimated on behalf of Ms Kit Lamb and "
            "Ms Lee Moss.\n\n60. MINUTES\n\nText.\n")
    paper = parse(text)
    assert keys(paper.apologies) == _people("Ed Fox", "Gus Hay", "Ida Jones", "Jo King", "Kit Lamb", "Lee Moss")


def test_no_apologies_sentence_names_nobody():
    text = (_HEAD + "Mrs Ben Cole Mr Cy Dale Dr Dora Eve\n\n59. APOLOGIES\n\n"
            "No apologies were received from Board Members.\n\n60. MINUTES\n\nText.\n")
    assert parse(text).apologies == []


def test_a_comma_after_received_from_before_the_names():
    text = (_HEAD + "Mrs Ben Cole Mr Cy Dale Dr Dora Eve\n\n1. INTRODUCTIONS AND APOLOGIES\n\n"
            "Apologies for absence were received from, Cllr E Fox, Gus Hay, Ida Jones and Jo King.\n\n"
            "2. MINUTES\n\nText.\n")
    assert keys(parse(text).apologies) == _people("E Fox", "Gus Hay", "Ida Jones", "Jo King")


def test_a_month_as_a_first_name_in_a_wrapped_comma_run_of_names():
    text = ("Elmley Action Team\n\nMinute of meeting held on Wednesday 21 May 2031 at Oak House, Elmley\n\n"
            "Present: Ada Brook (Chair), Ben Cole, Cy Dale, April Eve, Dora\nFox, Cllr Ed Gale, Flo Hay "
            "and Gus Ives.\n\nIn Attendance: Ida Jones, Jo King\n\n1.0     Welcome\n\n1.1     Text.\n")
    paper = parse(text)
    assert keys(paper.attendees) == _people("Ada Brook", "Ben Cole", "Cy Dale", "April Eve", "Dora Fox", "Ed Gale",
                                            "Flo Hay", "Gus Ives", "Ida Jones", "Jo King")
    assert all(a.org is None for a in paper.attendees)


def test_a_month_led_piece_among_too_few_names_is_not_a_person():
    text = ("Elmley Action Team\n\nMinute of meeting held on 21 May 2031\n\n"
            "Present: Ada Brook (Chair), April Eve\n\n1.0     Welcome\n\n1.1     Text.\n")
    assert person_key("April Eve") not in keys(parse(text).attendees)


def test_an_apologies_sentence_broken_after_from():
    text = ("Elmley Action Team\n\nMinute of meeting held on 21 May 2031\n\nPresent: Ada Brook (Chair), Ben Cole, "
            "Cy Dale\n\n1.0     Welcome and Apologies\n\n1.1     The Chair welcomed everyone to the meeting and "
            "apologies were noted from\n        Ed Fox and Gus Hay.\n\n2.0     Minute\n\n2.1     Approved\n")
    assert keys(parse(text).apologies) == _people("Ed Fox", "Gus Hay")


def test_a_sentence_ending_on_from_over_a_lower_case_line_names_nobody():
    text = ("Elmley Action Team\n\nMinute of meeting held on 21 May 2031\n\nPresent: Ada Brook (Chair), Ben Cole, "
            "Cy Dale\n\n1.0     Welcome and Apologies\n\n1.1     Apologies were noted from\n        members of "
            "the public.\n\n2.0     Minute\n\n2.1     Approved\n")
    assert parse(text).apologies == []


_COLUMNS = ("ELMLEY COUNCIL MINUTES OF THE ELMLEY ADULT SAFEGUARDING BOARD MEETING HELD ON THURSDAY 22 MAY 2031 "
            "PRESENT: Ada Brook Ben Cole Cy Dale Dora Eve Fry Ed Fox Flo Anne Gale 1. Independent Chair Head of Care "
            "Head of Commissioning Team Manager – Safeguarding Lead Nurse – Elmley CCG Elmley Police (Safeguarding) "
            "(AB) (BC) (CD) (DEF) (EF) (FAG) APOLOGIES: Gus Hay Ida Jones Jo King Kit Lamb Interim Director Head of "
            "Service Elmley Police Probation Service (GH) (IJ) (JK) (KL) ACTION 2. MINUTES OF THE LAST MEETING "
            "Agreed as a true record.\n")


def test_names_then_roles_then_initials_written_column_after_column():
    paper = parse(_COLUMNS)
    assert keys(paper.attendees) == _people("Ada Brook", "Ben Cole", "Cy Dale", "Dora Eve Fry", "Ed Fox",
                                            "Flo Anne Gale")
    assert keys(paper.apologies) == _people("Gus Hay", "Ida Jones", "Jo King", "Kit Lamb")


def test_initials_that_do_not_fit_the_names_read_nothing():
    text = _COLUMNS.replace("(CD) (DEF)", "(CD) (XY)").replace("(IJ) (JK)", "(IJ) (JQ)")
    paper = parse(text)
    assert person_key("Dora Eve") not in keys(paper.attendees) and person_key("Ed Fox") not in keys(paper.attendees)
    assert person_key("Jo King") not in keys(paper.apologies)


def test_rows_of_names_under_a_slashed_attendance_label_row():
    text = ("Date & Time: / Monday 8 April 2031 – 5pm\nLocation: / Civic Offices\n"
            "Attendance: / Ada Brook / Ben Cole / Cy Dale\nDora Eve / Ed Anne Fox / Flo Gale\nGus Hay / Ida Jones\n"
            "1.0 / Welcome and introductions / ACTIONS\nIt was agreed that Jo King will Chair this meeting.\n")
    assert keys(parse(text).attendees) == _people("Ada Brook", "Ben Cole", "Cy Dale", "Dora Eve", "Ed Anne Fox",
                                                  "Flo Gale", "Gus Hay", "Ida Jones")


def test_a_slashed_row_with_a_role_cell_ends_the_names_grid():
    text = ("Date & Time: / Monday 8 April 2031 – 5pm\n"
            "Attendance: / Ada Brook / Ben Cole / Cy Dale\nDora Eve / Head of Housing / Flo Gale\n"
            "1.0 / Welcome and introductions / ACTIONS\nText.\n")
    got = keys(parse(text).attendees)
    assert got[:3] == _people("Ada Brook", "Ben Cole", "Cy Dale")
    assert person_key("Head of Housing") not in got


def test_an_unlabelled_block_of_people_above_in_attendance_is_the_present_list():
    text = ("Elmley Business Trust\nBoard Meeting\n10 March 2031\n\n\nAda Brook MLA\nBen Cole MLA\n"
            "Cy Dale, Elmley Fish\nDora Eve, ETA\nEd Fox, proxy for Lord Gale\n\nIn Attendance :\n"
            "Gus Hay, Company Secretary\nIda Jones, Trust Secretariat\n\n"
            "1. Apologies:\n\nText.\n")
    paper = parse(text)
    assert keys(paper.attendees) == _people("Ada Brook", "Ben Cole", "Cy Dale", "Dora Eve", "Ed Fox", "Gus Hay",
                                            "Ida Jones")
    assert [a.org for a in paper.attendees[:5]] == [None] * 5


def test_a_block_above_in_attendance_with_a_line_that_is_no_person_is_not_read():
    text = ("Elmley Business Trust\n10 March 2031\n\nAda Brook MLA\nBen Cole MLA\nQuarterly review of budgets\n"
            "Dora Eve, ETA\nEd Fox, Elmley Fish\n\nIn Attendance :\nGus Hay, Company Secretary\n\n1. Apologies\n")
    assert keys(parse(text).attendees) == _people("Gus Hay")
