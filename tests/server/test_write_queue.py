"""A write waits for the write before it as long as that write may run, not the query drain.

Found by racing ``hankegraafi ingest`` beside a running server (stop 34): with three command
lines ingesting and removing one file, one failed with "the server refused the documents (503):
another write is still running" and no Retry-After, so it did not try again. The second of two
pending writes waited only ``drain`` (query_timeout + 5 s) for the first, and one document's
ingest with its rebuild took 13 s on a small store under load (minutes at scale).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from hankegraafi.server.pool import QueryPool, StoreSpec, WriteFailed
from hankegraafi.store.embedded import EmbeddedStore
from tests.server.conftest import PROTOCOL_DATA


@pytest.fixture
def pool(tmp_path: Path):
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    store.load(PROTOCOL_DATA, "trig")
    store.close()
    pool = QueryPool(
        StoreSpec(location=str(path), remote=False, base_iri="https://w3id.org/hankegraafi/id/"), 1
    )
    pool.start()
    yield pool
    pool.close()


def slow_writes(pool: QueryPool, seconds: float) -> list[str]:
    """Make each write of ``pool`` take ``seconds`` in place of the writer process; returns its log."""
    done: list[str] = []

    def write_child(op: tuple[Any, ...], timeout: float, **_: Any) -> Any:
        time.sleep(seconds)
        done.append(op[0])
        return op[0]

    pool._write_child = write_child  # type: ignore[method-assign]
    return done


def test_a_write_behind_a_longer_one_waits_for_it_within_its_deadline(pool: QueryPool) -> None:
    done = slow_writes(pool, 1.5)
    first = threading.Thread(target=pool.write, args=(("first",), 30.0, 0.3))
    first.start()
    time.sleep(0.2)
    assert pool.write(("second",), 30.0, 0.3) == "second"  # the drain (0.3 s) is shorter than the first write
    first.join()
    assert done == ["first", "second"]


def test_a_write_behind_one_past_its_deadline_is_still_refused(pool: QueryPool) -> None:
    slow_writes(pool, 2.0)
    first = threading.Thread(target=pool.write, args=(("first",), 30.0, 0.1))
    first.start()
    time.sleep(0.2)
    started = time.monotonic()
    with pytest.raises(WriteFailed, match="another write is still running"):
        pool.write(("second",), 0.4, 0.1)  # waits its own deadline and drain, not more
    assert time.monotonic() - started < 1.5
    first.join()
