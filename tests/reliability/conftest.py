"""Print the figures of the reliability suites after the run (see ``figures.py``)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.reliability.figures import FIGURES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not FIGURES:
        return
    terminalreporter.section("hankegraafi reliability figures")
    for section, values in FIGURES.items():
        shown = ", ".join(f"{k}={v}" for k, v in values.items())
        terminalreporter.write_line(f"{section}: {shown}")
    target = os.environ.get("HANKEGRAAFI_FIGURES")
    if target:
        Path(target).write_text(json.dumps(FIGURES, indent=1, ensure_ascii=False, default=str) + "\n")


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Samples plus generated bulk data in an embedded store; copy it before writing to it."""
    from bench.live import build_store

    return build_store(tmp_path_factory.mktemp("built") / "store")
