"""Prose rules: sentence cues, organisation vetting and NER-guess repair, on tiny invented texts.

The cue and vetting rules are plain functions; the NER repair runs on real spaCy Docs
(a blank English pipeline with entities set by hand, so the test fixes what NER guessed),
and one test runs the whole pipeline with the real model.
"""
from __future__ import annotations

import dataclasses

import spacy

from ingest.model import Paper
from ingest.names import clean_text
from ingest.parse.cues import org_after_person, org_cue, org_slots, person_cue, person_slots, signatures
from ingest.parse.guesses import Mentions, Vetting, add_ner, add_slot_people
from ingest.parse.lines import split_lines
from ingest.parse.orgs import find_all, locate, not_org, phrase_pattern, proper_name
from ingest.parse.roster import Roster
from ingest.parse.vocab import load_vocabulary
from ingest.pipeline import extract_bytes

VOCAB = load_vocabulary()


def vetoed(value: str, **paper_fields) -> bool:
    return not_org(Paper(id="t", filename="t.txt", **paper_fields), value, Roster(), VOCAB, set(), {})


def test_person_cues_after_and_before_a_name():
    text = "Ada Brook reported that Ben Cole (Elmley Aid) and Cy Dunn from Oakham Trust were asked to invite Dot Eve."
    assert person_cue(text, text.index(" reported"), VOCAB)
    assert person_cue(text, text.index(" (Elmley"), VOCAB)
    assert person_cue(text, text.index(" from Oakham"), VOCAB)
    assert person_cue(text, len(text) - 1, VOCAB, text.index("Dot"))
    assert not person_cue(text, text.index(" were"), VOCAB)


def test_organisation_cues_and_the_organisation_written_after_a_person():
    text = "Ada Brook (Elmley Aid) and Ben Cole from Oakham Youth Trust and Cy Dunn. Elmley Aid have produced a paper."
    s = text.index("Elmley Aid")
    assert org_cue(text, s, s + len("Elmley Aid"))  # in brackets right after a name
    s = text.rindex("Elmley Aid")
    assert org_cue(text, s, s + len("Elmley Aid"))  # before a plural verb
    start, end = org_after_person(text, text.index(" from"), VOCAB)
    assert text[start:end] == "Oakham Youth Trust"  # cut at 'and' when the next part is a person
    start, end = org_after_person(text, text.index(" (Elmley"), VOCAB)
    assert text[start:end] == "Elmley Aid"


def test_organisation_slots_need_more_than_one_capitalised_word():
    text = ("It was agreed that Elmley Aid have produced a paper. Parents were asked. A letter from EA arrived. "
            "Ada Brook and Ben Cole have agreed. Guidance from Oakham arrived.")
    found = {text[s:e] for s, e in org_slots(text, VOCAB)}
    assert {"Elmley Aid", "EA"} <= found
    assert "Parents" not in found and "Oakham" not in found
    assert "Ada Brook and Ben Cole" not in found  # the last part is a name: vetted as a person later


def test_person_slots_take_the_name_at_the_end_of_a_capitalised_run():
    text = "The Board Ada Brook reported progress. The Elmley Review Panel (ERP) agreed. Ben Cole confirmed it."
    assert [text[s:e] for s, e in person_slots(text, VOCAB)] == ["Ada Brook", "Ben Cole"]


def test_signature_is_a_name_line_followed_by_a_job_title():
    lines = split_lines("3. The Committee is asked to note the report.\n\nAda Brook\n\nPolicy Officer\n\n6 December 2002\n"
                        "Elmley Aid\n\nSummary\n")
    assert [l.text for l in signatures(lines, VOCAB)] == ["Ada Brook"]


def test_terms_venues_places_and_descriptions_are_not_organisations():
    assert vetoed("Elmley Justice IT System") and vetoed("Multi-Agency Elmley Protection Arrangements")
    assert vetoed("Elmley Assessment Framework") and vetoed("Elmley Risk Assessment Conference")
    assert vetoed("Abbey House") and vetoed("Elmley Police Station")
    places = dataclasses.replace(VOCAB, boroughs=VOCAB.boroughs | {"elmley"})
    assert not_org(Paper(id="t", filename="t.txt"), "Elmley", Roster(), places, set(), {})  # a bare borough
    assert vetoed("Working Group") and vetoed("Front-line Practitioners") and vetoed("All Agencies")
    assert vetoed("London Managers")
    assert not vetoed("Elmley Play Centre") and not vetoed("Elmley Aid")


