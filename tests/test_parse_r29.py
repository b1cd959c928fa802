"""Attendance rules of round 29 (issue 13): false attendees and missed lists on layouts first met in blind22/23.

Invented names and bodies: a possessive or quoted word is in no person's name ('Councillor’s Apology:',
'Commander 'N' Division'); a title opens a name, so a place before it is no part of it; a name written with
initials before a role with no separator ('Dr A. Brook Medical Director'); 'Name, Role; Name, Role' lines whose
roles are no people; a heading and a dash before a name with its bracket ('Elmley Close – Ada Brook (Rep)');
a role word as a 'surname' ('Attorney General', 'Senior Presiding Judge').
"""
from __future__ import annotations

from ingest.parse.lines import Line
from ingest.parse.people import looks_like_person, parse_entry
from ingest.parse.vocab import load_vocabulary
from parse_fixtures import parse


def _names(people) -> list[str]:
    return [p.name for p in people]


def _entry(text: str):
    return parse_entry(Line(0, 0, len(text), text, False), load_vocabulary())


def test_possessive_and_quoted_words_are_in_no_name():
    vocab = load_vocabulary()
    for value in ("Councillor’s Apology", "Acting Chairman’s Introduction", "Queen’s Bench Division",
                  "Divisional Commander ’N’ Division", "Superintendent ‘Q’ Division"):
        assert not looks_like_person(value, vocab, in_slot=True), value
    assert looks_like_person("Ada O’Neill", vocab, in_slot=True)


def test_a_title_inside_a_run_opens_the_name():
    vocab = load_vocabulary()
    assert not looks_like_person("South Elmley Mr Ben Cole", vocab, in_slot=True)
    assert looks_like_person("Cllr Mrs Ada Brook", vocab, in_slot=True)
    assert looks_like_person("Deputy Chief Constable Ada Brook", vocab, in_slot=True)
    assert looks_like_person("Ada Lord", vocab, in_slot=True)  # a title word as the surname


def test_role_words_as_a_surname_are_no_person():
    vocab = load_vocabulary()
    assert not looks_like_person("Attorney General", vocab, in_slot=True)
    assert not looks_like_person("Senior Presiding Judge", vocab, in_slot=True)


def test_initials_and_a_surname_before_a_role_with_no_dash():
    entry = _entry("Dr A. Brook Medical Director and voting member")
    assert entry is not None and entry.person.name == "Dr A. Brook"
    entry = _entry("Ada Brook Director of Housing")
    assert entry is not None and entry.person.name == "Ada Brook"


def test_a_heading_and_a_dash_before_a_bracketed_name():
    entry = _entry("Elmley Close – Ada Brook (Close Representative),")
    assert entry is not None and entry.person.name == "Ada Brook"
    entry = _entry("Ada Brook – Elmley Council (Chair)")
    assert entry is not None and entry.person.name == "Ada Brook"


def test_name_role_pieces_between_semicolons_and_a_whose_apologies_label():
    text = ("ELMLEY COMMUNITY JUSTICE GROUP\nMinutes of meeting held on 2 March 2011\n\n"
            "Members Present:\nElmley Council\nA Brook (Depute), B Cole\n\n"
            "Councillor’s Apology:\nElmley Council\nC Dale\n\n"
            "Attending:\nElmley Police\nD Eve, Divisional Commander ’N’ Division; E Fox, Superintendent ‘Q’ Division\n"
            "\n1 Declaration of Interests\n   No interests were declared.\n")
    paper = parse(text)
    assert "Councillor’s Apology" not in _names(paper.attendees)
    assert _names(paper.apologies) == ["C Dale"]
    assert {"D Eve", "E Fox"} <= set(_names(paper.attendees))
    assert not any("Division" in n for n in _names(paper.attendees))


def test_unlabelled_lines_of_names_with_bare_initials_are_read_by_the_fallback():
    text = ("Minutes of the patient group meeting Thursday 3rd March 3.30pm Elmley Surgery\n\n\n"
            "Ada Brook (Practice Manager) AB\n\nBen Cole BC\n\nCy Dale CD\n\nDi Eve DE\n\n\nApologies: None\n\n"
            "1)    Welcome by AB\n\n2)    Approval of previous minutes\n")
    paper = parse(text)
    assert _names(paper.attendees) == ["Ada Brook", "Ben Cole", "Cy Dale", "Di Eve"]
    assert any("fallback" in w for w in paper.warnings)


