"""A stale store's derived graphs rebuilt in the background at ``serve``'s start (issue 17).

A store is stale (:func:`hankegraafi.ingest.derived.missing`) after a kill between a write and its
rebuild, or when an older code wrote it. Rebuilding it in place at start held the store for the
whole rebuild (126 s at 10^6 triples); here the readers are answered from the start, and:

1. the web process asks its own read-only handle whether the store is stale (no child process, no
   fork server, when it is not: the usual start);
2. a child process (no network, the writer's memory, nice 5) copies the store and rebuilds every
   derived graph in the copy (``derived.compute_aside``); while it has the store itself open, a
   write waits for it as for a query (:meth:`QueryPool.reading`);
3. the writer applies the copy's graphs as their difference in one short write (the
   ``("derive-apply", folder)`` write, ``derived.apply_computed``), which writes nothing when a
   write came in between and rebuilt them itself.

Meanwhile the canonical projects and the inferred graph are served as they are, and the stored
answers and page lists, whose version no longer matches, are not served (the catalogue and the
pages run live). A server killed part way leaves the copy, which the next start removes. The
setting ``derive_at_start`` (``HANKEGRAAFI_DERIVE_AT_START=0``) leaves a stale store as it is
(the benchmarks' stores are bulk-loaded without derived graphs).
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
from pathlib import Path
from typing import Any

from hankegraafi.server.pool import _CTX, PoolError, QueryPool
from hankegraafi.server.workers import _aside_main
from hankegraafi.settings import Config

log = logging.getLogger(__name__)


def start(pool: Any, config: Config) -> threading.Thread | None:
    """Start the rebuild in a daemon thread (an embedded store behind the process pool, with
    ``derive_at_start`` on), or None."""
    if config.store_is_remote or not config.derive_at_start or not isinstance(pool, QueryPool):
        return None
    thread = threading.Thread(target=_run, args=(pool, config), name="hg-derive-aside", daemon=True)
    thread.start()
    return thread


def stale(pool: QueryPool, config: Config) -> bool:
    """Whether the derived graphs do not follow the stored data, read on the local lane's handle."""
    from hankegraafi.ingest.derived import missing
    from hankegraafi.store.embedded import EmbeddedStore

    base = str(config.base_iri)
    return bool(
        pool.local(
            lambda handle: missing(EmbeddedStore.over(handle, base_iri=base), base), float(config.query_timeout)
        )
    )


def _run(pool: QueryPool, config: Config) -> None:
    try:
        if not stale(pool, config):
            log.info("the derived graphs follow the stored data (checked at start)")
            return
    except Exception as exc:  # a store it cannot read: the requests will say so
        log.error("could not check whether the derived graphs follow the stored data: %s", exc)
        return
    log.warning(
        "the derived graphs do not follow the stored data (a write cut short, or an older version wrote "
        "them): rebuilding them beside the readers; until then the catalogue and pages are read live"
    )
    began = time.monotonic()
    try:
        folder = compute(pool, float(config.query_timeout) + 5.0, float(config.update_timeout))
    except PoolError as exc:
        log.error(
            "the derived graphs could not be rebuilt beside the readers (the next start tries again): %s", exc
        )
        return
    if folder is None:
        log.warning("the derived graphs follow the stored data now (a write rebuilt them)")
        return
    computed = time.monotonic() - began
    try:
        wrote = pool.write(
            ("derive-apply", str(folder)),
            float(config.update_timeout),
            drain=float(config.query_timeout) + 5.0,
        )
    except PoolError as exc:
        # Not rebuilt in place after a failure (a write would hold the store for the whole rebuild):
        # the stamp stays old, so the next start (or the next write) rebuilds them.
        log.error("the derived graphs rebuilt aside could not be written (the next start tries again): %s", exc)
        shutil.rmtree(folder, ignore_errors=True)
        return
    log.warning(
        "the derived graphs %s: computed in %.1f s beside the readers, written in %.1f s",
        "follow the stored data" if wrote else "were rebuilt by a write meanwhile",
        computed,
        time.monotonic() - began - computed,
    )


def compute(pool: QueryPool, drain: float, copying: float) -> Path | None:
    """Run ``derived.compute_aside`` in a child process; the copy's folder, or None (nothing stale).
    While the child has the store itself open it counts as a read on the local lane (a write waits
    for it as for a query's, :meth:`QueryPool.local`, which waits at most ``drain`` s for a write
    running); it must have closed it within ``copying`` s."""
    parent, child = _CTX.Pipe()
    proc = _CTX.Process(target=_aside_main, args=(child, pool.spec, os.getpid()), daemon=True, name="hg-derive")

    def copied(_handle: Any) -> tuple[Any, ...]:
        proc.start()
        child.close()
        if not parent.poll(copying):
            raise PoolError(f"the store was not copied for its rebuild within {copying:g} s")
        return _receive(parent, proc)

    ended = False
    try:
        msg = pool.local(copied, drain)
        if msg is None:
            raise PoolError("the server is stopping")
        if msg[0] == "copied":
            msg = _receive(parent, proc)
        ended = True
    finally:
        if proc.pid is not None:  # started
            proc.join(10 if ended else 0)
            if proc.is_alive():
                proc.kill()
                proc.join()
        child.close()  # closed already when started
        parent.close()
    if msg[0] == "ok":
        return None if msg[1] is None else Path(msg[1])
    raise PoolError(msg[1])


def _receive(conn: Any, proc: Any) -> tuple[Any, ...]:
    """The child's next message; its end without one is a PoolError naming its exit code."""
    try:
        return tuple(conn.recv())
    except EOFError:
        proc.join(5)
        raise PoolError(f"the rebuild's process ended without an answer (exit {proc.exitcode})") from None
