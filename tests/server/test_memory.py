"""What keeps ``serve``'s processes small (issue 17: the server at 10^6 triples ≤ 200 MB in all).

Measured figures are in bench/results/2026-12-04-vm-memory-ask-1e6.md; these tests hold the
mechanisms: the free heap handed back to the kernel (web process and query workers), waitress's
per-request queue warning logged once per period, and no standby worker by default.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from pathlib import Path

from hankegraafi.server.engine import QueryJob
from hankegraafi.server.pool import QueryPool, StoreSpec
from hankegraafi.server.wsgi import OncePer
from hankegraafi.store.embedded import EmbeddedStore
from tests.server.conftest import PROTOCOL_DATA

JSON = "application/sparql-results+json"

FRAGMENTED_HEAP = """
from hankegraafi.processes import trim_heap

def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024

blocks = [bytearray(100_000) for _ in range(1_000)]  # 100 MB through malloc
kept = blocks[::20]  # live blocks between the freed ones: free() alone can give back no hole
del blocks
before = rss()
assert trim_heap()
print(before, rss())
"""


def test_trim_gives_a_fragmented_heap_back() -> None:
    done = subprocess.run([sys.executable, "-c", FRAGMENTED_HEAP], capture_output=True, text=True, check=True)
    before, after = map(int, done.stdout.split())
    assert before - after > 50, (before, after)  # MB: the 95 MB of holes, less what pages the kept blocks share


def test_a_flood_of_queue_warnings_is_one_line_per_period() -> None:
    logger = logging.getLogger("test_memory.queue")
    logger.propagate = False
    seen: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())

    logger.addHandler(Keep())
    logger.addFilter(OncePer(0.2))
    for depth in range(1, 51):
        logger.warning("Task queue depth is %d", depth)
    time.sleep(0.25)
    logger.warning("Task queue depth is %d", 51)
    assert seen == [
        "Task queue depth is 1",
        "Task queue depth is 51 (49 more such warnings in the last 0.2 s)",
    ]


def test_no_standby_worker_by_default(tmp_path: Path) -> None:
    """No worker until a query needs one (a page's reads and lookups run on the local lane); then
    two fast-lane workers and nothing beside them; a worker that leaves (a query moved to the
    slow lane) is followed by one the fork server starts, and the lane is whole again."""
    store = EmbeddedStore(tmp_path / "store")
    store.load(PROTOCOL_DATA, "trig")
    store.close()
    pool = QueryPool(
        StoreSpec(location=str(tmp_path / "store"), remote=False, base_iri="https://w3id.org/hankegraafi/id/"),
        2,
    )
    pool.start()
    try:
        assert (len(pool._workers), pool._standby) == (0, [])
        bounded = QueryJob(
            text="ASK { ?s ?p ?o }", results_media=JSON, graph_media=None, max_rows=1, bounded=True
        )
        assert b"true" in pool.run(bounded, 10).body
        assert len(pool._workers) == 0  # the bounded class runs on the local lane
        job = QueryJob(
            text="SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", results_media=JSON, graph_media=None, max_rows=1
        )
        assert b'"n"' in pool.run(job, 10).body
        assert (len(pool._workers), pool._standby) == (2, [])
        gone = next(iter(pool._workers))
        pool._replace_later(gone)
        deadline = time.monotonic() + 10
        while len(pool._workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(pool._workers) == 2 and gone not in pool._workers and pool._standby == []
        gone.kill()
    finally:
        pool.close()


START_WITHOUT_FORK_SERVER = """
import sys
from multiprocessing import forkserver
from hankegraafi.server.engine import QueryJob
from hankegraafi.server.pool import QueryPool, StoreSpec

pool = QueryPool(StoreSpec(location=sys.argv[1], remote=False, base_iri="https://w3id.org/hankegraafi/id/"), 2)
pool.start()
before = forkserver._forkserver._forkserver_pid
job = QueryJob(text="SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", results_media="application/sparql-results+json",
               graph_media=None, max_rows=1)
pool.run(job, 30)
print(before is None, forkserver._forkserver._forkserver_pid is not None, len(pool._workers))
pool.close()
"""


def test_a_start_leaves_no_fork_server_until_one_is_needed(tmp_path: Path) -> None:
    """``serve`` starts single-threaded: the start's writer run (create or check the store) is forked
    from it, so neither the fork server nor its resource tracker (29-36 MB PSS at 10^6 triples) runs
    until a query needs a worker (or a write its writer)."""
    store = EmbeddedStore(tmp_path / "store")
    store.load(PROTOCOL_DATA, "trig")
    store.close()
    done = subprocess.run(
        [sys.executable, "-c", START_WITHOUT_FORK_SERVER, str(tmp_path / "store")],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert done.stdout.split() == ["True", "True", "2"], done.stderr
