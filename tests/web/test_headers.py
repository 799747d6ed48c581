"""The headers every answer carries (server/headers.py): security, cache, CORS, Vary, and no trust in Host.

On 3bf40d1 no page had a Content-Security-Policy but the editor (whose
allowed ``'unsafe-inline'``), none had ``X-Content-Type-Options``,
``frame-ancestors`` or ``Referrer-Policy``, nothing had ``Cache-Control``,
CORS was on ``/sparql`` and ``/queries`` only, ``/explorer`` varied by
language without ``Vary``, and ``Host: evil.example`` came back in the
sitemap, robots.txt and the dataset description.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from hankegraafi.server import create_app
from hankegraafi.settings import Config, ConfigError
from hankegraafi.store.embedded import EmbeddedStore
from tests.pages.conftest import page_config

#: One URL of every page type, and what kind of answer it is.
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
    "explorer": "/explorer",
    "explorer views": "/explorer/views",
    "editor": "/editor",
    "query catalogue": "/queries?format=html",
    "catalogue query": "/queries/projects-by-region?format=html",
    "sparql html": "/sparql?format=html&query=ASK%20%7B%7D",
    "error": "/id/project/ei-ole.html",
}
#: Read-only data routes: RDF documents, dumps, descriptions, ontology, vocabularies, catalogue, sparql.
DATA = {
    "resource turtle": "/id/project/lapin-pilari-4-investointi-1.ttl",
    "resource json-ld": "/id/project/lapin-pilari-4-investointi-1.jsonld",
    "vocabulary term": "/vocab/county/21.ttl",
    "void": "/.well-known/void",
    "dataset": "/id/dataset.ttl",
    "ontology": "/ontology.ttl",
    "dump": "/dumps/hankegraafi.nq.gz",
    "sitemap": "/sitemap.xml",
    "catalogue": "/queries",
    "catalogue query": "/queries/projects-by-region?format=json",
    "catalogue text": "/queries/projects-by-region.rq",
    "sparql": "/sparql?query=ASK%20%7B%7D",
    "service description": "/sparql",
    "limits": "/sparql/limits",
}


def get(client: FlaskClient, url: str, **kw: object):  # type: ignore[no-untyped-def]
    response = client.get(url, **kw)
    response.close()
    return response


@pytest.mark.parametrize("name", PAGES)
def test_every_page_has_a_strict_policy(client: FlaskClient, name: str) -> None:
    r = get(client, PAGES[name], headers={"Accept": "text/html"})
    assert r.status_code in (200, 404)
    csp = r.headers.get("Content-Security-Policy", "")
    directives = {d.split()[0]: d.split()[1:] for d in csp.split(";") if d.strip()}
    assert directives.get("script-src") == ["'self'"], csp
    style = directives.get("style-src", [])
    assert style[:1] == ["'self'"] and all(s.startswith("'sha256-") for s in style[1:]), csp
    if name != "editor":  # only the editor vouches for inline styles, by hash (YASR's column resizer)
        assert style == ["'self'"], csp
    assert directives.get("frame-ancestors") == ["'none'"], csp
    assert directives.get("object-src") == ["'none'"], csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert r.headers.get("X-Content-Type-Options") == "nosniff"
    assert r.headers.get("X-Frame-Options") == "DENY"
    assert r.headers.get("Referrer-Policy") == "same-origin"
    assert r.headers.get("Cache-Control")


@pytest.mark.parametrize("name", PAGES)
def test_pages_hold_no_inline_script_or_style(client: FlaskClient, name: str) -> None:
    """What the policy forbids is not in the HTML either (JSON data blocks are not scripts)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(get(client, PAGES[name], headers={"Accept": "text/html"}).data, "html.parser")
    inline = [s for s in soup.find_all("script") if not s.get("src") and s.get("type") != "application/json"]
    assert inline == []
    assert soup.find_all("style") == []
    assert soup.find_all(style=True) == []
    assert [t.name for t in soup.find_all(True) if any(a.startswith("on") for a in t.attrs)] == []


@pytest.mark.parametrize("name", DATA)
def test_data_routes_have_cors_and_no_sniffing(client: FlaskClient, name: str) -> None:
    r = get(client, DATA[name])
    assert r.status_code == 200, r.data[:300]
    assert r.headers.get("Access-Control-Allow-Origin") == "*"
    assert "X-Hankegraafi-Truncated" in r.headers.get("Access-Control-Expose-Headers", "")
    assert r.headers.get("X-Content-Type-Options") == "nosniff"
    assert "default-src 'none'" in r.headers.get("Content-Security-Policy", "")
    pre = client.options(
        DATA[name], headers={"Origin": "https://app.example", "Access-Control-Request-Method": "GET"}
    )
    assert pre.headers.get("Access-Control-Allow-Origin") == "*"
    assert "GET" in pre.headers.get("Access-Control-Allow-Methods", "")


