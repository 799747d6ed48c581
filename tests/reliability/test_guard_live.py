"""Faults 1, 11 and 12 of issue 16 against a real ``hankegraafi serve``.

* Fault 1: the SERVICE hidden behind ``ex:a·b\\#c`` (and its SELECT and
  CONSTRUCT variants, and LOAD/SERVICE in updates) is refused, and a
  listening loopback server sees no connection at all.
* Fault 11: operator chains, ``!`` runs and long property paths answer 400
  quickly; the query worker lives on and the next query answers.
* Fault 12: ``/id/`` paths that make no IRI answer a plain 404.

On 2343c72 (before this work) the fault-1 texts answer 200 or 204 and the
listener counts connections; the fault-11 texts answer 500 (the worker dies
of a stack overflow); the fault-12 paths answer 500 and 400 query-syntax.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.live import TOKEN, Live, start
from tests.reliability.docsets import cli
from tests.reliability.listener import CountingListener

pytestmark = pytest.mark.server

AUTH = {"Authorization": f"Bearer {TOKEN}"}
DATA = '<http://example.org/a> <http://example.org/p> "o" <urn:hankegraafi:test:g> .\n'


@pytest.fixture(scope="module")
def listener() -> Iterator[CountingListener]:
    with CountingListener() as it:
        yield it


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    where = tmp_path_factory.mktemp("guard-live")
    (where / "data.nq").write_text(DATA, encoding="utf-8")
    loaded = cli("load", str(where / "data.nq"), "--store", str(where / "store"))
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    live = start(where / "store", where / "serve.log", rate_limit="100000/minute")
    yield live
    live.stop()


def fault_1_queries(port: int) -> dict[str, str]:
    service = f"SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }}"
    p = "PREFIX ex: <http://e/> "
    return {
        "ask": p + f"ASK {{ BIND(ex:a·b\\#c AS ?v) {service} }}",
        "select": p + f"SELECT * {{ BIND(ex:a·b\\#c AS ?v) {service} }}",
        "construct": p + f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ BIND(ex:a·b\\#c AS ?v) {service} }}",
        "undertie": p + f"ASK {{ BIND(ex:a‿b\\#c AS ?v) {service} }}",
    }


def fault_1_updates(port: int) -> dict[str, str]:
    p = "PREFIX ex: <http://e/> "
    return {
        "load": p + f"INSERT DATA {{ ex:a·b\\#c ex:p ex:o }} ; LOAD <http://127.0.0.1:{port}/x.ttl>",
        "load_into": p
        + f"INSERT DATA {{ ex:a·b\\#c ex:p ex:o }} ; LOAD SILENT <http://127.0.0.1:{port}/x> INTO GRAPH <urn:x:g>",
        "service": p
        + "INSERT { ?s ?p ?o } WHERE { BIND(ex:a·b\\#c AS ?v) "
        + f"SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
    }


@pytest.mark.parametrize("name", ["ask", "select", "construct", "undertie"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_fault_1_query_is_refused_and_nothing_connects(
    server: Live, listener: CountingListener, name: str, method: str
) -> None:
    text = fault_1_queries(listener.port)[name]
    before = listener.count
    if method == "get":
        r = server.get("/sparql", params={"query": text})
    else:
        r = server.post("/sparql", data=text.encode(), headers={"Content-Type": "application/sparql-query"})
    time.sleep(0.2)
    assert r.status_code == 400, r.text[:300]
    assert listener.count == before


@pytest.mark.parametrize("name", ["load", "load_into", "service"])
def test_fault_1_update_is_refused_and_nothing_connects(
    server: Live, listener: CountingListener, name: str
) -> None:
    text = fault_1_updates(listener.port)[name]
    before = listener.count
    r = server.post(
        "/update", data=text.encode(), headers={"Content-Type": "application/sparql-update", **AUTH}
    )
    time.sleep(0.2)
    assert r.status_code == 400, r.text[:300]
    assert listener.count == before
    # Nothing of the update was applied either.
    ask = server.get("/sparql", params={"query": "ASK { GRAPH ?g { <http://e/a·b#c> ?p ?o } }"})
    assert ask.status_code == 200 and ask.json()["boolean"] is False


FAULT_11 = {
    "not": "ASK { FILTER(" + "!" * 100_000 + "true) }",
    "plus": "ASK { FILTER(" + "+".join(["1"] * 50_000) + " > 0) }",
    "or": "ASK { FILTER(" + "||".join(["true"] * 20_000) + ") }",
    "path": "PREFIX e: <http://e/> ASK { ?s " + "/".join(["e:p"] * 20_000) + " ?o }",
    "brackets": "ASK { FILTER(" + "(" * 5_000 + "1" + ")" * 5_000 + ") }",
    "or_300": "ASK { FILTER(" + "||".join(["true"] * 300) + ") }",
    "path_300": "PREFIX e: <http://e/> ASK { ?s " + "/".join(["e:p"] * 300) + " ?o }",
}


@pytest.mark.timing
@pytest.mark.parametrize("name", sorted(FAULT_11))
def test_fault_11_deep_query_is_a_quick_400_and_the_worker_lives(server: Live, name: str) -> None:
    started = time.monotonic()
    r = server.post(
        "/sparql", data=FAULT_11[name].encode(), headers={"Content-Type": "application/sparql-query"}
    )
    elapsed = time.monotonic() - started
    assert r.status_code == 400, r.text[:300]
    assert elapsed < 10, elapsed
    after = server.get("/sparql", params={"query": "ASK { GRAPH ?g { ?s ?p ?o } }"})
    assert after.status_code == 200 and after.json()["boolean"] is True


@pytest.mark.parametrize(
    "path", ["/id/%3E%20%7D%20SERVICE", "/id/x%00.ttl", "/id/x%00", "/id/%3E%20%7D%20SERVICE.ttl"]
)
def test_fault_12_path_that_makes_no_iri_is_404(server: Live, path: str) -> None:
    r = server.get(path, headers={"Accept": "text/turtle"})
    assert r.status_code == 404, r.text[:300]
    assert "query-syntax" not in r.text and "error at" not in r.text


def test_the_listener_counts_what_connects(listener: CountingListener) -> None:
    """The listener is not blind: a direct connection is counted."""
    import socket

    before = listener.count
    with socket.create_connection(("127.0.0.1", listener.port), timeout=5) as s:
        s.sendall(b"GET / HTTP/1.0\r\n\r\n")
        s.recv(100)
    assert listener.count == before + 1


def test_serve_log_has_no_traceback(server: Live) -> None:
    """Run last in this module: nothing above ended in an unexpected exception in the server."""
    text = Path(server.log).read_text(errors="replace")
    assert "Traceback" not in text, text[-3000:]
