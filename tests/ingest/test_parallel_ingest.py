"""Ingest with worker processes stores exactly what one process stores, in the order given.

A spawned worker takes documents from the end of the list (a forked one from the front) while
this process prepares and stores from the front (ingest/pipeline.py ``_prepared``), so the order of the outcomes
and of the change log must not depend on which process prepared a document.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from bench.generate import write_documents
from hankegraafi.ingest import pipeline, startmethod
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


def _tagged(job: tuple[Path, object]) -> object:
    """The worker's preparation, with a warning naming the process that prepared the document."""
    prepared = _untagged(job)
    prepared.warnings = [*prepared.warnings, "prepared by a worker"]
    return prepared


_untagged = pipeline._prepare_in_worker


def test_a_forked_worker_takes_the_next_documents_and_the_heap_is_frozen_for_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A forked worker, warm at once, takes documents from the front as this process does, so
    that they are stored between this process's own and none wait to the end (from the end, a
    third of a 100-document run was stored after the last was prepared, the worker idle); the
    collector leaves the loaded heap alone during the batch, and has it back after."""
    docs = write_documents(tmp_path / "docs", 12, seed=20261205)
    monkeypatch.setattr(startmethod, "start_method", lambda: "fork")
    monkeypatch.setattr(pipeline, "_prepare_in_worker", _tagged)
    frozen: list[int] = []
    commit = Ingester._commit

    def counting(self: Ingester, *args: object) -> object:
        frozen.append(gc.get_freeze_count())
        return commit(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Ingester, "_commit", counting)
    store = EmbeddedStore(tmp_path / "store")
    try:
        ingester = Ingester(store, Config.load({}, environ={}), validate=True, force=True)
        outcomes = ingester.ingest_all(docs, jobs=2)
    finally:
        store.close()
    by_worker = [i for i, o in enumerate(outcomes) if "prepared by a worker" in o.warnings]
    assert [o.status for o in outcomes] == ["stored"] * 12
    assert by_worker and min(by_worker) <= 2  # the first two handed out (after this process's first if cold)
    assert len(frozen) == 12 and min(frozen) > 100_000  # the vocabularies, shapes, Voikko: frozen
    assert gc.get_freeze_count() == 0
