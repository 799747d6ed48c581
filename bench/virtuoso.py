"""Virtuoso through our remote backend: bulk load and every catalogue query.

    .venv/bin/python -m bench.virtuoso --triples 100000 [1000000 ...]

For each size: generate the synthetic N-Quads (``bench.generate rdf``), start
a fresh Virtuoso on loopback (``bench.servers.start_virtuoso``, as the store
tests do), load the file through ``RemoteStore.load`` (Graph Store POST per
graph on Virtuoso, as ``--store http://…/sparql`` would), then time every workload query through
``hankegraafi.queries.run`` on that store: one warm-up, then ``--reps`` runs.
Row counts are checked against the embedded store on the same file, so a
Virtuoso answer that differs is visible, not just its speed. Virtuoso is
always stopped, even when a step fails. Results go to
``bench/results/<date>-vm-virtuoso.json`` (merged by size) and a ``.md`` table.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.loadgen import percentile
from bench.run import machine, size_name
from bench.servers import start_virtuoso
from bench.workload import WORKLOAD, label

RESULTS = Path(__file__).parent / "results"


def virtuoso_version() -> str:
    """The ``virtuoso-t`` version line (e.g. 07.20.3229), for the record."""
    try:
        out = subprocess.run(["virtuoso-t", "-?"], capture_output=True, text=True, timeout=10)
    except OSError:
        return "-"
    for line in (out.stdout + out.stderr).splitlines():
        if "Version" in line:
            return line.strip()
    return "-"


def generate(triples: int, work: Path) -> Path:
    """The synthetic data, made by the same command the other benchmarks use."""
    data = work / f"synthetic-{triples}.nq"
    if not data.exists():
        subprocess.run(
            [sys.executable, "-m", "bench.generate", "rdf", "--triples", str(triples), "--out", str(data)],
            check=True,
        )
    return data


def reference_rows(data: Path) -> dict[str, int]:
    """Rows per workload query on the embedded store (in memory) over the same file."""
    from hankegraafi.queries import run
    from hankegraafi.store.embedded import EmbeddedStore

    store = EmbeddedStore(None)
    try:
        store.load(data, "nq")
        return {label(name, params): len(run(store, name, params)) for name, params in WORKLOAD}
    finally:
        store.close()


def measure(triples: int, work: Path, reps: int, buffers: int, timeout: float) -> dict[str, Any]:
    """Load ``triples`` into a fresh Virtuoso and time the workload on it."""
    from hankegraafi.queries import run
    from hankegraafi.store.remote import RemoteStore

    data = generate(triples, work)
    print(f"[{size_name(triples)}] reference rows from the embedded store …", flush=True)
    expected = reference_rows(data)
    database = work / f"virtuoso-{triples}"
    shutil.rmtree(database, ignore_errors=True)  # always a fresh database: the load is part of the measure
    server = start_virtuoso(database, work, name=f"virtuoso-{triples}", buffers=buffers)
    try:
        store = RemoteStore(server.url, timeout=timeout, retries=0)
        print(f"[{size_name(triples)}] Virtuoso up in {server.ready_seconds:.1f} s; loading …", flush=True)
        t0 = time.perf_counter()
        loaded = store.load(data, "nq")
        load_seconds = time.perf_counter() - t0
        in_store = store.count()
        print(
            f"[{size_name(triples)}] loaded {loaded:,} quads in {load_seconds:.1f} s "
            f"({loaded / load_seconds:,.0f}/s); store holds {in_store:,}",
            flush=True,
        )
        queries: list[dict[str, Any]] = []
        for name, params in WORKLOAD:
            row = label(name, params)
            entry: dict[str, Any] = {"query": name, "label": row, "ms": [], "rows": None}
            try:
                t0 = time.perf_counter()
                entry["rows"] = len(run(store, name, params))
                entry["first_ms"] = (time.perf_counter() - t0) * 1000
                for _ in range(reps):
                    t0 = time.perf_counter()
                    run(store, name, params)
                    entry["ms"].append((time.perf_counter() - t0) * 1000)
            except Exception as exc:  # one failing query is a finding, not the end of the run
                entry["error"] = f"{type(exc).__name__}: {exc}"[:300]
            entry["rows_embedded"] = expected.get(row)
            entry["median_ms"] = percentile(entry["ms"], 0.5) if entry["ms"] else None
            entry["p95_ms"] = percentile(entry["ms"], 0.95) if entry["ms"] else None
            queries.append(entry)
            print(f"  {row}: {_fmt(entry)}", flush=True)
        store.close()
        peak = server.peak_rss_mb()
    finally:
        server.stop()
    samples = [ms for q in queries for ms in q["ms"]]
    return {
        "triples": triples,
        "size": size_name(triples),
        "quads_loaded": loaded,
        "quads_in_store": in_store,
        "load_seconds": load_seconds,
        "load_triples_per_s": loaded / load_seconds,
        "ready_seconds": server.ready_seconds,
        "buffers": buffers,
        "reps": reps,
        "p50_ms": percentile(samples, 0.5),
        "p95_ms": percentile(samples, 0.95),
        "server_peak_mb": peak,
        "rows_match_embedded": all(q["rows"] == q["rows_embedded"] for q in queries),
        "queries": queries,
    }


def _fmt(entry: dict[str, Any]) -> str:
    if "error" in entry:
        return f"ERROR {entry['error']}"
    check = "" if entry["rows"] == entry["rows_embedded"] else f" (embedded: {entry['rows_embedded']})"
    return f"median {entry['median_ms']:.1f} ms, p95 {entry['p95_ms']:.1f} ms, {entry['rows']} rows{check}"


def _ms(v: float | None) -> str:
    if v is None:
        return "-"
    return f"{v:,.0f}".replace(",", " ") if v >= 1000 else f"{v:.1f}"


def markdown(report: dict[str, Any]) -> str:
    """A short table per size; the JSON has every repetition."""
    lines = [
        f"# Virtuoso through the remote backend, {report['started']}",
        "",
        f"- machine: {report['machine']['cpu']}, {report['machine']['cores']} cores, "
        f"{report['machine']['memory_gb']} GB; {report['virtuoso']}",
        "- load: `RemoteStore.load` into a fresh Virtuoso (on Virtuoso: Graph Store POST per named graph, "
        "20 000 triples per request); "
        "queries: `hankegraafi.queries.run` on that store (SPARQLWrapper, JSON results), "
        "one warm-up then the repetitions; rows checked against the embedded store on the same file.",
        "",
    ]
    for run in report["runs"]:
        lines += [
            f"## {run['size']} triples",
            "",
            f"`{run.get('command', '-')}` at {run.get('started', '-')}, commit {run.get('commit', '-')}.",
            "",
            f"Loaded {run['quads_loaded']:,} quads in {run['load_seconds']:.1f} s: "
            f"**{run['load_triples_per_s']:,.0f} triples/s**; p50 {_ms(run['p50_ms'])} ms, "
            f"p95 {_ms(run['p95_ms'])} ms over all {run['reps']}×{len(run['queries'])} calls; "
            f"Virtuoso peak {run['server_peak_mb']:,.0f} MB ({run['buffers']:,} buffers); "
            f"rows match the embedded store: {'yes' if run['rows_match_embedded'] else '**no**'}.",
            "",
            "| query | median ms | p95 ms | rows | embedded rows |",
            "|---|---|---|---|---|",
        ]
        for q in run["queries"]:
            if "error" in q:
                lines.append(f"| {q['label']} | error: {q['error'][:80]} | | | {q['rows_embedded']} |")
                continue
            lines.append(
                f"| {q['label']} | {_ms(q['median_ms'])} | {_ms(q['p95_ms'])} | {q['rows']} | {q['rows_embedded']} |"
            )
        lines.append("")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.virtuoso", description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, nargs="+", default=[100_000], help="sizes to run")
    parser.add_argument("--reps", type=int, default=10, help="timed runs per query after one warm-up")
    parser.add_argument("--buffers", type=int, default=170_000, help="Virtuoso NumberOfBuffers (8 kB each)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per request")
    parser.add_argument("--work", type=Path, help="data and database directory (default: a temporary one)")
    parser.add_argument(
        "--out", type=Path, help="JSON to write (default bench/results/<date>-vm-virtuoso.json)"
    )
    args = parser.parse_args(argv)
    started = datetime.now(UTC)
    out = args.out or RESULTS / f"{started.date().isoformat()}-vm-virtuoso.json"
    with tempfile.TemporaryDirectory(prefix="bench-virtuoso-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        runs = [measure(n, work, args.reps, args.buffers, args.timeout) for n in args.triples]
    commit = machine()["commit"]
    for run in runs:
        run["started"] = started.isoformat(timespec="seconds")
        run["command"] = "python -m bench.virtuoso " + " ".join(argv if argv is not None else sys.argv[1:])
        run["commit"] = commit
    previous = json.loads(out.read_text()) if out.exists() else {"runs": []}
    sizes = {r["triples"] for r in runs}
    merged = [r for r in previous.get("runs", []) if r["triples"] not in sizes] + runs
    report = {
        "started": started.isoformat(timespec="seconds"),
        "argv": list(argv if argv is not None else sys.argv[1:]),
        "machine": machine(),
        "virtuoso": virtuoso_version(),
        "runs": sorted(merged, key=lambda r: r["triples"]),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1) + "\n")
    out.with_suffix(".md").write_text(markdown(report))
    print(markdown(report))
    print(f"wrote {out} and {out.with_suffix('.md')}")
    return 0 if all(r["rows_match_embedded"] for r in runs) else 1


if __name__ == "__main__":
    raise SystemExit(main())
