"""Run-on name lists (round 13): attendance lists flattened into one line with no separator between entries.

Invented names, places and organisations. Each test is one layout and its near-misses.
"""
from __future__ import annotations

from parse_fixtures import chair, keys, parse

from ingest.parse.lines import Line
from ingest.parse.name_run import bare_run, titled_run
from ingest.parse.vocab import load_vocabulary

TOP = "Minute of Meeting\n\nElmshire Council\n\nDate Time Venue 14 March 2011 11am Council Chambers\n\n"
BODY = "\n\n1. Welcome\n\nThe Provost welcomed everyone to the meeting.\n"


def _line(text: str) -> Line:
    return Line(0, 0, len(text), text, False)


def test_a_sederunt_of_titled_members_is_cut_at_each_title():
    paper = parse(TOP + "Present:\n\nProvost Brook (Chair) Depute Provost Cole Councillor Dee – Depute Council "
                  "Leader Councillor Eve Councillor Fox-Gale Councillor McInnes\n\nIn attendance:\n\n"
                  "Ada Hale, Chief Executive" + BODY)
    assert keys(paper.attendees)[:6] == ["brook", "cole", "dee", "eve", "fox-gale", "mcinnes"]
    assert chair(paper) == "brook"


def test_a_titled_run_with_an_organisation_after_a_name_is_not_a_sederunt():
    vocab = load_vocabulary()
    run = "Councillor Ada Brook Elmshire Council Councillor Ben Cole Councillor Cy Dee"
    assert titled_run(_line(run), vocab) is None
    assert titled_run(_line("Councillor Brook Councillor Cole"), vocab) is None  # two: too few to tell
    assert titled_run(_line("Apologies from Councillor Brook Councillor Cole Councillor Dee"), vocab) is None
    assert titled_run(_line("Councillor Brook (Elmshire) Councillor Cole Councillor Dee"), vocab) is None


ROLES = ("Ada Brook, Police and Crime Commissioner for Elmshire and Chair of the Regional Policing Group "
         "Ben Cole, Deputy Police and Crime Commissioner for Oakham Cy Dee, Chief Constable, "
         "Dee Eve, Chief Constable, Elmshire Police Finn Gale, Director General, Education & Public Services, "
         "Elmshire Government Gus Hale, Head of Crime and Justice Team, Elmshire Government "
         "Superintendent Ivy Jay, Police Liaison Unit Kit Lee, Chief Executive, Oakham Commissioner’s Team")


def test_a_run_on_name_role_list_after_its_label_is_cut_before_each_name():
    paper = parse("Elmshire Policing Board\n\nMinutes\n\nAttendees: " + ROLES + BODY)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "dee eve", "finn gale", "gus hale", "ivy jay",
                                     "kit lee"]
    assert all(p.org is None for p in paper.attendees)  # after the commas a role runs on: no organisation


def test_a_run_on_name_role_line_under_its_label_is_cut_before_each_name():
    paper = parse(TOP + "In attendance:\n\n" + ROLES + BODY)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "dee eve", "finn gale", "gus hale", "ivy jay",
                                     "kit lee"]


def test_titled_names_with_no_separator_on_a_short_line():
    paper = parse(TOP + "In attendance:\n\nAda Hale, Chief Executive\n\nMrs E. Brook Mr V. Cole" + BODY)
    assert keys(paper.attendees) == ["ada hale", "e. brook", "v. cole"]


BARE = ("Present: Cllr Ada ap Brook Elmshire County Council Ben Cole Elmshire County Council Chief Executive "
        "Cy Dee Oakham Vale University Health Board Dee Eve-Ross Oakham Vale University Health Board Finn Gale Welsh "
        "Government Chief Insp. Gus Hale Elmshire Police Cllr Ivy Jay Chair, Young People Executive Group "
        "Kit Lee Northam Fenwick Trust Lou Mace Department for Work and Pensions")


def test_a_list_of_names_and_organisations_with_no_separator_is_cut_at_the_names():
    paper = parse("Elmshire Services Board\n\n" + BARE + "\n\nApologies: Nia Orr, Elmshire Police\n\n1. Welcome\n")
    assert keys(paper.attendees) == ["ada ap brook", "ben cole", "cy dee", "dee eve-ross", "finn gale", "gus hale",
                                     "ivy jay", "lou mace"]
    # 'Kit Lee Northam Fenwick': where the name ends is not known; left out, and said so
    assert any("Kit Lee Northam Fenwick" in w for w in paper.warnings)


def test_a_bare_run_is_not_read_where_separators_are_written():
    vocab = load_vocabulary()
    for value in ("Ada Brook, Ben Cole, Cy Dee and Dee Eve Elmshire Council",
                  "Ada Brook Elmshire Council; Ben Cole Oakham Trust; Cy Dee Elmshire Police",
                  "Ada Brook (Elmshire Council) Ben Cole (Oakham Trust) Cy Dee (Elmshire Police)",
                  "Ada Brook – Elmshire Council Ben Cole – Oakham Trust Cy Dee – Elmshire Police"):
        assert bare_run(_line(value), value, vocab) is None, value
    value = "Ada Brook Elmshire Council Ben Cole Oakham Trust"  # two people: too few to tell
    assert bare_run(_line(value), value, vocab) is None


def test_semicolons_separate_name_and_organisation_entries_and_commas_stay_inside():
    paper = parse(TOP + "Present: Ada Hale, Chief Executive\n\nApologies: Ada Brook, Elmshire Vale Trust; "
                  "Supt. Ben Cole, Oakham Police; Cy Dee, Northam Futures Executive Group; "
                  "Dee Eve, Head of Youth Services; "
                  "Cllr 1 Finn Gale, Chair, Elmshire Care Executive Group; Gus Hale, Oakham Police and Crime "
                  "Commissioner; Iv" + BODY)
    # 'Elmshire Vale', 'Northam Futures' are organisations after a comma, never a second person; '1' is a page number
    assert keys(paper.apologies) == ["ada brook", "ben cole", "cy dee", "dee eve", "finn gale", "gus hale"]


def test_commas_still_separate_names_when_semicolons_do_not_close_entries():
    paper = parse(TOP + "Present: Ada Hale, Chief Executive\n\nApologies: Ada Brook, Ben Cole; Cy Dee" + BODY)
    assert keys(paper.apologies) == ["ada brook", "ben cole", "cy dee"]


def test_a_sederunt_on_the_labels_own_line():
    paper = parse(TOP + "Present: Provost Brook (Chair) Councillor Cole Councillor Dee Councillor Eve\n\n"
                  "In attendance: Ada Hale, Chief Executive" + BODY)
    assert keys(paper.attendees) == ["brook", "cole", "dee", "eve", "ada hale"]
    assert chair(paper) == "brook"


def test_semicolons_between_groups_of_names_leave_the_commas_separating_people():
    paper = parse(TOP + "Present: Ada Hale, Chief Executive\n\nApologies: Ada Brook, Ben Cole; Cy Dee, Dee Eve; "
                  "Finn Gale, Gus Hale" + BODY)
    assert keys(paper.apologies) == ["ada brook", "ben cole", "cy dee", "dee eve", "finn gale", "gus hale"]
