"""The query tests of the W3C SPARQL 1.1 Protocol suite, translated.

Each test is named after its entry in ``sparql/sparql11/protocol/manifest.ttl``
of w3c/rdf-tests (prefix ``pr:``) and checks what that entry checks. The
suite's dataset tests name remote RDF documents (``http://kasei.us/…/data1.rdf``)
that a server is meant to fetch; this endpoint never fetches anything, so the
translation gives the same roles to graphs of this store (``data/protocol.trig``)
and a remote graph IRI is shown to be refused instead. Which entries apply and
why the others do not is written in the README (and in ``NOT_APPLICABLE`` below).

Updates go to ``/update`` with the bearer token; the public ``/sparql`` refuses
them (``test_update_refused_on_public_endpoint``).
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest
from flask.testing import FlaskClient
from rdflib import Graph

from tests.server.conftest import TOKEN

EX = "http://example.org/hankegraafi-test/"
G1 = "urn:hankegraafi:test:data1"
G2 = "urn:hankegraafi:test:data2"
G3 = "urn:hankegraafi:test:data3"
FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
JSON_RESULTS = "application/sparql-results+json"

#: Manifest entries not translated, and why (the README repeats this).
NOT_APPLICABLE = {
    "update_dataset_default_graph": "using-graph-uri is not offered: /update is an administrative route",
    "update_dataset_default_graphs": "using-graph-uri is not offered: /update is an administrative route",
    "update_dataset_named_graphs": "using-named-graph-uri is not offered: /update is an administrative route",
    "update_dataset_full": "using-graph-uri/using-named-graph-uri are not offered",
    "update_base_uri": "relative IRIs in updates are resolved against no request base here",
}

SELECT_G1 = f"SELECT ?s ?name WHERE {{ GRAPH <{G1}> {{ ?s <http://xmlns.com/foaf/0.1/name> ?name }} }}"


def names(response_data: bytes) -> set[str]:
    data = json.loads(response_data)
    return {b["name"]["value"] for b in data["results"]["bindings"]}


def count(response_data: bytes) -> int:
    data = json.loads(response_data)
    return int(data["results"]["bindings"][0]["n"]["value"])


# -- pr:query_* -----------------------------------------------------------------------


def test_query_post_form(client: FlaskClient) -> None:
    """pr:query_post_form: query via URL-encoded POST."""
    r = client.post("/sparql", data={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": JSON_RESULTS})
    assert r.status_code == 200
    assert r.mimetype == JSON_RESULTS
    assert json.loads(r.data) == {"head": {}, "boolean": True}


def test_query_get(client: FlaskClient) -> None:
    """pr:query_get: query via GET."""
    r = client.get("/sparql?" + urlencode({"query": "ASK { ?s ?p ?o }"}), headers={"Accept": JSON_RESULTS})
    assert r.status_code == 200
    assert json.loads(r.data)["boolean"] is True


def test_query_post_direct(client: FlaskClient) -> None:
    """pr:query_post_direct: query via POST directly."""
    r = client.post(
        "/sparql",
        data=b"ASK { ?s ?p ?o }",
        headers={"Content-Type": DIRECT, "Accept": JSON_RESULTS},
    )
    assert r.status_code == 200
    assert json.loads(r.data)["boolean"] is True


def test_query_dataset_default_graphs_get(client: FlaskClient) -> None:
    """pr:query_dataset_default_graphs_get: two default-graph-uri parameters merge into the default graph."""
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://xmlns.com/foaf/0.1/Person> }"
    r = client.get(
        "/sparql?" + urlencode([("query", q), ("default-graph-uri", G1), ("default-graph-uri", G2)]),
        headers={"Accept": JSON_RESULTS},
    )
    assert r.status_code == 200
    assert count(r.data) == 3  # alice, bob (data1) and carol (data2)


def test_query_dataset_default_graphs_post(client: FlaskClient) -> None:
    """pr:query_dataset_default_graphs_post: the same with the parameters in a form body."""
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://xmlns.com/foaf/0.1/Person> }"
    r = client.post(
        "/sparql",
        data=urlencode([("query", q), ("default-graph-uri", G1), ("default-graph-uri", G2)]),
        headers={"Content-Type": FORM, "Accept": JSON_RESULTS},
    )
    assert r.status_code == 200
    assert count(r.data) == 3


def test_query_dataset_named_graphs_post(client: FlaskClient) -> None:
    """pr:query_dataset_named_graphs_post: named-graph-uri in a form body; the default graph is then empty."""
    q = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    r = client.post(
        "/sparql",
        data=urlencode([("query", q), ("named-graph-uri", G1), ("named-graph-uri", G2)]),
        headers={"Content-Type": FORM, "Accept": JSON_RESULTS},
    )
    assert r.status_code == 200
    rows = json.loads(r.data)["results"]["bindings"]
    assert [(row["g"]["value"], int(row["n"]["value"])) for row in rows] == [(G1, 5), (G2, 2)]
    empty = client.post(
        "/sparql",
        data=urlencode([("query", "ASK { ?s ?p ?o }"), ("named-graph-uri", G1)]),
        headers={"Content-Type": FORM, "Accept": JSON_RESULTS},
    )
    assert json.loads(empty.data)["boolean"] is False


def test_query_dataset_named_graphs_get(client: FlaskClient) -> None:
    """pr:query_dataset_named_graphs_get: the same with GET."""
    q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
    r = client.get(
        "/sparql?" + urlencode([("query", q), ("named-graph-uri", G2), ("named-graph-uri", G3)]),
        headers={"Accept": JSON_RESULTS},
    )
    assert r.status_code == 200
    assert [b["g"]["value"] for b in json.loads(r.data)["results"]["bindings"]] == [G2, G3]


def test_query_dataset_full(client: FlaskClient) -> None:
    """pr:query_dataset_full: default and named graphs given together."""
    q = (
        "SELECT ?name ?g WHERE { { ?s <http://xmlns.com/foaf/0.1/name> ?name } UNION "
        "{ GRAPH ?g { ?s <http://xmlns.com/foaf/0.1/name> ?name } } }"
    )
    r = client.get(
        "/sparql?" + urlencode([("query", q), ("default-graph-uri", G2), ("named-graph-uri", G1)]),
        headers={"Accept": JSON_RESULTS},
    )
    assert r.status_code == 200
    rows = json.loads(r.data)["results"]["bindings"]
    got = sorted((row["name"]["value"], row.get("g", {}).get("value")) for row in rows)
    assert got == [("Alice Aaltonen", G1), ("Bob Björk", G1), ("Carol Cederqvist", None)]


def test_query_multiple_dataset(client: FlaskClient) -> None:
    """pr:query_multiple_dataset: protocol graphs override the FROM clauses of the query."""
    q = f"SELECT (COUNT(*) AS ?n) FROM <{G3}> WHERE {{ ?s a <http://xmlns.com/foaf/0.1/Person> }}"
    r = client.get(
        "/sparql?" + urlencode([("query", q), ("default-graph-uri", G2)]), headers={"Accept": JSON_RESULTS}
    )
    assert r.status_code == 200
    assert count(r.data) == 1  # data2 (carol), not data3 (six people)
    from_only = client.get("/sparql?" + urlencode({"query": q}), headers={"Accept": JSON_RESULTS})
    assert count(from_only.data) == 6


def test_query_content_type_select(client: FlaskClient) -> None:
    """pr:query_content_type_select: a SELECT answers in a SPARQL results format."""
    r = client.get("/sparql?" + urlencode({"query": SELECT_G1}))
    assert r.status_code == 200
    assert r.mimetype in (
        JSON_RESULTS,
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    )
    assert names(r.data) == {"Alice Aaltonen", "Bob Björk"}


def test_query_content_type_ask(client: FlaskClient) -> None:
    """pr:query_content_type_ask: an ASK answers in a SPARQL results format."""
    r = client.get("/sparql?" + urlencode({"query": f"ASK {{ <{EX}alice> ?p ?o }}"}))
    assert r.status_code == 200
    assert r.mimetype in (JSON_RESULTS, "application/sparql-results+xml")
    assert json.loads(r.data)["boolean"] is True


def test_query_content_type_describe(client: FlaskClient) -> None:
    """pr:query_content_type_describe: a DESCRIBE answers in an RDF format."""
    r = client.get("/sparql?" + urlencode({"query": f"DESCRIBE <{EX}bob>"}))
    assert r.status_code == 200
    assert r.mimetype in ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json")
    g = Graph().parse(data=r.data, format={"text/turtle": "turtle"}.get(r.mimetype, r.mimetype))
    assert len(g) == 2


def test_query_content_type_construct(client: FlaskClient) -> None:
    """pr:query_content_type_construct: a CONSTRUCT answers in an RDF format."""
    q = f"CONSTRUCT {{ ?s <{EX}called> ?n }} WHERE {{ GRAPH <{G1}> {{ ?s <http://xmlns.com/foaf/0.1/name> ?n }} }}"
    r = client.get("/sparql?" + urlencode({"query": q}))
    assert r.status_code == 200
    assert r.mimetype == "text/turtle"
    g = Graph().parse(data=r.data, format="turtle")
    assert sorted(str(o) for o in g.objects()) == ["Alice Aaltonen", "Bob Björk"]


# -- pr:bad_query_* ---------------------------------------------------------------------


def test_bad_query_method(client: FlaskClient) -> None:
    """pr:bad_query_method: a method other than GET or POST is refused."""
    r = client.put("/sparql?" + urlencode({"query": "ASK {}"}))
    assert r.status_code == 405


def test_bad_multiple_queries(client: FlaskClient) -> None:
    """pr:bad_multiple_queries: two query parameters are refused."""
    r = client.get("/sparql?" + urlencode([("query", "ASK {}"), ("query", "SELECT * {}")]))
    assert r.status_code == 400
    assert "more than one query" in r.text


def test_bad_query_wrong_media_type(client: FlaskClient) -> None:
    """pr:bad_query_wrong_media_type: a POST whose Content-Type is neither form nor sparql-query."""
    r = client.post("/sparql", data=b"ASK {}", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415


def test_bad_query_missing_form_type(client: FlaskClient) -> None:
    """pr:bad_query_missing_form_type: a form body without its Content-Type."""
    r = client.post("/sparql", data=urlencode({"query": "ASK {}"}).encode(), headers={"Content-Type": ""})
    assert r.status_code == 415


def test_bad_query_missing_direct_type(client: FlaskClient) -> None:
    """pr:bad_query_missing_direct_type: a direct query body without its Content-Type."""
    r = client.post("/sparql", data=b"ASK {}", headers={"Content-Type": ""})
    assert r.status_code == 415


def test_bad_query_non_utf8(client: FlaskClient) -> None:
    """pr:bad_query_non_utf8: a query in another encoding is refused."""
    text = 'ASK { ?s ?p "Björk" }'
    declared = client.post(
        "/sparql", data=text.encode("iso-8859-1"), headers={"Content-Type": f"{DIRECT}; charset=ISO-8859-1"}
    )
    assert declared.status_code == 400
    undeclared = client.post("/sparql", data=text.encode("iso-8859-1"), headers={"Content-Type": DIRECT})
    assert undeclared.status_code == 400
    assert "UTF-8" in undeclared.text


def test_bad_query_syntax(client: FlaskClient) -> None:
    """pr:bad_query_syntax: a syntax error answers 400 with the parser's message."""
    r = client.get("/sparql?" + urlencode({"query": "SELECT * WHERE { ?s ?p }"}))
    assert r.status_code == 400
    assert r.text.startswith("400 query-syntax: ")
    assert "error at 1:" in r.text  # pyoxigraph's parser names line and column


