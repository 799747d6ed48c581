"""The benchmark command: every figure of issue 8, ours beside the peers, in one run.

    .venv/bin/python -m bench.run --quick        # a few minutes: 10^5 triples, short load tests
    .venv/bin/python -m bench.run                # 10^5 and 10^6 triples, longer load tests
    .venv/bin/python -m bench.run --with-1e7     # adds 10^7 triples (bulk load and catalogue; long)

It writes ``bench/results/<date>-<machine>.md`` (tables, date, machine,
versions, load average), the PNG plots beside it and the raw figures as JSON,
and prints the summary table.

Each measurement runs in a child process of its own (``--worker``), so that
its peak memory (``ru_maxrss``) is its own; servers are measured by the peak
memory of their whole process tree. Engines compared:

* **ours** — ``EmbeddedStore`` (pyoxigraph on disk) through the query
  catalogue, and ``hankegraafi serve`` (waitress + query workers) over HTTP;
* **pyoxigraph** — the same SPARQL text run by pyoxigraph directly in the
  process (on disk, and in memory): the ceiling of our embedded engine;
* **rdflib** — rdflib's in-memory SPARQL engine on a ``Dataset``;
* **rdflib-endpoint** — the peer Python endpoint (FastAPI, uvicorn) on rdflib;
* **oxigraph-server** — the Oxigraph server (Rust), also our remote backend.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

log = logging.getLogger("bench")

RESULTS_DIR = Path(__file__).parent / "results"
SIZES_QUICK = (100_000,)
SIZES_FULL = (100_000, 1_000_000)
SIZE_1E7 = 10_000_000


# -- helpers -------------------------------------------------------------------------


def peak_rss_mb() -> float:
    """Peak resident memory of this process since it started its program.

    ``VmHWM`` and not ``ru_maxrss``: Linux carries ``ru_maxrss`` across exec, so a
    worker would report the benchmark parent's size at fork if that was larger.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def percentile(values: Sequence[float], q: float) -> float:
    from bench.loadgen import percentile as p

    return p(values, q)


def size_name(n: int) -> str:
    exp = len(str(n)) - 1
    return f"10^{exp}" if n == 10**exp else f"{n:,}"


class Timeout(Exception):
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise Timeout


def run_bounded(fn: Callable[[], Any], seconds: float) -> Any:
    """Run pure-Python work (rdflib) under a wall-clock bound (SIGALRM, main thread only)."""
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return fn()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def call_worker(task: str, args: dict[str, Any], timeout: float = 7200) -> dict[str, Any]:
    """Run one measurement in a child process and return its figures."""
    cmd = [sys.executable, "-m", "bench.run", "--worker", task, json.dumps(args)]
    log.info("worker %s %s", task, {k: v for k, v in args.items() if k != "queries"})
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=Path.cwd())
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("RESULT "):
            return json.loads(line[7:])  # type: ignore[no-any-return]
    tail = (proc.stderr or proc.stdout)[-2000:]
    return {"error": f"worker {task} failed (exit {proc.returncode}): {tail}"}


# -- workers (each in its own process) -------------------------------------------------


