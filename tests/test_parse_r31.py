"""Attendance rules of round 31 (issue 13): lists of titled names with no separator, read whole.

Invented names and bodies. The common cause of the blind sets' partly-read lists: a titled name written with
initials ('Cllr. A Brook', 'Mrs B Cole') was not taken as a complete entry, so a run of them with no commas was
cut short or not read, and a label in capitals with no colon over such a run was no label.
"""
from __future__ import annotations

from parse_fixtures import parse

_TAIL = "\n\n3. Minutes\nThe minutes of the last meeting were agreed.\n"


def _names(people) -> list[str]:
    return [p.name for p in people]


def test_a_capitals_label_with_no_colon_over_a_run_of_titled_names():
    paper = parse("ELMLEY COMMUNITY COUNCIL\n\nMinute of Meeting held on Monday 4th May 2031\n\n"
                  "PRESENT Mrs A Brook Mr B Cole Mrs C Dale Cllr D Eve (ex officio)\n\n"
                  "APOLOGIES Mr E Fox Ms F Gale Gil Hart (Elmley Trust) Ivy Jones (Elmley Trust)\n\n"
                  "IN ATTENDANCE: Ms K Lamb (Clerk)\n\n20/19 DECLARATIONS OF INTEREST\n\nThere were none.\n")
    assert _names(paper.attendees) == ["Mrs A Brook", "Mr B Cole", "Mrs C Dale", "Cllr D Eve", "Ms K Lamb"]
    assert _names(paper.apologies) == ["Mr E Fox", "Ms F Gale", "Gil Hart", "Ivy Jones"]
    assert [p.org for p in paper.apologies][2:] == ["Elmley Trust", "Elmley Trust"]


def test_words_in_lower_case_in_a_bracket_are_no_organisation():
    paper = parse("Minutes of the Elmley Council meeting held on 4 May 2031\n\n"
                  "Present: Ada Brook, Ben Cole (ex officio), Cy Dale\n" + _TAIL)
    assert _names(paper.attendees) == ["Ada Brook", "Ben Cole", "Cy Dale"]
    assert all(p.org is None for p in paper.attendees)


def test_a_capitals_word_over_prose_is_still_no_label():
    paper = parse("Minutes of the Elmley Council meeting held on 4 May 2031\n\n"
                  "Present: Ada Brook, Ben Cole\n\n"
                  "APOLOGIES Mr Fox and Mrs Gale were thanked for their help\n" + _TAIL)
    assert _names(paper.attendees) == ["Ada Brook", "Ben Cole"]
    assert paper.apologies == []


def test_a_title_s_full_stop_ends_no_apologies_sentence():
    paper = parse("Minutes of the Elmley Parish Council meeting held on 4 May 2031\n\n"
                  "Attendance: Cllr. A Brook (Chair) Cllr. B Cole Cllr. C Dale Ed Fox (Clerk) Flo Gale\n\n"
                  "Apologies were received from: Cllr. G Hart Cllr. H Ives Cllr. I Jones\n" + _TAIL)
    assert _names(paper.attendees) == ["Cllr. A Brook", "Cllr. B Cole", "Cllr. C Dale", "Ed Fox", "Flo Gale"]
    assert _names(paper.apologies) == ["Cllr. G Hart", "Cllr. H Ives", "Cllr. I Jones"]


def test_a_list_label_after_the_first_item_s_minute_reference():
    paper = parse("Minutes of the Elmley Parish Council meeting held on 4 May 2031\n\n"
                  "Actions 1.31/05 Attendance: Cllr. A Brook (Chair) Cllr. B Cole Cllr. C Dale Ed Fox (Clerk)\n\n"
                  "2.31/05 Apologies were received from: Cllr. G Hart Cllr. H Ives\n\n"
                  "3.31/05 The minutes were agreed.\n")
    assert _names(paper.attendees) == ["Cllr. A Brook", "Cllr. B Cole", "Cllr. C Dale", "Ed Fox"]
    assert _names(paper.apologies) == ["Cllr. G Hart", "Cllr. H Ives"]


def test_a_numbered_item_naming_people_present_later_is_no_list():
    paper = parse("Minutes of the Elmley Parish Council meeting held on 4 May 2031\n\n"
                  "Present: Ada Brook, Ben Cole\n\n1. Welcome\n\n2. Minutes\n\n"
                  "3. Attendance: the Chair thanked Cy Dale for coming.\n")
    assert _names(paper.attendees) == ["Ada Brook", "Ben Cole"]


