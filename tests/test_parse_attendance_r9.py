"""Attendance and apologies on layouts of a sixth blind set of boards (issue 13, round 9).

Invented names and organisations. Each test is one layout family and its near-misses.
"""
from __future__ import annotations

from parse_fixtures import keys, parse

TOP = "Elmley Children's Board\n\n14 March 2011\n\n"
BODY = "\n1. Minutes\n\nThe minutes were agreed.\n"
ROWS = "\n\nAda Brook – Elmley Council\n\nBen Cole – Elmley Trust\n\n"


def test_the_family_of_attendance_headings_opens_the_list():
    for label in ("Attendance Details", "Attendance details:", "Attendance Record", "Attendance list:",
                  "Record of Attendance", "Members attending:", "Members Attending", "Present at the meeting:",
                  "In attendance at the meeting", "Officers attending:", "Officers:", "Council Officers:"):
        paper = parse(TOP + label + ROWS + BODY)
        assert keys(paper.attendees) == ["ada brook", "ben cole"], label


def test_attendance_words_in_a_sentence_or_officers_without_a_colon_open_no_list():
    for text in ("Attendance details were circulated before the meeting.",
                 "Members attending the training day would be reimbursed.",
                 "Officers will report back to the next meeting.", "Officers"):
        paper = parse(TOP + text + ROWS + BODY)
        assert keys(paper.attendees) == [], text


def test_an_attendance_details_heading_over_unlabelled_runs():
    paper = parse(TOP + "Attendance Details\n\nCouncillor A Brook (Chair), Councillor B Cole, Councillor C Dee\n"
                  "Councillor D Eve\nE Fox, F Gee and G Hay\nApologies for absence: Ian Jay\n" + BODY)
    assert keys(paper.attendees) == ["a brook", "b cole", "c dee", "d eve", "e fox", "f gee", "g hay"]


HEAD = "Elmley Children's Board\n\n14 March 2011\n\nPresent: Ada Brook, Ben Cole\n\n"
NEXT = "\n2. Minutes\n\nThe minutes were agreed.\n"


def test_an_apologies_clause_inside_a_sentence_is_read():
    for sentence in ("Introductions were made and apologies were noted from Cy Dee, Di Eve.",
                     "Introductions around the table were made, and apologies were received from Cy Dee and Di Eve.",
                     "The Chair welcomed everyone and an apology was received from Cy Dee and Di Eve."):
        paper = parse(HEAD + "1. Welcome\n\n" + sentence + "\n" + NEXT)
        assert keys(paper.apologies) == ["cy dee", "di eve"], sentence


def test_a_clause_with_apologies_but_no_names_gives_none():
    for sentence in ("Introductions were made and apologies were noted.",
                     "Members agreed and apologies would be sent to the Forum."):
        paper = parse(HEAD + "1. Welcome\n\n" + sentence + "\n" + NEXT)
        assert keys(paper.apologies) == [], sentence


def test_an_apologies_label_whose_sentence_runs_on_in_lower_case():
    for label, rest in (("Apologies for absence:", "were submitted on behalf of Councillor C Dee and Councillor D Eve"),
                        ("Apologies", "were received from C Dee and D Eve."),
                        ("Apologies for absence", "have been received from C Dee and D Eve")):
        paper = parse(HEAD + label + "\n" + rest + "\nDeclarations of interest:\n\nThere were none.\n" + NEXT)
        assert keys(paper.apologies) == ["c dee", "d eve"], label


def test_a_run_with_no_full_stop_ends_at_a_table_bar_or_a_heading_line():
    for text in ("| Apologies were received from Cy Dee and Di Eve. |\n",
                 "Apologies for absence were received from Cy Dee and Di Eve |\n",
                 "Apologies for absence were received from Cy Dee and Di Eve\nMatters arising:\n\nNone.\n"):
        paper = parse(HEAD + "1. Welcome\n\n" + text + NEXT)
        assert keys(paper.apologies) == ["cy dee", "di eve"], text


