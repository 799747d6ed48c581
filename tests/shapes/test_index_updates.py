"""IndexedValidationGraph keeps its indexes through added triples and when seeded whole."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from hankegraafi.shapes.graphs import IndexedValidationGraph
from tests.shapes.casekit import case_dirs, read_case

_EX = "https://example.org/test/"


def _rebuilt(graph: IndexedValidationGraph) -> object:
    """The indexes as a fresh build from rdflib's store makes them."""
    fresh = IndexedValidationGraph()
    fresh.addN((s, p, o, fresh) for s, p, o in graph)
    return fresh._indexes()


def test_seeded_index_is_the_built_one() -> None:
    data = read_case(next(f for f in case_dirs() if f.name == "complete-document")).data
    graph = IndexedValidationGraph()
    triples = list(data)
    graph.addN((s, p, o, graph) for s, p, o in triples)
    graph.seed_index(triples + triples[:5])  # a triple given twice is held once
    assert graph._index is not None
    assert graph._indexes() == _rebuilt(graph)


def test_added_triples_go_into_the_indexes() -> None:
    graph = IndexedValidationGraph()
    for triple in read_case(case_dirs()[0]).data:
        graph.add(triple)
    assert list(graph.objects(URIRef(_EX + "a"), RDFS.label)) == []  # builds the indexes
    kept = graph._index
    size = len(graph)
    graph.add((URIRef(_EX + "a"), RDFS.label, Literal("A", lang="fi")))
    graph.add((URIRef(_EX + "b"), RDF.type, RDFS.Class))
    graph.add((URIRef(_EX + "b"), RDF.type, RDFS.Class))  # already there
    assert graph._index is kept  # updated, not rebuilt
    assert len(graph) == size + 2 == len(list(graph))
    assert list(graph.objects(URIRef(_EX + "a"), RDFS.label)) == [Literal("A", lang="fi")]
    assert set(graph.subjects(RDF.type, RDFS.Class)) >= {URIRef(_EX + "b")}
    assert graph._indexes() == _rebuilt(graph)


def test_adding_while_a_lookup_runs_leaves_that_lookup_alone() -> None:
    graph = IndexedValidationGraph()
    for n in range(5):
        graph.add((URIRef(_EX + f"s{n}"), RDF.type, RDFS.Class))
    seen = []
    for subject in graph.subjects(RDF.type, RDFS.Class):  # adding to the set being iterated would fail
        seen.append(subject)
        graph.add((URIRef(str(subject) + "-copy"), RDF.type, RDFS.Class))
    assert len(seen) == 5
    assert len(set(graph.subjects(RDF.type, RDFS.Class))) == 10
    assert graph._readers == 0
    assert graph._indexes() == _rebuilt(graph)


def test_plain_graph_agrees() -> None:
    plain, indexed = Graph(), IndexedValidationGraph()
    for triple in read_case(case_dirs()[1]).data:
        plain.add(triple)
        indexed.add(triple)
    list(indexed.triples((None, RDF.type, None)))
    extra = (URIRef(_EX + "x"), RDFS.label, Literal("x"))
    plain.add(extra)
    indexed.add(extra)
    assert set(indexed.triples((None, RDFS.label, None))) == set(plain.triples((None, RDFS.label, None)))


def test_a_query_answers_as_on_a_plain_graph() -> None:
    """A query (parsed once, handed to rdflib without the graph's namespaces) gives rdflib's rows."""
    data = read_case(next(f for f in case_dirs() if f.name == "complete-document")).data
    plain, indexed = Graph(), IndexedValidationGraph()
    for triple in data:
        plain.add(triple)
        indexed.add(triple)
    text = (
        "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?s ?label"
    )
    rows = [tuple(r) for r in indexed.query(text)]
    assert rows and rows == [tuple(r) for r in plain.query(text)]
    subject = rows[0][0]
    bound = [tuple(r) for r in indexed.query(text, initBindings={"s": subject})]
    assert bound == [tuple(r) for r in plain.query(text, initBindings={"s": subject})]


def test_loaded_triples_reach_the_store_only_when_asked() -> None:
    data = read_case(next(f for f in case_dirs() if f.name == "complete-document")).data
    triples = list(data)
    graph = IndexedValidationGraph()
    graph.load([*triples, *triples[:3]])
    assert graph._pending is not None
    assert len(graph) == len(data)  # from the indexes
    s, p, o = triples[0]
    assert set(graph.triples((s, p, None))) == set(data.triples((s, p, None)))
    rows = [tuple(r) for r in graph.query("SELECT ?s WHERE { ?s a ?c } ORDER BY ?s ?c")]
    assert rows == [tuple(r) for r in data.query("SELECT ?s WHERE { ?s a ?c } ORDER BY ?s ?c")]
    assert graph._pending is not None  # none of that needed rdflib's store
    assert set(graph.triples((None, None, o))) == set(data.triples((None, None, o)))
    assert graph._pending is None  # that pattern did
    assert set(graph) == set(data)
    graph.remove((s, p, o))
    assert (s, p, o) not in graph and len(graph) == len(data) - 1


def test_a_loaded_graph_can_be_changed_before_it_is_written() -> None:
    data = read_case(case_dirs()[0]).data
    graph = IndexedValidationGraph()
    graph.load(data)
    extra = (URIRef(_EX + "lisa"), RDFS.label, Literal("Lisä"))
    graph.add(extra)
    first = next(iter(data))
    graph.remove(first)
    expected = (set(data) | {extra}) - {first}
    assert set(graph) == expected
    assert len(graph) == len(expected)
    assert graph._indexes() == _rebuilt(graph)
    with pytest.raises(ValueError):
        graph.load([extra])  # only an empty graph is loaded
