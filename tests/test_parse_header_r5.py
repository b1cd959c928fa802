"""Chair, title, date, items and actions on layouts of a third blind set of boards (issue 13, round 5).

Invented names and organisations. Each test is one layout and its near-misses: the chair named only in
prose ('chaired the meeting', 'take the chair'), in a resolution that elects a chair or convener, or as
'Chair of <the paper's own body>' inside a list entry.
"""
from __future__ import annotations

from parse_fixtures import chair, parse

SUMMARY = ("Summary of Elmley Safeguarding Children Board Meeting\n\n"
           "Minutes of the Board Meeting – 4th March 2031\n\n\n{}\n\n"
           "Serious Case Review\n\nThe final report was presented by Cy Dee (Independent Author).\n")


def test_a_chair_who_chaired_the_meeting_in_prose():
    for sentence in (("Ada Brook (Independent Chair of the ESCB) chaired the meeting and thanked Ben Cole "
                      "(Director of Care) for his support."),
                     "Ada Brook chaired the meeting. Ben Cole (Director of Care) presented the plan.",
                     "Ada Brook convened today's meeting and welcomed Ben Cole.",
                     "The meeting was chaired by Ada Brook (Independent Chair).",
                     "Councillor Ada Brook took the chair."):
        assert chair(parse(SUMMARY.format(sentence))) == "ada brook", sentence


def test_chairing_another_meeting_or_one_item_is_no_chair():
    for sentence in ("Ada Brook chaired the last meeting and Ben Cole presented the plan.",
                     "Ada Brook chaired the meeting of the Finance Group in January.",
                     "Ada Brook took the chair for item 5.",
                     "Ben Cole thanked Ada Brook, who chaired the Review Panel."):
        assert parse(SUMMARY.format(sentence)).chair is None, sentence


PAGE = ("Agenda and minutes\n\nVenue: Elmley Guildhall\n\nContact: Flo Gee\n\nNo. Item\n\n\n\n{}\n\n"
        "Apologies were received from Eve Fox.\n\n\nDeclarations\n\nThere were none.\n\n\n"
        "Election of a Chairman\n\n{}\n\n\nMinutes\n\nThe minutes were agreed.\n")


def test_the_member_who_takes_the_chair_wins_over_the_chairman_elected_for_the_year():
    paper = parse(PAGE.format("It was proposed by Ben Cole and seconded by Cy Dee that Alderman Ada Brook take the chair.",
                              "RESOLVED, that – being the only Member willing to serve, Eve Fox be elected Chairman "
                              "for the ensuing year."))
    assert chair(paper) == "ada brook"


def test_a_chair_elected_for_the_year_chairs_when_nothing_else_names_one():
    paper = parse(PAGE.format("The Town Clerk opened the meeting.",
                              "RESOLVED – that Cllr Ada Brook be elected Chairman for the Sub-Committee for the "
                              "ensuing year.\n\nRESOLVED – that Cllr Ben Cole be appointed Vice-Chairman of the "
                              "Sub-Committee for the ensuing year."))
    assert chair(paper) == "ada brook"


def test_a_confirmed_convener_is_the_chair():
    paper = parse(PAGE.format("The Clerk opened the meeting.", "Ada Brook was confirmed as Convener of the Panel."))
    assert chair(paper) == "ada brook"


def test_an_office_appointed_by_a_pronoun_after_the_name():
    text = ("Agenda and minutes\n\nElmley Domestic Abuse Partnership Board - Friday, 30 June 2023 9.00 am\n\n"
            "No. Item\n\n\nAppointment of Chairman.\n\n"
            "That it be noted that Mrs. A. Brook CC remains the Lead Member for Community Safety at Elmley "
            "County Council and therefore according to the Terms of Reference she is appointed Chair of the "
            "Elmley Domestic Abuse Partnership Board for the 2023/24 year.\n\n\n"
            "Election of Vice Chairman.\n\nThat Mr. B. Cole CC be appointed Vice Chairman.\n")
    assert chair(parse(text)) == "a. brook"


def test_an_elected_chair_who_sent_apologies_or_chairs_another_body_is_no_chair():
    paper = parse(PAGE.format("The Town Clerk opened the meeting.",
                              "RESOLVED – that Eve Fox be elected Chairman for the ensuing year."))
    assert paper.chair is None  # Eve Fox sent apologies
    text = ("Elmley Safeguarding Children Board\nMinutes of the meeting held on 3 March 2031\n\n"
            "1. Welcome\n\nThe Board noted that Ada Brook was appointed Chair of the Oakham Review Panel.\n\n"
            "2. Minutes\n\nAgreed.\n")
    assert parse(text).chair is None
    text = ("Elmley Safeguarding Children Board\nMinutes of the meeting held on 3 March 2031\n\n"
            "1. Welcome\n\nAda Brook was appointed Chair of the Group.\n\n2. Minutes\n\nAgreed.\n")
    assert parse(text).chair is None  # a group under the board


def test_a_role_that_chairs_the_papers_own_body_by_its_acronym():
    text = ("Protection national leadership group minutes - May 2031\n"
            "Minutes from the meeting of the group on 6 May 2031\n"
            "Attendees and apologies\n"
            "- {}\n"
            "- Ben Cole, Group member, Independent Chair of Oakham ADP\n"
            "- Cy Dee, Vice Chair of NPLG, Nurse Director Elmley Health\n"
            "- Di Eve, Group member, Convener of Oakham Adult Protection Committee\n"
            "- Ed Fox, Group member, Director of Care Elmley Council\n\n"
            "Items and actions\n\nWelcome\n\nMembers were welcomed.\n")
    assert chair(parse(text.format("Ada Brook, Chair of NPLG, Chief Executive of Elmley Council"))) == "ada brook"
    assert parse(text.format("Ada Brook, Group member, Chief Executive of Elmley Council")).chair is None


def test_a_convener_of_the_papers_own_body_is_its_chair_but_a_youth_convenor_is_not():
    text = ("Elmley Child Protection Committee\nMinute of meeting held on 8 March 2031\n"
            "Present:{}\nMr Ben Cole, Youth Convenor, Elmley Council\nMs Cy Dee, Lead Nurse, Elmley Health\n"
            "Mr Ed Fox, Head of Schools, Elmley Council\n\n1. Welcome\n\nMembers were welcomed.\n")
    for first, expected in (("Ms Ada Brook, Convener of the Elmley Child Protection Committee", "ada brook"),
                            ("Ms Ada Brook, Head of Care, Elmley Council", None)):
        assert chair(parse(text.format(first))) == expected, first
