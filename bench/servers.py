"""Start and stop the SPARQL servers the benchmark compares, on loopback only.

Every server is a child process in its own process group, stopped by its
process id when the measurement ends. Peak memory is read from the kernel
(``VmHWM`` of each process of the server's tree), so a server with worker
processes is counted whole.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import psutil
import requests

log = logging.getLogger(__name__)

VENV_BIN = Path(sys.executable).parent
LOOPBACK = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """A running server: its name, query URL and process."""

    name: str
    url: str  # the SPARQL query endpoint
    process: subprocess.Popen[bytes]
    log_path: Path
    started: float = field(default_factory=time.perf_counter)
    ready_seconds: float = 0.0

    def peak_rss_mb(self) -> float:
        """Sum of the peak resident memory (VmHWM) of the server and its children."""
        try:
            root = psutil.Process(self.process.pid)
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return 0.0
        total = 0
        for p in procs:
            try:
                text = Path(f"/proc/{p.pid}/status").read_text()
            except OSError:
                continue
            for line in text.splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
        return total / 1024

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=5)

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _start(
    name: str,
    argv: list[str],
    url: str,
    log_dir: Path,
    env: Mapping[str, str] | None = None,
    timeout: float = 120,
) -> Server:
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"{name}.log"
    full_env = {**os.environ, **(env or {})}
    with log_path.open("wb") as out:
        process = subprocess.Popen(
            argv, stdout=out, stderr=subprocess.STDOUT, env=full_env, start_new_session=True
        )
    server = Server(name, url, process, log_path)
    deadline = time.monotonic() + timeout
    probe = "ASK { }"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode}; see {log_path}")
        try:
            r = requests.post(
                url,
                data={"query": probe},
                headers={"Accept": "application/sparql-results+json"},
                timeout=5,
            )
            if r.status_code == 200:
                server.ready_seconds = time.perf_counter() - server.started
                return server
        except requests.RequestException:
            pass
        time.sleep(0.25)
    server.stop()
    raise RuntimeError(f"{name} did not answer within {timeout:.0f} s; see {log_path}")


def start_ours(store: str | Path, log_dir: Path, *, name: str = "hankegraafi", cache: bool = False) -> Server:
    """``hankegraafi serve`` (gunicorn, query worker pool) on ``store``; rate limit lifted for the load test."""
    port = free_port()
    env = {
        "HANKEGRAAFI_RATE_LIMIT": "100000000/minute",
        "HANKEGRAAFI_RESULT_CACHE_SECONDS": "300" if cache else "0",
        "HANKEGRAAFI_MAX_ROWS": "100000",
        "HANKEGRAAFI_QUERY_TIMEOUT": "60",
    }
    argv = [
        str(VENV_BIN / "hankegraafi"),
        "serve",
        "--store",
        str(store),
        "--host",
        LOOPBACK,
        "--port",
        str(port),
    ]
    return _start(name, argv, f"http://{LOOPBACK}:{port}/sparql", log_dir, env)


def start_oxigraph(location: Path, log_dir: Path, *, name: str = "oxigraph-server") -> Server:
    """The Oxigraph server over a store it loaded itself, read-only, default graph as union."""
    port = free_port()
    argv = [
        str(VENV_BIN / "oxigraph"), "serve-read-only", "--location", str(location),
        "--bind", f"{LOOPBACK}:{port}", "--union-default-graph",
    ]  # fmt: skip
    return _start(name, argv, f"http://{LOOPBACK}:{port}/query", log_dir)


def start_oxigraph_writable(location: Path, log_dir: Path, *, name: str = "oxigraph-server") -> Server:
    port = free_port()
    argv = [
        str(VENV_BIN / "oxigraph"), "serve", "--location", str(location),
        "--bind", f"{LOOPBACK}:{port}", "--union-default-graph",
    ]  # fmt: skip
    return _start(name, argv, f"http://{LOOPBACK}:{port}/query", log_dir)


def start_rdflib_endpoint(data: Path, log_dir: Path, *, name: str = "rdflib-endpoint") -> Server:
    """The rdflib-endpoint package (FastAPI on uvicorn) over an rdflib Dataset of ``data``."""
    port = free_port()
    argv = [sys.executable, "-m", "bench.rdflib_server", str(data), str(port)]
    return _start(
        name, argv, f"http://{LOOPBACK}:{port}/", log_dir, {"PYTHONPATH": str(Path.cwd())}, timeout=900
    )
