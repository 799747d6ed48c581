"""A serving app keeps the resource pages it built (``server/pages/bodies.py``) and answers them
again from the stored body; a write through it makes the page be built for the new data (issue 17:
pages at the engine's speed). ``tests/pages/test_bodies.py`` holds every stored page equal to the
live one after every kind of write."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from hankegraafi.server import create_app, pages
from hankegraafi.server.pages import bodies
from hankegraafi.server.pages.iris import Mapping
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore

pytestmark = pytest.mark.server

BASE = "https://w3id.org/hankegraafi/id/"
COUNTY = "https://w3id.org/hankegraafi/vocab/county/21"
TOKEN = "sivutesti-token"
SEEN = "https://example.org/sivutesti/viittaava"


@pytest.fixture()
def app(pages_demo_store: EmbeddedStore, tmp_path: Path) -> Iterator[Flask]:
    """An app as ``serve`` builds it (the query pool, its local lane) on a copy of the sample store."""
    path = tmp_path / "store"
    engine = pages_demo_store.engine_source().oxigraph
    assert engine is not None
    engine.backup(str(path))
    config = Config.load(
        {
            "store": str(path),
            "rate_limit": "1000000/minute",
            "result_cache_seconds": 0,
            "derive_at_start": False,
            "update_token": TOKEN,
        },
        environ={},
    )
    made = create_app(config)
    assert pages.wait_warm(made, 120)
    yield made
    made.extensions["hankegraafi"].runner.close()


def test_a_page_is_answered_from_its_stored_body_until_a_write(app: Flask) -> None:
    client = app.test_client()
    url = Mapping(BASE).page_url(COUNTY)
    assert url is not None
    first = client.get(url, headers={"Accept": "text/html", "Accept-Language": "fi"})
    assert first.status_code == 200 and b"<html" in first.data
    served = app.extensions["hankegraafi.pages"].bodies
    assert isinstance(served, bodies.Served) and served.bodies.written == 1
    again = client.get(url, headers={"Accept": "text/html", "Accept-Language": "fi"})
    assert served.bodies.hits == 1
    assert again.data == first.data
    assert again.headers.get_all("Link") == first.headers.get_all("Link")
    assert again.headers["Content-Type"] == first.headers["Content-Type"]
    assert set(again.headers["Vary"].split(", ")) == set(first.headers["Vary"].split(", "))
    # another language, a part asked for: their own pages (a part's is never stored)
    sv = client.get(url, headers={"Accept": "text/html", "Accept-Language": "sv"})
    assert sv.status_code == 200 and sv.data != first.data and served.bodies.written == 2
    client.get(url + "?sivu=1", headers={"Accept": "text/html"})
    assert served.bodies.written == 2
    # a write through the server: the page is built for the new data, and stored under its stamp
    update = f"INSERT DATA {{ GRAPH <urn:x-test:sivut> {{ <{SEEN}> <http://www.w3.org/2000/01/rdf-schema#seeAlso> <{COUNTY}> }} }}"
    r = client.post("/update", data={"update": update}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 204, r.data
    after = client.get(url, headers={"Accept": "text/html", "Accept-Language": "fi"})
    assert after.status_code == 200
    assert SEEN.encode() not in first.data and SEEN.encode() in after.data
    assert served.bodies.hits == 1 and served.bodies.written == 3
    assert client.get(url, headers={"Accept": "text/html", "Accept-Language": "fi"}).data == after.data
    assert served.bodies.hits == 2


def test_a_write_that_does_not_touch_a_page_carries_its_body(app: Flask) -> None:
    """A page whose reads answer the same after a write is carried to the new stamp in the request (no page
    built: ``bodies.carry``), equal to the page built after the write; one the write touched is built."""
    client = app.test_client()
    mapping = Mapping(BASE)
    county, scheme = (
        mapping.page_url(COUNTY, "html"),
        mapping.page_url("https://w3id.org/hankegraafi/vocab/cost-category", "html"),
    )
    assert county is not None and scheme is not None
    html = {"Accept": "text/html", "Accept-Language": "fi"}
    before = {url: client.get(url, headers=html) for url in (county, scheme)}
    assert all(r.status_code == 200 for r in before.values())
    served = app.extensions["hankegraafi.pages"].bodies
    assert isinstance(served, bodies.Served) and served.bodies.written == 2 and served.bodies.carried == 0
    update = f"INSERT DATA {{ GRAPH <urn:x-test:sivut> {{ <{SEEN}> <http://www.w3.org/2000/01/rdf-schema#seeAlso> <{COUNTY}> }} }}"
    r = client.post("/update", data={"update": update}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 204, r.data
    after = client.get(scheme, headers=html)
    assert after.data == before[scheme].data and served.bodies.carried == 1 and served.bodies.written == 2
    touched = client.get(county, headers=html)
    assert SEEN.encode() in touched.data and served.bodies.carried == 1 and served.bodies.written == 3
    # what the carried one is: the page a fresh app builds for the data now
    app.extensions["hankegraafi.pages"].bodies = False
    assert client.get(scheme, headers=html).data == after.data


def test_switched_off_nothing_is_stored(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(bodies.ENV, "0")
    app.extensions["hankegraafi.pages"].bodies = None  # read the switch again
    url = Mapping(BASE).page_url(COUNTY)
    assert url is not None
    assert app.test_client().get(url, headers={"Accept": "text/html"}).status_code == 200
    assert app.extensions["hankegraafi.pages"].bodies is False
