"""The ask box's sentences for every found / empty / ambiguous combination, and the dates a
question may name: asked of the real archive (samples + tests/gold/real), read as English."""
from __future__ import annotations

import datetime
import re

import pytest

from tests.ask.scorer import placeholders
from ask import answer
from ask.text import count, listing, sentence
from ask.when import split_when


def test_counts_lists_and_sentences():
    assert [count(0, "person"), count(1, "person"), count(2, "person")] == ["no people", "1 person", "2 people"]
    assert [count(1, "meeting"), count(3, "meeting"), count(2, "match")] == ["1 meeting", "3 meetings", "2 matches"]
    assert listing(["A"]) == "A" and listing(["A", "B"]) == "A and B" and listing(["A", "", "B", "C"], "or") == "A, B or C"
    assert sentence("no action mentions", None, "", "FGM") == "No action mentions FGM."
    assert sentence("who?") == "Who?" and sentence() == ""


@pytest.mark.parametrize("text, start, end, phrase", [
    ("the board meeting on 31 October 2007", "2007-10-31", "2007-10-31", "on 31 October 2007"),
    ("meetings in July 2007", "2007-07-01", "2007-07-31", "in July 2007"),
    ("meetings in 2009", "2009-01-01", "2009-12-31", "in 2009"),
    ("meetings between 2008 and 2010", "2008-01-01", "2010-12-31", "between 2008 and 2010"),
    ("meetings from March 2008 to June 2009", "2008-03-01", "2009-06-31", "between March 2008 and June 2009"),
    ("meetings last year", "2017-01-01", "2017-12-31", "last year (2017)"),
    ("meetings this year", "2018-01-01", "2018-12-31", "this year (2018)"),
    ("meetings since 2015", "2015-01-01", None, "since 2015"),
])
def test_dates_months_years_ranges_and_last_year(text, start, end, phrase):
    rest, when, problem = split_when(text, newest="2018-07-13")
    assert problem is None and rest.split()[-1] in ("meeting", "meetings")
    assert (when.start, when.end, when.phrase) == (start, end, phrase)


def test_a_body_named_of_is_not_a_date_and_a_bad_date_is_said():
    assert split_when("the chairs of the board")[1] is None
    _, _, problem = split_when("the meeting on the 45th of Smarch")
    assert problem and "could not read" in problem


