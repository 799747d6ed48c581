"""Issue 17's serving figures in one run, side by side, as ratios (small scale by default).

    .venv/bin/python -m bench.speed                      # 10^5 triples (a few minutes on 2 cores)
    .venv/bin/python -m bench.speed --size 1000000       # 10^6 (long; only on a quiet machine)

What it prints, for one store of ``bench.generate`` data:

* **bulk load**: seconds, and the store's files and bytes right after our chunked load and after
  ``Store.optimize()`` (which :meth:`EmbeddedStore.load` now ends with);
* **derived graphs**: the seconds of each derived step (curation, canonical, inferred, stored
  answers) after the load, as ``hankegraafi load`` runs them;
* **catalogue**: p50/p95 per query with its default parameters (and the workload's calls),
  run live by ``queries.run`` and from the answer stored at write time, and their ratio;
* **catalogue over HTTP** (``--only catalogue_http``): each of those calls as ``GET
  /queries/NAME`` on ``hankegraafi serve``, in JSON and CSV, p50/p95 and bytes (``--stored-only``
  leaves the live ``queries.run`` timings out: at 10^7 triples they take most of an hour);
* **first page after a start**: ``hankegraafi serve`` started, the time to its first HTML
  resource page and to the second;
* **a cheap ASK through /sparql** beside the native ``oxigraph serve-read-only`` on the same
  store, requests alternated one by one on one keep-alive connection each: requests/s and ratio;
  then under closed-loop load at 8 and 32 connections (``bench.loadgen`` in its own process);
* **the catalogue over HTTP**: each stored call as ``/queries/NAME`` (the stored answer), the
  same text with a comment added on ``/sparql`` (not stored: live) and on the native server;
* **lookups** (``--only lookups``): cheap queries through ``/sparql`` at 8 and 32 connections by
  ``wrk`` (a C load generator, so that the native server's figure is not the generator's ceiling;
  ``apt-get install wrk``), this code, another checkout's (``--old-code``) and the native server
  in turns: the same ASK every time, an ASK on a different project each time, and a SELECT of a
  project's triples; then the memory of each of our servers' processes (PSS) after that load,
  and the hand-over of one query in one process: a query worker, the local lane, the native
  server over loopback HTTP;
* **resource pages** (``--only pages``, :mod:`bench.pages_speed`): the first pages after a start
  and uncached project, organisation and county pages at 1, 8 and 32 connections, this code beside
  another checkout's (``--old-code``) in the same run.

Servers run on loopback and are stopped by their process id. Nothing here is a test: the
figures depend on the machine and its load, which the report states.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import http.client
import json
import logging
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

log = logging.getLogger("bench.speed")


def store_files(path: Path) -> tuple[int, int]:
    """Files and bytes of a store directory (RocksDB's SST files, logs and manifests)."""
    files = [p for p in path.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def pct(values: Sequence[float], q: float) -> float:
    from bench.loadgen import percentile

    return percentile(values, q)


def timed(fn: Callable[[], Any], reps: int) -> list[float]:
    """Milliseconds of ``reps`` calls after one warm-up call."""
    fn()
    out = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


# -- sections ----------------------------------------------------------------------------


def bulk(data: Path, target: Path) -> dict[str, Any]:
    """Our chunked bulk load; files and bytes before and after ``optimize()``."""
    from hankegraafi.store.embedded import EmbeddedStore

    shutil.rmtree(target, ignore_errors=True)
    store = EmbeddedStore(target)
    t0 = time.perf_counter()
    quads = store.load(data, "nq", optimize=False)
    load_s = time.perf_counter() - t0
    store.flush()
    files_before, bytes_before = store_files(target)
    t0 = time.perf_counter()
    store.optimize()
    optimize_s = time.perf_counter() - t0
    store.flush()
    files_after, bytes_after = store_files(target)
    store.close()
    return {
        "quads": quads,
        "load_s": load_s,
        "optimize_s": optimize_s,
        "files_before": files_before,
        "mb_before": bytes_before / 1e6,
        "files_after": files_after,
        "mb_after": bytes_after / 1e6,
    }


def derive(target: Path) -> dict[str, Any]:
    """Each derived step's seconds after the load (what ``hankegraafi load`` does after loading)."""
    from hankegraafi.ingest import derived
    from hankegraafi.store.embedded import EmbeddedStore

    store = EmbeddedStore(target)
    base = str(store.base_iri)
    out: dict[str, Any] = {}
    try:
        for step in derived.steps():
            t0 = time.perf_counter()
            step.recompute(store, base)
            out[step.name] = time.perf_counter() - t0
        t0 = time.perf_counter()
        derived.recompute_all(store, base)
        out["all steps again (recompute_all)"] = time.perf_counter() - t0
    finally:
        store.close()
    return out


def catalogue_calls() -> list[tuple[str, dict[str, str]]]:
    """Every query with its default parameters, then the workload's other calls."""
    from bench.workload import WORKLOAD
    from hankegraafi.queries import load_catalogue

    calls: list[tuple[str, dict[str, str]]] = [
        (q.name, {}) for q in load_catalogue().values() if not any(p.required for p in q.params)
    ]
    return calls + [c for c in WORKLOAD if c not in calls]


def catalogue(target: Path, reps: int, *, live: bool = True) -> list[dict[str, Any]]:
    """p50/p95 of each call through ``queries.run`` (rows of terms), live (unless ``live`` is
    False: a 10^7 store's live calls take most of an hour) and (where one is stored) from the
    stored answer, and their ratio."""
    from bench.workload import label
    from hankegraafi.queries import answers, run
    from hankegraafi.store.embedded import EmbeddedStore

    store = EmbeddedStore(target, read_only=True)
    rows: list[dict[str, Any]] = []
    try:
        for name, params in catalogue_calls():
            entry: dict[str, Any] = {"call": label(name, params)}
            if live:
                ms = timed(lambda n=name, p=params: run(store, n, p, stored=False), reps)
                entry |= {"live_p50": pct(ms, 0.5), "live_p95": pct(ms, 0.95)}
            if answers.stored_json(store, answers.call_text(name, params)) is not None:
                stored = timed(lambda n=name, p=params: run(store, n, p), reps)
                entry["stored_p50"] = pct(stored, 0.5)
                entry["stored_p95"] = pct(stored, 0.95)
            rows.append(entry)
    finally:
        store.close()
    return rows


#: The formats ``catalogue_http`` asks for (``format=``): the SPARQL JSON results and a spreadsheet's.
HTTP_FORMATS = ("json", "csv")


def catalogue_http(
    target: Path, logs: Path, reps: int, *, old_code: Path | None = None, old_store: Path | None = None
) -> list[dict[str, Any]]:
    """Each call of :func:`catalogue_calls` as ``GET /queries/NAME`` on ``hankegraafi serve`` (the
    bench's settings: no result cache, a row cap of 100 000, so the default answers are whole),
    one keep-alive connection, in JSON and CSV: p50/p95 and the bytes, and whether an answer is
    stored for it (else it runs live: timed once). With ``old_code`` (a folder holding another
    checkout's package, as ``--only pages`` takes it) that code's server too, on ``old_store``
    (its stored answers are in its own form) or the same store, both up at once, the codes'
    calls one after the other."""
    from bench import servers
    from bench.pages_speed import code_env
    from bench.workload import label
    from hankegraafi.queries import answers
    from hankegraafi.store.embedded import EmbeddedStore

    store = EmbeddedStore(target, read_only=True)
    try:
        kept = {
            label(n, p): answers.stored_json(store, answers.call_text(n, p)) is not None
            for n, p in catalogue_calls()
        }
    finally:
        store.close()
    codes = {"new": (target, None), **({"old": (old_store or target, old_code)} if old_code else {})}
    rows: list[dict[str, Any]] = []
    with contextlib.ExitStack() as stack:
        conns = {}
        for code, (path, folder) in codes.items():
            with code_env(folder):
                server = stack.enter_context(servers.start_ours(path, logs, name=f"speed-catalogue-{code}"))
            parts = urlsplit(server.url)
            conns[code] = http.client.HTTPConnection(
                parts.hostname or "127.0.0.1", parts.port or 80, timeout=600
            )
        for name, params in catalogue_calls():
            entry: dict[str, Any] = {"call": label(name, params), "stored": kept[label(name, params)]}
            for fmt in HTTP_FORMATS:
                url = f"/queries/{name}?{urlencode({'format': fmt, **params})}"
                for code, conn in conns.items():
                    body = _get(conn, url)  # warm-up (and the only run of a live call)
                    ms = timed(lambda c=conn, u=url: _get(c, u), reps if entry["stored"] else 1)
                    prefix = "" if code == "new" else "old_"
                    entry |= {
                        f"{prefix}{fmt}_p50": pct(ms, 0.5),
                        f"{prefix}{fmt}_p95": pct(ms, 0.95),
                        f"{prefix}{fmt}_bytes": len(body),
                    }
            rows.append(entry)
        for conn in conns.values():
            conn.close()
    return rows


def first_page(target: Path, logs: Path) -> dict[str, Any]:
    """``hankegraafi serve`` started; the first and the second HTML page of a project."""
    from bench import servers
    from bench.workload import PROJECT
    from hankegraafi.ontology.namespaces import BASE_IRI_DEFAULT
    from hankegraafi.server.pages.iris import Mapping

    out: dict[str, Any] = {}
    with servers.start_ours(target, logs, name="speed-first-page") as server:
        out["ready_s"] = server.ready_seconds
        parts = urlsplit(server.url)
        mapping = Mapping(BASE_IRI_DEFAULT)
        for n, which in ((1, "first_ms"), (2, "second_ms"), (3, "third_ms")):
            path = mapping.page_url(f"{PROJECT}{n:06d}")
            assert path is not None
            conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=120)
            t0 = time.perf_counter()
            conn.request("GET", path, headers={"Accept": "text/html"})
            resp = conn.getresponse()
            resp.read()
            out[which] = (time.perf_counter() - t0) * 1000
            out[which.replace("_ms", "_status")] = resp.status
            conn.close()
    return out


def _post(conn: http.client.HTTPConnection, path: str, query: str) -> bytes:
    body = urlencode({"query": query})
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"}
    conn.request("POST", path, body=body, headers=headers)
    resp = conn.getresponse()
    data = resp.read()
    if resp.status != 200:
        raise RuntimeError(f"{path}: {resp.status} {data[:200]!r}")
    return data


def _get(conn: http.client.HTTPConnection, path: str) -> bytes:
    conn.request("GET", path, headers={"Accept": "application/sparql-results+json, text/csv;q=0.9"})
    resp = conn.getresponse()
    data = resp.read()
    if resp.status != 200:
        raise RuntimeError(f"{path}: {resp.status} {data[:200]!r}")
    return data


def served(target: Path, logs: Path, seconds: float, reps: int) -> dict[str, Any]:
    """Our server and the native one on the same store, requests alternated one by one (one
    keep-alive connection each): a cheap ASK, and each stored catalogue call as ``/queries/NAME``
    (the stored answer), the same text with a comment added (no stored answer: live) and the
    same text on the native server."""
    from bench import servers
    from bench.workload import PROJECT
    from hankegraafi.queries import answers

    ask = f"ASK {{ <{PROJECT}000001> ?p ?o }}"
    with (
        servers.start_ours(target, logs, name="speed-ours") as ours,
        servers.start_oxigraph(target, logs, name="speed-native") as native,
    ):
        conns = {}
        for name, server in (("ours", ours), ("native", native)):
            parts = urlsplit(server.url)
            conns[name] = (
                http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=120),
                parts.path,
            )
        times: dict[str, list[float]] = {"ours": [], "native": []}
        stop = time.perf_counter() + seconds
        while time.perf_counter() < stop:
            for name, (conn, path) in conns.items():
                t0 = time.perf_counter()
                if b"true" not in _post(conn, path, ask):
                    raise RuntimeError(f"{name}: the ASK was not true")
                times[name].append((time.perf_counter() - t0) * 1000)
        out: dict[str, Any] = {"query": ask}
        for name, ms in times.items():
            out[name] = {"requests": len(ms), "per_s": 1000 / statistics.fmean(ms), "p50_ms": pct(ms, 0.5)}
        out["ratio"] = out["ours"]["per_s"] / out["native"]["per_s"]
        out["levels"] = ask_under_load(ours.url, native.url, ask, logs, seconds)
        rows = []
        ours_conn, ours_path = conns["ours"]
        native_conn, native_path = conns["native"]
        county = {"region": "https://w3id.org/hankegraafi/vocab/county/08"}
        for name, params in [*answers.calls(), *((n, county) for n in answers.BY_REGION)]:
            text = answers.call_text(name, params)
            url = f"/queries/{name}?{urlencode({'format': 'json', **params})}"
            calls: dict[str, Callable[[], bytes]] = {
                "stored": lambda u=url: _get(ours_conn, u),
                "live": lambda t=text: _post(ours_conn, ours_path, t + "\n# live\n"),
                "native": lambda t=text: _post(native_conn, native_path, t),
            }
            ms: dict[str, list[float]] = {k: [] for k in calls}
            for call in calls.values():
                call()  # warm-up
            for _ in range(reps):
                for key, call in calls.items():
                    t0 = time.perf_counter()
                    call()
                    ms[key].append((time.perf_counter() - t0) * 1000)
            rows.append(
                {
                    "call": name + ("(region=08)" if params else ""),
                    **{f"{k}_{q}": pct(v, x) for k, v in ms.items() for q, x in (("p50", 0.5), ("p95", 0.95))},
                }
            )
        out["catalogue_http"] = rows
        for conn, _ in conns.values():
            conn.close()
    return out


