"""The learned reader on member lists without given names (issue 13, round 67).

Invented names and bodies. Councils and boards write their members as 'Councillors Brook, Cole and Dale', 'Cllrs A
Brook, B Cole', 'Ms. Brook (Chair), Mr. Cole'. A forms copy of a training paper rewrites its gold names into such a
form (seeded; every span reads its new name, the gold name is the written form minus its title); the measuring
gate takes a surname, with initials or not, only where a title leads it. Cross-validation chose a variant, the
held-out check lowered attendees, and the committed model and the product's gates stay as round 61 left them.
"""
from __future__ import annotations

import re

import pytest

from ingest.learned.corpus import Example, mark
from ingest.learned.forms import OFFICE_TITLES, PERSONAL_TITLES, form_copies, formed
from ingest.learned.members import member_shape, title_word, titled
from ingest.names import TITLES

_TEXT = ("Elmley Board\nMinutes of the meeting held on 3 March 2031\n\nPresent: Cllr Ada Brook (Chair), Ben Cole, "
         "Cy Dale and Dora van Eve\nApologies: Ed Fry\n\n1. Welcome\n\nCllr Brook welcomed everyone.\n")
_GOLD = {"attendees": ["Ada Brook", "Ben Cole", "Cy Dale", "Dora van Eve"], "apologies": ["Ed Fry"]}


def _paper() -> Example:
    ex = Example("gold", "elmley.txt", _TEXT)
    ex.gold = {k: list(v) for k, v in _GOLD.items()}
    return mark(ex)


@pytest.mark.parametrize("copy", range(24))
def test_every_span_reads_its_new_gold_name(copy):
    new = formed(_paper(), copy)
    read = [(" ".join(new.text[a:z].split()), label) for a, z, label in new.spans]
    gold = [(n, "ATTENDEE") for n in new.gold["attendees"]] + [(n, "APOLOGY") for n in new.gold["apologies"]]
    assert read == gold
    for name in new.gold["attendees"] + new.gold["apologies"]:
        assert member_shape(name.replace("van ", "")), name  # 'Brook', 'A Brook', 'A.B. Brook', 'AB Brook'
        assert not any(title_word(w) for w in name.split())  # the gold name is the written form minus its title
    assert new.text.endswith("Cllr Brook welcomed everyone.\n")  # unmarked text stays as it was


def test_the_forms_are_member_list_forms_with_titles_from_the_title_list():
    texts = [formed(_paper(), c).text for c in range(24)]
    assert any("Present: Councillors " in t or "Present: Cllrs" in t or "Present: Aldermen" in t for t in texts)
    assert any(re.search(r"Present: Cllr\.? [A-Z]\.?\S* ?Brook", t) for t in texts)
    assert any(re.search(r"Present: (?:Mr|Mrs|Ms|Miss|Dr|DS|DI|Supt|Insp)\.? ", t) for t in texts)
    assert any(re.search(r"Present: \w+\.? Brook \(Chair\)", t) for t in texts)  # the surname alone
    assert all(t.lower().rstrip(".") in TITLES for t in (*OFFICE_TITLES, *PERSONAL_TITLES))
    assert all("Ada" not in t and "Dora" not in t for t in texts)  # no given name left in the list


def test_a_plural_title_leads_a_run_and_the_names_after_it_have_none():
    for c in range(40):
        new = formed(_paper(), c)
        if m := re.search(r"Present: (Councillors|Cllrs\.?|Aldermen) ", new.text):
            line = new.text[m.start():new.text.index("\n", m.start())]
            assert line.count("Cllr") + line.count("Council") + line.count("Alder") == 1
            return
    pytest.fail("no plural title in 40 copies")


def test_the_copies_are_seeded_and_only_of_papers_with_names():
    assert formed(_paper(), 3).text == formed(_paper(), 3).text
    empty = Example("gold", "agenda.txt", "Elmley Board\nAgenda\n")
    empty.gold = {"attendees": [], "apologies": []}
    assert [e.text for e in form_copies([_paper(), mark(empty)], 1, share=1.0)] in (
        [formed(_paper(), 0).text], [e.text for e in form_copies([_paper()], 1, share=1.0)])
    assert len(form_copies([mark(empty)], 2, share=1.0)) == 0


def test_member_shape_and_a_leading_title():
    assert all(member_shape(n) for n in ("Brook", "A Brook", "A. Brook", "A.B. Brook", "AB Brook", "A B Brook"))
    assert not any(member_shape(n) for n in ("Ada Brook", "brook", "Brook Cole Dale", "Ada B. Cole"))
    text = "Present: Councillors Brook, Cole (Chair), Dale and Eve.\nOfficers present: Ben Fry, Head of Finance Gale"
    assert all(titled(text, text.index(w)) for w in ("Brook", "Cole", "Dale", "Eve"))
    assert not titled(text, text.index("Gale"))  # 'of' and 'Officers' stand between: no title leads it
    assert title_word("Cllrs") and title_word("Councillors") and title_word("Ms.") and not title_word("Chair")



def test_a_surname_is_taken_only_where_a_title_leads_it():
    from ingest.learned.members import member_name
    from ingest.parse.vocab import load_vocabulary

    vocab = load_vocabulary()
    text = "Present: Ms. Brook (Chair), Cole, Mr. Dale\nOfficers: Finance Gale"
    at = {w: (text.index(w), text.index(w) + len(w)) for w in ("Brook", "Cole", "Dale", "Gale")}
    assert member_name("Brook", text, at["Brook"], vocab, set())
    assert member_name("Cole", text, at["Cole"], vocab, set())  # a run after a title
    assert not member_name("Gale", text, at["Gale"], vocab, set())
    assert not member_name("Dale", text, at["Dale"], vocab, {"dale"})  # a surname a name read already ends in
