"""Titles on boards never seen: what the round 52 analysis of every open set's wrong and missing titles found
(issue 13, round 52).

Invented names and bodies. A government site's topic before the body's name is cut ('Coronavirus (COVID-19): X
Group'); a heading with an ordinal before the body's name and 'Annual General Meeting' after it gives the body; a
company's statutory heading ('... OF THE X LIMITED a company limited by guarantee') gives the company when nothing
else is chosen; a site's menu of one-word lines is no heading; an e-mail or web address set off after the name is cut.
"""
from __future__ import annotations

from parse_fixtures import parse

_ITEMS = "\n\n1. Apologies\n\nNone were received.\n\n2. Minutes\n\nThe minutes were agreed.\n"
_PRESENT = "Present: Ada Brook, Ben Cole, Cara Dunn"


def test_a_topic_prefix_before_the_body_is_cut():
    text = ("Flooding (Winter 2031): Elmley Recovery Leadership Group minutes - 3 March 2031\n"
            f"Minutes from the meeting of the group on 3 March 2031.\n{_PRESENT}{_ITEMS}")
    assert parse(text).title == "Elmley Recovery Leadership Group"


def test_a_body_before_the_colon_is_kept():
    text = f"Elmley Board: Housing Forum minutes - 3 March 2031\n\n{_PRESENT}{_ITEMS}"
    assert parse(text).title == "Elmley Board: Housing Forum"


def test_an_acronym_before_the_colon_is_kept():
    text = f"EYB: Elmley Housing Forum minutes - 3 March 2031\n\n{_PRESENT}{_ITEMS}"
    assert parse(text).title == "EYB: Elmley Housing Forum"


def test_a_glued_ordinal_and_an_agm_tail_leave_the_body():
    text = ("MINUTES OF THE 3rdELMLEY GREEN RESIDENTS ASSOCIATION ANNUAL GENERAL MEETING OF 2031 HELD AT ELMLEY SCHOOL,"
            " ON TUESDAY 4 MARCH 2031 7:30PM\nName / Representing / Position\nPresent / Ada Brook\nBen Cole\n"
            "Cara Dunn / Chair\n")
    assert parse(text).title == "ELMLEY GREEN RESIDENTS ASSOCIATION"


def test_a_company_statutory_heading_gives_the_company():
    text = ("BOARD MINUTES OF THE DIRECTORS OF THE ELMLEY ROWERS COMMISSION LIMITED a company limited by guarantee and "
            "not having a share capital Company Number: 0123\nPRESENT: Ada Brook Chair Ben Cole Director\n")
    assert parse(text).title == "ELMLEY ROWERS COMMISSION LIMITED"


def test_a_company_statutory_tail_and_its_officers_are_cut_from_a_chosen_title():
    text = ("Minutes of a meeting of the Directors of Elmley Rowers Limited, a company limited by guarantee, held on "
            "4 March 2031\nPRESENT: Ada Brook Chair Ben Cole Director\n")
    assert parse(text).title == "Elmley Rowers Limited"


def test_a_menu_word_is_no_title_and_a_contact_address_is_cut():
    text = ("More ...\nSurveys\nForum\nSearch this site....\nHome Community Councils Elmley CC\n"
            f"Elmley Community Council - clerk@elmleycc.org Print E-mail\nArticle Index\n\n{_PRESENT}{_ITEMS}")
    assert parse(text).title == "Elmley Community Council"


def test_two_one_word_lines_over_a_heading_are_a_menu():
    assert parse(f"Surveys\nForum\nElmley Community Council\n\n3 March 2031\n\n{_PRESENT}{_ITEMS}").title \
        == "Elmley Community Council"


def test_an_email_address_after_the_name_is_cut():
    text = f"Elmley Community Council - clerk@elmleycc.org Print E-mail\n\n3 March 2031\n\n{_PRESENT}{_ITEMS}"
    assert parse(text).title == "Elmley Community Council"


def test_a_lone_body_word_under_a_page_number_is_kept():
    text = f"121\nCouncil\n4th March, 2031\n\nPRESENT:- Ada Brook (in the Chair), Ben Cole, Cara Dunn{_ITEMS}"
    assert parse(text).title == "Council"
