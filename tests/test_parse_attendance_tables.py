"""Attendance tables flattened by text extraction (ingest/parse/attendance_tables.py). Invented texts."""
from __future__ import annotations

from ingest.parse.attendance_tables import is_board_chair, read_key, read_tables
from ingest.parse.lines import split_lines
from ingest.parse.vocab import load_vocabulary
from parse_fixtures import parse


def names(people) -> list[str]:
    return [p.name for p in people]


def test_slash_rows_read_by_the_papers_own_key():
    text = ("1) Attendance at Meeting\n"
            "Key: XA – Member Attended, XR – Representative Attended, XS - Sent Apologies, XN – No Contact\n"
            "Representing / Title / Name / AttendanceLocal Authority / Director of Children's Services (ELSCB Chair) / "
            "Ada Brook / AB / XA\n"
            "Police / Detective Inspector - Elmley Police (Crime / Public Protection) / Ben Cole / BC / XR\n"
            "Head of Housing – Elmley Council / Cara Dunn / CD / XA\n"
            "Health / Named Nurse - Oakham Trust / Dev Evans / DE / XS\n"
            "Schools / Head Teacher / Eve Fox / EF / XN\n"
            "2) Minutes of the last meeting\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Ada Brook", "Cara Dunn"]
    assert names(paper.apologies) == ["Dev Evans"]
    assert paper.chair is not None and paper.chair.name == "Ada Brook"
    assert all(p.org is None for p in paper.attendees)  # role and organisation share a cell
    assert any("represented" in w for w in paper.warnings)
    assert [i.number for i in paper.items] == ["1", "2"]


def test_generic_codes_without_a_key_and_tab_cells():
    paper = parse("Attendance\nName\tAgency\tAttendance\nAda Brook\tElmley Council\tP\n"
                  "Ben Cole\tOakham Trust\tA\nCara Dunn\tElmley Aid\tDNA\n\n1. Welcome\n")
    assert names(paper.attendees) == ["Ada Brook"]
    assert paper.attendees[0].org == "Elmley Council"
    assert names(paper.apologies) == ["Ben Cole"]


def test_rows_whose_marks_were_lost_are_in_neither_list_with_a_warning():
    text = ("Name / Title & Organisation / Present / Apology\n"
            "Ada Brook / Chair Elmley Safeguarding Board / \n"
            "Ben Cole / Director of Nursing / \n"
            "D/Chief Superintendent Cara Dunn / Elmley Police / \n"
            "In Attendance\n"
            "Dev Evans / Minute Taker\n\n"
            "Summary of Actions\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Dev Evans"]
    assert paper.attendees[0].note == "minutes"
    assert paper.apologies == []
    assert any("3 people" in w and "marks were lost" in w for w in paper.warnings)


def test_bar_table_with_present_and_apologies_columns():
    text = ("Present:\nName | Organisation | Present | Apologies\n"
            "Ada Brook | Elmley Council | x | \n"
            "Ben Cole | Oakham Trust |  | ✓\n"
            "Cara Dunn | Elmley Aid | x | \n\n1. Welcome\n")  # round 63: an 'x' beside ticks in its column is absent
    paper = parse(text)
    assert [(p.name, p.org) for p in paper.attendees] == [("Ada Brook", "Elmley Council"), ("Cara Dunn", "Elmley Aid")]
    assert names(paper.apologies) == ["Ben Cole"]


def test_yes_no_attended_column_leaves_absent_members_out_silently():
    paper = parse("Name | Organisation | Attended\nAda Brook | Elmley Council | Y\nBen Cole | Oakham Trust | N\n\n1. Welcome\n")
    assert names(paper.attendees) == ["Ada Brook"]
    assert paper.apologies == [] and paper.warnings == []


def test_a_deputy_column_lists_the_deputy_as_attending_and_the_member_as_apologising():
    paper = parse("Name | Role | Present | Apologies | Deputy attended\n"
                  "Ada Brook | Director, Elmley Council | Y |  | \n"
                  "Ben Cole | Head of Service, Oakham Trust |  | A | Cara Dunn\n\n1. Welcome\n")
    assert names(paper.attendees) == ["Ada Brook", "Cara Dunn"]
    assert paper.attendees[1].note == "deputy for Ben Cole"
    assert names(paper.apologies) == ["Ben Cole"]


