"""Attendance and apologies on layouts of the seventeenth and eighteenth blind sets (issue 13, round 22).

Invented names and bodies: a 'Present:' comma run with organisations in brackets after some names, a bulleted
'- Present:' run continued on lines of titled names with no comma before them, a numbered apologies heading whose
sentence ('- were received from ...') runs on bulleted on the next line, and an unlabelled block of 'Name  Cell'
lines (a two-space gap) above 'Also present:'.
"""
from __future__ import annotations

from ingest.names import person_key
from parse_fixtures import chair, keys, parse


def _people(*names: str) -> list[str]:
    """The person keys of invented names, in order."""
    return [person_key(n) for n in names]


EIGHT = _people("Ada Brook", "Ben Cole", "Cy Dale", "Dora Eve", "Ed Fox", "Flo Gale", "Gus Hay", "Ida Jones")


def test_a_present_comma_run_with_bracketed_organisations_keeps_every_person():
    run = ("Ada Brook (Chairman), Cllr Ben Cole, Cy Dale, Dora Eve (Elmley Borough Council), Ed Fox (Elmley Police), "
           "Flo Gale (Elmley Police Authority), Gus Hay (Safe in Elmley), Ida Jones (Probation), Jo King (Elmley "
           "Trust), Kit Lamb (Neighbourhood Watch), Lee Moss, Max Nash (Elmley Fire Brigade), Ned Owen (DAAT), "
           "Olga Park, Pat Quinn(Elmley Police Authority).")
    text = ("Elmley Partnership Minutes\n\nDate:\nTuesday, 5th March, 2031\n\nPresent:\n" + run + "\nOfficers:\n"
            "Rita Shaw, Sam Todd (DNS); Tom Usher (LD).\nApologies for absence:\n"
            "were submitted on behalf of Una Vale, Val West.\n"
            "Item Description Decision\n")
    paper = parse(text)
    names = keys(paper.attendees)
    for name in ("Ada Brook", "Ben Cole", "Dora Eve", "Ed Fox", "Gus Hay", "Max Nash", "Olga Park", "Pat Quinn",
                 "Rita Shaw", "Sam Todd"):
        assert person_key(name) in names
    orgs = {person_key(a.name): a.org for a in paper.attendees}
    assert orgs[person_key("Dora Eve")] == "Elmley Borough Council"
    assert orgs[person_key("Pat Quinn")] == "Elmley Police Authority"
    assert orgs[person_key("Lee Moss")] is None
    assert keys(paper.apologies) == [person_key("Una Vale"), person_key("Val West")]


BULLETED = ("Elmley Residents' Partnership: Minutes\nMinutes of the meeting Monday 4th June 2031\n- 1. Attendance\n"
            "- Present: Ada Brook (in the Chair), Ben Cole, Cy Dale, Dora Eve\nCllr Ed Fox, Cllr Flo Gale,\n"
            "PCSO Gus Hay, PCSO Ida Jones\n- 2. Apologies for absence:\n"
            "- were received from Jo King, Kit Lamb, Lee Moss\nCllr Max Nash\n"
            "Ada Brook informed the meeting that Kit Lamb was unwell.\n- 3. Police session\n"
            "- a) PCSO Gus Hay gave his report;\n")


def test_a_bulleted_present_run_goes_on_in_lines_of_titled_names():
    paper = parse(BULLETED)
    assert keys(paper.attendees) == EIGHT
    assert all(a.org is None for a in paper.attendees)


def test_a_numbered_apologies_heading_runs_on_into_a_bulleted_sentence_and_stops_at_the_prose():
    paper = parse(BULLETED)
    assert keys(paper.apologies) == _people("Jo King", "Kit Lamb", "Lee Moss", "Max Nash")


