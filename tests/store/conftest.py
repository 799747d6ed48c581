"""Real SPARQL servers on loopback (Oxigraph, Virtuoso), each started once for the store suite."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        pytest.fail("the 'oxigraph' server (PyPI package oxigraph) is not installed")
    return found


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start ``oxigraph serve`` with the union default graph and yield its query URL."""
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    log = (location / "server.log").open("wb")
    proc = subprocess.Popen(
        [
            oxigraph_binary(),
            "serve",
            "--location",
            str(location),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if requests.get(url, params={"query": "ASK {}"}, timeout=1).ok:
                break
        except requests.ConnectionError:
            time.sleep(0.1)
        if proc.poll() is not None:
            raise RuntimeError(f"oxigraph server exited: {(location / 'server.log').read_text()}")
    else:
        proc.kill()
        raise RuntimeError("oxigraph server did not start within 30 s")
    yield url
    proc.terminate()
    proc.wait(timeout=10)
    log.close()


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start a fresh Virtuoso (``virtuoso-t -f``) with update rights granted, and yield its ``/sparql`` URL.

    Skipped only where Virtuoso is not installed (CI installs it with
    ``scripts/setup.sh --dev``); the process group is always stopped.
    """
    if shutil.which("virtuoso-t") is None:
        pytest.skip("virtuoso-t is not installed (Debian package virtuoso-opensource)")
    from bench.servers import start_virtuoso

    location = tmp_path_factory.mktemp("virtuoso-server")
    server = start_virtuoso(location / "db", location, timeout=60)
    try:
        yield server.url
    finally:
        server.stop()