def test_apologies_intimated_by():
    for sentence in ("Apologies for absence were intimated by:- Councillor Cy Dee, Di Eve and Ed Fox",
                     "Apologies were intimated by Cy Dee, Di Eve and Ed Fox."):
        paper = parse(HEAD + "1. Welcome\n\n" + sentence + "\n" + NEXT)
        assert keys(paper.apologies) == ["cy dee", "di eve", "ed fox"], sentence
    paper = parse(HEAD + "1. Welcome\n\nThe Convener intimated that Cy Dee had resigned.\n" + NEXT)
    assert keys(paper.apologies) == []


def test_a_month_as_a_first_name_in_an_apologies_run():
    paper = parse(HEAD + "1. Welcome\n\nApologies were received from Cy Dee, June Gee, April Hay and Ed Fox.\n" + NEXT)
    assert keys(paper.apologies) == ["cy dee", "june gee", "april hay", "ed fox"]
    paper = parse(HEAD + "1. Welcome\n\nApologies were received from Cy Dee and Ed Fox for June 2019.\n" + NEXT)
    assert "june" not in " ".join(keys(paper.apologies))


def _run_on(rows: list[str], label: str = "Attendees") -> str:
    """A page whose line breaks were all lost: rows glued end to start, the label glued to the first."""
    return "Elmley Police Board\n\n" + label + "".join(rows) + "Agenda1 Welcome and introductions were made. " \
        + "The Board discussed the plan at length and agreed the next steps with every partner. " * 3 + "\n"


ROWS_GLUED = ["Ada Brook– Police Commissioner (Chair)", "Ben Cole – Chief Constable", "Cy Dee– Deputy Chief Constable",
              "Di McKenzie – Assistant Commissioner ", "Ed MacLeod – Head of Human Resources",
              "Flo Gee – Chief Finance Officer ", "Gus Hay– Treasurer"]


def test_rows_run_together_with_their_line_breaks_lost():
    paper = parse(_run_on(ROWS_GLUED + ["ApologiesIda Jay – Assistant Chief Constable",
                                        "Minute TakerJo Kay – Staff Officer"]))
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "di mckenzie", "ed macleod", "flo gee",
                                     "gus hay", "jo kay"]
    assert keys(paper.apologies) == ["ida jay"]
    assert paper.chair is not None and paper.chair.name == "Ada Brook"


def test_a_glued_label_needs_its_capital_and_a_glued_name_needs_its_dash():
    text = _run_on(ROWS_GLUED, label="Presentation by the Commissioner ")
    assert keys(parse(text).attendees) == []  # 'Presentation' is no 'Present' label
    no_dash = _run_on(["Ada Brook Police Commissioner", "Ben Cole Chief Constable", "Cy Dee Deputy Constable"] * 3)
    assert all(" " in k and "constable" not in k for k in keys(parse(no_dash).attendees))


def test_a_minute_taker_heading_in_the_lists_gives_attendees_not_apologies():
    paper = parse(TOP + "Present:\nAda Brook – Elmley Council\nBen Cole – Elmley Trust\n\nApologies:\nCy Dee – Elmley Police\n"
                  "\nMinute Taker\nDi Eve – Elmley Council\n" + BODY)
    assert keys(paper.apologies) == ["cy dee"]
    assert keys(paper.attendees) == ["ada brook", "ben cole", "di eve"]


def test_an_acting_title_written_short_and_more_role_words_are_no_organisation():
    paper = parse(TOP + "Present:\nAda Brook – A/Director of Children's Services\nBen Cole – Treasurer\n"
                  "Cy Dee – Translator\nDi Eve – Elmley Council\n" + BODY)
    assert [(p.name, p.org) for p in paper.attendees] == [("Ada Brook", None), ("Ben Cole", None), ("Cy Dee", None),
                                                          ("Di Eve", "Elmley Council")]
