"""``pieces.write`` of another checkout beside this one's, on the same answers, alternated, in one process.

    python -m bench.pieces_write_sides STORE OLD_CHECKOUT [--rounds 4]

Runs ``answers.recompute`` once on STORE (its answers graph dropped first; STORE is written: use a
copy) and keeps every ``write`` call's arguments; then writes them all with OLD_CHECKOUT's
``queries/pieces.py`` (rdflib terms through ``WrittenLines.add``) and with this one's, in turn,
timing CPU, and checks that both give the same lines.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def main() -> None:
    from hankegraafi.queries import answers
    from hankegraafi.queries.pieces import answers_graph_iri
    from hankegraafi.store.embedded import EmbeddedStore

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("old", type=Path)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    old_pieces = _load("old_pieces", args.old / "queries" / "pieces.py")
    calls: list[tuple[Any, ...]] = []
    real = answers.write

    def spy(graph: Any, base: str, digest: str, label: str, answer: Any, made: Any = None) -> None:
        calls.append((base, digest, label, answer, made))
        real(graph, base, digest, label, answer, made)

    answers.write = spy  # type: ignore[assignment]
    store = EmbeddedStore(args.store)
    try:
        store.drop_graph(answers_graph_iri(store.base_iri))
        answers.recompute(store, store.base_iri)
    finally:
        store.close()
        answers.write = real

    class OldLines(answers.WrittenLines):
        add_text = None  # type: ignore[assignment]  # the old write adds rdflib terms

    def run(write: Any, cls: type[answers.WrittenLines]) -> tuple[float, set[str]]:
        graph, began, memo = cls(), time.process_time(), {}
        for base, digest, label, answer, made in calls:
            write(graph, base, digest, label, answer, None if made is None else memo.setdefault(id(made), {}))
        return time.process_time() - began, graph.lines()

    cpu: dict[str, list[float]] = {"old": [], "new": []}
    lines: dict[str, set[str]] = {}
    for _round in range(args.rounds):
        for name, write, cls in (("old", old_pieces.write, OldLines), ("new", real, answers.WrittenLines)):
            seconds, lines[name] = run(write, cls)
            cpu[name].append(seconds)
            print(
                f"{name}: {seconds:.3f} s CPU, {len(lines[name])} lines; load {os.getloadavg()[0]:.1f}",
                flush=True,
            )
    print(f"{len(calls)} answers; the same lines: {lines['old'] == lines['new']}")
    old, new = statistics.median(cpu["old"]), statistics.median(cpu["new"])
    print(f"median CPU seconds: old {old:.3f}  new {new:.3f}  {new / old:.2f}x")


if __name__ == "__main__":
    main()
