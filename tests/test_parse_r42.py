"""Titles and chairs that nothing chose, on boards never seen (issue 13, round 42).

Invented names and bodies. A chair written in general words no other reader takes ('Chairing:', 'Presiding:',
'(presiding)', 'in the Chair' inside a run, 'X presided', 'X agreed to chair the meeting', a '(Chair)' cell under
its name's row) is read when nothing else names a chair, and only for a listed attendee; a paper whose heading no
rule read gets the body's name from its first heading-shaped opening line, and never from a label, a sentence, a
person's line, a paper kind's heading or a line with a number.
"""
from __future__ import annotations

from parse_fixtures import parse

_HEAD = "Elmley Board\n\n3 March 2031\n\n"
_ITEMS = "\n\n1. Apologies\n\nNone were received.\n\n2. Minutes\n\nThe minutes were agreed.\n"
_PRESENT = "Present: Ada Brook, Ben Cole, Cara Dunn"


def _chair(text: str) -> str | None:
    paper = parse(text)
    return paper.chair.name if paper.chair else None


def test_a_chairing_or_presiding_label_names_the_chair():
    for label in ("Chairing", "Presiding", "Presided by", "Chairing the meeting", "Chair for this meeting", "Chaired"):
        assert _chair(f"{_HEAD}{label}: Ada Brook\n\n{_PRESENT}{_ITEMS}") == "Ada Brook", label


def test_presiding_or_chairing_beside_a_listed_name():
    assert _chair(f"{_HEAD}Present: Ada Brook, Ben Cole (presiding), Cara Dunn{_ITEMS}") == "Ben Cole"
    assert _chair(f"{_HEAD}Present: Ada Brook (Chairing), Ben Cole, Cara Dunn{_ITEMS}") == "Ada Brook"
    assert _chair(f"{_HEAD}Present: Ada Brook (Clerk, presiding), Ben Cole, Cara Dunn{_ITEMS}") == "Ada Brook"


def test_in_the_chair_without_brackets_inside_a_run():
    assert _chair(f"{_HEAD}Present: Ada Brook in the Chair, Ben Cole, Cara Dunn{_ITEMS}") == "Ada Brook"


def test_the_minutes_words_that_say_who_chaired():
    for sentence in ("Ben Cole presided.", "Ben Cole agreed to chair the meeting.", "Meeting chaired by Ben Cole.",
                     "In Cara Dunn's absence Ben Cole was appointed to chair the meeting."):
        assert _chair(f"{_HEAD}{_PRESENT}\n\n1. Welcome\n\n{sentence}\n") == "Ben Cole", sentence


def test_a_chair_cell_alone_under_its_row():
    text = f"{_HEAD}Present:\nAda Brook   Elmley Council\n(Chair)\nBen Cole   Elmley Police\nCara Dunn   Elmley NHS{_ITEMS}"
    assert _chair(text) == "Ada Brook"


def test_words_that_name_no_chair_of_this_meeting():
    assert _chair(f"{_HEAD}{_PRESENT}\n\n1. Welcome\n\nBen Cole presided over the Finance Panel last year.\n") is None
    assert _chair(f"{_HEAD}{_PRESENT}\n\n1. Welcome\n\nBen Cole agreed to chair the next meeting of the Panel.\n") is None
    assert _chair(f"{_HEAD}{_PRESENT}\n\n1. Welcome\n\nDan Ellis took the chair for item 5.\n") is None


def test_a_chair_said_outright_is_taken_though_the_list_leaves_the_name_out():
    for sentence in ("It was agreed that Dan Ellis will chair this meeting.", "Dan Ellis presided.",
                     "Dan Ellis took the chair.", "The meeting was chaired by Dan Ellis."):
        assert _chair(f"{_HEAD}{_PRESENT}\n\n1. Welcome\n\n{sentence}\n") == "Dan Ellis", sentence


def _title(first: str) -> str | None:
    return parse(first + "\n\nPresent: Ada Brook, Ben Cole, Cara Dunn" + _ITEMS).title


