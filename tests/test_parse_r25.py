"""Titles, chairs, items and actions on layouts of the nineteenth and twentieth blind sets (issue 13, round 25).

Invented names and bodies: a two-column table flattened column by column (names, then ' / ' after the last name,
then the roles in the same order), lines at the top that never name the paper (a table's column heads, a
protective marking, a pack's minute range, kind words alone, prose with no full stop, an unlabelled list of
names with post-nominal letters).
"""
from __future__ import annotations

from ingest.names import person_key
from ingest.parse.items import find_items
from ingest.parse.lines import split_lines
from ingest.parse.vocab import load_vocabulary
from parse_fixtures import chair, parse

_COLUMNS = ("MINUTES OF THE MEETING OF THE ELMLEY HEALTH TRUST BOARD, HELD ON THURSDAY 4 MAY 2031 AT THE HALL\n\n"
            "PRESENT:\nAda Brook\nBen Cole\nCy Dale\nDora Eve / Chairman of the Board\nMedical Director\n"
            "Non Executive Director\nDirector of Finance\nAPOLOGIES\nEd Fox\nFlo Gale / Non Executive Director\n"
            "Director of Care\n31/18 / PROCEDURAL MATTERS\nThe Chairman welcomed all to the meeting.\n")


def test_a_role_column_flattened_after_the_last_name_is_read_by_position():
    assert chair(parse(_COLUMNS)) == person_key("Ada Brook")


def test_a_role_column_of_another_length_gives_no_chair_by_position():
    text = _COLUMNS.replace("Director of Finance\n", "")  # three roles for four names: not mapped
    assert chair(parse(text)) != person_key("Ada Brook")


def test_column_heads_and_kind_words_at_the_top_give_no_title():
    text = ("Time Item Papers\n\nMinutes and Actions\n\n  1. Minutes of 9 May\n11:10 Update from the chair\n\n"
            "  • Ada Brook (AB): Chair\n  • Ben Cole (BC): Officer\n")
    assert parse(text).title is None


def test_an_unlabelled_list_of_names_with_post_nominals_gives_no_title():
    text = ("10 March 2031\n\n\nAda Brook MLA\nBen Cole MLA\nCy Dale MLA\nDora Eve, Elmley Fish\n\n"
            "In Attendance :\nEd Fox, Company Secretary\n\n1. Apologies:\n\nFlo Gale.\n")
    assert parse(text).title is None


def test_a_marking_and_a_minute_range_are_no_title():
    text = ("OFFICIAL SENSITIVE DRAFT – TO BE RATIFIED\n\nELB (M) 31/03 Minutes: 59 - 83 ELMLEY BOARD\n\n"
            "Minutes of the Meeting of the Elmley Health Board held in the Hall on Tuesday 25th June 2031\n\n"
            "PRESENT\n\nAda Brook (in the Chair)\n\nBen Cole Cy Dale\n")
    assert parse(text).title != "OFFICIAL SENSITIVE DRAFT – TO BE RATIFIED"
    assert "59 - 83" not in (parse(text).title or "")


def test_prose_with_no_full_stop_is_no_title():
    text = ("Elmley Group welcomed Ada Brook who was replacing Ben Cole as the lead\n"
            "Cy Dale to send the pack to Ada Brook. FINANCE UPDATE Finance Update 2031\n")
    assert parse(text).title is None


def test_a_heading_with_a_column_word_among_others_is_still_a_title():
    text = "Elmley Action Partnership\n\nPresent: Ada Brook, Ben Cole\n\n1. Minutes\n\nAgreed.\n"
    assert parse(text).title == "Elmley Action Partnership"


def test_minute_numbers_with_their_year_in_a_flattened_cell_keep_the_year():
    text = ("Director of Care\n31/18 / RESOLUTION TO MEET IN CLOSED SESSION\nThe press were excluded.\n"
            "32/18 / PROCEDURAL MATTERS\nThe Chairman welcomed all.\n33/18 / FINANCE REPORT\nThe report was noted.\n")
    found = find_items(split_lines(text), text, 0, vocab=load_vocabulary())
    assert [i.number for i in found] == ["31/18", "32/18", "33/18"]
    assert found[0].heading == "RESOLUTION TO MEET IN CLOSED SESSION"


def test_the_papers_own_header_numbered_one_is_no_item():
    text = ("1. ELMLEY HEALTH TRUST Minutes of a Public meeting of the Elmley Health Trust Board held on Wednesday "
            "4 May 2031 at 11.00 am in the Great Hall, Elmley\nPRESENT: Mr A Brook, Chairman Mr B Cole, Director\n"
            "OPENING REMARKS The Chairman welcomed everyone.\n")
    assert parse(text).items == []


