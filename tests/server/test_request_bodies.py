"""The body limit under the Flask test client, with a body that has no Content-Length.

The real-server checks are in ``tests/reliability/test_bodies.py``; here the
in-app limit is shown to hold without any HTTP server in front of it (the
environ a server gives for a chunked body: no length, ``wsgi.input_terminated``),
and the RDF upload check to pick its reader by format.
"""

from __future__ import annotations

import io
import json
from urllib.parse import quote

import pytest
from flask.testing import FlaskClient

from hankegraafi.rdfinput import UnsafeRdf, check_rdf, is_xml_format
from hankegraafi.server.bodies import CappedInput
from hankegraafi.server.errors import PayloadTooLarge
from tests.server.conftest import TOKEN

LIMIT = 4000  # server_config's max_request_bytes
AUTH = {"Authorization": f"Bearer {TOKEN}"}
QUERY = b"SELECT * WHERE { ?s ?p ?o } LIMIT 1\n#"


class Unsized:
    """A stream with no length the test client could learn, as a chunked body is."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def read(self, size: int = -1) -> bytes:
        return self._data.read(size)

    def readline(self, size: int = -1) -> bytes:
        return self._data.readline(size)


def chunked(client: FlaskClient, path: str, body: bytes, content_type: str, **headers: str):  # type: ignore[no-untyped-def]
    environ = {"wsgi.input": Unsized(body), "wsgi.input_terminated": True, "CONTENT_LENGTH": ""}
    return client.post(
        path,
        environ_overrides=environ,
        headers={"Content-Type": content_type, "Accept": "application/json", **headers},
    )


def padded(text: bytes, size: int) -> bytes:
    return text + b"x" * (size - len(text))


@pytest.mark.parametrize("size", [LIMIT + 1, LIMIT + 5000])
@pytest.mark.parametrize("form", [False, True])
def test_a_body_without_length_over_the_limit_is_413(
    writable_client: FlaskClient, size: int, form: bool
) -> None:
    if form:
        prefix = b"query=" + quote(QUERY.decode()).encode()
        r = chunked(writable_client, "/sparql", padded(prefix, size), "application/x-www-form-urlencoded")
    else:
        r = chunked(writable_client, "/sparql", padded(QUERY, size), "application/sparql-query")
    assert r.status_code == 413, r.text[:300]
    assert r.get_json()["error"] == "payload-too-large"


@pytest.mark.parametrize("size", [len(QUERY), LIMIT])
def test_a_body_without_length_within_the_limit_runs(writable_client: FlaskClient, size: int) -> None:
    r = chunked(writable_client, "/sparql", padded(QUERY, size), "application/sparql-query")
    assert r.status_code == 200, r.text[:300]
    assert "results" in json.loads(r.data)


def test_an_update_over_the_limit_changes_nothing(writable_client: FlaskClient) -> None:
    text = b"INSERT DATA { GRAPH <urn:hankegraafi:test:cut> { <urn:a> <urn:b> <urn:c> } }\n#"
    r = chunked(writable_client, "/update", padded(text, LIMIT + 10), "application/sparql-update", **AUTH)
    assert r.status_code == 413, r.text[:300]
    ask = writable_client.get(
        "/sparql",
        query_string={"query": "ASK { GRAPH <urn:hankegraafi:test:cut> { ?s ?p ?o } }"},
        headers={"Accept": "application/json"},
    )
    assert ask.get_json()["boolean"] is False


def test_capped_input_never_hands_out_a_byte_past_the_limit() -> None:
    stream = CappedInput(io.BytesIO(b"a" * 10), lambda: 9)
    assert stream.read(4) == b"aaaa"
    with pytest.raises(PayloadTooLarge):
        stream.read(100)
    exact = CappedInput(io.BytesIO(b"a" * 9), lambda: 9)
    assert exact.read() == b"a" * 9
    assert exact.read() == b""
    lines = CappedInput(io.BytesIO(b"ab\n" * 4), lambda: 6)
    with pytest.raises(PayloadTooLarge):
        list(lines)


@pytest.mark.parametrize(
    ("fmt", "xml"),
    [("xml", True), ("application/rdf+xml", True), ("trix", True), ("nt", False), ("turtle", False)],
)
def test_the_check_is_chosen_by_the_parser_the_format_names(fmt: str, xml: bool) -> None:
    assert is_xml_format(fmt) is xml
    doctype_literal = b'<urn:a> <urn:b> "<!DOCTYPE html>" .\n'
    if xml:
        with pytest.raises(UnsafeRdf):
            check_rdf('<?xml version="1.0"?><!DOCTYPE r><r/>'.encode("utf-16-le"), fmt)
    else:
        check_rdf(doctype_literal, fmt)
