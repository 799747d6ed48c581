"""Faults the stop-44 red team (R6) found in the public face, each pinned on the behaviour it broke.

- R6-1: a parameter given twice was read as its first value, the second dropped unsaid, on every
  route without a check of its own: ``/search?q=a&q=b`` searched for ``a``, ``/search?type=`` twice
  likewise, ``/queries?format=json&format=csv`` answered JSON (``format=csv`` alone is 406), a
  resource page's ``sivu`` twice showed the first part. Six routes had checks of their own, each
  for the names it had been caught on (stops 35, 43).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask

from hankegraafi.server import create_app
from hankegraafi.server.params import OnceParams
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
from tests.curation.documents import PROJECT, write_page

PAGE = PROJECT.removeprefix("https://w3id.org/hankegraafi") + ".html"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """An app over a store of the invented Kainuu page, as tests/curation builds it."""
    from hankegraafi.ingest.pipeline import Ingester

    folder = tmp_path_factory.mktemp("r6")
    cfg = Config.load({"store": str(folder / "store"), "rate_limit": "1000000/minute"}, environ={})
    store = EmbeddedStore(folder / "store")
    ingester = Ingester(store, cfg)
    ingester.ensure_reference_graphs()
    assert [o.status for o in ingester.ingest_all([write_page(folder)])] == ["stored"]
    yield create_app(cfg, store=store)
    store.close()


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("/search?q=Kainuu&q=zzzz", "q"),
        ("/search?q=Kainuu&type=Project&type=Organisation", "type"),
        ("/queries?format=json&format=csv", "format"),
        (f"{PAGE}?sivu=1&sivu=2", "sivu"),
        ("/explorer/api/search?q=a&q=b", "q"),
    ],
)
def test_a_parameter_read_once_but_given_twice_is_named(app: Flask, url: str, name: str) -> None:
    """R6-1: one rule for every route (server/params.py): a 400 naming the parameter and the count."""
    client = app.test_client()
    answer = client.get(url, headers={"Accept": "application/json"})
    assert answer.status_code == 400, url
    message = answer.get_json()["message"]
    assert f"'{name}'" in message and "2 times" in message
    page = client.get(url, headers={"Accept": "text/html"})  # the error page is rendered, not a 500
    assert page.status_code == 400 and b"given 2 times" in page.data


def test_the_same_routes_answer_one_value(app: Flask) -> None:
    client = app.test_client()
    assert client.get("/search?q=Kainuu").status_code == 200
    assert client.get("/queries?format=json").status_code == 200
    assert client.get(f"{PAGE}?sivu=1").status_code == 200


def test_parameters_no_route_reads_or_reads_as_a_list_pass(app: Flask) -> None:
    """A tracker's parameter twice is never looked at; /sparql takes SPARQLWrapper's two formats."""
    client = app.test_client()
    search = client.get("/search?q=Kainuu&utm_source=a&utm_source=b")
    assert search.status_code == 200 and b"Kainuu" in search.data
    ask = client.get("/sparql?query=ASK%7B%7D&format=json&format=application/sparql-results%2Bjson")
    assert ask.status_code == 200 and ask.get_json() == {"head": {}, "boolean": True}


def test_outside_a_view_the_first_value_is_read() -> None:
    """Hooks and error handlers read as before: an error page never fails on the parameter it names."""
    params = OnceParams([("q", "a"), ("q", "b")])
    assert params.get("q") == "a" and params["q"] == "a" and params.to_dict() == {"q": "a"}
    assert params.getlist("q") == ["a", "b"]
