"""Acronyms, future meeting dates and workplan tables."""
from __future__ import annotations

from ingest.parse.acronyms import find_acronyms
from ingest.parse.workplan import parties
from parse_fixtures import parse


def test_acronyms_defined_both_ways_but_not_initials_or_near_misses():
    text = ("Child Death Review Panels (CDRP) and the ABCD (Association of British Child Directors). "
            "The Criminal Justice IT System (CJIT) and improving access to psychological therapies programme (IAPT). "
            "serious case reviews (SCRs). Information Sharing (IRT). Ada Brook (AB) spoke.")
    found = {a.short: a.long for a in find_acronyms(text, lambda s: s == "Ada Brook")}
    assert found == {"CDRP": "Child Death Review Panels", "ABCD": "Association of British Child Directors",
                     "CJIT": "Criminal Justice IT System",
                     "IAPT": "improving access to psychological therapies programme", "SCRs": "serious case reviews"}


def test_person_initials_are_not_paper_acronyms():
    paper = parse("Attendees:\nAda Brook (Oakham)\n\n1) Item\nAda Brook (AB) said the Youth Offending Service (YOS) agreed.\n")
    assert paper.acronyms == {"YOS": "Youth Offending Service"}
    s, e = paper.spans["acronym:YOS"]
    assert paper.text[s:e] == "Youth Offending Service (YOS)"


def test_a_long_form_wrapped_onto_the_next_line_is_read_across_the_line_break():
    # text wrapped at a fixed width (PDF) breaks lines inside a sentence, long forms too
    paper = parse("1) Item\nMembers discussed the referrals made to the Child and Adolescent\n"
                  "Mental Health Services (CAMHS) in the last quarter.\n"
                  "The Board noted the report on the Youth\n\nOffending Service (YOS) with thanks.\n")
    assert paper.acronyms == {"CAMHS": "Child and Adolescent Mental Health Services"}  # a blank line is no wrap
    s, e = paper.spans["acronym:CAMHS"]
    assert paper.text[s:e] == "Child and Adolescent\nMental Health Services (CAMHS)"


def test_future_meetings_roll_over_the_year_and_skip_events_and_footers():
    paper = parse("\tDate:\n\t31st October 2007\n\n1) Item\nA seminar on December 19th 2007.\n"
                  "2) Dates of future Board meetings\n\n· Wednesday February 20th, 2pm – 4pm\n"
                  "· Wednesday October 29th, 2pm – 4pm\n\t\n\t03/02/10\n\tPage 4\n")
    assert [f.date for f in paper.future_meetings] == ["2008-02-20", "2008-10-29"]
    s, e = paper.future_meetings[0].span
    assert paper.text[s:e] == "Wednesday February 20th"


def test_future_meetings_on_one_line_wrapped_and_in_diaries():
    paper = parse("Status as at 24 April 2012.\n\nFuture Board meetings (2.00pm, Hall): Tuesday 1 May 2012; Tuesday 17\nJuly 2012.\n")
    assert [f.date for f in paper.future_meetings] == ["2012-05-01", "2012-07-17"]
    paper = parse("Update – July 2013\n\n## 6. Dates for your diary\n- Board meeting: Wednesday 18 September 2013\n"
                  "- Practitioner forum: Wednesday 16 October 2013\n")
    assert [f.date for f in paper.future_meetings] == ["2013-09-18"]


def test_past_dates_in_a_schedule_are_not_future():
    paper = parse("Elmley Committee – 6 October 2004\n\nMeetings Schedule\ndates for 2pm meetings:\n7.1.04\n21.4.04\n"
                  "Suggested dates:\n12 January\n20 April\n")
    assert [f.date for f in paper.future_meetings] == ["2005-01-12", "2005-04-20"]


def test_responsible_parties_split_on_commas_lines_ampersands_and_dashes():
    assert parties("ALG\nALG – DV Forum\nMPS, ALG, Barnardos – Sexual Exploitation Steering Group\nMPS") == [
        "ALG", "DV Forum", "MPS", "Barnardos", "Sexual Exploitation Steering Group"]
    assert parties("NHS & MPS") == ["NHS", "MPS"]