def test_write_routes_have_no_cors(client: FlaskClient) -> None:
    for url in ("/update", "/graph-store?graph=urn:x", "/ingest?name=x.txt"):
        r = client.post(url, headers={"Origin": "https://app.example"})
        assert "Access-Control-Allow-Origin" not in r.headers, url
        assert r.headers["Cache-Control"] == "no-store"
        pre = client.options(
            url, headers={"Origin": "https://app.example", "Access-Control-Request-Method": "POST"}
        )
        assert "Access-Control-Allow-Origin" not in pre.headers, url


def test_cache_control_fits_each_route(client: FlaskClient) -> None:
    from bs4 import BeautifulSoup

    home = get(client, "/")
    assert home.headers["Cache-Control"] == "public, max-age=300"
    # Static files are linked with their content hash and are then immutable.
    soup = BeautifulSoup(get(client, "/explorer").data, "html.parser")
    assets = [str(t["href"]) for t in soup.find_all("link", rel="stylesheet")]
    assets += [str(t["src"]) for t in soup.find_all("script", src=True)]
    assert assets and all("?v=" in a for a in assets), assets
    for asset in assets:
        r = get(client, asset)
        assert r.status_code == 200 and r.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert get(client, "/static/pages/pages.css").headers["Cache-Control"] == "public, max-age=3600"
    # Query results are not kept; the Service Description and RDF documents for a while.
    assert get(client, "/sparql?query=ASK%20%7B%7D").headers["Cache-Control"] == "no-store"
    assert client.post("/sparql", data={"query": "ASK {}"}).headers["Cache-Control"] == "no-store"
    assert get(client, "/queries/projects-by-region").headers["Cache-Control"] == "no-store"
    assert get(client, "/explorer/api/search?q=Omaolo").headers["Cache-Control"] == "no-store"
    assert get(client, "/sparql").headers["Cache-Control"] == "public, max-age=300"
    assert (
        get(client, "/id/project/lapin-pilari-4-investointi-1.ttl").headers["Cache-Control"]
        == "public, max-age=300"
    )
    # Errors are never stored; an answer that sets the language cookie is private.
    assert get(client, "/id/project/ei-ole.html").headers["Cache-Control"] == "no-store"
    assert get(client, "/?hl=sv").headers["Cache-Control"] == "private, max-age=300"


@pytest.mark.parametrize("url", ["/explorer", "/explorer/views", "/editor", "/", "/queries?format=html"])
def test_answers_chosen_by_language_vary_by_it(client: FlaskClient, url: str) -> None:
    fresh = client.application.test_client()
    sv = get(fresh, url, headers={"Accept-Language": "sv", "Accept": "text/html"})
    en = get(fresh, url, headers={"Accept-Language": "en", "Accept": "text/html"})
    assert sv.data != en.data  # the answer does vary ...
    for r in (sv, en):  # ... and says so
        assert {"accept-language", "cookie"} <= {
            v.strip().lower() for v in r.headers.get("Vary", "").split(",")
        }


HOSTILE_HOSTS = {"Host": "evil.example", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https"}


@pytest.mark.parametrize(
    "url",
    ["/sitemap.xml", "/robots.txt", "/.well-known/void", "/id/dataset.ttl", "/sparql", "/queries", "/editor"],
)
def test_absolute_urls_never_come_from_the_host_header(client: FlaskClient, url: str) -> None:
    r = get(client, url, headers=HOSTILE_HOSTS)
    assert r.status_code == 200
    body = r.get_data(as_text=True)
    assert "evil.example" not in body
    assert "http://localhost" in body  # the default public_url of an app built without serve


@pytest.fixture(scope="module")
def public_app(demo_store: EmbeddedStore) -> Flask:
    assert demo_store.path is not None
    return create_app(page_config(demo_store.path, public_url="https://data.example.fi"), store=demo_store)


def test_public_url_names_the_site(public_app: Flask) -> None:
    client = public_app.test_client()
    sitemap = get(client, "/sitemap.xml", headers=HOSTILE_HOSTS).get_data(as_text=True)
    assert "<loc>https://data.example.fi/" in sitemap and "evil.example" not in sitemap
    robots = get(client, "/robots.txt", headers=HOSTILE_HOSTS).get_data(as_text=True)
    assert "Sitemap: https://data.example.fi/sitemap.xml" in robots
    void = get(client, "/.well-known/void", headers=HOSTILE_HOSTS).get_data(as_text=True)
    assert "https://data.example.fi/sparql" in void and "evil.example" not in void


@pytest.mark.parametrize(
    "bad", ["ftp://x.example", "https://x.example/sub/", "x.example", "https://x.example/?q=1"]
)
def test_an_unusable_public_url_is_refused(bad: str, tmp_path: Path) -> None:
    from hankegraafi.server.headers import public_url

    with pytest.raises(ConfigError, match="public_url"):
        public_url(Config.load({"store": str(tmp_path), "public_url": bad}, environ={}))


def test_serve_derives_the_public_url_from_its_address() -> None:
    from hankegraafi.server.headers import serve_url

    assert serve_url("127.0.0.1", 8080) == "http://127.0.0.1:8080"
    assert serve_url("0.0.0.0", 80) == "http://localhost:80"
    assert serve_url("::1", 8080) == "http://[::1]:8080"
