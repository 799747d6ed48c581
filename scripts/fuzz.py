#!/usr/bin/env python3
"""Long fuzz run of the readers and extractors, each input under a hard deadline.

    .venv/bin/python scripts/fuzz.py --inputs 20000 --out fuzz-findings

Inputs are mutated invented documents (txt, html, docx, pdf built from
``ingest/samples``) and random bytes (``bench/fuzzing.py``). Each
goes to a worker process; a worker that does not answer within ``--timeout``
seconds is killed and replaced, so even a hang in C code is bounded. Every
input that raises something other than IngestError, or hangs, is saved in
``--out`` under its failure signature. Exit 0 when nothing new was found
(with ``--known-only``: nothing outside the known classes of
``tests/reliability/test_fuzz.py``), else 1.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import multiprocessing as mp
import random
import sys
import time
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

log = logging.getLogger("fuzz")


def _worker(conn: Connection) -> None:
    logging.disable(logging.WARNING)
    from bench import fuzzing

    fuzzing.seeds()
    conn.send("ready")
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return
        if item is None:
            return
        name, data = item
        try:
            conn.send(("ok", fuzzing.check(data, name)))
        except fuzzing.Finding as finding:
            conn.send(("finding", finding.signature, str(finding)))


class Worker:
    def __init__(self, ctx: mp.context.BaseContext) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker, args=(child,), daemon=True)
        self.process.start()
        child.close()
        if not self.conn.poll(120) or self.conn.recv() != "ready":
            raise RuntimeError("fuzz worker did not start")

    def kill(self) -> None:
        self.process.kill()
        self.process.join(10)
        self.conn.close()


def run(count: int, seed: int, timeout: float, out: Path, workers: int) -> dict[str, object]:
    from bench import fuzzing
    from bench.fuzzing import known

    ctx = mp.get_context("spawn")
    pool = [Worker(ctx) for _ in range(workers)]
    busy: dict[int, tuple[str, bytes, float]] = {}
    rng = random.Random(seed)
    feed = fuzzing.inputs(rng, count)
    outcomes: Counter[str] = Counter()
    signatures: Counter[str] = Counter()
    sent = done = 0
    started = time.monotonic()
    total_bytes = 0
    out.mkdir(parents=True, exist_ok=True)

    def save(signature: str, name: str, data: bytes) -> None:
        if signatures[signature] > 3:  # a few examples of each class are enough
            return
        digest = hashlib.sha256(data).hexdigest()[:12]
        safe = "".join(c if c.isalnum() or c in "-_.@" else "_" for c in signature)[:80]
        (out / f"{safe}-{digest}-{Path(name).name}").write_bytes(data)

    while done < count:
        for i, worker in enumerate(pool):
            if i not in busy and sent < count:
                name, data = next(feed)
                worker.conn.send((name, data))
                busy[i] = (name, data, time.monotonic())
                sent += 1
                total_bytes += len(data)
        ready = mp.connection.wait([pool[i].conn for i in busy], timeout=0.5)
        for i in list(busy):
            worker = pool[i]
            name, data, since = busy[i]
            if worker.conn in ready:
                try:
                    reply = worker.conn.recv()
                except EOFError:
                    reply = ("finding", "WorkerDied", f"{name}: worker process died")
            elif time.monotonic() - since > timeout:
                reply = ("finding", "Hang@hard-deadline", f"{name}: no answer in {timeout} s")
            else:
                continue
            del busy[i]
            done += 1
            if reply[0] == "ok":
                outcomes[reply[1]] += 1
            else:
                signature = reply[1]
                signatures[signature] += 1
                outcomes["finding"] += 1
                save(signature, name, data)
                if signature in ("WorkerDied", "Hang@hard-deadline"):
                    worker.kill()
                    pool[i] = Worker(ctx)
    for worker in pool:
        worker.conn.send(None)
        worker.process.join(10)
    elapsed = time.monotonic() - started
    unknown = {s: n for s, n in signatures.items() if known(s) is None}
    return {
        "inputs": done,
        "bytes": total_bytes,
        "seconds": round(elapsed, 1),
        "graphs": outcomes["graph"],
        "ingest_errors": outcomes["ingest-error"],
        "findings": outcomes["finding"],
        "signatures": dict(signatures),
        "unknown": unknown,
        "seed": seed,
        "timeout": timeout,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=20_000, help="how many inputs to try")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: time)")
    parser.add_argument("--timeout", type=float, default=10.0, help="hard deadline per input, seconds")
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--out", type=Path, default=Path("fuzz-findings"), help="folder for failing inputs")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here as JSON")
    parser.add_argument("--known-only", action="store_true", help="fail only on failure classes not yet known")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    seed = args.seed if args.seed is not None else int(time.time())
    figures = run(args.inputs, seed, args.timeout, args.out, args.workers)
    text = json.dumps(figures, indent=1)
    sys.stdout.write(text + "\n")
    if args.json:
        args.json.write_text(text + "\n")
    failed = figures["unknown"] if args.known_only else figures["signatures"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
