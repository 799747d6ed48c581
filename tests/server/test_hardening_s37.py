"""What stop 36's attacker left (issue 17's public face), each answered with a status that says why.

- ``Expect: 100-continue`` on a request with no body was answered "100 Continue" and then never
  (waitress marked the whole request incomplete again); one whose body never comes is a 408 at
  ``client_timeout``;
- a 300 kB query string was a 431 about "max_header", or a connection reset with no status line:
  a 414 naming the parameter and the limit, read by a client that is still sending (lingering close);
- HEAD on /sparql answered 415: it answers as GET does, without the body;
- a part number that is none (``/browse?page=-1``, 21 digits) was a silent 200: the page says which
  part it shows instead;
- ``?hl=FI`` was refused: language tags are case-insensitive;
- the command line's hand-off shared the anonymous rate budget of its loopback address (429).
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from flask import Flask
from flask.testing import FlaskClient

from hankegraafi.server import create_app
from hankegraafi.server.auth import HANDOFF_TOKEN
from hankegraafi.store.embedded import EmbeddedStore
from tests.server.conftest import PROTOCOL_DATA, LiveServer, server_config, start_server, stop_server

ASK = "ASK { ?s ?p ?o }"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    path = tmp_path_factory.mktemp("s37") / "store"
    store = EmbeddedStore(path)
    store.load(PROTOCOL_DATA, "trig")
    store.close()
    server = start_server(
        str(path), tmp_path_factory.mktemp("s37log") / "serve.log", client_timeout=3, rate_limit="100000/minute"
    )
    yield server
    stop_server(server)


def _exchange(server: LiveServer, data: bytes, wait: float = 10.0) -> tuple[bytes, float]:
    """Send ``data`` on a fresh connection and read until the server closes it (or ``wait`` passes)."""
    port = int(server.url.rsplit(":", 1)[1])
    answer = b""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as sock:
        sock.sendall(data)
        try:
            while chunk := sock.recv(65_536):
                answer += chunk
        except TimeoutError:
            pass
    return answer, time.monotonic() - started


@pytest.mark.parametrize(
    "head",
    [
        b"GET /browse HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n",
        b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n",
        b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
        b"Content-Length: 0\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n",
    ],
)
def test_expect_continue_with_no_body_is_answered_at_once(served: LiveServer, head: bytes) -> None:
    # It used to be "100 Continue" and nothing more: the connection closed unanswered at client_timeout.
    answer, _ = _exchange(served, head, wait=30.0)
    assert not answer.startswith(b"HTTP/1.1 100"), answer[:80]  # nothing to continue: the answer itself
    status = answer.split(b"\r\n", 1)[0]
    assert status in (b"HTTP/1.1 200 OK", b"HTTP/1.1 400 BAD REQUEST"), answer[:200]


def test_expect_continue_with_a_body_that_never_comes_is_a_408_naming_the_timeout(served: LiveServer) -> None:
    answer, took = _exchange(
        served,
        b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
        b"Content-Length: 10\r\nExpect: 100-continue\r\n\r\n",
    )
    assert answer.startswith(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 408 Request Timeout\r\n"), answer[:120]
    text = answer.decode()
    assert "did not arrive within 3 s (client_timeout)" in text
    assert "ei saapunut 3 sekunnissa" in text and "kom inte fram inom 3 s" in text
    assert took >= 2.9  # not before client_timeout


def test_a_300_kb_query_string_is_a_414_naming_the_parameter_and_the_limit(served: LiveServer) -> None:
    # The whole request is sent while the server has already answered: the answer must still be read.
    response = requests.get(served.sparql, params={"query": ASK + "#" * 300_000}, timeout=20)
    assert response.status_code == 414
    assert "longer than 65 536 bytes: parameter 'query' is at least 65 5" in response.text
    assert "POST body" in response.text
    assert "parametri 'query'" in response.text and "parametern 'query'" in response.text
    answer, _ = _exchange(served, b"GET /browse?hl=fi&q=" + b"x" * 300_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    assert answer.startswith(b"HTTP/1.0 414 URI Too Long\r\n")
    assert b"parameter 'q' is at least" in answer


def test_long_header_fields_are_still_a_431(served: LiveServer) -> None:
    response = requests.get(served.sparql, params={"query": ASK}, headers={"X-Long": "a" * 70_000}, timeout=20)
    assert response.status_code == 431


def test_head_on_sparql_answers_as_get_without_the_body(served: LiveServer) -> None:
    got = requests.get(served.sparql, params={"query": ASK}, timeout=10)
    head = requests.head(served.sparql, params={"query": ASK}, timeout=10)
    assert (got.status_code, head.status_code) == (200, 200)
    assert head.content == b""
    assert head.headers["Content-Type"] == got.headers["Content-Type"]
    assert head.headers["Content-Length"] == str(len(got.content))
    refused = requests.head(served.sparql, params={"query": "SELECT WHERE"}, timeout=10)
    assert refused.status_code == 400


@pytest.fixture
def small_app(tmp_path: Path) -> Iterator[Flask]:
    store = EmbeddedStore(tmp_path / "store")
    store.load(PROTOCOL_DATA, "trig")
    app = create_app(server_config(tmp_path / "store", rate_limit="3/minute"), store=store)
    yield app
    store.close()


@pytest.fixture(scope="module")
def app_for_pages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    path = tmp_path_factory.mktemp("s37pages") / "store"
    store = EmbeddedStore(path)
    store.load(PROTOCOL_DATA, "trig")
    yield create_app(server_config(path), store=store)
    store.close()


@pytest.fixture
def pages(app_for_pages: Flask) -> FlaskClient:
    return app_for_pages.test_client()


def test_head_through_the_app_runs_the_query_as_get(pages: FlaskClient) -> None:
    response = pages.head("/sparql", query_string={"query": ASK})
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/sparql-results+json")


@pytest.mark.parametrize(
    ("value", "note"),
    [
        ("-1", "There is no part “-1”: part 1 is shown."),
        ("0", "There is no part “0”: part 1 is shown."),
        ("999999999999999999999", "There is no part “999999999999999999999”: part 1 is shown."),
        ("kaksi", "There is no part “kaksi”: part 1 is shown."),
        ("5", "There is no part 5: the page is shown whole, in one part."),
    ],
)
def test_a_part_that_is_none_is_said_on_the_page(pages: FlaskClient, value: str, note: str) -> None:
    for name in ("page", "sivu"):
        response = pages.get("/browse", query_string={name: value, "hl": "en"})
        assert response.status_code == 200
        html = response.get_data(as_text=True)
        assert f'<p class="part-note" role="status">{note}</p>' in html.replace("&#34;", '"'), (name, value)


def test_a_part_note_in_finnish_and_swedish_and_none_for_part_one(pages: FlaskClient) -> None:
    fi = pages.get("/browse?page=-1&hl=fi").get_data(as_text=True)
    assert "Osaa »-1» ei ole: näytetään osa 1." in fi
    sv = pages.get("/browse?sivu=7&hl=sv").get_data(as_text=True)
    assert "Det finns ingen del 7: sidan visas hel, i en del." in sv
    for asked in ("", "?page=1", "?sivu=1"):
        assert "part-note" not in pages.get("/browse" + asked).get_data(as_text=True)
    # The note is text: a value with markup is escaped.
    marked = pages.get("/browse", query_string={"page": "<b>x</b>"}).get_data(as_text=True)
    assert "&lt;b&gt;x&lt;/b&gt;" in marked and "<b>x</b>" not in marked


@pytest.mark.parametrize(("given", "lang"), [("FI", "fi"), ("Sv", "sv"), ("EN", "en"), ("eN", "en")])
def test_the_language_is_read_in_any_case(pages: FlaskClient, given: str, lang: str) -> None:
    response = pages.get("/browse", query_string={"hl": given})
    assert response.status_code == 200
    assert f'<html lang="{lang}"' in response.get_data(as_text=True)
    assert f"hl={lang};" in response.headers["Set-Cookie"]


@pytest.mark.parametrize("given", ["xx", "FIN", "fi-FI", ""])
def test_other_languages_are_still_refused_by_name(pages: FlaskClient, given: str) -> None:
    response = pages.get("/browse", query_string={"hl": given})
    assert response.status_code == 400
    assert f"parameter 'hl': {given!r} is no language of this site (fi, sv, en)" in response.get_data(
        as_text=True
    )
    assert pages.get("/browse?hl=FI&hl=sv").status_code == 400  # given twice, in any case


def test_the_handoff_does_not_spend_the_anonymous_rate_budget(small_app: Flask) -> None:
    small_app.config[HANDOFF_TOKEN] = "handoff-7q"
    client = small_app.test_client()
    for _ in range(3):  # lookups from the same (loopback) address take the whole budget
        assert client.get("/sparql", query_string={"query": ASK}).status_code == 200
    assert client.get("/sparql", query_string={"query": ASK}).status_code == 429
    body = json.dumps({"names": ["no-such-document.txt"]})
    removed = client.delete(
        "/ingest/files",
        data=body,
        content_type="application/json",
        headers={"Authorization": "Bearer handoff-7q"},
    )
    assert removed.status_code == 200, removed.get_data(as_text=True)  # answered (not found), not 429
    assert removed.json == {
        "outcomes": [{"file": "no-such-document.txt", "status": "not-found", "graph": None}]
    }
    wrong = client.delete(
        "/ingest/files", data=body, content_type="application/json", headers={"Authorization": "Bearer guess"}
    )
    assert wrong.status_code == 429  # a wrong token is counted as any anonymous request
    assert "rate limit of 3 requests per 60 s exceeded" in wrong.get_data(as_text=True)
