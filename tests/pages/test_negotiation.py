"""Dereferencing: 303 to the negotiated document, suffixes over Accept, RDF that parses back.

Every kind of resource the graph mints is fetched in every format; the four
RDF documents must parse into one and the same graph, equal to the
resource's description read straight from the store.
"""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from hankegraafi.store.embedded import EmbeddedStore
from tests.pages.conftest import ID

VOCAB = "https://w3id.org/hankegraafi/vocab/"

#: (kind, IRI): one of each kind of resource the pages answer for.
RESOURCES = [
    ("project", ID + "project/kestavan-kasvun-lappi"),
    ("investment", ID + "project/lapin-pilari-4-investointi-1"),
    ("subproject", ID + "project/kainuun-pilari-4-investointi-1/sahkoinen-perhekeskus"),
    ("organisation", VOCAB + "organisation/digifinland"),
    ("county", VOCAB + "county/21"),
    ("region", VOCAB + "region/lappi"),
    ("municipality", VOCAB + "municipality/rovaniemi"),
    ("service", VOCAB + "service/omaolo"),
    ("concept", VOCAB + "goal-status/achieved"),
    ("scheme", VOCAB + "dependency-kind"),
    ("document", ID + "document/lappi-loppuraportti-txt"),
    ("graph", ID + "graph/lappi-loppuraportti-txt"),
]

FORMATS = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt", "rdf": "xml"}
MEDIA = {
    "ttl": "text/turtle",
    "jsonld": "application/ld+json",
    "nt": "application/n-triples",
    "rdf": "application/rdf+xml",
}

#: rdflib's own JSON-LD parser builds a ConjunctiveGraph internally and warns about it.
JSONLD_WARNING = "ignore:ConjunctiveGraph is deprecated:DeprecationWarning"

EXPECTED = """
SELECT ?s ?p ?o WHERE {
  { ?this ?p ?o . BIND(?this AS ?s) } UNION { ?s ?p ?this . BIND(?this AS ?o) }
  UNION { ?this ?q ?s . FILTER(isBlank(?s)) ?s ?p ?o }
}
"""


def local(iri: str) -> str:
    if iri.startswith(ID):
        return "/id/" + iri[len(ID) :]
    return "/vocab/" + iri[len(VOCAB) :]


def first_of(store: EmbeddedStore, cls: str) -> str:
    rows = store.query(f"SELECT ?s WHERE {{ ?s a <{cls}> }} ORDER BY ?s LIMIT 1").rows  # type: ignore[union-attr]
    return str(rows[0][0])


@pytest.fixture(scope="module")
def resources(demo_store: EmbeddedStore) -> list[tuple[str, str]]:
    hg = "https://w3id.org/hankegraafi/ontology#"
    extra = [
        (kind, first_of(demo_store, hg + cls))
        for kind, cls in (
            ("dependency", "Dependency"),
            ("goal", "Goal"),
            ("span", "SourceSpan"),
            ("cost-line", "CostLine"),
            ("participation", "Participation"),
            ("traffic-light", "TrafficLight"),
        )
    ]
    return RESOURCES + extra


def expected_graph(store: EmbeddedStore, iri: str) -> Graph:
    g = Graph()
    for s, p, o in store.query(EXPECTED, bindings={"this": URIRef(iri)}).rows:  # type: ignore[union-attr]
        g.add((s, p, o))
    return g


@pytest.mark.filterwarnings(JSONLD_WARNING)
def test_every_kind_in_every_format_parses_to_the_same_graph(
    client: FlaskClient, demo_store: EmbeddedStore, resources: list[tuple[str, str]]
) -> None:
    for kind, iri in resources:
        path = local(iri)
        expected = expected_graph(demo_store, iri)
        assert len(expected) > 0, kind
        html = client.get(path + ".html")
        assert html.status_code == 200, (kind, path)
        assert html.mimetype == "text/html"
        graphs = []
        for suffix, rdflib_format in FORMATS.items():
            response = client.get(path + "." + suffix)
            assert response.status_code == 200, (kind, suffix)
            assert response.mimetype == MEDIA[suffix]
            g = Graph()
            g.parse(data=response.data, format=rdflib_format)
            graphs.append(g)
            assert isomorphic(g, expected), (kind, suffix, len(g), len(expected))
        assert all(isomorphic(graphs[0], g) for g in graphs[1:])


@pytest.mark.parametrize(
    ("accept", "suffix"),
    [
        ("text/html", "html"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "html"),
        ("text/turtle", "ttl"),
        ("application/x-turtle", "ttl"),
        ("application/ld+json", "jsonld"),
        ("application/json", "jsonld"),
        ("application/n-triples", "nt"),
        ("text/plain", "nt"),
        ("application/rdf+xml", "rdf"),
        ("application/rdf+xml;q=0.5, text/turtle;q=0.9", "ttl"),
        ("*/*", "html"),
        ("", "html"),
    ],
)
def test_303_to_the_negotiated_document(client: FlaskClient, accept: str, suffix: str) -> None:
    headers = {"Accept": accept} if accept else {}
    response = client.get("/id/project/kestavan-kasvun-lappi", headers=headers)
    assert response.status_code == 303
    assert response.headers["Location"] == f"/id/project/kestavan-kasvun-lappi.{suffix}"
    assert "Accept" in response.headers["Vary"]
    vocab = client.get("/vocab/service/omaolo", headers=headers)
    assert vocab.status_code == 303
    assert vocab.headers["Location"] == f"/vocab/service/omaolo.{suffix}"


