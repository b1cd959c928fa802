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


def test_a_file_links_text_first_and_a_lone_minutes_label_are_no_title():
    for link in ("Elmley Board Meeting Minutes 4 March 2031 (PDF 371kb)", "Board minutes March 2031 (PDF, 1.2MB)",
                 "Minutes 4 March 2031 [Word 45 KB]"):
        paper = parse(link + "\n\nMinutes\nElmley Safeguarding Children Board\nMonday 4th March 2031\n"
                      "Present\nAda Brook (AB)\nBen Cole (BC)\nCy Dee (CD)\n\n1. Welcome\n\nMembers were welcomed.\n")
        assert paper.title == "Elmley Safeguarding Children Board", link
        assert paper.date == "2031-03-04", link
    paper = parse("Elmley Safeguarding Children Board\nUpdate\n\nThe Board met in March.\n")
    assert paper.title == "Elmley Safeguarding Children Board Update"  # a kind word under the heading stays
    paper = parse("Elmley Board Minutes (Draft)\n\nPresent\nAda Brook (AB)\nBen Cole (BC)\n\n1. Welcome\n\nAgreed.\n")
    assert paper.title == "Elmley Board Minutes (Draft)"  # a bracket that is no file link


def test_a_council_pages_meeting_documents_heading_is_no_title():
    for heading in ("Meeting documents", "Meeting papers"):
        paper = parse(heading + "\n\nVenue: Elmley Guildhall\n\nContact: Flo Gee\n\nItems\nNo. Item\n\n1.\n\n"
                      "Election of Chairman\n\nMinutes:\n\nResolved\n\nThat Cllr Ada Brook be elected Chairman.\n")
        assert paper.title is None, heading


GOV_PAGE = ("{}\n- Published\n- 28 October 2031\n- Directorate\n- Elmley Directorate\n- Date of meeting\n- {}\n"
            "Minutes from the meeting of the Elmley Protection Leadership Group on 29 April 2031\n"
            "Attendees and apologies\n- Ada Brook, Chair of EPLG, Director, Elmley Council\n"
            "- Ben Cole, Group member, Oakham Police\n- Cy Dee, Group member, Elmley Health\n")


def test_a_month_in_the_heading_stays_in_the_title_and_the_labelled_meeting_date_wins():
    for heading in ("Elmley protection leadership group minutes - April 2031",
                    "Elmley protection leadership group minutes: April 2031"):
        paper = parse(GOV_PAGE.format(heading, "29 April 2031"))
        assert paper.title == heading
        assert paper.date == "2031-04-29"
        assert chair(paper) == "ada brook"
    paper = parse(GOV_PAGE.format("Elmley protection leadership group: April 2031", "Tuesday 29 April 2031"))
    assert paper.title == "Elmley protection leadership group: April 2031"  # never the metadata's 'Published'
    assert paper.date == "2031-04-29"


def test_a_month_only_heading_never_gives_minutes_a_day():
    paper = parse("Elmley protection leadership group minutes - April 2031\n\nAttendees and apologies\n"
                  "- Ada Brook, Director, Elmley Council\n- Ben Cole, Group member, Oakham Police\n")
    assert paper.date is None
    assert paper.month == "2031-04"
    assert any("only the month" in w for w in paper.warnings)
    page = GOV_PAGE.replace("Minutes from the meeting of the Elmley Protection Leadership Group on 29 April 2031\n", "")
    paper = parse(page.format("Elmley protection leadership group minutes - April 2031", "to be confirmed"))
    assert paper.date is None  # no day anywhere: not the 1st, and never the page's published date
    assert paper.month == "2031-04"


def test_a_summary_of_a_boards_meeting_is_titled_by_the_board():
    text = ("Summary of Elmley Safeguarding Children Board Meeting – Nov 2031\n\n"
            "Minutes of the Board Meeting – 27th November 2031\n\n\n"
            "Ada Brook (Independent Chair of the ESCB) chaired the meeting.\n")
    for above in ("Dec 19\n\n", ""):
        paper = parse(above + text)
        assert paper.title == "Elmley Safeguarding Children Board", above
        assert paper.date == "2031-11-27", above