def test_approving_earlier_minutes_held_on_a_date_is_still_an_item():
    text = ("Elmley Board\n\nPresent: Ada Brook, Ben Cole\n\n1. Minutes of the meeting held on 4 April 2031\n\n"
            "Agreed.\n\n2. Matters arising\n\nNone.\n")
    assert [i.number for i in parse(text).items] == ["1", "2"]


def test_timed_agenda_papers_numbered_one_under_each_heading_are_no_items():
    text = ("Time Item Papers\n\nMinutes and Actions\n\n  1. Minutes of 9 May\n11:10 Update from the chair\n"
            "11:20 Agree timeline for publication\n  1. Draft timeline\n11:50 Any other business\n")
    assert parse(text).items == []


def test_the_board_as_a_whole_owns_no_named_action():
    text = ("Elmley Board Meeting\n\nPresent: Ada Brook (Chair), Ben Cole\n\n1. Expenses\n\n"
            "Action: Board to send their bank details to Cy.\n"
            "Action: Board Designate to each write a short biography for the website.\n")
    actions = parse(text).actions
    assert len(actions) == 2 and all(a.owners == [] for a in actions)


def test_a_plural_group_still_owns_its_action():
    text = ("Elmley Chairs Meeting\n\nPresent: Ada Brook (Chair), Ben Cole\n\n1. Reviews\n\n"
            "Action: Chairs to send good practice examples to Ben Cole.\n")
    assert parse(text).actions[0].owners == ["Chairs"]


_DASHED = ("Elmley Trust Board\n\n10 March 2031\n\nPresent:\nAda Brook (Chair)\nBen Cole\nCy Dale\n\n"
           "1. Speakers\n\nIt was agreed that letters would be sent.\n\n"
           "Action: Thank you letters to guest speakers – Ben Cole\n2. Visit\n\nThe Board agreed a programme.\n\n"
           "Action: To circulate the finalised programme and travel details – Cy\n3. Close\n")


def test_an_owner_after_a_spaced_dash_ends_the_action():
    actions = parse(_DASHED).actions
    assert [(a.text, a.owners) for a in actions] == [
        ("Thank you letters to guest speakers", ["Ben Cole"]),
        ("To circulate the finalised programme and travel details", ["Cy Dale"])]


def test_a_status_after_a_spaced_dash_is_no_owner():
    text = _DASHED.replace("– Ben Cole", "– BC COMPLETE")
    assert "BC COMPLETE" not in [o for a in parse(text).actions for o in a.owners]


def test_an_owner_label_under_a_lead_in_and_its_points_takes_the_whole_sentence():
    text = ("Elmley Team\n\nPresent: Ada Brook (Chair), Ben Cole\n\n3.0     Reports\n"
            "3.1     The Chair and Ben Cole will meet to:\n"
            "             agree who is best placed to take lead\n"
            "                responsibility for the plan\n"
            "             consider the costs\n"
            "                                         Action: Ben Cole\n\n4.0     Close\n")
    actions = parse(text).actions
    assert len(actions) == 1 and actions[0].text.startswith("The Chair and Ben Cole will meet to: agree who")
    assert actions[0].text.endswith("consider the costs") and actions[0].owners == ["Ben Cole"]


def test_a_capitals_heading_run_on_into_its_minute_ends_at_the_capitals():
    text = ("2. MINUTES OF THE MEETING HELD ON 25 MARCH 2031 Agreed as a true record.\n"
            "3. ACTION LOG AND FORWARD PLAN Action Log updated. BC explained that the plan is not ready.\n"
            "4. CHAIR’S REPORT (Paper previously circulated) The Chair presented her report.\n")
    found = find_items(split_lines(text), text, 0, vocab=load_vocabulary())
    assert [i.heading for i in found] == ["MINUTES OF THE MEETING HELD ON 25 MARCH 2031", "ACTION LOG AND FORWARD PLAN",
                                          "CHAIR’S REPORT"]


def test_a_capitals_acronym_before_a_mixed_case_heading_is_kept():
    text = "Elmley Board\n\nPresent: Ada Brook, Ben Cole\n\n1. NHS Update\n\nNoted.\n\n2. Any other business\n\nNone.\n"
    assert [i.heading for i in parse(text).items] == ["NHS Update", "Any other business"]


def test_took_the_chair_and_welcomed_everyone_names_the_chair():
    text = ("Elmley Drug Partnership\n\nMinutes of Meeting 4 May 2031\n\n"
            "Mr Ada Brook took the chair and welcomed his colleagues to the meeting. The minutes were agreed.\n\n"
            "1. Finance\n\nNoted.\n")
    assert chair(parse(text)) == person_key("Ada Brook")


def test_took_the_chair_for_one_item_names_no_chair():
    text = ("Elmley Drug Partnership\n\nMinutes of Meeting 4 May 2031\n\n"
            "Mr Ada Brook took the chair for item 5 and welcomed the report.\n\n1. Finance\n\nNoted.\n")
    assert chair(parse(text)) is None
