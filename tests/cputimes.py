"""CPU time per test file: what makes the suite slow, in a figure the machine's load moves little.

With ``HANKEGRAAFI_TEST_CPU`` naming a folder, every pytest process (each pytest-xdist worker, the
timing run) appends a line per test to a file of its own there: the test's id, its time by the
clock, and the CPU time of the process and of the child processes it waited for (``getrusage``),
from the start of its setup to the end of its teardown (a module's or session's fixture counts
where it is built). scripts/test.sh sets it and prints the sum per file at the end; by hand:
``python -m tests.cputimes FOLDER [N]``. On a shared two-core machine the clock of one test
says little (stop 41: load 7-11, a run of the whole suite did not finish), its CPU time does.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path


def now() -> tuple[float, float, float]:
    """(the clock, CPU seconds of this process, CPU seconds of the children it waited for)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.monotonic(), own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def record(nodeid: str, before: tuple[float, float, float]) -> None:
    """Append one test's line, if ``HANKEGRAAFI_TEST_CPU`` names a folder."""
    folder = os.environ.get("HANKEGRAAFI_TEST_CPU")
    if not folder:
        return
    after = now()
    line = json.dumps([nodeid, *(round(b - a, 3) for a, b in zip(before, after, strict=True))])
    with (Path(folder) / f"{os.getpid()}.jsonl").open("a", encoding="utf-8") as out:  # no file left open
        out.write(line + "\n")


def per_file(folder: Path) -> dict[str, list[float]]:
    """file -> [tests, clock, CPU, children's CPU], summed over every process's lines."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0, 0.0])
    for path in folder.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            nodeid, clock, own, children = json.loads(line)
            row = sums[nodeid.split("::", 1)[0]]
            row[0] += 1
            row[1] += clock
            row[2] += own
            row[3] += children
    return dict(sums)


def table(folder: Path, top: int = 40) -> str:
    """The ``top`` files by CPU time (own and children's), with the whole's sums first."""
    sums = per_file(folder)
    total = [sum(row[i] for row in sums.values()) for i in range(4)]
    lines = [
        f"CPU time per test file ({folder}): {int(total[0])} tests, {total[2]:.0f} s CPU, "
        f"{total[3]:.0f} s in children, {total[1]:.0f} s by the clock (summed over processes)",
        "    CPU  children   clock  tests  file",
    ]
    ranked = sorted(sums.items(), key=lambda kv: -(kv[1][2] + kv[1][3]))
    for name, (tests, clock, own, children) in ranked[:top]:
        lines.append(f"{own:7.1f} {children:9.1f} {clock:7.1f} {int(tests):6d}  {name}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 40))
