"""Fixtures of the reliability suites. Their figures (``figures.py``) are printed by tests/conftest.py,
which also gathers them from pytest-xdist's workers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import built_once


@pytest.fixture(scope="session")
def built_store(cli_samples_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Samples plus generated bulk data in an embedded store; copy it before writing to it.

    What ``bench.live.build_store`` writes (``ingest --samples --quarantine``, then ``load`` of
    the bulk N-Quads), starting from the session's copy of the samples' ingest
    (``cli_samples_store`` in tests/conftest.py) instead of ingesting them once more; built once
    per run for every pytest-xdist worker (``built_once``).
    """
    from bench.live import bulk_nquads, cli

    def build(folder: Path) -> None:
        shutil.copytree(cli_samples_store, folder / "store")
        bulk_nquads(folder / "bulk.nq")
        load = cli("load", str(folder / "bulk.nq"), "--store", str(folder / "store"))
        assert load.returncode == 0, load.stderr[-2000:]

    return built_once(tmp_path_factory, "built", build) / "store"
