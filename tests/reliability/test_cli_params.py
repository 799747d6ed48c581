"""``hankegraafi query NAME --param k=v`` takes the same parameters as ``GET /queries/NAME``: one
given twice is a usage error naming it (found by attack, stop 31: the command took the last value
silently, and answered 0 rows for ``--param region=08 --param region=09``, where the server
answers ``400 parameter 'region': given more than once``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hankegraafi.store.embedded import EmbeddedStore


def test_a_parameter_given_twice_is_a_usage_error(tmp_path: Path) -> None:
    EmbeddedStore(tmp_path / "store").close()
    done = subprocess.run(
        [sys.executable, "-m", "hankegraafi.cli", "query", "projects-by-region", "--param", "region=08",
         "--param", "region=09", "--store", str(tmp_path / "store")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2, (done.stdout[-300:], done.stderr[-300:])
    assert "region" in done.stderr and "more than once" in done.stderr, done.stderr