#: Connections of the closed-loop ASK load, as in issue 17's measurement (8–32).
ASK_LEVELS = (8, 32)


def ask_under_load(ours: str, native: str, ask: str, logs: Path, seconds: float) -> list[dict[str, Any]]:
    """The ASK at ``ASK_LEVELS`` connections: ``bench.loadgen`` in a process of its own, on our
    server and then on the native one at each level (each for ``seconds``).

    The load generator is Python threads on the same two cores: where the native server is
    faster than it can ask, the native figure is the generator's ceiling and the ratio an upper
    bound, which the report says by giving both figures.
    """
    import subprocess
    import sys

    queries = logs / "ask-queries.json"
    queries.write_text(json.dumps([ask]), encoding="utf-8")
    rows = []
    for level in ASK_LEVELS:
        row: dict[str, Any] = {"connections": level}
        for name, url in (("ours", ours), ("native", native)):
            argv = [sys.executable, "-m", "bench.loadgen", url, str(queries)]
            argv += ["--concurrency", str(level), "--duration", str(seconds)]
            done = subprocess.run(argv, capture_output=True, text=True, timeout=seconds * 4 + 60, check=True)
            line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
            row[name] = json.loads(line.removeprefix("RESULT "))
        row["ratio"] = row["ours"]["throughput"] / max(row["native"]["throughput"], 1e-9)
        rows.append(row)
    return rows


