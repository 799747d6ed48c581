"""The pool's child processes as the web process sees them: how they are started, and one query worker.

Split out of :mod:`.pool` (which times, replaces and kills them); what runs inside them is
:mod:`.workers`.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import threading
from typing import Any

from hankegraafi.server.poolerrors import PoolError
from hankegraafi.server.workers import StoreSpec, _reader_main

#: Children are forked by a fork server that has imported their code once: a worker or the
#: writer is ready in tens of milliseconds instead of the 1.5–2 s a fresh interpreter takes to
#: import it, so a write (which restarts every reader) answers in about the time it works. The
#: server process is started from a clean interpreter, never forked from the threaded web
#: process, and it holds no store.
_CTX = mp.get_context("forkserver")
_CTX.set_forkserver_preload(
    [
        "hankegraafi.server.workers",
        "hankegraafi.server.engine",
        "hankegraafi.store.embedded",
        "hankegraafi.ingest.derived",
        "hankegraafi.server.forkfreeze",  # last: freezes what the ones above imported
    ]
)
_START_TIMEOUT = 60.0


def _start_context() -> Any:
    """How the start's one writer run (create or check the store) is started: forked from this
    process while it has no thread but the main one (``serve`` at start), so that the fork server
    and its resource tracker (29-36 MB PSS at 10^6 triples) are started only on first need (a query
    worker, a write: the first then waits for its imports, 1.5-2 s, once); else the fork server."""
    return mp.get_context("fork") if threading.active_count() == 1 else _CTX


class _Worker:
    def __init__(self, spec: StoreSpec) -> None:
        self.conn, child = _CTX.Pipe()
        self.process = _CTX.Process(
            target=_reader_main, args=(child, spec, os.getpid()), daemon=True, name="hg-query"
        )
        self.process.start()
        child.close()
        self.missing: dict[str, str] = {}

    def wait_ready(self) -> None:
        if not self.conn.poll(_START_TIMEOUT):
            self.kill()
            raise PoolError("a query worker did not start in time")
        try:
            msg = self.conn.recv()
        except EOFError:
            self.process.join(5)
            raise PoolError(
                f"a query worker died while starting (exit {self.process.exitcode}); "
                "if query_memory_mb is set low, the worker may not fit in it"
            ) from None
        if msg[0] != "ready":
            self.kill()
            raise PoolError(f"a query worker could not open the store: {msg[1]}")
        self.missing = dict(msg[2])

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError, BrokenPipeError):
            self.conn.send(None)
        self.process.join(2)
        self.kill()
