"""Attendance, apologies and chair on layouts of boards nobody had tuned on (issue 13, round 3).

Invented names and organisations. Each test is one layout: council minutes' comma runs of titled
people, letter-spaced and colon-less labels, a key/value header with a grid of names in capitals,
the Scots 'Sederunt', apologies in a flattened item row or in a singular sentence, and the chair
written outside the list ('(in the Chair)', a surname only, the minutes' own sentences).
"""
from __future__ import annotations

from parse_fixtures import chair, keys, parse

from ingest.names import person_key

HEADING = "MINUTES OF A MEETING OF THE ELMLEY COMMITTEE HELD ON MONDAY, 3 MARCH 2015\n\n"


def test_a_comma_run_of_titled_people_on_one_line_is_one_person_a_piece():
    paper = parse(HEADING + "Present :\n\nMrs A B Cole (Chairman), Mr D E Fox, Councillor G Hay, Ms J Kay\n\n"
                  "Apologies :\n\nMr L Mee\n\n8. MINUTES\n\nThe minutes were confirmed.\n")
    assert keys(paper.attendees) == ["a b cole", "d e fox", "g hay", "j kay"]
    assert all(p.org is None for p in paper.attendees)  # never the last person as the first one's organisation
    assert chair(paper) == "a b cole"
    assert keys(paper.apologies) == ["l mee"]


def test_a_run_wrapped_inside_a_name_and_after_a_comma_ends_before_the_prose():
    paper = parse(HEADING + "Present :\n\nMrs J L Ash (Chairman), Mrs T M Bell, Mr R G\nCole, Mr A J Dunn,\n"
                  "Mrs M J Eve, Mr D G Fox\nThe Chairman welcomed everyone to the meeting.\n\n1. MINUTES\n")
    assert keys(paper.attendees) == ["j l ash", "t m bell", "r g cole", "a j dunn", "m j eve", "d g fox"]


def test_a_run_with_and_a_plural_title_and_a_glued_title():
    paper = parse(HEADING + "Present: Councillor A Smith (Chairwoman), Councillors B Jones, C Brown and D White\n\n"
                  "1. Minutes\n")
    assert keys(paper.attendees) == ["a smith", "b jones", "c brown", "d white"]
    assert chair(paper) == "a smith"
    paper = parse(HEADING + "Present:\n\nMiss R Ash, Mrs M Bell and MrsHDee\n\n1. Minutes\n")
    assert keys(paper.attendees) == ["r ash", "m bell", "h dee"]


def test_a_bracket_then_a_comma_then_a_name_is_two_people():
    paper = parse(HEADING + "Present:\nAda Brook (Elmley Council), Cy Dee\n\n1. Minutes\n")
    assert keys(paper.attendees) == ["ada brook", "cy dee"]
    assert paper.attendees[0].org == "Elmley Council" and paper.attendees[1].org is None
    paper = parse(HEADING + "Present:\nAda Brook (Chair), Elmley Hospice\n\n1. Minutes\n")
    assert keys(paper.attendees) == ["ada brook"]  # after a marker, a name-shaped piece may be the organisation


def test_one_name_role_organisation_entry_still_reads_as_one_person():
    paper = parse(HEADING + "Present:\nMr A Cole, Director, Elmley Council\nMs B Dee, Head of Service, Oakham Trust\n\n"
                  "1. Minutes\n")
    assert keys(paper.attendees) == ["a cole", "b dee"]
    assert [p.org for p in paper.attendees] == ["Elmley Council", "Oakham Trust"]


def test_letter_spaced_label_with_colon_dash_and_a_singular_apology_under_a_high_minute_number():
    paper = parse("Elmley Council\n\nMINUTES of the Meeting of the Safeguarding Committee held on Monday 3 March 2015.\n\n"
                  "P R E S E N T:-\n\nMiss R Ash, Mrs M Bell, Mrs D Cole, Mr E Dunn\n\n"
                  "49 APOLOGIES FOR ABSENCE\n\nAn apology for absence was received from Mr M Ford.\n\n"
                  "50 MINUTES\n\nRESOLVED: that the minutes be approved.\n")
    assert keys(paper.attendees) == ["r ash", "m bell", "d cole", "e dunn"]
    assert keys(paper.apologies) == ["m ford"]