#: The lookups of ``--only lookups``: the fixed ASK, an ASK and a SELECT on a different project
#: each request (``%06d`` is the project's number, 1 … LOOKUP_SPREAD, in a scattered order).
LOOKUPS = {
    "ask-same": "ASK { <PROJECT000001> ?p ?o }",
    "ask-varied": "ASK { <PROJECT%06d> ?p ?o }",
    "select-varied": "SELECT ?p ?o WHERE { <PROJECT%06d> ?p ?o }",
}
LOOKUP_SPREAD = 5000


def _wrk_script(text: str) -> str:
    """A wrk script POSTing ``text`` as a form; ``%06d`` in it takes a scattered project number."""
    from urllib.parse import quote

    head = (
        'wrk.method = "POST"\n'
        'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n'
        'wrk.headers["Accept"] = "application/sparql-results+json"\n'
    )
    body = "query=" + quote(text, safe="")
    if "%2506d" not in body:
        return head + f"wrk.body = {json.dumps(body)}\n"
    body = body.replace("%", "%%").replace("%%2506d", "%06d")  # a format for Lua's string.format
    return head + (
        "local n = 0\n"
        "request = function()\n"
        "  n = n + 1\n"
        f"  local body = string.format({json.dumps(body)}, (n * 7919) % {LOOKUP_SPREAD} + 1)\n"
        "  return wrk.format(nil, nil, nil, body)\n"
        "end\n"
    )


