"""The dataset description (VoID, /.well-known/void) marks the inferred graph as inferred (issue 20)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, VOID

from hankegraafi.ingest import inference
from hankegraafi.ingest.pipeline import Ingester, sample_documents
from hankegraafi.server.app import create_app
from hankegraafi.store.embedded import EmbeddedStore
from tests.pages.conftest import page_config

BASE = "https://w3id.org/hankegraafi/id/"


def test_the_inferred_graph_is_described_as_inferred(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    try:
        cfg = page_config(path)
        ingester = Ingester(store, cfg)
        ingester.ensure_reference_graphs()
        ingester.ingest_all(sample_documents()[:2])
        size = len(store.get_graph(inference.inferred_graph_iri(BASE)))
        app = create_app(cfg, store=store)
        app.extensions["hankegraafi.pages"].dump_dir = str(tmp_path / "dumps")
        response = app.test_client().get("/.well-known/void", headers={"Accept": "text/turtle"})
        assert response.status_code == 200
        g = Graph().parse(data=response.data, format="turtle")
    finally:
        store.close()
    inferred = URIRef(f"{BASE}meta/inferred")
    dataset = next(s for s in g.subjects(VOID.subset, inferred))
    assert (dataset, VOID.subset, inferred) in g
    assert g.value(inferred, VOID.triples).toPython() == size > 100  # type: ignore[union-attr]
    assert (inferred, PROV.wasDerivedFrom, URIRef("https://w3id.org/hankegraafi/ontology")) in g
    titles = {t.language: str(t) for t in g.objects(inferred, DCTERMS.title) if isinstance(t, Literal)}
    assert titles == {
        "fi": "Päätellyt kolmikot (ontologiasta)",
        "en": "Inferred triples (from the ontology)",
        "sv": "Härledda tripplar (från ontologin)",
    }
    descriptions = [str(d) for d in g.objects(inferred, DCTERMS.description)]
    assert len(descriptions) == 3 and all("FILTER NOT EXISTS" in d for d in descriptions)
    # a document's graph carries no such mark
    documents = [s for s in g.objects(dataset, VOID.subset) if str(s).startswith(f"{BASE}graph/")]
    assert documents and all(g.value(d, DCTERMS.title) is None for d in documents)