def test_letter_spaced_labels_of_two_words():
    paper = parse(HEADING + "P R E S E N T:-\n\nMrs A Brook, Mr B Cole\n\nI N  A T T E N D A N C E:-\n\n"
                  "Mr C Dee, Mrs E Fox\n\nA P O L O G I E S:-\n\nMr G Hay, Ms I Jay\n\n1. MINUTES\n")
    assert keys(paper.attendees) == ["a brook", "b cole", "c dee", "e fox"]
    assert keys(paper.apologies) == ["g hay", "i jay"]


def test_colon_less_key_value_header_with_a_grid_of_capitals_and_apologies_in_an_item_row():
    text = ("Meeting           ELMLEY SAFEGUARDING BOARD                Venue      ROOM 2\n"
            "Date              TUESDAY 3RD MARCH 2015\n"
            "Present           A BROOK-HALE,      B COLE,          C DEE,        E FOX,\n"
            "                  G HAY,             DR LYLE,         K LAMB,       M NASH,\n"
            "                  O PIKE\n"
            "In Attendance     Q ROSS\n"
            "Not Present       S TODD,            U VANCE\n"
            "\n"
            "No.     Item                          Action                         By Whom?\n"
            "1     Apologies                       •   W Ash                                     XY\n"
            "                                      •   Y Bell\n"
            "2     Minutes of the last meeting     •   The minutes were approved.\n")
    paper = parse(text)
    assert keys(paper.attendees) == ["a brook-hale", "b cole", "c dee", "e fox", "g hay", "k lamb", "m nash",
                                     "o pike", "q ross"]
    assert any("'DR LYLE'" in w for w in paper.warnings)  # a title and one word: left out, and said so
    assert keys(paper.apologies) == ["w ash", "y bell"]  # not the 'Not Present' names, not the 'XY' column
    paper = parse("Meeting           ELMLEY BOARD\nDate              MONDAY 2ND MARCH 2015\n"
                  "Present           A BROOK           B COLE         C DEE\n"
                  "                  E FOX             G HAY\nIn Attendance     I JAY\n\n1. Minutes\n")
    assert keys(paper.attendees) == ["a brook", "b cole", "c dee", "e fox", "g hay", "i jay"]  # no commas


def test_a_column_label_over_a_sentence_is_no_list():
    paper = parse(HEADING + "Attendance        was lower than in the last quarter for the reasons below\n"
                  "Ada Brook\n\n1. Minutes\n")
    assert paper.attendees == []


def test_sederunt_with_a_surname_only_chair_and_a_depute_chair():
    text = ("Elmley Child Protection Committee\n\nMinute of Meeting of Monday, 3 March 2015\n\nSEDERUNT\n\n"
            "Mr Brook (Chair) Mr Ben Cole (NHS) (Depute Chair) Ms Cy Dee (Member) Ms Ev")
    paper = parse(text)
    assert keys(paper.attendees) == ["ben cole", "cy dee"]  # a title and one word is no attendee
    assert chair(paper) == "brook"  # kept as written: nobody listed has that surname
    assert any("surname only" in w for w in paper.warnings)


def test_sederunt_label_with_a_convener():
    paper = parse("Elmley Child Protection Committee\nMinute of Meeting of 3 March 2015\n\n"
                  "Sederunt: Ada Brook (Convener), Ben Cole, Cy Dee\n\n1. Apologies\nApologies were intimated from Eve Fox.\n")
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee"]
    assert chair(paper) == "ada brook"
    assert keys(paper.apologies) == ["eve fox"]
    paper = parse("Elmley Child Protection Committee\nMinute of Meeting of 3 March 2015\nConvener: Councillor Ada Brook\n\n"
                  "Present: Ada Brook, Ben Cole, Cy Dee\n\n1. Minutes\n")
    assert chair(paper) == "ada brook"