# -- pr:update_* and pr:bad_update_* on /update (token) --------------------------------

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_update_post_form(writable_client: FlaskClient) -> None:
    """pr:update_post_form: an update via URL-encoded POST."""
    update = f'INSERT DATA {{ GRAPH <{G1}> {{ <{EX}zoe> <http://xmlns.com/foaf/0.1/name> "Zoe" }} }}'
    r = writable_client.post("/update", data={"update": update}, headers=AUTH)
    assert r.status_code == 204
    ask = writable_client.get("/sparql?" + urlencode({"query": f'ASK {{ <{EX}zoe> ?p "Zoe" }}'}))
    assert json.loads(ask.data)["boolean"] is True


def test_update_post_direct(writable_client: FlaskClient) -> None:
    """pr:update_post_direct: an update via POST directly."""
    update = f"DELETE WHERE {{ GRAPH <{G2}> {{ ?s ?p ?o }} }}"
    r = writable_client.post(
        "/update", data=update.encode(), headers={**AUTH, "Content-Type": "application/sparql-update"}
    )
    assert r.status_code == 204
    ask = writable_client.get("/sparql?" + urlencode({"query": f"ASK {{ GRAPH <{G2}> {{ ?s ?p ?o }} }}"}))
    assert json.loads(ask.data)["boolean"] is False


