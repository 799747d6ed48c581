"""The fork server's children start with its preloaded heap frozen (``server/forkfreeze.py``, stop 52).

A query worker's first full collection walked, and so copied into the worker, every page of the heap it
shares with the fork server; frozen, those pages stay shared (at 10^6 triples under the load test each
worker's own memory 55.6 -> 48.6 MB, bench/results/2026-12-07-vm-serve-memory-freeze-1e6.md). The fork
server skips a preload module that fails to import without a word, so this asks a child what it has.
"""

from __future__ import annotations

from multiprocessing.connection import Connection


def _report(conn: Connection) -> None:
    import gc
    import sys

    conn.send((gc.get_freeze_count(), "hankegraafi.server.workers" in sys.modules))
    conn.close()


def test_a_child_of_the_fork_server_starts_with_the_preloaded_heap_frozen() -> None:
    from hankegraafi.server import poolprocs

    ctx = poolprocs._CTX
    parent, child = ctx.Pipe()
    process = ctx.Process(target=_report, args=(child,), daemon=True)
    process.start()
    child.close()
    try:
        assert parent.poll(60), "the fork server's child did not answer"
        frozen, preloaded = parent.recv()
    finally:
        process.join(10)
    assert preloaded
    # The preloaded modules (the workers, the engine, the store, the derived steps with rdflib) are tens
    # of thousands of objects; a child forked from an unfrozen fork server has none frozen.
    assert frozen > 10_000, frozen
