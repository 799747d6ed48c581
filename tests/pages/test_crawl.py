"""Links from the home page work, and every page answers within 500 ms.

The crawl runs over the demo data (the bundled samples, plus one invented
document with contact details) in process, through Flask's test client: it
fetches local URLs, parses every page of the pages blueprint for further
links, and checks the answers: no broken link, no page slower than 500 ms,
and no e-mail address or phone number anywhere (pages, RDF documents,
dumps). The default run fetches a sample, a few URLs of each page type and
format (``crawl.page_type``: 10 s instead of the 60–95 s of all 2 500 URLs);
``--run-slow`` crawls every URL, and every language as well.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient

from hankegraafi.shapes.pii import has_email, has_phone
from tests.pages.conftest import EMAIL, PERSON_NAME, PHONE, PII_PROJECT
from tests.pages.crawl import Crawl, crawl, page_type

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


#: HTML pages of each page type the default crawl fetches; one of each other format (the
#: serialisers are shared by every kind, the HTML a page type's own).
SAMPLE = 2


def sample(kind: str) -> int:
    return SAMPLE if kind.endswith(" .html") or " ." not in kind else 1


#: Pages the crawl must find linked (every kind of page, and the dataset's files).
EXPECTED = (
    "/id/project/kestavan-kasvun-lappi.html",
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
)
#: Kinds of data resource whose pages the crawl must fetch, in HTML and in Turtle.
KINDS = {"project", "dependency", "goal", "output", "span", "document", "participation"}


def report(result: Crawl) -> str:
    slowest = max(result.visits.values(), key=lambda v: v.millis)
    cold = sorted((round(v.first_millis), v.url) for v in result.visits.values() if v.first_millis)
    return (
        f"crawled {len(result.visits)} URLs ({len(result.pages())} HTML pages) of {len(result.seen)} linked; "
        f"slowest {slowest.millis:.0f} ms {slowest.url}; slow on the first fetch only: {cold}"
    )


def test_crawl_from_home_page(app: Flask, client: FlaskClient) -> None:
    """A sample of every page type and format: links work, pages are fast, no personal data."""
    wait_until_warm(app)
    # The invented project with contact details is always in the sample, in HTML and in Turtle.
    pii = [f"/id/project/{PII_PROJECT.rsplit('/', 1)[1]}.{ext}" for ext in ("html", "ttl")]
    result = crawl(client_fetch(client), ["/", *pii], repeat_slower_than=LIMIT_MS, per_type=sample)
    check(result)
    for expected in EXPECTED:
        assert expected in result.seen, expected
    types = Counter(page_type(url) for url in result.visits)
    assert all(n <= sample(kind) for kind, n in types.items())
    for kind in KINDS:
        for ext in ("html", "ttl", "jsonld", "nt", "rdf"):
            assert types[f"id/{kind} .{ext}"] > 0, (kind, ext)
    for scheme in ("county", "service", "organisation", "region"):
        assert types[f"vocab/{scheme} .html"] > 0, scheme
    for path in ("/.well-known/void", "/dumps/hankegraafi.nq.gz", "/ontology.html", "/sitemap.xml", *pii):
        assert path in result.visits, path
    assert len(result.seen) > 1000  # the sample stands for every page linked from it
    # ... and for every page the sitemap lists: each is of a type the crawl fetched.
    listed = re.findall(rb"<loc>([^<]+)</loc>", result.visits["/sitemap.xml"].body)
    assert len(listed) > 500
    unsampled = {page_type(urlsplit(loc.decode()).path) for loc in listed} - set(types)
    assert not unsampled, unsampled
    print(report(result))


@pytest.mark.slow
def test_crawl_everything(app: Flask, client: FlaskClient) -> None:
    """Every URL reachable from the home page (about 2 500 on the demo data, 60–95 s)."""
    wait_until_warm(app)
    result = crawl(client_fetch(client), repeat_slower_than=LIMIT_MS)
    check(result)
    for expected in EXPECTED:
        assert expected in result.visits, expected
    for ext in ("ttl", "jsonld", "nt", "rdf"):
        assert f"/id/project/kestavan-kasvun-lappi.{ext}" in result.visits
    assert len(result.pages()) > 500
    print(report(result))


@pytest.mark.slow
def test_crawl_every_language(app: Flask, client: FlaskClient) -> None:
    wait_until_warm(app)
    result = crawl(client_fetch(client), keep_language=True, repeat_slower_than=LIMIT_MS)
    check(result)
    assert any("hl=sv" in u for u in result.visits)
