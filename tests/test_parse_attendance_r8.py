"""Attendance and apologies on layouts of a fifth blind set of boards (issue 13, round 8).

Invented names and organisations. Each test is one layout and its near-misses.
"""
from __future__ import annotations

from parse_fixtures import chair, keys, parse

TOP = "Elmley Children's Board\n\n14 March 2011\n\n"
BODY = "\n1. Minutes\n\nThe minutes were agreed.\n"


def test_the_members_of_the_body_as_an_attendance_label():
    rows = "\n\nAda Brook – Elmley Council\n\nBen Cole – Chief Executive – Elmley Trust\n\n"
    for label in ("Members of the Board:", "Members of the Committee present:", "Board Members:",
                  "Members:", "Members of the Partnership:", "Panel members:"):
        paper = parse(TOP + label + rows + "Also Attending:\n\nCy Dee – Elmley Council\n" + BODY)
        assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee"], label


def test_members_words_without_a_colon_or_in_a_sentence_open_no_list():
    rows = "\n\nAda Brook – Elmley Council\n\nBen Cole – Elmley Trust\n\n"
    for text in ("Members of the Board", "Members of the Board are asked to declare any interest.",
                 "Members discussed:", "Members"):
        paper = parse(TOP + text + rows + "Also Attending:\n\nCy Dee – Elmley Council\n" + BODY)
        assert keys(paper.attendees) == ["cy dee"], text


HEAD = "Elmley Children's Board\n\n14 March 2011\n\nPresent: Ada Brook, Ben Cole\n\n1. Apologies for absence\n\n"


def test_a_leading_chair_apposition_in_an_apologies_sentence_is_skipped():
    for role in ("the Chairman", "the Chair", "the Vice-Chairman", "the Vice Chair", "the Deputy Chair"):
        paper = parse(HEAD + f"Apologies for absence were received from {role}, Councillor Cy Dee, "
                      "Councillor Mrs Di Eve, Ed Fox and Flo Gee.\n" + BODY.replace("1.", "2."))
        assert keys(paper.apologies) == ["cy dee", "di eve", "ed fox", "flo gee"], role


def test_a_chair_with_no_name_after_it_gives_no_apology():
    for sentence in ("Apologies were received from the Chairman, who was unwell.",
                     "Apologies were received from the Chair."):
        paper = parse(HEAD + sentence + "\n" + BODY.replace("1.", "2."))
        assert keys(paper.apologies) == [], sentence


def test_every_apologies_sentence_of_the_item_is_read():
    for second in ("Apologies were also received from Gus Hay and Ida Jay.",
                   "Apologies were further received from Gus Hay and Ida Jay.",
                   "Apologies for absence were also submitted by Gus Hay and Ida Jay.",
                   "Apologies were received from Gus Hay and Ida Jay."):
        paper = parse(HEAD + "Apologies for absence were received from Councillor Cy Dee and Councillor Di Eve.\n"
                      "\n\u00a0\n\n" + second + "\n" + BODY.replace("1.", "2."))
        assert keys(paper.apologies) == ["cy dee", "di eve", "gus hay", "ida jay"], second


def test_an_apologies_sentence_in_a_later_item_or_after_a_labelled_list_is_not_read():
    later = (HEAD + "Apologies were received from Cy Dee.\n\n2. Minutes\n\nThe minutes were agreed.\n\n"
             "3. Budget\n\nApologies were also received from Gus Hay, who had sent his report.\n")
    assert keys(parse(later).apologies) == ["cy dee"]
    labelled = ("Elmley Children's Board\n\n14 March 2011\n\nPresent: Ada Brook, Ben Cole\n\nApologies: Cy Dee\n\n"
                "1. Minutes\n\nApologies were received from Gus Hay for the late paper.\n")
    assert keys(parse(labelled).apologies) == ["cy dee"]


def test_surname_only_councillors_in_an_apologies_sentence():
    cases = {
        "Apologies for absence were submitted on behalf of Councillors Brook, Cole and Dee from Elmley District "
        "Council and Councillors Eve and Fox from Oakham & Wyre Borough Council, with the substitution of "
        "Councillor Gee for Councillor Eve.": ["brook", "cole", "dee", "eve", "fox"],
        "Apologies were received from Cllr Brook and Ada Cole.": ["brook", "ada cole"],
        "Apologies for absence were received from Councillor Brook, Councillor Cole and Cllrs Dee and Eve.":
            ["brook", "cole", "dee", "eve"],
        "Apologies were received from Councillors Ada Brook and Cole.": ["ada brook", "cole"],
    }
    for sentence, expected in cases.items():
        paper = parse(HEAD + sentence + "\n" + BODY.replace("1.", "2."))
        assert keys(paper.apologies) == expected, sentence


