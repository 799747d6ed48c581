"""A stored timeline (``queries/pagetimelines.py``) is read only as the write step writes one: one
of another shape, or holding a character no store holds, is read as not storable (the page runs
``timeline.rq`` live). The stored rows equal the query's after every kind of write, and a project's
page built from them the page built live, in tests/queries/test_pagelists.py."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from hankegraafi.ontology.namespaces import BASE_IRI_DEFAULT
from hankegraafi.queries import pagelists, pagetimelines
from hankegraafi.queries.pieces import encode_body
from hankegraafi.server.pages.builder import sparql

BASE = BASE_IRI_DEFAULT
THIS = "https://w3id.org/hankegraafi/id/project/canonical/1/x"
DOC = {"type": "uri", "value": "https://w3id.org/hankegraafi/id/document/d1"}
PROP = {"type": "uri", "value": "http://www.w3.org/2000/01/rdf-schema#label"}
EMPTY = {"type": "literal", "value": ""}
NAME = {"type": "literal", "value": "Hanke"}
GOOD = [[DOC, PROP, EMPTY, NAME], [-1, 0, 1, 2, 3]]


def parsed(body: object) -> list[object] | None:
    node = str(pagelists.node(BASE, pagetimelines.TIMELINE, THIS))
    text = json.dumps(body, ensure_ascii=False)
    rows = [("v1", "", ""), ("", node, encode_body(text.encode("utf-8")))]
    _version, found = pagelists.parse(rows, BASE, pagetimelines.TIMELINE, [THIS])
    return found[THIS]


def test_a_timeline_as_written_is_read_and_an_unbound_date_is_absent() -> None:
    assert parsed(GOOD) == GOOD
    assert pagetimelines.decode(GOOD, lambda t: t["value"]) == [
        {"document": DOC["value"], "property": PROP["value"], "detail": "", "value": "Hanke"}
    ]


BAD: list[object] = [
    [],
    [[DOC], [0, 0, 0, 0]],  # rows of five
    [[DOC], [0, 0, 0, 0, 1]],  # an index past the terms
    [[DOC], [0, 0, 0, 0, -2]],
    [[DOC], [0, -1, 0, 0, 0]],  # a row without its document
    [[DOC], [0, 0, -1, 0, 0]],  # or its property
    [[DOC], [0, 0, 0, 0, True]],
    [[DOC], [0, 0, 0, 0, 0.0]],
    [[{"type": "uri"}], [0, 0, 0, 0, 0]],
    [[{"type": "literal", "value": "a\u0001b"}], [0, 0, 0, 0, 0]],
    {"terms": [DOC]},
]


@pytest.mark.parametrize("body", BAD, ids=[str(i) for i in range(len(BAD))])
def test_a_timeline_of_another_shape_is_read_live(body: object) -> None:
    assert parsed(body) is None


def test_rows_are_the_query_s_computed_values() -> None:
    """STR, STRAFTER and CONCAT as the query computes them: a light's dimension after its scheme's
    path, a cost statement's kind with its year, each value's text."""
    hg = "https://w3id.org/hankegraafi/ontology#"
    v = "https://w3id.org/hankegraafi/vocab/"
    g = "urn:x-test:g"
    data = f"""
<urn:x-test:r> <http://www.w3.org/ns/prov#specializationOf> <{THIS}> <urn:x-test:c> .
<urn:x-test:r> <{hg}recordOf> <urn:x-test:p> <urn:x-test:c> .
<urn:x-test:r> <{hg}inGraph> <{g}> <urn:x-test:c> .
<urn:x-test:r> <http://www.w3.org/ns/prov#wasQuotedFrom> <urn:x-test:doc> <urn:x-test:c> .
<urn:x-test:p> <{hg}startDate> "2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date> <{g}> .
<urn:x-test:p> <{hg}hasTrafficLight> <urn:x-test:l> <{g}> .
<urn:x-test:l> <{hg}dimension> <{v}light-dimension/costs> <{g}> .
<urn:x-test:l> <{hg}lightValue> <{v}light-value/deviation> <{g}> .
<urn:x-test:p> <{hg}hasCostStatement> <urn:x-test:s> <{g}> .
<urn:x-test:s> <{hg}unit> "EUR" <{g}> .
<urn:x-test:s> <{hg}statementKind> <{v}statement-kind/cumulative> <{g}> .
<urn:x-test:s> <{hg}year> "2024"^^<http://www.w3.org/2001/XMLSchema#gYear> <{g}> .
<urn:x-test:s> <{hg}hasLine> <urn:x-test:line> <{g}> .
<urn:x-test:line> <{hg}budget> "100.50"^^<http://www.w3.org/2001/XMLSchema#decimal> <{g}> .
"""
    store = ox.Store()
    store.load(data.encode(), ox.RdfFormat.N_QUADS)
    found = pagetimelines.rows(store)[THIS]
    got = {tuple(None if t is None else t.value for t in row) for row in found}
    doc = "urn:x-test:doc"
    assert got == {
        (None, doc, f"{hg}startDate", "", "2024-01-01"),
        (None, doc, f"{hg}lightValue", "costs", f"{v}light-value/deviation"),
        (None, doc, f"{hg}budget", "cumulative 2024", "100.5"),  # the store writes a decimal canonical
    }
    text = sparql("timeline")
    live = {
        tuple(None if s[c] is None else s[c].value for c in pagetimelines.COLUMNS)
        for s in store.query(text.replace("?this", f"<{THIS}>"), use_default_graph_as_union=True)
    }
    assert live == got
