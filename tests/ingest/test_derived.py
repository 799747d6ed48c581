"""The derived graphs follow the stored documents even when a rebuild was cut short."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hankegraafi.ingest import derived
from hankegraafi.ingest.inference import inferred_graph_iri
from hankegraafi.ingest.pipeline import Ingester, sample_documents
from hankegraafi.settings import Config
from hankegraafi.store import open_store

EURIO_PROJECT = "http://data.europa.eu/s66#Project"


def test_a_run_after_a_rebuild_cut_short_rebuilds_though_nothing_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kill between a document's commit and the rebuild leaves the derived graphs one write
    behind; the next run, with nothing new to store, sees the stale stamp and rebuilds them."""
    docs = tmp_path / "docs"
    docs.mkdir()
    first, second = sorted(sample_documents())[:2]
    shutil.copy(first, docs / first.name)
    path = tmp_path / "store"
    store = open_store(path)
    try:
        config = Config.load({"store": str(path)}, environ={})
        base = str(config.base_iri)
        Ingester(store, config).ingest_all([docs])
        assert not derived.missing(store, base)
        shutil.copy(second, docs / second.name)
        with monkeypatch.context() as patched:  # the rebuild "killed": the document stored, nothing derived
            patched.setattr(derived, "recompute_all", lambda _store, _base: None)
            outcomes = Ingester(store, config).ingest_all([docs])
        assert [o.status for o in outcomes if o.path.name == second.name] == ["stored"]
        assert derived.missing(store, base)
        query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{inferred_graph_iri(base)}> {{ ?p a <{EURIO_PROJECT}> }} }}"
        stale = int(store.query(query).rows[0][0])  # type: ignore[union-attr]
        outcomes = Ingester(store, config).ingest_all([docs])
        assert {o.status for o in outcomes} == {"unchanged"}
        assert not derived.missing(store, base)
        assert int(store.query(query).rows[0][0]) > stale  # type: ignore[union-attr]
    finally:
        store.close()
