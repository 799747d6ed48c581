"""Fixtures of the server tests: an in-process app on a real store, and real servers on loopback.

The Flask test client runs the app on an embedded store opened in the test
(``create_app(store=…)``); the real-server fixtures start ``hankegraafi serve``
(waitress and its query worker processes) on a free port with a temporary
store, and wait until it answers.
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests
from flask import Flask
from flask.testing import FlaskClient

from hankegraafi.server import create_app
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore

HERE = Path(__file__).parent
PROTOCOL_DATA = HERE / "data" / "protocol.trig"
CATALOGUE_DATA = HERE.parent / "queries" / "data" / "catalogue.trig"
REPO = HERE.parents[1]
ARTIFACTS = REPO / "test-artifacts"
TOKEN = "test-token-7f3a"
FILLER_GRAPH = "urn:hankegraafi:test:filler"
FILLER_TRIPLES = 100_000
EX = "http://example.org/hankegraafi-test/"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_config(store_dir: Path, **overrides: object) -> Config:
    """Settings for an in-process app: small limits so that they can be met in a test."""
    values: dict[str, object] = {
        "store": str(store_dir),
        "max_rows": 5,
        "max_request_bytes": 4000,
        "rate_limit": "100000/minute",
        "update_token": TOKEN,
        "result_cache_seconds": 0,
        "query_timeout": 10.0,
    }
    values.update(overrides)
    return Config.load(values, environ={})


@pytest.fixture(scope="module")
def protocol_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    path = tmp_path_factory.mktemp("protocol") / "store"
    store = EmbeddedStore(path)
    store.load(PROTOCOL_DATA, "trig")
    yield store
    store.close()


@pytest.fixture(scope="module")
def app(protocol_store: EmbeddedStore) -> Flask:
    assert protocol_store.path is not None
    return create_app(server_config(protocol_store.path), store=protocol_store)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def writable_client(tmp_path: Path) -> Iterator[FlaskClient]:
    """An app on a store of its own, for tests that write."""
    store = EmbeddedStore(tmp_path / "store")
    store.load(PROTOCOL_DATA, "trig")
    app = create_app(server_config(tmp_path / "store"), store=store)
    yield app.test_client()
    store.close()


# -- real servers --------------------------------------------------------------------


@dataclass
class LiveServer:
    """A ``hankegraafi serve`` process on loopback."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path
    env: dict[str, str] = field(default_factory=dict)

    @property
    def sparql(self) -> str:
        return f"{self.url}/sparql"

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")


def start_server(store: str, log: Path, *, verbose: bool = False, **settings: object) -> LiveServer:
    """Start ``hankegraafi serve`` with ``HANKEGRAAFI_*`` settings and wait until /sparql answers
    (``verbose``: ``hankegraafi -v serve``, its log at INFO)."""
    port = free_port()
    env = {**os.environ}
    for key in [k for k in env if k.startswith("HANKEGRAAFI_")]:
        del env[key]
    # but not the renderer's switch (tests/conftest.py: off unless set), or each server renders
    # every page of its store ahead in a child from ten seconds on (10-20 s of CPU a server)
    env["HANKEGRAAFI_PRERENDER_LANGS"] = os.environ.get("HANKEGRAAFI_PRERENDER_LANGS", "none")
    env.update({f"HANKEGRAAFI_{k.upper()}": str(v) for k, v in settings.items()})
    exe = shutil.which("hankegraafi") or str(Path(sys.executable).with_name("hankegraafi"))
    out = log.open("wb")
    proc = subprocess.Popen(
        [
            exe,
            *(["-v"] if verbose else []),
            "serve",
            "--store",
            store,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=out,
        stderr=subprocess.STDOUT,
        env=env,
        start_new_session=True,
    )
    out.close()
    server = LiveServer(f"http://127.0.0.1:{port}", proc, log, env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"hankegraafi serve exited with {proc.returncode}:\n{server.log_text()}")
        try:
            if requests.get(server.sparql, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return server
        except requests.RequestException:
            pass
        time.sleep(0.2)
    stop_server(server)
    raise RuntimeError(f"hankegraafi serve did not answer within 60 s:\n{server.log_text()}")


def stop_server(server: LiveServer) -> None:
    """Stop the server and its query workers (its own process group, started by us)."""
    if server.process.poll() is None:
        os.killpg(server.process.pid, signal.SIGTERM)
        try:
            server.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.process.pid, signal.SIGKILL)
            server.process.wait(timeout=5)


def filler_nquads(n: int) -> bytes:
    """``n`` triples of invented filler in one graph, as N-Quads."""
    lines = [
        f'<{EX}thing/{i}> <{EX}value> "{i}"^^<http://www.w3.org/2001/XMLSchema#integer> <{FILLER_GRAPH}> .\n'
        for i in range(n)
    ]
    return "".join(lines).encode()


@pytest.fixture(scope="session")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the invented catalogue graph, the protocol graphs and 100 000 filler triples."""
    path = tmp_path_factory.mktemp("big") / "store"
    store = EmbeddedStore(path)
    try:
        store.load(CATALOGUE_DATA, "trig")
        store.load(PROTOCOL_DATA, "trig")
        store.load(io.BytesIO(filler_nquads(FILLER_TRIPLES)), "nq")
    finally:
        store.close()
    return path


@pytest.fixture(scope="session")
def live_server(big_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The production setup (waitress, two query workers) with a 3 s deadline."""
    server = start_server(
        str(big_store),
        tmp_path_factory.mktemp("live") / "serve.log",
        query_timeout=3,
        query_workers=2,
        rate_limit="100000/minute",
        max_rows=1000,
        update_token=TOKEN,
    )
    yield server
    stop_server(server)


@pytest.fixture(scope="session")
def tight_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server with a low rate limit and a small request size, on the protocol graphs."""
    path = tmp_path_factory.mktemp("tight") / "store"
    store = EmbeddedStore(path)
    store.load(PROTOCOL_DATA, "trig")
    store.close()
    server = start_server(
        str(path),
        tmp_path_factory.mktemp("tight-log") / "serve.log",
        rate_limit="20/minute",
        max_request_bytes=2000,
        query_workers=1,
    )
    yield server
    stop_server(server)
