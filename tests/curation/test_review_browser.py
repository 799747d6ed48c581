"""A real Chromium logs in to /review, links a name, and sees the project page change."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask

from tests.browser import chromium, served
from tests.curation.conftest import TOKEN
from tests.curation.documents import THL, UNKNOWN

pytestmark = pytest.mark.browser

PROJECT_PAGE = "/id/project/kainuun-etakotihoito.html"


@pytest.fixture
def live_url(review_app: Flask) -> Iterator[str]:
    with served(review_app) as url:
        yield url


def test_log_in_link_a_name_and_see_the_project_page_change(live_url: str) -> None:
    problems: list[str] = []
    with chromium() as browser:
        page = browser.new_page()
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.goto(live_url + PROJECT_PAGE)
        stakeholders = page.locator('a[href^="/id/organisation/kuvitelmalan-yliopisto"]')
        assert stakeholders.count() >= 1
        assert page.locator('a[href^="/vocab/organisation/thl"]').count() == 0

        denied = page.goto(live_url + "/review")
        assert denied is not None and denied.status == 403
        page.goto(live_url + "/review/login?hl=en")
        page.fill("#user", "publisher")
        page.fill("#password", TOKEN)
        page.click("button[type=submit]")
        page.wait_for_url(live_url + "/review")
        assert page.locator("h1").inner_text() == "Review queue"
        cookies = {c["name"]: c for c in page.context.cookies()}
        assert cookies["hg_review"]["httpOnly"] and cookies["hg_review"]["sameSite"] == "Strict"

        item = page.locator("section.hg-review-item", has_text="Kuvitelmalan yliopisto")
        assert item.locator("q").inner_text().endswith("Kuvitelmalan yliopisto.")  # the source quote
        form = item.locator("form[data-action=link]")
        form.locator("input[name=linked]").fill(THL)
        form.locator("input[name=why]").fill("sama laitos")
        form.locator("button").click()
        page.wait_for_selector("#review-done")
        assert "applied" in page.locator("#review-done").inner_text()
        assert page.locator("section.hg-review-item", has_text="Kuvitelmalan yliopisto").count() == 0

        page.goto(live_url + PROJECT_PAGE)
        assert page.locator('a[href^="/id/organisation/kuvitelmalan-yliopisto"]').count() == 0
        assert page.locator('a[href^="/vocab/organisation/thl"]').count() >= 1

        # A forged form (another site's page cannot read the token) is refused.
        status = page.evaluate(
            """async ([target, linked]) => {
                const body = new URLSearchParams({action: 'link', target, linked, csrf: 'forged'});
                const r = await fetch('/review/decide', {method: 'POST', body});
                return r.status;
            }""",
            [UNKNOWN, THL],
        )
        assert status == 403
    assert not [p for p in problems if "403" not in p], problems
