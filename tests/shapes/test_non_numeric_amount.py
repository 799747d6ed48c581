"""An amount that is no number leaves validation answering: the datatype check names it, and the
total-equals-sum check leaves it out instead of raising rdflib's SPARQLTypeError out of ``validate``
(``hankegraafi validate publisher.ttl`` was a traceback)."""

from __future__ import annotations

from rdflib import Graph

from hankegraafi.shapes import validate

DATA = """
@prefix hg: <https://w3id.org/hankegraafi/ontology#> .
<https://example.org/s> a hg:CostStatement ; hg:unit "EUR" ;
    hg:hasLine <https://example.org/l1>, <https://example.org/t> .
<https://example.org/l1> a hg:CostLine ;
    hg:costCategory <https://w3id.org/hankegraafi/vocab/cost-category/equipment> ; hg:budget "500,25" .
<https://example.org/t> a hg:CostLine ;
    hg:costCategory <https://w3id.org/hankegraafi/vocab/cost-category/total> ; hg:budget 500.25 .
"""


def test_a_string_amount_is_a_datatype_violation_not_a_crash() -> None:
    report = validate(Graph().parse(data=DATA, format="turtle"), lang="en")
    assert not report.conforms
    by_focus = {(str(r.focus_node), r.message_in("en")) for r in report.results}
    assert any(f == "https://example.org/l1" and "xsd:decimal" in m for f, m in by_focus), by_focus
    # the total is compared with the lines that are numbers (none here): 500.25 against 0
    assert any(f == "https://example.org/s" and "sum to 0" in m for f, m in by_focus), by_focus