def test_single_words_no_councillor_title_governs_are_not_people():
    cases = {
        "Apologies were received from Brook, Cole and Dee.": [],
        "Apologies were received from Councillors Brook and Cole from Elmley Council and Officers.":
            ["brook", "cole"],
        "Apologies were received from Cllr Brook, Children's Services and Health.": ["brook"],
        "Apologies were received from Councillors Brook and Cole, Elmley Council.": ["brook", "cole"],
    }
    for sentence, expected in cases.items():
        paper = parse(HEAD + sentence + "\n" + BODY.replace("1.", "2."))
        assert keys(paper.apologies) == expected, sentence


def test_surname_only_councillors_in_an_attendance_list():
    cases = {
        "Present: Councillors Brook (Chair), Cole and Dee\n": (["brook", "cole", "dee"], "brook"),
        "Present:\nCouncillors Brook (Chairman), Cole, Dee and Eve\n": (["brook", "cole", "dee", "eve"], "brook"),
        "PRESENT: Councillor Brook (Chairman); Councillors Cole, Dee and Eve\n":
            (["brook", "cole", "dee", "eve"], "brook"),
        "Present: Cllr Brook (Chair), Cllr Cole, Cllr Dee, Ada Fox (Elmley Council)\n":
            (["brook", "cole", "dee", "ada fox"], "brook"),
        "Present: Councillors Brook (Vice-Chair), Cole and Dee\nIn the Chair: Ada Fox\n":
            (["brook", "cole", "dee"], "ada fox"),
    }
    for block, (expected, chaired) in cases.items():
        paper = parse(TOP + block + BODY)
        assert keys(paper.attendees) == expected, block
        assert chair(paper) == chaired, block


def test_single_words_in_an_attendance_list_need_a_councillor_title():
    for block in ("Present: Brook (Chair), Cole, Dee\n", "Present: Councillors Brook (Chair), Officers and Partners\n",
                  "Present: Cllr Brook (Elmley Council), Mr Cole\n"):
        attendees = keys(parse(TOP + block + BODY).attendees)
        assert not {"cole", "dee", "officers", "partners", "elmley council"} & set(attendees), block


def test_an_apologies_label_followed_by_an_apologies_sentence_is_read_as_prose():
    for value in ("Apologies were received and accepted from Ms J Brook, Mr B Cole and Dr C Dee.",
                  "Apologies for absence were received from Ms J Brook, Mr B Cole and Dr C Dee.",
                  "Apologies were noted from Ms J Brook, Mr B Cole and Dr C Dee"):
        for label in ("Apologies:", "Apologies for absence:", "APOLOGIES:"):
            paper = parse(TOP + "Present: Ada Fox (Chair), Ben Gee, Cy Hay\n\n" + f"{label} {value}\n" + BODY)
            assert keys(paper.apologies) == ["j brook", "b cole", "c dee"], (label, value)
            assert keys(paper.attendees) == ["ada fox", "ben gee", "cy hay"], (label, value)


def test_an_apologies_label_with_names_is_read_as_before():
    for value in ("Ms J Brook, Mr B Cole", "Ms J Brook (apologies sent late), Mr B Cole"):
        paper = parse(TOP + "Present: Ada Fox (Chair), Ben Gee, Cy Hay\n\nApologies: " + value + "\n" + BODY)
        assert keys(paper.apologies) == ["j brook", "b cole"], value


def test_initials_brackets_that_go_on_with_a_note():
    run = ("Attendees: Ada Brook (AB - Chair), Ben Cole (BC), Cy Dee (CD for Di Eve), Ed Fox (EF), "
           "Flo Gee (FG - for item 5), Gus Hay (GHa - notetaker)\n")
    paper = parse(TOP + run + BODY)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "ed fox", "flo gee", "gus hay"]
    assert chair(paper) == "ada brook"  # the chair of the titled board: her own initials qualify no other body
    notes = {p.name: p.note for p in paper.attendees}
    assert notes["Cy Dee"] == "for Di Eve" and notes["Gus Hay"] == "notes"


def test_a_bracket_that_does_not_start_with_the_names_initials_is_no_row():
    run = "Attendees: Ada Brook (AB), Ben Cole (XY - Chair), Cy Dee (CD), Ed Fox (EF)\n"
    paper = parse(TOP + run + BODY)
    assert "ben cole" not in keys(paper.attendees)
    assert chair(paper) is None


GRID_TOP = "Date: / 9 September 2031\nVenue: / Committee Room 2, Elmley Hall\n\n"
GRID_BODY = "\n\nAgenda Item and Details / Actions/Who\n1.Minutes and matters arising\nThe minutes were accepted.\n"


def test_a_name_mark_grid_whose_chair_row_tells_the_marks_apart():
    for present, absent in (("", "X"), ("X", "")):
        grid = (f"Ada Brook (Chair) / {present} / Ben Cole / {absent} / Dr Cy Dee / {absent}\n"
                f"Di Eve / {present} / DI Ed Fox / {present} / Flo Gee / {present}\n"
                f"Gus Hay / {absent} / Ida Jay / {absent} / Jo King / {present}\n")
        paper = parse(GRID_TOP + grid + GRID_BODY)
        assert keys(paper.attendees) == ["ada brook", "di eve", "ed fox", "flo gee", "jo king"], (present, absent)
        assert keys(paper.apologies) == [] and chair(paper) == "ada brook", (present, absent)