QUESTIONS = [
    # found / empty / ambiguous / unknown, for every form
    "who attended the Brent LSCB meeting on 4 June 2014", "who attended the meeting on 1 January 2001",
    "who attended the Nowhere Board meeting", "who attended meetings last year",
    "who sent apologies to the meeting on 20 May 2010", "who sent apologies to the meeting on 5 September 2012",
    "who sent apologies to the meeting on 1 January 2001",
    "who chaired the meeting in July 2007", "who chaired meetings in 1990", "who chaired SBNI meetings",
    "who chaired the Safeguarding Adults Partnership Board meeting", "who chaired meetings between 2008 and 2010",
    "which meetings did Coppell attend", "which meetings did Myers attend in 1990", "which meetings did Scott attend",
    "which meetings did Nobody Atall attend", "which meetings did Hannah Miller send apologies to",
    "when did Myers last attend", "when did Nobody Atall last attend",
    "which actions mention FGM", "which actions mention unicorns", "which actions mention datasets",
    "what actions does Picken own", "what actions does Jennie Green own", "what actions does Scott own",
    "who represented NSPCC", "who represented Unicorn Trust",
    "what did the board decide about FGM", "what did the board decide about unicorns",
    "when was FGM last discussed", "when was unicorns last discussed",
    "which actions are still open", "which actions are overdue",
    "who owns actions about CSE", "who owns actions about unicorns", "what is the meaning of life",
    "who attended the meeting on the 45th of Smarch",
    "who attended the last Brent LSCB meeting", "who was present at the 4 June 2014 Brent LSCB meeting",
    "who was absent from the Brent LSCB meeting", "apologies for the meeting on 20 May 2010",
    "what actions were agreed at the LSCB Chairs meeting on 21 January 2010", "actions from the Brent LSCB meeting",
    "what actions were agreed at the meeting in 1990", "what actions were agreed at the meeting on 5 September 2012",
    "what actions were agreed about FGM", "who was in the chair at the meeting in July 2007",
    "what is Jennie Green responsible for", "Jennie Green's actions", "who attended the last meeting",
    "what happened to action 1 from the last meeting", "what happened to action 9 from the last meeting",
    "what happened to action 5 from the meeting on 11 May 2018", "what happened to action 1 from the meeting on 13 July 2018",
    "what happened to action 1 from the 2009 meetings", "what happened to action 1 from the meeting in 1990",
    "what happened to the actions about the structure chart", "what happened to the actions about FGM",
    "what happened to the actions about unicorns",
    "did Dave Hill attend the meeting on 31 October 2007", "was Dave Hill at the meeting on 25 July 2007",
    "did Ian Dean attend the meetings in 2007", "was Jennie Green at the meeting on 13 July 2018",
    "did Nobody Atall attend the meeting on 31 October 2007", "did Derek Myers attend the meeting in 1990",
    "how many people attended the Brent LSCB meeting", "who is responsible for the structure chart",
    "who was asked to circulate the terms of reference", "which actions mention circulate the terms of reference",
    "who attended", "who chaired", "who attended the meeting in July",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_answer_is_a_clean_sentence(real_archive, question):
    result = answer(real_archive.graph, question)
    assert not placeholders(result), (result["message"], placeholders(result))
    assert not re.search(r"\b([a-z]+) \1\b", result["message"], re.I), result["message"]  # "the the", "of of"
    assert not re.search(r"\b1 (people|meetings|actions)\b|\b([02-9]|\d\d+) (person|meeting|action)\b",
                         result["message"]), result["message"]
    if not result["rows"]:
        assert re.search(r"\b(no|nobody|nothing|not|can't|could not|which one)\b", result["message"], re.I), \
            result["message"]


def test_nothing_found_is_said_plainly(real_archive):
    g = real_archive.graph
    assert answer(g, "who attended the meeting on 1 January 2001")["message"] == \
        "I found no meeting on 1 January 2001."
    assert answer(g, "who chaired meetings in 1990")["message"] == "I found no meeting in 1990."
    assert answer(g, "which actions mention unicorns")["message"].startswith("No action mentions unicorns.")


def test_the_last_meeting_is_the_newest_of_its_body(real_archive):
    result = answer(real_archive.graph, "who attended the last London Safeguarding Children Board meeting")
    assert {r["date"] for r in result["rows"]} == {"2012-09-05"}
    assert "on 5 September 2012." in result["message"]


def test_a_meetings_actions(real_archive):
    result = answer(real_archive.graph, "what actions were agreed at the last LSCB Chairs meeting")
    assert result["message"] == "The papers record 13 actions from 1 meeting of LSCB Chairs on 21 January 2010."
    assert len(result["rows"]) == 13


def test_an_action_is_linked_to_the_later_meeting_that_takes_it_up(real_archive):
    result = answer(real_archive.graph, "what happened to action 2 from the meeting on 11 May 2018")
    assert result["message"] == "Action 2 of the meeting on 11 May 2018 was taken up at the meeting on 13 July 2018."
    [row] = result["rows"]
    assert row["owners"] == "Debbie Hartrick"
    assert row["follow_up"].startswith("Jennie Green agreed to provide the structure chart for East Berks CCG.")
    assert row["links"]["follow_up"].endswith("#passage")
    nothing = answer(real_archive.graph, "what happened to action 5 from the meeting on 11 May 2018")
    assert nothing["message"] == ("Action 5 of the meeting on 11 May 2018 is not taken up in the matters arising of"
                                  " the next meeting.")


def test_the_last_meeting_is_the_newest_and_a_month_is_said_as_a_month(real_archive):
    # the newest minutes of the archive (NCPLG, January 2019) give only their month
    result = answer(real_archive.graph, "what happened to action 2 from the last meeting")
    assert result["message"] == ("The meeting in March 2018 (the one before the newest, in January 2019) records"
                                 " no actions.")


def test_did_someone_attend_says_yes_or_no_and_never_counts_apologies_as_attending(real_archive):
    g = real_archive.graph
    assert answer(g, "did Dave Hill attend the meeting on 31 October 2007")["message"] == \
        "Yes: Dave Hill attended the meeting on 31 October 2007."
    assert answer(g, "was Dave Hill at the meeting on 25 July 2007")["message"] == \
        "No: Dave Hill sent apologies to the meeting on 25 July 2007."
    assert answer(g, "did Ian Dean attend the meetings in 2007")["message"] == \
        "Yes: Ian Dean attended 3 of the 4 meetings in 2007. Ian Dean sent apologies to 1 meeting."


def test_an_action_is_found_by_its_words_in_another_order(real_archive):
    result = answer(real_archive.graph, "which actions mention circulate the terms of reference")
    assert result["message"] == "1 action has every word of “circulate the terms of reference”."
    assert [r["action"] for r in result["rows"]] == ["Draft terms of reference to be circulated"]


def test_the_chair_question_takes_a_month(real_archive):
    result = answer(real_archive.graph, "who chaired the meeting in July 2007")
    assert result["message"] == "Derek Myers chaired 1 meeting in July 2007."
    assert [r["date"] for r in result["rows"]] == ["2007-07-25"]


def test_an_acronym_names_its_body(real_archive):
    result = answer(real_archive.graph, "who chaired SBNI meetings")
    assert {r["name"] for r in result["rows"]} >= {"Bernie McNally"}
    assert "Safeguarding Board for Northern Ireland (SBNI)" in result["message"]


def test_actions_under_an_item_about_fgm_are_marked_and_listed_after_those_naming_it(real_archive):
    result = answer(real_archive.graph, "which actions mention FGM")
    marked = [r for r in result["rows"] if r["under_item"]]
    assert {r["action"] for r in marked} == {"Phil Cook requested for Involve to be included in this work.",
                                             "Jonathan Picken to add to forward plan"}
    assert all(r["under_item"] == "under the item FGM Task and Finish Group Report" for r in marked)
    first_marked = result["rows"].index(marked[0])
    assert all(not r["under_item"] for r in result["rows"][:first_marked])
    assert all(r["under_item"] for r in result["rows"][first_marked:])
    assert "recorded under an agenda item about it" in result["message"]


def test_a_surname_several_people_share_is_asked_back_with_the_candidates(real_archive):
    result = answer(real_archive.graph, "which meetings did Scott attend")
    assert result["message"] == "“Scott” could mean 2 people: Mike Scott or Nick Scott. Which one?"
    assert [r["name"] for r in result["rows"]] == ["Mike Scott", "Nick Scott"]


def test_an_unknown_question_gets_the_closest_forms(real_archive):
    result = answer(real_archive.graph, "which actions are late for FGM please")
    assert result["intent"] is None or result["rows"] is not None
    result = answer(real_archive.graph, "tell me who was in the chair")
    assert result["intent"] is None and result["suggestions"][0].startswith("who chaired")


@pytest.mark.parametrize("question", [
    "which actions mention FGM", "who attended the board meeting in July 2007", "who chaired meetings in 1990",
    "which meetings did Scott attend", "what happened to action 1 from the last meeting", "which actions are still open",
    "who sent apologies to the meeting on 31 October 2007", "what is the meaning of life",
])
def test_the_ask_page_and_its_json_show_no_placeholder(client, question):
    from urllib.parse import quote

    html = client.get("/ask?q=" + quote(question)).get_data(as_text=True)
    section = html[html.index('<section class="answer"'):html.index("</section>")]
    assert not re.search(r">\s*(None|null)\s*<|\bNone\b|\(\s*\)", section.split("<details>")[0]), section[:2000]
    data = client.get("/api/ask?q=" + quote(question)).get_json()["answer"]
    assert not placeholders(data), placeholders(data)


@pytest.mark.parametrize("body, meeting, names", [
    ("Brent LSCB", {"title": "Brent LSCB Meeting Minutes", "body": "Brent LSCB"}, True),
    ("SBNI", {"title": "31st Meeting of the Safeguarding Board for Northern Ireland"}, True),
    ("Stockton LSCB", {"title": "Meeting of 2010-05-20", "filename": "009_stockton-slscb-2010-05-20.txt"}, True),
    ("Norfolk Safeguarding Adults Board", {"title": "Meeting of 2014-07-18", "filename": "203_norfolk-sab.txt"}, True),
    ("LSCB", {"title": "London Safeguarding Children Board Meeting"}, True),
    ("London Safeguarding Children Board", {"title": "Brent LSCB Meeting Minutes", "filename": "008_brent-lscb.txt"},
     False),
    ("Brent LSCB", {"title": "London Safeguarding Children Board Meeting"}, False),
    ("Safeguarding Adults Board", {"title": "Meeting of 2014-07-18", "filename": "203_norfolk-sab.txt"}, False),
])
def test_a_bodys_words_name_its_meetings(body, meeting, names):
    from graph.read import names_meeting

    assert names_meeting(body, meeting) is names


def test_a_board_named_by_place_is_found_by_its_papers_name(real_archive):
    result = answer(real_archive.graph, "who attended the Stockton LSCB meeting on 20 May 2010")
    assert result["message"] == ("7 people attended 1 meeting of Stockton LSCB on 20 May 2010. Its paper has extraction"
                                 " warnings: check them on the meeting's page.")


def test_a_body_no_meeting_is_named_by_falls_back_to_the_days_meetings_and_says_so(real_archive):
    result = answer(real_archive.graph, "who attended the Westshire Board meeting on 20 May 2010")
    assert result["message"] == ("No meeting's name matches “Westshire Board”, so this is every meeting on"
                                 " 20 May 2010. 7 people attended 1 meeting on 20 May 2010. Its paper has extraction"
                                 " warnings: check them on the meeting's page.")
    assert answer(real_archive.graph, "who attended the Westshire Board meeting in 2010")["message"] == \
        "I found no meeting of Westshire Board in 2010."


def test_clean_cell_folds_every_kind_of_whitespace_as_the_regex_did():
    """clean_cell splits on str.isspace instead of re.sub(r"\\s+", " ").strip(): the same characters,
    every code point checked alone, inside a word and repeated at both ends."""
    import sys

    from ask.text import clean_cell

    for c in range(sys.maxunicode + 1):
        ch = chr(c)
        for value in (ch, f"a{ch}b", f" {ch}x{ch}{ch} y\n"):
            assert clean_cell(value) == re.sub(r"\s+", " ", value).strip(), hex(c)
    assert clean_cell(None) == "" and clean_cell(3) == 3


def test_an_answer_from_a_paper_read_with_warnings_says_so(real_archive):
    """Who attended, sent apologies or chaired, asked of each meeting: the answer says its paper has extraction
    warnings exactly when the stored paper has them, and a year's answer counts the warned papers."""
    import graph

    caution = "Its paper has extraction warnings: check them on the meeting's page."
    meetings = graph.attendance(real_archive.graph, None, limit=200)
    warned = {m["meeting_id"] for m in meetings if real_archive.paper(m["doc_id"]).warnings}
    assert warned and len(warned) < len(meetings)  # both kinds are asked about
    dates = {}
    for m in meetings:
        dates.setdefault(m["date"], []).append(m["meeting_id"])
    for day, ids in dates.items():
        if len(ids) != 1 or len(day) != 10:
            continue
        when = datetime.date.fromisoformat(day).strftime("%-d %B %Y")
        for question in (f"who attended the meeting on {when}", f"who chaired the meeting on {when}",
                         f"who sent apologies to the meeting on {when}"):
            message = answer(real_archive.graph, question)["message"]
            assert message.endswith(caution) == (ids[0] in warned), (question, message)
    years = {}
    for m in meetings:
        years.setdefault((m["date"] or "")[:4], []).append(m["meeting_id"])
    year, ids = max(((y, i) for y, i in years.items() if y and any(x in warned for x in i)), key=lambda yi: len(yi[1]))
    assert len(ids) > 1
    n = sum(x in warned for x in ids)
    assert answer(real_archive.graph, f"who attended meetings in {year}")["message"].endswith(
            f"{n} of these {len(ids)} papers have extraction warnings: check them on each meeting's page.")
