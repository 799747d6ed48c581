"""Worker processes are forked from a warm process only where no other Python thread runs.

A lock held by another thread (standard error, a logger, the progress bar) would stay locked in a
forked child for ever; with such a thread the workers are spawned afresh, and store the same.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bench.generate import write_documents
from hankegraafi.ingest.pipeline import Ingester, Outcome
from hankegraafi.ingest.startmethod import start_method
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore


@contextmanager
def another_thread() -> Iterator[None]:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, name="another")
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def _stored(
    where: Path, jobs: int, run: Callable[[Ingester, int], list[Outcome]]
) -> tuple[list[tuple[str, str, int]], dict[str, int]]:
    """What ``run`` stores in a fresh store: each outcome, and each document graph's size."""
    store = EmbeddedStore(where)
    try:
        outcomes = run(Ingester(store, Config.load({}, environ={}), validate=True, force=True), jobs)
        graphs = {info.iri: info.triples for info in store.graphs() if "/graph/" in info.iri}
        return [(o.path.name, o.status, o.triples) for o in outcomes], graphs
    finally:
        store.close()


def test_spawned_while_another_python_thread_runs() -> None:
    with another_thread():
        assert start_method() == "spawn"


@pytest.mark.alone  # pytest-xdist's worker runs threads of its own: in scripts/test.sh's second part
@pytest.mark.skipif(sys.version_info >= (3, 12) or sys.platform != "linux", reason="fork only on 3.11, Linux")
def test_forked_from_a_process_running_only_its_own_thread() -> None:
    if threading.active_count() > 1:
        pytest.skip(f"this test process runs {threading.active_count()} Python threads")
    assert start_method() == "fork"


def test_spawned_workers_store_what_one_process_stores(tmp_path: Path) -> None:
    docs = write_documents(tmp_path / "docs", 10, seed=20261205)

    def run(ingester: Ingester, jobs: int) -> list[Outcome]:
        with another_thread():
            return ingester.ingest_all(docs, jobs=jobs)

    stored = [_stored(tmp_path / f"store-{jobs}", jobs, run) for jobs in (1, 2)]
    assert stored[0] == stored[1]
    assert len(stored[0][1]) == 10 and all(status == "stored" for _n, status, _t in stored[0][0])


@pytest.mark.alone
@pytest.mark.skipif(sys.version_info >= (3, 12) or sys.platform != "linux", reason="fork only on 3.11, Linux")
def test_forked_after_a_catalogue_query_started_the_idle_sparql_parser_thread(tmp_path: Path) -> None:
    from hankegraafi.store.sparqlparse import read

    others = [t.name for t in threading.enumerate() if t is not threading.current_thread()]
    if any(not name.startswith("sparql-parser-") for name in others):
        pytest.skip(f"this test process runs other Python threads: {others}")
    read("SELECT ?s WHERE { ?s ?p ?o } # started by the first query read")
    assert any(t.name.startswith("sparql-parser-") for t in threading.enumerate())
    assert start_method() == "fork"


def test_workers_forked_after_an_ingest_store_what_one_process_stores(tmp_path: Path) -> None:
    """As in the bench and a second run in one process: a document ingested first (its derived step
    starts the SPARQL parser thread and loads everything), then the rest on two processes."""
    docs = write_documents(tmp_path / "docs", 11, seed=20261206)

    def run(ingester: Ingester, jobs: int) -> list[Outcome]:
        return [ingester.ingest(docs[0]), *ingester.ingest_all(docs[1:], jobs=jobs)]

    stored = [_stored(tmp_path / f"store-{jobs}", jobs, run) for jobs in (1, 2)]
    assert stored[0] == stored[1]
    assert len(stored[0][1]) == 11 and all(status == "stored" for _n, status, _t in stored[0][0])
