"""tests/cputimes.py counts, per test, the CPU its process's fork server used (the query workers an app in the
test's own process forked: pytest never waits for that server), and each process's CPU outside any test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests import cputimes

REPO = Path(__file__).resolve().parents[1]

#: One test forks a child from a fork server that burns 0.5 s of CPU; the other burns nothing.
TESTS = """
import multiprocessing as mp
import time


def burn() -> None:
    end = time.process_time() + 0.5
    while time.process_time() < end:
        pass


def test_forks_from_a_fork_server() -> None:
    child = mp.get_context("forkserver").Process(target=burn)
    child.start()
    child.join()
    assert child.exitcode == 0


def test_idle() -> None:
    pass
"""


def test_a_fork_servers_children_are_counted_in_the_test_that_forked_them(tmp_path: Path) -> None:
    (tmp_path / "test_forked.py").write_text(TESTS)
    (tmp_path / "conftest.py").write_text((REPO / "tests" / "conftest.py").read_text())
    folder = tmp_path / "cpu"
    folder.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANKEGRAAFI_")}
    env["HANKEGRAAFI_TEST_CPU"] = str(folder)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "test_forked.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    lines = [json.loads(line) for path in folder.glob("*.jsonl") for line in path.read_text().splitlines()]
    by_test = {line[0].split("::")[-1]: line for line in lines}
    assert by_test["test_forks_from_a_fork_server"][4] >= 0.45, lines
    assert by_test["test_forks_from_a_fork_server"][2] < 0.45, lines  # not in the test's own process
    assert by_test["test_idle"][4] < 0.1, lines
    assert by_test[cputimes.PROCESS][2] > 0, lines  # the process's line of its whole life
    sums = cputimes.per_file(folder)
    assert sums[cputimes.PROCESS][0] == 1 and sums[cputimes.PROCESS][2] > 0, sums
    assert "outside any test" in cputimes.table(folder), cputimes.table(folder)
