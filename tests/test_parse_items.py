"""Numbered items: the layouts of agenda items and report sections."""
from __future__ import annotations

from ingest.model import Paper
from ingest.parse import parse_structure


def items(text: str) -> list[tuple[str, str]]:
    paper = Paper(id="t", filename="t.txt", text=text)
    parse_structure(paper)
    for item in paper.items:
        assert text[item.heading_span[0]:item.heading_span[1]] == item.heading
        assert item.span[0] <= item.heading_span[0] < item.span[1]
    return [(i.number, i.heading) for i in paper.items]


def test_bracket_numbers_with_sub_paragraphs():
    text = "1) Welcome\n\nText.\n 2) Notes of the last meeting\n\n2.1) Sub heading\n\n2.2) More text.\n3) Paper 3 – Report\n"
    assert items(text) == [("1", "Welcome"), ("2", "Notes of the last meeting"), ("3", "Paper 3 – Report")]


def test_heading_on_the_line_after_its_number():
    text = "1. Welcome\n1.1\nText.\n3. \nEmbedding learning – A Person, Unit\n3.1 Text\n4.\n\nNext heading\n4.1\nText.\n"
    assert items(text) == [("1", "Welcome"), ("3", "Embedding learning – A Person, Unit"), ("4", "Next heading")]


def test_numbers_only_go_up():
    text = "1. First\n2. Second\nSome list:\n1. not an item\n3. Third\n"
    assert items(text) == [("1", "First"), ("2", "Second"), ("3", "Third")]


def test_markdown_headings_and_item_prefix():
    assert items("## 1. Welcome\ntext\n## 2. Close\n") == [("1", "Welcome"), ("2", "Close")]
    assert items("Item 1: Welcome\ntext\nItem 2 – Close\n") == [("1", "Welcome"), ("2", "Close")]


def test_dates_and_times_are_not_items():
    assert items("1. Dates\n12 January\n2.30 – 5.00 pm\n7.1.04\n") == [("1", "Dates")]


def test_item_spans_run_to_the_next_item():
    text = "1. One\nbody one\n2. Two\nbody two\n"
    paper = Paper(id="t", filename="t.txt", text=text)
    parse_structure(paper)
    first, second = paper.items
    assert text[first.span[0]:first.span[1]] == "1. One\nbody one"
    assert text[second.span[0]:second.span[1]] == "2. Two\nbody two"


def test_a_council_web_page_puts_the_number_and_the_heading_in_cells_of_their_own():
    text = ("No. Item\n\n1.\n\n\n\nDeclarations of Interest\n\nNone were declared.\n\n2.\n\n\n\n"
            "Minutes and Matters Arising  pdf icon PDF 73 KB\n\nThe minutes were agreed.\n")
    assert items(text) == [("1", "Declarations of Interest"), ("2", "Minutes and Matters Arising")]


def test_a_flattened_items_table_gives_the_heading_cell():
    text = ("Present: Ada Brook\n\n1. / Welcome and Apologies / Ada Brook welcomed those present.\n"
            "2. / Minutes of last meeting / These minutes were accepted as a true record of the last meeting "
            "of the committee held in the spring, with a number of errors noted at some length here.\n"
            "3. / Matters arising / Nothing.\n")
    assert items(text) == [("1", "Welcome and Apologies"), ("2", "Minutes of last meeting"), ("3", "Matters arising")]


def test_an_action_sheet_table_gives_no_items():
    text = ("Elmley Adults Board\n\nAction Sheet\n\n1. / Ada to write the training plan / Ada\n"
            "2. / Ben to book the room for the joint meeting\nNB: rooms are scarce / Ben\n\n\n"
            "Date of meeting / Tuesday 7th December 2010\n\n1. Welcome\n\n2. Minutes of the last meeting\n")
    assert items(text) == [("1", "Welcome"), ("2", "Minutes of the last meeting")]


def test_numbered_paragraphs_of_prose_are_not_items():
    text = ("Welcome and apologies\n\n1. The Chair welcomed members to the meeting and noted apologies from "
            "several members who could not attend today.\n\nMinute of last meeting\n\n"
            "2. The minute of the last meeting was agreed as an accurate record after one small amendment was made.\n"
            "3. Dates of future meetings (all at Elmley House).\n")
    assert items(text) == [("3", "Dates of future meetings (all at Elmley House).")]


# Round 3: undotted numbers, minute numbers that continue the year's sequence, page references.

def test_undotted_agenda_numbers_vouched_for_by_their_sequence():
    text = ("Elmley Family Committee\n\nMonday, 3 March 2031\n\nBUSINESS\n\n1 Sederunt\n\n"
            "2 Minute of Meeting dated 4 December 2030 5 - 8\n\n3 Matters Arising\n\n"
            "4 Appointment of Vice Chair 5 Review Group\n\nInformation relating to any applicant;\n\n"
            "Page 1 6 Annual Report 2030\n\n7 Agency Updates 8 AOCB\n")
    assert items(text) == [("1", "Sederunt"), ("2", "Minute of Meeting dated 4 December 2030"),
                           ("3", "Matters Arising"), ("4", "Appointment of Vice Chair"), ("5", "Review Group"),
                           ("6", "Annual Report 2030"), ("7", "Agency Updates"), ("8", "AOCB")]


