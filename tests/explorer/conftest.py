"""Fixtures of the explorer tests: the demo graph in a store, the app on it, a real server.

The demo graph (``data/demo.trig``, invented) is loaded with the reference
vocabularies, as ingest would have put them beside the documents.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from flask import Flask
from flask.testing import FlaskClient
from rdflib import URIRef

from hankegraafi.ontology.loader import vocabulary_graph
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore

DEMO = Path(__file__).parent / "data" / "demo.trig"
VOCAB_GRAPH = URIRef("https://w3id.org/hankegraafi/vocab/graph")
REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "explorer"

ID = "https://w3id.org/hankegraafi/id/"
V = "https://w3id.org/hankegraafi/vocab/"


def load_demo(store: EmbeddedStore) -> None:
    """The demo graph and the vocabularies, and the inferred graph ingest adds (the catalogue reads
    a project's county there); not the canonical projects, which the demo graph has no records for."""
    from hankegraafi.ingest import inference

    store.load(DEMO, "trig")
    store.replace_graph(VOCAB_GRAPH, vocabulary_graph())
    inference.recompute(store, ID)


def config(store: str, **overrides: object) -> Config:
    values: dict[str, object] = {"store": store, "rate_limit": "100000/minute", "result_cache_seconds": 0}
    values.update(overrides)
    return Config.load(values, environ={})


@pytest.fixture(scope="session")
def demo_memory_store() -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(None)
    load_demo(store)
    yield store
    store.close()


@pytest.fixture(scope="session")
def app(demo_memory_store: EmbeddedStore) -> Flask:
    """The real application (create_app) on the demo graph, queries through its runner."""
    from hankegraafi.server.app import create_app

    return create_app(config("unused-store-dir"), store=demo_memory_store)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture(scope="session")
def bare_app(demo_memory_store: EmbeddedStore) -> Flask:
    """A bare Flask app with only the explorer, on an open store (how tools and the benchmark use it)."""
    from hankegraafi.server.explorer import register

    app = Flask("explorer-bare")
    register(app, store=demo_memory_store)
    return app


# -- a real server ---------------------------------------------------------------------------


@dataclass
class LiveServer:
    url: str
    process: subprocess.Popen[bytes]
    log: Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """``hankegraafi serve`` (waitress and its query workers) on the demo graph, on loopback."""
    vendor = REPO / "server" / "static" / "vendor" / "explorer" / "cytoscape.min.js"
    if not vendor.is_file():
        pytest.fail(f"{vendor} is missing: run scripts/build_explorer.sh (setup does)")
    base = tmp_path_factory.mktemp("explorer-live")
    store = EmbeddedStore(base / "store")
    load_demo(store)
    store.close()
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANKEGRAAFI_")}
    env.update({"HANKEGRAAFI_RATE_LIMIT": "100000/minute", "HANKEGRAAFI_QUERY_WORKERS": "1"})
    # the renderer's switch kept (tests/conftest.py: off unless set): else serve renders every page
    # of the demo store ahead in a child from ten seconds on (~20 s of CPU)
    env["HANKEGRAAFI_PRERENDER_LANGS"] = os.environ.get("HANKEGRAAFI_PRERENDER_LANGS", "none")
    exe = shutil.which("hankegraafi") or str(Path(sys.executable).with_name("hankegraafi"))
    log = base / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [exe, "serve", "--store", str(base / "store"), "--host", "127.0.0.1", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    server = LiveServer(f"http://127.0.0.1:{port}", proc, log)
    deadline = time.monotonic() + 60
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"serve exited with {proc.returncode}:\n{log.read_text(errors='replace')}")
            try:
                if requests.get(f"{server.url}/explorer/api/start", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"serve did not answer within 60 s:\n{log.read_text(errors='replace')}")
            time.sleep(0.2)
        yield server
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)
