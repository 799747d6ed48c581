"""What a process pays for the reference graphs, old code beside new, runs alternated.

Each side first ingests a few ``bench.generate`` documents into a store of its own (the
reference graphs are then stored). Then, in turn old, new, old, new, each side runs in a fresh
process:

- ``ensure``: opens its store and calls ``Ingester.ensure_reference_graphs`` (nothing changed):
  the CPU of that call and of the whole process (imports included);
- ``cli``: ``hankegraafi ingest`` of the same documents again (all unchanged, nothing written),
  the whole command's CPU: what a user pays for an ``ingest`` with nothing new.

Both sides run with the same virtualenv; ``--old``/``--new`` name checkouts whose ``hankegraafi``
the processes import (``bench.ingest_cpu``'s ``sitecustomize``). Compare CPU on a shared machine.

    python -m bench.reference_sides --old /tmp/old --new /tmp/new --rounds 5
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_ENSURE = """
import json, os, resource, sys, time
from pathlib import Path
from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
store = EmbeddedStore(Path(sys.argv[1]))
ingester = Ingester(store, Config.load({"store": sys.argv[1]}, environ={}))
began = time.process_time()
updated = ingester.ensure_reference_graphs()
call = time.process_time() - began
store.close()
usage = resource.getrusage(resource.RUSAGE_SELF)
print("RESULT " + json.dumps({"updated": updated, "call": call, "process": usage.ru_utime + usage.ru_stime,
      "module": sys.modules["hankegraafi"].__file__}))
"""

_SETUP = """
import sys
from pathlib import Path
from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
store = EmbeddedStore(Path(sys.argv[1]))
ingester = Ingester(store, Config.load({"store": sys.argv[1]}, environ={}))
ingester.ensure_reference_graphs()
outcomes = ingester.ingest_all([Path(p) for p in sys.argv[2:]])
store.close()
print("stored", sum(o.status == "stored" for o in outcomes))
"""


def _child_cpu(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    """The CPU seconds of one child process (and its children), and its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise RuntimeError(proc.stderr[-2000:])
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime), proc.stdout


def main() -> None:
    from bench.ingest_cpu import _site

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True)
    parser.add_argument("--new", type=Path, required=True)
    parser.add_argument("--docs", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20240601)
    args = parser.parse_args()
    from bench.generate import write_documents

    cli = str(Path(sys.executable).with_name("hankegraafi"))
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
        for _round in range(args.rounds):
            for name, env, store in sides:
                _cpu, out = _child_cpu([sys.executable, "-c", _ENSURE, store], env)
                result = json.loads(next(x for x in out.splitlines() if x.startswith("RESULT "))[7:])
                assert result["updated"] == [], result
                began = time.perf_counter()
                cpu, _out = _child_cpu([cli, "ingest", "--store", store, *docs], env)
                wall = time.perf_counter() - began
                for key, value in (
                    ("ensure call", result["call"]),
                    ("ensure process", result["process"]),
                    ("cli ingest unchanged", cpu),
                ):
                    figures.setdefault(f"{name} {key}", []).append(value)
                print(
                    f"{name}: ensure call {result['call']:.3f} s CPU, its process {result['process']:.3f} s;"
                    f" cli ingest (unchanged) {cpu:.3f} s CPU, wall {wall:.2f} s; load {os.getloadavg()[0]:.1f}"
                    f"  [{Path(result['module']).parents[1]}]",
                    flush=True,
                )
        shutil.rmtree(Path(tmp) / "docs", ignore_errors=True)
    print("medians (CPU seconds), new/old:")
    for key in ("ensure call", "ensure process", "cli ingest unchanged"):
        old, new = statistics.median(figures[f"old {key}"]), statistics.median(figures[f"new {key}"])
        print(f"  {key:22s} old {old:6.3f}  new {new:6.3f}  {new / old:5.2f}x")


if __name__ == "__main__":
    main()