def test_bar_table_workplan_rows_become_items():
    paper = parse("ELMLEY COMMITTEE WORKPLAN 2004\n\nItem | Title | Responsible | Timing\n"
                  "1 | Boards | ALG, boroughs | April 2004\n2 | Training | NHS & MPS | \n\n")
    assert [(w.item, w.title, w.responsible, w.timing) for w in paper.workplan] == [
        ("1", "Boards", ["ALG", "boroughs"], "April 2004"), ("2", "Training", ["NHS", "MPS"], None)]
    assert paper.kind == "workplan"
    assert [(i.number, i.heading) for i in paper.items] == [("1", "Boards"), ("2", "Training")]


def test_tab_indented_workplan_cells():
    text = ("ELMLEY COMMITTEE – 6 October 2004\n\nREPORT ON THE WORKPLAN\n\n"
            "\tItem\n\n\tActivity\n\tTarget Group\n\tResponsible Party(ies)\n\tProgress\n\tTiming\n\n"
            "\t1\n\tSafeguarding\n\n\t· Consult.\n\n· Scope.\n\tChairs & \n\nCo-ordinators\n\tALG\n\t· Done\n\tMarch 2004\n\nSep 2004\n\n"
            "\t2\n\tInformation Sharing (IRT)\n\n(now Information Sharing)\n\t· Chair forum.\n\t\n\tALG, DfES & Boroughs\n\t· Met\n\t\n")
    paper = parse(text)
    rows = [(w.item, w.title, w.responsible, w.timing, w.target_group) for w in paper.workplan]
    assert rows == [("1", "Safeguarding", ["ALG"], "March 2004; Sep 2004", "Chairs & Co-ordinators"),
                    ("2", "Information Sharing (IRT) (now Information Sharing)", ["ALG", "DfES", "Boroughs"], None, None)]


def test_bar_table_with_empty_cells_and_an_untitled_item_column():
    paper = parse("ELMLEY WORKPLAN\n\nItem | Activity | Target Group | Responsible Party(ies) | Timing |\n"
                  "1 | Boards | · Consult. | Front-line practitioners | EAC & Elmley Aid | Spring 2005\n"
                  "2 | Child Protection; Skills & Staffing | · Review. |  | OPS; EAC |\n")
    rows = [(w.item, w.title, w.target_group, w.responsible, w.timing) for w in paper.workplan]
    assert rows == [("1", "Boards", "Front-line practitioners", ["EAC", "Elmley Aid"], "Spring 2005"),
                    ("2", "Child Protection Skills & Staffing", None, ["OPS", "EAC"], None)]


def test_cells_keep_an_empty_cell_between_two_bars():
    from ingest.parse.lines import cells, split_lines
    assert [c.text for c in cells(split_lines("a |  | b")[0])] == ["a", "", "b"]
    assert [c.text for c in cells(split_lines("| a | b |")[0])] == ["a", "b"]


def test_future_meetings_listed_in_date_order_roll_over_together():
    paper = parse("\tDate:\n\t13 March 2006\n\n1) Item\n2) Dates of future meetings\n"
                  "· Monday February 19th (3pm - 5pm)\n· Monday May 14th (3pm - 5pm)\n")
    assert [f.date for f in paper.future_meetings] == ["2007-02-19", "2007-05-14"]


def test_a_sentence_ending_in_a_name_is_no_acronym_definition():
    found = {a.short: a.long for a in find_acronyms("agreed to discuss this further with Eve Robinson (DfEN) soon. "
                                                     "The national referral mechanism (NRM) and the Elmley Aid Trust (EAT).",
                                                     lambda s: False)}
    assert found == {"NRM": "national referral mechanism", "EAT": "Elmley Aid Trust"}


def test_initials_after_a_name_with_particles_define_the_listed_person():
    paper = parse("Attendees:\nDot Van Der Berg (Elmley)\n\n1) Item\nDot Van Der Berg (DB) agreed.\n"
                  "ACTION: DB to write to the Board\n")
    assert paper.actions[0].owners == ["Dot Van Der Berg"]  # not 'Der Berg', whose initials are DB too
