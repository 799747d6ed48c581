"""HermiT (through owlready2) finds the ontology consistent and draws the intended inferences.

The ontology is converted to N-Triples in a temporary file because owlready2
does not read Turtle; a fresh owlready2 World keeps this test from touching any
global state. A few individuals are added to check that the subclass,
inverse and transitivity axioms do what MODEL.md promises.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from rdflib import Graph

from hankegraafi.ontology import ontology_graph
from hankegraafi.ontology.reasoning import fast_java

owlready2 = pytest.importorskip("owlready2")

pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")

HG = "https://w3id.org/hankegraafi/ontology#"
EURIO = "http://data.europa.eu/s66#"
SCHEMA = "http://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"
DCT = "http://purl.org/dc/terms/"


@pytest.fixture(scope="module")
def reasoned(tmp_path_factory: pytest.TempPathFactory):
    """The ontology plus test individuals after HermiT has run."""
    path: Path = tmp_path_factory.mktemp("owl") / "hankegraafi.nt"
    g = Graph()
    for triple in ontology_graph():
        g.add(triple)
    g.serialize(destination=path, format="nt", encoding="utf-8")

    world = owlready2.World()
    onto = world.get_ontology(path.as_uri()).load()
    ns = onto.get_namespace(HG)
    with onto:
        project = ns.Project("p1")
        investment = ns.Investment("inv1")
        sub = ns.SubProject("sub1")
        successor = ns.Project("p2")
        county = ns.WellbeingServicesCounty("c1")
        investment.partOf = [project]
        sub.partOf = [investment]
        project.continuedBy = [successor]
    with fast_java():  # the check's own JVM flags (ontology/reasoning.py): half the CPU, the same answer
        owlready2.sync_reasoner_hermit(world, infer_property_values=True, debug=0)
    return (
        world,
        ns,
        {"project": project, "investment": investment, "sub": sub, "successor": successor, "county": county},
    )


def _types(world, individual) -> set[str]:
    """IRIs of every class the individual belongs to, including inferred superclasses."""
    return {c.iri for c in individual.INDIRECT_is_a if hasattr(c, "iri")}


def test_ontology_is_consistent(reasoned):
    world, _, _ = reasoned
    assert list(world.inconsistent_classes()) == []


def test_investment_is_inferred_to_be_schema_and_eurio_project(reasoned):
    world, _, ind = reasoned
    types = _types(world, ind["investment"])
    assert {HG + "Project", SCHEMA + "Project", EURIO + "Project"} <= types
    # What a document states about a project rests on a source span (prov:wasDerivedFrom), which
    # makes it a prov:Entity; PROV-O keeps Entity and Activity apart, so a project is no prov:Activity.
    assert PROV + "Activity" not in types


def test_county_is_inferred_to_be_an_org_organization(reasoned):
    world, _, ind = reasoned
    types = _types(world, ind["county"])
    assert {
        HG + "Organisation",
        ORG + "Organization",
        FOAF + "Organization",
        EURIO + "Organisation",
        FOAF + "Agent",
    } <= types
    assert HG + "Project" not in types


def test_part_of_has_inverse_has_part_and_is_transitive(reasoned):
    _, _, ind = reasoned
    assert ind["investment"] in ind["project"].hasPart
    assert ind["sub"] in ind["investment"].hasPart
    # transitivity: the sub-project is part of the project through the investment
    assert ind["project"] in ind["sub"].INDIRECT_partOf


def test_continued_by_gives_continues(reasoned):
    _, _, ind = reasoned
    assert ind["project"] in ind["successor"].continues


def test_disjointness_makes_a_project_organisation_inconsistent(tmp_path: Path):
    """A node typed both project and organisation is an error the reasoner reports."""
    path = tmp_path / "hankegraafi.nt"
    ontology_graph().serialize(destination=path, format="nt", encoding="utf-8")
    world = owlready2.World()
    onto = world.get_ontology(path.as_uri()).load()
    ns = onto.get_namespace(HG)
    with onto:
        both = ns.Project("confused")
        both.is_a.append(ns.Organisation)
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError), fast_java():
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)


def test_ontology_with_vocabularies_is_consistent(tmp_path: Path):
    """The reference concepts (typed counties, services, indicators …) fit the axioms."""
    from hankegraafi.ontology import vocabulary_graph

    g = Graph()
    for triple in ontology_graph():
        g.add(triple)
    for triple in vocabulary_graph():
        g.add(triple)
    path = tmp_path / "all.nt"
    g.serialize(destination=path, format="nt", encoding="utf-8")
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    with fast_java():
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    county = world["https://w3id.org/hankegraafi/vocab/county/06"]
    types = {c.iri for c in county.INDIRECT_is_a if hasattr(c, "iri")}
    assert {ORG + "Organization", HG + "Organisation"} <= types
    omaolo = world["https://w3id.org/hankegraafi/vocab/service/omaolo"]
    assert SCHEMA + "Service" in {c.iri for c in omaolo.INDIRECT_is_a if hasattr(c, "iri")}


def test_owlready2s_hermit_run_gets_the_short_runs_jvm_flags() -> None:
    """The classification (owlready2 builds its own java command) runs with the flags of the check's own java
    run (stop 53: 17.9-20.4 -> 11.0-11.2 s of CPU, the same hierarchy); an owlready2 that no longer starts
    java through ``_subprocess_kargs`` would lose them without a word, so this test says so."""
    from owlready2 import reasoning as owl_reasoning

    from hankegraafi.ontology import reasoning

    kargs = owl_reasoning._subprocess_kargs
    assert isinstance(kargs, dict) and "env" not in kargs
    with reasoning.fast_java():
        assert kargs["env"]["JAVA_TOOL_OPTIONS"].split()[-3:] == list(reasoning.FAST_JVM)
        assert kargs["env"]["PATH"] == os.environ["PATH"]
    assert "env" not in kargs
