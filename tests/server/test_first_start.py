"""A query's deadline is its own: the pool's first start of its workers is not charged to it.

The fast lane starts on first need (``QueryPool._first_need``): the fork server's imports
(1.5-2 s once) and each worker's store open. Under load that start had taken the whole deadline of
the query that needed it, which then answered 503. A worker's start here is made slow on purpose
(1.5 s in the web process's wait for it), and the query's deadline (1 s) is shorter than that.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from hankegraafi.server import poolprocs
from hankegraafi.server.engine import QueryJob
from hankegraafi.server.pool import QueryPool, QueryTimeout, StoreSpec
from hankegraafi.store.embedded import EmbeddedStore

JSON = "application/sparql-results+json"
START_SECONDS = 1.5


@pytest.fixture
def slow_start_pool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[QueryPool]:
    data = tmp_path / "data.nt"
    data.write_text("".join(f"<urn:s{i}> <urn:p> <urn:o{i % 7}> .\n" for i in range(300)), encoding="utf-8")
    store = EmbeddedStore(tmp_path / "store")
    store.load(data, "nt")
    store.close()
    ready = poolprocs._Worker.wait_ready

    def slow_ready(self: poolprocs._Worker) -> None:
        time.sleep(START_SECONDS)
        ready(self)

    monkeypatch.setattr(poolprocs._Worker, "wait_ready", slow_ready)
    pool = QueryPool(StoreSpec(location=str(tmp_path / "store"), remote=False, base_iri="urn:x:"), 1)
    pool.start()
    try:
        yield pool
    finally:
        pool.close()


def test_the_first_start_of_the_workers_is_not_charged_to_the_query(slow_start_pool: QueryPool) -> None:
    assert slow_start_pool._workers == set()
    job = QueryJob(
        text="SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", results_media=JSON, graph_media=None, max_rows=1
    )
    started = time.monotonic()
    body = slow_start_pool.run(job, 1.0).body
    assert time.monotonic() - started >= START_SECONDS  # the start was waited for
    assert b'"300"' in body
    assert len(slow_start_pool._workers) == 1


def test_a_query_past_its_deadline_after_the_first_start_is_still_stopped(slow_start_pool: QueryPool) -> None:
    """300^4 rows to count: the worker is killed at the query's own deadline."""
    job = QueryJob(
        text="SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
        results_media=JSON,
        graph_media=None,
        max_rows=1,
    )
    with pytest.raises(QueryTimeout, match="stopped at the 1 s deadline"):
        slow_start_pool.run(job, 1.0)
