"""Print the figures of the reliability suites after the run (see ``figures.py``)."""

from __future__ import annotations

import json
import os
import shutil
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
def built_store(cli_samples_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Samples plus generated bulk data in an embedded store; copy it before writing to it.

    What ``bench.live.build_store`` writes (``ingest --samples --quarantine``, then ``load`` of
    the bulk N-Quads), starting from the session's copy of the samples' ingest
    (``cli_samples_store`` in tests/conftest.py) instead of ingesting them once more.
    """
    from bench.live import bulk_nquads, cli

    where = tmp_path_factory.mktemp("built") / "store"
    shutil.copytree(cli_samples_store, where)
    nq = where.parent / "bulk.nq"
    bulk_nquads(nq)
    load = cli("load", str(nq), "--store", str(where))
    assert load.returncode == 0, load.stderr[-2000:]
    return where
