"""The inferred graph: per axiom kind, a small ontology and graph, and exactly what they entail.

Each test compiles the rules from a few axioms (as :func:`rules` does from the real
ontology) and checks the whole of what is entailed beyond the facts, so a rule that
entails too much fails as surely as one that entails too little. Then the real ontology
and store: the rules agree with HermiT's classification, removing a document removes
exactly its inferences, and every project, investment and sub-project is a EURIO project.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from hankegraafi.ingest import inference
from hankegraafi.ingest.pipeline import Ingester, sample_documents
from hankegraafi.settings import Config
from hankegraafi.store import Store, open_store

PREFIXES = """
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix : <http://example.org/t#> .
"""
T = "http://example.org/t#"
HG = "https://w3id.org/hankegraafi/ontology#"
EURIO = "http://data.europa.eu/s66#"
BASE = "https://w3id.org/hankegraafi/id/"


def t(name: str) -> URIRef:
    return URIRef(T + name)


def entails(axioms: str, facts: str) -> set[tuple[str, str, str]]:
    """What ``facts`` entail under ``axioms`` beyond themselves, with short names."""
    rules = inference.compile_rules(Graph().parse(data=PREFIXES + axioms, format="turtle"))
    data = Graph().parse(data=PREFIXES + facts, format="turtle")
    found = inference.entailed(set(data), rules)  # type: ignore[arg-type]
    return {tuple(_short(x) for x in triple) for triple in found}  # type: ignore[misc]


def _short(node: object) -> str:
    text = str(node)
    return "a" if node == RDF.type else text.removeprefix(T)


def test_subclass_and_equivalent_class() -> None:
    axioms = ":B rdfs:subClassOf :C . :C rdfs:subClassOf :D . :D owl:equivalentClass :E ."
    assert entails(axioms, ":x a :B . :y a :E .") == {
        ("x", "a", "C"),
        ("x", "a", "D"),
        ("x", "a", "E"),
        ("y", "a", "D"),
    }


def test_subproperty_and_equivalent_property() -> None:
    axioms = ":p rdfs:subPropertyOf :q . :q owl:equivalentProperty :r ."
    assert entails(axioms, ':x :p :y . :z :r "v" .') == {("x", "q", "y"), ("x", "r", "y"), ("z", "q", "v")}


def test_inverse() -> None:
    axioms = ":p owl:inverseOf :q ."
    assert entails(axioms, ':x :p :y . :z :q :w . :z :q "literal" .') == {("y", "q", "x"), ("w", "p", "z")}


def test_symmetric() -> None:
    assert entails(":p a owl:SymmetricProperty .", ":x :p :y . :y :p :x . :z :p :w .") == {("w", "p", "z")}


def test_transitive() -> None:
    facts = ":a :p :b . :b :p :c . :c :p :d . :x :q :y . :y :q :z ."
    assert entails(":p a owl:TransitiveProperty .", facts) == {
        ("a", "p", "c"),
        ("a", "p", "d"),
        ("b", "p", "d"),
    }


def test_transitive_with_its_inverse_and_superproperty() -> None:
    """hg:partOf's shape: transitive, an inverse, a superproperty (dct:isPartOf)."""
    axioms = ":part a owl:TransitiveProperty ; owl:inverseOf :has ; rdfs:subPropertyOf :dpart ."
    assert entails(axioms, ":a :part :b . :b :part :c .") == {
        ("a", "part", "c"),
        ("b", "has", "a"),
        ("c", "has", "b"),
        ("c", "has", "a"),
        ("a", "dpart", "b"),
        ("b", "dpart", "c"),
        ("a", "dpart", "c"),
    }


def test_property_chain() -> None:
    """hg:county's shape: own value, or along partOf (transitive) to any depth."""
    axioms = """:region rdfs:subPropertyOf :county .
        :county owl:propertyChainAxiom ( :partOf :county ) .
        :partOf a owl:TransitiveProperty ."""
    facts = ":sub :partOf :inv . :inv :partOf :proj . :proj :region :c06 . :other :region :c07 ."
    assert entails(axioms, facts) == {
        ("sub", "partOf", "proj"),
        ("proj", "county", "c06"),
        ("other", "county", "c07"),
        ("inv", "county", "c06"),
        ("sub", "county", "c06"),
    }


def test_three_step_chain_in_any_order_of_facts() -> None:
    axioms = ":q owl:propertyChainAxiom ( :p1 :p2 :p3 ) ."
    facts = ":a :p3 :b . :x :p1 :y . :y :p2 :a . :y :p2 :n ."
    assert entails(axioms, facts) == {("x", "q", "b")}


def test_has_value_restriction() -> None:
    axioms = """[ a owl:Restriction ; owl:onProperty :role ; owl:hasValue :admin ] rdfs:subClassOf :Coordinator .
        :Coordinator rdfs:subClassOf :Role ."""
    assert entails(axioms, ":p1 :role :admin . :p2 :role :partner . :p3 a :Coordinator .") == {
        ("p1", "a", "Coordinator"),
        ("p1", "a", "Role"),
        ("p3", "a", "Role"),
    }