def test_generic_words_can_still_name_an_institution():
    assert proper_name("Youth Sports Board", VOCAB) and proper_name("Department of Transport", VOCAB)
    assert proper_name("Youth Panel England", VOCAB) and proper_name("National Safeguarding Unit", VOCAB)
    assert not proper_name("Working Group", VOCAB) and not proper_name("Child Welfare Unit", VOCAB)
    assert not vetoed("Youth Sports Board") and vetoed("Children's Services")


def test_an_acronym_long_form_is_an_organisation_only_when_it_names_one():
    acronyms = {"MAPA": "Multi-Agency Protection Arrangements", "LADO": "Local Authority Designated Officer",
                "YSS": "Youth Sports Service"}
    assert vetoed("MAPA", acronyms=acronyms) and vetoed("LADO", acronyms=acronyms)
    assert not vetoed("YSS", acronyms=acronyms)


def test_locate_folds_apostrophes_dashes_and_white_space():
    text = "that Ada’s and St Ben’s  Care Trust – Multi–Agency"
    start, end = locate(text, "Ada's and St Ben's Care Trust")
    assert text[start:end] == "Ada’s and St Ben’s  Care Trust"
    assert locate(text, "Multi-Agency") == (text.index("Multi"), len(text))
    assert locate(text, "Oakham") is None


def _vetting(text: str, ents: list[tuple[str, str]], roster: Roster | None = None) -> tuple[Paper, Mentions]:
    """Run the NER vetting on `text` with the given (label, phrase) entities as NER's guesses."""
    nlp = spacy.blank("en")
    doc = nlp(text)
    spans = []
    for label, phrase in ents:
        start = text.index(phrase)
        spans.append(doc.char_span(start, start + len(phrase), label=label, alignment_mode="expand"))
    doc.ents = spans
    paper = Paper(id="t", filename="t.txt", text=text)
    found = Mentions()
    vetting = Vetting(paper, roster or Roster(), VOCAB, {}, set(), found)
    add_ner(vetting, doc)
    add_slot_people(vetting)
    return paper, found


def test_a_name_tagged_as_an_organisation_is_a_person_when_the_sentence_says_so():
    text = "Ada Brook updated colleagues. Ben Cole (Elmley Aid) agreed. Cy Dunn joined."
    _, found = _vetting(text, [("ORG", "Ada Brook"), ("ORG", "Ben Cole"), ("ORG", "Cy Dunn")])
    labels = {(m.label, m.name) for m in found.items}
    assert {("PERSON", "Ada Brook"), ("PERSON", "Ben Cole")} <= labels
    assert ("ORG", "Cy Dunn") in labels  # no cue: NER's guess stands


def test_an_organisation_tagged_as_a_person_and_ner_pieces_cut_at_line_ends():
    text = ("It was agreed that Elmley Carers Support would be asked to comment on the draft of the paper here.\n"
            "8. Reviews – Ada Brook, EA\nOakham Aid Trust have produced a background paper on reviews for all.\n")
    _, found = _vetting(text, [("PERSON", "Elmley Carers Support"), ("ORG", "EA\nOakham Aid Trust")])
    names = {(m.label, m.name) for m in found.items}
    assert ("ORG", "Elmley Carers Support") in names and ("ORG", "Oakham Aid Trust") in names
    assert not any(m.name.startswith("EA ") for m in found.items)


def test_a_wrapped_name_stays_whole_and_a_cut_first_name_takes_its_surname():
    wide = "x" * 90
    text = f"{wide} discussed this with Ada\nBrook (Elmley Aid) outside the meeting.\n{wide}\nLater Dot Eve spoke.\n"
    roster = Roster()
    roster.add("Dot Mensah", listed=True)
    _, found = _vetting(text, [("ORG", "Ada\nBrook (Elmley Aid"), ("PERSON", "Dot")], roster)
    people = {m.name for m in found.items if m.label == "PERSON"}
    assert people == {"Ada Brook", "Dot Eve"}  # not 'Dot Mensah', the roster's only Dot


