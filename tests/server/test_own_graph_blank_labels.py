"""An update's blank node labels never meet those of the own graphs put back after it.

Every update runs with the product's own graphs put back in the same request (``workers._keeping``),
written as N-Triples whose blank node labels are the store's, which anyone reads through
``/sparql``. Found by attack on a real server: an update inserting into a graph of its own a blank
node labelled as one of the ontology's (``_:d7c56de…``, read from a ``CONSTRUCT``) was refused,
``400 query-syntax: The blank node _:d7c56de… cannot be shared by multiple blocks``: a valid
update, refused by text the server added to it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from hankegraafi.server import create_app
from hankegraafi.server.sparql import own_graphs
from hankegraafi.store.embedded import EmbeddedStore
from tests.server.conftest import PROTOCOL_DATA, TOKEN, server_config

AUTH = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}
BASE = "https://w3id.org/hankegraafi/id/"
JSON = {"Accept": "application/sparql-results+json"}


@pytest.fixture
def client(tmp_path: Path) -> Iterator[FlaskClient]:
    store = EmbeddedStore(tmp_path / "store")
    store.load(PROTOCOL_DATA, "trig")
    inserts = " ".join(
        f'GRAPH <{g}> {{ <urn:x:{n}> <urn:x:p> _:b{n} . _:b{n} <urn:x:q> "ö" }}'
        for n, g in enumerate(own_graphs(BASE))
    )
    store.update(f"INSERT DATA {{ {inserts} }}")
    app = create_app(server_config(tmp_path / "store"), store=store)
    yield app.test_client()
    store.close()


def _select(client: FlaskClient, query: str) -> list[dict[str, dict[str, str]]]:
    r = client.get("/sparql", query_string={"query": query}, headers=JSON)
    assert r.status_code == 200, r.get_data(as_text=True)
    return list(json.loads(r.data)["results"]["bindings"])


def _shape(client: FlaskClient, graph: str) -> list[tuple[str, str, str]]:
    """The graph's triples with blank nodes as one mark (labels change when the graph is put back)."""
    rows = _select(client, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return sorted(
        tuple("_" if row[k]["type"] == "bnode" else row[k]["value"] for k in ("s", "p", "o")) for row in rows
    )


@pytest.mark.parametrize("graph", own_graphs(BASE))
def test_an_update_may_use_a_label_the_own_graphs_hold(client: FlaskClient, graph: str) -> None:
    before = {g: _shape(client, g) for g in own_graphs(BASE)}
    rows = _select(client, f"SELECT ?o WHERE {{ GRAPH <{graph}> {{ ?s <urn:x:p> ?o }} }}")
    label = rows[0]["o"]["value"]  # the store's label, as every client can read it
    update = f'INSERT DATA {{ GRAPH <urn:x:mine> {{ _:{label} <urn:x:says> "oma" }} }}'
    r = client.post("/update", data=update.encode(), headers=AUTH)
    assert r.status_code == 204, r.get_data(as_text=True)
    assert _select(
        client, 'ASK { GRAPH <urn:x:mine> { ?b <urn:x:says> "oma" } }'.replace("ASK", "SELECT ?b WHERE")
    )
    assert {g: _shape(client, g) for g in own_graphs(BASE)} == before