def test_a_heading_line_naming_a_body_is_the_title_when_nothing_else_was():
    assert _title("Kestrel Vale Community Forum Meeting held on 3 March 2031") == "Kestrel Vale Community Forum"
    assert _title("Kestrel Vale Parish Council held at Kestrel Hall on 3 March 2031") == "Kestrel Vale Parish Council"
    assert _title("Skip to content\nKestrel Vale Friends Group Meeting Thursday 3 March 2031 7pm") \
        == "Kestrel Vale Friends Group"


def test_lines_that_are_no_heading_give_no_title():
    for first in ("Venue: Elmley Community Council Offices", "The Elmley Board welcomed Ben Cole to the meeting",
                  "Home / Council / Elmley Parish Council", "Elmley Partnership Board Annual Report 2030/31",
                  "Contact: Ada Brook  Elmley Committee Services"):
        assert _title(first) is None, first


def test_a_body_named_by_a_general_body_word_is_cut_from_its_frame():
    # 'association', 'trust', 'cabinet', 'authority', 'commission' end a body's name as 'board' does
    assert _title("Minutes of the Kestrel Vale Residents Association") == "Kestrel Vale Residents Association"
    assert _title("Annual General Meeting of the Kestrel Vale Trust") == "Kestrel Vale Trust"
    assert _title("Monthly Meeting of the Kestrel Vale Youth Cabinet") == "Kestrel Vale Youth Cabinet"


def test_a_persons_line_is_no_title_even_with_a_body_after_it():
    for first in ("Councillor Ada Brook Elmley Borough Council", "Cllr A Brook, Elmley Board",
                  "Ada Brook Director of Place"):
        assert _title(first) is None, first
    assert _title("Councillor Forum") == "Councillor Forum"  # a body word after the personal title


def test_the_chair_word_right_before_or_after_the_name_of_who_opened():
    for sentence in ("The Chair (Ben Cole) welcomed everyone.", "The Chair Ben Cole opened the meeting.",
                     "Chair Ben Cole welcomed everyone.", "BC (Chair) welcomed everyone to the meeting."):
        assert _chair(f"{_HEAD}{_PRESENT}\n\n1. Welcome\n\n{sentence}\n") == "Ben Cole", sentence
    assert _chair(f"{_HEAD}Meeting opened by the Chair, Ben Cole, at 7pm.\n{_PRESENT}{_ITEMS}") == "Ben Cole"
    assert _chair(f"{_HEAD}{_PRESENT}\n\n1. Welcome\n\nThe Vice Chair Ben Cole welcomed everyone.\n") is None


def test_the_one_letter_chair_key_when_no_other_name_carries_a_code():
    listed = "Present:\n\nAda Brook - Elmley Council\n\nBen Cole (C) - Elmley Police\n\nCara Dunn - Elmley NHS"
    assert _chair(f"{_HEAD}{listed}{_ITEMS}") == "Ben Cole"
    party = "Present:\n\nAda Brook (L) - Elmley Ward\n\nBen Cole (C) - Kestrel Ward\n\nCara Dunn (LD) - Vale Ward"
    assert _chair(f"{_HEAD}{party}{_ITEMS}") is None  # party letters: '(C)' is no chair key here


def test_a_one_line_page_gives_the_heading_before_its_date():
    from ingest.parse.heading_fallback import heading_title
    from ingest.parse.lines import split_lines
    from ingest.parse.vocab import load_vocabulary

    line = ("Kestrel Vale Friends Group Thursday 3 March 2031 at 7pm in Kestrel Hall, where Ada Brook welcomed Ben "
            "Cole and Cara Dunn, and the minutes of the last meeting were agreed as a true record of it")
    found = heading_title(split_lines(line), load_vocabulary())
    assert found is not None and found[0] == "Kestrel Vale Friends Group" and line[slice(*found[1])] == found[0]
    assert heading_title(split_lines("Ada Brook welcomed everyone to the Kestrel Vale Friends Group"),
                         load_vocabulary()) is None


def test_a_status_word_an_occasion_and_a_frame_left_by_a_cut_go_with_it():
    assert _title("Kestrel Parish Council Draft Minutes") == "Kestrel Parish Council"
    assert _title("Kestrel Residents' Association AGM") == "Kestrel Residents' Association"
    assert _title("Minutes of the Kestrel Friends Group AGM") == "Kestrel Friends Group"
    assert _title("Kestrel Parish Council Minutes of Meeting") == "Kestrel Parish Council"
