"""``--store`` a SPARQL server URL: the endpoint and the catalogue answer as on the embedded store.

A real ``oxigraph serve`` (the PyPI ``oxigraph`` binary) holds the same data
as the embedded store of ``live_server``; ``hankegraafi serve`` passes queries
on to it, with the same limits and refusals.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.server.conftest import (
    CATALOGUE_DATA,
    FILLER_GRAPH,
    PROTOCOL_DATA,
    LiveServer,
    free_port,
    start_server,
    stop_server,
)
from tests.store.conftest import oxigraph_binary

pytestmark = pytest.mark.server

V = "https://w3id.org/hankegraafi/vocab/"
ID = "https://w3id.org/hankegraafi/id/"
JSON_RESULTS = "application/sparql-results+json"


@pytest.fixture(scope="module")
def oxigraph_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("oxigraph-remote")
    port = free_port()
    log = (folder / "server.log").open("wb")
    proc = subprocess.Popen(
        [
            oxigraph_binary(),
            "serve",
            "--location",
            str(folder / "data"),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    root = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(f"{root}/query", params={"query": "ASK {}"}, timeout=1).ok:
                    break
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError(f"oxigraph serve did not start: {(folder / 'server.log').read_text()}")
            time.sleep(0.1)
        for data in (CATALOGUE_DATA, PROTOCOL_DATA):
            r = requests.post(
                f"{root}/store",
                data=data.read_bytes(),
                headers={"Content-Type": "application/trig"},
                timeout=30,
            )
            r.raise_for_status()
        yield f"{root}/query"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


@pytest.fixture(scope="module")
def remote_server(oxigraph_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = start_server(
        oxigraph_url,
        tmp_path_factory.mktemp("remote-log") / "serve.log",
        query_timeout=3,
        query_workers=2,
        rate_limit="100000/minute",
        max_rows=3,
    )
    yield server
    stop_server(server)


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("budget-by-region", {}),
        ("budget-by-region", {"region": f"{V}county/06"}),
        ("dependencies-of", {"project": f"{ID}project/alfa"}),
        ("deviations", {}),
    ],
)
def test_catalogue_answers_as_on_the_embedded_store(
    remote_server: LiveServer, live_server: LiveServer, name: str, params: dict[str, str]
) -> None:
    """The same catalogue call on both backends gives the same rows (remote capped at 3, marked)."""
    remote = requests.get(
        f"{remote_server.url}/queries/{name}", params={**params, "format": "json"}, timeout=10
    )
    local = requests.get(f"{live_server.url}/queries/{name}", params={**params, "format": "json"}, timeout=10)
    assert remote.status_code == local.status_code == 200
    local_rows = local.json()["results"]["bindings"]
    remote_rows = remote.json()["results"]["bindings"]
    assert local_rows, f"{name} answers nothing"
    assert remote_rows == local_rows[:3]
    assert remote.json()["head"]["vars"] == local.json()["head"]["vars"]
    assert ("X-Hankegraafi-Truncated" in remote.headers) == (len(local_rows) > 3)


def test_endpoint_formats_and_errors_through_the_remote(remote_server: LiveServer) -> None:
    q = "SELECT ?n WHERE { <http://example.org/hankegraafi-test/carol> <http://xmlns.com/foaf/0.1/name> ?n }"
    csv_r = requests.get(remote_server.sparql, params={"query": q}, headers={"Accept": "text/csv"}, timeout=10)
    assert csv_r.status_code == 200 and csv_r.text == "n\r\nCarol Cederqvist\r\n"
    ttl = requests.get(
        remote_server.sparql,
        params={"query": "DESCRIBE <http://example.org/hankegraafi-test/bob>"},
        headers={"Accept": "application/n-triples"},
        timeout=10,
    )
    assert ttl.status_code == 200 and '"Bob Björk"' in ttl.text
    bad = requests.get(remote_server.sparql, params={"query": "SELECT * { ?s ?p }"}, timeout=10)
    assert bad.status_code == 400
    service = requests.get(
        remote_server.sparql,
        params={"query": "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"},
        timeout=10,
    )
    assert service.status_code == 400 and "query-refused" in service.text
    dataset = requests.get(
        remote_server.sparql,
        params={
            "query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
            "default-graph-uri": "urn:hankegraafi:test:data2",
        },
        headers={"Accept": JSON_RESULTS},
        timeout=10,
    )
    assert dataset.json()["results"]["bindings"][0]["n"]["value"] == "2"
    missing = requests.get(
        remote_server.sparql,
        params={"query": "ASK {}", "default-graph-uri": FILLER_GRAPH},  # not in the remote store
        timeout=10,
    )
    assert missing.status_code == 400


def test_remote_store_down_is_502_not_500(tmp_path: Path) -> None:
    """A SPARQL server that does not answer is the gateway's fault (502), never a 500 or a 400."""
    from hankegraafi.server import create_app
    from hankegraafi.store.remote import RemoteStore
    from tests.server.conftest import server_config

    url = f"http://127.0.0.1:{free_port()}/query"  # nothing listens there
    store = RemoteStore(url, timeout=2, retries=0)
    client = create_app(server_config(tmp_path, store=url, remote_timeout=2.0), store=store).test_client()
    r = client.get(
        "/sparql", query_string={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "application/json"}
    )
    assert r.status_code == 502
    assert r.get_json()["error"] == "bad-gateway"
    assert url in r.get_json()["message"]
