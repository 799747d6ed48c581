"""Validation alone, on the bench's documents: graphs built once, validated N times.

Isolates the cost of :func:`hankegraafi.shapes.validate` from reading,
extraction and storing, and compares it with the reference path (the way
validation ran before issue 17, kept callable as ``validate_reference``) in
the same run, call by call alternated, so that a loaded machine affects both
alike. Prints ms per document and the ratio.

    python -m bench.validate_speed --docs 40 --repeat 2
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rdflib import Graph

from bench.generate import write_documents


def build_graphs(count: int, folder: Path) -> list[Graph]:
    """The mapped graphs of ``count`` bench documents (four formats in turn)."""
    from hankegraafi.ingest.pipeline import Ingester
    from hankegraafi.settings import Config

    ingester = Ingester(None, Config.load(), validate=False)
    return [ingester.build_graph(path)[0] for path in write_documents(folder, count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    from hankegraafi.shapes import validate
    from hankegraafi.shapes.pyshacl_tuning import uninstall
    from hankegraafi.shapes.validate import validate_reference

    def reference(graph: Graph) -> object:
        uninstall()  # as before issue 17: pyshacl's own parameter list
        return validate_reference(graph)

    with tempfile.TemporaryDirectory() as tmp:
        graphs = build_graphs(args.docs, Path(tmp))
    triples = sum(len(g) for g in graphs)
    runs: dict[str, list[float]] = {"reference": [], "current": []}
    functions: dict[str, Callable[[Graph], object]] = {"reference": reference, "current": validate}
    validate(graphs[0])  # warm the caches of both
    reference(graphs[0])
    for _ in range(args.repeat):
        for graph in graphs:
            for name, function in functions.items():
                start = time.perf_counter()
                function(graph)
                runs[name].append(time.perf_counter() - start)
    load = os.getloadavg()[0]
    print(f"{len(graphs)} documents, {triples / len(graphs):.0f} triples each, load average {load:.1f}")
    for name, times in runs.items():
        print(
            f"{name:10s} mean {1000 * statistics.mean(times):7.1f} ms/doc"
            f"  median {1000 * statistics.median(times):7.1f} ms/doc"
        )
    ratio = statistics.mean(runs["reference"]) / statistics.mean(runs["current"])
    print(f"current is {ratio:.2f}x the reference's speed")


if __name__ == "__main__":
    main()
