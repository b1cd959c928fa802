"""Apologies written in ways earlier rounds missed (issue 13, round 15), in invented texts.

Invented names and bodies: an apologies sentence wrapped over blank lines inside a name, initials written
together under a councillor title, a comma lost between bracketed entries, an 'Apologies' label whose colon was
lost, a titled name glued after the previous entry's organisation, and a sentence whose names run together in
pairs. Each with the near-misses that must read nothing (or no more than before).
"""
from __future__ import annotations

from parse_fixtures import keys, parse

HEAD = "Elmley Board\n\nMinutes of the meeting held on 3 May 2031\n\nPresent: Ada Brook, Ben Cole\n\n"


def test_a_sentence_wrapped_over_blank_lines_inside_a_name():
    text = HEAD + ("1 Apologies\n\nApologies for absence were received from Mr C Dunn, Ms D\n\n"
                   "Eve and Mr F Gale. Mr H Ince attended in place of Mr F\n\n\nGus was asked to check the rota.\n\n"
                   "2 Minutes\n\nAgreed.\n")
    paper = parse(text)
    assert keys(paper.apologies) == ["c dunn", "d eve", "f gale"]
    assert keys(paper.attendees) == ["ada brook", "ben cole"]
    # a comma at a line's end also goes on over the gap
    text = HEAD + "1 Apologies\n\nApologies were received from Cy Dunn,\n\nDi Eve and Fay Gale.\n\n2 Minutes\n\nAgreed.\n"
    assert keys(parse(text).apologies) == ["cy dunn", "di eve", "fay gale"]


def test_a_finished_sentence_does_not_take_the_next_paragraph():
    text = HEAD + ("1 Apologies\n\nApologies were received from Cy Dunn and Di Eve.\n\n"
                   "Fay Gale presented the report.\n\n2 Minutes\n\nAgreed.\n")
    assert keys(parse(text).apologies) == ["cy dunn", "di eve"]
    # a full name at the line's end is no cut-off name: the paragraph below is not read into the list
    text = HEAD + ("1 Apologies\n\nApologies were received from Cy Dunn and Di Eve\n\n"
                   "Fay Gale presented the report.\n\n2 Minutes\n\nAgreed.\n")
    assert keys(parse(text).apologies) == ["cy dunn", "di eve"]


def test_initials_written_together_under_a_title():
    text = ("Elmley Cabinet\n\n60.\n\nAPOLOGIES FOR ABSENCE\n\nMinutes:\n\n"
            "Apologies were received from Councillors DG Brook and P Cole.\n\n61.\n\nDECLARATIONS\n\nNone.\n")
    assert keys(parse(text).apologies) == ["dg brook", "p cole"]
    text = "Elmley Cabinet\n\n1. Apologies\n\nApologies were received from Cllr JR Cole and Ada Brook.\n\n2. Minutes\n"
    assert keys(parse(text).apologies) == ["jr cole", "ada brook"]


def test_capitals_before_a_word_without_a_title_are_no_initials():
    text = "Elmley Board\n\n1. Apologies\n\nApologies were received from NHS Elmley and Ada Brook.\n\n2. Minutes\n"
    assert keys(parse(text).apologies) == ["ada brook"]


def test_a_comma_lost_between_bracketed_entries():
    text = ("Elmley Board\n\nApologies for Absence\n\nApologies were received from Dr Ada Brook (ECG), Ben Cole "
            "(EH) Cy Dunn (Your Care), and Di Eve (AfC).  Dr Fay Gale (ECG) attended the meeting.\n\n"
            "Minutes\n\nAgreed.\n")
    paper = parse(text)
    assert keys(paper.apologies) == ["ada brook", "ben cole", "cy dunn", "di eve"]
    assert "fay gale" not in keys(paper.apologies)


def test_an_organisation_after_a_bracket_is_no_second_person():
    text = ("Elmley Board\n\n1. Apologies\n\nApologies were received from Ben Cole (Chair) Elmley Council and "
            "Di Eve.\n\n2. Minutes\n")
    assert "elmley council" not in keys(parse(text).apologies)


def test_an_apologies_label_whose_colon_was_lost():
    text = ("Elmley Board\n\nPresent\nAda Brook, Chair\n\nApologies Ben Cole, Elmley Police; Cy Dunn, Elmley "
            "Council\n\n1. Welcome\n")
    paper = parse(text)
    assert keys(paper.apologies) == ["ben cole", "cy dunn"]
    assert keys(paper.attendees) == ["ada brook"]


def test_words_after_apologies_that_are_no_name():
    for line in ("Apologies Received Are Noted Above", "Apologies Were Noted, as Above",
                 "Apologies Minutes: none were received", "Apologies Ada Brook"):
        paper = parse(f"Elmley Board\n\n{line}\n\nPresent\nAda Brook, Chair\nBen Cole, Member\n\n1. Welcome\n")
        assert paper.apologies == [], line
        assert keys(paper.attendees) == ["ada brook", "ben cole"], line


def test_a_titled_name_glued_after_the_last_entrys_organisation():
    text = ("Elmley Board\n\nPresent\nAda Brook, Chair\n\nApologies Ben Cole, Police Commissioner for Elmley , "
            "Police Commissioner for Oakham Cllr Cy Dunn, Elmley Local Government Association\n\n"
            "1. Chair's opening address 1.1 Ada Brook welcomed everyone to the meeting.\n")
    assert keys(parse(text).apologies) == ["ben cole", "cy dunn"]


