"""What a fresh process pays for ``Ingester.remove``, old code beside new, runs alternated.

Each side ingests ``--docs`` ``bench.generate`` documents into a store of its own (with the
reference graphs). Then, in turn old, new, old, new, each side copies its store and, in a fresh
process, removes one document from the copy (the copy is not timed): the CPU of the ``remove``
call (its derived rebuild included) and of the whole process, and whether the process parsed the
vocabularies (``loader.vocabulary_graph``'s cache). Compare CPU on a shared machine.

    python -m bench.remove_sides --old /tmp/old --new /tmp/new --rounds 5
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

_REMOVE = """
import json, resource, sys, time
from pathlib import Path
from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.ontology import loader
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
store = EmbeddedStore(Path(sys.argv[1]))
ingester = Ingester(store, Config.load({"store": sys.argv[1]}, environ={}))
began = time.process_time()
removed = ingester.remove(sys.argv[2])
call = time.process_time() - began
store.close()
usage = resource.getrusage(resource.RUSAGE_SELF)
print("RESULT " + json.dumps({"removed": str(removed), "failure": ingester.removal_failure, "call": call,
      "process": usage.ru_utime + usage.ru_stime, "vocab": loader.vocabulary_graph.cache_info().currsize,
      "module": sys.modules["hankegraafi"].__file__}))
"""


def main() -> None:
    from bench.generate import write_documents
    from bench.ingest_cpu import _site

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True)
    parser.add_argument("--new", type=Path, required=True)
    parser.add_argument("--docs", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20240601)
    args = parser.parse_args()
    figures: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        docs = [str(p) for p in write_documents(Path(tmp) / "docs", args.docs, seed=args.seed)]
        sides = []
        for name, root in (("old", args.old.resolve()), ("new", args.new.resolve())):
            env = _site(root, Path(tmp) / f"site-{name}")
            store = str(Path(tmp) / f"store-{name}")
            _cpu, out = _child_cpu([sys.executable, "-c", _SETUP, store, *docs], env)
            print(f"{name}: {out.strip()} ({root})", flush=True)
            sides.append((name, env, store))
        target = Path(docs[0]).name
        for _round in range(args.rounds):
            for name, env, store in sides:
                copy = str(Path(tmp) / f"copy-{name}")
                shutil.rmtree(copy, ignore_errors=True)
                shutil.copytree(store, copy)
                _cpu, out = _child_cpu([sys.executable, "-c", _REMOVE, copy, target], env)
                result = json.loads(next(x for x in out.splitlines() if x.startswith("RESULT "))[7:])
                assert result["removed"] != "None" and result["failure"] is None, result
                figures.setdefault(f"{name} remove call", []).append(result["call"])
                figures.setdefault(f"{name} remove process", []).append(result["process"])
                print(
                    f"{name}: remove call {result['call']:.3f} s CPU, its process {result['process']:.3f} s,"
                    f" vocabularies parsed {result['vocab']}; load {os.getloadavg()[0]:.1f}"
                    f"  [{Path(result['module']).parents[1]}]",
                    flush=True,
                )
    print("medians (CPU seconds), new/old:")
    for key in ("remove call", "remove process"):
        old, new = statistics.median(figures[f"old {key}"]), statistics.median(figures[f"new {key}"])
        print(f"  {key:16s} old {old:6.3f}  new {new:6.3f}  {new / old:5.2f}x")


if __name__ == "__main__":
    main()
