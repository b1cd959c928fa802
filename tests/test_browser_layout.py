"""Pages on a phone (390 x 844) and a desktop (1280 x 800), and by keyboard, in Debian's Chromium.

Every page is loaded at both widths as the officer or the admin: the page itself must not scroll
sideways, nothing may be hidden by `overflow-x: hidden` on the page, and the browser must log no error
(a CSP violation is logged as one, and is also caught by a `securitypolicyviolation` listener).
Screenshots of each page at each width go to test-output/screenshots/layout/ (git-ignored; CI keeps
test-output/)."""
from __future__ import annotations

import pytest

from tests.conftest import ADMIN, OFFICER, _client
from tests.test_browser import SHOTS, browser, live_server  # noqa: F401  (fixtures shared with the journey tests)

pytestmark = pytest.mark.browser

LAYOUT_SHOTS = SHOTS / "layout"
VIEWPORTS = {390: {"width": 390, "height": 844}, 1280: {"width": 1280, "height": 800}}
WIDTHS = sorted(VIEWPORTS)
ASK = "who attended the board meeting on 31 October 2007"
MAX_TABS_TO_FIRST_RESULT = 3

# Collected before any page script runs; Playwright injects it through the DevTools protocol, which the
# CSP does not govern.
CSP_LISTENER = """document.addEventListener('securitypolicyviolation', e => {
  (window.__cspViolations = window.__cspViolations || []).push(e.violatedDirective + ' ' + e.blockedURI);
});"""
PAGE_WIDTHS = """() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
  hidden: [document.documentElement, document.body].map(e => getComputedStyle(e).overflowX)
                                                  .filter(v => v === 'hidden' || v === 'clip'),
  wide: [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
          .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))})"""


@pytest.fixture(scope="module")
def meeting_id(ingested_app) -> str:
    """The 2007-10-31 board meeting: the samples' biggest (20 attendees, 12 items, a dense graph)."""
    home = _client(ingested_app, "officer").get("/api/home").get_json()
    return next(m["id"] for m in home["latest_meetings"] if m["date"] == "2007-10-31")


@pytest.fixture(scope="module")
def pages(ingested_app, meeting_id) -> dict[str, tuple[str, str]]:
    """name -> (role, path) of every page checked at both widths."""
    doc_id = _client(ingested_app, "officer").get(f"/api/meetings/{meeting_id}").get_json()["doc_id"]
    return {
        "home": ("officer", "/"),
        "search": ("officer", "/search?q=secure+email"),
        "meeting": ("officer", f"/meetings/{meeting_id}"),
        "person": ("officer", "/people/dave%20hill"),
        "ask": ("officer", "/ask?q=" + ASK.replace(" ", "+")),
        "actions": ("officer", "/actions"),
        "help": ("officer", "/help"),
        "paper": ("officer", f"/papers/{doc_id}"),
        "organisation": ("officer", "/organisations/nspcc"),
        "topic": ("officer", "/topics/secure-email"),
        "body": ("officer", "/bodies/London%20Safeguarding%20Children%20Board"),
        "graph": ("officer", f"/graph/meeting/{meeting_id}"),
        "admin-papers": ("admin", "/admin/"),
        "admin-jobs": ("admin", "/admin/jobs"),
        "admin-curation": ("admin", "/admin/curation"),
        "admin-users": ("admin", "/admin/users"),
        "admin-audit": ("admin", "/admin/audit"),
    }


@pytest.fixture(scope="module")
def sessions(browser, live_server) -> dict[str, dict]:  # noqa: F811
    """role -> Playwright storage state of a signed-in session (one sign-in per role for the module).
    It also checks the sign-in page logs no error and names an icon that loads (a browser asks for
    /favicon.ico otherwise, once, and logs its 404 as an error on whichever page it was showing)."""
    states = {}
    for role, (name, password) in (("officer", OFFICER), ("admin", ADMIN)):
        context = browser.new_context(base_url=live_server)
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto("/login")
        icon = page.evaluate("() => document.querySelector('link[rel=icon]')?.getAttribute('href')")
        assert icon and page.request.get(icon).ok, f"the pages' icon {icon!r} does not load"
        page.fill("#login-name", name)
        page.fill("#login-password", password)
        page.click("main form button[type=submit]")
        page.wait_for_url(lambda url: "/login" not in url)
        page.wait_for_load_state("load")
        assert errors == [], f"signing in as {role}: {errors}"
        states[role] = context.storage_state()
        context.close()
    return states


