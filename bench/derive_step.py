"""The derived step after one document is ingested into a large store, this code beside another's.

    python -m bench.derive_step --store STORE --doc DIR [--old-code PKG] [--rounds 2] [--work DIR]

Each round copies STORE (never written) to ``--work`` once per side, ingests the documents of DIR
into the copy with the derived step held back, then times each step of
:func:`hankegraafi.ingest.derived.recompute_all` (wall clock and the process's CPU time: on a
shared machine the CPU time is the steadier figure). ``--old-code`` is a folder holding another
checkout's ``hankegraafi`` package laid out as installed (as for ``bench.speed --old-code``); the
sides alternate, old first. One JSON line per run goes to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path


def child(store_path: Path, docs: Path) -> dict[str, object]:
    """One run in this process: the ingest without the derived step, then each step timed."""
    if os.environ.get("DERIVE_STEP_FROM_PATH"):  # the other checkout on PYTHONPATH, not the editable install
        sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
    from hankegraafi.ingest import derived
    from hankegraafi.ingest.pipeline import Ingester
    from hankegraafi.settings import Config
    from hankegraafi.store.embedded import EmbeddedStore

    cfg = Config.load({"store": str(store_path)}, environ={})
    base = str(cfg.base_iri)
    store = EmbeddedStore(store_path, base_iri=base)
    out: dict[str, object] = {"code": derived.__file__, "triples_before": store.count()}
    out["load_before"] = os.getloadavg()
    ingester = Ingester(store, cfg)
    ingester.recompute_canonical = lambda touched=None: None  # type: ignore[method-assign]  # timed below, step by step
    started = time.perf_counter()
    out["status"] = [o.status for o in ingester.ingest_all([docs])]
    out["ingest_without_derived_s"] = round(time.perf_counter() - started, 2)
    wall, cpu = time.perf_counter(), time.process_time()
    for step in derived.steps():
        t, c = time.perf_counter(), time.process_time()
        step.recompute(store, base)
        out[step.name] = [round(time.perf_counter() - t, 2), round(time.process_time() - c, 2)]
    derived.documents_state(store, base)
    out["derived_total_s"] = [round(time.perf_counter() - wall, 2), round(time.process_time() - cpu, 2)]
    out["load_after"] = os.getloadavg()
    out["sizes"] = {step.name: store.count(step.graph(base)) for step in derived.steps()}
    store.close()
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--doc", type=Path, required=True, help="a folder of documents to ingest")
    parser.add_argument("--old-code", type=Path)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path("/tmp/derive-step"))
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.store, args.doc)), flush=True)
        return
    sides = [("old", args.old_code), ("new", None)] if args.old_code else [("new", None)]
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
            ]
            # run outside the checkout: its folders would shadow the package laid out on PYTHONPATH
            done = subprocess.run(argv_child, env=env, cwd="/", capture_output=True, text=True, check=True)
            print(json.dumps({"side": side, **json.loads(done.stdout.strip().splitlines()[-1])}), flush=True)
            shutil.rmtree(copy, ignore_errors=True)


if __name__ == "__main__":
    main()
