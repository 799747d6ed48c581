"""Derived graphs written as their difference equal a whole rebuild after every kind of write.

After each write (ingest, re-ingest of a changed document, remove, load, a curation decision)
the derived graphs the write left (updated by :func:`graphdiff.write_graph`, only what changed)
are compared with the graphs a fresh :func:`derived.recompute_all` writes into emptied graphs.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, XSD

from hankegraafi.ingest import derived
from hankegraafi.ingest.canonical import canonical_graph_iri
from hankegraafi.ingest.curation.decisions import status_graph_iri
from hankegraafi.ingest.inference import inferred_graph_iri
from hankegraafi.ingest.pipeline import Ingester, sample_documents
from hankegraafi.queries import answers, pagecards
from hankegraafi.queries.answers import answers_graph_iri
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
from hankegraafi.store.graphdiff import write_graph
from tests import writewalk
from tests.writewalk import Walk

HG = "https://w3id.org/hankegraafi/ontology#"


#: A derived graph's triples as the engine stores them (pyoxigraph terms).
Triples = frozenset[tuple[object, object, object]]


def derived_graphs(store: EmbeddedStore, base: str) -> dict[str, Triples]:
    """Each derived graph's triples, read from the engine as stored: compared term for term (an rdflib
    Literal compares by its normalised value, a stored one by its very text), and no rdflib graph built
    for each read (get_graph's CONSTRUCT: 0.6 s of CPU for the four of two samples)."""
    engine = store.engine_source().oxigraph
    assert engine is not None
    iris = (
        canonical_graph_iri(base),
        inferred_graph_iri(base),
        status_graph_iri(base),
        answers_graph_iri(base),
    )
    return {
        str(iri): frozenset(
            (q.subject, q.predicate, q.object)
            for q in engine.quads_for_pattern(None, None, None, ox.NamedNode(str(iri)))
        )
        for iri in iris
    }


def assert_equals_whole_rebuild(store: EmbeddedStore, base: str) -> dict[str, Triples]:
    """The graphs as the write left them equal a rebuild from nothing; returns them.

    The rebuild runs :func:`derived.recompute_all`'s steps in its order up to the last that writes a graph
    compared here (each reads the graphs of the ones before it): the page lists and the name index after them
    write graphs compared by tests/queries/test_pagelists.py and test_nameindex.py (a quarter of this test's CPU)."""
    assert not derived.missing(store, base)
    kept = derived_graphs(store, base)
    for iri in kept:
        store.update(f"DROP SILENT GRAPH <{iri}>")
    order = derived.steps()
    writes = [str(step.graph(base)) for step in order]
    assert set(kept) <= set(writes), (sorted(kept), writes)
    for step in order[: max(writes.index(iri) for iri in kept) + 1]:
        step.recompute(store, base)
    whole = derived_graphs(store, base)
    for iri, graph in kept.items():
        # No blank nodes: the very same triples. Equal triple sets are isomorphic graphs, so the isomorphic()
        # check that stood before this one asserted nothing more (its canonical hashing: 0.4 s of CPU a step).
        assert graph == whole[iri], iri
    return kept


def test_derived_graphs_after_every_kind_of_write_equal_a_whole_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write_walk: Walk
) -> None:
    """The writes are tests/writewalk.py's, done once a run: each kept store (a copy) is rebuilt here, with the
    card threshold the walk wrote with."""
    monkeypatch.setattr(pagecards, "LEAST_INCOMING", writewalk.LEAST_INCOMING)
    kept: dict[str, dict[str, Triples]] = {}
    for step in writewalk.STEPS:
        store = EmbeddedStore(write_walk.store(step, tmp_path / step))
        try:
            kept[step] = assert_equals_whole_rebuild(store, str(store.base_iri))
        finally:
            store.close()
    base = str(Config.load({"store": str(tmp_path / "first")}, environ={}).base_iri)
    canonical, inferred, status = (
        str(canonical_graph_iri(base)),
        str(inferred_graph_iri(base)),
        str(status_graph_iri(base)),
    )
    one = kept["first"]
    assert len(one[canonical]) > 0 and len(one[inferred]) > 0
    # a second document: the graphs grow
    assert len(kept["second"][inferred]) > len(one[inferred])
    # re-ingest of the second with a changed text
    second = sorted(sample_documents())[1].name
    assert [s for name, s in write_walk.facts("changed")["statuses"] if name == second] == ["stored"]  # type: ignore[union-attr]
    # remove: back to what the first document alone gives
    assert write_walk.facts("removed")["removed"]
    for iri, graph in kept["removed"].items():
        assert graph == one[iri], iri
    # load: a dataset with a project of its own and a part-of chain across two graphs (kept["loaded"]);
    # a curation decision (recorded, applied, derived graphs rebuilt)
    assert write_walk.facts("decided")["decided"] == "applied"
    assert len(kept["decided"][status]) > 1


