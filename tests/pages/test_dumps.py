"""Dumps: N-Quads and Turtle (gzip), equal to the store, without personal data, renewed on change."""

from __future__ import annotations

import gzip

import pyoxigraph as ox
from flask import Flask
from flask.testing import FlaskClient
from rdflib import Graph, URIRef

from hankegraafi.ingest.inference import state_graph_iri
from hankegraafi.queries.answers import answers_graph_iri
from hankegraafi.queries.nameindex import graph_iri as name_index_iri
from hankegraafi.queries.pagelists import lists_graph_iri
from hankegraafi.store.embedded import EmbeddedStore, dump_bytes
from tests.pages.conftest import EMAIL, PERSON_NAME, PHONE, PII_GRAPH


def _caches(store: EmbeddedStore) -> set[str]:
    """The derived caches a dump leaves out: catalogue answers, page lists, the name index and the
    inferred graph's bookkeeping (stop 50: the last two were published before)."""
    base = store.base_iri
    return {str(g(base)) for g in (answers_graph_iri, lists_graph_iri, name_index_iri, state_graph_iri)}


def fetch(client: FlaskClient, name: str) -> bytes:
    response = client.get(f"/dumps/{name}")
    try:
        assert response.status_code == 200
        assert response.mimetype == "application/gzip"
        return gzip.decompress(response.data)
    finally:
        response.close()


def test_nquads_dump_is_the_store_without_personal_data(client: FlaskClient, demo_store: EmbeddedStore) -> None:
    body = fetch(client, "hankegraafi.nq.gz")
    text = body.decode("utf-8")
    for secret in (EMAIL, PHONE, PERSON_NAME, "mailto:"):
        assert secret not in text
    dumped = set(ox.parse(body, format=ox.RdfFormat.N_QUADS))
    everything = set(ox.parse(dump_bytes(demo_store, "nq"), format=ox.RdfFormat.N_QUADS))
    kept = _caches(demo_store)
    # The stored catalogue answers, page lists, name index and inference bookkeeping are caches, not data.
    cached = {q for q in everything if q.graph_name.value in kept}
    assert {q.graph_name.value for q in cached} == kept
    stored = everything - cached
    assert dumped <= stored
    missing = stored - dumped  # description, name, mailbox and phone of the invented manager
    assert len(missing) == 4
    assert {q.predicate.value for q in missing} == {
        "http://purl.org/dc/terms/description",
        "http://xmlns.com/foaf/0.1/name",
        "http://xmlns.com/foaf/0.1/mbox",
        "http://schema.org/telephone",
    }
    assert {q.graph_name.value for q in dumped} >= {str(PII_GRAPH)}


def test_turtle_dump_is_the_union(client: FlaskClient, demo_store: EmbeddedStore) -> None:
    g = Graph()
    g.parse(data=fetch(client, "hankegraafi.ttl.gz"), format="turtle")
    left_out = ", ".join(f"<{g}>" for g in sorted(_caches(demo_store)))
    union = demo_store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
        f"FILTER(?g NOT IN ({left_out})) }} }}"
    )
    assert len(g) == int(union.rows[0][0]) - 4  # type: ignore[union-attr]


def test_dumps_are_renewed_when_the_data_changes(app: Flask, client: FlaskClient) -> None:
    before = fetch(client, "hankegraafi.nq.gz")
    assert fetch(client, "hankegraafi.nq.gz") == before  # served from disk while nothing changed
    marker = URIRef("https://w3id.org/hankegraafi/id/project/dump-test-marker")
    services = app.extensions["hankegraafi"]
    services.write(
        (
            "update",
            f"INSERT DATA {{ GRAPH <urn:x-test:dumps> {{ {marker.n3()} a <https://w3id.org/hankegraafi/ontology#Project> }} }}",
        )
    )
    try:
        after = fetch(client, "hankegraafi.nq.gz")
        assert str(marker).encode() in after and str(marker).encode() not in before
    finally:
        services.write(("update", "DROP GRAPH <urn:x-test:dumps>"))
    assert str(marker).encode() not in fetch(client, "hankegraafi.nq.gz")
    folder = app.extensions["hankegraafi.pages"].dump_dir
    from pathlib import Path

    assert len(list(Path(folder).glob("*-hankegraafi.nq.gz"))) == 1  # the old files were removed
