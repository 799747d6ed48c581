"""A document's graph the store never held is written by the engine's loader (issue 17: ingest
speed), in one transaction with its catalogue entry; what is stored is what the update writes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDFS, XSD

from hankegraafi.ontology.namespaces import catalogue_graph
from hankegraafi.store.base import DocumentMeta
from hankegraafi.store.embedded import EmbeddedStore

GRAPH = URIRef("https://example.org/hankegraafi/graph/koe")
A = URIRef("urn:x-koe:hanke")


class _Recording(EmbeddedStore):
    """The embedded store, keeping the text of every SPARQL update it runs."""

    def __init__(self, path: Path | None) -> None:
        super().__init__(path)
        self.updates: list[str] = []

    def update(self, sparql: str) -> None:
        self.updates.append(sparql)
        super().update(sparql)


def _meta(sha: str) -> DocumentMeta:
    return DocumentMeta(
        file_name="koe.txt",
        sha256=sha,
        size=123,
        media_type="text/plain",
        kind="https://w3id.org/hankegraafi/vocab/document-kind/final-report",
        ingested_at=datetime(2026, 12, 5, 2, 0, tzinfo=UTC),
        tool_version="0.1.0",
    )


def _document(label: str) -> Graph:
    g = Graph()
    g.add((A, RDFS.label, Literal(label, lang="fi")))
    g.add((A, RDFS.comment, Literal('lainaus "sisällä"\nrivi\u2028erotin . loppu .')))
    g.add((A, URIRef("urn:x-koe:summa"), Literal("1500.50", datatype=XSD.decimal)))
    return g


def _stored(store: EmbeddedStore) -> tuple[set[object], set[object]]:
    entry = store.query(
        f"SELECT ?p ?o WHERE {{ GRAPH <{catalogue_graph(store.base_iri)}> {{ <{GRAPH}> ?p ?o }} }}"
    )
    return set(store.get_graph(GRAPH)), set(entry.rows)  # type: ignore[union-attr]


def test_a_new_graph_is_loaded_and_stored_as_the_update_stores_it(tmp_path: Path) -> None:
    loaded = _Recording(tmp_path / "loaded")
    replaced = _Recording(tmp_path / "replaced")
    try:
        loaded.replace_graph(GRAPH, _document("Uusi"), _meta("b" * 64))
        assert loaded.updates == []  # nothing to drop: one load, no SPARQL
        replaced.replace_graph(GRAPH, _document("Vanha"), _meta("a" * 64))
        replaced.updates.clear()
        replaced.replace_graph(GRAPH, _document("Uusi"), _meta("b" * 64))
        assert len(replaced.updates) == 1  # an old graph: dropped and written in one update
        assert _stored(loaded) == _stored(replaced)
        graph, entry = _stored(loaded)
        assert len(graph) == 3 and len(entry) == 9
    finally:
        loaded.close()
        replaced.close()


def test_an_entry_without_a_graph_goes_by_the_update_and_a_blank_node_is_loaded_new() -> None:
    store = _Recording(None)
    store.replace_graph(GRAPH, Graph(), _meta("a" * 64))  # a document of no triples: an entry alone
    assert store.updates == []
    store.replace_graph(GRAPH, _document("Uusi"), _meta("b" * 64))
    assert len(store.updates) == 1  # the old entry is replaced, not kept beside the new one
    _graph, entry = _stored(store)
    assert len([o for _p, o in entry if str(o) == "b" * 64]) == 1 and all(str(o) != "a" * 64 for _p, o in entry)
    other = URIRef(f"{GRAPH}-2")
    blank = Graph()
    blank.add((A, URIRef("urn:x-koe:rivi"), BNode("b0")))
    store.updates.clear()
    store.replace_graph(other, blank)
    assert store.updates == []  # a new graph with a blank node: loaded too
    assert len(store.get_graph(other)) == 1
    # The loader names the blank node afresh at each load, as an update makes it new: the same
    # label written into two graphs is two nodes (a loader keeping labels would join them).
    third = URIRef(f"{GRAPH}-3")
    store.replace_graph(third, blank)
    nodes = {o for g in (other, third) for _s, _p, o in store.get_graph(g)}
    assert len(nodes) == 2 and all(isinstance(o, BNode) for o in nodes), nodes
    assert store.updates == []
