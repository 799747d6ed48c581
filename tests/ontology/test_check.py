"""``hankegraafi ontology check``: HermiT finds the samples and the seeds consistent, and fails
on an ontology or data made inconsistent on purpose.

The first test runs the command over a copy of the session's store of the six samples and
the five real seeds (``samples_and_seeds_store`` in tests/conftest.py, ingested once by the
ordinary pipeline; HermiT on Java: about 80 s on two cores, most of it classifying
the ontology with the vocabularies and the reused axioms, then about 20 s for the check of
the data). The others reason over the ontology alone and take seconds each.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from typer.testing import CliRunner

from hankegraafi.cli import app
from hankegraafi.ontology.loader import ontology_graph
from hankegraafi.ontology.reasoning import check, report_lines, set_aside

pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")

HG = "https://w3id.org/hankegraafi/ontology#"
PROV = "http://www.w3.org/ns/prov#"


def test_samples_and_seeds_are_consistent(tmp_path: Path, samples_and_seeds_store: Path) -> None:
    # The samples and the seeds, ingested once per session by the ordinary pipeline (tests/conftest.py).
    shutil.copytree(samples_and_seeds_store, tmp_path / "store")
    result = CliRunner().invoke(app, ["ontology", "check", "--data", str(tmp_path / "store"), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Consistent: HermiT found no contradiction")
    # the dates are set aside, and said so, per property and datatype
    assert "literals of hg:startDate typed xsd:gYear" in result.output
    assert "literals of hg:documentDate typed xsd:date" in result.output
    assert "hg:Investment ⊑ eurio:Project, schema:Project" in result.output


def test_an_inconsistent_ontology_fails() -> None:
    """A project that is also an organisation (disjoint classes) in the axioms themselves."""
    axioms = Graph()
    for triple in ontology_graph():
        axioms.add(triple)
    confused = URIRef("https://example.org/confused")
    axioms.add((confused, RDF.type, URIRef(HG + "Investment")))
    axioms.add((confused, RDF.type, URIRef(HG + "WellbeingServicesCounty")))
    result = check(None, base_axioms=axioms)
    assert not result.consistent
    assert report_lines(result, "fi")[0].startswith("RISTIRIITAINEN")


def test_inconsistent_data_fails() -> None:
    """Data alone can contradict the axioms: PROV keeps Activity and Entity apart, and a
    node derived from a source span is an Entity."""
    axioms = Graph()
    for triple in ontology_graph():
        axioms.add(triple)
    axioms.parse(
        data=f"<{PROV}Activity> <http://www.w3.org/2002/07/owl#disjointWith> <{PROV}Entity> . "
        f"<{PROV}wasDerivedFrom> <http://www.w3.org/2000/01/rdf-schema#domain> <{PROV}Entity> .",
        format="turtle",
    )
    data = Graph()
    node = URIRef("https://example.org/action")
    data.add((node, RDF.type, URIRef(PROV + "Activity")))
    data.add((node, URIRef(PROV + "wasDerivedFrom"), BNode()))
    data.add((node, URIRef(HG + "startDate"), Literal("2024-01-01", datatype=XSD.date)))
    result = check(data, base_axioms=axioms)
    assert not result.consistent
    assert result.set_aside == {(HG + "startDate", str(XSD.date)): 1}
    data.remove((node, RDF.type, URIRef(PROV + "Activity")))
    assert check(data, base_axioms=axioms).consistent


def test_what_is_set_aside() -> None:
    data = Graph()
    s = URIRef("https://example.org/s")
    data.add((s, URIRef(HG + "year"), Literal("2024", datatype=XSD.gYear)))
    data.add((s, URIRef(HG + "budget"), Literal("12.5", datatype=XSD.decimal)))
    data.add((s, URIRef(HG + "ingestedAt"), Literal("2026-01-01T10:00:00.123456+00:00", datatype=XSD.dateTime)))
    data.add((s, URIRef(HG + "checkedAt"), Literal("2026-01-01T10:00:00+00:00", datatype=XSD.dateTime)))
    kept, dropped = set_aside(data)
    assert len(kept) == 2
    assert dropped == {(HG + "year", str(XSD.gYear)): 1, (HG + "ingestedAt", str(XSD.dateTime)): 1}
