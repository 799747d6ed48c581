#!/usr/bin/env python3
"""Bounded load test of a running hankegraafi server on loopback.

    # start a server on a store and load it for 60 s with 50 clients
    .venv/bin/python scripts/load_test.py --store hankegraafi-data --clients 50 --seconds 60
    # a server that is already running (give its pid to follow its memory)
    .venv/bin/python scripts/load_test.py --url http://127.0.0.1:8080 --pid 12345
    # the 10-minute soak: memory must not grow
    .venv/bin/python scripts/load_test.py --store hankegraafi-data --soak

Each client is a thread with its own HTTP session that, until the time is up,
picks at random a catalogue query (``/queries/<name>`` without required
parameters, or ``project-card`` for a project), a resource page (``/id/…``,
HTML) or an explorer JSON call (``/explorer/api/node|expand|dependencies|
impact|search``). The figures: requests served, errors (any status ≥ 400 or
a failed connection), requests per second, p50/p95/p99 latency per kind and
overall, and the resident memory of the server with its query workers,
sampled every second. With ``--soak`` the memory of the last tenth of the run
is compared with the first tenth after warm-up. When it starts the server
itself the rate limit is raised (all clients share one address) and the
result cache is left at its default. Exit 0 when there were no errors (and,
with ``--soak``, no growth beyond ``--max-growth``), else 1.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # for bench.live, which starts the server
    sys.path.insert(0, str(REPO))
log = logging.getLogger("load_test")


@dataclass
class Target:
    kind: str
    path: str
    params: dict[str, str] = field(default_factory=dict)
    accept: str = "application/json"


def _sparql(base: str, query: str) -> list[dict[str, Any]]:
    response = requests.get(
        f"{base}/sparql",
        params={"query": query},
        headers={"Accept": "application/sparql-results+json"},
        timeout=60,
    )
    response.raise_for_status()
    return response.json()["results"]["bindings"]  # type: ignore[no-any-return]


def discover(base: str) -> list[Target]:
    """The request mix, from what the server holds: its catalogue, its projects, its labels."""
    catalogue = requests.get(f"{base}/queries", headers={"Accept": "application/json"}, timeout=60).json()
    projects = [
        b["p"]["value"]
        for b in _sparql(
            base, "SELECT DISTINCT ?p WHERE { ?p a <https://w3id.org/hankegraafi/ontology#Project> } LIMIT 50"
        )
    ]
    if not projects:
        raise SystemExit("the server holds no projects: ingest documents first")
    targets: list[Target] = []
    for entry in catalogue["queries"]:
        required = [p for p in entry.get("parameters", []) if p.get("required")]
        name = entry["name"]
        if not required:
            targets.append(Target("catalogue", f"/queries/{name}", accept="application/sparql-results+json"))
        elif [p["name"] for p in required] in (["project"], ["node"]):
            for project in projects[:5]:
                params = {required[0]["name"]: project}
                targets.append(
                    Target("catalogue", f"/queries/{name}", params, "application/sparql-results+json")
                )
    for project in projects:
        if "/id/" in project:
            targets.append(Target("page", "/id/" + project.split("/id/", 1)[1], accept="text/html"))
        for api in ("node", "expand", "dependencies", "impact"):
            targets.append(Target("explorer", f"/explorer/api/{api}", {"node": project}))
    for word in ("Kainuu", "Lappi", "sote", "Omaolo", "perhekeskus", "digi"):
        targets.append(Target("explorer", "/explorer/api/search", {"q": word}))
    return targets


@dataclass
class Sample:
    kind: str
    status: int
    seconds: float


def _client(base: str, targets: list[Target], until: float, seed: int, out: list[Sample]) -> None:
    rng = random.Random(seed)
    session = requests.Session()
    by_kind = defaultdict(list)
    for t in targets:
        by_kind[t.kind].append(t)
    kinds = sorted(by_kind)
    while time.monotonic() < until:
        target = rng.choice(by_kind[rng.choice(kinds)])  # each kind equally often
        started = time.monotonic()
        try:
            response = session.get(
                base + target.path, params=target.params, headers={"Accept": target.accept}, timeout=120
            )
            status = response.status_code
        except requests.RequestException:
            status = 0
        out.append(Sample(target.kind, status, time.monotonic() - started))
    session.close()


def _rss(pid: int | None) -> int | None:
    from bench.live import tree_rss

    return None if pid is None else tree_rss(pid)


def quantile(values: list[float], q: float) -> float:
    """The ``q`` quantile, nearest rank: the benchmark's and the reliability tests' (``bench.live.p``)."""
    from bench.live import p

    return p(values, q)


def run(base: str, *, clients: int, seconds: float, pid: int | None, warmup: float = 3.0) -> dict[str, Any]:
    """Load ``base`` with ``clients`` threads for ``seconds``; return the figures."""
    targets = discover(base)
    for target in targets:  # warm the caches and the workers once, and check every target answers
        r = requests.get(
            base + target.path, params=target.params, headers={"Accept": target.accept}, timeout=120
        )
        if r.status_code >= 400:
            raise SystemExit(f"{target.path} {target.params}: HTTP {r.status_code}: {r.text[:200]}")
    time.sleep(min(warmup, 1.0))
    samples: list[Sample] = []
    memory: list[tuple[float, int]] = []
    start = time.monotonic()
    until = start + seconds
    threads = [
        threading.Thread(target=_client, args=(base, targets, until, n, samples), daemon=True)
        for n in range(clients)
    ]
    for t in threads:
        t.start()
    while time.monotonic() < until:
        rss = _rss(pid)
        if rss is not None:
            memory.append((time.monotonic() - start, rss))
        time.sleep(1.0)
    for t in threads:
        t.join(180)
    elapsed = time.monotonic() - start
    latencies = [s.seconds for s in samples]
    errors = [s for s in samples if s.status == 0 or s.status >= 400]
    figures: dict[str, Any] = {
        "clients": clients,
        "seconds": round(elapsed, 1),
        "targets": len(targets),
        "requests": len(samples),
        "errors": len(errors),
        "error_statuses": sorted({s.status for s in errors}),
        "rps": round(len(samples) / elapsed, 1),
        "p50_ms": round(quantile(latencies, 0.50) * 1000),
        "p95_ms": round(quantile(latencies, 0.95) * 1000),
        "p99_ms": round(quantile(latencies, 0.99) * 1000),
        "max_ms": round(max(latencies) * 1000) if latencies else None,
        "by_kind": {
            kind: {
                "requests": len(ks := [s.seconds for s in samples if s.kind == kind]),
                "p50_ms": round(quantile(ks, 0.50) * 1000),
                "p95_ms": round(quantile(ks, 0.95) * 1000),
            }
            for kind in sorted({s.kind for s in samples})
        },
    }
    if memory:
        values = [m for _, m in memory]
        tenth = max(1, len(values) // 10)
        skip = min(len(values) - tenth, max(1, int(warmup)))
        first = statistics.median(values[skip : skip + tenth])
        last = statistics.median(values[-tenth:])
        figures.update(
            rss_start_mb=round(values[0] / 2**20, 1),
            rss_max_mb=round(max(values) / 2**20, 1),
            rss_end_mb=round(values[-1] / 2**20, 1),
            rss_first_tenth_mb=round(first / 2**20, 1),
            rss_last_tenth_mb=round(last / 2**20, 1),
            rss_growth=round(last / first - 1.0, 3),
        )
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--url", help="base URL of a running server, e.g. http://127.0.0.1:8080")
    where.add_argument("--store", type=Path, help="start 'hankegraafi serve' on this store for the test")
    parser.add_argument("--pid", type=int, default=None, help="pid of a running server, to sample its memory")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument(
        "--soak", action="store_true", help="600 s, and fail if memory grows beyond --max-growth"
    )
    parser.add_argument(
        "--max-growth", type=float, default=0.15, help="allowed RSS growth in a soak (0.15 = 15%%)"
    )
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    seconds = 600.0 if args.soak and args.seconds == 60.0 else args.seconds
    server = None
    pid = args.pid
    base = args.url
    if args.store:
        from bench.live import start

        # The server's log goes to the temp directory, not into the working tree.
        handle, name = tempfile.mkstemp(prefix="hankegraafi-load-test-server-", suffix=".log")
        os.close(handle)
        server_log = Path(name)
        log.info("server log: %s", server_log)
        # All clients share one address: the rate limit and the slow lane's per-client share are lifted.
        server = start(
            args.store,
            server_log,
            rate_limit="1000000/minute",
            slow_lane="64",
            slow_lane_per_client="64",
            max_connections_per_client="1000",
        )
        pid, base = server.process.pid, server.url
    try:
        figures = run(
            base.rstrip("/"), clients=args.clients, seconds=seconds, pid=pid, warmup=30.0 if args.soak else 3.0
        )
    finally:
        if server is not None:
            server.stop()
    text = json.dumps(figures, indent=1)
    sys.stdout.write(text + "\n")
    if args.json:
        args.json.write_text(text + "\n")
    failed = figures["errors"] > 0
    if args.soak and figures.get("rss_growth", 0.0) > args.max_growth:
        log.error("memory grew by %.1f %% during the soak", 100 * figures["rss_growth"])
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
