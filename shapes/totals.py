"""hgsh:TotalEqualsSumOfTopLines answered in Python when a statement is plain enough.

The constraint's SPARQL (an aggregate over an OPTIONAL with two NOT EXISTS)
takes rdflib 20-90 ms per cost statement, a quarter of a bench document's
validation. For a statement whose amounts are all well-formed xsd:decimal
values, with at most one total line stating at most one value per column,
:func:`mismatch_rows` computes the rows the query would give — the same
``?path``, ``?value`` and ``?sum`` terms, the sum built as rdflib's SUM builds
it — and :func:`mark` writes them into the validated copy, where the
replacement query of :func:`python_query` reads them. pyshacl then words the
results from the same bindings, so the report does not change. A statement
outside that shape makes :func:`mark` return False and the caller keeps the
original query for the document (tests/shapes/test_same_reports.py compares both).
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import BNode, Graph, Literal, Node, URIRef
from rdflib.namespace import XSD
from rdflib.plugins.sparql.aggregates import type_safe_numbers

from hankegraafi.ontology.namespaces import PREFIXES

_HG = PREFIXES["hg"]
HAS_LINE = URIRef(_HG + "hasLine")
_COST_CATEGORY = URIRef(_HG + "costCategory")
_PARENT_LINE = URIRef(_HG + "parentLine")
_TOTAL = URIRef("https://w3id.org/hankegraafi/vocab/cost-category/total")
#: The columns in the order of the query's FILTER(?path IN (...)).
COLUMNS = tuple(URIRef(_HG + name) for name in ("budget", "actual", "committed", "forecast"))
CONSTRAINT = URIRef("https://w3id.org/hankegraafi/shapes#TotalEqualsSumOfTopLines")

#: Transient marks on the validated copy: one row of the constraint's answer.
ROW = URIRef("urn:hankegraafi:validation:total-mismatch")
_ROW_PATH = URIRef("urn:hankegraafi:validation:total-mismatch-path")
_ROW_VALUE = URIRef("urn:hankegraafi:validation:total-mismatch-value")
_ROW_SUM = URIRef("urn:hankegraafi:validation:total-mismatch-sum")
_HALF = Decimal("0.5")


def python_query() -> str:
    """The SELECT that reads the rows :func:`mark` wrote (same variables as the original)."""
    return (
        f"SELECT $this ?path ?value ?sum WHERE {{ $this <{ROW}> ?row . "
        f"?row <{_ROW_PATH}> ?path ; <{_ROW_VALUE}> ?value ; <{_ROW_SUM}> ?sum . }}"
    )


def _decimal(node: Node) -> bool:
    return isinstance(node, Literal) and node.datatype == XSD.decimal and isinstance(node.value, Decimal)


def mismatch_rows(graph: Graph, statement: Node) -> list[tuple[URIRef, Literal, Literal]] | None:
    """The query's rows for ``statement`` as (path, value, sum), or None when it is not plain enough."""
    lines = list(dict.fromkeys(graph.objects(statement, HAS_LINE)))
    for line in lines:
        for column in COLUMNS:
            if not all(_decimal(v) for v in graph.objects(line, column)):
                return None
    totals = [line for line in lines if (line, _COST_CATEGORY, _TOTAL) in graph]
    if not totals:
        return []
    if len(totals) > 1:
        return None
    total = totals[0]
    if not any(line != total for line in lines):  # FILTER EXISTS { ... ?other != ?total }
        return []
    top = [line for line in lines if line != total and (line, _PARENT_LINE, None) not in graph]
    rows = []
    for column in COLUMNS:
        values = list(graph.objects(total, column))
        if len(values) > 1:
            return None
        for value in values:
            amounts = [a.value for line in top for a in graph.objects(line, column) if isinstance(a, Literal)]
            if not amounts:  # the OPTIONAL found nothing: COALESCE(?amount, 0)
                summed = Literal(0, datatype=XSD.integer)
            else:
                running: Decimal | int = 0
                for amount in amounts:  # as rdflib's SUM adds them
                    running = sum(type_safe_numbers(running, amount))  # type: ignore[arg-type]  # rdflib's own typing
                summed = Literal(running, datatype=XSD.decimal)
            assert isinstance(value, Literal)
            if abs(value.value - summed.value) > _HALF:
                rows.append((column, value, summed))
    return rows


def row_triples(graph: Graph, statements: list[Node]) -> list[tuple[Node, Node, Node]] | None:
    """Every statement's rows as the triples :func:`python_query` reads; None if one is not plain."""
    answers = []
    for statement in statements:
        rows = mismatch_rows(graph, statement)
        if rows is None:
            return None
        answers.append((statement, rows))
    triples: list[tuple[Node, Node, Node]] = []
    for statement, rows in answers:
        for path, value, summed in rows:
            row = BNode()
            triples.extend(
                (
                    (statement, ROW, row),
                    (row, _ROW_PATH, path),
                    (row, _ROW_VALUE, value),
                    (row, _ROW_SUM, summed),
                )
            )
    return triples


def mark(target: Graph, statements: list[Node]) -> bool:
    """Write every statement's rows into ``target``; False (and nothing written) if one is not plain."""
    triples = row_triples(target, statements)
    if triples is None:
        return False
    for triple in triples:
        target.add(triple)
    return True
