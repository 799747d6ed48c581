"""CPU time per test file: what makes the suite slow, in a figure the machine's load moves little.

With ``HANKEGRAAFI_TEST_CPU`` naming a folder, every pytest process (each pytest-xdist worker, the
timing run) appends a line per test to a file of its own there: the test's id, its time by the
clock, and the CPU time of the process and of the child processes it waited for (``getrusage``),
from the start of its setup to the end of its teardown (a module's or session's fixture counts
where it is built), and the CPU its process's multiprocessing fork server and resource tracker
used meanwhile ("pool": the query workers and writers an app in the test's process forked; pytest
never waits for that server, so its children are in no "children" figure). At the end each process
writes a line of its whole life (``record_process``): what no test holds is start-up, collection and
pytest-xdist's reports. scripts/test.sh sets it and prints the sum per file at the end; by hand:
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

#: Clock ticks a second, for /proc/PID/stat's CPU fields.
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
#: The name of a process's line of its whole life (``record_process``): no test id starts so.
PROCESS = "<process>"


def _pool_pids() -> list[int]:
    """This process's multiprocessing fork server and resource tracker, where it started them."""
    found = []
    for module, obj, attr in (
        ("multiprocessing.forkserver", "_forkserver", "_forkserver_pid"),
        ("multiprocessing.resource_tracker", "_resource_tracker", "_pid"),
    ):
        pid = getattr(getattr(sys.modules.get(module), obj, None), attr, None)
        if isinstance(pid, int):
            found.append(pid)
    return found


def _tree_cpu(pid: int) -> float:
    """CPU seconds of ``pid`` and of the children it waited for (/proc), 0 where it cannot be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return sum(int(f) for f in fields[11:15]) / _TICKS  # utime, stime, cutime, cstime


def now() -> tuple[float, float, float, dict[int, float]]:
    """(the clock, CPU seconds of this process, CPU seconds of the children it waited for, CPU seconds of
    each of its fork server and resource tracker with the children they waited for)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    pool = {pid: _tree_cpu(pid) for pid in _pool_pids()}
    return time.monotonic(), own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime, pool


def _write(line: list[object]) -> None:
    folder = os.environ.get("HANKEGRAAFI_TEST_CPU")
    if folder:
        with (Path(folder) / f"{os.getpid()}.jsonl").open("a", encoding="utf-8") as out:  # no file left open
            out.write(json.dumps(line) + "\n")


def record(nodeid: str, before: tuple[float, float, float, dict[int, float]]) -> None:
    """Append one test's line, if ``HANKEGRAAFI_TEST_CPU`` names a folder: [id, clock, CPU, children's, pool's]."""
    if not os.environ.get("HANKEGRAAFI_TEST_CPU"):
        return
    after = now()
    # a fork server started in the test counts from nothing; one that ended meanwhile is counted no more
    pool = sum(max(0.0, cpu - before[3].get(pid, 0.0)) for pid, cpu in after[3].items())
    _write([nodeid, *(round(b - a, 3) for a, b in zip(before[:3], after[:3], strict=True)), round(pool, 3)])


def record_process(children: bool = True) -> None:
    """Append this process's line of its whole life: CPU of the process, of the children it waited for and
    of its fork server's tree so far (read as pytest ends). ``children`` False: pytest-xdist's controller,
    whose children are the workers, each with a line of its own."""
    if not os.environ.get("HANKEGRAAFI_TEST_CPU"):
        return
    _, own, waited, pool = now()
    clock = time.time() - _started()
    line = [
        PROCESS,
        round(clock, 3),
        round(own, 3),
        round(waited if children else 0.0, 3),
        round(sum(pool.values()), 3),
    ]
    _write(line)


def _started() -> float:
    """When this process started (seconds since the epoch), from /proc; now where it cannot be read."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(") ", 1)[1].split()[19])
        boot = next(
            float(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime")
        )
    except (OSError, IndexError, ValueError, StopIteration):
        return time.time()
    return boot + ticks / _TICKS


def per_file(folder: Path) -> dict[str, list[float]]:
    """file -> [tests, clock, CPU, children's CPU, pool's CPU], summed over every process's lines; the
    processes' lines of their whole life under ``PROCESS``, less what their tests' lines hold."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0, 0.0, 0.0])
    for path in folder.glob("*.jsonl"):
        tests = [0.0, 0.0, 0.0, 0.0]
        whole = None
        for line in path.read_text(encoding="utf-8").splitlines():
            nodeid, clock, own, children, *pool = json.loads(line)
            values = (clock, own, children, pool[0] if pool else 0.0)
            if nodeid == PROCESS:
                whole = values
                continue
            row = sums[nodeid.split("::", 1)[0]]
            row[0] += 1
            for i, value in enumerate(values):
                row[i + 1] += value
                tests[i] += value
        if whole is not None:  # the last line of its life (pytest ends once)
            row = sums[PROCESS]
            row[0] += 1
            for i, value in enumerate(whole):
                row[i + 1] += max(0.0, value - tests[i])
    return dict(sums)


def table(folder: Path, top: int = 40) -> str:
    """The ``top`` files by CPU time (own, children's and pool's), with the whole's sums first, then what
    the pytest processes used outside any test."""
    sums = per_file(folder)
    outside = sums.pop(PROCESS, None)
    total = [sum(row[i] for row in sums.values()) for i in range(5)]
    lines = [
        f"CPU time per test file ({folder}): {int(total[0])} tests, {total[2]:.0f} s CPU, "
        f"{total[3]:.0f} s in children, {total[4]:.0f} s in the pool's fork servers, "
        f"{total[1]:.0f} s by the clock (summed over processes)",
        "    CPU  children    pool   clock  tests  file",
    ]
    ranked = sorted(sums.items(), key=lambda kv: -(kv[1][2] + kv[1][3] + kv[1][4]))
    for name, (tests, clock, own, children, pool) in ranked[:top]:
        lines.append(f"{own:7.1f} {children:9.1f} {pool:7.1f} {clock:7.1f} {int(tests):6d}  {name}")
    if outside:
        processes, clock, own, children, pool = outside
        lines.append(
            f"{own:7.1f} {children:9.1f} {pool:7.1f} {clock:7.1f} {int(processes):6d}  "
            "outside any test (pytest processes: start-up, collection, reports; the tests column counts processes)"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 40))
