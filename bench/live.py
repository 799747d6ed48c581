"""A real ``hankegraafi serve`` on a free loopback port, on a store built for the test.

In bench/ so that the reliability tests and ``scripts/load_test.py`` share it
without a script importing ``tests/``.

The store holds the bundled samples (invented) plus generated bulk data: a
chain for property paths and many small resources, so that a cartesian
product or an unbounded path has real work to do.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import requests

from bench.servers import free_port, wait_ready

TOKEN = "reliability-test-token-5f2c"
BULK_GRAPH = "https://w3id.org/hankegraafi/id/graph/bulk-reliability"
EX = "http://example.org/bulk/"


def cli(
    *args: str, env: Mapping[str, str] | None = None, timeout: float = 300, **kw: object
) -> subprocess.CompletedProcess[str]:
    """Run the real ``hankegraafi`` command line in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "hankegraafi.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
        **kw,  # type: ignore[arg-type]
    )


def bulk_nquads(path: Path, chain: int = 3000, items: int = 8000) -> int:
    """Generated N-Quads: a ``next`` chain of ``chain`` nodes and ``items`` labelled resources."""
    g = f"<{BULK_GRAPH}>"
    lines = []
    for i in range(chain):
        lines.append(f"<{EX}n{i}> <{EX}next> <{EX}n{i + 1}> {g} .")
    for i in range(items):
        lines.append(
            f'<{EX}r{i}> <http://www.w3.org/2000/01/rdf-schema#label> "resurssi {i} {"a" * (i % 50)}"@fi {g} .'
        )
        lines.append(f"<{EX}r{i}> <{EX}group> <{EX}g{i % 40}> {g} .")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def build_store(where: Path) -> Path:
    """Ingest the samples and load the bulk data into a new store at ``where``."""
    # --quarantine: a sample the shapes refuse (the extractor is work in progress) still loads.
    ingest = cli("ingest", "--samples", "--quarantine", "--store", str(where))
    assert ingest.returncode == 0, ingest.stderr[-2000:]
    nq = where.parent / "bulk.nq"
    bulk_nquads(nq)
    load = cli("load", str(nq), "--store", str(where))
    assert load.returncode == 0, load.stderr[-2000:]
    return where


@dataclass
class Live:
    url: str
    process: subprocess.Popen[bytes]
    log: Path
    env: Mapping[str, str]

    def get(self, path: str, **kw: object) -> requests.Response:
        return requests.get(self.url + path, timeout=kw.pop("timeout", 60), **kw)  # type: ignore[arg-type]

    def post(self, path: str, **kw: object) -> requests.Response:
        return requests.post(self.url + path, timeout=kw.pop("timeout", 60), **kw)  # type: ignore[arg-type]

    def put(self, path: str, **kw: object) -> requests.Response:
        return requests.put(self.url + path, timeout=kw.pop("timeout", 60), **kw)  # type: ignore[arg-type]

    def rss_bytes(self) -> int:
        """Resident memory of the web process and all its children (query workers)."""
        total = tree_rss(self.process.pid)
        if total is None:
            raise RuntimeError(f"the server (pid {self.process.pid}) is gone")
        return total

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


def start(store: Path, log: Path, *, port: int | None = None, **settings: str) -> Live:
    """Start the server with ``HANKEGRAAFI_<NAME>`` settings and wait until it answers (on ``port``, or a free one)."""
    port = port or free_port()
    env = {
        **os.environ,
        "HANKEGRAAFI_UPDATE_TOKEN": TOKEN,
        **{f"HANKEGRAAFI_{k.upper()}": str(v) for k, v in settings.items()},
    }
    out = log.open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hankegraafi.cli",
            "serve",
            "--store",
            str(store),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=out,
        stderr=subprocess.STDOUT,
        env=env,
    )
    out.close()
    live = Live(f"http://127.0.0.1:{port}", process, log, env)
    if wait_ready(process, lambda: requests.get(live.url + "/sparql/limits", timeout=2).ok, 90, pause=0.3):
        return live
    if process.poll() is not None:
        raise RuntimeError(f"server exited: {log.read_text()[-3000:]}")
    live.stop()
    raise RuntimeError(f"server did not answer within 90 s: {log.read_text()[-3000:]}")


def graphs(server: Live) -> dict[str, int]:
    """Triples per named graph, as the server's public endpoint answers."""
    q = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    r = server.post(
        "/sparql",
        data=q.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    assert r.status_code == 200, r.text[:300]
    return {b["g"]["value"]: int(b["n"]["value"]) for b in r.json()["results"]["bindings"]}


def tree_rss(pid: int) -> int | None:
    """Resident memory of a process and all its children (a server and its query workers), in
    bytes; None once the process is gone (a child that ends meanwhile is left out)."""
    import psutil

    try:
        parent = psutil.Process(pid)
        total = int(parent.memory_info().rss)
        for child in parent.children(recursive=True):
            try:
                total += int(child.memory_info().rss)
            except psutil.NoSuchProcess:
                continue
    except psutil.NoSuchProcess:
        return None
    return total


def p(values: list[float], q: float) -> float:
    """The ``q`` quantile (0..1) of ``values``, nearest rank."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered) + 0.5) - 1))]
