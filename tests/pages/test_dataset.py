"""The dataset description: VoID and DCAT at /.well-known/void, checked against DCAT-AP."""

from __future__ import annotations

from importlib import resources

import pytest
from flask.testing import FlaskClient
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, VOID

from hankegraafi.store.embedded import EmbeddedStore

DATASET = URIRef("https://w3id.org/hankegraafi/id/dataset")
CATALOG = URIRef("https://w3id.org/hankegraafi/id/catalog")


def shapes() -> Graph:
    g = Graph()
    g.parse(
        data=(resources.files("hankegraafi.shapes") / "dcat-ap.ttl").read_text(encoding="utf-8"),
        format="turtle",
    )
    return g


def description(client: FlaskClient) -> Graph:
    response = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    assert response.mimetype == "text/turtle"
    assert "Accept" in response.headers["Vary"]
    assert response.headers["Content-Location"] == "/id/dataset.ttl"
    g = Graph()
    g.parse(data=response.data, format="turtle")
    return g


def test_void_counts_match_the_store(client: FlaskClient, demo_store: EmbeddedStore) -> None:
    g = description(client)
    assert (DATASET, RDF.type, VOID.Dataset) in g
    triples = demo_store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]  # type: ignore[union-attr]
    assert int(g.value(DATASET, VOID.triples)) == int(triples)
    projects = demo_store.query(  # type: ignore[union-attr]
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <https://w3id.org/hankegraafi/ontology#Project> }"
    ).rows[0][0]
    partitions = {
        g.value(p, VOID["class"]): int(g.value(p, VOID.entities))
        for p in g.objects(DATASET, VOID.classPartition)
    }
    assert partitions[URIRef("https://w3id.org/hankegraafi/ontology#Project")] == int(projects)
    assert g.value(DATASET, VOID.sparqlEndpoint) == URIRef("http://localhost/sparql")
    dumps = set(g.objects(DATASET, VOID.dataDump))
    assert dumps == {
        URIRef("http://localhost/dumps/hankegraafi.nq.gz"),
        URIRef("http://localhost/dumps/hankegraafi.ttl.gz"),
    }
    assert URIRef("https://w3id.org/hankegraafi/ontology") in set(g.objects(DATASET, VOID.vocabulary))
    assert g.value(DATASET, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    latest = demo_store.query(  # type: ignore[union-attr]
        "SELECT (MAX(?at) AS ?m) WHERE { ?g <http://www.w3.org/ns/prov#generatedAtTime> ?at }"
    ).rows[0][0]
    assert str(g.value(DATASET, DCTERMS.modified)) == str(latest)
    subsets = set(g.objects(DATASET, VOID.subset))
    assert URIRef("https://w3id.org/hankegraafi/id/graph/lappi-loppuraportti-txt") in subsets


def test_dcat_ap_mandatory_properties(client: FlaskClient) -> None:
    conforms, _, text = validate(description(client), shacl_graph=shapes(), advanced=True)
    assert conforms, text


@pytest.mark.parametrize(
    ("node", "prop"),
    [
        (CATALOG, DCTERMS.title),
        (CATALOG, DCTERMS.publisher),
        (DATASET, DCTERMS.description),
        (None, DCAT.accessURL),
    ],
)
def test_shapes_reject_a_missing_mandatory_property(
    client: FlaskClient, node: URIRef | None, prop: URIRef
) -> None:
    g = description(client)
    g.remove((node, prop, None))
    conforms, _, text = validate(g, shacl_graph=shapes(), advanced=True)
    assert not conforms
    assert "DCAT-AP" in text


def test_shapes_reject_two_publishers(client: FlaskClient) -> None:
    g = description(client)
    g.add((CATALOG, DCTERMS.publisher, URIRef("https://example.org/other")))
    g.add((URIRef("https://example.org/other"), RDF.type, URIRef("http://xmlns.com/foaf/0.1/Agent")))
    g.add((URIRef("https://example.org/other"), URIRef("http://xmlns.com/foaf/0.1/name"), Literal("Toinen")))
    assert not validate(g, shacl_graph=shapes(), advanced=True)[0]


def test_dataset_page_and_formats(client: FlaskClient) -> None:
    html = client.get("/.well-known/void", headers={"Accept": "text/html"})
    assert html.mimetype == "text/html"
    assert "/dumps/hankegraafi.nq.gz" in html.get_data(as_text=True)
    assert client.get("/id/dataset").status_code == 303
    for suffix in ("ttl", "nt", "rdf", "jsonld"):
        assert client.get(f"/id/dataset.{suffix}").status_code == 200
