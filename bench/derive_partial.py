"""A write's derived step, this code beside another's: each step's CPU for an ingest and a remove.

    python -m bench.derive_partial --store STORE --doc FILE --old-code PKG [--new-code PKG] [--rounds 2] [--work DIR]
        [--skip 'stored catalogue answers' 'stored page lists'] [--warm]

Each round copies STORE (never written) to ``--work`` once per side (old first, then new), and in
that copy, with the side's code: writes its ontology and vocabularies and rebuilds the derived graphs
if they differ, and the page lists once, untimed (so that they are the side's own format, as after
any earlier write of that code), then makes two writes: ingests FILE (a
document the store does not hold) and removes it again. Each write runs with the derived step
held back; then every step of :func:`hankegraafi.ingest.derived.steps` is timed alone (the
process's CPU time, steadier than the wall clock on a shared machine), given the graphs the write
touched where the step takes them (``Step.partial``; the old code has none). ``--old-code`` is a
folder holding another checkout's ``hankegraafi`` package laid out as installed (as for
``bench.derive_step``); ``--new-code`` the same for the new side (this checkout with only the
change measured, when others' uncommitted edits are in the tree). One JSON line per run, then a table: the medians of the rounds side by
side, with new/old as a ratio.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any


def child(store_path: Path, doc: Path, skip: list[str] | None = None, warm: bool = False) -> dict[str, Any]:
    """One side's run in this process (``skip``: steps left out, untimed: those that read nothing
    a later timed step reads, e.g. the stored answers' 80 s at 10^6 triples before the name index;
    ``warm``: every step run once more first, untimed, as in a process that has written before: a
    server, a test worker; what the code keeps between writes is then kept)."""
    if os.environ.get("DERIVE_STEP_FROM_PATH"):  # the other checkout on PYTHONPATH, not the editable install
        sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
    from hankegraafi.ingest import derived
    from hankegraafi.ingest.pipeline import Ingester
    from hankegraafi.queries import pagelists
    from hankegraafi.settings import Config
    from hankegraafi.store import graphdiff
    from hankegraafi.store.embedded import EmbeddedStore

    cfg = Config.load({"store": str(store_path)}, environ={})
    base = str(cfg.base_iri)
    store = EmbeddedStore(store_path, base_iri=base)
    out: dict[str, Any] = {"code": derived.__file__, "triples": store.count(), "load": [os.getloadavg()[0]]}
    ingester = Ingester(store, cfg)
    if ingester.ensure_reference_graphs():  # this code's ontology and vocabularies (a write of their own)
        derived.recompute_all(store, base)
    pagelists.recompute(store, base)  # the side's own lists, as after an earlier write of its code
    for step in derived.steps():  # its own name index (a format of its own) and inferred graph (its state)
        if warm or step.name in ("inferred triples", "stored name index"):
            step.recompute(store, base)
    said: list[Any] = []

    def held_back(touched: Any = None) -> None:
        said.append(touched)

    ingester.recompute_canonical = held_back  # type: ignore[method-assign]  # timed below, step by step
    writes = {
        "ingest": lambda: ingester.ingest_all([doc]),
        "remove": lambda: ingester.remove(doc.name),
    }
    for write, run in writes.items():
        said.clear()
        run()
        touched = said[-1] if said else None
        figures: dict[str, float] = {}
        cpu = time.process_time()
        # as recompute_all: what the steps' writes change is noted for the partial name index
        noting = getattr(graphdiff, "noting", None) if graphdiff is not None else None
        with noting() if noting is not None else contextlib.nullcontext():
            for step in derived.steps():
                if step.name in (skip or ()):
                    continue
                c = time.process_time()
                if getattr(step, "partial", False) and touched is not None:
                    step.recompute(store, base, touched=touched)
                else:
                    step.recompute(store, base)
                figures[step.name] = round(time.process_time() - c, 3)
        figures["derived step"] = round(time.process_time() - cpu, 3)
        out[write] = figures
        _stamp(store, base)  # untimed, as recompute_all ends: the next write's partial steps check it
        out["load"].append(os.getloadavg()[0])
    store.close()
    return out


def _stamp(store: Any, base: str) -> None:
    """What :func:`hankegraafi.ingest.derived.recompute_all` writes after every step succeeded: the version of
    the data the derived graphs follow (the partial canonical projects read it, ingest/canondelta.py)."""
    from rdflib import Graph, Literal

    from hankegraafi.ingest import derived
    from hankegraafi.ontology.namespaces import HG

    stamp = Graph()
    stamp.add((derived.stamp_graph_iri(base), HG.sha256, Literal(derived.documents_state(store, base))))
    store.replace_graph(derived.stamp_graph_iri(base), stamp)


def table(runs: list[dict[str, Any]]) -> str:
    """The medians of each side's runs per write and step, and new/old."""
    by: dict[str, list[dict[str, Any]]] = {}
    for run in runs:
        by.setdefault(run["side"], []).append(run)
    lines = ["| write | step | old CPU s | new CPU s | new/old |", "|---|---|---:|---:|---:|"]
    for write in ("ingest", "remove"):
        steps = list(by.get("new", by.get("old", [{}]))[0].get(write, {}))
        for step in steps:

            def median(side: str, write: str = write, step: str = step) -> float | None:
                values = [r[write][step] for r in by.get(side, []) if step in r.get(write, {})]
                return statistics.median(values) if values else None

            old, new = median("old"), median("new")
            ratio = f"{new / old:.2f}" if old and new is not None else "-"
            lines.append(
                f"| {write} | {step} | {'-' if old is None else f'{old:.2f}'} | "
                f"{'-' if new is None else f'{new:.2f}'} | {ratio} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--doc", type=Path, required=True, help="one document the store does not hold")
    parser.add_argument("--old-code", type=Path)
    parser.add_argument(
        "--new-code", type=Path, help="a package laid out as --old-code (default: this checkout as installed)"
    )
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument(
        "--skip", nargs="*", default=[], help="steps left out, by name (e.g. 'stored page lists')"
    )
    parser.add_argument(
        "--warm",
        action="store_true",
        help="every step run once, untimed, before the writes (a process that wrote before)",
    )
    parser.add_argument("--work", type=Path, default=Path("/tmp/derive-partial"))
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.store, args.doc, args.skip, args.warm)), flush=True)
        return
    sides = [("old", args.old_code), ("new", args.new_code)] if args.old_code else [("new", args.new_code)]
    runs = []
    for _round in range(args.rounds):
        for side, code in sides:
            copy = args.work / side
            shutil.rmtree(copy, ignore_errors=True)
            copy.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["cp", "-a", str(args.store), str(copy)], check=True)
            env = dict(os.environ)
            if code is not None:
                env["PYTHONPATH"] = str(code)
                env["DERIVE_STEP_FROM_PATH"] = "1"
            argv_child = [
                sys.executable,
                __file__,
                "--child",
                "--store",
                str(copy),
                "--doc",
                str(args.doc.resolve()),
                *(["--warm"] if args.warm else []),
                "--skip",
                *args.skip,
            ]
            # run outside the checkout: its folders would shadow the package laid out on PYTHONPATH
            done = subprocess.run(argv_child, env=env, cwd="/", capture_output=True, text=True, check=True)
            run = {"side": side, **json.loads(done.stdout.strip().splitlines()[-1])}
            runs.append(run)
            print(json.dumps(run), flush=True)
            shutil.rmtree(copy, ignore_errors=True)
    print(table(runs), flush=True)


if __name__ == "__main__":
    main()
