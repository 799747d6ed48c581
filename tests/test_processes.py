"""A child started through multiprocessing's fork server ends with the process that asked for it,
even while it is busy and while that process is a zombie nobody has reaped.

Found by killing ``hankegraafi serve`` (SIGKILL) while ``hankegraafi ingest`` handed it four
documents (stop 34): the writer, forked by the fork server, ran its write on for 12-23 s holding
the store's lock (a new ``serve`` could not open the store), because the fork server outlives its
client while any child it forked runs (each child holds the write end of the pipe it watches).
"""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

SCRIPT = """
import multiprocessing as mp, os, sys, time
from hankegraafi.processes import die_with_parent

def busy(parent, path):
    die_with_parent(parent, deathsig=False)
    with open(path, "w") as out:
        out.write(str(os.getpid()))
    end = time.monotonic() + 60
    while time.monotonic() < end:  # a write in progress: it never reads its pipe
        sum(range(10_000))

if __name__ == "__main__":
    child = mp.get_context("forkserver").Process(target=busy, args=(os.getpid(), sys.argv[1]), daemon=True)
    child.start()
    time.sleep(120)
"""


def test_a_busy_child_of_the_fork_server_ends_when_its_parent_is_killed_and_unreaped(tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(SCRIPT, encoding="utf-8")
    marker = tmp_path / "child.pid"
    parent = subprocess.Popen([sys.executable, str(script), str(marker)], cwd=tmp_path)
    tree: list[psutil.Process] = []  # the parent's descendants: the fork server and what it forked
    try:
        end = time.monotonic() + 30
        while not (marker.exists() and marker.read_text()) and time.monotonic() < end:
            time.sleep(0.1)
        child = psutil.Process(int(marker.read_text()))
        tree = psutil.Process(parent.pid).children(recursive=True)
        assert child.ppid() != parent.pid  # forked by the fork server, not by the parent
        parent.send_signal(signal.SIGKILL)  # not waited for: a zombie until the finally below
        time.sleep(0.2)
        assert psutil.Process(parent.pid).status() == psutil.STATUS_ZOMBIE
        _gone, alive = psutil.wait_procs([child], timeout=3)
        assert not alive, "the busy child ran on after its parent was killed"
    finally:
        if not tree:  # failed before the listing: the parent still holds its tree
            with contextlib.suppress(psutil.NoSuchProcess):
                tree = psutil.Process(parent.pid).children(recursive=True)
        parent.kill()
        parent.wait(10)
        # Only this test's tree: under pytest-xdist the worker's other children are other tests'
        # (a module's server, a fork server), alive on after this test.
        for process in tree:
            # a child may end between the listing and the kill (stop 45's fresh-clone CI): nothing to kill then
            with contextlib.suppress(psutil.NoSuchProcess):
                process.kill()
