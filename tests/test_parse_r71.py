"""Members written as initials and a surname with no separator, and a label ended by a dash (issue 13, round 71).

Invented names and bodies. A council's members in a two-column table flattened into one run, 'G. Adam M. Iqbal
M. Adams ...': each entry is one to three initials and a surname; two name words with no initial between two
entries are one person's full name. 'PRESENT –' with the dash ending its line is the present label.
"""
from __future__ import annotations

import pytest

from parse_fixtures import keys, parse
from ingest.names import person_key

_RUN = ("A. Brook B. Cole C. D. Dunn E. Eyre Fay Gill G. H. Hale I. Ince J. K. L. King M. Moss")
_NAMES = ["A. Brook", "B. Cole", "C. D. Dunn", "E. Eyre", "Fay Gill", "G. H. Hale", "I. Ince", "J. K. L. King",
          "M. Moss"]


@pytest.mark.parametrize("label", ["PRESENT –", "PRESENT:", "Present -"])
def test_a_run_of_initials_and_surnames(label):
    paper = parse(f"MINUTES OF THE COUNCIL MEETING HELD AT ELMLEY TOWN HALL ON 11th JULY, 2031\n\n{label}\n\n"
                  f"Councillors\n\n{_RUN}\n\n15. DECLARATIONS OF INTEREST\n\nMembers were reminded.\n")
    assert keys(paper.attendees) == [person_key(n) for n in _NAMES]


def test_a_run_with_a_word_that_is_no_name_is_not_cut():
    paper = parse("MINUTES OF THE COUNCIL MEETING HELD AT ELMLEY TOWN HALL ON 11th JULY, 2031\n\nPRESENT:\n\n"
                  "A. Brook B. Cole C. Dunn Elmley Council D. Eyre E. Fox\n\n15. DECLARATIONS OF INTEREST\n\nNone.\n")
    assert not any("Elmley" in p.name for p in paper.attendees)
