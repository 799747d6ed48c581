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
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
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


def wait_ready(
    process: subprocess.Popen[bytes], ready: Callable[[], bool], seconds: float, *, pause: float
) -> bool:
    """Ask ``ready`` every ``pause`` seconds until it says yes (True), the process ends or
    ``seconds`` pass (False); a request that fails counts as not yet."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            if ready():
                return True
        except requests.RequestException:
            pass
        time.sleep(pause)
    return False


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
        return self._tree_kb("status", "VmHWM:") / 1024

    def pss_mb(self) -> float:
        """Sum of the proportional set size (PSS) of the server and its children, now.

        The peak RSS of each process counts a page shared by several of them once in each:
        forked query workers share the code their fork server imported, so the sum of RSS
        overstates what the server holds. PSS divides each shared page among its sharers,
        so its sum is the memory the process tree holds."""
        return self._tree_kb("smaps_rollup", "Pss:") / 1024

    def _tree_kb(self, proc_file: str, field_name: str) -> int:
        """The kB of ``field_name`` in ``/proc/<pid>/<proc_file>``, summed over the server's process tree."""
        try:
            root = psutil.Process(self.process.pid)
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return 0
        total = 0
        for p in procs:
            try:
                text = Path(f"/proc/{p.pid}/{proc_file}").read_text()
            except OSError:
                continue
            for line in text.splitlines():
                if line.startswith(field_name):
                    total += int(line.split()[1])
        return total

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
    cwd: Path | None = None,
) -> Server:
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"{name}.log"
    full_env = {**os.environ, **(env or {})}
    with log_path.open("wb") as out:
        process = subprocess.Popen(
            argv, stdout=out, stderr=subprocess.STDOUT, env=full_env, start_new_session=True, cwd=cwd
        )
    server = Server(name, url, process, log_path)

    def answers() -> bool:
        r = requests.post(
            url, data={"query": "ASK { }"}, headers={"Accept": "application/sparql-results+json"}, timeout=5
        )
        return r.status_code == 200

    if wait_ready(process, answers, timeout, pause=0.25):
        server.ready_seconds = time.perf_counter() - server.started
        return server
    if process.poll() is not None:
        raise RuntimeError(f"{name} exited with {process.returncode}; see {log_path}")
    server.stop()
    raise RuntimeError(f"{name} did not answer within {timeout:.0f} s; see {log_path}")


def start_ours(store: str | Path, log_dir: Path, *, name: str = "hankegraafi", cache: bool = False) -> Server:
    """``hankegraafi serve`` (waitress, query worker pool) on ``store``; per-client limits lifted for the load test.

    Every benchmark client comes from one loopback address, so the rate limit
    and the slow lane's per-client share are lifted; the lanes themselves stay.
    """
    port = free_port()
    env = {
        "HANKEGRAAFI_RATE_LIMIT": "100000000/minute",
        "HANKEGRAAFI_SLOW_LANE": "64",
        "HANKEGRAAFI_SLOW_LANE_PER_CLIENT": "64",
        "HANKEGRAAFI_MAX_CONNECTIONS_PER_CLIENT": "1000",
        "HANKEGRAAFI_RESULT_CACHE_SECONDS": "300" if cache else "0",
        "HANKEGRAAFI_MAX_ROWS": "100000",
        "HANKEGRAAFI_QUERY_TIMEOUT": "60",
        # The benchmarks' stores are bulk-loaded without derived graphs: no rebuild during the load test.
        "HANKEGRAAFI_DERIVE_AT_START": "0",
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


def start_rdflib_endpoint(data: Path, log_dir: Path, *, name: str = "rdflib-endpoint") -> Server:
    """The rdflib-endpoint package (FastAPI on uvicorn) over an rdflib Dataset of ``data``."""
    port = free_port()
    argv = [sys.executable, "-m", "bench.rdflib_server", str(data), str(port)]
    return _start(
        name, argv, f"http://{LOOPBACK}:{port}/", log_dir, {"PYTHONPATH": str(Path.cwd())}, timeout=900
    )


#: What the remote backend needs on a fresh Virtuoso: the anonymous ``SPARQL``
#: user may update (``/sparql``) and write whole graphs (``/sparql-graph-crud``
#: runs as that user too, so the one grant covers both).
VIRTUOSO_GRANTS = ('GRANT SPARQL_UPDATE TO "SPARQL";',)

_VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx

[Parameters]
ServerPort = {host}:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 60
DirsAllowed = ., {d}
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
ThreadsPerQuery = 2
MaxClientConnections = 8

[HTTPServer]
ServerPort = {host}:{http_port}
ServerRoot = {d}
ServerThreads = 8
MaxClientConnections = 8
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryExecutionTime = 300
"""


def virtuoso_ini(
    directory: Path, sql_port: int, http_port: int, *, buffers: int = 10_000, max_rows: int = 1_000_000
) -> Path:
    """Write a minimal ``virtuoso.ini`` keeping every file in ``directory`` and both ports on loopback.

    The packaged ini listens on every interface and keeps its database under
    /var/lib; this one is private to one run. ``buffers`` are 8 kB pages
    (10,000 is about 80 MB); ``max_rows`` lifts the 10,000-row cap on results.
    """
    directory = directory.resolve()
    directory.mkdir(parents=True, exist_ok=True)
    ini = directory / "virtuoso.ini"
    ini.write_text(
        _VIRTUOSO_INI.format(
            d=directory,
            host=LOOPBACK,
            sql_port=sql_port,
            http_port=http_port,
            buffers=buffers,
            dirty=buffers * 3 // 4,
            max_rows=max_rows,
        )
    )
    return ini


def virtuoso_isql(sql_port: int, statements: str, *, timeout: float = 30) -> str:
    """Run SQL through ``isql-vt`` as ``dba`` (the fresh database's default password)."""
    isql = shutil.which("isql-vt") or shutil.which("isql")
    if isql is None:
        raise RuntimeError("isql-vt (Debian package virtuoso-opensource) is not installed")
    done = subprocess.run(
        [isql, f"{LOOPBACK}:{sql_port}", "dba", "dba", f"exec={statements}"],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
        raise RuntimeError(f"isql-vt failed: {(done.stdout + done.stderr).strip()[-500:]}")
    return done.stdout


def start_virtuoso(
    directory: Path,
    log_dir: Path,
    *,
    name: str = "virtuoso",
    buffers: int = 10_000,
    timeout: float = 60,
) -> Server:
    """A fresh Virtuoso (``virtuoso-t -f``) over ``directory``, granted what the remote backend needs.

    The query URL is ``/sparql`` (updates go to the same URL, whole graphs to
    ``/sparql-graph-crud``); its default graph is already the union of all graphs.
    """
    binary = shutil.which("virtuoso-t")
    if binary is None:
        raise RuntimeError("virtuoso-t (Debian package virtuoso-opensource) is not installed")
    sql_port, http_port = free_port(), free_port()
    while http_port == sql_port:
        http_port = free_port()
    ini = virtuoso_ini(directory, sql_port, http_port, buffers=buffers)
    server = _start(
        name,
        [binary, "-f", "-c", str(ini)],
        f"http://{LOOPBACK}:{http_port}/sparql",
        log_dir,
        timeout=timeout,
        cwd=ini.parent,
    )
    try:
        for grant in VIRTUOSO_GRANTS:
            try:
                virtuoso_isql(sql_port, grant)
            except RuntimeError as exc:
                if "already have role" not in str(exc):  # a database from an earlier run
                    raise
    except BaseException:
        server.stop()
        raise
    return server