def test_a_bracketed_footnote_mark_and_an_also_present_line_with_no_colon():
    paper = parse("Minutes of the Elmley Community Council meeting held on 4 May 2031\n\n"
                  "PRESENT: Ada Brook (Chair), Ben Cole(*), Cy Dale\n\nAPOLOGIES: None\n\n"
                  "Also present Ed Fox (Clerk) and one member of the public\n" + _TAIL)
    assert _names(paper.attendees) == ["Ada Brook", "Ben Cole", "Cy Dale", "Ed Fox"]
    assert all(p.org is None for p in paper.attendees)
    assert paper.apologies == []


def test_also_present_opening_a_sentence_is_no_label():
    paper = parse("Minutes of the Elmley Community Council meeting held on 4 May 2031\n\n"
                  "PRESENT: Ada Brook, Ben Cole\n\n1. Welcome\n\n"
                  "Also present were the auditors, who left after item 2.\n" + _TAIL)
    assert _names(paper.attendees) == ["Ada Brook", "Ben Cole"]


def test_a_comma_line_of_people_right_above_the_apologies_with_no_label():
    paper = parse("Minutes of a Trustee Meeting\nheld on 4th May 2031 at 8.00pm.\n"
                  "Ada Brook (nominated Chairman in the absence of Gil Hart), Ben Cole (Secretary), Cy Dale, "
                  "Di Eve, Ed Fox\nApologies for Absence\nGil Hart, Hal Ince, Ian Judd\nMatters Arising\nNone.\n")
    assert _names(paper.attendees) == ["Ada Brook", "Ben Cole", "Cy Dale", "Di Eve", "Ed Fox"]
    assert all(p.org is None for p in paper.attendees)
    assert _names(paper.apologies) == ["Gil Hart", "Hal Ince", "Ian Judd"]


def test_a_sentence_above_the_apologies_is_no_list():
    paper = parse("Minutes of a Trustee Meeting\nheld on 4th May 2031 at 8.00pm.\n"
                  "The trustees thanked Ada Brook, Ben Cole, Cy Dale and Di Eve for their work.\n"
                  "Apologies for Absence\nGil Hart, Ivy Jones\nMatters Arising\nNone.\n")
    assert paper.attendees == []


def test_a_couple_sharing_one_surname_is_two_people():
    paper = parse("Minutes of the Elmley Residents' Association meeting held on 4 May 2031\n\n"
                  "Present: Ada Brook, Ben Cole\n\n"
                  "Apologies: Cy Dale, Ros & Jon Eve, Di Fox\n" + _TAIL)
    assert _names(paper.apologies) == ["Cy Dale", "Ros Eve", "Jon Eve", "Di Fox"]


def test_a_name_after_a_bracket_then_and_another_name():
    paper = parse("Minutes of the Elmley Steering Group meeting held on 4 May 2031\n\n"
                  "Members present: A Brook (Chairman) B Cole & C Dale.\n" + _TAIL)
    assert _names(paper.attendees) == ["A Brook", "B Cole", "C Dale"]
    assert all(p.org is None for p in paper.attendees)


def test_a_parish_or_borough_councillor_title_before_a_name():
    paper = parse("Minutes of the Elmley Parish Council meeting held on 4 May 2031\n\n"
                  "PRESENT: Ada Brook (Chair), Ben Cole, Cy Dale\n\n1. APOLOGIES FOR ABSENCE:\n\n"
                  "There were apologies for absence from Parish Councillor Di Eve, which were accepted.\n\n"
                  "2. DECLARATIONS OF INTEREST:\n\nNone.\n")
    assert [p.name for p in paper.apologies] == ["Parish Councillor Di Eve"]


def test_a_joiner_typed_before_the_comma_is_dropped():
    paper = parse("Minutes of the Elmley Parish Council meeting held on 4 May 2031\n\n"
                  "PRESENT: Ada Brook, Ben Cole (Vice Chair), Cy Dale (Chair), Gil Hart (ERCC), Borough Councillor Ed "
                  "Fox and, Di Eve (Clerk) and two members of the public.\n" + _TAIL)
    assert [p.name for p in paper.attendees] == ["Ada Brook", "Ben Cole", "Cy Dale", "Gil Hart",
                                                 "Borough Councillor Ed Fox", "Di Eve"]
