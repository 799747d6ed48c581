"""Faults the stop-45 red team (R9) found in the public face, each pinned on the behaviour it broke.

- R9-2: ``/browse`` with a facet value that names nothing (``region=hgv:county/99``,
  ``status=https://example.org/x``) answered 200 with no project, as a real region without projects
  does: the reader could not tell "no such region" from "no project there" (R6's open item).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask

from hankegraafi.server import create_app
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
from tests.curation.documents import write_page


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """An app over a store of the invented Kainuu page, as tests/curation builds it."""
    from hankegraafi.ingest.pipeline import Ingester

    folder = tmp_path_factory.mktemp("r9")
    cfg = Config.load({"store": str(folder / "store"), "rate_limit": "1000000/minute"}, environ={})
    store = EmbeddedStore(folder / "store")
    ingester = Ingester(store, cfg)
    ingester.ensure_reference_graphs()
    assert [o.status for o in ingester.ingest_all([write_page(folder)])] == ["stored"]
    yield create_app(cfg, store=store)
    store.close()


@pytest.mark.parametrize(
    ("query", "facet"),
    [
        ("region=hgv:county/99", "region"),
        ("region=https://example.org/nothing", "region"),
        ("status=https://w3id.org/hankegraafi/vocab/status/nothing", "status"),
        ("organisation=urn:x-nothing:1", "organisation"),
        ("programme=https://example.org/p", "programme"),
    ],
)
def test_a_facet_value_that_names_nothing_is_named(app: Flask, query: str, facet: str) -> None:
    """R9-2: a 400 naming the facet and saying the value names nothing, in JSON and as a page."""
    client = app.test_client()
    answer = client.get(f"/browse?{query}", headers={"Accept": "application/json"})
    assert answer.status_code == 400, query
    message = answer.get_json()["message"]
    assert message.startswith(f"browse: parameter '{facet}': ") and message.endswith(
        "names nothing in this dataset"
    )
    page = client.get(f"/browse?{query}", headers={"Accept": "text/html"})
    assert page.status_code == 400 and b"names nothing in this dataset" in page.data


def test_a_facet_value_the_data_has_or_names_is_answered(app: Flask) -> None:
    """The project's own county lists it; a real county no project has answers its empty list."""
    client = app.test_client()
    kainuu = client.get("/browse?region=20")
    assert kainuu.status_code == 200 and b"kainuun-etakotihoito" in kainuu.data
    uusimaa = client.get("/browse?region=hgv:county/01")  # in the vocabulary, no project of this store
    assert uusimaa.status_code == 200 and b"kainuun-etakotihoito" not in uusimaa.data
    assert client.get("/browse?utm_source=x").status_code == 200  # not a facet: left alone
