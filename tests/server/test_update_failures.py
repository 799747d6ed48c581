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
