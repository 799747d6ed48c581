"""Load on loopback with ``scripts/load_test.py``: no errors, p95 reported, memory bounded.

Default run: 50 clients for ``HANKEGRAAFI_LOAD_SECONDS`` (4) seconds. With
``--run-slow``: the full 60 s run, and the 10-minute soak in which the
server's memory (web process and query workers) must not grow.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.figures import record

pytestmark = [pytest.mark.server, pytest.mark.timing]

SCRIPT = Path(__file__).parents[2] / "scripts" / "load_test.py"
MAX_RSS_MB = 1500  # web process + 2 query workers on this small store; a leak or a copy per request shows


def _load(built_store: Path, tmp_path: Path, *args: str, timeout: float) -> dict[str, object]:
    shutil.copytree(built_store, tmp_path / "store")
    out = tmp_path / "figures.json"
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--store", str(tmp_path / "store"), "--json", str(out), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=tmp_path,
    )
    assert out.exists(), result.stdout[-2000:] + result.stderr[-3000:]
    figures = json.loads(out.read_text())
    assert result.returncode == 0, (figures, result.stderr[-2000:])
    return figures


def _check(figures: dict[str, object]) -> None:
    assert figures["errors"] == 0, figures
    assert figures["requests"] > 0
    assert set(figures["by_kind"]) == {"catalogue", "page", "explorer"}, figures  # type: ignore[arg-type]
    assert figures["rss_max_mb"] < MAX_RSS_MB, figures  # type: ignore[operator]


def test_load_short(built_store: Path, tmp_path: Path) -> None:
    seconds = os.environ.get("HANKEGRAAFI_LOAD_SECONDS", "4")
    figures = _load(built_store, tmp_path, "--clients", "50", "--seconds", seconds, timeout=600)
    record("load (short)", **{k: v for k, v in figures.items() if k != "by_kind"})
    _check(figures)


@pytest.mark.slow
def test_load_sixty_seconds(built_store: Path, tmp_path: Path) -> None:
    figures = _load(built_store, tmp_path, "--clients", "50", "--seconds", "60", timeout=900)
    record("load (60 s)", **{k: v for k, v in figures.items() if k != "by_kind"})
    _check(figures)


@pytest.mark.slow
def test_soak_ten_minutes_without_memory_growth(built_store: Path, tmp_path: Path) -> None:
    figures = _load(built_store, tmp_path, "--clients", "20", "--soak", "--max-growth", "0.15", timeout=1800)
    record("soak (600 s)", **{k: v for k, v in figures.items() if k != "by_kind"})
    _check(figures)
    assert figures["rss_growth"] <= 0.15, figures  # type: ignore[operator]
