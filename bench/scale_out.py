"""Past one machine, rehearsed on one: several read-only servers behind a load balancer, measured.

    .venv/bin/python -m bench.scale_out --instances 2 --triples 100000 --seconds 8

Starts ``--instances`` copies of ``hankegraafi serve``, each over its own
replica of the embedded store directory (a copy: ``serve`` keeps a writer
process that locks its directory, so two servers cannot share one), puts a small least-connections
reverse proxy in front of them, and drives the catalogue workload through the
proxy with the closed-loop load generator at 1, 8 and 32 clients; then the
same through a single instance behind the same proxy, so the two are
comparable. Everything listens on 127.0.0.1 only and is stopped at the end.

On a two-core machine more instances cannot add CPU: what this shows is that
the instances share one store and the balancer spreads and survives load; on
several machines the same layout (replicas of the store directory, or one
SPARQL server per machine, behind nginx/HAProxy) adds capacity with each
machine. The proxy is deliberately plain (standard library, threads): in
production put nginx or HAProxy there.
"""

from __future__ import annotations

import argparse
import http.client
import json
import logging
import shutil
import sys
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import asdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from bench import servers
from bench.loadgen import run_load
from bench.workload import WORKLOAD, sparql_text

log = logging.getLogger(__name__)

HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade"}


class Balancer:
    """Least-outstanding-requests choice among backends; a backend that fails is skipped for a while."""

    def __init__(self, backends: Sequence[str]) -> None:
        self.backends = [urlsplit(b) for b in backends]
        self.active = [0] * len(backends)
        self.served = [0] * len(backends)
        self.failures = [0] * len(backends)
        self.lock = threading.Lock()
        self.local = threading.local()

    def pick(self) -> int:
        with self.lock:
            i = min(
                range(len(self.backends)), key=lambda k: (self.failures[k] > 2, self.active[k], self.served[k])
            )
            self.active[i] += 1
            return i

    def done(self, i: int, ok: bool) -> None:
        with self.lock:
            self.active[i] -= 1
            self.served[i] += 1
            self.failures[i] = 0 if ok else self.failures[i] + 1

    def connection(self, i: int) -> http.client.HTTPConnection:
        conns = getattr(self.local, "conns", None)
        if conns is None:
            conns = self.local.conns = {}
        conn = conns.get(i)
        if conn is None:
            b = self.backends[i]
            conn = conns[i] = http.client.HTTPConnection(b.hostname, b.port, timeout=120)
        return conn

    def drop(self, i: int) -> None:
        conns = getattr(self.local, "conns", {})
        conn = conns.pop(i, None)
        if conn is not None:
            conn.close()


def make_proxy(balancer: Balancer, port: int) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            log.debug(format, *args)

        def _forward(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            headers = {
                k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP and k.lower() != "host"
            }
            for attempt in range(2):  # one retry on another backend if a connection broke
                i = balancer.pick()
                b = balancer.backends[i]
                path = (
                    b.path.rstrip("/") + self.path
                    if self.path.startswith("/") and b.path not in ("", "/")
                    else self.path
                )
                try:
                    conn = balancer.connection(i)
                    conn.request(self.command, path, body=body, headers=headers)
                    resp = conn.getresponse()
                    data = resp.read()
                except (OSError, http.client.HTTPException):
                    balancer.drop(i)
                    balancer.done(i, ok=False)
                    if attempt:
                        self.send_error(502, "no backend answered")
                        return
                    continue
                balancer.done(i, ok=resp.status < 500)
                self.send_response(resp.status)
                for k, v in resp.getheaders():
                    if k.lower() not in HOP_BY_HOP and k.lower() != "content-length":
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return

        do_GET = _forward
        do_POST = _forward

    class Proxy(ThreadingHTTPServer):
        request_queue_size = 256  # the default backlog of 5 resets clients of a 32-client burst

    server = Proxy((servers.LOOPBACK, port), Handler)
    server.daemon_threads = True
    return server


def measure(
    store_dirs: Sequence[Path], logs: Path, seconds: float, levels: Sequence[int], queries: list[str]
) -> dict[str, object]:
    started: list[servers.Server] = []
    try:
        for n, d in enumerate(store_dirs):
            started.append(servers.start_ours(d, logs, name=f"instance-{n}"))
        balancer = Balancer([s.url.rsplit("/", 1)[0] for s in started])
        port = servers.free_port()
        proxy = make_proxy(balancer, port)
        thread = threading.Thread(target=proxy.serve_forever, daemon=True)
        thread.start()
        url = f"http://{servers.LOOPBACK}:{port}/sparql"
        try:
            results = {str(c): asdict(run_load(url, queries, c, seconds)) for c in levels}
        finally:
            proxy.shutdown()
            proxy.server_close()
        return {
            "instances": len(started),
            "levels": results,
            "served_per_instance": balancer.served,
            "peak_mb": sum(s.peak_rss_mb() for s in started),
        }
    finally:
        for s in started:
            s.stop()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scale_out", description=__doc__.split("\n\n")[0])
    parser.add_argument("--instances", type=int, default=2)
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=8.0, help="seconds per concurrency level")
    parser.add_argument(
        "--replicas",
        action="store_true",
        help="a copy of the store per instance instead of one shared directory",
    )
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "hankegraafi-bench")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = parser.parse_args(argv)
    if args.instances < 1 or args.seconds <= 0 or args.triples < 0:
        parser.error("--instances must be at least 1, --seconds above 0, --triples zero or more")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    from bench.generate import generate_file
    from hankegraafi.store.embedded import EmbeddedStore

    args.work.mkdir(parents=True, exist_ok=True)
    data = args.work / f"synthetic-{args.triples}-seed20240601.nq"
    generate_file(data, args.triples)
    base = args.work / f"scale-store-{args.triples}"
    if not (base / "CURRENT").exists():
        store = EmbeddedStore(base)
        store.load(data, "nq")
        store.close()
    dirs = []
    for n in range(args.instances):
        replica = args.work / f"scale-replica-{n}"
        shutil.rmtree(replica, ignore_errors=True)
        shutil.copytree(base, replica, ignore=shutil.ignore_patterns("LOCK"))
        dirs.append(replica)
    queries = [sparql_text(n, p) for n, p in WORKLOAD]
    levels = (1, 8, 32)
    logs = args.work / "logs"
    out = {
        "one": measure([base], logs, args.seconds, levels, queries),
        "many": measure(dirs, logs, args.seconds, levels, queries),
        "triples": args.triples,
    }
    text = json.dumps(out, indent=1)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    lines = ["| instances | clients | queries/s | p50 ms | p95 ms | errors |", "|---|---|---|---|---|---|"]
    for key in ("one", "many"):
        r = out[key]
        for c, v in r["levels"].items():  # type: ignore[union-attr]
            lines.append(
                f"| {r['instances']} | {c} | {v['throughput']:.1f} | {v['p50_ms']:.1f} | {v['p95_ms']:.1f} | {v['errors']} |"  # type: ignore[index]
            )
    sys.stdout.write(
        "\n".join(lines) + f"\nrequests per instance (many): {out['many']['served_per_instance']}\n"
    )  # type: ignore[index]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