def test_a_whole_name_then_an_untitled_line_still_wraps():
    # no title opens the next line: the name may go on there, read as before (no new person)
    text = ("Minutes of the Elmley Board held on 3 May 2031\n\nPresent: Ada Brook (Chair), Ben Cole, Cy Dale\n"
            "Dora Eve\n\n1. Minutes\n\nAgreed.\n")
    paper = parse(text)
    assert person_key("Dora Eve") not in keys(paper.attendees)


GAPPED = ("Welcome and introduction\n\nThe Chair welcomed everyone and read the notice.\n\n\n\n"
          "Councillor Ada Brook  Chair\n\nBen Cole  Director of Place, Elmley Council\n\n"
          "Cy Dale  Director of Public Health, Elmley Council\n\nCouncillor Dora Eve  Elmley Council\n\n"
          "Ed Fox  Healthwatch Elmley\n\nFlo Gale  Elmley Fire and Rescue Service\n\n\n"
          "Also present:\n\nGus Hay  Support Team\n\nIda Jones  Elmley Council\n\n\n\n"
          "Apologies for Absence\n\n  • Jo King, Chief Officer, Elmley Trust;\n\n"
          "Minutes\n\nThe minutes were agreed.\n")


def test_an_unlabelled_two_space_block_above_also_present_is_the_attendance():
    paper = parse(GAPPED)
    assert keys(paper.attendees) == EIGHT
    assert all(a.org is None for a in paper.attendees)  # a cell after a two-space gap: role or organisation
    assert chair(paper) == person_key("Ada Brook")


def test_a_two_space_block_without_also_present_or_too_short_gives_nobody():
    text = GAPPED.replace("Also present:", "Notes:")
    paper = parse(text)
    # no layout rule reads it; since round 41 the unlabelled block's names spaCy vouches for are read, with a warning
    assert person_key("Ben Cole") not in keys(paper.attendees) \
        or any("no label before item 1" in w for w in paper.warnings)
    short = ("Welcome\n\nBen Cole  Director of Place\n\nCy Dale  Director of Care\n\nAlso present:\n\n"
             "Gus Hay  Support Team\n\n1. Minutes\n\nAgreed.\n")
    names = keys(parse(short).attendees)
    assert person_key("Ben Cole") not in names and person_key("Gus Hay") in names


def test_two_names_split_by_two_spaces_in_a_list_are_not_read_as_a_name_and_its_cell():
    text = ("Minutes of the Elmley Board held on 3 May 2031\n\nPresent:\nAda Brook  Ben Cole\n\n"
            "1. Minutes\n\nAgreed.\n")
    assert person_key("Ada Brook") not in keys(parse(text).attendees)  # never the first name alone, the second lost


BORDERED = ("|MEETING TITLE: |Elmley Children's Services Board |MEETING DATE: |Monday |\n\n"
            "| | | |4 March 2031 |\n\n"
            "|PARTICIPANTS: |Ada Brook (AB) / Elmley Council / Education and Sport (Chair); "
            "Ben Cole (BC) / Elmley |\n\n"
            "| |Council / Social Care; Cy Dale (CD) / Elmley Health; Dora Eve (DEve) / Elmley Police; and Ed |\n\n"
            "| |Fox (EF) / Elmley Council / Housing |\n\n"
            "|APOLOGIES: |Flo Gale (FG) / Elmley Health; Gus Hay (GH) / Elmley Council; and Ida Jones (EVA) |\n\n"
            "| | |\n\n|2. |Minute from Last Meeting |2.1 Agreed. | | |\n")


def test_a_bordered_label_cell_list_wrapped_over_rows():
    paper = parse(BORDERED)
    assert keys(paper.attendees) == _people("Ada Brook", "Ben Cole", "Cy Dale", "Dora Eve", "Ed Fox")
    assert all(a.org is None for a in paper.attendees)  # the cells after ' / ' are no organisation taken
    assert keys(paper.apologies) == _people("Flo Gale", "Gus Hay", "Ida Jones")
    assert [a.org for a in paper.apologies][-1] == "EVA"  # a bracket that is no initials of the name
    assert chair(paper) == person_key("Ada Brook")