LISTED = ("Elmley Schools Safeguarding Group\n\nPresent:\nAda Brook (AB)\nBen Cole (BC)\nCy Dee (CD)\n\n"
          "1. Welcome\nAB welcomed everyone to the meeting.\n2. Checks\n{}\n3. Any other business\nNone.\n")


def test_initials_to_a_verb_inside_a_paragraph_is_an_action():
    paper = parse(LISTED.format(
        "Schools asked what needs to be added into the column. AB to check this and will add it to the newsletter. "
        "The data cannot come from the database. BC/CD to look whether there is a way round this."))
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("AB to check this and will add it to the newsletter.", ["Ada Brook"]),
        ("BC/CD to look whether there is a way round this.", ["Ben Cole", "Cy Dee"])]
    assert [a.item for a in paper.actions] == ["2", "2"]


def test_initials_inside_a_paragraph_are_no_action_unless_the_paper_defines_them_and_labels_none():
    for sentence in ("The plan was noted. LA to review the plan in May.",  # an acronym, nobody's initials
                     "The plan was noted. AB to be confirmed as the lead."):
        assert parse(LISTED.format(sentence)).actions == [], sentence
    paper = parse(LISTED.format("The review should be repeated. AB to ask the chairs for a view.\n\n"
                                "ACTION: Ada Brook to ask the chairs to commit to the next review."))
    assert [a.text for a in paper.actions] == ["Ada Brook to ask the chairs to commit to the next review."]


def numbers(paper) -> list[tuple[str, str]]:
    return [(i.number, i.heading) for i in paper.items]


def test_a_jump_to_an_earlier_minutes_item_number_and_back_is_no_item():
    paper = parse("Present: / Ada Brook (Chair) (AB)\nBen Cole (BC)\n\n1. / Welcome\nAB welcomed everyone. / Action\n"
                  "2. / Minutes and Matters Arising\nThe minutes were agreed.\nMatters arising:\n"
                  "2.3. AB said that the audit would go on.\n7. Keeping Records – the policy has been added to\n"
                  "the document. / AB\n3. / Feedback from Sub-groups\n3.1. Nothing new to report.\n")
    assert numbers(paper) == [("1", "Welcome"), ("2", "Minutes and Matters Arising"), ("3", "Feedback from Sub-groups")]


def test_a_missing_item_number_followed_by_a_list_inside_the_next_item_keeps_the_item():
    paper = parse("Elmley Board\nMinutes of the meeting held on 3 March 2031\n\n1. Welcome\nAll were welcomed.\n"
                  "2. Minutes\nAgreed.\n4. Reports\nThe Board noted:\n1. Audit\n2. Training\n3. Budget\n"
                  "5. Any other business\nNone.\n")
    assert [n for n, _ in numbers(paper)] == ["1", "2", "4", "5"]


def test_an_item_number_labelled_no():
    for third in ("No 3. Partnership proposals", "No. 3) Partnership proposals"):
        paper = parse("Elmley Partnership\nMinutes of the meeting held on 3 March 2031\n\nNo 1\n\n"
                      "1. Welcome and introductions\n\n1.1 All were welcomed.\n\nNo 2\n\n2. Minutes of the last meeting\n\n"
                      "2.1 Agreed.\n\nNo 3\n\n" + third + "\n\n3.1 Ada Brook introduced the report.\n")
        assert numbers(paper) == [("1", "Welcome and introductions"), ("2", "Minutes of the last meeting"),
                                  ("3", "Partnership proposals")], third


def test_an_action_for_everyone_names_no_owner_but_a_named_group_does():
    paper = parse(LISTED.format(
        "Other organisations have been asked to let Ada Brook know how the plan is discussed.\n• Action - All\n"
        "Partners agreed to provide quarterly update reports.\nACTION: Partners to send their returns by May.\n"
        "ACTION: Steering Group members to send the risks to Ben Cole."))
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("Other organisations have been asked to let Ada Brook know how the plan is discussed.", []),
        ("Partners to send their returns by May.", []),
        ("Steering Group members to send the risks to Ben Cole.", ["Steering Group members"])]
