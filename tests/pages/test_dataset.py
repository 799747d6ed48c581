"""The dataset description: VoID and DCAT at /.well-known/void, checked against DCAT-AP."""

from __future__ import annotations

import gzip
from importlib import resources
from xml.etree import ElementTree

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, SH, VOID

from hankegraafi.store.embedded import EmbeddedStore

DATASET = URIRef("https://w3id.org/hankegraafi/id/dataset")
CATALOG = URIRef("https://w3id.org/hankegraafi/id/catalog")
ONTOLOGY = "https://w3id.org/hankegraafi/ontology"


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


Quad = tuple[str, str, str, str | None]


def dump_quads(client: FlaskClient) -> list[Quad]:
    """The N-Quads dump as (subject, predicate, object, graph) in N-Triples syntax."""
    response = client.get("/dumps/hankegraafi.nq.gz")
    assert response.status_code == 200
    body = gzip.decompress(response.data)
    response.close()
    out = []
    for q in ox.parse(body, format=ox.RdfFormat.N_QUADS):
        graph = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else None
        out.append((str(q.subject), str(q.predicate), str(q.object), graph))
    return out


def vocabulary(term: str) -> str:
    """The namespace of a term (N-Triples syntax): up to its last '#' or '/'; hg: terms belong to the ontology."""
    iri = term.strip("<>")
    namespace = iri[: max(iri.rfind("#"), iri.rfind("/")) + 1]
    return ONTOLOGY if namespace == ONTOLOGY + "#" else namespace


def test_void_counts_follow_the_definitions(client: FlaskClient) -> None:
    """Each VoID figure, recomputed from the dump: distinct triples of the union, typed IRI subjects, all graphs."""
    g = description(client)
    quads = dump_quads(client)
    union = {q[:3] for q in quads}
    assert len(union) < len(quads), "some triple is in two graphs, so quads and triples differ"
    graphs = {q[3] for q in quads if q[3] is not None}
    rdf_type = f"<{RDF.type}>"
    typed: dict[str, set[str]] = {}
    for s, _, o in (t for t in union if t[1] == rdf_type):
        if s.startswith("<") and o.startswith("<"):
            typed.setdefault(o.strip("<>"), set()).add(s)
    entities = set().union(*typed.values())
    assert int(g.value(DATASET, VOID.triples)) == len(union)
    assert int(g.value(DATASET, VOID.entities)) == len(entities)
    assert int(g.value(DATASET, VOID.distinctSubjects)) == len({t[0] for t in union})
    assert int(g.value(DATASET, VOID.properties)) == len({t[1] for t in union})
    partitions = {
        str(g.value(p, VOID["class"])): int(g.value(p, VOID.entities))
        for p in g.objects(DATASET, VOID.classPartition)
    }
    assert partitions == {cls: len(members) for cls, members in typed.items()}
    # A multi-typed resource counts once among the entities, so the partitions sum to more.
    assert sum(partitions.values()) > len(entities)
    subsets = {str(s) for s in g.objects(DATASET, VOID.subset)}
    assert subsets == graphs
    assert "https://w3id.org/hankegraafi/id/meta/catalogue" in subsets
    for sub in g.objects(DATASET, VOID.subset):
        own = {q[:3] for q in quads if q[3] == str(sub)}
        assert int(g.value(sub, VOID.triples)) == len(own), sub
    used = {vocabulary(t[1]) for t in union} | {vocabulary(c) for c in typed}
    assert {str(v) for v in g.objects(DATASET, VOID.vocabulary)} == used
    # Vocabularies used only in axioms are not "used by the data"; EURIO is, through the inferred
    # graph (issue 20: every project is a eurio:Project there), and only there.
    assert "http://data.europa.eu/s66#" in used
    assert not any(
        "s66#" in t[1] or "s66#" in t[2]
        for t in {q[:3] for q in quads if not q[3].endswith("meta/inferred") and not q[3].endswith("/ontology")}
    )