class _Recording(EmbeddedStore):
    """The embedded store, keeping the text of every update it runs."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.updates: list[str] = []

    def update(self, sparql: str) -> None:
        self.updates.append(sparql)
        super().update(sparql)


def test_stored_answers_are_written_as_their_difference(tmp_path: Path) -> None:
    """The stored answers change little with a write (a few hundred of 11 000 triples for 100
    bench documents): a rebuild writes only what changed, and nothing when nothing did."""
    store = _Recording(tmp_path / "store")
    base = str(store.base_iri)
    try:
        ingester = Ingester(store, Config.load({"store": str(tmp_path / "store")}, environ={}), validate=False)
        ingester.ensure_reference_graphs()
        ingester.ingest_all(sorted(sample_documents())[:1])
        graph = answers_graph_iri(base)
        kept = store.get_graph(graph)
        assert len(kept) > 100
        store.updates.clear()
        answers.recompute(store, base)
        assert [u for u in store.updates if f"<{graph}>" in u] == []  # nothing changed, nothing written
        assert set(store.get_graph(graph)) == set(kept)
    finally:
        store.close()


@pytest.fixture
def store() -> EmbeddedStore:
    return EmbeddedStore(None)


GRAPH = URIRef("urn:x-koe:johdettu")


def graph_of(*triples: tuple[object, object, object]) -> Graph:
    g = Graph()
    for t in triples:
        g.add(t)  # type: ignore[arg-type]
    return g


def whole(data: Graph) -> Graph:
    """The graph as a whole replace stores it (the store spells a decimal its own way)."""
    other = EmbeddedStore(None)
    other.replace_graph(GRAPH, data)
    return other.get_graph(GRAPH)


def test_only_the_difference_is_written_and_nothing_when_unchanged(store: EmbeddedStore) -> None:
    a, b, c = (URIRef(f"urn:x-koe:{x}") for x in "abc")
    first = graph_of(
        (a, RDF.type, URIRef(f"{HG}Project")),
        (a, RDFS.label, Literal('Lainaus "sisällä"\nja rivi', lang="fi")),
        (a, URIRef(f"{HG}grantedAmount"), Literal("1500.50", datatype=XSD.decimal)),
        (a, URIRef(f"{HG}startDate"), Literal("2024-01-01", datatype=XSD.date)),
    )
    assert write_graph(store, GRAPH, first) == (0, 4)
    assert set(store.get_graph(GRAPH)) == set(whole(first))
    assert write_graph(store, GRAPH, first) == (0, 0)  # rdflib's spelling compares as stored
    second = graph_of(*[t for t in first if t[1] != RDFS.label], (b, URIRef(f"{HG}partOf"), c))
    assert write_graph(store, GRAPH, second) == (1, 1)
    assert set(store.get_graph(GRAPH)) == set(whole(second))
    assert write_graph(store, GRAPH, Graph()) == (4, 0)
    assert store.query(f"ASK {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}") is False


def test_a_graph_with_a_blank_node_is_replaced_whole(store: EmbeddedStore) -> None:
    a = URIRef("urn:x-koe:a")
    with_blank = graph_of((a, URIRef(f"{HG}hasLine"), BNode()), (a, RDFS.label, Literal("Rivi", lang="fi")))
    assert write_graph(store, GRAPH, with_blank) == (-1, -1)
    assert isomorphic(store.get_graph(GRAPH), with_blank)
    plain = graph_of((a, RDFS.label, Literal("Rivi", lang="fi")))
    assert write_graph(store, GRAPH, plain) == (-1, -1)  # the stored side still has one
    assert set(store.get_graph(GRAPH)) == set(plain)
    assert write_graph(store, GRAPH, plain) == (0, 0)


def test_literals_the_engine_escapes_compare_as_stored(store: EmbeddedStore) -> None:
    """A tab, a quote, a control character, a line separator and an upper-case language tag
    are written by the engine in its own way; the comparison still finds nothing changed."""
    a = URIRef("urn:x-koe:a")
    odd = graph_of(
        (a, RDFS.label, Literal('sarkain\tlainaus"kenoviiva\\ohjaus\x01', lang="FI")),
        (a, RDFS.comment, Literal("rivinerotin\u2028kappale\u2029loppu")),
        (a, URIRef(f"{HG}current"), Literal(True)),
    )
    assert write_graph(store, GRAPH, odd) == (0, 3)
    assert set(store.get_graph(GRAPH)) == set(whole(odd))
    assert write_graph(store, GRAPH, odd) == (0, 0)
    assert write_graph(store, GRAPH, list(odd)[:2]) == (1, 0)