def test_a_depute_or_vice_convener_is_not_the_chair():
    paper = parse("Elmley Child Protection Committee\nMinute of Meeting of 3 March 2015\n\n"
                  "Sederunt: Ada Brook (Depute Convener), Ben Cole (Convener), Cy Dee (Vice Convener)\n\n1. Minutes\n")
    assert chair(paper) == "ben cole"
    paper = parse("Elmley Child Protection Committee\nMinute of Meeting of 3 March 2015\n\n"
                  "Sederunt: Mrs A Brook (Depute Convener), Mr C Dee\n\n1. Minutes\n")
    assert keys(paper.attendees) == ["a brook", "c dee"]
    assert paper.chair is None


def test_in_the_chair_line_names_the_listed_attendee():
    paper = parse(HEADING + "Present: Mrs A Brook, Mr B Cole, Mrs C Dee\n\n"
                  "50 ELECTION OF CHAIR\n\nRESOLVED: that Mrs Brook be elected temporary Chair.\n\n"
                  "Mrs Brook (in the Chair)\n\n51 MINUTES\n")
    assert chair(paper) == "a brook"  # the surname resolved to the one attendee who has it


def test_elected_chair_for_this_meeting():
    paper = parse(HEADING + "Present: Mrs A Brook, Mr B Cole, Mrs C Dee\n\n50 ELECTION OF CHAIR\n\n"
                  "RESOLVED: a) that Mrs Brook be elected temporary Chair for this meeting;\n\n51 MINUTES\n")
    assert chair(paper) == "a brook"
    paper = parse(HEADING + "Present: Mrs A Brook, Mr B Cole, Mrs C Dee\n\n50 ELECTION OF CHAIR\n\n"
                  "RESOLVED: that the election of a Chair be deferred to the next meeting.\n\n51 MINUTES\n")
    assert paper.chair is None


def test_two_people_in_the_chair_give_no_chair_and_a_warning():
    paper = parse(HEADING + "Present: Mrs A Brook, Mr B Cole, Mrs C Dee\n\nMrs A Brook (in the Chair)\n\n"
                  "51 MINUTES\n\nAgreed.\n\nMr B Cole (in the Chair)\n\n52 REPORTS\n")
    assert paper.chair is None
    assert any("more than one person as the chair" in w for w in paper.warnings)


def test_surname_chair_under_a_plural_title():
    paper = parse(HEADING + "Present: Councillors Brook (Chair), Cole and Dee\n\n1. Minutes\n")
    assert chair(paper) == "brook"


def test_chair_named_in_the_minutes_opening_sentences():
    page = "Agenda and minutes\n\nVenue: Elmley House\n\nNo. Item\n\n\nIntroductions\n\n\n{}\n\n\nMinutes\n\nAgreed.\n"
    for sentence in ("Ada Brook, Elmley Partnership chair opened the December meeting and apologies were noted.",
                     "The Chairman, Ada Brook, welcomed everyone to the meeting.",
                     "Ada Brook welcomed everyone to the meeting.  As the new Chair she reported on the plan.",
                     ("Ada Brook welcomed everyone to the meeting and asked members\nto introduce themselves. "
                      "She has been appointed as the\nInterim Chair for the Board.")):
        assert chair(parse(page.format(sentence))) == "ada brook", sentence
    for sentence in ("Ada Brook, Vice Chair, opened the meeting.",
                     "The Vice Chair, Ada Brook, opened the meeting.",
                     "Ada Brook, the Chair of the Finance Group, welcomed the report.",
                     "The Chair thanked Ada Brook for her work as previous Chair.",
                     "Ada Brook welcomed everyone. As Chair of the Finance Group she reported on the plan."):
        assert parse(page.format(sentence)).chair is None, sentence


def test_chair_by_initials_resolved_against_the_list():
    paper = parse(HEADING + "Present:\nAda Brook (AB)\nBen Cole (BC)\nCy Dee (CD)\n\n1. Welcome\n"
                  "AB welcomed everyone to the meeting. AB has been appointed as the Interim Chair of the Committee.\n")
    assert chair(paper) == "ada brook"


def test_welcome_item_named_in_its_heading_only_when_the_chair_welcomed():
    page = ("Agenda and minutes\n\nElmley Partnership - Wednesday, 4 March 2015 10.30 a.m.\n\nItems\nNo. Item\n\n"
            "1.\n\nApologies\n\nMinutes:\n\nApologies were received from Cy Dee.\n\n"
            "2.\n\nWelcome to the Annual Event - Ada Brook\n\nMinutes:\n\n{}\n\n3.\n\nMinutes of Previous Meeting\n")
    assert chair(parse(page.format("The Chairman welcomed everyone to the meeting."))) == "ada brook"
    assert parse(page.format("Introductions were made around the table.")).chair is None