class Visit:
    """One page in its own browser context, with the errors the browser logged while showing it."""

    def __init__(self, browser, base_url: str, state: dict, width: int, javascript: bool = True):  # noqa: F811
        self.context = browser.new_context(base_url=base_url, viewport=VIEWPORTS[width], storage_state=state,
                                           java_script_enabled=javascript)
        self.width = width
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.add_init_script(CSP_LISTENER)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))

    def all_errors(self) -> list[str]:
        violations = self.page.evaluate("() => window.__cspViolations || []")
        return self.errors + [f"CSP: {v}" for v in violations]

    def shot(self, name: str) -> None:
        LAYOUT_SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(LAYOUT_SHOTS / f"{name}-{self.width}.png"), full_page=True)


@pytest.fixture
def visit(browser, live_server, sessions):  # noqa: F811
    """visit(path, width, role='officer', javascript=True) -> Visit, its page already at `path`."""
    opened: list[Visit] = []

    def open_(path: str, width: int, role: str = "officer", javascript: bool = True) -> Visit:
        v = Visit(browser, live_server, sessions[role], width, javascript)
        opened.append(v)
        response = v.page.goto(path)
        assert response is not None and response.ok, f"{path}: HTTP {response and response.status}"
        return v

    yield open_
    for v in opened:
        v.context.close()


def graph_nodes(page, more_than: int) -> int:
    """The node count the graph view reports once it exceeds `more_than` (polled: CSP forbids eval)."""
    for _ in range(100):
        count = int(page.locator("#graph").get_attribute("data-nodes") or 0)
        if count > more_than:
            return count
        page.wait_for_timeout(100)
    raise AssertionError(f"the graph never showed more than {more_than} nodes")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["home", "search", "meeting", "person", "ask", "actions", "help", "paper",
                                  "organisation", "topic", "body", "graph",
                                  "admin-papers", "admin-jobs", "admin-curation", "admin-users", "admin-audit"])
def test_no_page_scrolls_sideways_and_none_logs_an_error(visit, pages, name, width):
    role, path = pages[name]
    v = visit(path, width, role)
    if name == "graph":
        graph_nodes(v.page, 1)
    v.shot(name)
    measured = v.page.evaluate(PAGE_WIDTHS)
    assert measured["scroll"] <= measured["inner"], f"{name} at {width} px is {measured['scroll']} px wide: {measured}"
    assert not measured["hidden"], f"{name} hides its overflow instead of fitting: {measured}"
    assert v.all_errors() == []


def test_search_shows_the_first_result_on_a_phones_first_screen(visit):
    v = visit("/search?q=secure+email", 390)
    first = v.page.locator(".hits-list .hit a").first
    box = first.bounding_box()
    assert box is not None and box["y"] + box["height"] <= VIEWPORTS[390]["height"], box
    facets = v.page.locator("details.facets")
    assert facets.count() == 1 and facets.get_attribute("open") is None
    assert not v.page.locator(".facets a", has_text="Alastair Jeffrey").is_visible()


def test_search_facets_open_and_narrow_without_javascript(visit):
    v = visit("/search?q=secure+email", 390, javascript=False)
    person = v.page.locator(".facets a", has_text="Alastair Jeffrey")
    assert not person.is_visible()
    v.page.locator("details.facets > summary").click()
    assert person.is_visible()
    v.shot("search-facets-open")
    person.click()
    v.page.wait_for_url("**person=Alastair+Jeffrey**")
    assert v.page.locator(".filters .chip", has_text="Alastair Jeffrey").count() == 1


def test_search_facets_stay_in_view_on_a_desktop(visit):
    v = visit("/search?q=secure+email", 1280)
    assert v.page.locator(".facets a", has_text="Alastair Jeffrey").is_visible()
    facets, hits = (v.page.locator(s).bounding_box() for s in (".facets", ".hits"))
    assert facets["x"] + facets["width"] <= hits["x"], "the facets sit beside the results, as before"


FOCUS = """() => { const a = document.activeElement, first = document.querySelector('.hits-list .hit a');
  const target = a && a.tagName === 'A' && a.hash && a.pathname === location.pathname ? document.querySelector(a.hash) : null;
  return {first: a === first, skip: !!(target && target.contains(first)), text: a ? a.textContent.trim() : ''}; }"""


