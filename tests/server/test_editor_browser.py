"""The query editor in a real headless Chromium (Debian's ``chromium``, driven by Playwright).

The page must load YASGUI from this server only, run a catalogue example and
show its rows; a query opened from a shared link lands in the editor. The
screenshot is kept in test-artifacts/ (git-ignored).
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote, urlsplit

import pytest

from tests.browser import chromium
from tests.server.conftest import ARTIFACTS, LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.server]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with chromium() as launched:
        yield launched


def test_editor_runs_a_catalogue_query_and_shows_rows(browser: object, live_server: LiveServer) -> None:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    hosts: set[str] = set()
    page.on("request", lambda req: hosts.add(urlsplit(req.url).netloc))
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(f"{live_server.url}/editor?hl=en", wait_until="networkidle")
        expect(page.locator(".yasqe .CodeMirror")).to_be_visible(timeout=15_000)
        example = page.locator('details.hg-example[data-name="budget-by-region"]')
        example.locator("summary").click()
        example.locator("input[name=region]").fill("https://w3id.org/hankegraafi/vocab/county/06")
        example.locator("button[name=run]").click()
        table = page.locator(".yasr .dataTable, .yasr table").first
        expect(table).to_contain_text("Kestävän kasvun Delta", timeout=15_000)
        # By default each project's latest cumulative statement: one row, the whole-project totals.
        expect(table).to_contain_text("2200000")
        rows = page.locator(".yasr table tbody tr")
        assert rows.count() == 1
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "editor-budget-by-region.png"), full_page=True)
        query_text = page.evaluate("window.hgYasgui.getTab().getQuery()")
        assert 'VALUES (?region ?lang) { (<https://w3id.org/hankegraafi/vocab/county/06> "fi") }' in query_text
    finally:
        page.close()
    assert hosts == {urlsplit(live_server.url).netloc}, hosts  # nothing from a CDN or a remote API
    assert errors == []


def test_shared_link_opens_the_query(browser: object, live_server: LiveServer) -> None:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/editor", wait_until="networkidle")
        expect(page.locator(".yasqe .CodeMirror")).to_be_visible(timeout=15_000)
        query = "SELECT ?n WHERE { <http://example.org/hankegraafi-test/carol> <http://xmlns.com/foaf/0.1/name> ?n }"
        page.evaluate("q => { window.hgYasgui.getTab().setQuery(q); }", query)
        page.click("#hg-share")
        link = page.locator("#hg-share-link").text_content()
        assert link == f"{live_server.url}/editor?query={quote(query, safe='')}".replace("%20", "%20")
        fresh = browser.new_context().new_page()
        fresh.goto(link or "", wait_until="networkidle")
        expect(fresh.locator(".yasqe .CodeMirror")).to_be_visible(timeout=15_000)
        assert fresh.evaluate("window.hgYasgui.getTab().getQuery()") == query
        fresh.evaluate("() => { window.hgYasgui.getTab().query(); }")
        expect(fresh.locator(".yasr")).to_contain_text("Carol Cederqvist", timeout=15_000)
        fresh.context.close()
    finally:
        context.close()
