"""The stored answers' step on one core and on two (queries/answerpool.py), alternated on one store.

    python -m bench.answers_cores --store STORE [--rounds 3] [--drop]

STORE (an embedded store that holds documents, e.g. one ``bench.ingest_timeline`` style batch of 100
bench documents) is copied once; every run recomputes ``queries.answers.recompute`` on the copy,
one side with the second process switched off (``answerpool.FROM_DOCUMENTS`` past any store), the
other with it. ``--drop`` drops the answers graph before each run, so that every line is written
(as after a batch into a fresh store) rather than none. Each run prints the wall clock, the CPU of
this process (all its threads), of its main thread (the step's serial chain: on an idle machine
the wall clock is about the larger of it and the second process's CPU) and of the second process,
and the load; the answers graph's lines must be the same on both sides (its digest is printed).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--drop", action="store_true")
    args = parser.parse_args()
    from hankegraafi.queries import answerpool, answers
    from hankegraafi.settings import Config
    from hankegraafi.store.embedded import EmbeddedStore
    from hankegraafi.store.graphdiff import engine_of, stored_text

    base = str(Config.load().base_iri)
    graph = answers.answers_graph_iri(base)
    figures: dict[str, dict[str, list[float]]] = {"one core": {}, "two cores": {}}
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(args.store, Path(tmp) / "store")
        store = EmbeddedStore(Path(tmp) / "store", base_iri=base)
        engine = engine_of(store)
        assert engine is not None
        answers.recompute(store, base)  # settle the graph and the caches
        for round_ in range(args.rounds):
            for side, limit in (("one core", 1 << 62), ("two cores", answerpool.FROM_DOCUMENTS)):
                answerpool.FROM_DOCUMENTS = limit
                if args.drop:
                    store.drop_graph(graph)
                began = (time.perf_counter(), time.process_time(), time.thread_time(), _children_cpu())
                answers.recompute(store, base)
                ended = (time.perf_counter(), time.process_time(), time.thread_time(), _children_cpu())
                wall, cpu, main_thread, child = (b - a for a, b in zip(began, ended, strict=True))
                digest = hashlib.sha256(
                    "\n".join(sorted(stored_text(engine, graph).splitlines())).encode()
                ).hexdigest()[:12]
                for key, value in (("wall", wall), ("cpu", cpu), ("main", main_thread), ("child", child)):
                    figures[side].setdefault(key, []).append(value)
                print(
                    f"round {round_ + 1} {side:9s}: wall {wall:5.2f} s, CPU {cpu:5.2f} s (main thread "
                    f"{main_thread:5.2f}), second process {child:5.2f} s; lines {digest}; "
                    f"load {os.getloadavg()[0]:.1f}",
                    flush=True,
                )
        store.close()
    for side, values in figures.items():
        print(side, "medians:", ", ".join(f"{k} {statistics.median(v):.2f}" for k, v in values.items()))


if __name__ == "__main__":
    main()
