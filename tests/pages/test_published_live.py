"""The published description and IRIs against a real ``hankegraafi serve``.

One server, on a store the real command line built from the bundled
samples, answers every request: the dataset description must meet our
DCAT-AP 3.0.1 shapes (``shapes/dcat-ap.ttl``) with no result at all, not
even a warning, and every IRI we mint that the dumps or the description
name must dereference (200, or 303 to a document that answers 200).
"""

from __future__ import annotations

import gzip
import shutil
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from urllib.parse import urldefrag

import pyoxigraph as ox
import pytest
import requests
from pyshacl import validate
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from bench.live import Live, start
from hankegraafi.ontology.namespaces import BASE_IRI_DEFAULT, ONTOLOGY_IRI, VOCAB
from hankegraafi.server.pages.published import local_url

PUBLISHER_TYPE = "LocalAuthority"


@pytest.fixture(scope="module")
def live(cli_samples_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    where = tmp_path_factory.mktemp("published")
    store = where / "store"
    # ``hankegraafi ingest --samples --quarantine``, run once per session (tests/conftest.py)
    shutil.copytree(cli_samples_store, store)
    server = start(store, where / "serve.log", rate_limit="1000000/minute", publisher_type=PUBLISHER_TYPE)
    try:
        yield server
    finally:
        server.stop()


def shapes() -> Graph:
    g = Graph()
    g.parse(
        data=(resources.files("hankegraafi.shapes") / "dcat-ap.ttl").read_text(encoding="utf-8"),
        format="turtle",
    )
    return g


def description(live: Live) -> Graph:
    response = live.get("/.well-known/void", headers={"Accept": "text/turtle"})
    assert response.status_code == 200, response.text[:500]
    g = Graph()
    g.parse(data=response.content, format="turtle")
    return g


def test_description_meets_our_dcat_ap_shapes(live: Live) -> None:
    g = description(live)
    conforms, report, text = validate(g, shacl_graph=shapes(), advanced=True)
    results = list(report.objects(None, SH.result))
    assert conforms and not results, text
    publisher = URIRef(BASE_IRI_DEFAULT + "publisher")
    assert str(g.value(publisher, URIRef("http://purl.org/dc/terms/type"))).endswith("/" + PUBLISHER_TYPE)


def test_shapes_catch_what_the_review_found(live: Live) -> None:
    """The twelve range violations of the review come back if the values lose their classes."""
    g = description(live)
    for cls in ("LinguisticSystem", "MediaTypeOrExtent", "MediaType", "Standard"):
        g.remove(
            (
                None,
                URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                URIRef("http://purl.org/dc/terms/" + cls),
            )
        )
    g.remove(
        (
            None,
            URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            URIRef("http://xmlns.com/foaf/0.1/Document"),
        )
    )
    conforms, report, _ = validate(g, shacl_graph=shapes(), advanced=True)
    paths = {
        str(report.value(r, SH.resultPath)).rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        for r in report.objects(None, SH.result)
    }
    assert not conforms
    assert {
        "language",
        "format",
        "mediaType",
        "compressFormat",
        "conformsTo",
        "homepage",
        "landingPage",
    } <= paths


def minted(iri: str, server: str) -> bool:
    """An IRI this publication mints or serves: under the data base, the vocabularies, the ontology, or the server."""
    return iri.startswith((BASE_IRI_DEFAULT, str(VOCAB), ONTOLOGY_IRI, server + "/"))


def local(iri: str, server: str) -> str:
    """The path to request for ``iri`` on the live server (a hash IRI is its document's)."""
    if iri.startswith(server + "/"):
        return iri[len(server) :]
    path = local_url(urldefrag(iri)[0], BASE_IRI_DEFAULT)
    assert path is not None, iri
    return path.partition("#")[0]


def dump_iris(live: Live) -> set[str]:
    response = live.get("/dumps/hankegraafi.nq.gz")
    assert response.status_code == 200
    iris: set[str] = set()
    for q in ox.parse(gzip.decompress(response.content), format=ox.RdfFormat.N_QUADS):
        for term in (q.subject, q.predicate, q.object, q.graph_name):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
    return iris


def test_every_iri_in_the_dumps_and_the_description_dereferences(live: Live) -> None:
    g = description(live)
    named = {str(t) for triple in g for t in triple if isinstance(t, URIRef)}
    iris = {i for i in dump_iris(live) | named if minted(i, live.url)}
    paths = sorted({local(i, live.url) for i in iris})
    assert len(paths) > 300, "the dumps hold the samples, the ontology and the vocabularies"
    for must in (
        "/id/publisher",
        "/id/sparql-service",
        "/id/distribution/nq-gz",
        "/ontology/0.1.0",
        "/opensearch.xml",
    ):
        assert must in paths, must
    failed: list[tuple[str, int]] = []
    targets: set[str] = set()
    with requests.Session() as session:
        for path in paths:
            response = session.get(
                live.url + path, headers={"Accept": "text/turtle"}, allow_redirects=False, timeout=60
            )
            if response.status_code == 303:
                targets.add(response.headers["Location"])
            elif response.status_code != 200:
                failed.append((path, response.status_code))
            response.close()
        for target in sorted(targets):
            url = target if target.startswith("http") else live.url + target
            response = session.get(url, allow_redirects=False, timeout=60)
            if response.status_code != 200:
                failed.append((target, response.status_code))
            response.close()
    assert not failed, failed[:20]


def test_an_iri_we_never_minted_is_404(live: Live) -> None:
    """The dereferencing test above can fail: a made-up IRI under each namespace is not found."""
    for path in ("/id/distribution/none", "/ontology/9.9.9", "/vocab/county/99"):
        assert live.get(path, allow_redirects=False).status_code == 404, path