def test_columns_flattened_one_after_the_other_pair_only_when_counts_agree():
    text = ("Present:\nName\nAda Brook\nBen Cole\nCllr Cara Dunn\nDev Evans\n"
            "Designation\nHead of Housing\nIndependent Chair of Elmley Safeguarding Children Board\n"
            "Deputy Director, Elmley NHS Trust (Deputy Chair)\nRepresenting Fay Green – Elmley Aid\n"
            "Apologies:\nName\nDesignation\nGus Hill\nIvy Jones\nHR M\n\n"
            "Minutes of the last meeting\nThe minutes were agreed as an accurate record of the meeting held in May.\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Ada Brook", "Ben Cole", "Cllr Cara Dunn", "Dev Evans"]
    assert names(paper.apologies) == ["Gus Hill", "Ivy Jones"]  # 'HR M' is a cut-off designation
    assert paper.chair is not None and paper.chair.name == "Ben Cole"  # 'Deputy Chair' is not the chair
    assert all(p.org is None for p in paper.attendees)  # designations are roles: org stays empty
    assert any("2 names, 1 lines" in w for w in paper.warnings)


def test_names_with_initials_then_one_designations_block_for_attendees_and_apologies():
    text = ("Present:\nAda Brook (AB)\nBen Cole (BC)\nCara Dunn (CDu)\n1. Apologies\nDev Evans\n(DE)\n"
            "Fay Green (FG)\nDirector of Children's Services, LB Elmley\nElmley Police\n"
            "Head of Safeguarding, Oakham Trust\nDirector of Barnardo's, Chair of\nElmley Forum\n"
            "Minute Taker\n2. Matters arising\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Ada Brook", "Ben Cole", "Cara Dunn"]
    assert names(paper.apologies) == ["Dev Evans", "Fay Green"]
    assert paper.apologies[1].note == "minutes"  # paired by position once the wrapped line is joined
    assert paper.warnings == []
    assert [i.number for i in paper.items] == ["1", "2"]


def test_a_names_block_with_a_header_but_no_label_is_not_a_list():
    paper = parse("Meeting of the Elmley Board\nAda Brook\nBen Cole\nCara Dunn\nTitle & Organisation\n"
                  "Chair\nDirector of Nursing\nLay Member\n")
    assert paper.attendees == [] and paper.apologies == []
    assert any("no attendance label" in w for w in paper.warnings)


def test_whole_table_in_one_paragraph():
    text = ("Elmley Safeguarding Board - Attendance List\n\n"
            "NAME ROLE, ORGANISATION PRESENT APOLOGIES DEPUTY ATTENDED Ada Brook Independent Chair, ESB Y (Chair) "
            "Ben Cole Associate Director for Safeguarding, Y (Vice Chair) Elmley Healthcare NHS Trust Cara Dunn "
            "Corporate Director, Children's A _ Services, Elmley County Council Dev Interim Service Director, "
            "Commissioning and Y Evans Resources, Elmley County Council Fay Green Consultant in Public Health, A "
            "Gus Hill Elmley County Council Ivy Jones- Head of Safeguarding, Oakham Forest Hospitals Y Kerr NHS\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Ada Brook", "Ben Cole", "Dev Evans", "Gus Hill", "Ivy Jones-Kerr"]
    assert names(paper.apologies) == ["Cara Dunn", "Fay Green"]
    assert paper.chair is not None and paper.chair.name == "Ada Brook"


def test_a_deputy_name_cut_across_cells_is_left_out_with_a_warning():
    text = ("NAME ROLE PRESENT APOLOGIES DEPUTY ATTENDED Ada Brook Consultant in Public Health, A Cara "
            "Commissioning and Public Health, Dunn Elmley County Council Ben Cole Designated Nurse, Y\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Ben Cole"]
    assert names(paper.apologies) == ["Ada Brook"]
    assert any("could not be read whole" in w for w in paper.warnings)


