"""Ontology hygiene: every term the data uses is declared, typed as it is used, and defined by us.

The data is what ingest writes (the golden graphs of tests/ingest, the
catalogue entry of a document graph) and the reference vocabularies.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from hankegraafi.ontology import HG
from hankegraafi.ontology.loader import ontology_graph, vocabulary_graph
from hankegraafi.ontology.namespaces import ONTOLOGY_IRI
from hankegraafi.store.base import DocumentMeta, metadata_triples

FIXTURES = Path(__file__).resolve().parents[1] / "ingest" / "fixtures"
BUILT_IN = (str(RDF), str(RDFS), str(OWL))
DECLARATIONS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDFS.Datatype)


@pytest.fixture(scope="module")
def data() -> Graph:
    g = Graph()
    golden = sorted(FIXTURES.glob("*.expected.ttl"))
    assert golden, "the golden graphs of tests/ingest"
    for path in golden:
        g.parse(path)
    for triple in vocabulary_graph():
        g.add(triple)
    meta = DocumentMeta(
        file_name="a.txt",
        sha256="0" * 64,
        size=1,
        media_type="text/plain",
        kind="https://w3id.org/hankegraafi/vocab/document-kind/final-report",
        document=URIRef("https://w3id.org/hankegraafi/id/document/a-txt"),
        ingested_at="2026-01-01T00:00:00Z",
        tool_version="0",
    )
    g += metadata_triples(URIRef("https://w3id.org/hankegraafi/id/graph/a-txt"), meta, 1)
    return g


def declared(onto: Graph) -> dict[URIRef, set[URIRef]]:
    out: dict[URIRef, set[URIRef]] = {}
    for kind in DECLARATIONS:
        for term in onto.subjects(RDF.type, kind):
            if isinstance(term, URIRef):
                out.setdefault(term, set()).add(kind)  # type: ignore[arg-type]
    return out


def test_every_term_the_data_uses_is_declared(data: Graph) -> None:
    known = declared(ontology_graph())
    used = set(data.predicates()) | {o for o in data.objects(None, RDF.type) if isinstance(o, URIRef)}
    missing = sorted(str(t) for t in used if t not in known and not str(t).startswith(BUILT_IN))
    assert missing == []


def test_properties_are_typed_as_they_are_used(data: Graph) -> None:
    """An object property never gets a literal, a datatype property never an IRI."""
    known = declared(ontology_graph())
    wrong = set()
    for _, p, o in data:
        kinds = known.get(p, set())  # type: ignore[arg-type]
        if OWL.ObjectProperty in kinds and isinstance(o, Literal):
            wrong.add((str(p), "literal"))
        if OWL.DatatypeProperty in kinds and not isinstance(o, Literal):
            wrong.add((str(p), "IRI"))
    assert sorted(wrong) == []
    assert OWL.AnnotationProperty in known[DCTERMS.format]


def test_every_hg_term_is_defined_by_the_ontology() -> None:
    onto = ontology_graph()
    terms = {s for s in onto.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(str(HG))}
    assert len(terms) > 100
    undefined = sorted(str(t) for t in terms if (t, RDFS.isDefinedBy, URIRef(ONTOLOGY_IRI)) not in onto)
    assert undefined == []


def test_the_review_terms_are_declared() -> None:
    known = declared(ontology_graph())
    for term in (
        HG.DocumentGraph,
        URIRef("http://www.w3.org/ns/prov#generatedAtTime"),
        URIRef("http://rdfs.org/ns/void#triples"),
        DCTERMS.source,
        HG.countyCode,
    ):
        assert term in known, term
