"""Where a document's ingest time goes: CPU per stage on the bench documents, one process.

Runs ``Ingester.ingest_all`` on ``bench.generate`` documents into a fresh
embedded store with a profiler on, after one warm-up document (which pays for
the shapes, vocabularies and Voikko once per process), and prints the CPU
milliseconds per document of each stage's function (cumulative, so nested
stages are inside their parents: reading and extraction inside ``build_graph``).
CPU time, not wall clock: on a shared machine it measures this process only.

    python -m bench.ingest_stages --docs 100
    python -m bench.ingest_stages --docs 100 --no-validate
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import tempfile
import time
from pathlib import Path

from bench.generate import write_documents

#: (label, file suffix, function name) of the stages, read from the profile.
STAGES: tuple[tuple[str, str, str], ...] = (
    ("prepare (read+extract+map+validate+N-Triples)", "ingest/pipeline.py", "prepare"),
    ("  build_graph", "ingest/pipeline.py", "build_graph"),
    ("    read", "ingest/readers.py", "read_document"),
    ("    extract", "ingest/extract.py", "extract"),
    ("    to_graph", "ingest/mapping.py", "to_graph"),
    ("    coverage", "ingest/coverage.py", "coverage"),
    ("  validate", "shapes/validate.py", "validate"),
    ("  serialize", "rdflib/graph.py", "serialize"),
    ("commit (store write, changelog)", "ingest/pipeline.py", "_commit"),
    ("  replace_graph_ntriples", "store/embedded.py", "replace_graph_ntriples"),
    ("  changelog.record", "ingest/changelog.py", "record"),
    ("recompute_canonical", "ingest/pipeline.py", "recompute_canonical"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--no-validate", action="store_true")
    args = parser.parse_args()
    from hankegraafi.ingest.pipeline import Ingester
    from hankegraafi.settings import Config
    from hankegraafi.store.embedded import EmbeddedStore

    with tempfile.TemporaryDirectory() as tmp:
        paths = write_documents(Path(tmp) / "docs", args.docs + 1, seed=args.seed)
        store = EmbeddedStore(Path(tmp) / "store")
        ingester = Ingester(store, Config.load(), validate=not args.no_validate, force=True)
        ingester.ensure_reference_graphs()
        ingester.ingest(paths[0])
        profile = cProfile.Profile(time.process_time)  # CPU, not wall clock
        cpu, wall = time.process_time(), time.perf_counter()
        profile.enable()
        outcomes = ingester.ingest_all(paths[1:])
        profile.disable()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        store.close()
        shutil.rmtree(Path(tmp) / "store", ignore_errors=True)
    count = len(outcomes)
    statuses: dict[str, int] = {}
    for outcome in outcomes:
        statuses[outcome.status] = statuses.get(outcome.status, 0) + 1
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]  # pstats keeps it undeclared
    print(f"{count} documents {statuses}, validation {'off' if args.no_validate else 'on'}")
    print(
        f"load average {os.getloadavg()[0]:.1f}; profiled CPU {1000 * cpu / count:.1f} ms/doc, wall {wall:.1f} s"
    )
    print("(the profiler adds to every figure; compare stages with each other, not with an unprofiled run)")
    for label, suffix, name in STAGES:
        total = sum(
            entry[3] for (file, _line, func), entry in stats.items() if func == name and file.endswith(suffix)
        )
        print(f"{label:48s} {1000 * total / count:8.1f} ms/doc")


if __name__ == "__main__":
    main()
