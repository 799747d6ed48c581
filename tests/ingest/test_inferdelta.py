"""The inferred graph rebuilt partially after an ingest, a re-ingest and a remove equals a whole rebuild
(ingest/inferdelta.py); the partial path is the one taken, and rules that could reach past a
component make the rebuild whole."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF

from hankegraafi.ingest import derived, inferdelta, inference
from hankegraafi.ingest.inferdelta import shape
from hankegraafi.ingest.inference import compile_rules, inferred_graph_iri
from hankegraafi.ingest.pipeline import Ingester, sample_documents
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore

HG = "https://w3id.org/hankegraafi/ontology#"


def _inferred(store: EmbeddedStore, base: str) -> frozenset[tuple[object, object, object]]:
    engine = store.engine_source().oxigraph
    assert engine is not None
    graph = ox.NamedNode(str(inferred_graph_iri(base)))
    return frozenset(
        (q.subject, q.predicate, q.object) for q in engine.quads_for_pattern(None, None, None, graph)
    )


def _whole_equals(store: EmbeddedStore, base: str) -> frozenset[tuple[object, object, object]]:
    kept = _inferred(store, base)
    store.update(f"DROP SILENT GRAPH <{inferred_graph_iri(base)}>")
    inferdelta.recompute(store, base)  # whole, with what the next partial rebuild starts from
    assert _inferred(store, base) == kept
    return kept


def test_the_partial_rebuild_is_taken_and_equals_a_whole_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    path = tmp_path / "store"
    cfg = Config.load({"store": str(path)}, environ={})
    base = str(cfg.base_iri)
    store = EmbeddedStore(path, base_iri=base)
    try:
        first, second = sorted(sample_documents())[:2]
        Ingester(store, cfg, validate=False).ensure_reference_graphs()
        shutil.copy(first, docs / first.name)
        Ingester(store, cfg, validate=False).ingest_all([docs])  # the first write: whole
        one = _whole_equals(store, base)
        wholes: list[int] = []
        real_whole = inference.recompute_whole

        def counted(*args: object) -> tuple[int, bool]:
            wholes.append(1)
            return real_whole(*args)  # type: ignore[arg-type]

        monkeypatch.setattr(inference, "recompute_whole", counted)
        shutil.copy(second, docs / second.name)  # a second document: a partial rebuild
        Ingester(store, cfg, validate=False).ingest_all([docs])
        assert wholes == []
        monkeypatch.setattr(inference, "recompute_whole", real_whole)
        _whole_equals(store, base)  # (writes the state again: whole)
        monkeypatch.setattr(inference, "recompute_whole", counted)
        # a re-ingest of a changed text, then a remove: partial, and equal to a whole rebuild
        with (docs / second.name).open("a", encoding="utf-8") as fh:
            fh.write("\nLisätieto: tämä rivi lisättiin kokeen vuoksi.\n")
        Ingester(store, cfg, validate=False).ingest_all([docs])
        assert Ingester(store, cfg, validate=False).remove(second.name) is not None
        assert wholes == []
        monkeypatch.setattr(inference, "recompute_whole", real_whole)
        assert _whole_equals(store, base) == one
        # a load: whole (no touched graphs), and the derived graphs follow it
        wholes.clear()
        monkeypatch.setattr(inference, "recompute_whole", counted)
        derived.recompute_all(store, base)
        assert wholes == [1]
    finally:
        store.close()


def test_the_shipped_rules_allow_a_partial_rebuild() -> None:
    found = shape(inference.rules())
    assert found is not None
    assert f"<{HG}partOf>" in found.link and f"<{HG}hasLine>" in found.link
    assert f"<{HG}county>" not in found.link  # a chain's last step joins no further


def test_a_chain_whose_head_has_an_inverse_makes_the_rebuild_whole() -> None:
    g = Graph()
    p, q, head, back = (URIRef(f"urn:x-koe:{x}") for x in ("p", "q", "head", "back"))
    node = BNode()
    Collection(g, node, [p, q])
    g.add((head, OWL.propertyChainAxiom, node))
    assert shape(compile_rules(g)) is not None
    g.add((head, OWL.inverseOf, back))
    assert shape(compile_rules(g)) is None


def test_a_value_restriction_on_a_linking_property_makes_the_rebuild_whole() -> None:
    g = Graph()
    part, cls, value = URIRef(f"{HG}partOf"), URIRef("urn:x-koe:Osa"), URIRef("urn:x-koe:kokonaisuus")
    g.add((part, RDF.type, OWL.TransitiveProperty))
    assert shape(compile_rules(g)) is not None
    restriction = BNode()
    g.add((restriction, RDF.type, OWL.Restriction))
    g.add((restriction, OWL.onProperty, part))
    g.add((restriction, OWL.hasValue, value))
    g.add((cls, OWL.equivalentClass, restriction))
    assert shape(compile_rules(g)) is None