def test_board_chair_designations():
    assert is_board_chair("Independent Chair of Elmley Local Safeguarding Children Board")
    assert is_board_chair("Independent LSCB Chair")
    assert is_board_chair("Director of Children's Services (ELSCB Chair)")
    assert not is_board_chair("Deputy Director, Elmley Trust (Deputy Chair)")
    assert not is_board_chair("Independent Safeguarding Panel Chair")
    assert not is_board_chair("Chair of the Audit Group")
    assert not is_board_chair("Vice Chair")


def test_key_meanings_are_read_from_the_words_of_the_key():
    vocab = load_vocabulary()
    key = read_key(split_lines("Key: P – Present, R – Representative Attended, A – Sent Apologies, D – Did Not Attend"), vocab)
    assert key == {"p": "attended", "r": "represented", "a": "apologies", "d": "absent"}


def test_a_members_subheading_over_name_org_lines_is_left_to_the_line_reader():
    paper = parse("Present:\nMembers\nAda Brook (Elmley Council)\nBen Cole (Oakham Trust)\n\n1. Welcome\n")
    assert [(p.name, p.org) for p in paper.attendees] == [("Ada Brook", "Elmley Council"), ("Ben Cole", "Oakham Trust")]
    assert paper.warnings == []


def test_a_table_run_into_one_paragraph_without_headers_gets_a_warning_not_a_list():
    row = "Apols Ada Brook (AB) Lay Member Elmley Forum Ben Cole (BC) Director of Housing Elmley Council "
    text = "1. Attendance, Apologies & Governance Members Title Representing Other Interests " + row * 3 + \
        "Cara Dunn (CD) Head of Service Oakham Trust Apols Dev Evans (DE) Lead Cabinet Member\n"
    paper = parse(text)
    assert paper.attendees == [] and paper.apologies == []
    assert any("run together into one paragraph" in w for w in paper.warnings)


def test_a_tabbed_grid_of_name_org_entries_under_a_label_stays_with_the_line_reader():
    paper = parse("\tAttendees:\n\n\tAda Brook (Elmley Aid)\tBen Cole (Oakham Trust)\n\tCara Dunn (LB Elmley)\n\n"
                  "\tApologies:\n\n\tDev Evans (Elmley Council)\n\n\tPoints of discussion\n")
    assert names(paper.attendees) == ["Ada Brook", "Ben Cole", "Cara Dunn"]
    assert names(paper.apologies) == ["Dev Evans"]


def test_free_text_in_an_attendance_column_is_not_a_yes():
    paper = parse("Name | Organisation | Present/Apologies\nAda Brook | Elmley Council | Present\n"
                  "Ben Cole | Oakham Trust | Apologies\nCara Dunn | Elmley Aid | Represented by Dev Evans\n\n1. Welcome\n")
    assert names(paper.attendees) == ["Ada Brook"]
    assert names(paper.apologies) == ["Ben Cole"]
    assert any("1 of 3 people" in w for w in paper.warnings)


def test_an_attendance_record_over_several_meetings_lists_nobody():
    paper = parse("Attendance\nMember | Agency | Jan | Mar | May\nAda Brook | Elmley Council | ✓ | ✓ | A\n"
                  "Ben Cole | Oakham Trust | A | ✓ | ✓\n\n1. Welcome\n")
    assert paper.attendees == [] and paper.apologies == []
    assert any("several meetings" in w for w in paper.warnings)
    paper = parse("Member | Agency | 12 March\nAda Brook | Elmley Council | ✓\nBen Cole | Oakham Trust | A\n\n1. Welcome\n")
    assert names(paper.attendees) == ["Ada Brook"] and names(paper.apologies) == ["Ben Cole"]


def test_bare_names_over_a_column_of_organisations_keep_the_line_readers_orgs():
    paper = parse("Present:\nAda Brook\nBen Cole\nCara Dunn\nElmley Council\nOakham Trust\nElmley Aid\n\n1. Welcome\n")
    assert [(p.name, p.org) for p in paper.attendees] == [
        ("Ada Brook", "Elmley Council"), ("Ben Cole", "Oakham Trust"), ("Cara Dunn", "Elmley Aid")]


