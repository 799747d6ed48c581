"""Lookups answered in waitress's loop (``wsgi._loop_answer``) are answered as a request thread answers them.

Issue 17: a lookup of the bounded class costs the engine 0.05-0.2 ms, and handing it to a request
thread (a task queued, a thread woken, the loop woken again to send) cost more than that. The loop
now answers such a request as it arrives, with the lane's answer (``LookupLane._answer``). These
tests run two waitress servers of ``wsgi.create_server`` on one app, one answering in its loop and
one without (the lane in a request thread, as before), send both the same raw bytes, and compare
what comes back byte for byte but the ``Date`` line; and they check what the loop must leave to a
thread: anything the lane does not answer, HTTP/1.0, ``Connection: close``, a request behind
another on the same connection (the answers stay in order), and a lookup while a write runs (the
loop never waits for it).
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from hankegraafi.server import create_app
from hankegraafi.server.lookups import LookupLane
from hankegraafi.server.pool import QueryPool, QueryTimeout, StoreSpec
from hankegraafi.server.runtime import ResultCache, Services
from hankegraafi.server.wsgi import AccessLog, create_server
from hankegraafi.store.embedded import EmbeddedStore
from tests.server.conftest import PROTOCOL_DATA, free_port, server_config

EX = "http://example.org/hankegraafi-test/"
LOOKUP = f"ASK {{ <{EX}alice> ?p ?o }}"
SELECT = f"SELECT ?p ?o WHERE {{ <{EX}alice> ?p ?o }}"
TRUNCATED = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"  # more than the test config's 5 rows


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any]]:
    """(answering in its loop, not) on one app over the protocol store."""
    path: Path = tmp_path_factory.mktemp("loop") / "store"
    store = EmbeddedStore(path)
    store.load(PROTOCOL_DATA, "trig")
    store.close()
    store = EmbeddedStore(path, read_only=True)
    cfg = server_config(path)
    app = create_app(cfg, store=store)
    lane = LookupLane(app, app)
    made = []
    for loop in (True, False):
        server = create_server(AccessLog(lane), cfg, "127.0.0.1", free_port(), lookups=lane if loop else None)
        threading.Thread(target=server.run, daemon=True).start()
        made.append(server)
    yield made[0], made[1]
    for server in made:
        server.close()
    store.close()


def exchange(server: Any, raw: bytes, answers: int = 1) -> list[bytes]:
    """Send ``raw`` on one connection and read ``answers`` whole answers (by Content-Length)."""
    with socket.create_connection(("127.0.0.1", server.effective_port), timeout=10) as conn:
        conn.sendall(raw)
        data = b""
        out: list[bytes] = []
        while len(out) < answers:
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                assert chunk, (data, out)
                data += chunk
            head, _, rest = data.partition(b"\r\n\r\n")
            if head == b"HTTP/1.1 100 Continue":
                data = rest
                continue
            length = int(re.search(rb"Content-Length: (\d+)", head).group(1))  # type: ignore[union-attr]
            while len(rest) < length:
                chunk = conn.recv(65536)
                assert chunk
                rest += chunk
            out.append(head + b"\r\n\r\n" + rest[:length])
            data = rest[length:]
        return out


def undated(answer: bytes) -> bytes:
    return re.sub(rb"\r\nDate: [^\r]*", b"", answer)


def get(text: str, accept: str | None = None, *, extra: str = "", version: str = "1.1") -> bytes:
    headers = f"Accept: {accept}\r\n" if accept is not None else ""
    return (
        f"GET /sparql?query={quote(text, safe='')}{extra} HTTP/{version}\r\nHost: x\r\n{headers}\r\n"
    ).encode()


def post(text: str, accept: str | None = None) -> bytes:
    body = f"query={quote(text, safe='')}"
    headers = f"Accept: {accept}\r\n" if accept is not None else ""
    return (
        "POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(body)}\r\n{headers}\r\n{body}"
    ).encode()


def both(servers: tuple[Any, Any], raw: bytes, answers: int = 1) -> tuple[list[bytes], int]:
    """The loop server's answers (Date taken out), checked equal to the other's; and how many the loop gave."""
    loop, threaded = servers
    before = loop.loop_answers
    fast = [undated(a) for a in exchange(loop, raw, answers)]
    slow = [undated(a) for a in exchange(threaded, raw, answers)]
    assert fast == slow
    assert threaded.loop_answers == 0
    return fast, loop.loop_answers - before


@pytest.mark.parametrize("accept", [None, *LookupLane.ACCEPTS])
@pytest.mark.parametrize("text", [LOOKUP, SELECT, TRUNCATED])
@pytest.mark.parametrize("how", [get, post])
def test_the_loop_answers_a_lookup_as_a_request_thread_does(
    servers: Any, how: Any, text: str, accept: Any
) -> None:
    answers, in_loop = both(servers, how(text, accept))
    assert in_loop == 1
    assert answers[0].startswith(b"HTTP/1.1 200 OK\r\n")
    assert b"\r\nServer: hankegraafi\r\n" in answers[0]
    if text == TRUNCATED:
        assert b"\r\nX-Hankegraafi-Truncated: true; max-rows=5\r\n" in answers[0]


@pytest.mark.parametrize(
    "raw",
    [
        get(LOOKUP, "text/html"),  # the lane's formats only
        get(LOOKUP, extra="&format=xml"),
        get(f"ASK {{ <{EX}alice> ?p ?o . ?o ?q ?r }}"),  # not of the bounded class
        get("SELECT ?o { ex:alice ?p ?o }"),  # an error: the route's 400
        get(LOOKUP, version="1.0"),  # the connection closes after it
        get(LOOKUP).replace(b"Host: x\r\n", b"Host: x\r\nConnection: close\r\n"),
        post(LOOKUP).replace(b"Host: x\r\n", b"Host: x\r\nExpect: 100-continue\r\n"),
        b"GET /?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n\r\n",
    ],
)
def test_everything_else_goes_to_a_request_thread(servers: Any, raw: bytes) -> None:
    loop, threaded = servers
    before = loop.loop_answers
    fast = exchange(loop, raw)
    slow = exchange(threaded, raw)
    assert [undated(a) for a in fast] == [undated(a) for a in slow]
    assert loop.loop_answers == before


def test_a_body_the_lane_read_and_left_is_read_again_by_the_route(servers: Any) -> None:
    """A form POST the lane reads and then leaves (an error: the route's 400) reaches Flask whole."""
    raw = post("SELECT ?o { ex:alice ?p ?o }")
    answers, in_loop = both(servers, raw)
    assert in_loop == 0
    assert answers[0].startswith(b"HTTP/1.1 400 ") and b"query-syntax" in answers[0]


def test_answers_on_one_connection_stay_in_order(servers: Any) -> None:
    """Pipelined: a page (a request thread's), then two lookups: the lookups wait their turn."""
    raw = b"GET / HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\n\r\n" + get(LOOKUP) + get(SELECT, "text/csv")
    answers, _ = both(servers, raw, answers=3)
    assert b"<html" in answers[0]
    assert answers[1].endswith(b'{"head": {}, "boolean": true}')
    assert b"Content-Type: text/csv" in answers[2]


def test_lookups_one_after_another_on_one_connection(servers: Any) -> None:
    loop, _ = servers
    before = loop.loop_answers
    with socket.create_connection(("127.0.0.1", loop.effective_port), timeout=10) as conn:
        for n in range(20):
            conn.sendall(get(LOOKUP) if n % 2 else post(SELECT))
            data = b""
            while b"\r\n\r\n" not in data or not data.endswith((b"}", b"}\n")):
                data += conn.recv(65536)
            assert data.startswith(b"HTTP/1.1 200 OK")
    assert loop.loop_answers == before + 20


def test_a_lookup_in_the_loop_does_not_wait_for_a_write(tmp_path: Path) -> None:
    """While a write runs, ``execute(deadline=0)`` is a QueryTimeout at once (the loop leaves the
    request to a thread, which waits as ever); with no write it is answered on the local lane."""
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    store.load(PROTOCOL_DATA, "trig")
    store.close()
    pool = QueryPool(
        StoreSpec(location=str(path), remote=False, base_iri="https://w3id.org/hankegraafi/id/"), 1
    )
    pool.start()
    try:
        cfg = server_config(path)
        services = Services(config=cfg, runner=pool, limiter=None, cache=ResultCache(ttl=0))  # type: ignore[arg-type]
        from hankegraafi.server.engine import QueryJob

        job = QueryJob(
            text=LOOKUP,
            results_media="application/sparql-results+json",
            graph_media=None,
            max_rows=5,
            bounded=True,
        )
        assert services.execute(job, deadline=0.0).body == b'{"head": {}, "boolean": true}'
        with pool._gate:
            pool._writing = True
        try:
            started = time.monotonic()
            with pytest.raises(QueryTimeout):
                services.execute(job, deadline=0.0)
            unbounded = QueryJob(
                text=LOOKUP, results_media="application/sparql-results+json", graph_media=None, max_rows=5
            )
            with pytest.raises(QueryTimeout):
                services.execute(unbounded, deadline=0.0)
            assert time.monotonic() - started < 1.0
        finally:
            with pool._gate:
                pool._writing = False
                pool._gate.notify_all()
        assert services.execute(job, deadline=0.0).rows == 1
    finally:
        pool.close()