def wrk(url: str, text: str, connections: int, seconds: float, logs: Path) -> dict[str, Any]:
    """``wrk`` (one thread) on ``url`` with ``text`` for ``seconds``: requests/s, p50/p99, errors."""
    import re
    import subprocess

    script = logs / "wrk.lua"
    script.write_text(_wrk_script(text), encoding="utf-8")
    argv = [
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{max(1, round(seconds))}s",
        "--latency",
        "-s",
        str(script),
        url,
    ]
    out = subprocess.run(argv, capture_output=True, text=True, timeout=seconds * 4 + 60, check=True).stdout

    def ms(label: str) -> float:
        m = re.search(rf"^\s*{label}%\s+([0-9.]+)(us|ms|s)\s*$", out, re.MULTILINE)
        if m is None:
            return float("nan")
        return float(m.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[m.group(2)]

    rate = re.search(r"Requests/sec:\s+([0-9.]+)", out)
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {
        "per_s": float(rate.group(1)) if rate else 0.0,
        "p50_ms": ms("50"),
        "p99_ms": ms("99"),
        "errors": (int(bad.group(1)) if bad else 0) + (sum(int(x) for x in errors.groups()) if errors else 0),
    }


def lookups(
    target: Path, logs: Path, seconds: float, old_code: Path | None, reps: int, per_kind: int
) -> dict[str, Any]:
    """Cheap queries by wrk at 8 and 32 connections on our server (and ``old_code``'s, on a copy
    of the store: each holds its store's lock) and the native one, in turns; each of our servers'
    memory after that, after ``per_kind`` + 1 resource pages of each kind at 8 and at 32
    connections, and 12 s later; the hand-over of one query in one process."""
    from bench import pages_speed, servers
    from bench.workload import PROJECT

    if shutil.which("wrk") is None:
        raise SystemExit("--only lookups needs wrk (apt-get install wrk)")
    texts = {name: text.replace("PROJECT", PROJECT) for name, text in LOOKUPS.items()}
    copy = target.with_name(target.name + "-old")
    if old_code is not None and not copy.exists():
        shutil.copytree(target, copy)
    with contextlib.ExitStack() as stack:
        started: dict[str, Any] = {}
        if old_code is not None:
            with pages_speed.code_env(old_code):
                started["old"] = stack.enter_context(servers.start_ours(copy, logs, name="lookups-old"))
        started["new"] = stack.enter_context(servers.start_ours(target, logs, name="lookups-new"))
        started["native"] = stack.enter_context(servers.start_oxigraph(target, logs, name="lookups-native"))
        rows = []
        for level in ASK_LEVELS:
            for name, text in texts.items():
                row: dict[str, Any] = {"connections": level, "query": name}
                for who, server in started.items():
                    row[who] = wrk(server.url, text.replace("%06d", "000002"), level, 1, logs)  # warm-up
                    row[who] = wrk(server.url, text, level, seconds, logs)
                rows.append(row)
        ours = {who: server for who, server in started.items() if who != "native"}
        memory: dict[str, Any] = {"after lookups": {w: pages_speed.memory(s) for w, s in ours.items()}}
        memory["after lookups"]["native"] = {"pss_mb_sum": started["native"].pss_mb()}
        paths = [p for found in pages_speed.page_paths(target, per_kind).values() for p in found]
        pages: dict[str, Any] = {}
        for who, server in ours.items():
            for level in (8, 32):
                try:
                    _, wall = pages_speed._block(server.url, paths, level)
                except RuntimeError as exc:  # a page that fails is the pages' own figure to mend
                    log.warning("%s: %s", who, exc)
                    pages[f"{who} at {level}"] = float("nan")
                    continue
                pages[f"{who} at {level}"] = len(paths) / wall
        memory["after pages"] = {w: pages_speed.memory(s) for w, s in ours.items()}
        time.sleep(12)  # the web process trims its free heap every 10 s (server/wsgi.py)
        memory["12 s later"] = {w: pages_speed.memory(s) for w, s in ours.items()}
        hand = handovers(
            target.with_name(target.name + "-handover"), target, started["native"].url, texts, reps
        )
    return {
        "texts": texts,
        "rows": rows,
        "memory": memory,
        "pages": pages,
        "pages_each": len(paths),
        "handovers": hand,
    }


def _lookup_jobs(text: str) -> Callable[[bool], Any]:
    """Jobs of ``text``, each on the next scattered project where the text has ``%06d``."""
    from hankegraafi.server.engine import QueryJob

    n = iter(range(10**9))

    def job(bounded: bool) -> QueryJob:
        q = text % ((next(n) * 7919) % LOOKUP_SPREAD + 1) if "%06d" in text else text
        media = "application/sparql-results+json"
        return QueryJob(text=q, results_media=media, graph_media=None, max_rows=10_000, bounded=bounded)

    return job


def handovers(scratch: Path, target: Path, native: str, texts: dict[str, str], reps: int) -> dict[str, Any]:
    """One query handed over three ways in this process, alternated call by call: to a query
    worker of a :class:`QueryPool` (a pipe, pickled job and bytes back), on the pool's local lane
    (the web process's own handle), and to the native server over loopback HTTP (a keep-alive
    connection); the milliseconds of each and what pickling the job and the answer costs."""
    import pickle

    from hankegraafi.server.pool import QueryPool, StoreSpec

    if not scratch.exists():
        shutil.copytree(target, scratch)  # the pool holds its store's lock
    pool = QueryPool(
        StoreSpec(location=str(scratch), remote=False, base_iri="https://w3id.org/hankegraafi/id/"), 2
    )
    pool.start()
    parts = urlsplit(native)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=60)
    out: dict[str, Any] = {}
    try:
        for name, text in texts.items():
            job = _lookup_jobs(text)
            calls: dict[str, Callable[[], Any]] = {
                "worker": lambda j=job: pool.run(j(False), 30.0),
                "local": lambda j=job: pool.run(j(True), 30.0),
                "native_http": lambda j=job: _post(conn, parts.path, j(False).text),
            }
            ms: dict[str, list[float]] = {k: [] for k in calls}
            for call in calls.values():
                call()
            for _ in range(reps):
                for key, call in calls.items():
                    t0 = time.perf_counter()
                    call()
                    ms[key].append((time.perf_counter() - t0) * 1000)
            sample = job(False)
            answer = pool.run(sample, 30.0)
            t0 = time.perf_counter()
            for _ in range(1000):
                pickle.loads(pickle.dumps(sample))
                pickle.loads(pickle.dumps(answer))
            out[name] = {
                **{f"{k}_p50": pct(v, 0.5) for k, v in ms.items()},
                **{f"{k}_mean": statistics.fmean(v) for k, v in ms.items()},
                "pickle_ms": (time.perf_counter() - t0),  # 1000 round trips: ms each
            }
    finally:
        conn.close()
        pool.close()
    return out