def test_roster_first_names_follow_additions():
    roster = Roster()
    roster.add("Ada Brook", listed=True)
    roster.add("Ada Cole")
    assert len(roster.by_first_name("ada")) == 2 and roster.by_first_name("Ben") == set()


def test_prose_people_and_organisations_with_the_real_pipeline():
    text = ("Elmley Board Meeting\nMinutes of the meeting held on 3 March 2015\n\n"
            "Present: Ada Brook (Elmley Council), Ben Cole (Oakham Police)\n\n"
            "1. Reviews\nCy Dunn reported that Elmley Aid have produced a paper. It was noted that Dot Eve from "
            "Oakham Youth Trust had been invited. The Elmley Public Protection Arrangements (EPPA) was discussed.\n")
    paper = extract_bytes(text.encode(), "t.txt")
    assert paper.title == "Elmley Board Meeting"
    assert {"Cy Dunn", "Dot Eve"} <= set(paper.people)
    assert {"Elmley Aid", "Oakham Youth Trust"} <= set(paper.organisations)
    assert not {"Cy Dunn", "Dot Eve", "Elmley Public Protection Arrangements", "EPPA"} & set(paper.organisations)
    assert not {"Elmley Aid", "Oakham Youth Trust"} & set(paper.people)
    for m in paper.mentions:  # every fact points at the words it was read from
        if m.label != "TOPIC":
            assert clean_text(paper.text[m.span[0]:m.span[1]]) == m.name


def test_a_plural_verb_makes_a_whole_subject_an_organisation_but_not_a_listed_person():
    from ingest.parse.cues import plural_subject
    text = "Elmley Aid have produced a paper. Ada Brook and Ben Cole have agreed. Cy Dunn has agreed."
    s = text.index("Elmley Aid")
    assert plural_subject(text, s, s + len("Elmley Aid"))
    s = text.index("Ben Cole")
    assert not plural_subject(text, s, s + len("Ben Cole"))
    s = text.index("Cy Dunn")
    assert not plural_subject(text, s, s + len("Cy Dunn"))


def test_an_organisation_guess_grows_to_the_title_case_words_after_it_but_not_into_a_paper_title():
    text = "3. Elmaid Update\nThe Elmley Child Protection Procedures were revised. Oakham Aid Trust agreed.\n"
    _, found = _vetting(text, [("ORG", "Elmaid"), ("ORG", "Elmley Child Protection"), ("ORG", "Oakham Aid")])
    assert {(m.label, m.name) for m in found.items} == {("ORG", "Elmaid"), ("ORG", "Oakham Aid Trust")}


def test_find_all_gives_the_spans_of_the_phrases_alternation():
    """find_all walks per-phrase patterns; it must agree with one alternation of all the phrases:
    longest phrase first at a place, either apostrophe, plurals, no match inside a word, overlaps."""
    text = ("Elmley Aid’s report went to Elmley Aid Trust and the Elmley  Aid\nTrusts; Aid Trust Aid Trust "
            "SubElmley Aid, Elmley-Aid, Aid Aid Aid and Children's Trust (Children’s Trust).")
    phrases = ["Elmley Aid", "Elmley Aid Trust", "Aid Trust", "Aid Aid", "Children’s Trust", "Elmley", "Oakham"]
    expected = [(m.start(), m.end()) for m in phrase_pattern(tuple(sorted(phrases)), True).finditer(text)]
    found = find_all(text, phrases)
    assert found == expected
    assert [text[s:e] for s, e in found][:3] == ["Elmley Aid’s", "Elmley Aid Trust", "Elmley  Aid\nTrusts"]
    assert text[found[-1][0]:found[-1][1]] == "Children’s Trust" and "Children's Trust" in [text[s:e] for s, e in found]
    assert find_all(text, []) == [] and find_all(text, ["Oakham"]) == []