def test_bad_update_get(writable_client: FlaskClient) -> None:
    """pr:bad_update_get: an update by GET is refused."""
    update = f"CLEAR GRAPH <{G1}>"
    assert writable_client.get("/update?" + urlencode({"update": update}), headers=AUTH).status_code == 405
    assert writable_client.get("/sparql?" + urlencode({"update": update})).status_code == 403


def test_bad_multiple_updates(writable_client: FlaskClient) -> None:
    """pr:bad_multiple_updates: two update parameters are refused."""
    r = writable_client.post(
        "/update",
        data=urlencode([("update", f"CLEAR GRAPH <{G1}>"), ("update", f"CLEAR GRAPH <{G2}>")]),
        headers={**AUTH, "Content-Type": FORM},
    )
    assert r.status_code == 400


def test_bad_update_wrong_media_type(writable_client: FlaskClient) -> None:
    """pr:bad_update_wrong_media_type: an update body of the wrong Content-Type."""
    r = writable_client.post(
        "/update", data=f"CLEAR GRAPH <{G1}>".encode(), headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert r.status_code == 415


def test_bad_update_missing_form_type(writable_client: FlaskClient) -> None:
    """pr:bad_update_missing_form_type: a form body without its Content-Type."""
    r = writable_client.post(
        "/update",
        data=urlencode({"update": f"CLEAR GRAPH <{G1}>"}).encode(),
        headers={**AUTH, "Content-Type": ""},
    )
    assert r.status_code == 415


def test_bad_update_non_utf8(writable_client: FlaskClient) -> None:
    """pr:bad_update_non_utf8: an update in another encoding is refused."""
    update = f'INSERT DATA {{ GRAPH <{G1}> {{ <{EX}x> <{EX}p> "Björk" }} }}'
    r = writable_client.post(
        "/update",
        data=update.encode("iso-8859-1"),
        headers={**AUTH, "Content-Type": "application/sparql-update; charset=ISO-8859-1"},
    )
    assert r.status_code == 400


def test_bad_update_syntax(writable_client: FlaskClient) -> None:
    """pr:bad_update_syntax: an update that does not parse answers 400."""
    r = writable_client.post("/update", data={"update": "INSERT DATA { <a> }"}, headers=AUTH)
    assert r.status_code == 400


def test_bad_update_dataset_conflict(writable_client: FlaskClient) -> None:
    """pr:bad_update_dataset_conflict: using-graph-uri with a USING clause is refused."""
    update = f"DELETE {{ ?s ?p ?o }} USING <{G1}> WHERE {{ ?s ?p ?o }}"
    r = writable_client.post(
        "/update?" + urlencode({"using-graph-uri": G2}), data={"update": update}, headers=AUTH
    )
    assert r.status_code == 400
    still = writable_client.get("/sparql?" + urlencode({"query": f"ASK {{ GRAPH <{G1}> {{ ?s ?p ?o }} }}"}))
    assert json.loads(still.data)["boolean"] is True


@pytest.mark.parametrize("entry", sorted(e for e in NOT_APPLICABLE if e.startswith("update_dataset")))
def test_not_applicable_entries_are_refused_clearly(writable_client: FlaskClient, entry: str) -> None:
    """The update dataset parameters we do not offer answer 400, never a silent whole-store update."""
    param = "using-named-graph-uri" if "named" in entry else "using-graph-uri"
    r = writable_client.post(
        "/update?" + urlencode({param: G1}), data={"update": "DELETE WHERE { ?s ?p ?o }"}, headers=AUTH
    )
    assert r.status_code == 400
    assert param in r.text
