"""Validation alone, on the bench's documents: graphs built once, validated N times.

Isolates the cost of :func:`hankegraafi.shapes.validate` from reading,
extraction and storing, and compares it with the reference path (the way
validation ran before issue 17, kept callable as ``validate_reference``) in
the same run, call by call alternated, so that a loaded machine affects all
alike: ``pyshacl`` is :func:`validate_pyshacl` (pyshacl over indexed dicts),
``current`` is :func:`validate` (pyshacl-turbo's engine where installed).
Prints CPU ms per document and the ratios; also checks that the reports agree.

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


def _rows(report: object) -> list[str]:
    """A report as comparable rows (every field of every result)."""
    return sorted(repr(r) + repr(getattr(r, "messages", ())) for r in getattr(report, "results", ()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    from hankegraafi.shapes import validate
    from hankegraafi.shapes.pyshacl_tuning import uninstall
    from hankegraafi.shapes.validate import validate_pyshacl, validate_reference

    def reference(graph: Graph) -> object:
        uninstall()  # as before issue 17: pyshacl's own parameter list
        return validate_reference(graph)

    with tempfile.TemporaryDirectory() as tmp:
        graphs = build_graphs(args.docs, Path(tmp))
    triples = sum(len(g) for g in graphs)
    functions: dict[str, Callable[[Graph], object]] = {
        "reference": reference,
        "pyshacl": validate_pyshacl,
        "current": validate,
    }
    runs: dict[str, list[float]] = {name: [] for name in functions}
    for function in functions.values():
        function(graphs[0])  # warm the caches of each
    differ = 0
    for _ in range(args.repeat):
        for graph in graphs:
            reports = []
            for name, function in functions.items():
                start = time.process_time()
                reports.append(function(graph))
                runs[name].append(time.process_time() - start)
            differ += any(_rows(r) != _rows(reports[0]) for r in reports)
    load = os.getloadavg()[0]
    print(f"{len(graphs)} documents, {triples / len(graphs):.0f} triples each, load average {load:.1f}")
    for name, times in runs.items():
        print(
            f"{name:10s} mean {1000 * statistics.mean(times):7.1f} ms/doc"
            f"  median {1000 * statistics.median(times):7.1f} ms/doc"
        )
    for name in ("pyshacl", "current"):
        ratio = statistics.mean(runs["reference"]) / statistics.mean(runs[name])
        print(f"{name} is {ratio:.2f}x the reference's speed")
    print(f"documents whose reports differ: {differ}")


if __name__ == "__main__":
    main()