def test_a_titled_name_after_a_word_of_standing_in_is_not_split_off():
    text = "Elmley Board\n\nApologies: Ben Cole, Elmley Police, Substitute Cllr Cy Dunn\n\n1. Welcome\n"
    assert keys(parse(text).apologies) == ["ben cole"]
    text = "Elmley Board\n\nApologies: Ben Cole, Deputising for Cllr Cy Dunn\n\n1. Welcome\n"
    assert "cy dunn" not in keys(parse(text).apologies)


def test_a_sentence_whose_names_run_together_in_pairs():
    text = ("Elmley Group\n\nApologies Minutes: Apologies for absence were intimated by:- Councillor Ada Brook Ben "
            "Cole June Dunn Di Eve |\n\n2. Minutes\n")
    assert keys(parse(text).apologies) == ["ada brook", "ben cole", "june dunn", "di eve"]


def test_a_run_that_cannot_be_cut_into_pairs_reads_nothing():
    for names in ("Ada Brook Ben Cole Smith Cy Dunn",  # an odd word: a three-word name somewhere
                  "Ada Brook Ben Cole Elmley Council"):  # an organisation
        text = f"Elmley Group\n\n1. Apologies\n\nApologies for absence were received from {names}.\n\n2. Minutes\n"
        assert parse(text).apologies == [], names
    # two names only are not cut into pairs (the run is read as before)
    text = "Elmley Group\n\n1. Apologies\n\nApologies for absence were received from Ada Brook Ben Cole.\n\n2. Minutes\n"
    assert keys(parse(text).apologies) != ["ada brook", "ben cole"]


def test_the_following_apologies_sentence_with_a_councillors_run_and_substitutes():
    text = ("Elmley Scrutiny Board\n\nMinutes: The Board received the following apologies and notification of "
            "substitutes.\nCouncillor Brook (Cllr J Cole attending as substitute) Councillor Dunn (Cllr Eve attending "
            "as a substitute) Councillor Senior Councillor Gale Councillor Hart Ida Ince- Co-opted School Staff "
            "Representative\nMinutes - 25 January 2031 PDF 161 KB To approve as a correct record\n")
    paper = parse(text)
    assert keys(paper.apologies) == ["brook", "dunn", "senior", "gale", "hart", "ida ince"]
    assert not {"j cole", "eve"} & set(keys(paper.apologies))  # the substitutes came
    text = ("Elmley Board\n\n1. Apologies\nThe Board received the following apologies.\nBen Cole, Elmley Police\n"
            "Cy Dunn, Oakham Trust\n\n2. Minutes\n")
    assert keys(parse(text).apologies) == ["ben cole", "cy dunn"]


def test_a_councillors_run_that_does_not_read_whole_reads_nothing_of_it():
    for run in ("Councillor Brook (Elmley Council) Councillor Dunn Councillor Gale",  # an organisation's bracket
                "Councillor Brook Councillor Chair Councillor Gale",  # a chair word after the title
                "Councillor Brook Councillor Dunn"):  # two titles only
        text = f"Elmley Board\n\nThe Board received the following apologies.\n{run}\n\n1. Minutes\nAgreed.\n"
        assert "gale" not in keys(parse(text).apologies), run


def test_sent_apologies_label_and_a_repeated_from():
    head = "Elmley Board\n\nMinutes of the meeting held on 3 May 2031\n\nPresent: Ada Brook, Ben Cole\n\n"
    paper = parse(head + "1. Welcome\nSent apologies: Cy Dunn, Di Eve\n\n2. Minutes\nAgreed.\n")
    assert keys(paper.apologies) == ["cy dunn", "di eve"]
    assert keys(paper.attendees) == ["ada brook", "ben cole"]
    paper = parse(head + "Sent Apologies\nCy Dunn, Elmley Police\nDi Eve\n\n1. Minutes\nAgreed.\n")
    assert keys(paper.apologies) == ["cy dunn", "di eve"]
    paper = parse(head + "1. Welcome\nApologies were received from Cy Dunn and from Di Eve.\n\n2. Minutes\nAgreed.\n")
    assert keys(paper.apologies) == ["cy dunn", "di eve"]


def test_a_post_before_the_names_and_a_relative_clause_after_one():
    head = "Elmley Board\n\nMinutes of the meeting held on 3 May 2031\n\nPresent: Ada Brook, Ben Cole\n\n1. Welcome\n"
    end = "\n\n2. Minutes\nAgreed.\n"
    for sentence, want in (
            ("Apologies were received from the Chair and Cy Dunn.", ["cy dunn"]),  # the post is no name
            ("Apologies were received from the Director of Housing and Cy Dunn.", ["cy dunn"]),
            ("Apologies were received from the Chairman, Cllr Cy Dunn, and Di Eve.", ["cy dunn", "di eve"]),
            ("Apologies were received from Cy Dunn who was represented by Di Eve.", ["cy dunn"]),
            ("Apologies were received from the Chair and the Vice Chair.", []),
            ("Apologies were received from Elmley Council and Oakham Police.", [])):
        paper = parse(head + sentence + end)
        assert keys(paper.apologies) == want, sentence
        assert keys(paper.attendees) == ["ada brook", "ben cole"], sentence