def test_has_value_and_has_self_equivalence() -> None:
    """hg:TotalCostLine's shape: a hasValue and a hasSelf restriction, both equivalent to it."""
    axioms = """:Total owl:equivalentClass [ a owl:Restriction ; owl:onProperty :category ; owl:hasValue :total ] ,
                                         [ a owl:Restriction ; owl:onProperty :isTotal ; owl:hasSelf true ] .
        :cost owl:propertyChainAxiom ( :statement :line :isTotal ) ."""
    facts = (
        ":p :statement :s . :s :line :l1 , :l2 . :l1 :category :total . :l2 :category :staff . :l3 a :Total ."
    )
    assert entails(axioms, facts) == {
        ("l1", "a", "Total"),
        ("l1", "isTotal", "l1"),
        ("p", "cost", "l1"),
        ("l3", "category", "total"),
        ("l3", "isTotal", "l3"),
    }


def test_nothing_without_axioms() -> None:
    assert entails("", ":x a :B ; :p :y . :y :q :x .") == set()


def test_the_real_rules() -> None:
    """What the shipped ontology gives, read off its axioms: the kinds the issue names."""
    rules = inference.rules()
    assert URIRef(EURIO + "Project") in rules.superclasses[URIRef(HG + "Investment")]
    assert URIRef(HG + "Project") in rules.superclasses[URIRef(HG + "SubProject")]
    assert URIRef("http://purl.org/dc/terms/isPartOf") in rules.superproperties[URIRef(HG + "partOf")]
    assert rules.inverses[URIRef(HG + "continuedBy")] == {URIRef(HG + "continues")}
    assert URIRef(HG + "partOf") in rules.transitive
    assert (URIRef(HG + "county"), (URIRef(HG + "partOf"), URIRef(HG + "county"))) in rules.chains


@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")
def test_the_rules_agree_with_hermit_classification() -> None:
    """Every superclass of ours the rules use is one HermiT infers, and the other way round
    for named classes: the rules are the classified ontology's hierarchy."""
    from hankegraafi.ontology.loader import ontology_graph
    from hankegraafi.ontology.reasoning import check

    result = check(None, base_axioms=ontology_graph())
    assert result.consistent
    rules = inference.rules()
    for cls, supers in result.hierarchy.items():
        mine = {str(c) for c in rules.superclasses.get(URIRef(cls), set()) if isinstance(c, URIRef)}
        assert mine == set(supers), cls


# -- over a real store ------------------------------------------------------------


def _ingester(store: Store) -> Ingester:
    ingester = Ingester(store, Config.load({}, environ={}))
    ingester.ensure_reference_graphs()
    return ingester


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory, samples_store: Path) -> Iterator[tuple[Store, Ingester]]:
    # The samples through the pipeline, ingested once per session (tests/conftest.py), copied.
    path = tmp_path_factory.mktemp("inference") / "store"
    shutil.copytree(samples_store, path)
    store = open_store(path)
    ingester = _ingester(store)
    yield store, ingester
    store.close()


def _inferred(store: Store) -> set[tuple[object, object, object]]:
    return set(store.get_graph(inference.inferred_graph_iri(BASE)))


def test_every_project_is_a_eurio_project(samples: tuple[Store, Ingester]) -> None:
    store, _ = samples
    (row,) = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?p a <{EURIO}Project> }}").rows  # type: ignore[union-attr]
    kinds = store.query(
        f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ GRAPH ?g {{ ?p a ?t FILTER(?t IN (<{HG}Project>, <{HG}Investment>, "
        f"<{HG}SubProject>, <{HG}CanonicalProject>)) }} }}"
    ).rows  # type: ignore[union-attr]
    assert int(row[0]) == int(kinds[0][0]) > 20  # type: ignore[arg-type]


def test_the_inferred_graph_is_what_the_rules_give(samples: tuple[Store, Ingester]) -> None:
    store, _ = samples
    rules = inference.rules()
    facts = inference.read_facts(store, BASE, rules)
    assert _inferred(store) == set(inference.entailed(facts, rules))
    assert not (_inferred(store) & facts), "a stated triple is never repeated as inferred"


def test_removing_a_document_removes_exactly_its_inferences(tmp_path: Path) -> None:
    """Ingest all samples but one, remember the inferred graph, add the last and remove it:
    the inferred graph is as before, triple for triple."""
    store = open_store(tmp_path / "store")
    try:
        ingester = _ingester(store)
        docs = sample_documents()
        ingester.ingest_all(docs[:-1])
        before = _inferred(store)
        ingester.ingest_all(docs[-1:])
        with_last = _inferred(store)
        assert with_last - before, "the last document entails something of its own"
        assert ingester.remove(docs[-1].name) is not None
        assert _inferred(store) == before
    finally:
        store.close()
