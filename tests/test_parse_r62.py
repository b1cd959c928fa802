"""A title only when the paper gives one (issue 13, round 62).

Invented names and bodies. On boards never seen most title errors were wrong titles, and a wrong title costs a false
value and a miss where no title costs the miss alone. A line with no word of three letters, an ordinal or a date
fragment, a label or section word alone, or a list of people is no title; a heading cut at its line's end on a
connective is joined to the next line when that line continues it, else it is no title; a bare body word under the
heading it ends is joined to it; a minutes line naming the body that met wins over a council's letterhead; two
bodies joined by ' / ' give the part the paper names again, or no title.
"""
from __future__ import annotations

from parse_fixtures import parse

_ITEMS = "\n\n1. Apologies\n\nNone were received.\n\n2. Minutes\n\nThe minutes were agreed.\n"
_PRESENT = "Present: Ada Brook, Ben Cole, Cara Dunn"


def _title(text: str) -> str | None:
    return parse(text).title


def test_an_ordinal_alone_is_no_title():
    assert _title(f"Meeting: 3rd\nDate: 4 March 2031\n\n{_PRESENT}{_ITEMS}") is None
    assert _title(f"Meeting: 12/03\nDate: 4 March 2031\n\n{_PRESENT}{_ITEMS}") is None


def test_a_label_or_part_heading_alone_is_no_title():
    assert _title(f"PART A (Non-Exempt)\n\n{_PRESENT}{_ITEMS}") is None
    assert _title(f"Meeting: MEMBERS\nDate: 4 March 2031\n\n{_PRESENT}{_ITEMS}") is None
    assert _title(f"Meeting: Apologies for Absence\nDate: 4 March 2031\n\n{_PRESENT}{_ITEMS}") is None


def test_a_list_of_people_is_no_title():
    assert _title(f"Ada Brook, Ben Cole, Cara Dunn\n\nTuesday 4 March 2031{_ITEMS}") is None
    assert _title(f"Meeting: Ada Brook, Ben Cole and Cara Dunn\nDate: 4 March 2031{_ITEMS}") is None


def test_names_and_occasions_stay():
    assert _title(f"Meeting: Elmley Parish Council\nDate: 4 March 2031\n\n{_PRESENT}{_ITEMS}") == "Elmley Parish Council"
    assert _title(f"Meeting: Business Meeting\nDate: 4 March 2031\n\n{_PRESENT}{_ITEMS}") == "Business Meeting"
    assert _title(f"Meeting: Council\nDate: 4 March 2031\n\n{_PRESENT}{_ITEMS}") == "Council"
    assert _title(f"Meeting: PPG\nDate: 4 March 2031\n\n{_PRESENT}{_ITEMS}") == "PPG"


def test_a_heading_cut_on_a_connective_joins_the_line_that_continues_it():
    text = f"Minutes of the Ordinary Meeting of\nElmley Town Council held on 4 March 2031\n\n{_PRESENT}{_ITEMS}"
    assert _title(text) == "Elmley Town Council"


def test_a_heading_cut_on_a_connective_with_nothing_after_it_is_no_title():
    assert _title(f"Meeting: ORDINARY MEETING OF\nDate: 4 March 2031\n\n{_PRESENT}{_ITEMS}") is None
    assert _title(f"Meeting: Elmley Health and\n\nDate: 4 March 2031\n\n{_PRESENT}{_ITEMS}") is None


def test_a_connective_before_a_date_on_the_same_line_is_left():
    assert _title(f"Elmley Board for Tuesday 4 March 2031\n\n{_PRESENT}{_ITEMS}") == "Elmley Board for"


def test_an_occasion_of_a_bare_council_keeps_its_words():
    assert _title(f"ORDINARY MEETING OF\nTHE COUNCIL\n\nheld on 4 March 2031\n\n{_PRESENT}{_ITEMS}") \
        == "ORDINARY MEETING OF THE COUNCIL"


def test_a_bare_body_word_under_the_heading_it_ends_is_joined():
    text = f"ORDINARY MEETING OF ELMLEY PARISH\nCOUNCIL\nTuesday 4 March 2031\n\n{_PRESENT}{_ITEMS}"
    assert _title(text) == "ELMLEY PARISH COUNCIL"


def test_the_body_that_met_under_a_letterhead():
    text = f"COUNTY COUNCIL\nMinutes of a meeting of the Cabinet\nTuesday 4 March 2031\n\n{_PRESENT}{_ITEMS}"
    assert _title(text) == "Cabinet"