def test_suffix_wins_over_accept(client: FlaskClient) -> None:
    response = client.get("/id/project/kestavan-kasvun-lappi.ttl", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert response.mimetype == "text/turtle"
    html = client.get("/id/project/kestavan-kasvun-lappi.html", headers={"Accept": "text/turtle"})
    assert html.mimetype == "text/html"
    assert 'rel="alternate"; type="text/turtle"' in ", ".join(html.headers.getlist("Link"))


def test_unacceptable_media_type_is_406(client: FlaskClient) -> None:
    response = client.get("/id/project/kestavan-kasvun-lappi", headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert "Accept" in response.headers["Vary"]


def test_unknown_iri_is_a_real_404(client: FlaskClient) -> None:
    for path in ("/id/project/ei-ole-olemassa", "/id/project/ei-ole-olemassa.html", "/vocab/county/99"):
        page = client.get(path, headers={"Accept": "text/html"})
        assert page.status_code == 404, path
        assert page.mimetype == "text/html"
        assert "ei ole tietoja" in page.get_data(as_text=True)
    rdf = client.get("/id/project/ei-ole-olemassa.ttl", headers={"Accept": "text/turtle"})
    assert rdf.status_code == 404
    assert rdf.mimetype == "text/plain"
    assert client.get("/id/", headers={"Accept": "text/html"}).status_code == 404


@pytest.mark.filterwarnings(JSONLD_WARNING)
def test_ontology_at_its_iri(client: FlaskClient) -> None:
    response = client.get("/ontology", headers={"Accept": "text/turtle"})
    assert response.status_code == 303
    assert response.headers["Location"] == "/ontology.ttl"
    assert "Accept" in response.headers["Vary"]
    graphs = []
    for suffix, rdflib_format in (("ttl", "turtle"), ("rdf", "xml"), ("jsonld", "json-ld")):
        doc = client.get("/ontology." + suffix)
        assert doc.status_code == 200
        g = Graph()
        g.parse(data=doc.data, format=rdflib_format)
        graphs.append(g)
    from hankegraafi.ontology.loader import ontology_graph

    assert all(isomorphic(g, ontology_graph()) for g in graphs)
    html = client.get("/ontology", headers={"Accept": "text/html"})
    assert html.headers["Location"] == "/ontology.html"
    page = client.get("/ontology.html").get_data(as_text=True)
    assert 'id="Project"' in page


@pytest.mark.parametrize(
    ("path", "asked", "located"),
    [
        (ID + "project/kestavan-kasvun-lappi", "ttl", ".ttl"),
        (ID + "project/kestavan-kasvun-lappi", "application/ld%2Bjson", ".jsonld"),
        (VOCAB + "county/21", "rdfxml", ".rdf"),
        (VOCAB + "county/21", "HTML", ".html"),
    ],
)
def test_a_format_parameter_picks_the_resource_document_over_accept(
    client: FlaskClient, path: str, asked: str, located: str
) -> None:
    """``format=`` was honoured on /sparql and /queries and silently ignored here (R6, stop 44)."""
    response = client.get(local(path) + f"?format={asked}", headers={"Accept": "text/html"})
    assert response.status_code == 303, response.text[:200]
    assert response.headers["Location"].split("?")[0].endswith(located), response.headers["Location"]


def test_the_dataset_and_ontology_answer_the_format_asked(client: FlaskClient) -> None:
    void = client.get("/.well-known/void?format=jsonld", headers={"Accept": "text/turtle"})
    assert void.status_code == 200 and void.mimetype == "application/ld+json"
    assert client.get("/.well-known/void?format=nt").mimetype == "application/n-triples"
    onto = client.get("/ontology?format=ttl", headers={"Accept": "text/html"})
    assert onto.status_code == 303 and onto.headers["Location"].split("?")[0].endswith("/ontology.ttl")


@pytest.mark.parametrize(
    "path", ["/.well-known/void", "/ontology", local(ID + "project/kestavan-kasvun-lappi")]
)
def test_a_format_not_offered_is_a_406_naming_the_offered_ones(client: FlaskClient, path: str) -> None:
    response = client.get(path + "?format=json", headers={"Accept": "text/plain"})
    assert response.status_code == 406, (path, response.status_code)
    assert "format 'json' is not offered here (offered: " in response.text and "jsonld" in response.text


def test_a_suffix_and_a_format_that_disagree_are_a_406_naming_both(client: FlaskClient) -> None:
    """``/id/x.ttl?format=json`` had answered Turtle with 200, the asked format dropped unsaid (R9, stop 45)."""
    page = local(ID + "project/kestavan-kasvun-lappi")
    assert client.get(page + ".ttl?format=ttl").mimetype == "text/turtle"
    assert client.get(page + ".ttl?format=text/turtle").status_code == 200
    for path in (page + ".ttl?format=json", page + ".jsonld?format=nt", "/ontology.ttl?format=rdfxml"):
        answer = client.get(path, headers={"Accept": "text/plain"})
        assert answer.status_code == 406, (path, answer.status_code)
        assert "conflicts with the document's suffix" in answer.text, answer.text
    assert client.get(page + ".ttl?format=zzz").status_code == 406
    # The 303 from the thing to its document carries format=, and the two agree.
    followed = client.get(page + "?format=nt", follow_redirects=True)
    assert followed.status_code == 200 and followed.mimetype == "application/n-triples"
