"""A real headless Chromium renders a project page with no console errors.

The app is served by a real HTTP server on loopback (werkzeug, in a thread);
the screenshot is kept under test-artifacts/ (git-ignored).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from tests.browser import chromium, served

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="module")
def live_url(app: Flask) -> Iterator[str]:
    with served(app) as url:
        yield url


def test_project_page_renders_without_console_errors(live_url: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    problems: list[str] = []
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on(
            "console",
            lambda m: (
                problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None
            ),
        )
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
        page.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
        response = page.goto(live_url + "/id/project/lapin-pilari-4-investointi-1", wait_until="networkidle")
        assert response is not None and response.status == 200
        assert page.url.endswith("/id/project/lapin-pilari-4-investointi-1.html")  # followed the 303
        assert page.locator("h1").inner_text() == "Lapin Pilari 4, Investointi 1"
        # The stylesheet applied: badges are coloured, the chart has width.
        colour = page.locator("#lights .badge.ok").first.evaluate("e => getComputedStyle(e).backgroundColor")
        assert colour == "rgb(26, 127, 55)"
        box = page.locator("#budget svg").first.bounding_box()
        assert box is not None and box["width"] > 300
        # Keyboard: the first Tab reaches the skip link, Enter moves to the main content.
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip"
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main"
        # A source quote opens.
        page.locator("#goals details.sources summary").first.click()
        assert page.locator("#goals details.sources[open] blockquote").first.is_visible()
        page.screenshot(path=str(ARTIFACTS / "pages-project.png"), full_page=True)
    assert not problems, problems


def test_ontology_page_is_short_and_opens_the_term_a_link_names(live_url: str) -> None:
    """Issue 19: the ontology page has the site's links, shows terms closed (it was about
    116 000 px tall at 1280 px), and a link to a term opens that term, with no console errors."""
    problems: list[str] = []
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        page.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
        page.goto(live_url + "/ontology.html", wait_until="networkidle")
        assert page.locator("nav.site a.brand").get_attribute("href") == "/"
        assert page.evaluate("document.documentElement.scrollHeight") < 20_000
        assert not page.locator("#Dependency > details").evaluate("d => d.open")
        page.goto(live_url + "/ontology.html#Dependency", wait_until="networkidle")
        assert page.locator("#Dependency > details").evaluate("d => d.open")
        assert page.locator("#Dependency").get_by_text("node of its own").first.is_visible()
    assert problems == []
