"""The indexed copy that validation runs on answers every triple pattern as rdflib's memory store does."""

from __future__ import annotations

import itertools

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from hankegraafi.shapes.graphs import IndexedValidationGraph
from tests.shapes.casekit import case_dirs, read_case


def _copy(data: Graph) -> tuple[Graph, IndexedValidationGraph]:
    plain, indexed = Graph(), IndexedValidationGraph()
    for triple in data:
        plain.add(triple)
        indexed.add(triple)
    return plain, indexed


def test_every_pattern_gives_the_same_triples() -> None:
    data = read_case(next(f for f in case_dirs() if f.name == "complete-document")).data
    plain, indexed = _copy(data)
    triples = list(plain)[:60]
    assert len(triples) == 60
    for s, p, o in triples:
        for mask in itertools.product((False, True), repeat=3):
            pattern = tuple(t if keep else None for t, keep in zip((s, p, o), mask, strict=True))
            assert set(indexed.triples(pattern)) == set(plain.triples(pattern)), pattern
    missing = (URIRef("https://example.org/none"), RDF.type, RDFS.Class)
    for mask in itertools.product((False, True), repeat=3):
        pattern = tuple(t if keep else None for t, keep in zip(missing, mask, strict=True))
        assert set(indexed.triples(pattern)) == set(plain.triples(pattern))


def test_a_change_is_seen_by_the_next_lookup() -> None:
    plain, indexed = _copy(read_case(case_dirs()[0]).data)
    subject = URIRef("https://example.org/uusi")
    assert list(indexed.objects(subject, RDFS.label)) == []  # builds the indexes
    indexed.add((subject, RDFS.label, Literal("Uusi", lang="fi")))
    assert list(indexed.objects(subject, RDFS.label)) == [Literal("Uusi", lang="fi")]
    indexed.remove((subject, RDFS.label, None))
    assert list(indexed.objects(subject, RDFS.label)) == []
    indexed.addN([(subject, RDF.type, RDFS.Class, indexed)])
    assert (subject, RDF.type, RDFS.Class) in indexed
    assert len(indexed) == len(plain) + 1