def test_a_bordered_label_cell_with_a_piece_that_is_no_person_gives_nothing():
    text = BORDERED.replace("Cy Dale (CD) / Elmley Health", "the Elmley Health team")
    paper = parse(text)
    assert person_key("Ben Cole") not in keys(paper.attendees)


def test_an_apology_substituted_by_someone_is_the_absentee_with_their_own_line():
    text = ("Welcome\n\nThe Chair welcomed everyone.\n\nPresent:\nAda Brook, Chair\nBen Cole, Deputy Director\n\n"
            "Apologies for Absence\n\n"
            "  • Cy Dale, Chief Officer, Elmley Trust was substituted by Ben Cole, Deputy Director;\n"
            "  • Dora Eve was substituted by Ed Fox, Director of Care, Elmley Council;\n"
            "  • Flo Gale, Director of Place, Elmley Council;\n\n1. Minutes\n\nAgreed.\n")
    paper = parse(text)
    assert keys(paper.apologies) == _people("Cy Dale", "Dora Eve", "Flo Gale")
    orgs = {person_key(a.name): a.org for a in paper.apologies}
    assert orgs[person_key("Cy Dale")] != "Ben Cole" and "substituted" not in (orgs[person_key("Cy Dale")] or "")


def test_a_bracket_glued_to_the_next_name_in_an_apologies_sentence():
    text = ("Elmley Partnership - Thursday 3rd March, 2031 10.00 am\n\nApologies for Absence\n\n"
            "Apologies for absence were received from Councillor Ada Brook, Ben Cole (Elmley Fire), Cy Dale (Head of "
            "Education)Dora Eve (Elmley CVS), Ed Fox (Elmley Council) and Flo Gale.\n\n1. Minutes\n\nAgreed.\n")
    paper = parse(text)
    names = keys(paper.apologies)
    assert person_key("Cy Dale") in names and person_key("Dora Eve") in names
    orgs = {person_key(a.name): a.org for a in paper.apologies}
    assert orgs[person_key("Cy Dale")] != "Dora Eve" and orgs[person_key("Dora Eve")] == "Elmley CVS"


FLAT_PRESENT = ("Minutes of the Elmley Area Partnership\n\nTotal Page:9\n\nNotes of the Elmley Area Partnership "
                "Board Meeting 4th March 2031 at Elmley Centre PRESENT Board Members Public Representatives: Ada Brook "
                "(AB) - CHAIR Ben Cole (BC) Cy Dale (CD) Partner Representatives: Dora Eve – Elmley Fire and Rescue "
                "Service (DE) Ed Fox – Voluntary Sector (EdF) Inspector Flo Gale – Elmley Police (FG) Elected "
                "Members: Cllr Gus Hay (GH) Cllr Ida Jones - Oakham Parish Council (IJ) Officers: Jo King (JK) "
                "Apologies Public "
                "Representatives: Kit Lamb Lee Moss Partner Representatives: Max Nash - Business Sector "
                "1. Welcome and Introductions The Chair welcomed everyone to the meeting.\n")


def test_a_flattened_present_run_closed_by_initials_is_read_and_its_apologies_warned():
    paper = parse(FLAT_PRESENT)
    assert keys(paper.attendees) == _people("Ada Brook", "Ben Cole", "Cy Dale", "Dora Eve", "Ed Fox", "Flo Gale",
                                            "Gus Hay", "Ida Jones", "Jo King")
    assert all(a.org is None for a in paper.attendees)  # after a dash: a sector, a place or a body, not told apart
    assert keys(paper.apologies) == []
    assert any("no separator" in w for w in paper.warnings)


def test_a_flattened_present_run_with_a_bracket_that_vouches_for_no_name_gives_nothing():
    text = FLAT_PRESENT.replace("Cy Dale (CD)", "Cy Dale (Elmley)")
    names = keys(parse(text).attendees)
    assert person_key("Ben Cole") not in names and person_key("Cy Dale") not in names
