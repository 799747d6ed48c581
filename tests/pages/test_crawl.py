"""Every link from the home page works, and every page answers within 500 ms.

The crawl runs over the demo data (the bundled samples, plus one invented
document with contact details): it fetches every local URL once, parses
every page of the pages blueprint for further links, and checks the
answers: no broken link, no page slower than 500 ms, and no e-mail address
or phone number anywhere (pages, RDF documents, dumps). The default run
treats ``?hl=`` variants as the same page; ``--run-slow`` crawls every
language as well.
"""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from hankegraafi.shapes.pii import has_email, has_phone
from tests.pages.conftest import EMAIL, PERSON_NAME, PHONE
from tests.pages.crawl import Crawl, crawl

LIMIT_MS = 500.0


def client_fetch(client: FlaskClient):
    def fetch(url: str) -> tuple[int, dict[str, str], bytes]:
        response = client.get(url, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
        try:
            return response.status_code, dict(response.headers), response.data
        finally:
            response.close()

    return fetch


def wait_until_warm(app: Flask) -> None:
    """Wait for the start-up work of the pages (the ontology's documentation), as a client waits for a server."""
    warm = app.extensions["hankegraafi.pages"].warm
    if warm is not None:
        warm.join(60)


def check(result: Crawl) -> None:
    broken = [(v.url, v.status, v.referrer) for v in result.broken]
    assert not broken, f"broken links: {broken[:20]}"
    slow = sorted(((round(v.millis), v.url) for v in result.slower_than(LIMIT_MS)), reverse=True)
    assert not slow, f"pages slower than {LIMIT_MS:.0f} ms: {slow[:20]}"
    leaks = []
    for url, text in result.texts():
        if EMAIL in text or PHONE in text or PERSON_NAME in text or has_email(text) or has_phone(text):
            leaks.append(url)
    assert not leaks, f"personal data published at {leaks[:20]}"


def test_crawl_from_home_page(app: Flask, client: FlaskClient) -> None:
    wait_until_warm(app)
    result = crawl(client_fetch(client), repeat_slower_than=LIMIT_MS)
    check(result)
    urls = set(result.visits)
    # The crawl reached every kind of page, in every format, and the dataset's files.
    for expected in (
        "/id/project/kestavan-kasvun-lappi.html",
        "/id/project/kestavan-kasvun-lappi.ttl",
        "/id/project/kestavan-kasvun-lappi.jsonld",
        "/id/project/kestavan-kasvun-lappi.nt",
        "/id/project/kestavan-kasvun-lappi.rdf",
        "/vocab/county/21.html",
        "/vocab/service/omaolo.html",
        "/vocab/organisation/digifinland.html",
        "/id/document/lappi-loppuraportti-txt.html",
        "/vocab/region/lappi.html",
        "/.well-known/void",
        "/dumps/hankegraafi.nq.gz",
        "/dumps/hankegraafi.ttl.gz",
        "/ontology.html",
        "/ontology.ttl",
        "/sitemap.xml",
    ):
        assert expected in urls, expected
    kinds = {u.split("/")[2] for u in urls if u.startswith("/id/")}
    assert {"project", "dependency", "goal", "output", "span", "document", "participation"} <= kinds
    pages = [v for v in result.visits.values() if "text/html" in v.content_type]
    assert len(pages) > 500
    slowest = max(result.visits.values(), key=lambda v: v.millis)
    cold = sorted((round(v.first_millis), v.url) for v in result.visits.values() if v.first_millis)
    print(
        f"crawled {len(result.visits)} URLs ({len(pages)} HTML pages); slowest {slowest.millis:.0f} ms "
        f"{slowest.url}; slow on the first fetch only: {cold}"
    )


@pytest.mark.slow
def test_crawl_every_language(app: Flask, client: FlaskClient) -> None:
    wait_until_warm(app)
    result = crawl(client_fetch(client), keep_language=True, repeat_slower_than=LIMIT_MS)
    check(result)
    assert any("hl=sv" in u for u in result.visits)