def w_bulk(args: dict[str, Any]) -> dict[str, Any]:
    """Bulk load one N-Quads file with one engine."""
    data = Path(args["data"])
    engine = args["engine"]
    target = Path(args["target"]) if args.get("target") else None
    if target is not None:
        shutil.rmtree(target, ignore_errors=True)
    started = time.perf_counter()
    if engine in ("ours", "ours-lenient", "ours-1-thread"):
        from hankegraafi.store.embedded import EmbeddedStore

        store = EmbeddedStore(target)
        threads = 1 if engine == "ours-1-thread" else None
        quads = store.load(data, "nq", lenient=engine == "ours-lenient", threads=threads)
        store.close()
    elif engine in ("pyoxigraph-disk", "pyoxigraph-memory"):
        import pyoxigraph as ox

        st = ox.Store(str(target)) if engine == "pyoxigraph-disk" else ox.Store()
        st.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
        quads = len(st)
        if engine == "pyoxigraph-disk":
            st.flush()
        del st
    elif engine == "rdflib":
        from rdflib import Dataset

        ds = Dataset(default_union=True)
        ds.parse(str(data), format="nquads")
        quads = len(ds)
    elif engine == "oxigraph-server":
        proc = subprocess.run(
            [
                str(Path(sys.executable).parent / "oxigraph"),
                "load",
                "--location",
                str(target),
                "--file",
                str(data),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            return {"error": proc.stderr[-500:]}
        import pyoxigraph as ox

        quads = int(args["quads"])
    else:
        raise ValueError(f"unknown bulk engine {engine!r}")
    seconds = time.perf_counter() - started
    peak = max(peak_rss_mb(), children_peak_rss_mb())
    return {"quads": quads, "seconds": seconds, "rate": quads / seconds, "peak_mb": peak}


def _rows_of(result: Any) -> int:
    """Consume a pyoxigraph result fully, reading every value (as a client would)."""
    n = 0
    for solution in result:
        for value in solution:
            if value is not None:
                _ = value.value
        n += 1
    return n


def w_catalogue(args: dict[str, Any]) -> dict[str, Any]:
    """Latency of every workload query, ``reps`` times, on one engine."""
    from bench.workload import WORKLOAD, label, sparql_text

    engine = args["engine"]
    reps = int(args["reps"])
    limit = float(args.get("timeout", 60))
    started = time.perf_counter()
    runner: Callable[[str, dict[str, str]], int]
    if engine in ("ours", "ours-stored"):  # ours-stored: the store after its derived step (Bench.derived_store)
        from hankegraafi.queries import run
        from hankegraafi.store.embedded import EmbeddedStore

        store = EmbeddedStore(Path(args["store"]), read_only=True)

        def runner(name: str, params: dict[str, str]) -> int:
            return len(run(store, name, params))
    elif engine in ("pyoxigraph-disk", "pyoxigraph-memory"):
        import pyoxigraph as ox

        if engine == "pyoxigraph-disk":
            ox_store = ox.Store.read_only(args["store"])
        else:
            ox_store = ox.Store()
            ox_store.bulk_load(path=args["data"], format=ox.RdfFormat.N_QUADS)

        def runner(name: str, params: dict[str, str]) -> int:
            return _rows_of(ox_store.query(sparql_text(name, params), use_default_graph_as_union=True))
    elif engine == "rdflib":
        from rdflib import Dataset

        ds = Dataset(default_union=True)
        ds.parse(args["data"], format="nquads")

        def runner(name: str, params: dict[str, str]) -> int:
            return len(list(ds.query(sparql_text(name, params))))
    else:
        raise ValueError(f"unknown catalogue engine {engine!r}")
    open_seconds = time.perf_counter() - started
    queries: list[dict[str, Any]] = []
    for name, params in WORKLOAD:
        entry: dict[str, Any] = {"query": name, "label": label(name, params), "ms": [], "rows": None}
        try:
            t0 = time.perf_counter()
            entry["rows"] = (
                run_bounded(lambda n=name, p=params: runner(n, p), limit)
                if engine == "rdflib"
                else runner(name, params)
            )
            first = (time.perf_counter() - t0) * 1000
            entry["first_ms"] = first
            # Warm-up run done; slow engines get fewer repetitions within the bound.
            n = reps if first < limit * 1000 / max(reps, 1) else 1
            for _ in range(n):
                t0 = time.perf_counter()
                if engine == "rdflib":
                    run_bounded(lambda n=name, p=params: runner(n, p), limit)
                else:
                    runner(name, params)
                entry["ms"].append((time.perf_counter() - t0) * 1000)
        except Timeout:
            entry["timeout_s"] = limit
        except Exception as exc:
            entry["error"] = f"{type(exc).__name__}: {exc}"[:300]
        queries.append(entry)
    return {"open_seconds": open_seconds, "queries": queries, "peak_mb": peak_rss_mb()}


def w_direct_throughput(args: dict[str, Any]) -> dict[str, Any]:
    """pyoxigraph queried directly in this process by ``threads`` threads: queries/s with JSON results."""
    import pyoxigraph as ox

    from bench.loadgen import percentile as pct
    from bench.workload import WORKLOAD, sparql_text

    st = ox.Store.read_only(args["store"])
    texts = [sparql_text(n, p) for n, p in WORKLOAD]
    threads, duration = int(args["threads"]), float(args["duration"])
    lat: list[float] = []
    lock = threading.Lock()
    stop_at = time.perf_counter() + duration

    def work(k: int) -> None:
        mine, i = [], k
        while True:
            t0 = time.perf_counter()
            if t0 >= stop_at:
                break
            body = st.query(texts[i % len(texts)], use_default_graph_as_union=True).serialize(
                format=ox.QueryResultsFormat.JSON
            )
            assert body
            i += 1
            t1 = time.perf_counter()
            if t1 <= stop_at:
                mine.append(t1 - t0)
        with lock:
            lat.extend(mine)

    pool = [threading.Thread(target=work, args=(k,)) for k in range(threads)]
    stop_at = time.perf_counter() + duration
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    ms = [x * 1000 for x in lat]
    return {
        "concurrency": threads,
        "throughput": len(ms) / duration,
        "p50_ms": pct(ms, 0.5),
        "p95_ms": pct(ms, 0.95),
        "requests": len(ms),
        "peak_mb": peak_rss_mb(),
    }


def _shacl_engine() -> str:
    """The engine validation ran on (shapes/turbo.py decides)."""
    from hankegraafi.shapes import turbo

    return "pyshacl-turbo" if turbo.available() else "pyshacl"


def w_ingest(args: dict[str, Any]) -> dict[str, Any]:
    """Ingest the synthetic documents end to end (read, extract, map, validate, store)."""
    from hankegraafi.ingest.pipeline import Ingester
    from hankegraafi.settings import Config
    from hankegraafi.store.embedded import EmbeddedStore

    target = Path(args["store"])
    shutil.rmtree(target, ignore_errors=True)
    paths = sorted(Path(args["docs"]).iterdir())
    store = EmbeddedStore(target)
    ingester = Ingester(store, Config.load(), validate=bool(args["validate"]), force=True)
    ingester.ensure_reference_graphs()
    # Warm up outside the clock: the first document pays for reading the shapes, the
    # vocabularies and Voikko once per process (reported as first_document_s).
    warm = time.perf_counter()
    first = ingester.ingest(paths[0])
    first_seconds = time.perf_counter() - warm
    started, cpu = time.perf_counter(), time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    outcomes = [first, *ingester.ingest_all(paths[1:], jobs=int(args.get("jobs", 1)))]
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU of this process and of its (ended) workers: on a loaded machine the figure the wall clock is not
    cpu += (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    timed = len(outcomes) - 1
    store.close()
    stored = [o for o in outcomes if o.status == "stored"]
    by_status: dict[str, int] = {}
    for o in outcomes:
        by_status[o.status] = by_status.get(o.status, 0) + 1
    triples = sum(o.triples for o in stored)
    return {
        "documents": len(outcomes),
        "stored": len(stored),
        "status": by_status,
        "triples": triples,
        "seconds": seconds,
        "first_document_s": first_seconds,
        "docs_per_s": timed / seconds,
        "cpu_ms_per_doc": 1000 * cpu / max(timed, 1),
        "shacl_engine": _shacl_engine() if args["validate"] else "",
        "triples_per_s": (triples - first.triples) / seconds,
        "peak_mb": peak_rss_mb(),
        "errors": [o.error for o in outcomes if o.error][:5],
    }


def w_shacl(args: dict[str, Any]) -> dict[str, Any]:
    """Validation time against the number of documents (each graph on its own) and against graph size (one graph)."""
    from rdflib import Graph

    from bench.generate import RdfGenerator
    from hankegraafi.shapes import validate

    gen = RdfGenerator(int(args["seed"]))
    most = max([*args["counts"], 1])
    graphs = []
    for i in range(most):
        g = Graph()
        g.parse(data=gen.document(i).ntriples(), format="nt")
        graphs.append(g)
    validate(graphs[0])  # shapes and background read once
    per_doc = []
    for count in args["counts"]:
        t0 = time.perf_counter()
        conforming = sum(1 for g in graphs[:count] if validate(g).conforms)
        seconds = time.perf_counter() - t0
        per_doc.append(
            {
                "documents": count,
                "triples": sum(len(g) for g in graphs[:count]),
                "seconds": seconds,
                "conforming": conforming,
            }
        )
    whole = []
    limit = float(args.get("timeout", 300))
    for size in args["sizes"]:
        merged = Graph()
        i = 0
        while len(merged) < size:
            if i >= len(graphs):
                g = Graph()
                g.parse(data=gen.document(i).ntriples(), format="nt")
                graphs.append(g)
            for t in graphs[i]:
                merged.add(t)
            i += 1
        t0 = time.perf_counter()
        try:
            report = run_bounded(lambda m=merged: validate(m), limit)
            whole.append(
                {
                    "triples": len(merged),
                    "documents": i,
                    "seconds": time.perf_counter() - t0,
                    "conforms": report.conforms,
                }
            )
        except Timeout:
            whole.append({"triples": len(merged), "documents": i, "timeout_s": limit})
            break
    return {"per_document": per_doc, "one_graph": whole, "peak_mb": peak_rss_mb()}


def w_derive(args: dict[str, Any]) -> dict[str, Any]:
    """The derived step after a bulk load, as ``hankegraafi load`` runs it (every derived graph,
    the catalogue's answers stored), then ``optimize()``: what the product serves from."""
    from hankegraafi.ingest import derived
    from hankegraafi.store.embedded import EmbeddedStore

    store = EmbeddedStore(Path(args["store"]))
    base = str(store.base_iri)
    steps: dict[str, float] = {}
    started, cpu = time.perf_counter(), time.process_time()
    for step in derived.steps():
        t0 = time.perf_counter()
        step.recompute(store, base)
        steps[step.name] = time.perf_counter() - t0
    derive_seconds, derive_cpu = time.perf_counter() - started, time.process_time() - cpu
    from rdflib import Graph, Literal

    from hankegraafi.ontology.namespaces import HG

    stamp = Graph()  # as recompute_all stamps a whole rebuild (each step above raises on a failure)
    stamp.add((derived.stamp_graph_iri(base), HG.sha256, Literal(derived.documents_state(store, base))))
    store.replace_graph(derived.stamp_graph_iri(base), stamp)
    t0 = time.perf_counter()
    store.optimize()
    optimize_seconds = time.perf_counter() - t0
    quads = store.count()
    stale = derived.missing(store, base)
    store.close()
    return {
        "seconds": derive_seconds,
        "cpu_seconds": derive_cpu,
        "steps": steps,
        "optimize_seconds": optimize_seconds,
        "quads": quads,
        "stale": stale,
        "peak_mb": peak_rss_mb(),
    }


WORKERS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "bulk": w_bulk,
    "catalogue": w_catalogue,
    "derive": w_derive,
    "direct": w_direct_throughput,
    "ingest": w_ingest,
    "shacl": w_shacl,
}


# -- the sections --------------------------------------------------------------------


def summarise_latency(entry: dict[str, Any]) -> dict[str, Any]:
    """p50/p95 over every query's repetitions, and the slowest query's p95."""
    samples = [x for q in entry.get("queries", []) for x in q["ms"]]
    worst = max(
        ((percentile(q["ms"], 0.95), q["label"]) for q in entry.get("queries", []) if q["ms"]),
        default=(float("nan"), ""),
    )
    timeouts = [q["label"] for q in entry.get("queries", []) if "timeout_s" in q]
    return {
        "p50_ms": percentile(samples, 0.5),
        "p95_ms": percentile(samples, 0.95),
        "mean_ms": statistics.fmean(samples) if samples else float("nan"),
        "worst_query": worst[1],
        "worst_p95_ms": worst[0],
        "timeouts": timeouts,
        "complete": not timeouts and all(q["ms"] for q in entry.get("queries", [])),
    }


def _code_version() -> str:
    """The checkout's commit and whether its tree differs (a derived store follows the code that built it)."""
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=False).stdout
        dirty = subprocess.run(
            ["git", "status", "--porcelain"], capture_output=True, text=True, check=False
        ).stdout
    except OSError:
        return "unknown"
    return head.strip() + (" dirty" if dirty.strip() else "")


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.quick = args.quick
        self.work = Path(args.work)
        self.work.mkdir(parents=True, exist_ok=True)
        self.results: dict[str, Any] = {"sections": {}}
        self.tiny = args.tiny
        self.sizes = [20_000] if self.tiny else list(SIZES_QUICK if self.quick else SIZES_FULL)
        if args.with_1e7:
            self.sizes.append(SIZE_1E7)
        self.rdflib_up_to = args.rdflib_up_to or (100_000 if self.quick or self.tiny else 1_000_000)
        self.reps = args.reps or (1 if self.tiny else 3 if self.quick else 10)
        self.load_seconds = args.load_seconds or (1.0 if self.tiny else 4.0 if self.quick else 12.0)

    # data ------------------------------------------------------------------------
    def data(self, size: int) -> Path:
        from bench.generate import generate_file

        path = self.work / f"synthetic-{size}-seed{self.args.seed}.nq"
        stats = generate_file(path, size, seed=self.args.seed)
        self.results.setdefault("data", {})[str(size)] = asdict(stats)
        return path

    def store(self, size: int) -> Path:
        """Our embedded store of ``size``, loaded once (its stamp names the data file)."""
        data = self.data(size)
        target = self.work / f"store-{size}"
        stamp = target / ".bench-stamp"
        key = data.name + " " + data.with_name(data.name + ".stamp").read_text().split("\n")[1]
        if stamp.exists() and stamp.read_text() == key:
            return target
        r = call_worker("bulk", {"engine": "ours", "data": str(data), "target": str(target)})
        if "error" in r:
            raise RuntimeError(r["error"])
        stamp.write_text(key)
        return target

    def derived_store(self, size: int) -> Path:
        """A copy of :meth:`store` after the derived step (``w_derive``: as ``hankegraafi load``
        leaves a store, the catalogue's whole-graph answers stored), made once per data and code."""
        store = self.store(size)
        target = self.work / f"store-{size}-derived"
        stamp = target / ".bench-stamp"
        key = (store / ".bench-stamp").read_text() + " " + _code_version()
        if stamp.exists() and stamp.read_text() == key:
            return target
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(store, target)
        r = call_worker("derive", {"store": str(target)})
        self.results.setdefault("derive", {})[str(size)] = r
        if "error" in r:
            raise RuntimeError(r["error"])
        stamp.write_text(key)
        return target

    def oxigraph_location(self, size: int) -> Path:
        target = self.work / f"oxigraph-{size}"
        stamp = target / ".bench-stamp"
        data = self.data(size)
        if stamp.exists() and stamp.read_text() == data.name:
            return target
        r = call_worker(
            "bulk", {"engine": "oxigraph-server", "data": str(data), "target": str(target), "quads": 0}
        )
        if "error" in r:
            raise RuntimeError(r["error"])
        stamp.write_text(data.name)
        return target

    def section(self, name: str, fn: Callable[[], Any]) -> None:
        if self.args.only and name not in self.args.only:
            return
        log.info("== %s", name)
        before = os.getloadavg()
        started = time.perf_counter()
        try:
            value = fn()
        except Exception as exc:  # one failed section must not lose the others
            log.exception("section %s failed", name)
            value = {"error": f"{type(exc).__name__}: {exc}"}
        self.results["sections"][name] = {
            "value": value,
            "seconds": time.perf_counter() - started,
            "loadavg_before": before,
            "loadavg_after": os.getloadavg(),
        }
        self.save()

    def save(self) -> None:
        path = self.work / "results.json"
        path.write_text(json.dumps(self.results, indent=1, default=str), encoding="utf-8")

    # sections --------------------------------------------------------------------
    def bulk(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for size in self.sizes:
            data = self.data(size)
            quads = self.results["data"][str(size)]["quads"]
            engines = ["ours", "ours-lenient", "pyoxigraph-disk", "pyoxigraph-memory", "oxigraph-server"]
            if size <= self.rdflib_up_to:
                engines.append("rdflib")
            row = {}
            for engine in engines:
                target = (
                    str(self.work / f"bulk-{engine}") if engine not in ("pyoxigraph-memory", "rdflib") else None
                )
                row[engine] = call_worker(
                    "bulk", {"engine": engine, "data": str(data), "target": target, "quads": quads}
                )
                if target:
                    shutil.rmtree(target, ignore_errors=True)
            out[str(size)] = row
        return out

    def catalogue(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for size in self.sizes:
            store = self.store(size)
            data = self.data(size)
            row: dict[str, Any] = {}
            engines = ["ours", "ours-stored", "pyoxigraph-disk", "pyoxigraph-memory"]
            if size <= self.rdflib_up_to:
                engines.append("rdflib")
            for engine in engines:
                reps = self.reps if engine != "rdflib" else max(1, self.reps // 3)
                timeout = 30.0 if engine == "rdflib" else 300.0
                r = call_worker(
                    "catalogue",
                    {
                        "engine": engine,
                        "store": str(self.derived_store(size) if engine == "ours-stored" else store),
                        "data": str(data),
                        "reps": reps,
                        "timeout": timeout,
                    },
                )
                if "queries" in r:
                    r["summary"] = summarise_latency(r)
                row[engine] = r
            out[str(size)] = row
        return out

    def endpoint(self) -> dict[str, Any]:
        from bench import servers
        from bench.workload import WORKLOAD, sparql_text

        queries = [sparql_text(n, p) for n, p in WORKLOAD]
        qfile = self.work / "workload.json"
        qfile.write_text(json.dumps(queries), encoding="utf-8")
        levels = [1, 8, 32]
        sizes = self.sizes[:1] if self.quick or self.tiny else [100_000, 1_000_000]
        out: dict[str, Any] = {}
        logs = self.work / "logs"
        for size in sizes:
            store = self.store(size)
            data = self.data(size)
            row: dict[str, Any] = {}
            direct = {}
            for threads in (1, 2):
                direct[str(threads)] = call_worker(
                    "direct", {"store": str(store), "threads": threads, "duration": self.load_seconds}
                )
            row["pyoxigraph-direct"] = direct
            starters: list[tuple[str, Callable[[], servers.Server]]] = [
                ("ours", lambda s=store: servers.start_ours(s, logs)),
                ("oxigraph-server", lambda sz=size: servers.start_oxigraph(self.oxigraph_location(sz), logs)),
            ]
            if size <= 100_000 and not self.args.no_rdflib_endpoint:
                starters.append(("rdflib-endpoint", lambda d=data: servers.start_rdflib_endpoint(d, logs)))
            if not self.quick:
                starters.append(
                    ("ours-cached", lambda s=store: servers.start_ours(s, logs, name="ours-cached", cache=True))
                )
            for name, start in starters:
                try:
                    server = start()
                except RuntimeError as exc:
                    row[name] = {"error": str(exc)}
                    continue
                with server:
                    levels_out = {}
                    for c in levels:
                        levels_out[str(c)] = self._load(server.url, qfile, c)
                    row[name] = {
                        "levels": levels_out,
                        "peak_mb": server.peak_rss_mb(),
                        "pss_mb": server.pss_mb(),  # right after the largest load
                        "ready_s": server.ready_seconds,
                    }
            if not self.quick:
                row["ours-remote"] = self._remote(size, qfile, logs, levels)
            out[str(size)] = row
        return out

    def _remote(self, size: int, qfile: Path, logs: Path, levels: list[int]) -> dict[str, Any]:
        """Our server with the remote backend: queries go to an Oxigraph server over HTTP."""
        from bench import servers

        backend = servers.start_oxigraph(self.oxigraph_location(size), logs, name="oxigraph-backend")
        with backend, servers.start_ours(backend.url, logs, name="ours-remote") as ours:
            result = {str(c): self._load(ours.url, qfile, c) for c in levels}
            return {"levels": result, "peak_mb": ours.peak_rss_mb() + backend.peak_rss_mb()}

    def _load(self, url: str, qfile: Path, concurrency: int) -> dict[str, Any]:
        cmd = [
            sys.executable, "-m", "bench.loadgen", url, str(qfile),
            "--concurrency", str(concurrency), "--duration", str(self.load_seconds),
        ]  # fmt: skip
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=self.load_seconds + 600)
        for line in proc.stdout.splitlines():
            if line.startswith("RESULT "):
                return json.loads(line[7:])  # type: ignore[no-any-return]
        return {"error": proc.stderr[-1000:]}

    def ingest(self) -> dict[str, Any]:
        from bench.generate import write_documents

        count = self.args.docs or (4 if self.tiny else 24 if self.quick else 120)
        docs = self.work / f"docs-{count}-seed{self.args.seed}"
        if not docs.exists() or len(list(docs.iterdir())) != count:
            shutil.rmtree(docs, ignore_errors=True)
            write_documents(docs, count, seed=self.args.seed)
        out = {}
        cpus = os.cpu_count() or 1
        runs = [("with_validation", True, 1), ("without_validation", False, 1)]
        if cpus > 1:  # the command line's default: one worker process per CPU
            runs.append((f"with_validation_{cpus}_workers", True, cpus))
        for name, validate, jobs in runs:
            out[name] = call_worker(
                "ingest",
                {
                    "docs": str(docs),
                    "store": str(self.work / "ingest-store"),
                    "validate": validate,
                    "jobs": jobs,
                },
            )
        shutil.rmtree(self.work / "ingest-store", ignore_errors=True)
        return out

    def shacl(self) -> dict[str, Any]:
        counts = [1, 2] if self.tiny else [1, 8, 24] if self.quick else [1, 10, 50, 100]
        sizes = [1_000] if self.tiny else [1_000, 5_000, 10_000] if self.quick else [1_000, 10_000, 30_000]
        return call_worker("shacl", {"seed": self.args.seed, "counts": counts, "sizes": sizes, "timeout": 300})


# -- machine ---------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    from importlib.metadata import PackageNotFoundError, version

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for pkg in (
        "hankegraafi",
        "pyoxigraph",
        "rdflib",
        "pyshacl",
        "pyshacl-turbo",
        "rdflib-endpoint",
        "flask",
        "waitress",
        "uvicorn",
    ):
        try:
            versions[pkg] = version(pkg)
        except PackageNotFoundError:
            versions[pkg] = "-"
    try:
        ox = subprocess.run(
            [str(Path(sys.executable).parent / "oxigraph"), "--version"],
            capture_output=True,
            text=True,
            timeout=10,
        )
        versions["oxigraph server"] = ox.stdout.strip().split()[-1] if ox.stdout.strip() else "-"
    except OSError:
        versions["oxigraph server"] = "-"
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=10
        ).stdout.strip()
    except OSError:
        commit = ""
    import psutil

    return {
        "host": platform.node(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "versions": versions,
        "commit": commit,
    }


# -- command line ------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "--worker":
        task, payload = argv[1], json.loads(argv[2])
        logging.basicConfig(level=logging.WARNING)
        result = WORKERS[task](payload)
        sys.stdout.write("RESULT " + json.dumps(result, default=str) + "\n")
        return 0
    parser = argparse.ArgumentParser(
        prog="python -m bench.run",
        description="Suorituskykymittaukset / Benchmarks: ours beside rdflib, rdflib-endpoint, pyoxigraph and the Oxigraph server.",
    )
    parser.add_argument(
        "--quick", action="store_true", help="10^5 triples and short load tests (a few minutes)"
    )
    parser.add_argument("--tiny", action="store_true", help=argparse.SUPPRESS)  # the smoke test's size
    parser.add_argument(
        "--with-1e7", action="store_true", help="add 10^7 triples (bulk load and catalogue; long)"
    )
    parser.add_argument(
        "--only",
        nargs="*",
        choices=["bulk", "catalogue", "endpoint", "ingest", "shacl"],
        help="run only these sections",
    )
    parser.add_argument(
        "--work",
        default=str(Path(tempfile.gettempdir()) / "hankegraafi-bench"),
        help="folder for data and stores (reused)",
    )
    parser.add_argument("--out", type=Path, default=RESULTS_DIR, help="folder of the report")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--reps", type=int, default=0, help="repetitions of each catalogue query")
    parser.add_argument("--load-seconds", type=float, default=0.0, help="seconds per concurrency level")
    parser.add_argument("--docs", type=int, default=0, help="documents for the ingest section")
    parser.add_argument(
        "--rdflib-up-to",
        type=int,
        default=0,
        help="largest graph rdflib is measured on (default 10^6; 10^5 with --quick)",
    )
    parser.add_argument("--no-rdflib-endpoint", action="store_true", help="leave out the rdflib-endpoint peer")
    parser.add_argument("--note", default="", help="a line for the report (e.g. what else ran on the machine)")
    args = parser.parse_args(argv)
    if args.reps < 0 or args.load_seconds < 0 or args.docs < 0 or args.rdflib_up_to < 0:
        parser.error("--reps, --load-seconds and --docs must be zero (default) or more")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    bench = Bench(args)
    bench.results["machine"] = machine()
    bench.results["started"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    bench.results["mode"] = (
        "tiny" if args.tiny else "quick" if args.quick else ("full+1e7" if args.with_1e7 else "full")
    )
    bench.results["note"] = args.note
    bench.results["only"] = args.only or []
    bench.results["command"] = "python -m bench.run " + " ".join(argv)
    bench.section("bulk", bench.bulk)
    bench.section("catalogue", bench.catalogue)
    bench.section("endpoint", bench.endpoint)
    bench.section("ingest", bench.ingest)
    bench.section("shacl", bench.shacl)
    bench.results["finished"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    bench.save()
    from bench.report import write_report

    md = write_report(bench.results, args.out)
    sys.stdout.write(md.read_text(encoding="utf-8") + f"\n(report: {md})\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
