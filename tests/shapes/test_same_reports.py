"""The faster validation path gives exactly the reports of the reference path (issue 17).

``validate`` runs pyshacl without SHACL-AF, with Python-computed targets in
place of the SPARQL targets and a set-backed parameter list
(shapes/pyshacl_tuning.py); ``validate_reference`` is validation as it ran
before. Every result is compared whole: focus node, path, value, severity,
source shape, constraint component and the messages in every language.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from rdflib import Graph

from hankegraafi.shapes.validate import ValidationReport, validate, validate_reference
from tests.shapes.casekit import canonical_shape, case_dirs, read_case


def _full(report: ValidationReport) -> tuple[bool, list[tuple[object, ...]]]:
    rows = [
        (
            r.focus_node,
            r.path,
            r.value,
            r.severity,
            r.source_shape,
            r.source_constraint_component,
            r.messages,
            r.message,
        )
        for r in report.results
    ]
    return report.conforms, sorted(rows, key=repr)


@pytest.mark.parametrize("folder", case_dirs(), ids=lambda p: p.name)
def test_case_reports_are_the_same(folder: Path) -> None:
    data = read_case(folder).data
    new = validate(data, lang="sv")
    old = validate_reference(data, lang="sv")
    assert _full(new) == _full(old)
    assert new.render("fi") == old.render("fi")
    assert new.render("en") == old.render("en")


_INDICATORS = """
@prefix hg: <https://w3id.org/hankegraafi/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/test/> .

# A fact read from a document: no description, two target values, no source span.
ex:jonotusaika a hg:Indicator ; hg:targetValue 14.0, 10.0 ; hg:targetUnit "vrk" .
# A concept of a vocabulary that is also an indicator: neither shape targets it.
ex:kansallinen a hg:Indicator, skos:Concept ; hg:targetValue "ei luku" .
# Reads as contact details.
ex:yhteys a hg:Indicator ; dct:description "Soita 040 123 4567"@fi .
"""


def test_replaced_sparql_targets_give_the_same_results() -> None:
    """hgsh:IndicatorShape and hgsh:ProvenanceShape found the same focus nodes both ways."""
    data = Graph().parse(data=_INDICATORS, format="turtle")
    new, old = validate(data), validate_reference(data)
    assert _full(new) == _full(old)
    by_shape: dict[str, set[str]] = {}
    for r in old.results:
        shape = canonical_shape(r.source_shape)
        by_shape.setdefault(str(shape).rsplit("#", 1)[1], set()).add(str(r.focus_node))
    jono, yhteys = "https://example.org/test/jonotusaika", "https://example.org/test/yhteys"
    assert by_shape["ProvenanceShape"] == {jono, yhteys}
    assert jono in by_shape["IndicatorShape"]
    assert by_shape["NoContactDetailsShape"] == {yhteys}
    assert all("kansallinen" not in str(r.focus_node) for r in old.results)


@functools.cache
def _bench_graphs(tmp: Path) -> list[Graph]:
    from bench.validate_speed import build_graphs

    return build_graphs(8, tmp)


def test_bench_document_reports_are_the_same(tmp_path: Path) -> None:
    """Eight bench documents (two of each format), with results of several shapes."""
    graphs = _bench_graphs(tmp_path)
    shapes_seen = set()
    for graph in graphs:
        new, old = validate(graph), validate_reference(graph)
        assert _full(new) == _full(old)
        shapes_seen.update(r.source_shape for r in old.results)
    assert len(shapes_seen) >= 1


def test_extra_graph_reports_are_the_same() -> None:
    """``extra`` (merged beside the data) is validated alike on both paths."""
    folders = case_dirs()
    data, extra = read_case(folders[0]).data, read_case(folders[-1]).data
    assert _full(validate(data, extra=extra)) == _full(validate_reference(data, extra=extra))