def test_key_written_with_equals_signs_dashes_or_bare_codes():
    vocab = load_vocabulary()
    assert read_key(split_lines("P= Present A= Apologies DNA=Did not attend D/R=Deputise/Representative"), vocab) == {
        "p": "attended", "a": "apologies", "dna": "absent", "d/r": "represented"}
    assert read_key(split_lines("P - Present, A - Apologies, D - Deputy"), vocab) == {
        "p": "attended", "a": "apologies", "d": "represented"}
    assert read_key(split_lines("Key: P Present A Apologies N Not present"), vocab) == {
        "p": "attended", "a": "apologies", "n": "absent"}
    # a glossary of acronyms is no key, nor an 'NB:' line
    assert read_key(split_lines("EPS - Elmley Police Service, ECC - Elmley City Council\nNB: members to note"), vocab) == {}


def test_one_paragraph_of_rows_each_followed_by_its_code():
    text = ("Elmley Safeguarding Adults Board\nDate of Meeting: 4th May 2019\n\n"
            "P= Present A= Apologies DNA=Did not attend D/R=Deputy/Representative\n\n"
            "Board Member P A DNA D/R Ada Brook (AB) – Chair P Ben Cole (BC) – Head of Housing, ECC P "
            "Cara Dunn (CD) – Detective Inspector, EPS A Dev Evans (DE) - Service Manager, Adult Care and P "
            "Quality Unit - ECC Eve Fox (EF) – Lay Member DNA Finn Gray (FG) – Named Nurse, Oakham Trust R "
            "Gus Hart (GH) - Manager, Elmley Aid Ben Cole (BC) - Head of Housing Elmley and Oak\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Ada Brook", "Ben Cole", "Dev Evans"]
    assert names(paper.apologies) == ["Cara Dunn"]
    assert paper.chair is not None and paper.chair.name == "Ada Brook"
    assert all(p.org is None for p in paper.attendees)  # role and organisation share one cell
    assert paper.attendees[0].initials == "AB"
    assert any("no attendance mark" in w for w in paper.warnings)  # Gus Hart's row has no code
    assert any("represented" in w for w in paper.warnings)


def test_codes_before_their_rows_where_the_header_puts_them_first():
    text = ("Key: Y = attended, A = apologies\n"
            "Y A Name Y Ada Brook (AB) – Chair A Ben Cole (BC) – Head of Housing Y Cara Dunn (CD) – Lay Member\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Ada Brook", "Cara Dunn"]
    assert names(paper.apologies) == ["Ben Cole"]


def test_slash_rows_with_initials_under_labels_and_glued_rows():
    text = ("Elmley Safeguarding Adults Board\nMinutes of the meeting held on 3 May 2019\n\n"
            "Attendees:\n"
            "Gil Marsh (GM) / Independent ChairCllr Ada Brook (Cllr AB) / Lead Member for Adults, Elmley Council\n"
            "Ben Cole (BC) / Head of Safeguarding, Elmley Council – minutes\n"
            "Cara Dunn (CD) / Detective Inspector, Elmley Police\n"
            "In attendance:\n"
            "Dev Evans (DE) / Business Manager, Elmley SAB\n"
            "Guests:\n"
            "Eve Fox (EF) / Service Manager, Oakham Trust\n"
            "Apologies:\n"
            "Finn Gray (FG) / Director, Elmley Care Trust\n\n"
            "1. Welcome\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Gil Marsh", "Cllr Ada Brook", "Ben Cole", "Cara Dunn", "Dev Evans", "Eve Fox"]
    assert names(paper.apologies) == ["Finn Gray"]
    assert paper.chair is not None and paper.chair.name == "Gil Marsh"
    ben = paper.attendees[2]
    assert ben.note == "minutes" and ben.initials == "BC"
    assert paper.attendees[1].initials == "AB"
    assert all(p.org is None for p in paper.attendees)


