"""axe-core and the Nu Html Checker on every page type of a live ``hankegraafi serve``.

The store is written by the command line (``ingest --samples``, then ``load``
of a graph with a ``javascript:`` IRI); Debian's Chromium loads each page
with its scripts, under the server's real Content-Security-Policy. Each page
must have no critical or serious axe violation, no CSP violation, no failed
request and no script error; the Nu checker must find no error in the HTML
the server sent. On 3bf40d1 axe found critical or serious violations on the
explorer, the views and the editor, and the ontology page and the explorer
broke the policy with inline styles.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.browser import chromium
from tests.server.conftest import LiveServer
from tests.web import checkers

pytestmark = [pytest.mark.browser, pytest.mark.server]

#: One URL of every page type.
PAGES = {
    "home": "/",
    "project": "/id/project/lapin-pilari-4-investointi-1.html",
    "organisation": "/vocab/organisation/digifinland.html",
    "service": "/vocab/service/omaolo.html",
    "region": "/vocab/county/21.html",
    "document": "/id/document/lappi-loppuraportti-txt.html",
    "browse": "/browse",
    "search": "/search?q=Omaolon",
    "ontology": "/ontology.html",
    "dataset": "/id/dataset.html",
    "explorer": "/explorer?hl=en",
    "explorer-views": "/explorer/views?hl=sv",
    "editor": "/editor",
    "query-catalogue": "/queries?format=html",
    "catalogue-query": "/queries/projects-by-region?format=html",
    "catalogue-chart": "/queries/budget-by-region?format=html&hl=en",
    "tile-map": "/map?hl=sv",
    "sparql-results": "/sparql?format=html&query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%2020",
    "error": "/id/project/ei-ole.html",
}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = checkers.missing()
    if reason:
        pytest.fail(reason)  # the dev setup installs them: a missing checker is a broken setup, not a skip
    with chromium() as launched:
        yield launched


@pytest.mark.parametrize("name", PAGES)
def test_page_passes_axe_under_its_policy(browser: Any, served_samples: LiveServer, name: str) -> None:
    url = served_samples.url + PAGES[name]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"script error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
    try:
        response = page.goto(url, wait_until="networkidle")
        assert response is not None
        assert response.status == (404 if name == "error" else 200)
        if page.evaluate("document.scripts.length"):
            # the explorer, the views and the editor draw after their first answers; a page
            # without a script (every page of the pages blueprint) is whole once loaded
            page.wait_for_timeout(500)
        violations = checkers.run_axe(page)
    finally:
        page.close()
    if name == "error":  # the browser reports the page's own 404 on the console
        problems = [p for p in problems if "404" not in p]
    assert problems == []  # a CSP violation shows here as "Refused to …"
    assert checkers.blocking(violations) == []


def test_nu_html_checker_finds_no_error(served_samples: LiveServer, tmp_path: Path) -> None:
    reason = checkers.missing()
    if reason:
        pytest.fail(reason)
    files = []
    for name, path in PAGES.items():
        r = requests.get(served_samples.url + path, headers={"Accept": "text/html"}, timeout=60)
        assert r.status_code == (404 if name == "error" else 200)
        assert r.headers["Content-Type"].startswith("text/html")
        files.append(tmp_path / f"{name}.html")
        files[-1].write_bytes(r.content)
    errors = {Path(k).stem: v for k, v in checkers.run_vnu(files).items() if v}
    assert errors == {}


def test_nu_html_checker_does_find_errors(tmp_path: Path) -> None:
    """The checker run is live: broken HTML is reported (so a pass above means something)."""
    reason = checkers.missing()
    if reason:
        pytest.fail(reason)
    broken = tmp_path / "broken.html"
    broken.write_text('<!doctype html><html lang="fi"><title>x</title><p><div>a</p><blink>b</blink>', "utf-8")
    assert checkers.run_vnu([broken])[str(broken)]


def test_javascript_iri_is_text_in_the_browser(browser: Any, served_samples: LiveServer) -> None:
    """Stored through ``hankegraafi load``, the IRI is on the project page, and no link runs it."""
    page = browser.new_page()
    try:
        page.goto(served_samples.url + PAGES["project"], wait_until="networkidle")
        assert "javascript:alert(document.domain)" in page.inner_text("body")
        schemes = page.eval_on_selector_all("a[href]", "as => as.map(a => a.protocol)")
    finally:
        page.close()
    assert set(schemes) <= {"http:", "https:"}, set(schemes)


def test_editor_runs_a_query_within_its_policy(browser: Any, served_samples: LiveServer) -> None:
    """YASR draws a result table (its column resizer adds <style> by hash) with no CSP refusal."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"script error: {e}"))
    try:
        page.goto(served_samples.url + "/editor?hl=en", wait_until="networkidle")
        page.locator(".yasqe_queryButton").first.click()
        page.locator(".yasr table.dataTable tbody tr").first.wait_for(timeout=20_000)
        assert page.locator(".yasr table.dataTable tbody tr").count() > 1
        violations = checkers.run_axe(page)
    finally:
        page.close()
    assert problems == []
    assert checkers.blocking(violations) == []
