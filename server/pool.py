"""Worker processes that run queries, killed and replaced at the deadline.

pyoxigraph's ``Store.query`` cannot be interrupted, so a query runs in a
process of its own that is killed (SIGKILL) when its deadline passes; that
frees its CPU and memory at once. The embedded store is RocksDB, which one
process may open read-write, and reading it read-only while another process
writes is undefined, so:

* each query worker opens the store read-only;
* a write (authenticated update or graph upload) first drains the pool (new
  queries wait, running ones finish or are killed at their deadline), stops
  every reader, runs in one writer process that opens the store read-write,
  and then starts fresh readers, which see the new data;
* while serving, the web process holds the RocksDB ``LOCK`` file (the same
  POSIX lock RocksDB takes), so ``hankegraafi ingest`` in another process is
  refused instead of writing under the readers; it is let go only while our
  own writer runs.

See server/README.md for the whole process model.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import queue
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from hankegraafi.processes import resident_mb
from hankegraafi.server.engine import EngineError, Outcome, OxigraphEngine, QueryJob, check_size
from hankegraafi.server.poolerrors import (
    PoolError,
    QueryResources,
    QueryTimeout,
    SlowLaneFull,
    WorkerCrashed,
    WriteFailed,
)
from hankegraafi.server.poolprocs import _CTX, _START_TIMEOUT, _start_context, _Worker
from hankegraafi.server.workers import StoreSpec, _writer_main

log = logging.getLogger(__name__)

T = TypeVar("T")

# -- the pool in the web process ---------------------------------------------------


class QueryPool:
    """Reader processes in two lanes, plus an on-demand writer.

    Over an embedded store the readers start on first need (:meth:`_run`), not with the pool: a
    page, a stored answer and a lookup of the bounded class run on the local lane, so a server
    that only serves those holds no query worker (two were 86 MB PSS at 10^6 triples after the
    pages benchmark); the first query that needs one waits for the fork server to start them
    (tens of milliseconds), and from then on every write restarts them as before.

    Every query starts in the fast lane (``size`` workers). One still running
    after ``slow_after`` seconds moves to the slow lane: its worker leaves the
    fast lane (a fresh worker takes its place, so cheap queries never queue
    behind expensive ones), runs on at the lowest CPU priority, and is retired
    when its query ends. The slow lane holds at most ``slow_lane`` queries and
    ``slow_per_client`` of one client; a query that would overfill it is stopped (503).
    """

    def __init__(
        self,
        spec: StoreSpec,
        size: int,
        *,
        slow_after: float = 1.0,
        slow_lane: int = 2,
        slow_per_client: int = 1,
        standby: int = 0,
    ) -> None:
        self.spec = spec
        #: Workers kept started beside the fast lane to take a leaving worker's place at once. None
        #: by default: the fork server starts a successor in tens of milliseconds (below), and a
        #: standby held 30 MB (PSS) at 10^6 triples for that.
        self.standby = max(0, standby)
        self.size = max(1, size)
        self.slow_after = slow_after
        self.slow_lane = max(0, slow_lane)
        self.slow_per_client = max(0, slow_per_client)
        self.generation = 0  # bumped by every write; result caches key on it
        self.isolation: dict[str, str] = {}  # what a worker could not do to isolate itself
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._workers: set[_Worker] = set()
        self._standby: list[_Worker] = []
        self._members = threading.Lock()  # guards _workers, _standby and _idle's membership
        self._spawn_lock = threading.Lock()  # one spawner at a time
        self._gate = threading.Condition()
        self._writing = False
        self._busy = 0
        self._slow: dict[str, int] = {}  # client -> slow queries running
        self._closed = False
        self._lock_fd: int | None = None
        #: The web process's own read-only handle for the local lane (:meth:`local`); None while
        #: a write runs and until the first local read after it.
        self._local: Any = None
        self._local_reads = 0  # reads on the local lane's handle since it opened (bound_local)
        #: Whether a query has needed the workers: until then none is started (see the class).
        self._needed = bool(spec.remote)

    @property
    def sees_every_write(self) -> bool:
        """Whether :attr:`generation` changes with every change of the data: an embedded store,
        whose LOCK this process holds, is written only by our writer; a remote one is not."""
        return not self.spec.remote

    # -- lifecycle -----------------------------------------------------------------

    def start(self) -> None:
        """Create or check the store with one writer run, hold its lock, start the readers."""
        if not self.spec.remote:
            # The writer isolates itself as a reader would; until a reader starts, its report is
            # the pool's (``/sparql/limits``, the warnings below).
            self.isolation = dict(self._write_child(("open",), _START_TIMEOUT, ctx=_start_context()) or {})
            self._hold_lock()
        if self._needed:
            with self._spawn_lock:
                self._fill()
        if not self.spec.remote:
            with self._gate:
                self._local_handle()  # opened now: the first page after a start does not wait for it
        log.info(
            "query pool: %d workers on %s%s",
            self.size,
            self.spec.location,
            "" if self._needed else " (started on first need)",
        )
        for what, why in self.isolation.items():
            log.warning("query workers run without %s isolation: %s", what, why)

    def close(self) -> None:
        self._closed = True
        with self._spawn_lock:
            self._stop_all()
        with self._gate:
            self._local = None
        self._release_lock()

    def _stop_all(self) -> None:
        """Stop every fast and standby worker (caller holds ``_spawn_lock``)."""
        with self._members:
            everyone = [*self._workers, *self._standby]
            self._workers.clear()
            self._standby.clear()
            while not self._idle.empty():
                self._idle.get_nowait()
        for w in everyone:
            w.stop()

    def _fill(self) -> None:
        """Start workers up to ``size`` in the fast lane, plus ``standby`` (caller holds ``_spawn_lock``).

        A standby takes the place of a worker that leaves the fast lane (a query moved to the slow
        lane, a worker killed or dead) at once; without one the lane is a worker short while its
        successor starts (forked by the fork server and opening the store: tens of milliseconds),
        and cheap queries meanwhile wait for the other workers or run on the local lane.
        """
        with self._members:
            short = self.size - len(self._workers)
            spare = self.standby - len(self._standby)
        fresh = [_Worker(self.spec) for _ in range(max(0, short) + max(0, spare))]
        for w in fresh:
            try:
                w.wait_ready()
            except PoolError:
                for other in fresh:
                    other.kill()
                raise
        with self._members:
            for w in fresh:
                self.isolation = w.missing
                if len(self._workers) < self.size:
                    self._workers.add(w)
                    self._idle.put(w)
                else:
                    self._standby.append(w)

    def _replace_later(self, gone: _Worker) -> None:
        """Take ``gone`` out of the fast lane, put the standby in its place, start a new standby."""
        with self._members:
            self._workers.discard(gone)
            if self._standby and not (self._closed or self._writing):
                successor = self._standby.pop()
                self._workers.add(successor)
                self._idle.put(successor)

        def run() -> None:
            with self._spawn_lock:
                if self._closed or self._writing:
                    return  # the write phase starts a full set afterwards
                try:
                    self._fill()
                except PoolError:
                    log.exception("could not replace a query worker")

        threading.Thread(target=run, name="hg-respawn", daemon=True).start()

    # -- the store lock --------------------------------------------------------------

    def _hold_lock(self) -> None:
        path = Path(self.spec.location) / "LOCK"
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise WriteFailed("locked", f"store at {self.spec.location} is in use by another process") from exc
        self._lock_fd = fd

    def _release_lock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing drops the POSIX lock
            self._lock_fd = None

    # -- queries -------------------------------------------------------------------

    def _wait_for_write(self, end: float) -> None:
        """Wait until no write runs, or QueryTimeout at ``end`` (caller holds ``_gate``)."""
        while self._writing:
            left = end - time.monotonic()
            if left <= 0:
                raise QueryTimeout("the store is being updated; try again shortly")
            self._gate.wait(left)

    def _done_reading(self) -> None:
        """A query (on a worker or the local lane) has ended: a write waiting to drain may go on."""
        with self._gate:
            self._busy -= 1
            self._gate.notify_all()

    def run(self, job: QueryJob, deadline: float, client: str = "-") -> Outcome:
        """Run ``job`` within ``deadline`` seconds (waiting for a busy worker counts; the workers'
        first start does not, :meth:`_run`).

        A job of the bounded class (``job.bounded``, :func:`~hankegraafi.server.guard.bounded`:
        one triple pattern read lazily up to the row cap) runs on the local lane instead, in the
        calling thread: the same engine, serialisation and size limit as a worker's, without the
        hand-over (a pipe both ways and two process switches: 0.19 ms against 0.07 ms here, measured
        in one process by ``bench.speed --only lookups``).
        """
        if job.bounded and not self.spec.remote:
            limit = self.spec.max_result_bytes
            outcome = self.local(
                lambda store: check_size(OxigraphEngine(store).execute(job), job, limit), deadline
            )
            if outcome is not None:
                return outcome
        if deadline <= 0:  # no wait asked (waitress's loop): at 0 s a worker's poll would kill it
            raise QueryTimeout("no query worker is used without a deadline")
        end = time.monotonic() + deadline
        with self._gate:
            self._wait_for_write(end)
            self._busy += 1
        try:
            return self._run(job, end, deadline, client)
        finally:
            self._done_reading()

    def _first_need(self) -> None:
        """Start the fast lane's workers if none was ever started (the first query that needs one)."""
        with self._spawn_lock:
            if not self._needed and not self._closed:
                self._fill()
                self._needed = True

    def _run(self, job: QueryJob, end: float, deadline: float, client: str) -> Outcome:
        if not self._needed:
            # The fast lane's first start (the fork server's imports, 1.5-2 s once, then each worker's
            # store open) is the pool's, not this query's: bounded by _START_TIMEOUT, and the query
            # still has its whole deadline to run in. Under load it had taken the deadline (503).
            started = time.monotonic()
            self._first_need()
            end += time.monotonic() - started
        try:
            worker = self._idle.get(timeout=max(0.0, end - time.monotonic()))
        except queue.Empty:
            raise QueryTimeout(f"no query worker became free within {deadline:g} s") from None
        slow = False
        try:
            worker.conn.send(job)
            ready = worker.conn.poll(max(0.0, min(self.slow_after, end - time.monotonic())))
            if not ready and time.monotonic() < end:
                self._to_slow_lane(worker, client)
                slow = True
                ready = worker.conn.poll(max(0.0, end - time.monotonic()))
            msg = worker.conn.recv() if ready else None
        except (EOFError, OSError, BrokenPipeError) as exc:
            worker.kill()
            if not slow:
                self._replace_later(worker)
            raise self._death(worker, exc) from exc
        finally:
            if slow:
                self._leave_slow_lane(client)
        if msg is None:
            log.warning("query passed its %g s deadline; killing worker %s", deadline, worker.process.pid)
            worker.kill()
            if not slow:
                self._replace_later(worker)
            raise QueryTimeout(f"query stopped at the {deadline:g} s deadline")
        if slow or msg[0] == "memory":
            worker.kill()  # a slow-lane worker is retired; its successor already serves
            if not slow:
                self._replace_later(worker)
        else:
            self._idle.put(worker)
        if msg[0] == "ok":
            return msg[1]
        if msg[0] == "error":
            raise EngineError(msg[1], msg[2])
        if msg[0] == "memory":
            raise QueryResources(f"{msg[1]}; the query was stopped")
        raise WorkerCrashed(msg[1])

    def local(self, read: Callable[[Any], T], deadline: float) -> T | None:
        """``read`` on the web process's own read-only handle of the embedded store (the local
        lane), or None for a remote store.

        For the pages' bounded queries only (a resource's card, the names of what it shows, its
        page queries: fixed texts with a checked IRI written in). A worker's round trip (a pipe,
        JSON both ways, rdflib terms from JSON) cost more than such a query itself. Nothing here
        can stop a query at a deadline, so no text a client sends runs here: ``/sparql`` and the
        catalogue keep the workers and their limits. It waits for a write like a worker's query
        (within ``deadline``), counts as running for the write's drain, and the handle is dropped
        before a writer opens the store and opened again afterwards, so it sees what the workers see.
        """
        if self.spec.remote:
            return None
        end = time.monotonic() + deadline
        with self._gate:
            self._wait_for_write(end)
            if self._closed:
                return None
            store = self._local_handle()
            self._busy += 1
            self._local_reads += 1
        try:
            return read(store)
        finally:
            del store
            self._done_reading()

    def _local_handle(self) -> Any:
        """The local lane's read-only handle, opened if it is not (caller holds ``_gate``)."""
        if self._local is None:
            import pyoxigraph as ox

            self._local = ox.Store.read_only(self.spec.location)
            self._local_reads = 0
        return self._local

    def bound_local(self, bound_mb: float) -> bool:
        """Over ``bound_mb`` MiB resident, with reads on the local lane's handle since it opened: a
        fresh handle in its place (a reader on the old one keeps it to its end); True if done.
        RocksDB's caches of a read-only handle grow with its reads and are never given back (55
        pages at 10^6 triples: 54 MB); an open takes ~50 ms; ``serve`` asks every 3 s (``processes.TRIM_SECONDS``)."""
        import pyoxigraph as ox

        if self.spec.remote or self._closed or not self._local_reads or resident_mb() <= bound_mb:
            return False
        generation = self.generation
        fresh = self.local(lambda _old: ox.Store.read_only(self.spec.location), 0.0)
        with self._gate:
            if fresh is None or self._writing or generation != self.generation or self._local is None:
                return False  # a write came between: it opened a handle of its own
            self._local, self._local_reads = fresh, 0
        return True

    def _to_slow_lane(self, worker: _Worker, client: str) -> None:
        """Move a running query out of the fast lane, or stop it when the slow lane is full."""
        with self._gate:
            running = sum(self._slow.values())
            if running >= self.slow_lane or self._slow.get(client, 0) >= self.slow_per_client:
                full = running >= self.slow_lane
                refused = True
            else:
                self._slow[client] = self._slow.get(client, 0) + 1
                refused = False
        if refused:
            worker.kill()
            self._replace_later(worker)
            who = (
                "the slow lane is full"
                if full
                else "this client already has as many slow queries running as it may"
            )
            raise SlowLaneFull(
                f"the query ran past {self.slow_after:g} s and {who}; "
                "try again when it has finished, or make the query cheaper"
            )
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, worker.process.pid or 0, 15)
        self._replace_later(worker)

    def _leave_slow_lane(self, client: str) -> None:
        with self._gate:
            left = self._slow.get(client, 0) - 1
            if left > 0:
                self._slow[client] = left
            else:
                self._slow.pop(client, None)

    def _death(self, worker: _Worker, exc: BaseException) -> PoolError:
        """Why a worker died under a query: its resource limits, or a crash."""
        code = worker.process.exitcode
        # SIGABRT: the engine aborts on a failed allocation (and on a stack overflow);
        # SIGKILL from outside: the kernel's out-of-memory killer.
        if code in (-signal.SIGABRT, -signal.SIGKILL, -signal.SIGSEGV):
            limit = self.spec.query_memory_mb
            return QueryResources(
                "the query needed more memory or deeper nesting than a query may use"
                + (f" ({limit} MiB)" if limit else "")
                + "; it was stopped and the endpoint goes on"
            )
        return WorkerCrashed(f"query worker died: {exc or type(exc).__name__} (exit {code})")

    # -- writes --------------------------------------------------------------------

    @contextlib.contextmanager
    def _exclusive(self, wait: float, behind: float | None = None) -> Iterator[None]:
        """No reader runs (or has the store open) inside this block.

        ``wait`` bounds the wait for running queries; ``behind`` (default ``wait``) the wait for a
        write already running. A write waits for the one before it as long as that one may run
        (its deadline, ``update_timeout``): bounded by the query drain (35 s), a second
        ``hankegraafi ingest`` beside a running server failed with a 503 and no Retry-After
        whenever the first took longer, which one document's ingest and rebuild do at scale.
        Only ``runtime.MAX_PENDING_WRITES`` writes run or wait, so the wait holds one thread."""
        end = time.monotonic() + (wait if behind is None else behind)
        with self._gate:
            while self._writing:
                if not self._gate.wait(max(0.0, end - time.monotonic())):
                    raise WriteFailed("timeout", "another write is still running")
            self._writing = True
        end = time.monotonic() + wait
        try:
            with self._gate:
                while self._busy:
                    if not self._gate.wait(max(0.0, end - time.monotonic())):
                        raise WriteFailed("timeout", "running queries did not finish in time")
                self._local = None  # the local lane's handle is closed before the writer opens the store
            with self._spawn_lock:
                if not self.spec.remote:
                    self._stop_all()
                try:
                    yield
                finally:
                    if self._needed:
                        self._fill()
                    if not self.spec.remote:
                        with self._gate:
                            self._local_handle()  # the local lane reads what the new workers read
        finally:
            with self._gate:
                self._writing = False
                self._gate.notify_all()

    def write(self, op: tuple[Any, ...], timeout: float, drain: float) -> Any:
        """Apply one write in the writer process; readers are stopped meanwhile (embedded store)."""
        try:
            if self.spec.remote:
                return self._write_child(op, timeout)
            with self._exclusive(drain, behind=timeout + drain):
                self._release_lock()
                try:
                    return self._write_child(op, timeout)
                except WriteFailed as exc:
                    if exc.kind in ("timeout", "crash", "resources") and op[0] != "derive-apply":
                        self._derive_after_partial_write(timeout)
                    raise
                finally:
                    self._hold_lock()
                    # Before readers are let in again: a reader that starts now must not meet an
                    # answer or a name kept from before the write under the same generation.
                    self.generation += 1
        finally:
            # Also when the write failed: a writer stopped at its deadline may have stored part of
            # its work (three of five documents), and cached and stored answers must not outlive it.
            self.generation += 1

    def _derive_after_partial_write(self, timeout: float) -> None:
        """Bring the derived graphs in line with whatever the stopped writer stored (best effort)."""
        try:
            self._write_child(("derive",), timeout)
        except PoolError as exc:
            log.error("derived graphs not recomputed after a failed write: %s", exc)

    def _write_child(self, op: tuple[Any, ...], timeout: float, *, ctx: Any = _CTX) -> Any:
        parent, child = ctx.Pipe()
        proc = ctx.Process(
            target=_writer_main, args=(child, self.spec, op, os.getpid()), daemon=True, name="hg-writer"
        )
        proc.start()
        child.close()
        try:
            if not parent.poll(timeout):
                proc.kill()
                raise WriteFailed("timeout", f"write stopped at the {timeout:g} s deadline")
            try:
                msg = parent.recv()
            except EOFError:
                proc.join(5)
                if proc.exitcode in (-signal.SIGABRT, -signal.SIGKILL, -signal.SIGSEGV):
                    raise WriteFailed(
                        "resources",
                        "the write needed more memory than the writer may use "
                        f"({self.spec.query_memory_mb * 2} MiB); nothing was changed",
                    ) from None
                raise WriteFailed("crash", "the writer process died") from None
        finally:
            proc.join(10)
            if proc.is_alive():
                proc.kill()
                proc.join()
            parent.close()
        if msg[0] == "ok":
            return msg[1]
        raise WriteFailed(msg[1], msg[2])


__all__ = [
    "PoolError",
    "QueryPool",
    "QueryResources",
    "QueryTimeout",
    "SlowLaneFull",
    "StoreSpec",
    "WorkerCrashed",
    "WriteFailed",
]
