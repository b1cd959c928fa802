"""The empty search page in a real browser: help and examples, and an example that runs."""
from __future__ import annotations

import pytest

from tests.test_browser import browser, live_server, page  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser


def test_an_empty_search_offers_examples_that_run(page):  # noqa: F811
    page.goto("/search")
    help_box = page.locator("section.search-help")
    assert "Type words to search" in help_box.inner_text()
    help_box.locator("a", has_text="FGM").first.click()
    page.wait_for_selector(".hits-list .hit")
    assert page.locator(".hits-list .hit").first.locator("mark").count() > 0
    assert page.locator("section.search-help").count() == 0
    page.goto("/search?q=AND+OR+NOT")
    assert "this query has no words" in page.locator("p.warning").first.inner_text()
