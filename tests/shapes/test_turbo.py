"""pyshacl-turbo's engine as validation's engine (shapes/turbo.py): chosen where installed, switchable off.

That both engines give the same reports is tests/shapes/test_same_reports.py
(every case, bench documents, extra graphs, each engine against the reference).
"""

from __future__ import annotations

import sys

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from hankegraafi.ontology.namespaces import PREFIXES
from hankegraafi.shapes import turbo
from hankegraafi.shapes.validate import ShapesError, _turbo_shapes, validate, validate_pyshacl
from tests.shapes.casekit import case_dirs, read_case
from tests.shapes.test_same_reports import _full

needs_turbo = pytest.mark.skipif(not turbo.available(), reason="pyshacl-turbo is not installed")


@needs_turbo
def test_validate_runs_on_the_engine_when_installed() -> None:
    """A document validated through ``validate`` goes through the engine's compiled shapes."""
    folder = next(f for f in case_dirs() if f.name == "funding-bad")
    before = turbo._compiled.cache_info()
    report = validate(read_case(folder).data)
    after = turbo._compiled.cache_info()
    assert after.hits + after.misses == before.hits + before.misses + 1
    assert not report.conforms


def test_the_variable_switches_the_engine_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(turbo.ENGINE_VARIABLE, "pyshacl")
    assert not turbo.available()
    folder = next(f for f in case_dirs() if f.name == "funding-bad")
    before = turbo._compiled.cache_info()
    report = validate(read_case(folder).data)
    assert turbo._compiled.cache_info() == before  # not asked
    assert not report.conforms


@needs_turbo
def test_an_empty_list_conforms() -> None:
    report_graph = turbo.report(_turbo_shapes(), [])
    assert len(list(report_graph.triples((None, None, None)))) > 0  # the report node itself
    assert "true" in {str(o) for o in report_graph.objects(None, None)}


@needs_turbo
def test_shapes_the_engine_refuses_are_a_shapes_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A shapes graph with an unusable SPARQL constraint is reported as ShapesError, as pyshacl's is."""
    broken = Graph().parse(
        data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix ex: <https://example.org/test/> .
        ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:sparql [ sh:select "SELECT $this WHERE { (" ] .
        """,
        format="turtle",
    )
    module = sys.modules["hankegraafi.shapes.validate"]  # the package's ``validate`` is the function
    monkeypatch.setattr(module, "_turbo_shapes", lambda: broken)
    with pytest.raises(ShapesError):
        validate(Graph())


@needs_turbo
@pytest.mark.parametrize("iri", ["http://example.org/a b", "relative/iri"])
def test_an_iri_the_engine_refuses_is_validated_by_pyshacl(iri: str) -> None:
    """rdflib keeps an IRI with a space or without a scheme, the Rust engine does not: pyshacl answers."""
    data = Graph()
    project = URIRef("https://w3id.org/hankegraafi/id/odd-link")
    data.add((project, RDF.type, URIRef(PREFIXES["hg"] + "Project")))
    data.add((project, RDFS.seeAlso, URIRef(iri)))
    with pytest.raises(turbo.InputRefused):
        turbo.report(_turbo_shapes(), list(data))
    report = validate(data)
    assert _full(report) == _full(validate_pyshacl(data))
    assert not report.conforms  # a project with no name, no county …
