"""The local lane's read-only handle is reopened when the web process is over its memory bound
(``QueryPool.bound_local``, issue 17): RocksDB's caches of a handle grow with its reads and are
given back only with the handle. A fresh handle answers as the old one did, a reader still on
the old one finishes on it, and a write that came in between keeps its own handle."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from hankegraafi.processes import resident_mb
from hankegraafi.server.pool import QueryPool, StoreSpec
from hankegraafi.store.embedded import EmbeddedStore

pytestmark = pytest.mark.server

ASK = "ASK { <http://example.org/a> <http://example.org/p> ?o }"


@pytest.fixture
def pool(tmp_path: Path) -> Iterator[QueryPool]:
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    store.update(
        "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/p> 1 } }"
    )
    store.close()
    pool = QueryPool(
        StoreSpec(location=str(path), remote=False, base_iri="https://w3id.org/hankegraafi/id/"), 1
    )
    pool.start()
    yield pool
    pool.close()


def _ask(pool: QueryPool) -> bool:
    return bool(pool.local(lambda handle: handle.query(ASK, use_default_graph_as_union=True), 5.0))


def test_resident_memory_is_read() -> None:
    assert 5 < resident_mb() < 100_000


def test_a_handle_that_has_read_is_reopened_over_the_bound_only(pool: QueryPool) -> None:
    first = pool._local
    assert not pool.bound_local(0.0)  # no read since it opened: nothing to give back
    assert _ask(pool)
    assert not pool.bound_local(1_000_000.0)  # under the bound
    assert pool._local is first
    assert pool.bound_local(0.0)
    assert pool._local is not first and pool._local is not None
    assert _ask(pool)  # the fresh handle reads the same store


def test_a_reader_on_the_old_handle_finishes_on_it(pool: QueryPool) -> None:
    assert _ask(pool)
    inside = threading.Event()
    go_on = threading.Event()
    seen: list[object] = []

    def slow(handle: object) -> bool:
        inside.set()
        assert go_on.wait(10)
        seen.append(handle)
        return bool(handle.query(ASK, use_default_graph_as_union=True))  # type: ignore[attr-defined]

    old = pool._local
    reader = threading.Thread(target=lambda: seen.append(pool.local(slow, 5.0)))
    reader.start()
    assert inside.wait(10)
    assert pool.bound_local(0.0)  # a reader is running: the swap does not wait for it
    go_on.set()
    reader.join(10)
    assert seen == [old, True]
    assert pool._local is not old


def test_a_write_between_keeps_its_own_handle(pool: QueryPool, monkeypatch: pytest.MonkeyPatch) -> None:
    pool.write(
        (
            "update",
            "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/b> <http://example.org/p> 2 } }",
        ),
        60,
        10,
    )
    assert _ask(pool)
    kept = pool._local
    opened = pool.local

    def open_then_a_write(read: object, deadline: float) -> object:
        fresh = opened(read, deadline)  # type: ignore[arg-type]
        pool.generation += 1  # as a write that ran after the fresh handle was opened
        return fresh

    monkeypatch.setattr(pool, "local", open_then_a_write)
    assert not pool.bound_local(0.0)
    assert pool._local is kept
    monkeypatch.undo()
    assert pool.local(
        lambda h: h.query("ASK { <http://example.org/b> ?p ?o }", use_default_graph_as_union=True), 5.0
    )