def test_void_links_and_dcat_values(client: FlaskClient, demo_store: EmbeddedStore) -> None:
    g = description(client)
    assert (DATASET, RDF.type, VOID.Dataset) in g
    assert g.value(DATASET, VOID.sparqlEndpoint) == URIRef("http://localhost/sparql")
    dumps = set(g.objects(DATASET, VOID.dataDump))
    assert dumps == {
        URIRef("http://localhost/dumps/hankegraafi.nq.gz"),
        URIRef("http://localhost/dumps/hankegraafi.ttl.gz"),
    }
    assert URIRef(ONTOLOGY) in set(g.objects(DATASET, VOID.vocabulary))
    assert g.value(DATASET, VOID.uriLookupEndpoint) is None, "the text search is no URI lookup"
    licence = URIRef("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0")
    assert g.value(DATASET, DCTERMS.license) == licence
    latest = demo_store.query(  # type: ignore[union-attr]
        "SELECT (MAX(?at) AS ?m) WHERE { ?g <http://www.w3.org/ns/prov#generatedAtTime> ?at }"
    ).rows[0][0]
    assert str(g.value(DATASET, DCTERMS.modified)) == str(latest)
    formats = {str(g.value(d, DCTERMS.format)) for d in g.objects(DATASET, DCAT.distribution)}
    assert "http://publications.europa.eu/resource/authority/file-type/RDF_N_QUADS" in formats
    period = g.value(DATASET, DCTERMS.temporal)
    first = demo_store.query(  # type: ignore[union-attr]
        "SELECT ?d WHERE { ?s <https://w3id.org/hankegraafi/ontology#startDate> ?d }"
    ).rows
    starts = sorted(str(r[0]) if len(str(r[0])) > 4 else f"{r[0]}-01-01" for r in first)
    assert str(g.value(period, DCAT.startDate)) in {starts[0], starts[0][:4]}


def test_opensearch_description_is_served(client: FlaskClient) -> None:
    g = description(client)
    url = str(g.value(DATASET, VOID.openSearchDescription))
    response = client.get(url.replace("http://localhost", ""))
    assert response.status_code == 200
    assert response.mimetype == "application/opensearchdescription+xml"
    root = ElementTree.fromstring(response.data)
    assert root.tag == "{http://a9.com/-/spec/opensearch/1.1/}OpenSearchDescription"
    templates = [u.get("template") for u in root if u.tag.endswith("Url") and u.get("type") == "text/html"]
    assert templates == ["http://localhost/search?q={searchTerms}"]


def test_dcat_ap_without_a_publisher_type(client: FlaskClient) -> None:
    """With no publisher type configured the description lacks only that recommended property (a warning)."""
    conforms, report, text = validate(
        description(client), shacl_graph=shapes(), advanced=True, allow_warnings=True
    )
    assert conforms, text
    results = list(report.objects(None, SH.result))
    assert [(str(report.value(r, SH.resultPath)), report.value(r, SH.resultSeverity)) for r in results] == [
        (str(DCTERMS.type), SH.Warning)
    ], text


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


def test_every_graph_the_description_counts_answers_and_an_iri_of_none_is_a_404(client: FlaskClient) -> None:
    """A named graph nothing describes (the inferred graph) answers at its IRI as the description's
    subset; an IRI that names no graph and no resource is a 404, asked without the description."""
    subsets = sorted(str(s) for s in description(client).objects(DATASET, VOID.subset))
    assert "https://w3id.org/hankegraafi/id/meta/inferred" in subsets
    for iri in subsets:
        assert client.get(iri.removeprefix("https://w3id.org/hankegraafi")).status_code == 303, iri
    assert client.get("/id/meta/no-such-graph").status_code == 404
    assert client.get("/id/meta/no-such-graph.html", headers={"Accept": "text/html"}).status_code == 404
