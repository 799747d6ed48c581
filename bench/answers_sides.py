"""The stored answers' step (``queries.answers.recompute``) of two checkouts, alternated.

One store is built once (``--docs`` ``bench.generate`` documents, ingested with the derived graphs);
then in turn old, new, old, new, each side copies it and, in a fresh process importing its
checkout (``bench.ingest_cpu``'s ``sitecustomize``), runs ``answers.recompute`` on the copy with the
answers graph dropped first (so every answer is written, not only the difference): the call's CPU
(and wall) time, of its main thread (the step's serial chain) and of any process it forked (stop
46: the second core's share, queries/answerpool.py). The copies are not timed. Compare CPU ratios
on a shared machine.

    python -m bench.answers_sides --old /tmp/old --new /tmp/new --docs 100 --rounds 4
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from bench.reference_sides import _SETUP, _child_cpu

_RECOMPUTE = """
import json, resource, sys, time
from pathlib import Path
from hankegraafi.queries import answers
from hankegraafi.queries.pieces import answers_graph_iri
from hankegraafi.store.embedded import EmbeddedStore
store = EmbeddedStore(Path(sys.argv[1]))
base = store.base_iri
store.drop_graph(answers_graph_iri(base))
def children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
cpu, wall, main, child = time.process_time(), time.perf_counter(), time.thread_time(), children()
answers.recompute(store, base)
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
main, child = time.thread_time() - main, children() - child
triples = store.count(answers_graph_iri(base))
store.close()
print("RESULT " + json.dumps({"cpu": cpu, "wall": wall, "main": main, "child": child, "triples": triples, "module": answers.__file__}))
"""


def main() -> None:
    from bench.generate import write_documents
    from bench.ingest_cpu import _site

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True)
    parser.add_argument("--new", type=Path, required=True)
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--seed", type=int, default=20240601)
    args = parser.parse_args()
    figures: dict[str, list[float]] = {}
    chains: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        docs = [str(p) for p in write_documents(Path(tmp) / "docs", args.docs, seed=args.seed)]
        sides = [
            (name, _site(root.resolve(), Path(tmp) / f"site-{name}"))
            for name, root in (("old", args.old), ("new", args.new))
        ]
        store = str(Path(tmp) / "store")
        _cpu, out = _child_cpu([sys.executable, "-c", _SETUP, store, *docs], sides[0][1])
        print(f"built with old: {out.strip()}", flush=True)
        for _round in range(args.rounds):
            for name, env in sides:
                copy = str(Path(tmp) / "copy")
                shutil.rmtree(copy, ignore_errors=True)
                shutil.copytree(store, copy)
                _cpu, out = _child_cpu([sys.executable, "-c", _RECOMPUTE, copy], env)
                result = json.loads(next(x for x in out.splitlines() if x.startswith("RESULT "))[7:])
                figures.setdefault(name, []).append(result["cpu"] + result.get("child", 0.0))
                chains.setdefault(name, []).append(max(result.get("main", 0.0), result.get("child", 0.0)))
                print(
                    f"{name}: answers.recompute {result['cpu']:.3f} s CPU (main thread {result.get('main', 0):.3f},"
                    f" second process {result.get('child', 0):.3f}), wall {result['wall']:.2f} s,"
                    f" {result['triples']} triples; load {os.getloadavg()[0]:.1f}"
                    f"  [{Path(result['module']).parents[1]}]",
                    flush=True,
                )
    old, new = statistics.median(figures["old"]), statistics.median(figures["new"])
    print(f"median CPU seconds (both processes): old {old:.3f}  new {new:.3f}  {new / old:.2f}x")
    old, new = statistics.median(chains["old"]), statistics.median(chains["new"])
    print(
        f"median of the larger of main thread and second process: old {old:.3f}  new {new:.3f}  {new / old:.2f}x"
    )


if __name__ == "__main__":
    main()
