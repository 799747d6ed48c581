"""Åland on the serving side (stop 48): an area of the classification like the counties wherever areas are
listed or named, so that a project stored with ``hg:region county/91`` is found from its area.

Invented text. The model change itself (hg:ServiceArea, the ingest reading Åland) is pinned in
tests/ingest/test_places_aland.py; this holds the pages, the stored per-area answers, the catalogue's
``region`` parameter and /reconcile's county type.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from hankegraafi.ingest import derived
from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.queries.answerkeys import known_counties
from hankegraafi.server.app import create_app
from hankegraafi.store.embedded import EmbeddedStore
from tests.pages.conftest import BASE, page_config

V = "https://w3id.org/hankegraafi/vocab/"
ALAND = V + "county/91"
REPORT = (
    "Lägesrapport 2/2025\n\nProjekt: Digital hemvård i skärgården\n\nÅlands hälso- och sjukvård\n\n"
    "Projektet genomförs på Åland: sjukskötarna besöker äldre i Kökar och Föglö via videolänk.\n"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    folder = tmp_path_factory.mktemp("aland-area")
    document = folder / "lagesrapport_aland_2025.txt"
    document.write_text(REPORT, encoding="utf-8")
    opened = EmbeddedStore(folder / "store")
    ingester = Ingester(opened, page_config(folder / "store"))
    ingester.ensure_reference_graphs()
    outcomes = ingester.ingest_all([document])
    assert [o.status for o in outcomes] == ["stored"], outcomes
    derived.recompute_all(opened, BASE)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def app(store: EmbeddedStore) -> Flask:
    assert store.path is not None
    return create_app(page_config(store.path), store=store)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def test_every_area_of_the_classification_has_its_stored_answers(store: EmbeddedStore) -> None:
    areas = known_counties(store)
    assert len(areas) == 23 and ALAND in areas and V + "county/90" in areas


def test_the_area_page_is_a_county_page_listing_its_project(client: FlaskClient) -> None:
    page = client.get("/vocab/county/91.html")
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert "Digital hemvård i skärgården" in text
    county = client.get("/vocab/county/21.html").get_data(as_text=True)
    assert "Digital hemvård i skärgården" not in county


def test_the_catalogue_lists_the_project_under_its_area(client: FlaskClient) -> None:
    answer = client.get(
        "/queries/projects-by-region?region=Åland&lang=sv",
        headers={"Accept": "application/sparql-results+json"},
    )
    assert answer.status_code == 200, answer.get_data(as_text=True)[:300]
    rows = answer.get_json()["results"]["bindings"]
    assert {r["region"]["value"] for r in rows} == {ALAND}
    assert [r["project"]["value"].rsplit("/", 1)[-1] for r in rows] == ["digital-hemvard-i-skargarden"]


def test_reconcile_finds_aland_as_a_county(client: FlaskClient) -> None:
    queries = json.dumps({"q0": {"query": "Åland", "type": "county"}})
    answer = client.post("/reconcile", data={"queries": queries})
    assert answer.status_code == 200
    ids = [r["id"] for r in answer.get_json()["q0"]["result"]]
    assert ids[:1] == [ALAND], ids
