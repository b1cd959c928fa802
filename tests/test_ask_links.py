"""The ask box's links are built by webapp.urls like every other link (so they follow the app's script
root), lead to pages that exist, and are the same from the command line; its example questions are
one list, and each is one it answers. A real app over the samples (tests/conftest.py)."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from ask.common import EXAMPLES, SUGGESTIONS

QUESTIONS = [  # between them: person, meeting, organisation and passage links
    "who attended the board meeting on 31 October 2007",
    "which meetings did Ian Dean attend",
    "what actions does Christine Christie own",
    "which actions mention FGM",
    "who owns actions about training",
]


def links(answer: dict) -> list[str]:
    found = [link for row in answer["rows"] for link in (row.get("links") or {}).values() if link]
    found += [r["link"] for r in (answer.get("see_also") or {}).get("rows", []) if r.get("link")]
    return found


def asked(client, question: str, **kwargs) -> dict:
    response = client.get("/api/ask?q=" + quote(question), **kwargs)
    assert response.status_code == 200
    return response.get_json()["answer"]


@pytest.fixture(scope="module")
def answered(ingested_app):
    from tests.conftest import _client

    client = _client(ingested_app, "officer")
    return {q: asked(client, q) for q in QUESTIONS}


def test_every_link_leads_to_a_page(client, answered):
    every = [link for answer in answered.values() for link in links(answer)]
    assert {link.split("/")[1] for link in every} == {"people", "meetings", "organisations", "papers"}
    for link in set(every):
        assert client.get(link.split("#")[0]).status_code == 200, link


def test_links_follow_the_script_root(client, answered):
    for question, answer in answered.items():
        prefixed = links(asked(client, question, environ_overrides={"SCRIPT_NAME": "/boardgraph"}))
        assert prefixed == ["/boardgraph" + link for link in links(answer)], question


def test_the_command_line_gives_the_same_links(archive, answered):
    from ask import answer

    for question, expected in answered.items():  # archive: an app context, but no request
        assert links(answer(archive.graph, question)) == links(expected), question


def test_the_pages_offer_example_questions_the_ask_box_answers(client):
    assert set(EXAMPLES) <= set(SUGGESTIONS) and len(EXAMPLES) == len(set(EXAMPLES)) >= 5
    assert client.get("/api/home").get_json()["examples"] == EXAMPLES
    assert client.get("/api/ask").get_json()["examples"] == EXAMPLES
    home = client.get("/").get_data(as_text=True)
    assert f'placeholder="{EXAMPLES[0]}"' in home
    for question in EXAMPLES:
        assert asked(client, question)["intent"], question
