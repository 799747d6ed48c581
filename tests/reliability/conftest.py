"""Fixtures of the reliability suites. Their figures (``figures.py``) are printed by tests/conftest.py,
which also gathers them from pytest-xdist's workers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


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
