"""The one term converter (store/terms.py): every form of a term agrees with the others."""

from __future__ import annotations

import subprocess
import sys

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from hankegraafi.store.base import StoreError
from hankegraafi.store.terms import (
    json_to_csv,
    json_to_nt,
    json_to_rdflib,
    json_to_rows,
    json_to_xml,
    ox_to_graph,
    ox_to_json,
    ox_to_rdflib,
)

TERMS = [
    (ox.NamedNode("https://example.org/hanke/1"), URIRef("https://example.org/hanke/1")),
    (ox.BlankNode("b7"), BNode("b7")),
    (ox.Literal('Etelä-Savo, "kotona"\nrivi\tsarake\\'), Literal('Etelä-Savo, "kotona"\nrivi\tsarake\\')),
    (ox.Literal("Kainuu", datatype=ox.NamedNode(str(XSD.string))), Literal("Kainuu")),
    (ox.Literal("Omaolo", language="fi"), Literal("Omaolo", lang="fi")),
    (ox.Literal("0.50", datatype=ox.NamedNode(str(XSD.decimal))), Literal("0.50", datatype=XSD.decimal)),
]


@pytest.mark.parametrize(("ox_term", "rdflib_term"), TERMS)
def test_every_form_of_a_term_agrees(
    ox_term: ox.NamedNode | ox.BlankNode | ox.Literal, rdflib_term: object
) -> None:
    as_json = ox_to_json(ox_term)
    assert json_to_rdflib(as_json) == rdflib_term
    assert ox_to_rdflib(ox_term) == rdflib_term
    assert json_to_nt(as_json) == str(ox_term)  # our N-Triples is Oxigraph's


def test_the_json_and_wire_forms() -> None:
    literal = ox_to_json(ox.Literal("1", datatype=ox.NamedNode(str(XSD.integer))))
    assert literal == {"type": "literal", "value": "1", "datatype": str(XSD.integer)}
    assert ox_to_json(ox.Literal("x", datatype=ox.NamedNode(str(XSD.string)))) == {
        "type": "literal",
        "value": "x",
    }
    assert json_to_csv({"type": "literal", "value": 'a,"b"'}) == '"a,""b"""'
    assert json_to_csv({"type": "bnode", "value": "b1"}) == "_:b1"
    assert json_to_csv(None) == ""
    assert (
        json_to_xml({"type": "literal", "value": "<&>", "xml:lang": "sv"})
        == '<literal xml:lang="sv">&lt;&amp;&gt;</literal>'
    )
    # A remote server's JSON may name xsd:string; the term is the plain literal (RDF 1.1).
    assert json_to_rdflib({"type": "literal", "value": "x", "datatype": str(XSD.string)}) == Literal("x")
    assert json_to_rdflib({"type": "typed-literal", "value": "2", "datatype": str(XSD.integer)}) == Literal(
        "2", datatype=XSD.integer
    )


def test_json_select_results_as_rows() -> None:
    data = {
        "head": {"vars": ["s", "n"]},
        "results": {"bindings": [{"s": {"type": "uri", "value": "https://example.org/a"}}, {}]},
    }
    assert json_to_rows(data) == (["s", "n"], [(URIRef("https://example.org/a"), None), (None, None)])


def test_an_rdf_star_triple() -> None:
    a, p = ox.NamedNode("https://example.org/a"), ox.NamedNode("https://example.org/p")
    triple = ox.Triple(a, p, ox.Literal("v"))
    as_json = ox_to_json(triple)
    assert as_json["type"] == "triple"
    assert json_to_nt(as_json) == '<< <https://example.org/a> <https://example.org/p> "v" >>'
    with pytest.raises(StoreError, match="unsupported term"):
        json_to_rdflib(as_json)
    with pytest.raises(StoreError, match="unsupported term"):
        ox_to_rdflib(triple)


def test_ox_to_graph_takes_triples_and_quads() -> None:
    body = b'<https://example.org/a> <https://example.org/p> "v"@fi .\n'
    graph = ox_to_graph(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
    assert set(graph) == {
        (URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("v", lang="fi"))
    }


def test_a_query_worker_never_loads_rdflib() -> None:
    """The worker's modules and the converter they use import pyoxigraph, not rdflib (a faster spawn)."""
    code = (
        "import sys, hankegraafi.server.workers, hankegraafi.server.engine, hankegraafi.store.terms;"
        "assert 'rdflib' not in sys.modules, sorted(m for m in sys.modules if m.startswith('hankegraafi'))"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
