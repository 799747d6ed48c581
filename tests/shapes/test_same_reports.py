"""Both faster validation paths give exactly the reports of the reference path (issue 17).

``validate_pyshacl`` runs pyshacl without SHACL-AF, with Python-computed targets in
place of the SPARQL targets and a set-backed parameter list
(shapes/pyshacl_tuning.py); ``validate`` runs on pyshacl-turbo's engine where it is
installed (shapes/turbo.py); ``validate_reference`` is validation as it ran
before. Every result is compared whole: focus node, path, value, severity,
source shape, constraint component and the messages in every language. Each
test runs once per engine (the ``validate`` fixture).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from hankegraafi.shapes import totals, turbo
from hankegraafi.shapes.validate import ValidationReport, validate_pyshacl, validate_reference
from hankegraafi.shapes.validate import validate as validate_fast
from tests.shapes.casekit import canonical_shape, case_dirs, read_case

Validate = Callable[..., ValidationReport]


@pytest.fixture(params=["pyshacl", "turbo"])
def validate(request: pytest.FixtureRequest) -> Validate:
    """The path under test: pyshacl, or pyshacl-turbo's engine (skipped where it is not installed)."""
    if request.param == "pyshacl":
        return validate_pyshacl
    if not turbo.available():
        pytest.skip("pyshacl-turbo is not installed")
    return validate_fast


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
def test_case_reports_are_the_same(folder: Path, validate: Validate) -> None:
    data = read_case(folder).data
    new = validate(data, lang="sv")
    old = validate_reference(data, lang="sv")
    assert _full(new) == _full(old)
    # and in the same order (every field in the sort key: no order left to the report graph's hashing)
    assert [(r.focus_node, r.path, r.value, r.messages) for r in new.results] == [
        (r.focus_node, r.path, r.value, r.messages) for r in old.results
    ]
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


def test_replaced_sparql_targets_give_the_same_results(validate: Validate) -> None:
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


def test_bench_document_reports_are_the_same(tmp_path: Path, validate: Validate) -> None:
    """Eight bench documents (two of each format), with results of several shapes."""
    graphs = _bench_graphs(tmp_path)
    shapes_seen = set()
    for graph in graphs:
        new, old = validate(graph), validate_reference(graph)
        assert _full(new) == _full(old)
        shapes_seen.update(r.source_shape for r in old.results)
    assert len(shapes_seen) >= 1


def test_extra_graph_reports_are_the_same(validate: Validate) -> None:
    """``extra`` (merged beside the data) is validated alike on both paths."""
    folders = case_dirs()
    data, extra = read_case(folders[0]).data, read_case(folders[-1]).data
    assert _full(validate(data, extra=extra)) == _full(validate_reference(data, extra=extra))


_COSTS = """
@prefix hg: <https://w3id.org/hankegraafi/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix cc: <https://w3id.org/hankegraafi/vocab/cost-category/> .
@prefix ex: <https://example.org/test/> .

# The total is 1 000.00 but the top lines add up to 900.50; the sub-line is not counted.
ex:seuranta a hg:CostStatement ; hg:hasLine ex:yht, ex:palkat, ex:matkat, ex:alarivi .
ex:yht a hg:CostLine ; hg:costCategory cc:total ; hg:budget 1000.00 ; hg:actual 80.00 ; hg:forecast 5.0 .
ex:palkat a hg:CostLine ; hg:rawLabel "Palkat" ; hg:budget 400.25 ; hg:actual 80.00 .
ex:matkat a hg:CostLine ; hg:rawLabel "Matkat" ; hg:budget 500.25 .
ex:alarivi a hg:CostLine ; hg:rawLabel "Osa palkoista" ; hg:parentLine ex:palkat ; hg:budget 99.50 .
"""


def test_total_mismatch_rows_computed_in_python_are_the_same(validate: Validate) -> None:
    """Budget 1000.00 vs 900.50 and forecast 5.0 vs nothing (sum 0) are reported; actual matches."""
    data = Graph().parse(data=_COSTS, format="turtle")
    rows = totals.mismatch_rows(data, URIRef("https://example.org/test/seuranta"))
    assert rows is not None
    assert sorted((str(p).rsplit("#", 1)[1], str(v), str(s)) for p, v, s in rows) == [
        ("budget", "1000.00", "900.50"),
        ("forecast", "5.0", "0"),
    ]
    new, old = validate(data), validate_reference(data)
    assert _full(new) == _full(old)
    mismatches = [r for r in old.results if "900.50" in r.message_in("en")]
    assert len(mismatches) == 1


def test_a_statement_not_plain_enough_keeps_the_sparql_query(validate: Validate) -> None:
    """An amount that is not an xsd:decimal (here an integer) sends the document down the SPARQL path."""
    text = _COSTS.replace("hg:budget 500.25", "hg:budget 500")
    data = Graph().parse(data=text, format="turtle")
    assert totals.mismatch_rows(data, URIRef("https://example.org/test/seuranta")) is None
    assert totals.mark(Graph(), [URIRef("https://example.org/test/none")]) is not False
    assert _full(validate(data)) == _full(validate_reference(data))


def test_the_cases_use_the_python_totals() -> None:
    """The mismatch case is answered in Python, not by the SPARQL fallback."""
    folders = [f for f in case_dirs() if f.name == "cost-total-mismatch"]
    assert folders
    data = read_case(folders[0]).data
    statements = list(set(data.subjects(totals.HAS_LINE, None)))
    rows = [totals.mismatch_rows(data, s) for s in statements]
    assert all(r is not None for r in rows)
    assert any(rows)