def test_rows_glued_on_one_line_after_a_label_switching_to_apologies():
    text = ("Present: Ada Brook (AB) – Independent Chair, Elmley SAB Ben Cole (BC) – Head of Housing, "
            "Elmley CouncilCara Dunn (CD) – Lay Member Apologies: Dev Evans (DE) – Named Nurse, Oakham Trust\n\n"
            "1. Welcome\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Ada Brook", "Ben Cole", "Cara Dunn"]
    assert names(paper.apologies) == ["Dev Evans"]


def test_a_run_of_initialled_names_with_no_label_and_no_codes_is_left_alone():
    text = ("Elmley Board\n"
            "Ada Brook (AB) Head of Housing Ben Cole (BC) Lay Member Cara Dunn (CD) Named Nurse\n")
    paper = parse(text)
    assert paper.attendees == [] and paper.apologies == []


def test_a_name_column_headed_present_lists_its_people_and_contact_details_are_not_read():
    text = ("Date and Time of meeting / Tuesday 5th March 2019\n"
            "People present\n"
            "Names Present at Meeting / Role and organisation / Contact details\n"
            "Ada Brook / Head of Adult Care, Elmley Council / ada.brook@elmley.example\n"
            "Ben Cole / Named Nurse, Oakham Trust / 0207 555 0101\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Ada Brook", "Ben Cole"]
    assert all(p.org is None and p.note is None for p in paper.attendees)
    assert paper.apologies == []


def test_a_service_name_wrapped_among_the_names_block_is_not_a_person():
    text = ("Present:\nName\nAda Brook\nBen Cole\nSupporting People\nCara Dunn\nJames Young\n"
            "Designation\nIndependent Chair\nHead of Housing\nManager, Elmley\nNamed Nurse\nLay Member\n\n1. Welcome\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Ada Brook", "Ben Cole", "Cara Dunn", "James Young"]
    assert any("organisation or service" in w for w in paper.warnings)


def test_initials_with_a_title_inside_the_bracket_are_initials_not_an_org():
    text = ("Present:\n"
            "Cllr Ben Cole (Cllr BC) – Lead Member for Adults, Elmley Council\n\n"
            "Name / Role / Attendance\n"
            "Cllr Dev Evans (Cllr DE) / Lead Member / P\n"
            "Eve Fox (EF) / Lay Member / A\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Cllr Ben Cole", "Cllr Dev Evans"]
    assert [p.initials for p in paper.attendees] == ["BC", "DE"]
    assert paper.attendees[0].org == "Elmley Council"
    assert names(paper.apologies) == ["Eve Fox"]


def test_a_sentence_naming_people_with_initials_is_not_a_run_of_rows():
    text = ("Apologies:\nThe chair welcomed Cara Dunn (CD) and Dev Evans (DE), who joined the meeting late.\n\n"
            "1. Minutes\n")
    read = read_tables(split_lines(text), load_vocabulary())  # the table reader takes nothing from it
    assert read.apologies == [] and read.attendees == [] and not read.taken


def test_labels_glued_to_the_rows_around_them_and_initials_that_do_not_fit():
    text = ("Attendees:Gil Marsh (GM) / Independent Chair\n"
            "Cllr Ada Brook (Cllr AB) / Lead Member for Adults, Elmley CouncilGuests:\n"
            "Eve Fox (EF) / Service Manager, Oakham TrustBob Stone (RS) / Lay Member\n"
            "Apologies:Finn Gray (FG) / Director, Elmley Care TrustGus Hart (GH) / Named Nurse\n"
            "1. Welcome\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Gil Marsh", "Cllr Ada Brook", "Eve Fox"]
    assert names(paper.apologies) == ["Finn Gray", "Gus Hart"]
    assert any("do not fit" in w for w in paper.warnings)  # 'Bob Stone (RS)' is not guessed


def test_a_people_present_caption_over_a_plain_name_table():
    text = ("People present\n"
            "Name / Role and organisation / Contact details\n"
            "Ada Brook / Head of Adult Care, Elmley Council / 01234 567890\n"
            "Ben Cole / Named Nurse, Oakham Trust / ben.cole@oakham.example\n\n"
            "1. Welcome\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Ada Brook", "Ben Cole"]
    assert not any("neither list" in w for w in paper.warnings)


