"""Each kind of decision applied to a stored document, and the queue's sources."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from hankegraafi.ingest import curation
from hankegraafi.ontology.namespaces import HG, vocab
from hankegraafi.store.embedded import EmbeddedStore
from tests.curation.documents import GRAPH, PROJECT, UNKNOWN

BASE = "https://w3id.org/hankegraafi/id/"
BY = curation.default_agent(BASE)


def doc(store: EmbeddedStore) -> Graph:
    return store.get_graph(URIRef(GRAPH))


def test_confirm_a_name_as_a_new_organisation_with_county_and_labels(curated_store: EmbeddedStore) -> None:
    labels = [
        Literal("Kuvitelmalan yliopisto", lang="fi"),
        Literal("Kuvitelmala universitet", lang="sv"),
        Literal("University of Kuvitelmala", lang="en"),
    ]
    iri, state = curation.decide(
        curated_store,
        BASE,
        "confirm",
        URIRef(UNKNOWN),
        by=BY,
        why="oikea yliopisto",
        types=[HG.Organisation],
        region=vocab("county", "20"),
        labels=labels,
    )
    assert state == "applied"
    g = doc(curated_store)
    node = URIRef(UNKNOWN)
    assert (node, HG.needsReview, None) not in g
    assert set(g.objects(node, RDFS.label)) == set(labels)
    assert (node, HG.region, vocab("county", "20")) in g
    assert not [i for i in curation.queue(curated_store, BASE) if i.kind == "unknown-name"]
    # Who decided is the publisher (an organisation node), with when, why and the document's version.
    decisions = curation.read_decisions(curated_store, BASE)
    assert [(d.iri, d.by, d.why, d.graph) for d in decisions] == [(iri, BY, "oikea yliopisto", URIRef(GRAPH))]
    assert decisions[0].sha256 is not None and len(decisions[0].sha256) == 64


def test_reject_a_dependency_and_add_one_that_was_missing(curated_store: EmbeddedStore) -> None:
    g = doc(curated_store)
    kela = vocab("organisation", "kela")
    assert (URIRef(PROJECT), HG.participation, None) in g
    _iri, state = curation.decide(
        curated_store,
        BASE,
        "depend",
        URIRef(PROJECT),
        by=BY,
        linked=kela,
        kind=vocab("dependency-kind", "resource"),
    )
    assert state == "applied"
    g = doc(curated_store)
    added = [d for d in g.subjects(HG.dependsOn, kela) if (d, RDF.type, HG.Dependency) in g]
    assert len(added) == 1 and (added[0], HG.dependencyKind, vocab("dependency-kind", "resource")) in g
    _iri, state = curation.decide(curated_store, BASE, "reject", added[0], by=BY, why="ei riippuvuus")
    assert state == "applied"
    g = doc(curated_store)
    assert (added[0], RDF.type, HG.Dependency) not in g
    # Applying again changes nothing: the graph carries both corrections.
    before = set(doc(curated_store))
    curation.recompute(curated_store, BASE)
    assert set(doc(curated_store)) == before


def test_corrections_of_a_subject_keep_the_original_reading(curated_store: EmbeddedStore) -> None:
    curation.decide(
        curated_store,
        BASE,
        "set",
        URIRef(PROJECT),
        by=BY,
        why="päättyi 2023",
        prop=HG.endDate,
        corrected=Literal("2023"),
    )
    rows = curation.corrections_of(curated_store, URIRef(PROJECT))
    assert [(str(r["property"]), str(r["original"]), str(r["corrected"]), str(r["why"])) for r in rows] == [
        (str(HG.endDate), "2029", "2023", "päättyi 2023")
    ]
    assert str(rows[0]["by"]) == f"{BASE}publisher"
    # The corrected value took the type of the value it replaced (a year).
    assert rows[0]["corrected"] == Literal("2023", datatype=URIRef("http://www.w3.org/2001/XMLSchema#gYear"))


def test_shacl_warnings_join_the_queue_when_asked(curated_store: EmbeddedStore) -> None:
    g = Graph()
    part = URIRef(f"{BASE}project/irrallinen-osaprojekti")
    g.add((URIRef(f"{BASE}document/irrallinen"), RDF.type, HG.SourceDocument))
    g.add((part, RDF.type, HG.SubProject))
    g.add((part, RDFS.label, Literal("Irrallinen osaprojekti", lang="fi")))
    curated_store.replace_graph(URIRef(f"{BASE}graph/irrallinen"), g)
    assert not [i for i in curation.queue(curated_store, BASE) if i.kind == "warning"]
    found = [i for i in curation.queue(curated_store, BASE, with_warnings=True) if i.kind == "warning"]
    assert {(i.target, i.graph) for i in found} == {(part, URIRef(f"{BASE}graph/irrallinen"))}
    part_of = [i for i in found if "(hg:partOf)" in i.evidence]
    assert len(part_of) == 1 and part_of[0].action == f"set {part} {HG.partOf} <value>"


def test_a_value_set_on_the_canonical_project_is_set_in_its_records(curated_store: EmbeddedStore) -> None:
    canonical = URIRef(f"{BASE}project/canonical/20/kainuun-etakotihoito")
    assert (canonical, RDF.type, HG.CanonicalProject) in curated_store.get_graph(
        URIRef(f"{BASE}meta/canonical")
    )
    _iri, state = curation.decide(
        curated_store, BASE, "set", canonical, by=BY, prop=HG.endDate, corrected=Literal("2023")
    )
    assert state == "applied"
    year = URIRef("http://www.w3.org/2001/XMLSchema#gYear")
    assert (URIRef(PROJECT), HG.endDate, Literal("2023", datatype=year)) in doc(curated_store)
    derived = curated_store.get_graph(URIRef(f"{BASE}meta/canonical"))
    assert set(derived.objects(canonical, HG.endDate)) == {Literal("2023", datatype=year)}


def test_unsafe_iris_are_refused_and_imported_ones_left_out(curated_store: EmbeddedStore) -> None:
    import pytest

    with pytest.raises(curation.CurationError, match="not an IRI"):
        curation.make(curated_store, BASE, "link", URIRef(UNKNOWN), by=BY, linked=URIRef("x> } ; DROP ALL ; #"))
    good = curation.make(
        curated_store, BASE, "link", URIRef(UNKNOWN), by=BY, linked=vocab("organisation", "thl")
    )
    data = good.triples()
    bad = URIRef(f"{BASE}decision/link-bad")
    for _s, p, o in list(data):
        data.add((bad, p, o))
    data.set((bad, HG.linkedTo, URIRef("http://x> } ; DROP ALL ; #")))
    assert [d.iri for d in curation.decisions_from(data)] == [good.iri]


def test_the_queue_proposes_a_link_to_an_existing_entity(curated_store: EmbeddedStore) -> None:
    from hankegraafi.server.reconcile import suggester_for_store

    suggest = suggester_for_store(curated_store)
    assert suggest("Tampereen kaupunki", "organisation", ()) == (
        "https://w3id.org/hankegraafi/vocab/municipality/tampere",
        "Tampere",
    )
    assert suggest("THL:n", "organisation", ())[0] == str(vocab("organisation", "thl"))  # type: ignore[index]
    project = suggest("Kainuun etäkotihoidon", "project", ())
    assert project is not None and project[0] == f"{BASE}project/canonical/20/kainuun-etakotihoito"
    assert suggest("Kuvitelmalan yliopisto", "organisation", (UNKNOWN,)) is None  # never itself


def test_a_guessed_county_is_queued_until_a_person_settles_it(curated_store: EmbeddedStore) -> None:
    guessed = [i for i in curation.queue(curated_store, BASE) if i.kind == "guessed"]
    assert [(i.target, i.evidence) for i in guessed] == [
        (URIRef(PROJECT), "guessed by the ingest: county from the names mentioned: Kainuun hyvinvointialue")
    ]
    assert guessed[0].action.startswith(f"set {PROJECT} {HG.region} ")
    # The guess was right: setting the same county settles it and changes no fact.
    before = set(doc(curated_store).objects(URIRef(PROJECT), HG.region))
    curation.decide(
        curated_store, BASE, "set", URIRef(PROJECT), by=BY, prop=HG.region, corrected=vocab("county", "20")
    )
    assert set(doc(curated_store).objects(URIRef(PROJECT), HG.region)) == before == {vocab("county", "20")}
    assert not [i for i in curation.queue(curated_store, BASE) if i.kind == "guessed"]


def test_exported_decisions_are_turtle_a_strict_reader_takes() -> None:
    """A decision's text with a line break ending in a backslash and a quote is written as an
    escaped short string: rdflib's long string form ends in four quotes there, and Oxigraph
    refuses it."""
    import pyoxigraph as ox
    from rdflib import Graph, Literal, URIRef

    from hankegraafi.ingest.curation.decisions import sorted_turtle

    text = 'rivi\nC:\\"'
    g = Graph()
    g.add(
        (
            URIRef("https://w3id.org/hankegraafi/id/x"),
            URIRef("http://www.w3.org/2000/01/rdf-schema#comment"),
            Literal(text, lang="fi"),
        )
    )
    quads = list(ox.parse(sorted_turtle(g).encode(), format=ox.RdfFormat.TURTLE))
    assert [q.object.value for q in quads] == [text]
    assert [q.object.language for q in quads] == ["fi"]
