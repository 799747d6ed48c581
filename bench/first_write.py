"""A fresh process's first small write, this code beside another's: what every CLI ``ingest``, every
test worker and every server's writer pays once (stop 56, the suite's time).

    python -m bench.first_write --doc FILE --old-code PKG [--new-code PKG] [--rounds 3] [--work DIR]

Each round runs one new process per side (old first, then new), which times by its own CPU
(``time.process_time``, steadier than the clock on a shared machine): its imports; a new store and
:meth:`Ingester.ensure_reference_graphs` (the ontology and the vocabularies written: parsed and
digested the first time); :meth:`Ingester.ingest_all` of FILE with the derived step; then the same
write into a second new store, which is what a process that has written before pays. ``--old-code``
and ``--new-code`` are folders holding a ``hankegraafi`` package laid out as installed (as for
``bench.derive_partial``). One JSON line per run, then the medians side by side with new/old.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PHASES = ("imports", "new store first", "ingest first", "new store again", "ingest again")


def child(doc: Path) -> dict[str, Any]:
    """One side's run in this process: the phases' CPU seconds."""
    if os.environ.get("DERIVE_STEP_FROM_PATH"):  # the other checkout on PYTHONPATH, not the editable install
        sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
    started = time.process_time()
    from hankegraafi.ingest.pipeline import Ingester
    from hankegraafi.settings import Config
    from hankegraafi.store.embedded import EmbeddedStore

    out: dict[str, Any] = {"imports": round(time.process_time() - started, 3), "load": os.getloadavg()[0]}
    for when in ("first", "again"):
        work = Path(tempfile.mkdtemp(prefix="first-write."))
        try:
            config = Config.load({"store": str(work / "store")}, environ={})
            cpu = time.process_time()
            store = EmbeddedStore(work / "store", base_iri=str(config.base_iri))
            ingester = Ingester(store, config)
            ingester.ensure_reference_graphs()
            out[f"new store {when}"] = round(time.process_time() - cpu, 3)
            cpu = time.process_time()
            ingester.ingest_all([doc])
            out[f"ingest {when}"] = round(time.process_time() - cpu, 3)
            store.close()
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return out


def table(runs: list[dict[str, Any]]) -> str:
    """The medians of each side's runs per phase, and new/old."""
    lines = ["| phase | old CPU s | new CPU s | new/old |", "|---|---:|---:|---:|"]
    for phase in PHASES:

        def median(side: str, phase: str = phase) -> float | None:
            values = [r[phase] for r in runs if r["side"] == side and phase in r]
            return statistics.median(values) if values else None

        old, new = median("old"), median("new")
        ratio = f"{new / old:.2f}" if old and new is not None else "-"
        shown = [("-" if v is None else f"{v:.3f}") for v in (old, new)]
        lines.append(f"| {phase} | {shown[0]} | {shown[1]} | {ratio} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--doc", type=Path, required=True, help="one document to ingest")
    parser.add_argument("--old-code", type=Path)
    parser.add_argument(
        "--new-code", type=Path, help="a package laid out as --old-code (default: as installed)"
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.doc)), flush=True)
        return
    sides = [("old", args.old_code), ("new", args.new_code)] if args.old_code else [("new", args.new_code)]
    runs = []
    for _round in range(args.rounds):
        for side, code in sides:
            env = dict(os.environ)
            env.pop("PYTHONDONTWRITEBYTECODE", None)  # as the suite runs (scripts/test.sh)
            if code is not None:
                env["PYTHONPATH"] = str(code)
                env["DERIVE_STEP_FROM_PATH"] = "1"
            argv_child = [sys.executable, __file__, "--child", "--doc", str(args.doc.resolve())]
            # run outside the checkout: its folders would shadow the package laid out on PYTHONPATH
            done = subprocess.run(argv_child, env=env, cwd="/", capture_output=True, text=True, check=True)
            run = {"side": side, **json.loads(done.stdout.strip().splitlines()[-1])}
            runs.append(run)
            print(json.dumps(run), flush=True)
    print(table(runs), flush=True)


if __name__ == "__main__":
    main()