def test_a_grid_with_coded_marks_needs_no_chair_row():
    grid = ("Ada Brook / P / Ben Cole / A / Cy Dee / P\nDi Eve / ✓ / Ed Fox / A / Flo Gee / P\n"
            "Gus Hay / P / Ida Jay / P / Jo King / A\n")
    paper = parse(GRID_TOP + grid + GRID_BODY)
    assert keys(paper.attendees) == ["ada brook", "cy dee", "di eve", "flo gee", "gus hay", "ida jay"]
    assert keys(paper.apologies) == ["ben cole", "ed fox", "jo king"]


def test_a_grid_whose_marks_cannot_be_told_is_not_read():
    grid = ("Ada Brook /  / Ben Cole / X / Cy Dee / X\nDi Eve /  / Ed Fox /  / Flo Gee / \n"
            "Gus Hay / X / Ida Jay / X / Jo King / \n")
    paper = parse(GRID_TOP + grid + GRID_BODY)
    assert keys(paper.attendees) == [] and keys(paper.apologies) == []
    assert any("Attendance grid" in w for w in paper.warnings)


def test_rows_that_are_not_name_mark_pairs_are_no_grid():
    for rows in ("Ada Brook / Head of Service / Ben Cole / Elmley Council\n" * 3,  # name / role cells
                 "Ada Brook (Chair) /  / Ben Cole / X\nDi Eve /  / Ed Fox / X\n",  # two rows only
                 "Budget / X / Staffing / X / Premises / \n" * 3):  # not people
        paper = parse(GRID_TOP + rows + GRID_BODY)
        assert not any("Attendance grid" in w for w in paper.warnings), rows
        assert "ben cole" not in keys(paper.attendees) and "ed fox" not in keys(paper.attendees), rows


def test_an_ampersand_inside_a_dash_separated_role_cell_joins_no_two_people():
    rows = ("Also Attending:\n\nCy Dee – Strategic Director – Elmley Council\n\n"
            "Di Eve – Principal Officer – Planning & Performance Management – Children's Services – Elmley Council\n\n"
            "Ed Fox – Head of Quality & Safeguarding Services – Elmley Trust\n")
    paper = parse(TOP + rows + BODY)
    assert keys(paper.attendees) == ["cy dee", "di eve", "ed fox"]


def test_two_people_joined_by_and_are_still_two():
    paper = parse(TOP + "Also Attending:\n\nCy Dee and Eve Fox (Oakham Police)\n\nAda Brook (Elmley) & Ben Cole\n" + BODY)
    assert keys(paper.attendees) == ["cy dee", "eve fox", "ada brook", "ben cole"]


def test_attendance_run_on_over_organisation_groups():
    cases = {
        "Officers in attendance: Elmley District Council: Ada Brook, Ben Cole, and Cy Dee Oakham & Wyre Borough "
        "Council: Di Eve, Ed Fox and Flo Gee\n":
            [("Ada Brook", "Elmley District Council"), ("Ben Cole", "Elmley District Council"),
             ("Cy Dee", "Elmley District Council"), ("Di Eve", "Oakham & Wyre Borough Council"),
             ("Ed Fox", "Oakham & Wyre Borough Council"), ("Flo Gee", "Oakham & Wyre Borough Council")],
        "In attendance: Elmley Police: Ada Brook Oakham NHS Trust: Ben Cole and Cy Dee\n":
            [("Ada Brook", "Elmley Police"), ("Ben Cole", "Oakham NHS Trust"), ("Cy Dee", "Oakham NHS Trust")],
    }
    for block, expected in cases.items():
        paper = parse(TOP + block + BODY)
        assert [(p.name, p.org) for p in paper.attendees] == expected, block


def test_the_last_name_after_a_serial_comma_is_kept():
    paper = parse(TOP + "Present: Ada Brook, Ben Cole, and Cy Dee\n" + BODY)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee"]


def test_a_colon_after_words_that_name_no_organisation_gives_no_organisation():
    for block in ("Present: Head of Service: Ada Brook, Ben Cole, Cy Dee\n",
                  "Present: Safeguarding Leads: Ada Brook, Ben Cole Oakham Police: Cy Dee\n"):
        paper = parse(TOP + block + BODY)
        assert all(p.org is None for p in paper.attendees), block
        assert "head of service" not in keys(paper.attendees), block


def test_the_last_apology_after_a_serial_comma_is_kept():
    paper = parse(HEAD + "Apologies were received from Cy Dee, Di Eve, and Ed Fox.\n" + BODY.replace("1.", "2."))
    assert keys(paper.apologies) == ["cy dee", "di eve", "ed fox"]
