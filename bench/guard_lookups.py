"""Lookups that the bounded lane does not take, old code beside new beside the native server (issue 17).

    python -m bench.guard_lookups --store STORE --old-code OLD --new-code NEW --work DIR

A lookup in ``guard.bounded``'s class (one triple pattern, no FILTER) is read by its small grammar;
any other query is read by the SPARQL guard's parse (:mod:`hankegraafi.store.sparqlparse`) before
it runs, and every query text not seen before paid the whole parse. Real clients ask about a
different IRI each time, so the texts below take a different project each request (``varied``)
or the same one (``same``: the parse cache's case):

* ``ask-filter``: ``ASK { <P> ?p ?o FILTER(isLiteral(?o)) }``
* ``select-filter``: ``SELECT ?p ?o WHERE { <P> ?p ?o FILTER(isIRI(?o)) }``
* ``select-label``: a subject's labels in one language, with a PREFIX and a comment

Two parts, each code's figure in the same run:

1. **in process** (each code in its own interpreter): the milliseconds the guard's reading
   (``guard.scan_query``) and the negotiation's query form (``store.base.query_form``) take per
   new text, over ``--texts`` distinct texts of each kind;
2. **over HTTP**: ``wrk`` (one thread, ``--connections``) on our server with the old code (a copy
   of the store: each server holds its store's lock), with the new code and the native ``oxigraph
   serve-read-only``, in turns (``--rounds``, each in the other order), ``--seconds`` each after a
   2 s warm-up: requests/s, p50/p99, the CPU of each server's process tree per request, and each
   of ours as a ratio of the native server's.

Servers run on loopback and are stopped by their process id. The figures depend on the machine
and its load, which the report states.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

#: The queries; ``%06d`` is the project's number (``bench.speed._wrk_script`` scatters it).
TEXTS = {
    "ask-filter": "ASK { <PROJECT%06d> ?p ?o FILTER(isLiteral(?o)) }",
    "select-filter": "SELECT ?p ?o WHERE { <PROJECT%06d> ?p ?o FILTER(isIRI(?o)) }",
    "select-label": (
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "# the labels of one project\n"
        'SELECT ?label WHERE { <PROJECT%06d> rdfs:label ?label FILTER(lang(?label) = "fi") }'
    ),
}

#: Run in each code's interpreter: the guard's and the query form's milliseconds per new text.
_IN_PROCESS = r"""
import json, sys, time
from hankegraafi.server import guard
from hankegraafi.store.base import query_form
texts, n = json.loads(sys.argv[1]), int(sys.argv[2])
out = {}
for name, text in texts.items():
    for kind, fill in (("varied", lambda i: i + 10), ("same", lambda i: 1)):
        scan, form = [], []
        guard.scan_query(text % 999999)  # the parser's first use (its thread, rdflib's grammar)
        query_form(text % 999999)
        for i in range(n):
            q = text % fill(i)
            t0 = time.perf_counter()
            guard.scan_query(q)
            t1 = time.perf_counter()
            query_form(q)
            t2 = time.perf_counter()
            scan.append((t1 - t0) * 1000)
            form.append((t2 - t1) * 1000)
        scan.sort(); form.sort()
        out[f"{name} {kind}"] = {"scan_p50": scan[n // 2], "scan_mean": sum(scan) / n,
                                 "form_p50": form[n // 2], "form_mean": sum(form) / n}
import hankegraafi.store.sparqlparse as parser_module
out["module"] = parser_module.__file__
print("RESULT " + json.dumps(out))
"""


def in_process(code: Path, texts: dict[str, str], n: int) -> dict[str, Any]:
    """The guard's and the query form's milliseconds per text in ``code``'s interpreter."""
    # PYTHONSAFEPATH and another folder: ``-c`` would put the working folder (a checkout, whose
    # hankegraafi/ holds no store/) before ``code``, and the installed store/ would be measured.
    env = {**os.environ, "PYTHONPATH": str(code), "PYTHONSAFEPATH": "1"}
    done = subprocess.run(
        [sys.executable, "-c", _IN_PROCESS, json.dumps(texts), str(n)],
        capture_output=True,
        text=True,
        env=env,
        cwd=str(code),
        check=True,
        timeout=1800,
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    return dict(json.loads(line.removeprefix("RESULT ")))


def over_http(
    store_old: Path, store_new: Path, codes: dict[str, Path], texts: dict[str, str], args: argparse.Namespace
) -> list[dict[str, Any]]:
    """wrk on each server in turn, per text and connection count."""
    from bench import pages_speed, servers
    from bench.speed import wrk

    logs = args.work / "logs"
    rows: list[dict[str, Any]] = []
    with contextlib.ExitStack() as stack:
        started: dict[str, Any] = {}
        for who, store in (("old", store_old), ("new", store_new)):
            with pages_speed.code_env(codes[who]):
                started[who] = stack.enter_context(servers.start_ours(store, logs, name=f"guard-{who}"))
        started["native"] = stack.enter_context(servers.start_oxigraph(store_new, logs, name="guard-native"))
        time.sleep(args.settle)  # each of ours reads its name index and page lists after it answers
        for rnd in range(args.rounds):
            for level in args.connections:
                for name, text in texts.items():
                    for kind in ("varied", "same"):
                        q = text if kind == "varied" else text.replace("%06d", "000001")
                        row: dict[str, Any] = {
                            "round": rnd + 1,
                            "connections": level,
                            "query": f"{name} {kind}",
                        }
                        order = list(started.items())
                        for who, server in order if rnd % 2 == 0 else order[::-1]:
                            wrk(server.url, q.replace("%06d", "000002"), level, 2, logs)  # warm-up
                            cpu = _cpu(server)
                            row[who] = wrk(server.url, q, level, args.seconds, logs)
                            done = row[who]["per_s"] * args.seconds
                            row[who]["cpu_ms"] = (_cpu(server) - cpu) * 1000 / max(done, 1)
                            row[who]["load"] = os.getloadavg()[0]
                        for who in ("old", "new"):
                            row[f"{who}/native"] = row[who]["per_s"] / max(row["native"]["per_s"], 1e-9)
                        row["new/old"] = row["new"]["per_s"] / max(row["old"]["per_s"], 1e-9)
                        rows.append(row)
                        print(json.dumps(row), flush=True)
    return rows


def _cpu(server: Any) -> float:
    """CPU seconds (user + system) of the server's process tree so far."""
    import psutil

    try:
        root = psutil.Process(server.process.pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0
    total = 0.0
    for p in procs:
        try:
            t = p.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += t.user + t.system
    return total


def report(results: dict[str, Any]) -> str:
    lines = [
        f"{results['date']} · {results['machine']} · load average before {results['load_before']} "
        f"after {results['load_after']} · `{results['command']}`",
        "",
        "## The guard's reading and the query form per text, in process (ms, p50 / mean)",
        "",
        f"old: `{results['in_process']['old'].get('module')}`, new: `{results['in_process']['new'].get('module')}`",
        "",
        "| text | old scan | new scan | old form | new form |",
        "|---|---:|---:|---:|---:|",
    ]
    old, new = results["in_process"]["old"], results["in_process"]["new"]
    for key in old:
        if key == "module":
            continue
        o, n = old[key], new[key]
        lines.append(
            f"| {key} | {o['scan_p50']:.3f} / {o['scan_mean']:.3f} | {n['scan_p50']:.3f} / {n['scan_mean']:.3f} "
            f"| {o['form_p50']:.3f} / {o['form_mean']:.3f} | {n['form_p50']:.3f} / {n['form_mean']:.3f} |"
        )
    lines += [
        "",
        "## Over HTTP (wrk, one thread): requests/s and ratios",
        "",
        "| round | conns | query | old req/s | new req/s | native req/s | old/native | new/native | new/old | "
        "CPU ms/req old / new / native | old p50/p99 ms | new p50/p99 ms | errors (old/new/native) | load |",
        "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results.get("http", []):
        o, n, x = r["old"], r["new"], r["native"]
        lines.append(
            f"| {r.get('round', 1)} | {r['connections']} | {r['query']} | {o['per_s']:.0f} | {n['per_s']:.0f} | "
            f"{x['per_s']:.0f} | {r['old/native']:.3f} | {r['new/native']:.3f} | {r['new/old']:.2f} | "
            f"{o.get('cpu_ms', float('nan')):.2f} / {n.get('cpu_ms', float('nan')):.2f} / "
            f"{x.get('cpu_ms', float('nan')):.2f} | "
            f"{o['p50_ms']:.1f} / {o['p99_ms']:.1f} | {n['p50_ms']:.1f} / {n['p99_ms']:.1f} | "
            f"{o['errors']}/{n['errors']}/{x['errors']} | {n['load']:.1f} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.guard_lookups", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--store", type=Path, required=True, help="a bench.generate store (copied for the old code)"
    )
    parser.add_argument("--old-store", type=Path, help="the old code's copy (made from --store when absent)")
    parser.add_argument(
        "--old-code", type=Path, required=True, help="a folder holding the old hankegraafi package"
    )
    parser.add_argument(
        "--new-code", type=Path, required=True, help="a folder holding the new hankegraafi package"
    )
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--texts", type=int, default=200, help="in process: distinct texts of each kind")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--connections", type=int, nargs="*", default=[8, 32])
    parser.add_argument("--rounds", type=int, default=2, help="over HTTP: rounds, each in the other order")
    parser.add_argument("--settle", type=float, default=20.0, help="seconds after the servers start")
    parser.add_argument("--no-http", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    from bench.run import machine
    from bench.workload import PROJECT

    args.work.mkdir(parents=True, exist_ok=True)
    texts = {name: text.replace("PROJECT", PROJECT) for name, text in TEXTS.items()}
    codes = {"old": args.old_code, "new": args.new_code}
    m = machine()
    results: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": f"{m.get('cpu', '?')}, {m.get('cpus', os.cpu_count())} CPUs",
        "load_before": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "command": "python -m bench.guard_lookups " + " ".join(argv if argv is not None else sys.argv[1:]),
        "texts": texts,
    }
    results["in_process"] = {who: in_process(code, texts, args.texts) for who, code in codes.items()}
    if not args.no_http:
        old_store = args.old_store or args.store.with_name(args.store.name + "-old")
        if not old_store.exists():
            import shutil

            shutil.copytree(args.store, old_store)
        results["http"] = over_http(old_store, args.store, codes, texts, args)
    results["load_after"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    print(report(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