@pytest.mark.parametrize("width", WIDTHS)
def test_the_first_result_is_a_few_tab_presses_from_the_search_box(visit, width):
    """A keyboard user types in the search box, then Tabs; a skip link to the results (followed with
    Enter, which is not a Tab) counts as the way there."""
    v = visit("/search?q=secure+email", width)
    v.page.focus("#search-q")
    walked = []
    for _ in range(MAX_TABS_TO_FIRST_RESULT):
        v.page.keyboard.press("Tab")
        focus = v.page.evaluate(FOCUS)
        walked.append(focus["text"])
        if focus["skip"]:
            v.page.keyboard.press("Enter")
        if focus["first"]:
            break
    assert focus["first"], f"{MAX_TABS_TO_FIRST_RESULT} Tabs from the search box went through {walked}"
    box = v.page.locator(".hits-list .hit a").first.bounding_box()
    assert 0 <= box["y"] and box["y"] + box["height"] <= VIEWPORTS[width]["height"], "the focused result is in view"


LEGEND = """() => [...document.querySelectorAll('.graph-legend [data-kind]')].map(e => ({kind: e.dataset.kind,
  text: e.textContent.trim(), colour: getComputedStyle(e.querySelector('.swatch')).backgroundColor}))"""
NODE_COLOURS = """() => { const out = {}; window.__bgCy.nodes().forEach(n => {
  out[n.data('kind')] = n.style('background-color'); }); return out; }"""
# Each node's box with its label, in graph coordinates: two boxes meeting means a label piles on a label
# or on a node. Also the smallest on-screen label font, so the labels are not 'apart' by being unreadable.
LABELS = """() => { const cy = window.__bgCy;
  const nodes = cy.nodes().map(n => ({id: n.id(), label: n.style('label'),
    b: n.boundingBox({includeLabels: true, includeNodes: true, includeEdges: false, includeOverlays: false})}));
  const overlaps = [];
  for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
    const a = nodes[i].b, b = nodes[j].b;
    if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps.push([nodes[i].label, nodes[j].label]);
  }
  return {count: nodes.length, unlabelled: nodes.filter(n => !n.label).map(n => n.id), overlaps,
          font: Math.min(...cy.nodes().map(n => parseFloat(n.renderedStyle('font-size'))))}; }"""


def _rgb(colour: str) -> str:
    return colour.replace(" ", "")


@pytest.mark.parametrize("width", WIDTHS)
def test_graph_view_has_a_legend_that_matches_its_nodes(visit, meeting_id, width):
    v = visit(f"/graph/meeting/{meeting_id}", width)
    graph_nodes(v.page, 1)
    legend = {item["kind"]: item for item in v.page.evaluate(LEGEND)}
    shown = v.page.evaluate(NODE_COLOURS)
    assert set(shown) == {"meeting", "person", "topic"}, "the board meeting's neighbours are people and topics"
    for kind, colour in shown.items():
        assert kind in legend and kind in legend[kind]["text"].lower(), f"the legend lacks {kind}: {legend}"
        assert _rgb(legend[kind]["colour"]) == _rgb(colour), f"{kind}: legend {legend[kind]}, node {colour}"
    assert v.page.locator(".graph-legend").is_visible()


@pytest.mark.parametrize("width", WIDTHS)
def test_graph_labels_do_not_pile_up(visit, meeting_id, width):
    v = visit(f"/graph/meeting/{meeting_id}", width)
    before = graph_nodes(v.page, 1)
    labels = v.page.evaluate(LABELS)
    v.shot("graph-labels")
    assert labels["count"] == before > 30
    assert labels["unlabelled"] == []
    assert labels["overlaps"] == [], f"{len(labels['overlaps'])} overlapping labels, e.g. {labels['overlaps'][:3]}"
    assert labels["font"] >= 9, f"labels drawn at {labels['font']} px cannot be read"

    # Expanding a person adds their other meetings and organisations; the new layout keeps labels apart.
    position = v.page.evaluate("""() => { const n = window.__bgCy.nodes('[kind = "person"]').first();
        window.__bgCy.center(n); return n.renderedPosition(); }""")
    box = v.page.locator("#graph").bounding_box()
    v.page.mouse.click(box["x"] + position["x"], box["y"] + position["y"])
    graph_nodes(v.page, before)
    labels = v.page.evaluate(LABELS)
    v.shot("graph-labels-expanded")
    assert labels["overlaps"] == [], f"{len(labels['overlaps'])} overlapping labels, e.g. {labels['overlaps'][:3]}"
    assert v.all_errors() == []


def test_a_meeting_page_links_to_its_graph(visit, meeting_id):
    v = visit(f"/meetings/{meeting_id}", 390)
    link = v.page.locator(f"main a[href='/graph/meeting/{meeting_id}']")
    assert link.count() == 1 and link.is_visible()
    link.click()
    v.page.wait_for_url(f"**/graph/meeting/{meeting_id}")
    assert graph_nodes(v.page, 1) > 30
    assert v.all_errors() == []
