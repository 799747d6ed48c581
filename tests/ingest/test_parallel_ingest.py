"""Ingest with worker processes stores exactly what one process stores, in the order given.

The worker takes documents from the end of the list while this process prepares and
stores from the front (ingest/pipeline.py ``_prepared``), so the order of the outcomes
and of the change log must not depend on which process prepared a document.
"""

from __future__ import annotations

from pathlib import Path

from bench.generate import write_documents
from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore


def _ingest(tmp: Path, docs: list[Path], jobs: int) -> tuple[list[tuple[str, str]], dict[str, int]]:
    store = EmbeddedStore(tmp / f"store-{jobs}")
    try:
        ingester = Ingester(store, Config.load({}, environ={}), validate=True, force=True)
        outcomes = ingester.ingest_all(docs, jobs=jobs)
        graphs = {info.iri: info.triples for info in store.graphs() if "/graph/" in info.iri}
        return [(o.path.name, o.status) for o in outcomes], graphs
    finally:
        store.close()


def test_two_processes_store_what_one_stores_in_the_same_order(tmp_path: Path) -> None:
    docs = write_documents(tmp_path / "docs", 12, seed=20261204)
    alone, alone_graphs = _ingest(tmp_path, docs, jobs=1)
    shared, shared_graphs = _ingest(tmp_path, docs, jobs=2)
    assert [name for name, _ in alone] == [p.name for p in docs]
    assert shared == alone
    assert all(status == "stored" for _, status in alone)
    assert len(alone_graphs) == 12 and shared_graphs == alone_graphs
