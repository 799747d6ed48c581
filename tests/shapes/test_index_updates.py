"""IndexedValidationGraph keeps its indexes through added triples and when seeded whole."""

from __future__ import annotations

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
    graph.add((URIRef(_EX + "a"), RDFS.label, Literal("A", lang="fi")))
    graph.add((URIRef(_EX + "b"), RDF.type, RDFS.Class))
    assert graph._index is kept  # updated, not rebuilt
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
