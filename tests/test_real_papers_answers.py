"""Real papers of other boards ingested beside the samples: the answers an officer would get.

The first user to try real minutes found 26 papers made 11 meetings, nobody at
the Brent LSCB meeting of 4 June 2014 and July 2007 minutes dated 2014. These
tests ingest the same kind of archive (samples + tests/gold/real) into real
stores and ask as an officer would.
"""
from __future__ import annotations

import pytest

from ask import answer


@pytest.fixture
def archive(real_archive):
    return real_archive


def _names(rows) -> set[str]:
    return {r["name"].lower() for r in rows}


def test_who_attended_a_board_named_in_the_title(archive):
    result = answer(archive.graph, "who attended the Brent LSCB meeting on 4 June 2014")
    names = _names(result["rows"])
    assert {"angela chiswell", "wendy proctor"} <= names, result["message"]
    assert all(r["date"] == "2014-06-04" for r in result["rows"])


def test_a_sharing_sites_upload_date_is_not_the_meeting_date(archive):
    result = answer(archive.graph, "who attended the London Safeguarding Children Board meeting on 25 July 2007")
    assert result["rows"], result["message"]
    assert all(r["date"] == "2007-07-25" for r in result["rows"])


def test_trailing_action_markers_give_owners_their_actions(archive):
    result = answer(archive.graph, "what actions does Jennie Green own")
    assert len(result["rows"]) >= 3, result["message"]


def test_no_meeting_is_titled_by_site_boilerplate(archive):
    titles = {(m["title"] or "").lower() for m in archive.graph.run("MATCH (m:Meeting) RETURN m.title AS title")}
    assert all(titles) and not titles & {"advertisement", "minutes of the", "document sample"}, titles
