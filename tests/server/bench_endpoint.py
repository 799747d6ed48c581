"""Benchmark of the catalogue queries: our endpoint beside pyoxigraph directly and rdflib-endpoint.

One run prints, for each engine, the latency (p50, p95) of the catalogue
workload (``bench.workload``: every catalogue query with parameters that hit
the synthetic data of ``bench.generate``) run one at a time, and the
throughput with several clients at once:

* ``pyoxigraph``: the embedded store queried in this process, results
  serialised to SPARQL JSON (no HTTP: the floor);
* ``hankegraafi``: ``hankegraafi serve`` (waitress + query workers) over HTTP,
  the result cache off, so every request runs its query;
* ``hankegraafi+cache``: the same with the result cache on (the default);
* ``rdflib-endpoint``: the peer Python endpoint (FastAPI on uvicorn over an
  in-memory rdflib Dataset), given fewer rounds because it is slow.

Run from the repository root::

    .venv/bin/python -m tests.server.bench_endpoint --triples 100000 --rounds 5
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import requests

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[2]
PEER = """
import sys, uvicorn
from rdflib import Dataset
from rdflib_endpoint import SparqlEndpoint
ds = Dataset(default_union=True)
ds.parse(sys.argv[1], format="nquads")
uvicorn.run(SparqlEndpoint(graph=ds), host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
"""


@dataclass
class Figures:
    engine: str
    latencies: list[float] = field(default_factory=list)
    failures: int = 0
    throughput: float = 0.0
    per_query: dict[str, list[float]] = field(default_factory=dict)

    def p(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _measure(
    engine: str, run_one: Callable[[str, dict[str, str]], bool], rounds: int, clients: int, seconds: float
) -> Figures:
    from bench.workload import WORKLOAD, label

    fig = Figures(engine)
    for name, params in WORKLOAD:
        run_one(name, params)  # warm-up, not counted
    for _ in range(rounds):
        for name, params in WORKLOAD:
            start = time.perf_counter()
            ok = run_one(name, params)
            took = time.perf_counter() - start
            if not ok:
                fig.failures += 1
                continue
            fig.latencies.append(took)
            fig.per_query.setdefault(label(name, params), []).append(took)
    done = 0
    end = time.perf_counter() + seconds

    def client(offset: int) -> int:
        n = 0
        i = offset
        while time.perf_counter() < end:
            name, params = WORKLOAD[i % len(WORKLOAD)]
            if run_one(name, params):
                n += 1
            i += 1
        return n

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        done = sum(pool.map(client, range(clients)))
    fig.throughput = done / (time.perf_counter() - started)
    return fig


def _http_runner(url: str, timeout: float) -> Callable[[str, dict[str, str]], bool]:
    from bench.workload import sparql_text

    session = requests.Session()

    def run(name: str, params: dict[str, str]) -> bool:
        try:
            r = session.post(
                url,
                data={"query": sparql_text(name, params)},
                headers={"Accept": "application/sparql-results+json"},
                timeout=timeout,
            )
        except requests.RequestException:
            return False
        return r.status_code == 200

    return run


def _wait(url: str, proc: subprocess.Popen[bytes], limit: float) -> None:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"server at {url} exited with {proc.returncode}")
        try:
            if requests.get(url, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"server at {url} did not answer within {limit:g} s")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def bench_ours(store: Path, work: Path, args: argparse.Namespace, cache: bool) -> Figures:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANKEGRAAFI_")}
    env.update(
        {
            "HANKEGRAAFI_RATE_LIMIT": "1000000/minute",
            "HANKEGRAAFI_RESULT_CACHE_SECONDS": "300" if cache else "0",
            "HANKEGRAAFI_QUERY_TIMEOUT": str(args.timeout),
            "HANKEGRAAFI_QUERY_WORKERS": str(args.workers),
        }
    )
    exe = Path(sys.executable).with_name("hankegraafi")
    with (work / f"serve-{cache}.log").open("wb") as out:
        proc = subprocess.Popen(
            [str(exe), "serve", "--store", str(store), "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        _wait(url, proc, 60)
        name = "hankegraafi+cache" if cache else "hankegraafi"
        return _measure(name, _http_runner(url, args.timeout + 5), args.rounds, args.clients, args.seconds)
    finally:
        _stop(proc)


def bench_direct(store: Path, args: argparse.Namespace) -> Figures:
    from bench.workload import sparql_text
    from hankegraafi.store.embedded import EmbeddedStore

    st = EmbeddedStore(store, read_only=True)
    try:

        def run(name: str, params: dict[str, str]) -> bool:
            st.query_serialized(sparql_text(name, params), "application/sparql-results+json")
            return True

        return _measure("pyoxigraph", run, args.rounds, args.clients, args.seconds)
    finally:
        st.close()


def bench_peer(data: Path, work: Path, args: argparse.Namespace) -> Figures:
    port = _free_port()
    with (work / "peer.log").open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-c", PEER, str(data), str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait(url, proc, 600)
        return _measure(
            "rdflib-endpoint",
            _http_runner(url, args.peer_timeout),
            args.peer_rounds,
            args.clients,
            args.seconds,
        )
    finally:
        _stop(proc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5, help="sequential passes over the workload")
    parser.add_argument("--peer-rounds", type=int, default=1)
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients for throughput")
    parser.add_argument("--seconds", type=float, default=10.0, help="length of the throughput run")
    parser.add_argument("--workers", type=int, default=2, help="query worker processes of our server")
    parser.add_argument("--timeout", type=float, default=30.0, help="our query deadline")
    parser.add_argument("--peer-timeout", type=float, default=60.0)
    parser.add_argument("--skip-peer", action="store_true")
    parser.add_argument("--per-query", action="store_true", help="also print p50 per catalogue query")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    sys.path.insert(0, str(REPO))
    from bench.generate import write_nquads
    from hankegraafi.store.embedded import EmbeddedStore

    with tempfile.TemporaryDirectory(prefix="hg-bench-") as tmp:
        work = Path(tmp)
        data = work / "data.nq"
        with data.open("wb") as fh:
            stats = write_nquads(fh, args.triples)
        store = work / "store"
        st = EmbeddedStore(store)
        st.load(data, "nq")
        quads = st.count()
        st.close()
        log.info("generated %s quads (%s)", quads, type(stats).__name__)
        figures = [
            bench_direct(store, args),
            bench_ours(store, work, args, cache=False),
            bench_ours(store, work, args, cache=True),
        ]
        if not args.skip_peer:
            figures.append(bench_peer(data, work, args))
    from bench.workload import WORKLOAD

    out = io.StringIO()
    out.write(
        f"\ncatalogue workload: {len(WORKLOAD)} queries, {quads} quads, {args.clients} clients "
        f"for throughput, {args.workers} query workers\n"
    )
    out.write(
        f"{'engine':<20}{'runs':>6}{'fail':>6}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}{'queries/s':>12}\n"
    )
    for f in figures:
        out.write(
            f"{f.engine:<20}{len(f.latencies):>6}{f.failures:>6}{f.p(0.5) * 1000:>10.1f}"
            f"{f.p(0.95) * 1000:>10.1f}{max(f.latencies, default=float('nan')) * 1000:>10.1f}"
            f"{f.throughput:>12.1f}\n"
        )
    if args.per_query:
        out.write(
            "\np50 ms per query\n" + f"{'query':<44}" + "".join(f"{f.engine:>20}" for f in figures) + "\n"
        )
        for name in figures[0].per_query:
            cells = "".join(
                f"{statistics.median(f.per_query[name]) * 1000:>20.1f}" if name in f.per_query else f"{'-':>20}"
                for f in figures
            )
            out.write(f"{name[:43]:<44}{cells}\n")
    sys.stdout.write(out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