def test_a_code_header_on_its_own_line_over_one_row_a_line():
    text = ("Member P A DNA\n"
            "Ada Brook (AB) – Independent Chair P\n"
            "Ben Cole (BC) – Head of Housing, Elmley Council A\n"
            "Cara Dunn (CD) – Named Nurse, Oakham Trust DNA\n"
            "Dev Evans (DE) – Lay Member P\n\n"
            "1. Welcome\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Ada Brook", "Dev Evans"]
    assert names(paper.apologies) == ["Ben Cole"]
    assert paper.chair is not None and paper.chair.name == "Ada Brook"


def test_codes_written_before_each_row_one_row_a_line():
    text = ("P A DNA Name\n"
            "P Ada Brook (AB) – Independent Chair\n"
            "A Ben Cole (BC) – Head of Housing, Elmley Council\n"
            "P Dev Evans (DE) – Lay Member\n\n"
            "1. Welcome\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Ada Brook", "Dev Evans"]
    assert names(paper.apologies) == ["Ben Cole"]


def test_a_paragraph_of_coded_rows_wrapped_over_lines_is_read_as_one():
    text = ("P= Present A= Apologies\n\n"
            "Board Member P A Ada Brook (AB) – Chair P Ben Cole (BC) – Head of\n"
            "Housing, Elmley Council A Cara\n"
            "Dunn (CD) – Named Nurse, Oakham Trust P\n\n"
            "1. Welcome\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Ada Brook", "Cara Dunn"]
    assert names(paper.apologies) == ["Ben Cole"]
    cara = paper.attendees[1]
    assert text[cara.span[0]:cara.span[1]] == "Cara\nDunn (CD)"  # offsets point back into the paper


def test_a_service_name_among_a_plain_list_of_names_is_not_a_person():
    text = ("Present:\nAda Brook\nBen Cole\nSupporting People\nCara Dunn\nLearning Disabilities\nCllr Dev Evans\n\n"
            "1. Welcome\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Ada Brook", "Ben Cole", "Cara Dunn", "Cllr Dev Evans"]


def test_an_organisation_cell_of_its_own_is_the_org_a_role_and_org_cell_is_not():
    text = ("Attendees:\nAda Brook (AB) / Elmley Council\nBen Cole (BC) / Head of Housing / Elmley Housing Trust\n"
            "Cara Dunn (CD) / Named Nurse, Oakham Trust\nDev Evans (DE) / Lay Member\n\n1. Welcome\n")
    paper = parse(text)
    assert [(p.name, p.org) for p in paper.attendees] == [
        ("Ada Brook", "Elmley Council"), ("Ben Cole", "Elmley Housing Trust"), ("Cara Dunn", None), ("Dev Evans", None)]


def test_coded_rows_without_initials_anchor_on_the_name_before_a_dash():
    text = ("P= Present A= Apologies DNA=Did not attend\n\n"
            "Board Member P A DNA Ada Brook – Chair P Ben Cole – Director, Greater Elmley - Health A "
            "Cara Dunn – Named Nurse, EHT Dev Evans – Lay Member P Eve Fox – Head of Housing, ECC DNA\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Ada Brook", "Dev Evans"]
    assert names(paper.apologies) == ["Ben Cole"]  # 'Greater Elmley' inside a cell is no row
    assert any("no attendance mark" in w for w in paper.warnings)  # Cara Dunn's row has no code


def test_one_glued_line_in_a_labelled_list_makes_the_whole_list_rows():
    text = ("Attendees:\nAda Brook (AB) – Lead Member, Elmley Council\n"
            "Ben Cole (BC) – Independent ChairGil Marsh (GM) – Head of Housing, Elmley Council\n"
            "Cara Dunn (CD) – Named Nurse – minutes\n\n1. Welcome\n")
    paper = parse(text)
    assert names(paper.attendees) == ["Ada Brook", "Ben Cole", "Gil Marsh", "Cara Dunn"]
    assert paper.chair is not None and paper.chair.name == "Ben Cole"
    assert paper.attendees[3].note == "minutes"
