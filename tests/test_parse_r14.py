"""Layouts of an eleventh blind set of boards (issue 13, round 14), in invented texts.

Invented names, bodies and codes: a chair named '(in the Chair)' inside a sentence, a chair named only as opening
the meeting at its welcome item, a web page's video link and contents box above the minutes' own heading, a page
heading over the record's opening phrase, minute codes as item numbers, and a group ('XY officials') that is no
action's owner. (A single-item page's '27 Heading pdf icon PDF 31 KB' is round 12's linked-heading rule.)
"""
from __future__ import annotations

from parse_fixtures import chair, parse

from ingest.parse.furniture import is_furniture, is_image_label, is_section
from ingest.parse.vocab import load_vocabulary


# ---- chair ----------------------------------------------------------------------------------------------------

def test_in_the_chair_inside_a_sentence():
    text = ("Elmley Partnership Board\n\nNo. Item\n\nMinutes\n\nThe minutes of the meeting held on 3 May 2031 were "
            "confirmed as a correct record and signed by the Co-Chair, Dr Brook (in the Chair).\n")
    assert chair(parse(text)) == "brook"
    text = "Elmley Partnership Board\n\nThe minutes were signed by Ada Brook (in the chair).\n"
    assert chair(parse(text)) == "ada brook"


def test_who_welcomed_members_at_the_welcome_item_chairs():
    text = ("Elmley Strategic Board minutes: March 2031\n\nAttendees\n\nAda Brook, Elmley Council\n\n"
            "Ben Cole, Elmley Police\n\nCarl Dunn, Elmley Health\n\nItems and actions\n\n"
            "Item 1 – Welcome and Apologies\n\nCouncillor Brook welcomed members to the meeting. Apologies were "
            "noted.\n\nItem 2 – Minutes\n\nThe Minister asked for comments.\n")
    assert chair(parse(text)) == "ada brook"
    text = ("Elmley Board\nHeld on 4 March 2031\nPresent:\nAda Brook (AB) Clinical Lead\nBen Cole (BC) Lay Member\n"
            "Carl Dunn (CD) Finance Officer\nEBP/3132/001: Welcome, Apologies & Quoracy\n"
            "Ben Cole (BC) welcomed members to the meeting.\nApologies were noted.\n"
            "EBP/3132/002: Questions\nNone were received.\n")
    assert chair(parse(text)) == "ben cole"


def test_a_welcome_that_is_no_opening_names_no_chair():
    for line in ("Ben Cole welcomed the report on waiting lists.",  # not the meeting
                 "Ben Cole welcomed members to the Elmley School site.",  # a host, not the meeting
                 "Ben Cole opened the report."):
        text = ("Elmley Board\n\n4 March 2031\n\nPresent:\nAda Brook\nBen Cole\nCarl Dunn\n\n1. Welcome\n\n"
                + line + "\n\n2. Minutes\n\nAgreed.\n")
        assert chair(parse(text)) is None, line
    # an opener under an item that is not the welcome
    text = ("Elmley Board\n\n4 March 2031\n\nPresent:\nAda Brook\nBen Cole\nCarl Dunn\n\n1. Waiting lists\n\n"
            "Ben Cole opened the meeting to questions from the public.\n\n2. Minutes\n\nAgreed.\n")
    assert chair(parse(text)) is None


# ---- title ----------------------------------------------------------------------------------------------------

def test_site_furniture_lines():
    vocab = load_vocabulary()
    for line in ("Watch key Council meetings here", "View the webcast of this meeting online", "Page Contents",
                 "On this page"):
        assert is_furniture(line, vocab), line
    for line in ("Watch the report on waiting lists", "Elmley Board Meeting", "Webcasting protocol agreed"):
        assert not is_furniture(line, vocab), line
    assert is_section("Contents", vocab) and is_section("Table of Contents", vocab)
    assert is_image_label("Page Icon") and not is_image_label("Page Twelve")


def test_a_video_link_is_never_a_title():
    text = ("Councillors and committees\n\nAgenda and minutes\n\nYou can view the reports for this meeting below.\n\n"
            "Watch key Council meetings here\n\nVenue: Elmley Hall\n\nNo. Item\n\n\nQuestions from the Public\n\n"
            "No questions were received.\n")
    assert parse(text).title is None


def test_a_post_title_over_a_contents_box_is_the_sites():
    text = ("Board meeting – 4 March, 2031\nPage Contents\nElmley Health Board Meeting in Public\n"
            "Held on 4 th March 2031 via Microsoft Teams\nCONFIRMED\nPresent:\nAda Brook (AB) Chair\n"
            "Ben Cole (BC) Lay Member\n")
    assert parse(text).title == "Elmley Health Board Meeting in Public"


def test_a_page_heading_over_the_records_opening_phrase():
    text = ("Elmley Strategic Board minutes: March 2031\n\nMinutes from the meeting of the Elmley Strategic Board on "
            "4 March 2031\n\nAttendees and apologies\n\nAttendees\n\nAda Brook, Elmley Council\n")
    paper = parse(text)
    assert paper.title == "Elmley Strategic Board minutes: March 2031"
    assert paper.date == "2031-03-04"
    text = ("EPB discussion notes – 4 March 2031\n\nPage Icon\n\nThe EPB’s meeting of 4 March 2031\n\n"
            "This was the first meeting of the Elmley Partnership Board’s second year and we agreed a plan!\n")
    paper = parse(text)
    assert paper.title != "The EPB’s meeting of 4 March 2031" and paper.title != "Page Icon"
    assert paper.date == "2031-03-04"


# ---- items ----------------------------------------------------------------------------------------------------

def test_minute_codes_as_item_numbers():
    text = ("Elmley Board\nHeld on 4 March 2031\nPresent:\nAda Brook (AB) Chair\nBen Cole (BC) Lay Member\n"
            "EBP/3132/001: Welcome, Apologies & Quoracy\nAda Brook (AB) welcomed members to the meeting.\n"
            "EBP/3132/002: Questions received from the public\nNone.\nEBP/3132/003: Finance report\nNoted.\n")
    items = parse(text).items
    assert [(i.number, i.heading) for i in items] == [
        ("EBP/3132/001", "Welcome, Apologies & Quoracy"), ("EBP/3132/002", "Questions received from the public"),
        ("EBP/3132/003", "Finance report")]


def test_one_code_or_codes_out_of_sequence_are_no_items():
    text = "Elmley Board\n4 March 2031\nEBP/3132/001: Welcome\nThe Chair welcomed everyone.\n"
    assert parse(text).items == []
    text = "Elmley Board\n4 March 2031\nEBP/3132/001: Welcome\nNoted.\nEBP/3132/007: Finance\nNoted.\n"
    assert parse(text).items == []


# ---- action owners --------------------------------------------------------------------------------------------

def test_initials_before_officials_are_a_group_not_a_person():
    text = ("Elmley Board\n\n4 March 2031\n\nAttendees\n\nSara Grey, Elmley Council\n\nBen Cole, Elmley Police\n\n"
            "1. Minutes\n\nACTION 1: SG officials to amend the minutes and upload them to the webpages.\n")
    paper = parse(text)
    assert len(paper.actions) == 1 and paper.actions[0].owners == []
    text = ("Elmley Board\n\n4 March 2031\n\nPresent:\nSara Grey (SG)\nBen Cole (BC)\n\n1. Minutes\n\n"
            "ACTION: SG to amend the minutes.\n")
    assert parse(text).actions[0].owners == ["Sara Grey"]