def test_a_lone_undotted_number_is_no_item():
    assert items("Elmley Group\n\n12 Kestrel Road\n\nThe group met.\n") == []


def test_minute_numbers_continuing_the_years_sequence():
    text = ("MINUTES of the Meeting of the Elmley Committee held on Monday 3 March 2031.\n\n"
            "49 APOLOGIES FOR ABSENCE\n\nAn apology was received.\n\n50 ELECTION OF CHAIR\n\nRESOLVED: agreed.\n\n"
            "51 MINUTES\n\nRESOLVED: approved.\n")
    assert items(text) == [("49", "APOLOGIES FOR ABSENCE"), ("50", "ELECTION OF CHAIR"), ("51", "MINUTES")]


def test_a_high_first_number_needs_the_next():
    assert items("Report\n\n49. Kestrel Road closure\n\nSome text here.\n") == []


def test_a_council_page_item_with_its_link_text():
    text = ("Issue - meetings\n\nMeeting: 03/03/2031 - Elmley Trust (Item 5)\n\n"
            "5 Kestrel Board - Quarterly Update (I) pdf icon PDF 460 KB\n\nMinutes:\n\nThe update was noted.\n")
    assert items(text) == [("5", "Kestrel Board - Quarterly Update (I)")]


def test_the_apologies_item_is_an_item():
    text = ("Elmley Partnership - Wednesday, 5 March 2031 10.30 a.m.\n\n1.\n\nApologies\n\nMinutes:\n\n"
            "Apologies were received from Ada Brook and Cy Dee.\n\n2.\n\nMinutes of Previous Meeting\n\n"
            "Minutes:\n\nAgreed.\n\n3.\n\nAny other business\n")
    assert items(text) == [("1", "Apologies"), ("2", "Minutes of Previous Meeting"), ("3", "Any other business")]


def test_a_numbered_list_inside_an_unnumbered_section_is_no_item():
    text = ("Introductions and Apologies\n\nThe chair opened the December meeting and introductions and apologies "
            "were noted by the board.\n\nDeclaration of Interests\n\nMembers of the Board are asked to declare any "
            "interest they may have in any matter to be considered.\n\nThe following updates were noted as "
            "outstanding.\n\n1.  Update on Kestrel Panel\n\n2.  Camera Update\n\nAda Brook noted the panel works well.\n")
    assert items(text) == []


def test_a_paper_reference_in_the_page_header_is_no_item():
    text = ("\t\t\t\t\t                          Item 10.5\n\nMeeting    ELMLEY BOARD\n\n"
            "1. Apologies\n\nNone.\n\n2. Minutes\n\nAgreed.\n")
    assert items(text) == [("1", "Apologies"), ("2", "Minutes")]


def test_minute_numbers_written_with_the_year_or_a_prefix():
    text = ("Elmley Committee minutes\n\n12/15 WELCOME\n\nThe chair welcomed members.\n\n13/15 MINUTES\n\nAgreed.\n\n"
            "14/15 ANY OTHER BUSINESS\n\nNone.\n")
    assert items(text) == [("12", "WELCOME"), ("13", "MINUTES"), ("14", "ANY OTHER BUSINESS")]
    text = "Elmley Committee minutes\n\nMin 49 Welcome\n\nText.\n\nMin 50 Minutes\n\nAgreed.\n"
    assert items(text) == [("49", "Welcome"), ("50", "Minutes")]


def test_an_undotted_numbered_list_of_names_is_no_items():
    assert items("Elmley Group\n\nThose invited:\n\n1 Ada Brook\n\n2 Cy Dee\n\n3 Bo Evans\n") == []


def test_items_announced_after_an_introduction_are_items():
    text = ("Elmley Board\n\nThe board met in the council chamber with members of the public present to hear "
            "the debate.\n\nThe chair reminded members that the meeting would be recorded and published on the "
            "website.\n\nThe following items were discussed:\n\n1. Welcome\n\nText.\n\n2. Budget\n\nText.\n")
    assert items(text) == [("1", "Welcome"), ("2", "Budget")]


def test_minute_numbers_of_three_digits_on_their_own_line_run_in_sequence():
    text = ("Agenda and minutes\n\nVenue: County Hall\n\nItems\nNo. Item\n\n"
            "287.\n\nApologies and Welcome\n\nMinutes:\n\nThe Chairman welcomed everyone.\n\n"
            "288.\n\nDeclarations of Interest\n\nMinutes:\n\nNone.\n\n"
            "289.\n\nSafeguarding Adults pdf icon PDF 80 KB\n\nMinutes:\n\n"
            "The Board had received 157 referrals.\n")
    assert items(text) == [("287", "Apologies and Welcome"), ("288", "Declarations of Interest"),
                           ("289", "Safeguarding Adults")]
