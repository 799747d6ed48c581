"""A request body in a content coding the server does not decode, and a write route given a parameter it
does not read, are refused by the header's or the parameter's name; nothing is written.

Found by attack (stop 35) on a live ``serve``:
- ``POST /ingest?name=t.txt`` with ``Content-Encoding: gzip`` stored the body's bytes as they came (a
  gzipped document would have been read as a binary file, a plain one stored though the client said it
  was compressed); ``/sparql`` and ``/update`` read such bodies as text too. RFC 9110 §8.4: a server that
  does not take a content coding answers 415; it names the codings it takes in Accept-Encoding (RFC 7694).
- ``POST /ingest?name=t.txt&force=1`` answered 200 "unchanged": the route has no ``force`` and dropped
  it unsaid, so the client believed a re-ingest had been refused for cause. The write routes (``/ingest``,
  ``/graph-store``) name the parameter they do not read.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from tests.queries.test_one_project import write
from tests.server.conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
TURTLE = b"<http://example.org/s> <http://example.org/p> 1 .\n"


def _graphs(client: FlaskClient) -> set[str]:
    r = client.post(
        "/sparql",
        data={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert r.status_code == 200, r.text
    return {b["g"]["value"] for b in r.get_json()["results"]["bindings"]}


@pytest.mark.parametrize("coding", ["gzip", "x-gzip, identity", "br", "deflate", "GZIP"])
def test_a_coded_body_is_415_naming_the_coding(
    writable_client: FlaskClient, tmp_path: Path, coding: str
) -> None:
    document = sorted(write(tmp_path))[0]
    before = _graphs(writable_client)
    body = gzip.compress(document.read_bytes())
    requests = [
        ("post", f"/ingest?name={document.name}", {**AUTH, "Content-Type": "application/octet-stream"}),
        ("put", "/graph-store?graph=http://example.org/g", {**AUTH, "Content-Type": "text/turtle"}),
        ("post", "/sparql", {"Content-Type": "application/sparql-query"}),
        ("post", "/update", {**AUTH, "Content-Type": "application/sparql-update"}),
    ]
    for method, path, headers in requests:
        answer = getattr(writable_client, method)(
            path, data=body, headers={**headers, "Content-Encoding": coding, "Accept": "application/json"}
        )
        assert answer.status_code == 415, (path, answer.status_code, answer.text[:300])
        assert "Content-Encoding" in answer.text and coding.split(",")[0].strip() in answer.text, answer.text
        assert answer.headers.get("Accept-Encoding") == "identity"
    assert _graphs(writable_client) == before


def test_identity_coding_and_a_bodiless_request_are_read_as_before(writable_client: FlaskClient) -> None:
    asked = writable_client.post(
        "/sparql",
        data=b"ASK {}",
        headers={
            "Content-Type": "application/sparql-query",
            "Content-Encoding": "identity",
            "Accept": "application/json",
        },
    )
    assert asked.status_code == 200 and asked.get_json()["boolean"] is True, asked.text
    got = writable_client.get(
        "/sparql?query=ASK%7B%7D", headers={"Content-Encoding": "gzip", "Accept": "application/json"}
    )
    assert got.status_code == 200, got.text


def test_a_parameter_a_write_route_does_not_read_is_refused_by_name(
    writable_client: FlaskClient, tmp_path: Path
) -> None:
    document = sorted(write(tmp_path))[0]
    stored = writable_client.post(f"/ingest?name={document.name}", data=document.read_bytes(), headers=AUTH)
    assert stored.status_code == 201, stored.text
    before = _graphs(writable_client)
    for method, path, body in [
        ("post", "/ingest?name=uusi.txt&force=1", document.read_bytes()),
        ("delete", f"/ingest?name={document.name}&dry-run=1", None),
        ("delete", f"/ingest?nmae={document.name}", None),
        ("put", "/graph-store?graph=http://example.org/g&merge=true", TURTLE),
        ("delete", "/graph-store?graph=http://example.org/g&silent=1", None),
    ]:
        headers = {**AUTH, "Accept": "application/json"}
        if body is TURTLE:
            headers["Content-Type"] = "text/turtle"
        answer = getattr(writable_client, method)(path, data=body, headers=headers)
        wrong = path.split("&")[-1].split("=")[0] if "&" in path else "nmae"
        assert answer.status_code == 400, (path, answer.status_code, answer.text[:300])
        assert f"'{wrong}'" in answer.text, answer.text
    assert _graphs(writable_client) == before
    # the parameters they read are read as before
    removed = writable_client.delete(f"/ingest?name={document.name}", headers=AUTH)
    assert removed.status_code == 200, removed.text
