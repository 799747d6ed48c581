"""Run a command and print the CPU time of its whole process tree, grandchildren included.

``getrusage(RUSAGE_CHILDREN)`` (``/usr/bin/time``, tests/cputimes.py's "children") holds only the
children a process waited for, and what they waited for in turn. The query pool's fork server is
never waited for by the pytest process that started it (it exits when its parent is gone), so the
CPU of every writer and query worker it forked was in no figure of the suite. Here the command runs
with this process as the subreaper of its tree (Linux ``PR_SET_CHILD_SUBREAPER``): an orphan is
re-parented here and waited for as it ends, and those still running when the command has ended are
waited for then. The line says how much of the tree's CPU was such orphans' (reaped here, their
children included): the rest is the command's and what it waited for.

    python -m tests.treecpu LABEL command [args ...]

Exits with the command's exit status. Used by scripts/test.sh for each of its two runs.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

PR_SET_CHILD_SUBREAPER = 36
#: How long orphans still running after the command are waited for (a fork server ends at once).
ORPHAN_WAIT_SECONDS = 60.0


def become_subreaper() -> bool:
    """Orphans of this process's tree come here (Linux only); False where it cannot be done."""
    with contextlib.suppress(OSError, AttributeError):
        return bool(ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0)
    return False


#: [how many, CPU seconds] of the orphans reaped here: what no pytest process waited for (tests/cputimes.py's
#: per-file table holds the rest, less the pytest processes' own start-up and collection).
ORPHANS = [0, 0.0]


def _reaped(ended: int, used: resource.struct_rusage, command: int) -> None:
    if ended != command:
        ORPHANS[0] += 1
        ORPHANS[1] += used.ru_utime + used.ru_stime


def wait_reaping(pid: int) -> int:
    """Wait for ``pid``, reaping each orphan of the tree as it ends meanwhile (as init would: no
    zombie is left for a test that waits for a process to be gone); ``pid``'s exit status, 128 + N
    for a signal N."""
    while True:
        try:
            ended, raw, used = os.wait4(-1, 0)
        except InterruptedError:
            continue
        _reaped(ended, used, pid)
        if ended == pid:
            code = os.waitstatus_to_exitcode(raw)
            return code if code >= 0 else 128 - code


def reap_orphans(wait: float) -> int:
    """Wait for every remaining child (the tree's orphans) up to ``wait`` seconds; how many are left."""
    end = time.monotonic() + wait
    while True:
        try:
            pid, _, used = os.wait4(-1, os.WNOHANG)
        except ChildProcessError:
            return 0
        if pid:
            _reaped(pid, used, -1)
            continue
        if time.monotonic() >= end:
            break
        time.sleep(0.1)
    left = 0
    mine = str(os.getpid())
    with contextlib.suppress(OSError):
        for entry in os.listdir("/proc"):
            with contextlib.suppress(OSError, IndexError):
                stat = Path(f"/proc/{entry}/stat").read_text() if entry.isdigit() else ""
                left += bool(stat) and stat.rsplit(") ", 1)[-1].split()[1] == mine
    return left


def run(label: str, command: list[str]) -> tuple[int, str]:
    """Run ``command``; its exit status and one line of its tree's CPU and wall time."""
    reaper = become_subreaper()
    started = time.monotonic()
    child = subprocess.Popen(command)
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C reaches the command itself
    try:
        status = wait_reaping(child.pid)
        child.returncode = status
    finally:
        signal.signal(signal.SIGINT, previous)
    left = reap_orphans(ORPHAN_WAIT_SECONDS) if reaper else 0
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    line = (
        f"{label}: {time.monotonic() - started:.1f} s wall, CPU of the whole process tree "
        f"{used.ru_utime + used.ru_stime:.1f} s (user {used.ru_utime:.1f}, sys {used.ru_stime:.1f})"
        + (f", of which orphans {ORPHANS[1]:.1f} s ({ORPHANS[0]} processes)" if reaper else "")
        + ("" if reaper else "; grandchildren not counted (no subreaper here)")
        + (f"; {left} still running, not counted" if left else "")
        + f"; load average {os.getloadavg()[0]:.1f}"
    )
    return status, line


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    status, line = run(argv[0], argv[1:])
    print(line, flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