# -- report --------------------------------------------------------------------------------


def report(results: dict[str, Any]) -> str:
    lines = [
        f"# Serving figures ({results['size']:,} triples of bench.generate data)",
        "",
        f"{results['date']} · {results['machine']} · load average before {results['load_before']} "
        f"after {results['load_after']} · `{results['command']}`",
        "",
    ]
    b = results.get("bulk")
    if b:
        lines += [
            "## Bulk load",
            "",
            f"{b['quads']:,} quads in {b['load_s']:.1f} s; files/MB after the chunked load "
            f"{b['files_before']} / {b['mb_before']:.1f}, after optimize() {b['files_after']} / "
            f"{b['mb_after']:.1f} (optimize {b['optimize_s']:.1f} s)",
            "",
        ]
    d = results.get("derive")
    if d:
        lines += ["## Derived steps after the load (s)", ""]
        lines += [f"- {name}: {sec:.2f}" for name, sec in d.items()]
        lines.append("")
    c = results.get("catalogue")
    if c:
        lines += [
            "## Catalogue (ms)",
            "",
            "| call | live p50 | live p95 | stored p50 | stored p95 | live/stored p50 |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for r in c:
            live = f"{r['live_p50']:.1f} | {r['live_p95']:.1f}" if "live_p50" in r else "– | –"
            if "stored_p50" in r:
                ratio = f"{r['live_p50'] / max(r['stored_p50'], 1e-3):.0f}x" if "live_p50" in r else "–"
                stored = f"{r['stored_p50']:.1f} | {r['stored_p95']:.1f}"
            else:
                ratio, stored = "live only", "– | –"
            lines.append(f"| {r['call']} | {live} | {stored} | {ratio} |")
        allp = sorted(x for r in c if (x := r.get("stored_p95", r.get("live_p95"))) is not None)
        if allp:
            lines += ["", f"served p95 over calls (stored where stored, else live): max {allp[-1]:.1f} ms", ""]
    h = results.get("catalogue_http")
    if h:
        lines += [
            "## Catalogue over HTTP: GET /queries/NAME (ms; a live call timed once)",
            "",
            "| call | stored | JSON p50 | JSON p95 | JSON MB | CSV p50 | CSV p95 | CSV MB |",
            "|---|---|---:|---:|---:|---:|---:|---:|",
        ]
        old = "old_json_p50" in h[0]
        if old:
            lines[-2:] = [
                "| call | stored | JSON p50 old / new | JSON p95 old / new | JSON MB | CSV p50 old / new "
                "| CSV p95 old / new | CSV MB |",
                "|---|---|---:|---:|---:|---:|---:|---:|",
            ]
        for r in h:
            if old:
                cells = " | ".join(
                    f"{r[f'old_{k}_p50']:.1f} / {r[f'{k}_p50']:.1f} | {r[f'old_{k}_p95']:.1f} / {r[f'{k}_p95']:.1f}"
                    f" | {r[f'{k}_bytes'] / 1e6:.2f}"
                    for k in HTTP_FORMATS
                )
            else:
                cells = " | ".join(
                    f"{r[f'{k}_p50']:.1f} | {r[f'{k}_p95']:.1f} | {r[f'{k}_bytes'] / 1e6:.2f}"
                    for k in HTTP_FORMATS
                )
            lines.append(f"| {r['call']} | {'yes' if r['stored'] else 'live'} | {cells} |")
        for prefix, who in (("", "this code"), *((("old_", "old code"),) if old else ())):
            worst = max(r[f"{prefix}{k}_p95"] for r in h for k in HTTP_FORMATS)
            lines.append(f"p95 over calls and formats, {who}: max {worst:.1f} ms  ")
        lines.append("")
    f = results.get("first_page")
    if f:
        lines += [
            "## First page after a start",
            "",
            f"ready {f['ready_s']:.1f} s; first page {f['first_ms']:.0f} ms ({f['first_status']}), "
            f"second {f['second_ms']:.0f} ms, third {f['third_ms']:.0f} ms",
            "",
        ]
    a = results.get("ask")
    if a and a.get("catalogue_http"):
        lines += [
            "## Catalogue over HTTP (ms): /queries/NAME (stored), the same text live on /sparql, native",
            "",
            "| call | stored p50 | stored p95 | live p50 | live p95 | native p50 | native p95 | stored/native p95 |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in a["catalogue_http"]:
            lines.append(
                f"| {r['call']} | {r['stored_p50']:.1f} | {r['stored_p95']:.1f} | {r['live_p50']:.1f} | "
                f"{r['live_p95']:.1f} | {r['native_p50']:.1f} | {r['native_p95']:.1f} | "
                f"{r['stored_p95'] / max(r['native_p95'], 1e-3):.2f}x |"
            )
        lines.append("")
    if a:
        lines += [
            "## Cheap ASK: /sparql beside native oxigraph serve-read-only (alternated, one connection each)",
            "",
            f"ours {a['ours']['per_s']:.0f} req/s (p50 {a['ours']['p50_ms']:.2f} ms), native "
            f"{a['native']['per_s']:.0f} req/s (p50 {a['native']['p50_ms']:.2f} ms): ratio {a['ratio']:.3f}x",
            "",
        ]
        if a.get("levels"):
            lines += [
                "Under closed-loop load (`bench.loadgen` in its own process, each server in turn; where "
                "the native figure is the Python generator's own ceiling, the ratio is an upper bound):",
                "",
                "| connections | ours req/s | ours p50/p95 ms | errors | native req/s | native p50/p95 ms "
                "| ours/native |",
                "|---:|---:|---:|---:|---:|---:|---:|",
            ]
            for r in a["levels"]:
                o, n = r["ours"], r["native"]
                lines.append(
                    f"| {r['connections']} | {o['throughput']:.0f} | {o['p50_ms']:.2f} / {o['p95_ms']:.2f} | "
                    f"{o['errors'] + n['errors']} | {n['throughput']:.0f} | {n['p50_ms']:.2f} / "
                    f"{n['p95_ms']:.2f} | {r['ratio']:.3f}x |"
                )
            lines.append("")
    lk = results.get("lookups")
    if lk:
        lines += lookups_report(lk)
    if results.get("pages"):
        from bench import pages_speed

        lines += pages_speed.report(results["pages"])
    return "\n".join(lines)


def lookups_report(lk: dict[str, Any]) -> list[str]:
    """The lookups section of the report."""
    codes = [c for c in ("old", "new") if c in lk["rows"][0]]
    lines = [
        "## Lookups through /sparql beside native oxigraph serve-read-only (wrk, one thread)",
        "",
        *[f"- {name}: `{text}`" for name, text in lk["texts"].items()],
        "",
        "| connections | query | "
        + " | ".join(f"{c} req/s | {c} p50/p99 ms" for c in codes)
        + " | native req/s | native p50/p99 ms | errors | "
        + " | ".join(f"{c}/native" for c in codes)
        + " |",
        "|---:|---|" + "---:|---:|" * len(codes) + "---:|---:|---:|" + "---:|" * len(codes),
    ]
    for r in lk["rows"]:
        cells = [f"{r[c]['per_s']:.0f} | {r[c]['p50_ms']:.2f} / {r[c]['p99_ms']:.2f}" for c in codes]
        n = r["native"]
        errors = sum(r[c]["errors"] for c in (*codes, "native"))
        ratios = [f"{r[c]['per_s'] / max(n['per_s'], 1e-9):.3f}x" for c in codes]
        lines.append(
            f"| {r['connections']} | {r['query']} | {' | '.join(cells)} | {n['per_s']:.0f} | "
            f"{n['p50_ms']:.2f} / {n['p99_ms']:.2f} | {errors} | {' | '.join(ratios)} |"
        )
    lines += ["", f"Resource pages ({lk['pages_each']} pages, every kind) per second: "]
    lines[-1] += ", ".join(f"{who} {rate:.1f}" for who, rate in lk["pages"].items())
    for when, servers in lk["memory"].items():
        lines += ["", f"Memory {when} (PSS, MB; `bench.pages_speed.memory`):", ""]
        for who, mem in servers.items():
            procs = ", ".join(f"{p['role']} {p['pss_mb']:.0f}" for p in mem.get("processes", []))
            lines.append(f"- {who}: {mem['pss_mb_sum']:.0f} in all" + (f" ({procs})" if procs else ""))
    lines += [
        "",
        "One query handed over in one process (ms, alternated call by call; p50 / mean):",
        "",
        "| query | query worker | local lane | native over HTTP | pickling job and answer |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, h in lk["handovers"].items():
        lines.append(
            f"| {name} | {h['worker_p50']:.3f} / {h['worker_mean']:.3f} | {h['local_p50']:.3f} / "
            f"{h['local_mean']:.3f} | {h['native_http_p50']:.3f} / {h['native_http_mean']:.3f} | "
            f"{h['pickle_ms']:.3f} |"
        )
    lines.append("")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.speed", description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=100_000, help="triples of generated data")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--reps", type=int, default=10, help="repetitions of each catalogue call")
    parser.add_argument("--ask-seconds", type=float, default=5.0)
    parser.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "hankegraafi-speed"))
    parser.add_argument(
        "--only",
        nargs="*",
        choices=["bulk", "derive", "catalogue", "catalogue_http", "first_page", "ask", "pages", "lookups"],
        help="sections (pages and lookups only when named)",
    )
    parser.add_argument(
        "--old-code",
        type=Path,
        help="pages, lookups, catalogue_http: a folder holding another checkout's hankegraafi package to compare",
    )
    parser.add_argument("--pages-per-kind", type=int, default=20, help="pages: pages of each kind")
    parser.add_argument(
        "--prerender",
        action="store_true",
        help="pages: render this code's stored page bodies before the servers start (server/pages/prerender.py)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures here as JSON")
    parser.add_argument(
        "--old-store",
        type=Path,
        help="catalogue_http: the store --old-code serves (its answers in its own form)",
    )
    parser.add_argument(
        "--stored-only", action="store_true", help="catalogue: time the stored answers only, not the live calls"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    from bench.generate import generate_file
    from bench.run import machine

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    data = work / f"synthetic-{args.size}-seed{args.seed}.nq"
    generate_file(data, args.size, seed=args.seed)
    target = work / f"store-{args.size}"
    m = machine()
    results: dict[str, Any] = {
        "size": args.size,
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": f"{m.get('cpu', '?')}, {m.get('cpus', os.cpu_count())} CPUs",
        "load_before": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "command": "python -m bench.speed " + " ".join(argv if argv is not None else os.sys.argv[1:]),
    }
    wanted = set(args.only or ["bulk", "derive", "catalogue", "first_page", "ask"])
    if "bulk" in wanted or not target.exists():
        log.info("bulk load")
        results["bulk"] = bulk(data, target)
        log.info("derived steps")
        results["derive"] = derive(target)
    elif "derive" in wanted:
        results["derive"] = derive(target)
    if "catalogue" in wanted:
        log.info("catalogue")
        results["catalogue"] = catalogue(target, args.reps, live=not args.stored_only)
    logs = work / "logs"
    if "catalogue_http" in wanted:
        log.info("catalogue over HTTP")
        results["catalogue_http"] = catalogue_http(
            target, logs, args.reps, old_code=args.old_code, old_store=args.old_store
        )
    if "first_page" in wanted:
        log.info("first page")
        results["first_page"] = first_page(target, logs)
    if "ask" in wanted:
        log.info("ASK side by side")
        results["ask"] = served(target, logs, args.ask_seconds, args.reps)
    if "lookups" in wanted:
        log.info("lookups")
        results["lookups"] = lookups(
            target, logs, args.ask_seconds, args.old_code, args.reps * 20, args.pages_per_kind
        )
    if "pages" in wanted:
        from bench import pages_speed

        log.info("resource pages")
        results["pages"] = pages_speed.run(
            target, logs, old_code=args.old_code, per_kind=args.pages_per_kind, prerender=args.prerender
        )
    results["load_after"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    print(report(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
