"""Faults our own red team found after issue 16's fixes, each against a real ``hankegraafi serve``.

- F1: ``1-1-…-1`` read as one token by the check's budget, so the parser spent
  minutes on it while other clients waited;
- F2: answers of hundreds of MB copied into the web process (and parsed again
  for the HTML table);
- F3: connections that trickle a request held their slot for ever, and one
  address could take every slot;
- F4: without write routes, waitress still buffered 20 MB bodies for any route;
- F6: the writer process had neither the memory cap nor the network namespace;
- F7: deeply nested JSON-LD answered 500 and logged a 40 000-line traceback.
"""

from __future__ import annotations

import io
import shutil
import socket
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from bench.live import TOKEN, Live, start
from tests.reliability.figures import record

PER_CLIENT = 16
AUTH = {"Authorization": f"Bearer {TOKEN}"}
DIRECT = {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}


@pytest.fixture(scope="module")
def server(built_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    where = tmp_path_factory.mktemp("redteam")
    shutil.copytree(built_store, where / "store")
    live = start(
        where / "store",
        where / "server.log",
        rate_limit="100000/minute",
        result_cache_seconds="0",
        query_memory_mb="768",
        client_timeout="4",
        max_connections_per_client=str(PER_CLIENT),
        query_timeout="20",
    )
    yield live
    live.stop()


def _cheap_latency(live: Live) -> float:
    started = time.monotonic()
    r = live.post("/sparql", data="ASK { ?s ?p ?o }", headers=DIRECT, timeout=60)
    assert r.status_code == 200
    return time.monotonic() - started


@pytest.mark.timing
def test_a_long_operator_chain_is_refused_before_the_parser_spends_time(server: Live) -> None:
    chain = "-".join(["1"] * 20_000)
    started = time.monotonic()
    r = server.post("/sparql", data=f"SELECT * WHERE {{ BIND({chain} AS ?s) }}", headers=DIRECT)
    seconds = time.monotonic() - started
    assert r.status_code == 400, r.text[:300]
    assert "operators" in r.text
    record("red team F1", chain_refused_s=round(seconds, 3))
    assert seconds < 2.0
    assert _cheap_latency(server) < 1.0


@pytest.mark.timing
def test_a_huge_answer_never_reaches_the_web_process(server: Live) -> None:
    long = "x" * 6000
    text = (
        "SELECT ?a ?b ?s WHERE { VALUES ?a { " + " ".join(map(str, range(100))) + " } "
        "VALUES ?b { " + " ".join(map(str, range(100))) + f' }} BIND("{long}" AS ?s) }}'
    )
    before = server.rss_bytes()
    r = server.post("/sparql", data=text, headers=DIRECT)
    # Refused in the worker: over max_result_bytes, or (on a loaded machine) over its memory cap first.
    assert r.status_code == 503 and ("result-too-large" in r.text or "query-resources" in r.text), r.text[:300]
    # The HTML table takes a smaller share: 10 000 rows of 500 characters is over it.
    small = text.replace(long, "y" * 500)
    r = server.post("/sparql?format=html", data=small, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 503 and "result-too-large" in r.text, r.text[:300]
    grown = server.rss_bytes() - before
    record("red team F2", web_and_workers_growth_mb=round(grown / 2**20))
    assert grown < 300 * 2**20


def _trickler(port: int, source: str) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=5, source_address=(source, 0))
    sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nX-a: ")
    return sock


def _closed(sock: socket.socket, wait: float) -> bool:
    sock.settimeout(wait)
    try:
        return sock.recv(1) == b""
    except TimeoutError:
        return False
    except OSError:
        return True


@pytest.mark.timing
def test_one_address_cannot_take_every_connection(server: Live) -> None:
    port = int(server.url.rsplit(":", 1)[1])
    socks = [_trickler(port, "127.0.2.1") for _ in range(PER_CLIENT + 8)]
    try:
        time.sleep(0.5)
        refused = sum(1 for s in socks[PER_CLIENT:] if _closed(s, 2.0))
        assert refused == 8
        assert _cheap_latency(server) < 1.0  # from another address
    finally:
        for s in socks:
            s.close()


@pytest.mark.timing
def test_a_trickled_request_loses_its_connection_after_client_timeout(server: Live) -> None:
    port = int(server.url.rsplit(":", 1)[1])
    sock = _trickler(port, "127.0.2.2")
    stop = threading.Event()

    def drip() -> None:
        while not stop.wait(1.0):
            try:
                sock.send(b"a")
            except OSError:
                return

    dripping = threading.Thread(target=drip, daemon=True)
    dripping.start()
    started = time.monotonic()
    try:
        assert _closed(sock, 15.0), "a request still incomplete after client_timeout kept its connection"
        record("red team F3", trickle_closed_after_s=round(time.monotonic() - started, 1))
    finally:
        stop.set()
        sock.close()


def test_without_write_routes_a_large_body_is_refused_before_it_is_buffered(
    built_store: Path, tmp_path: Path
) -> None:
    shutil.copytree(built_store, tmp_path / "store")
    live = start(tmp_path / "store", tmp_path / "server.log", update_token="")
    try:
        port = int(live.url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(
                b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                b"Content-Length: 19900000\r\n\r\n" + b"#" * 1000
            )
            answer = sock.recv(200)
        assert answer.startswith(b"HTTP/1.1 413"), answer
    finally:
        live.stop()


@pytest.mark.timing
def test_the_writer_has_the_memory_cap_and_fails_alone(server: Live) -> None:
    binds = ['BIND("ab" AS ?v0)'] + [f"BIND(CONCAT(?v{i - 1}, ?v{i - 1}) AS ?v{i})" for i in range(1, 31)]
    update = "INSERT { <urn:x:s> <urn:x:p> ?v30 } WHERE { " + " ".join(binds) + " }"
    r = server.post(
        "/update", data=update, headers={**AUTH, "Content-Type": "application/sparql-update"}, timeout=120
    )
    assert r.status_code == 503, r.text[:300]
    assert "query-resources" in r.text
    ask = server.post("/sparql", data="ASK { <urn:x:s> ?p ?o }", headers=DIRECT)
    assert ask.status_code == 200 and ask.json()["boolean"] is False


def test_deep_json_ld_is_a_clean_400(server: Live) -> None:
    for body in (b"[" * 20_000 + b"]" * 20_000, b'{"urn:p": ' * 5_000 + b"1" + b"}" * 5_000):
        r = server.put(
            "/graph-store",
            params={"graph": "urn:hankegraafi:test:deep"},
            data=body,
            headers={**AUTH, "Content-Type": "application/ld+json"},
        )
        assert r.status_code == 400, r.text[:300]
    assert "Traceback" not in server.log.read_text()


@pytest.mark.timing
def test_a_docx_bomb_is_refused_before_it_is_unpacked(server: Live) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        paragraph = "<w:p><w:r><w:t>" + "a" * 1_000_000 + "</w:t></w:r></w:p>"
        body = "<w:document><w:body>" + paragraph * 80 + "</w:body></w:document>"
        archive.writestr("word/document.xml", body)
    data = buffer.getvalue()
    assert len(data) < 1_000_000
    started = time.monotonic()
    r = requests.post(
        server.url + "/ingest",
        params={"name": "pommi.docx"},
        data=data,
        headers=AUTH,
        timeout=120,
    )
    assert r.status_code == 422, r.text[:300]
    assert "unpacks to" in r.text
    assert time.monotonic() - started < 10