def test_square_bracketed_initials_between_semicolons_and_apologies_given_by_initials():
    text = ("A Meeting of the Elmley School Governing Board\n\nwas held in the library on Thursday 5th March 2020.\n\n\n"
            "Mr A Brook [AB] Chair (FG); Mrs B Cole [BC] Vice Chair (FG); Mr CD Dale [CD] (FG)\n\n"
            "Dr D Eve [DE] (PG); Ms E Fox [EF] (SG); Mr F Gale [FG] (LA)\n\n"
            "(FG) Foundation Governor; (PG) Parent Governor; (SG) Staff Governor; (LA) Local Authority Governor\n\n\n"
            "To receive apologies.\n\nThe Clerk was in receipt of apologies from CD and EF, which were consented.\n")
    paper = parse(text)
    assert _names(paper.attendees) == ["Mr A Brook", "Mrs B Cole", "Dr D Eve", "Mr F Gale"]
    assert _names(paper.apologies) == ["Mr CD Dale", "Ms E Fox"]



def test_a_comma_run_of_initialled_names_under_headings_with_no_colon():
    text = ("Board Meeting Minutes\nMeeting\n3 March 2014, Elmley House, London\nChair Person\nAda Brook (AB)\n"
            "Members\nBen Cole (BC), Cy Dale (CD), Di Eve (DE) & Ed Fox (EF)\nHal Ives\nElmley Council\nElmley Staff\nFlo Gale (FG), Gus Hale (GH)\n"
            "Item\n1.\nWelcome\nThere were no apologies.\n")
    paper = parse(text)
    # three lines with no initials between two runs end the block: the first, longer one is taken
    assert _names(paper.attendees) == ["Ada Brook", "Ben Cole", "Cy Dale", "Di Eve", "Ed Fox"]
    assert any("fallback" in w for w in paper.warnings)


def test_an_initials_block_never_runs_over_an_apologies_label():
    from ingest.parse.fallback_block import read_initialled
    text = ("Notes of meeting on 3 March 2007 Attendees: Ada Brook (AB - Chair), Ben Cole (BC for Cy Dale) "
            "Apologies: - Di Eve (DE), Ed Fox (EF), Flo Gale (FG), Gus Hale (GH), Action 1. Apologies\n")
    assert read_initialled(text, load_vocabulary()) is None


def test_a_sub_heading_over_titled_names_with_no_separator():
    text = ("ELMLEY HEALTH COUNCIL\n\nMinutes of a meeting held on Friday 3rd March 2013 in Elmley Hall.\n\n"
            "Present: Council Members: Cllr Mrs A Brook – Chairman Mrs B Cole – Vice Chairman\n\n"
            "Co-opted Members: Mr C Dale Mrs D Eve Mr E Fox Mrs F Gale\n\n"
            "1. Declarations of Interest: There were none.\n")
    paper = parse(text)
    assert {"Mr C Dale", "Mrs D Eve", "Mr E Fox", "Mrs F Gale"} <= set(_names(paper.attendees))


def test_a_semicolon_typed_for_the_colon_after_a_list_label():
    text = ("Patient Group Minutes 10th January 2024\n\nPRESENT: Ada B (Chair), Ben C (Notes), Cy D, Di E.\n\n"
            "APOLOGIES; Ed F, Flo G, Gus H\n\nMinutes of the last meeting agreed and accepted.\n\n"
            "Item 1.  Forms\n\nBen has updated the form.\n")
    paper = parse(text)
    assert _names(paper.apologies) == ["Ed F", "Flo G", "Gus H"]


def test_posts_with_their_holders_in_brackets_run_on_one_line_between_bullets():
    text = ("ELMLEY JUSTICE BOARD MINUTES\n\n10 October 2016 16:00 Room 9, Elmley House\n\nAttendees:\n\n"
            " Secretary of State for Justice (The Rt Hon Ada Brook MP) - AB \uf0b7 Director of Public Prosecutions "
            "(Ben Cole) - BC \uf0b7 Chief Executive, Elmley Council (Cy Dale) - CD \uf0b7 Deputy Director of Elmley "
            "Police (Sir Di Eve) - DE\n\nApologies:\n\n Home Secretary (The Rt Hon Ed Fox MP) \uf0b7 Non-executive "
            "Board Member (Sir Flo Gale) \uf0b7 Chief Officer, Elmley Police (Gus Hale)\n\nAgenda items 1: Introduction\n\n1. The chair thanked members.\n")
    paper = parse(text)
    assert _names(paper.attendees) == ["Ada Brook", "Ben Cole", "Cy Dale", "Sir Di Eve"]
    assert _names(paper.apologies) == ["Ed Fox", "Sir Flo Gale", "Gus Hale"]


def test_a_bracket_after_a_post_holds_a_person_only():
    assert _entry("Virtual Public Meeting (Accessible Remotely)") is None
    assert _entry("Assistant Director, Research (Consultant Clinical Biochemist)") is None
    entry = _entry("Ada Brook – AB (Elmley Reading)")
    assert entry is None or entry.person.name == "Ada Brook"
