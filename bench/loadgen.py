"""A closed-loop HTTP load generator for SPARQL endpoints, bounded in time.

``concurrency`` threads each keep one keep-alive connection and send the
workload's queries in turn (each thread starting at a different query) until
``duration`` seconds have passed; a request still running then is waited for
but not counted. Run it in its own process (``python -m bench.loadgen``) so
that its CPU use is its own and not the server's or the benchmark's.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from urllib.parse import urlencode, urlsplit

ACCEPT = "application/sparql-results+json"


@dataclass
class LoadResult:
    concurrency: int
    duration: float
    requests: int
    errors: int
    throughput: float  # successful requests per second
    p50_ms: float
    p95_ms: float
    mean_ms: float
    error_sample: str = ""


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def run_load(
    url: str, queries: Sequence[str], concurrency: int, duration: float, timeout: float = 120
) -> LoadResult:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    path = parts.path or "/"
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.perf_counter() + duration
    start = threading.Barrier(concurrency + 1)

    def worker(n: int) -> None:
        conn = http.client.HTTPConnection(host, port, timeout=timeout)
        mine: list[float] = []
        bad: list[str] = []
        i = n
        start.wait()
        while True:
            body = urlencode({"query": queries[i % len(queries)]})
            i += 1
            t0 = time.perf_counter()
            if t0 >= stop_at:
                break
            try:
                conn.request(
                    "POST",
                    path,
                    body=body,
                    headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": ACCEPT},
                )
                resp = conn.getresponse()
                data = resp.read()
                t1 = time.perf_counter()
                if resp.status == 200:
                    if t1 <= stop_at:
                        mine.append(t1 - t0)
                else:
                    bad.append(f"{resp.status}: {data[:200]!r}")
            except (OSError, http.client.HTTPException) as exc:
                bad.append(f"{type(exc).__name__}: {exc}")
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=timeout)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors.extend(bad)

    threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(concurrency)]
    for t in threads:
        t.start()
    began = time.perf_counter()
    stop_at = began + duration
    start.wait()
    for t in threads:
        t.join()
    ms = [x * 1000 for x in latencies]
    return LoadResult(
        concurrency=concurrency,
        duration=duration,
        requests=len(ms),
        errors=len(errors),
        throughput=len(ms) / duration,
        p50_ms=percentile(ms, 0.5),
        p95_ms=percentile(ms, 0.95),
        mean_ms=statistics.fmean(ms) if ms else float("nan"),
        error_sample=errors[0] if errors else "",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.loadgen", description="Closed-loop SPARQL load, bounded in time."
    )
    parser.add_argument("url")
    parser.add_argument("queries", help="JSON file: a list of SPARQL query texts")
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--duration", type=float, default=5.0)
    args = parser.parse_args(argv)
    if args.concurrency < 1 or args.duration <= 0:
        parser.error("--concurrency must be at least 1 and --duration above 0")
    with open(args.queries, encoding="utf-8") as fh:
        queries = json.load(fh)
    result = run_load(args.url, queries, args.concurrency, args.duration)
    sys.stdout.write("RESULT " + json.dumps(asdict(result)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
