"""A derived step whose engine reads run in threads (the stored answers, ``queries.answers.recompute``;
the inferred graph, ``ingest.inference.recompute``) beside the same step of a given commit (one
read after another), on one store, runs alternated.

    python -m bench.derive_threads --store STORE --old-commit HEAD~1 [--step inferred] [--rounds 3] [--work DIR]

STORE is copied once to ``--work`` (never written itself); a first untimed run of the old code
settles the step's graph there, so that every timed run finds it stored and writes nothing (both
sides make the same lines: the digest of the graph is printed after every run and must not
change). Each run is timed by the wall clock and the process's CPU time (all threads).
The old side is the step's module (``queries/answers.py``, ``ingest/inference.py``) of
``--old-commit`` loaded beside this checkout's (the rest of the package is this checkout's).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

#: step: (its file in the checkout, its module, the graph it writes for a base)
STEPS = {
    "answers": ("queries/answers.py", "hankegraafi.queries.answers"),
    "inferred": ("ingest/inference.py", "hankegraafi.ingest.inference"),
}


def _graph(step: str, base: str) -> str:
    if step == "answers":
        from hankegraafi.queries.pieces import answers_graph_iri

        return str(answers_graph_iri(base))
    from hankegraafi.ingest.inference import inferred_graph_iri

    return str(inferred_graph_iri(base))


def _old_module(commit: str, work: Path, step: str) -> ModuleType:
    file, module = STEPS[step]
    text = subprocess.run(
        ["git", "show", f"{commit}:{file}"], check=True, capture_output=True, text=True
    ).stdout
    path = work / f"{step}_old.py"
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(f"{module}_old", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _digest(store: object, graph: str) -> str:
    from hankegraafi.store.graphdiff import construct_lines, engine_of

    oxi = engine_of(store)
    assert oxi is not None
    lines = construct_lines(oxi, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()[:16] + f" ({len(lines)} lines)"


def _thread_split(module: ModuleType, store: object, base: str) -> str:
    """One more run of the new answers step with each thread's CPU time summed (``time.thread_time``,
    steady on a loaded machine): the queries' threads beside this one. On an idle machine of two
    cores the step's wall clock is about the larger of this thread's CPU and half the queries'."""
    import threading

    real = module._answer
    spent: dict[str, float] = {}
    lock = threading.Lock()

    def timed(*a: object) -> object:
        start = time.thread_time()
        try:
            return real(*a)
        finally:
            with lock:
                spent["queries"] = spent.get("queries", 0.0) + time.thread_time() - start

    module._answer = timed
    try:
        start = time.thread_time()
        module.recompute(store, base)
        main_cpu = time.thread_time() - start
    finally:
        module._answer = real
    queries = spent.get("queries", 0.0)
    return (
        f"new side, CPU by thread: this thread {main_cpu:.2f} s, the queries' threads {queries:.2f} s "
        f"(one after another: {main_cpu + queries:.2f} s on one core; two cores: about "
        f"{max(main_cpu, queries / 2):.2f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--old-commit", default="HEAD~1")
    parser.add_argument("--step", choices=sorted(STEPS), default="answers")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/answers-prefetch"))
    args = parser.parse_args()
    import importlib
    import os

    from hankegraafi.store.embedded import EmbeddedStore

    new = importlib.import_module(STEPS[args.step][1])

    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    old = _old_module(args.old_commit, args.work, args.step)
    shutil.copytree(args.store, args.work / "store")
    store = EmbeddedStore(args.work / "store")
    base = str(store.base_iri)
    graph = _graph(args.step, base)
    old.recompute(store, base)  # settles the graph: the timed runs write nothing
    print(
        f"step {args.step}; load average {os.getloadavg()[0]:.1f}; graph {_digest(store, graph)}",
        flush=True,
    )
    times: dict[str, list[tuple[float, float]]] = {"old": [], "new": []}
    for round_ in range(args.rounds):
        for side, module in (("old", old), ("new", new)):
            cpu, wall = time.process_time(), time.perf_counter()
            module.recompute(store, base)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            times[side].append((wall, cpu))
            print(
                f"round {round_ + 1} {side}: wall {wall:.2f} s, CPU {cpu:.2f} s, load {os.getloadavg()[0]:.1f}, "
                f"graph {_digest(store, graph)}",
                flush=True,
            )
    if args.step == "answers":  # where the new side's CPU goes: this thread and the query threads
        print(_thread_split(new, store, base), flush=True)
    store.close()
    old_wall, new_wall = (statistics.median(w for w, _c in times[s]) for s in ("old", "new"))
    old_cpu, new_cpu = (statistics.median(c for _w, c in times[s]) for s in ("old", "new"))
    print("| side | wall s (median) | CPU s (median) |")
    print("|---|---:|---:|")
    print(f"| old | {old_wall:.2f} | {old_cpu:.2f} |")
    print(f"| new | {new_wall:.2f} | {new_cpu:.2f} |")
    print(f"| new/old | {new_wall / old_wall:.2f} | {new_cpu / old_cpu:.2f} |")
    shutil.rmtree(args.work, ignore_errors=True)


if __name__ == "__main__":
    main()
