"""The endpoint as it runs in production: ``hankegraafi serve`` (waitress + query worker processes) on loopback."""

from __future__ import annotations

import contextlib
import json
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import psutil
import pytest
import requests
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, POST, TURTLE, SPARQLWrapper

from tests.server.conftest import FILLER_GRAPH, FILLER_TRIPLES, TOKEN, LiveServer

pytestmark = pytest.mark.server

EX = "http://example.org/hankegraafi-test/"
FOAF = "http://xmlns.com/foaf/0.1/"
V = "https://w3id.org/hankegraafi/vocab/"


class _Counter(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.connections = 0
        self.paths: list[str] = []

    def process_request(self, request: Any, client_address: Any) -> None:
        self.connections += 1
        super().process_request(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    def _answer(self) -> None:
        self.server.paths.append(self.path)  # type: ignore[attr-defined]
        body = b'<http://evil.example/s> <http://evil.example/p> "fetched" .\n'
        self.send_response(200)
        self.send_header("Content-Type", "application/n-triples")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def listener() -> Iterator[_Counter]:
    """A listening loopback HTTP server that counts every connection made to it."""
    server = _Counter()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def unique_ask() -> str:
    """A cheap query no cache has seen."""
    return f'ASK {{ <{EX}alice> ?p ?o FILTER (?o != "{uuid.uuid4()}") }}'


def test_service_load_and_from_cause_no_request(live_server: LiveServer, listener: _Counter) -> None:
    target = f"http://127.0.0.1:{listener.server_address[1]}"
    queries = [
        f"SELECT * WHERE {{ SERVICE <{target}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{target}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{target}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ VALUES ?u {{ <{target}/sparql> }} SERVICE ?u {{ ?s ?p ?o }} }}",
        f"SELECT * FROM <{target}/data.nt> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{target}/data.nt> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"PREFIX t: <{target}/> SELECT * FROM t:data.nt WHERE {{ ?s ?p ?o }}",
        f"LOAD <{target}/data.nt>",
        f"LOAD SILENT <{target}/data.nt> INTO GRAPH <urn:x>",
    ]
    statuses = []
    for q in queries:
        statuses.append(requests.post(live_server.sparql, data={"query": q}, timeout=10).status_code)
        statuses.append(requests.get(live_server.sparql, params={"query": q}, timeout=10).status_code)
    for param in ("default-graph-uri", "named-graph-uri"):
        r = requests.get(
            live_server.sparql, params={"query": "ASK { ?s ?p ?o }", param: f"{target}/data.nt"}, timeout=10
        )
        statuses.append(r.status_code)
    update = requests.post(
        f"{live_server.url}/update",
        data={"update": f"LOAD <{target}/data.nt>"},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=10,
    )
    statuses.append(update.status_code)
    time.sleep(0.5)
    assert listener.connections == 0, listener.paths
    assert all(s in (400, 403) for s in statuses), statuses


def _descendants_cpu(pid: int, seconds: float) -> float:
    """CPU percent used by the server's child processes over ``seconds``."""
    children = psutil.Process(pid).children(recursive=True)
    for c in children:
        with contextlib.suppress(psutil.NoSuchProcess):
            c.cpu_percent(None)
    time.sleep(seconds)
    total = 0.0
    for c in children:
        with contextlib.suppress(psutil.NoSuchProcess):
            total += c.cpu_percent(None)
    return total


def test_deadline_stops_a_runaway_query_and_frees_the_cpu(live_server: LiveServer) -> None:
    """A cartesian product over 100 000 triples: 503 within deadline + 2 s; meanwhile others are served."""
    deadline = 3.0
    cartesian = (
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{FILLER_GRAPH}> {{ ?a ?b ?c }} "
        f"GRAPH <{FILLER_GRAPH}> {{ ?d ?e ?f }} }}"
    )
    size = requests.get(
        live_server.sparql,
        params={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{FILLER_GRAPH}> {{ ?s ?p ?o }} }}"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=10,
    ).json()
    assert int(size["results"]["bindings"][0]["n"]["value"]) == FILLER_TRIPLES

    def runaway() -> tuple[int, float, str]:
        start = time.monotonic()
        r = requests.post(live_server.sparql, data={"query": cartesian + f" # {uuid.uuid4()}"}, timeout=30)
        return r.status_code, time.monotonic() - start, r.text

    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(runaway)
        time.sleep(0.5)  # the cartesian product is running in a worker now
        simple_times = []
        for _ in range(3):
            start = time.monotonic()
            r = requests.get(
                live_server.sparql,
                params={"query": unique_ask()},
                headers={"Accept": "application/sparql-results+json"},
                timeout=10,
            )
            simple_times.append(time.monotonic() - start)
            assert r.status_code == 200 and r.json()["boolean"] is True
        status, elapsed, text = future.result()
    assert status == 503, text
    assert "deadline" in text
    assert elapsed < deadline + 2.0, elapsed
    assert max(simple_times) < 1.0, simple_times
    time.sleep(2.0)  # let the replacement worker start
    assert _descendants_cpu(live_server.process.pid, 1.0) < 30.0
    # The pool is whole again: two queries at once both answer.
    with ThreadPoolExecutor(2) as pool:
        results = list(
            pool.map(
                lambda _: requests.get(live_server.sparql, params={"query": unique_ask()}, timeout=10), [0, 1]
            )
        )
    assert [r.status_code for r in results] == [200, 200]


def test_row_cap_and_marker_live(live_server: LiveServer) -> None:
    q = f"SELECT ?s WHERE {{ GRAPH <{FILLER_GRAPH}> {{ ?s ?p ?o }} }}"
    r = requests.get(
        live_server.sparql,
        params={"query": q},
        headers={"Accept": "application/sparql-results+json"},
        timeout=10,
    )
    data = r.json()
    assert len(data["results"]["bindings"]) == 1000
    assert r.headers["X-Hankegraafi-Truncated"] == "true; max-rows=1000"
    assert data["head"]["link"] == [f"{live_server.url}/sparql/limits#max_rows"]


def test_update_refused_on_public_endpoint_live(live_server: LiveServer) -> None:
    r = requests.post(
        live_server.sparql,
        data=f"DROP GRAPH <{FILLER_GRAPH}>",
        headers={"Content-Type": "application/sparql-update"},
        timeout=10,
    )
    assert r.status_code == 403
    r2 = requests.post(live_server.sparql, data={"update": f"DROP GRAPH <{FILLER_GRAPH}>"}, timeout=10)
    assert r2.status_code == 403
    r3 = requests.post(f"{live_server.url}/update", data={"update": f"DROP GRAPH <{FILLER_GRAPH}>"}, timeout=10)
    assert r3.status_code == 401
    ask = requests.get(
        live_server.sparql,
        params={"query": f"ASK {{ GRAPH <{FILLER_GRAPH}> {{ ?s ?p ?o }} }}"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=10,
    )
    assert ask.json()["boolean"] is True


def test_413_on_oversized_body(tight_server: LiveServer) -> None:
    big = "ASK { ?s ?p " + '"' + "x" * 3000 + '" }'
    r = requests.post(
        tight_server.sparql, data=big.encode(), headers={"Content-Type": "application/sparql-query"}, timeout=10
    )
    assert r.status_code == 413
    assert "2000" in r.text  # waitress refuses it before the app (no update token: no larger uploads)
    form = requests.post(tight_server.sparql, data={"query": big}, timeout=10)
    assert form.status_code == 413


def test_429_under_a_burst(tight_server: LiveServer) -> None:
    """20 requests a minute: a burst of 30 gets 429s with Retry-After, and nothing else goes wrong."""
    with ThreadPoolExecutor(6) as pool:
        responses = list(
            pool.map(
                lambda _: requests.get(tight_server.sparql, params={"query": "ASK {}"}, timeout=10), range(30)
            )
        )
    codes = [r.status_code for r in responses]
    assert set(codes) == {200, 429}
    assert codes.count(200) <= 20 and codes.count(429) >= 10
    limited = next(r for r in responses if r.status_code == 429)
    assert int(limited.headers["Retry-After"]) >= 1


# -- real clients ---------------------------------------------------------------------------


def test_sparqlwrapper_as_a_client(live_server: LiveServer) -> None:
    sw = SPARQLWrapper(live_server.sparql)
    sw.setQuery(f"SELECT ?name WHERE {{ <{EX}carol> <{FOAF}name> ?name }}")
    sw.setReturnFormat(JSON)
    result: Any = sw.query().convert()
    assert result["results"]["bindings"] == [
        {"name": {"type": "literal", "value": "Carol Cederqvist", "xml:lang": "sv"}}
    ]
    sw.setMethod(POST)
    sw.setReturnFormat(CSV)
    csv_body = sw.query().convert()
    assert csv_body == b"name\r\nCarol Cederqvist\r\n"
    sw.setQuery(
        f"CONSTRUCT {{ ?s <{FOAF}name> ?n }} WHERE {{ GRAPH <urn:hankegraafi:test:data1> {{ ?s <{FOAF}name> ?n }} }}"
    )
    sw.setReturnFormat(TURTLE)
    g = Graph().parse(data=sw.query().convert(), format="turtle")
    assert sorted(str(o) for o in g.objects()) == ["Alice Aaltonen", "Bob Björk"]
    sw.setQuery(f"ASK {{ <{EX}alice> <{FOAF}knows> <{EX}bob> }}")
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["boolean"] is True  # type: ignore[index]


def test_rdflib_sparqlstore_as_a_client(live_server: LiveServer) -> None:
    store = SPARQLStore(live_server.sparql, returnFormat="json")
    g = Graph(store=store)
    try:
        names = sorted(str(o) for o in g.objects(URIRef(f"{EX}alice"), URIRef(f"{FOAF}name")))
        assert names == ["Alice Aaltonen"]
        assert (URIRef(f"{EX}alice"), URIRef(f"{FOAF}knows"), URIRef(f"{EX}bob")) in g
        rows = list(g.query(f"SELECT ?n WHERE {{ <{EX}dave> <{FOAF}name> ?n }}"))
        assert [tuple(r) for r in rows] == [(Literal("Dave Dahl"),)]
    finally:
        store.close()


def test_catalogue_live(live_server: LiveServer) -> None:
    listing = requests.get(f"{live_server.url}/queries", timeout=10).json()
    assert "budget-by-region" in {q["name"] for q in listing["queries"]}
    r = requests.get(
        f"{live_server.url}/queries/budget-by-region",
        params={"region": f"{V}county/06", "kind": "annual", "format": "json"},
        timeout=10,
    )
    rows = [
        (b["projectLabel"]["value"], b["year"]["value"], b["budget"]["value"])
        for b in r.json()["results"]["bindings"]
    ]
    assert rows == [("Kestävän kasvun Delta", "2022", "1000000"), ("Kestävän kasvun Delta", "2023", "1200000")]


def test_editor_assets_served_locally(live_server: LiveServer) -> None:
    page = requests.get(f"{live_server.url}/editor", timeout=10)
    assert page.status_code == 200
    js = requests.get(f"{live_server.url}/static/vendor/yasgui/yasgui.min.js", timeout=10)
    assert js.status_code == 200 and len(js.content) > 100_000
    assert "cdn" not in page.text.lower()
    assert json.loads(page.text.split('id="hg-editor-config">')[1].split("</script>")[0])["endpoint"] == (
        live_server.sparql
    )
