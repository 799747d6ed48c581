"""tests/treecpu.py counts the CPU of a command's orphans (a fork server's children), which
``getrusage(RUSAGE_CHILDREN)`` alone never sees, and passes the command's exit status on."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

#: The command ends at once with status 3; the grandchild it leaves burns 0.6 s of CPU afterwards.
ORPHAN = """
import os, time
if os.fork() == 0:
    time.sleep(0.3)
    end = time.process_time() + 0.6
    while time.process_time() < end:
        pass
    os._exit(0)
os._exit(3)
"""


def tree_cpu(*command: str) -> tuple[int, float, float]:
    """The command's exit status, its tree's CPU seconds and those of the orphans alone."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.treecpu", "part", *command], capture_output=True, text=True, cwd=REPO
    )
    found = re.search(r"^part: [\d.]+ s wall, CPU of the whole process tree ([\d.]+) s", done.stdout, re.M)
    orphans = re.search(r", of which orphans ([\d.]+) s \(\d+ processes\)", done.stdout)
    assert found and orphans, (done.stdout, done.stderr)
    assert "not counted" not in done.stdout, done.stdout
    return done.returncode, float(found.group(1)), float(orphans.group(1))


def test_an_orphans_cpu_is_counted_and_the_status_passed_on() -> None:
    status, cpu, orphans = tree_cpu(sys.executable, "-c", ORPHAN)
    assert status == 3
    assert cpu >= orphans >= 0.6


def test_a_command_without_orphans() -> None:
    status, cpu, orphans = tree_cpu(sys.executable, "-c", "pass")
    assert status == 0
    assert cpu < 0.6
    assert orphans == 0
