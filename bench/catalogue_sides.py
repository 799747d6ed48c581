"""The catalogue calls of two checkouts side by side, alternated call by call, in one run.

``python -m bench.catalogue_sides --old /tmp/old --old-store A --new-store B --reps 9``: two
worker processes, one running the code of ``--old`` (another checkout, e.g. a ``git worktree``
of an earlier commit; its folders are mapped in place of this checkout's by the editable
install's finder) on ``--old-store``, one running this checkout (or ``--new``, another
worktree, mapped so: one checkout shared by several people holds their uncommitted edits) on
``--new-store``. Each store
should hold the answers its own code stored (``--recompute`` runs each side's
``answers.recompute`` first, alternated, and times it). Every call is ``queries.run`` in process
(the stored answer if one follows the data, else live), one warm-up then ``--reps`` timed (wall
clock, and the worker's CPU time: on a loaded machine the wall clock waits for a core), and
the two sides take turns call by call, so that the machine's load falls on both alike (the
1-minute load average after each call is kept beside its figures). A call
slower than ``--budget`` seconds over ``--reps`` runs is timed fewer times (at least twice).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.speed import pct
from bench.workload import WORKLOAD, label

#: The code a worker runs: read (name, params, reps) lines from stdin, answer a JSON line each.
_WORKER = r"""
import json, sys, time
root, store_path = sys.argv[1], sys.argv[2]
if root:
    import __editable___hankegraafi_0_1_0_finder as finder
    here = finder.MAPPING["hankegraafi"].rsplit("/", 1)[0]
    for key, value in list(finder.MAPPING.items()):
        finder.MAPPING[key] = root + value[len(here):]
    for key, values in list(finder.NAMESPACES.items()):
        finder.NAMESPACES[key] = [root + v[len(here):] for v in values]
    sys.path.insert(0, root)
from pathlib import Path
from hankegraafi.queries import answers, run
from hankegraafi.store.embedded import EmbeddedStore
for line in sys.stdin:
    job = json.loads(line)
    if job["op"] == "recompute":
        store = EmbeddedStore(Path(store_path))
        t0 = time.perf_counter()
        answers.recompute(store, str(store.base_iri))
        seconds = time.perf_counter() - t0
        store.close()
        print(json.dumps({"seconds": seconds, "code": answers.__file__}), flush=True)
        continue
    store = EmbeddedStore(Path(store_path), read_only=True)
    name, params = job["name"], job["params"]
    stored = answers.lookup(store, name, params) is not None
    t0 = time.perf_counter()
    rows = len(run(store, name, params))
    warm = time.perf_counter() - t0
    ms, cpu = [], []
    for _ in range(max(2, min(job["reps"], int(job["budget"] / max(warm, 1e-3))))):
        t0, c0 = time.perf_counter(), time.process_time()
        run(store, name, params)
        ms.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    store.close()
    print(json.dumps({"ms": ms, "cpu": cpu, "stored": stored, "rows": rows}), flush=True)
"""


class Side:
    """One worker process: a checkout's code on a store."""

    def __init__(self, root: str, store: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _WORKER, root, str(store)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def ask(self, job: dict[str, Any]) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(job) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"worker ended: {self.proc.wait()}")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


def calls(keys: bool = False) -> list[tuple[str, dict[str, str]]]:
    """Every query with its defaults, then the workload's calls (``keys``: then each query with
    one parameter given, :func:`bench.catalogue_keys.calls`)."""
    from hankegraafi.queries import load_catalogue

    if keys:
        from bench.catalogue_keys import calls as key_calls

        return key_calls()

    out: list[tuple[str, dict[str, str]]] = [
        (q.name, {}) for q in load_catalogue().values() if not any(p.required for p in q.params)
    ]
    return out + [c for c in WORKLOAD if c not in out]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", required=True, help="the older checkout's folder")
    parser.add_argument(
        "--new", default="", help="the newer checkout's folder (default: this one, with any uncommitted edits)"
    )
    parser.add_argument("--old-store", type=Path, required=True)
    parser.add_argument("--new-store", type=Path, required=True)
    parser.add_argument("--reps", type=int, default=9)
    parser.add_argument(
        "--budget",
        type=float,
        default=60.0,
        help="seconds per call and side: a slower call is timed fewer times (2 at least)",
    )
    parser.add_argument("--recompute", type=int, default=0, help="recompute each side's answers N times first")
    parser.add_argument("--calls", help="only the calls whose label matches this regular expression")
    parser.add_argument(
        "--keys", action="store_true", help="each query with one parameter given (bench.catalogue_keys)"
    )
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = parser.parse_args()
    old, new = Side(args.old, args.old_store), Side(args.new, args.new_store)
    result: dict[str, Any] = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "recompute": {}}
    result["calls"] = []
    try:
        for _ in range(args.recompute):
            for side, key in ((old, "old"), (new, "new")):
                result["recompute"].setdefault(key, []).append(side.ask({"op": "recompute"})["seconds"])
        result["load_after_recompute"] = os.getloadavg()[0]
        print(f"recompute s: {result['recompute']}  load {result['load_after_recompute']:.1f}", flush=True)
        for name, params in calls(args.keys):
            if args.calls and not re.search(args.calls, label(name, params)):
                continue
            row: dict[str, Any] = {"call": label(name, params)}
            for side, key in ((old, "old"), (new, "new")):
                got = side.ask(
                    {"op": "run", "name": name, "params": params, "reps": args.reps, "budget": args.budget}
                )
                row[key] = {
                    "p50": pct(got["ms"], 0.5),
                    "p95": pct(got["ms"], 0.95),
                    "cpu_p50": pct(got["cpu"], 0.5),
                    "cpu_p95": pct(got["cpu"], 0.95),
                    "stored": got["stored"],
                    "rows": got["rows"],
                    "n": len(got["ms"]),
                }
            row["load"] = os.getloadavg()[0]  # 1-minute load average after the call, both sides
            result["calls"].append(row)
            if args.out:  # after every call: a run stopped half-way keeps what it measured
                args.out.write_text(json.dumps(result, indent=1))
            print(
                f"{row['call'][:60]:60} rows {row['old']['rows']:6}/{row['new']['rows']:<6} old {row['old']['p50']:8.1f} {row['old']['p95']:8.1f}"
                f" {'S' if row['old']['stored'] else 'L'}  new {row['new']['p50']:8.1f} {row['new']['p95']:8.1f}"
                f" {'S' if row['new']['stored'] else 'L'}  load {row['load']:.1f}",
                flush=True,
            )
    finally:
        old.close()
        new.close()
    if args.out:
        args.out.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
