"""An update that fails as SPARQL 1.1 Update defines it is the sender's error, a 400 with the engine's words.

CLEAR or DROP of a graph that does not exist, CREATE of one that does and MOVE from a missing
graph (each without SILENT) answered '500 internal-error' with a traceback in the log.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest
from flask.testing import FlaskClient

from tests.server.conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
MISSING = "urn:hankegraafi:test:no-such-graph"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _count(client: FlaskClient) -> int:
    r = client.get(
        "/sparql?" + urlencode({"query": COUNT}), headers={"Accept": "application/sparql-results+json"}
    )
    return int(json.loads(r.data)["results"]["bindings"][0]["n"]["value"])


def _a_graph(client: FlaskClient) -> str:
    r = client.get(
        "/sparql?" + urlencode({"query": "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1"}),
        headers={"Accept": "application/sparql-results+json"},
    )
    return str(json.loads(r.data)["results"]["bindings"][0]["g"]["value"])


@pytest.mark.parametrize(
    "update",
    [
        f"CLEAR GRAPH <{MISSING}>",
        f"DROP GRAPH <{MISSING}>",
        f"MOVE <{MISSING}> TO <{MISSING}-2>",
        "CREATE GRAPH <{existing}>",
    ],
)
def test_a_failed_update_is_a_400_naming_the_graph_and_changes_nothing(
    writable_client: FlaskClient, update: str
) -> None:
    existing = _a_graph(writable_client)
    before = _count(writable_client)
    r = writable_client.post("/update", data={"update": update.format(existing=existing)}, headers=AUTH)
    assert r.status_code == 400, r.data
    assert (MISSING if "{existing}" not in update else existing).encode() in r.data
    assert _count(writable_client) == before


def test_silent_lets_the_same_update_pass(writable_client: FlaskClient) -> None:
    r = writable_client.post("/update", data={"update": f"CLEAR SILENT GRAPH <{MISSING}>"}, headers=AUTH)
    assert r.status_code == 204, r.data


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("graph=http://x.example/a%01", "control character"),
        ("graph=http://x.example/a%EF%BF%BE", "control character"),
        ("graph=relative", "not absolute"),
        ("graph=urn:hankegraafi:test:a&graph=urn:hankegraafi:test:b", "more than once"),
    ],
)
def test_the_graph_store_names_what_is_wrong_with_its_graph_parameter(
    writable_client: FlaskClient, query: str, says: str
) -> None:
    """Was: '400 query-syntax: error at 1:31: expected IRI parsing failed' (a place in a query the
    client never wrote) for a control character, and the first of two graphs written silently."""
    before = _count(writable_client)
    r = writable_client.put(
        f"/graph-store?{query}",
        data=b"<urn:x:a> <urn:x:b> <urn:x:c> .",
        headers={**AUTH, "Content-Type": "text/turtle"},
    )
    assert r.status_code == 400 and b"?graph=" in r.data and says.encode() in r.data, r.data
    assert _count(writable_client) == before
