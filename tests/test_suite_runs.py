"""scripts/test.sh's second run collects only the files its first run named (tests/conftest.py's
``pytest_deselected``): the files holding every test marked timing or alone, and no other file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: one file with tests marked timing, one without
FILES = ("tests/reliability/test_uploads.py", "tests/test_treecpu.py")


def _collect(marks: str, env: dict[str, str]) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--collect-only", "-q", "-m", marks, *FILES],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return [line for line in done.stdout.splitlines() if "::" in line]


def test_the_first_run_names_the_files_of_the_tests_it_leaves_to_the_second(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANKEGRAAFI_")}
    first = _collect("not timing and not alone", {**env, "HANKEGRAAFI_PART2_FILES": str(tmp_path)})
    named = sorted({line for path in tmp_path.glob("*.txt") for line in path.read_text().splitlines()})
    second = _collect("timing or alone", env)
    assert named == ["tests/reliability/test_uploads.py"]
    assert second and sorted({test.split("::", 1)[0] for test in second}) == named
    # the first run ran the rest of both files
    assert {test.split("::", 1)[0] for test in first} == set(FILES)