def test_two_bodies_joined_give_the_part_named_again():
    text = (f"Elmley Council / Elmley Planning Committee\n\nTuesday 4 March 2031\n\n{_PRESENT}\n\n1. Welcome\n\n"
            "The Elmley Planning Committee welcomed everyone.\n")
    assert _title(text) == "Elmley Planning Committee"
    assert _title(f"Elmley Council / Elmley Planning Committee\n\nTuesday 4 March 2031\n\n{_PRESENT}{_ITEMS}") is None


def test_a_heading_naming_nothing_is_no_title_of_any_paper():
    prose = "\n\nThe partnership has made progress this year on several fronts, and the work goes on.\n"
    assert _title(f"Elmley House, High Street{prose}") is None
    assert _title("Our Year Together\n\n1. Introduction\n\nThe partnership has made progress.\n") is None
    assert _title(f"Safer Elmley Together - Thursday 4 March 2031{prose}") == "Safer Elmley Together"


def test_a_named_committee_under_a_council_letterhead_is_the_meeting():
    text = f"ELMSHIRE COUNTY COUNCIL\nPLANNING COMMITTEE\nTuesday 4 March 2031\n\n{_PRESENT}{_ITEMS}"
    assert _title(text) == "PLANNING COMMITTEE"
    organ = f"ELMLEY CLINICAL COMMISSIONING GROUP\nGOVERNING BODY\nTuesday 4 March 2031\n\n{_PRESENT}{_ITEMS}"
    assert _title(organ) == "ELMLEY CLINICAL COMMISSIONING GROUP GOVERNING BODY"


def test_proceedings_of_the_meeting_of_the_joined_and_its_frame_cut():
    text = f"PROCEEDINGS OF THE MEETING OF THE\nELMLEY TOWN COUNCIL\n\nheld on 4 March 2031\n\n{_PRESENT}{_ITEMS}"
    assert _title(text) == "ELMLEY TOWN COUNCIL"


def test_a_bare_letterhead_gives_way_to_the_named_body_below_it():
    text = f"COUNTY COUNCIL\n\nMINUTES of the meeting held on Tuesday 4 March 2031\n\nPLANNING AND REGULATION COMMITTEE\n\n{_PRESENT}{_ITEMS}"
    assert _title(text) == "PLANNING AND REGULATION COMMITTEE"
    text = (f"COUNTY COUNCIL\n\nPresent: Councillor Ada Brook (Chair), Councillor Ben Cole\n\n"
            f"At a meeting of the Planning Committee held on Tuesday 4 March 2031{_ITEMS}")
    assert _title(text) == "Planning Committee"


def test_a_bare_council_that_met_stays():
    assert _title(f"Council\n\n4 March 2031\n\n{_PRESENT}{_ITEMS}") == "Council"
    text = (f"Parish Council\n\nDraft Minutes of the monthly Parish Council Meeting held on Wednesday 4 March 2031\n\n"
            f"{_PRESENT}{_ITEMS}")
    assert _title(text) == "Parish Council"


def test_a_name_ending_on_a_dash_keeps_the_name():
    assert _title(f"Meeting: Elmley Safeguarding Children Board –\nDate: 4 March 2031\n\n{_PRESENT}{_ITEMS}") \
        == "Elmley Safeguarding Children Board"
    assert _title(f"Elmley Safeguarding Children Board,\nTuesday 4 March 2031\n\n{_PRESENT}{_ITEMS}") \
        == "Elmley Safeguarding Children Board"


def test_a_framed_occasion_of_a_bare_council_over_a_status_line():
    text = (f"Updated following amends agreed 29/11/2031\n\nTHE ELMLEY CLUB - MINUTES OF AN ORDINARY MEETING OF COUNCIL "
            f"held on Saturday 20th September, 2031, at Elmley House at 12.30pm.\n\n{_PRESENT}{_ITEMS}")
    assert _title(text) == "ORDINARY MEETING OF COUNCIL"


def test_a_person_under_a_cut_heading_is_not_joined():
    assert _title(f"Meeting: Elmley Health and\nAda Brook\nDate: 4 March 2031\n{_ITEMS}") is None
    assert _title(f"Meeting: Minutes of the Meeting of\nAda Brook\nDate: 4 March 2031\n{_ITEMS}") is None