def test_form_lines_are_no_chair():
    paper = parse(HEADING + "1. Minutes\nAgreed.\n\nPrint Name (Chair)\nAgreed Actions (Chairman)\n")
    assert paper.chair is None


def test_apologies_from_the_following_with_the_names_below_and_a_substitute():
    paper = parse("Agenda and minutes\n\nElmley Committee\nMonday, 3rd March, 2015 7.30 pm\n\nItems\nNo. Item\n\n1.\n\n"
                  "Apologies for absence\n\nMinutes:\n\nApologies for absence were received from the following:\n\n \n\n"
                  "Councillor Ada Brook         - Councillor Ben Cole substituted.\n\n \n\n2.\n\nUrgent business\n")
    assert keys(paper.apologies) == ["ada brook"]
    assert keys(paper.attendees) == ["ben cole"]
    paper = parse(HEADING + "Present: Councillor Cy Dee (Chairman)\n\n1. Apologies\n"
                  "Apologies for absence were received from Councillors Ada Brook and Ben Cole.\n")
    assert keys(paper.apologies) == ["ada brook", "ben cole"]


def test_a_column_of_initials_before_the_names_and_letters_after_them():
    text = ("Community Safety Partnership\nMinutes of the meeting held on 24 January 2023\n\n"
            "Present:\n"
            "AB Cllr. Ada Brook (Chair)\n"
            "BC Ben Cole (Elmley Council)\n"
            "CD Cy Dee (Oakham Police)\n"
            "Mrs. E. Fox CC (Oakham County Council)\n"
            "Gil Hay MBE (Oakham Trust)\n\n"
            "1. Welcome\nAB welcomed everyone to the meeting.\n")
    paper = parse(text)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "e. fox", "gil hay"]
    assert [p.initials for p in paper.attendees[:3]] == ["AB", "BC", "CD"]
    assert [p.org for p in paper.attendees[1:]] == ["Elmley Council", "Oakham Police", "Oakham County Council",
                                                    "Oakham Trust"]
    assert paper.chair is not None and person_key(paper.chair.name) == "ada brook"


def test_apologies_from_named_members_of_a_group():
    text = ("Scrutiny Panel\nMinutes of the meeting held on 11 September 2018\n\n"
            "1. Apologies and Welcome\n"
            "The Chairman welcomed everyone to the meeting. Apologies had been received from Panel members "
            "Ada Brook and Ben Cole.\n\n2. Minutes\nAgreed.\n")
    paper = parse(text)
    assert keys(paper.apologies) == ["ada brook", "ben cole"]


def test_an_unlabelled_run_of_rows_opened_by_initials_under_the_header():
    text = ("Tuesday 24 January 2023 – 2.00pm\nMS Teams virtual meeting\n"
            "AB Cllr. Ada Brook (Chair)\nBC Ben Cole (Elmley Council)\nCD Cy Dee (Oakham Police)\n"
            "EF Eve Fox (Oakham Trust)\n"
            "AB welcomed everyone to the meeting.\nConfirmation of apologies given.\n"
            "ACTION: BC to arrange publication on the council webpage.\n")
    paper = parse(text)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "eve fox"]
    assert [p.org for p in paper.attendees[1:]] == ["Elmley Council", "Oakham Police", "Oakham Trust"]
    assert paper.chair is not None and person_key(paper.chair.name) == "ada brook"
    assert [a.owners for a in paper.actions] == [["Ben Cole"]]


def test_the_part_of_council_minutes_after_the_members_is_no_member():
    text = ("Meeting of Elmley Adult Protection Working Committee\n\nDate: Monday, 13th March, 2006\n\n"
            "Ms A Brook (Chairman), Mr B Cole, Ms C Dee, DS D Eve\n\n\nPart I\n\n1 Apologies and substitutions.\n")
    paper = parse(text)
    assert "part i" not in keys(paper.attendees)
