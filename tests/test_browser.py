"""A real browser journey in Debian's Chromium: search -> person -> meeting.

Screenshots go to test-output/ for a person to look at."""
from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from tests.conftest import OFFICER, ROOT

CHROMIUM = os.environ.get("BOARDGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
SHOTS = ROOT / "test-output" / "screenshots"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def live_server(ingested_app):
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, ingested_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing; `make test` installs Debian's chromium")
        pytest.skip(f"{CHROMIUM} is missing (install Debian's chromium, as `make test` does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto("/")
    if "/login" in page.url:
        page.fill("#login-name", OFFICER[0])
        page.fill("#login-password", OFFICER[1])
        page.click("main form button[type=submit]")
        page.wait_for_url(lambda url: "/login" not in url)
    yield page
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_search_then_person_then_meeting(page):
    page.goto("/")
    page.fill("#home-q", "secure email")
    page.click("form[role=search].box button[type=submit]")
    page.wait_for_selector(".hits-list .hit")
    shot(page, "1-search")
    first = page.locator(".hits-list .hit").first
    assert "Secure emails" in first.inner_text()
    assert first.locator("mark").count() > 0

    first.locator(".hit-people a", has_text="Alastair Jeffrey").click()
    page.wait_for_selector("h1:has-text('Alastair Jeffrey')")
    shot(page, "2-person")
    timeline = page.locator("table.timeline").inner_text()
    assert "London Safeguarding Children Board Meeting" in timeline and "2007-10-31" in timeline

    page.locator("table.timeline a", has_text="London Safeguarding Children Board Meeting").first.click()
    page.wait_for_selector("table.attendees")
    shot(page, "3-meeting")
    assert page.locator("h2", has_text="Attendees (20)").count() == 1
    attendees = page.locator("table.attendees").inner_text()
    assert "Dave Hill" in attendees and "Merton LSCB" in attendees
    assert "Derek Myers" in page.locator(".header-fields").inner_text()


def test_source_link_scrolls_to_the_highlighted_passage(page):
    page.goto("/people/dave%20hill")
    page.locator("table.timeline a.source").first.click()
    mark = page.locator("mark#passage")
    mark.wait_for()
    shot(page, "4-passage")
    assert "Dave Hill" in mark.inner_text()
    assert mark.is_visible()


def test_ask_which_actions_mention_fgm(page):
    page.goto("/")
    page.fill("#home-ask", "which actions mention FGM")
    page.locator("#home-ask").press("Enter")
    page.wait_for_selector(".answer h2")
    shot(page, "5-ask-fgm")
    assert page.locator(".answer h2").inner_text().startswith("No action mentions FGM")
    assert page.locator(".answer ul a", has_text="FGM").count() >= 1
    page.locator(".answer ul a", has_text="FGM").first.click()
    assert "FGM" in page.locator("mark#passage").inner_text()


def _graph_nodes(page, more_than: int) -> int:
    """The node count the graph view reports, once it exceeds `more_than` (polled: CSP forbids eval)."""
    for _ in range(100):
        count = int(page.locator("#graph").get_attribute("data-nodes") or 0)
        if count > more_than:
            return count
        page.wait_for_timeout(100)
    raise AssertionError(f"the graph never showed more than {more_than} nodes")


def test_graph_view_expands_a_node(page):
    page.goto("/graph/person/dave-hill")
    before = _graph_nodes(page, 1)
    shot(page, "6-graph")
    box = page.locator("#graph").bounding_box()
    positions = page.evaluate("""() => window.__bgCy.nodes('[kind = "meeting"]').map(n => n.renderedPosition())""")
    assert positions, "the graph shows Dave Hill's meetings"
    page.mouse.click(box["x"] + positions[0]["x"], box["y"] + positions[0]["y"])
    after = _graph_nodes(page, before)
    shot(page, "7-graph-expanded")
    assert after > before
