"""Where the wall clock of a parallel ingest goes: this process's preparations, commits and
derived step, the workers' preparations, and the tail after the last document is prepared.

Ingests ``bench.generate`` documents into a fresh embedded store (``Ingester.ingest_all``
after one warm-up document, as ``bench.run``'s ingest section does) with the stages timed
(wall clock) in this process and, through their outcomes' warnings, in the forked workers.
The tail (from the last preparation to the last commit, then the derived step) is the time
the second core has nothing to do. ``--code ROOT`` runs another checkout's code (forked workers
inherit it), as ``bench.ingest_cpu --old`` does.

    python -m bench.ingest_timeline --docs 100 --jobs 2 [--code /tmp/old]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

_TAG = "@@timeline "
#: The workers' preparation untimed, and the clock's start, for :func:`_in_worker` (a forked worker inherits them).
_UNTIMED: list[Any] = []
_START: list[list[float]] = []


def _in_worker(job: Any) -> Any:
    """The workers' preparation, its start and end told in the outcome's warnings (module level: pickled by name)."""
    began = time.perf_counter()
    prepared = _UNTIMED[0](job)
    at = _START[0][0]
    prepared.warnings = [*prepared.warnings, f"{_TAG}{began - at} {time.perf_counter() - at}"]
    return prepared


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--code", type=Path, help="a checkout whose code runs (default: the install)")
    args = parser.parse_args()
    if args.code is not None:
        from bench.ingest_cpu import _import_from

        _import_from(args.code.resolve())
    from bench.generate import write_documents
    from hankegraafi.ingest import pipeline
    from hankegraafi.ingest.pipeline import Ingester
    from hankegraafi.settings import Config
    from hankegraafi.store.embedded import EmbeddedStore

    start = [0.0]
    events: list[tuple[str, float, float]] = []

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*a: Any, **k: Any) -> Any:
            began = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                events.append((name, began - start[0], time.perf_counter() - start[0]))

        return wrapper

    Ingester.prepare = timed("prepare", Ingester.prepare)  # type: ignore[method-assign]
    Ingester._commit = timed("commit", Ingester._commit)  # type: ignore[method-assign]
    Ingester.recompute_canonical = timed("derived", Ingester.recompute_canonical)  # type: ignore[method-assign]
    _UNTIMED.append(pipeline._prepare_in_worker)
    _START.append(start)
    pipeline._prepare_in_worker = _in_worker  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_documents(Path(tmp) / "docs", args.docs + 1, seed=args.seed)
        store = EmbeddedStore(Path(tmp) / "store")
        ingester = Ingester(store, Config.load(), validate=True, force=True)
        ingester.ensure_reference_graphs()
        ingester.ingest(paths[0])
        events.clear()
        start[0] = time.perf_counter()
        outcomes = ingester.ingest_all(paths[1:], jobs=args.jobs)
        wall = time.perf_counter() - start[0]
        store.close()
    worker = [
        tuple(float(x) for x in w[len(_TAG) :].split())
        for o in outcomes
        for w in o.warnings
        if w.startswith(_TAG)
    ]
    print(f"{len(outcomes)} documents, {args.jobs} processes: wall {wall:.2f} s, load {os.getloadavg()[0]:.1f}")
    for name in ("prepare", "commit", "derived"):
        spans = [(a, b) for n, a, b in events if n == name]
        if spans:
            print(f"  this process {name:8s} {len(spans):4d} x, busy {sum(b - a for a, b in spans):6.2f} s")
    if worker:
        print(f"  workers      prepare  {len(worker):4d} x, busy {sum(b - a for a, b in worker):6.2f} s")
    last = max([b for n, _a, b in events if n == "prepare"] + [b for _a, b in worker])
    commits = [b for n, _a, b in events if n == "commit"]
    derived = sum(b - a for n, a, b in events if n == "derived")
    print(
        f"  last preparation ends at {last:.2f} s; last commit {max(commits):.2f} s (tail {max(commits) - last:.2f} s)"
    )
    print(
        f"  derived step {derived:.2f} s; after the last preparation in all {wall - last:.2f} s ({100 * (wall - last) / wall:.0f} %)"
    )


if __name__ == "__main__":
    main()
