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
import multiprocessing as mp
import os
import queue
import signal
import threading
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from hankegraafi.server.engine import EngineError, Outcome, QueryJob

log = logging.getLogger(__name__)

_CTX = mp.get_context("spawn")
_START_TIMEOUT = 60.0
#: Frames of a child's traceback passed on (a RecursionError has thousands).
_TRACE_FRAMES = 30


class PoolError(Exception):
    """Base of what the pool reports to the web layer."""


class QueryTimeout(PoolError):
    """The deadline passed: the query was stopped, or never got a worker."""


class WorkerCrashed(PoolError):
    """A worker died while running a query (out of memory, a crash in the engine)."""


class QueryResources(PoolError):
    """The query needed more memory (or engine stack) than a query worker may use; it failed alone."""


class SlowLaneFull(PoolError):
    """A query ran past ``slow_query_seconds`` while the slow lane was full (or held one of this client's)."""


class WriteFailed(PoolError):
    """A write was refused or failed; ``kind`` says why (syntax, bad-data, locked, timeout, store)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class StoreSpec:
    """How a child process opens the store (picklable: a path or a URL, never a handle)."""

    location: str
    remote: bool
    base_iri: str
    remote_timeout: float = 30.0
    remote_retries: int = 2
    #: Address space of one query worker (MiB); 0 leaves it unlimited.
    query_memory_mb: int = 2048
    #: Largest serialised answer a worker hands to the web process (0: unlimited).
    max_result_bytes: int = 50_000_000

    def open_engine(self) -> Any:
        from hankegraafi.server.engine import OxigraphEngine, RemoteEngine

        if self.remote:
            return RemoteEngine(self.location.rstrip("/"), self.remote_timeout)
        import pyoxigraph as ox

        return OxigraphEngine(ox.Store.read_only(self.location))

    def open_store(self) -> Any:
        """The read-write :class:`Store` used by the writer process."""
        if self.remote:
            from hankegraafi.store.remote import RemoteStore

            return RemoteStore(
                self.location,
                base_iri=self.base_iri,
                timeout=self.remote_timeout,
                retries=self.remote_retries,
            )
        from hankegraafi.store.embedded import EmbeddedStore

        return EmbeddedStore(Path(self.location), base_iri=self.base_iri)


# -- child processes ---------------------------------------------------------------


def _isolate(spec: StoreSpec) -> dict[str, str]:
    """Cut a query worker off the network and cap its memory; what could not be done, by name.

    A query worker of an embedded store needs no network at all, so it gets an
    empty network namespace: even a query that slipped past the guard cannot
    reach any host. One that queries a remote SPARQL server needs the network,
    and says so. Runs before anything starts a thread.
    """
    from hankegraafi.processes import cap_memory, isolate_network

    missing: dict[str, str] = {}
    if spec.remote:
        missing["network"] = "the store is a remote SPARQL server, which the workers must reach"
    else:
        why = isolate_network()
        if why:
            missing["network"] = why
    why = cap_memory(spec.query_memory_mb)
    if why:
        missing["memory"] = why
    return missing


def _reader_main(conn: Connection, spec: StoreSpec, parent: int) -> None:
    """A query worker: isolate itself, open the store read-only, then answer jobs until told to stop."""
    from hankegraafi.processes import die_with_parent

    missing = _isolate(spec)
    # Started from a short-lived thread at times, so no PR_SET_PDEATHSIG (see die_with_parent).
    die_with_parent(parent, deathsig=False)
    with contextlib.suppress(OSError):
        os.nice(5)  # the web process and the writer come first
    try:
        engine = spec.open_engine()
    except Exception as exc:
        conn.send(("fatal", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", os.getpid(), missing))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return  # the web process is gone
        if job is None:
            return
        try:
            outcome = engine.execute(job)
            limit = job.max_bytes or spec.max_result_bytes
            if limit and len(outcome.body) > limit:
                # Refused here, so that the web process never holds it.
                raise EngineError(
                    "too-large",
                    f"the answer has {len(outcome.body)} bytes, more than the {limit} this endpoint gives at once; "
                    "ask for fewer rows (LIMIT/OFFSET), shorter values or a leaner format",
                )
            conn.send(("ok", outcome))
        except EngineError as exc:
            conn.send(("error", exc.kind, str(exc)))
        except MemoryError:
            conn.send(("memory", f"the query needed more than {spec.query_memory_mb} MiB"))
            return  # a worker that ran out of memory is not trusted with another query
        except Exception:
            conn.send(("crash", traceback.format_exc(limit=-_TRACE_FRAMES)))


def _writer_main(conn: Connection, spec: StoreSpec, op: tuple[Any, ...], parent: int) -> None:
    """The one read-write process: open the store, apply one write, close; it ends with the web process."""
    from hankegraafi.processes import cap_memory, die_with_parent, isolate_network
    from hankegraafi.store.base import QuerySyntaxError, StoreError, StoreLocked

    # The writer runs updates and parses uploads: no network for an embedded
    # store, and twice a query worker's memory (ingest validates in memory).
    # Before any thread starts (a user namespace needs a single thread).
    if not spec.remote:
        isolate_network()
    cap_memory(spec.query_memory_mb * 2)
    die_with_parent(parent, deathsig=False)
    try:
        store = spec.open_store()
    except StoreLocked as exc:
        conn.send(("error", "locked", str(exc)))
        return
    except Exception as exc:
        conn.send(("error", "store", f"{type(exc).__name__}: {exc}"))
        return
    try:
        conn.send(("ok", _apply(store, op)))
    except QuerySyntaxError as exc:
        conn.send(("error", "syntax", str(exc)))
    except (SyntaxError, ValueError) as exc:
        conn.send(("error", "bad-data", str(exc)))
    except StoreError as exc:
        conn.send(("error", "store", str(exc)))
    except Exception:
        conn.send(("error", "crash", traceback.format_exc(limit=-_TRACE_FRAMES)))
    finally:
        store.close()


def _apply(store: Any, op: tuple[Any, ...]) -> Any:
    kind = op[0]
    if kind == "open":
        return None
    if kind == "update":
        store.update(op[1])
        return None
    if kind == "replace":
        from rdflib import URIRef

        from hankegraafi.rdfinput import parse_untrusted

        _, graph, data, rdf_format = op
        # Checked in the web process already; checked again where it is parsed (UnsafeRdf is a ValueError: 400).
        g = parse_untrusted(data, rdf_format)
        store.replace_graph(URIRef(graph), g)
        return len(g)
    if kind == "drop":
        from rdflib import URIRef

        return store.drop_graph(URIRef(op[1]))
    if kind == "ingest":
        return _ingest(store, op[1], op[2], op[3])
    if kind == "curate":  # a decision from /review: recorded, applied, derived graphs rebuilt
        from hankegraafi.ingest.curation import decide

        return decide(store, op[1], op[2], op[3], **op[4])
    if kind == "remove":
        from hankegraafi.config import Config
        from hankegraafi.ingest.pipeline import Ingester

        removed = Ingester(store, Config.load(op[2], environ={})).remove(op[1])
        return None if removed is None else str(removed)
    raise ValueError(f"unknown write {kind!r}")


def _ingest(store: Any, name: str, data: bytes, values: dict[str, Any]) -> dict[str, Any]:
    """One uploaded document through the ingest pipeline; the name was made safe by the web layer."""
    import tempfile

    from hankegraafi.config import Config
    from hankegraafi.ingest.pipeline import Ingester

    cfg = Config.load(values, environ={})
    with tempfile.TemporaryDirectory(prefix="hg-upload-") as folder:
        path = Path(folder) / Path(name).name
        path.write_bytes(data)
        ingester = Ingester(store, cfg)
        ingester.ensure_reference_graphs()
        outcome = ingester.ingest(path)
    return {
        "file": name,
        "status": outcome.status,
        "graph": None if outcome.graph is None else str(outcome.graph),
        "kind": outcome.kind,
        "triples": outcome.triples,
        "facts": dict(outcome.facts),
        "warnings": list(outcome.warnings),
        "error": outcome.error.replace(str(path), name) if outcome.error else None,
    }


# -- the pool in the web process ---------------------------------------------------


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


class QueryPool:
    """Reader processes in two lanes, plus an on-demand writer.

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
    ) -> None:
        self.spec = spec
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

    # -- lifecycle -----------------------------------------------------------------

    def start(self) -> None:
        """Create or check the store with one writer run, hold its lock, start the readers."""
        if not self.spec.remote:
            self._write_child(("open",), _START_TIMEOUT)
            self._hold_lock()
        with self._spawn_lock:
            self._fill()
        log.info("query pool: %d workers on %s", self.size, self.spec.location)
        for what, why in self.isolation.items():
            log.warning("query workers run without %s isolation: %s", what, why)

    def close(self) -> None:
        self._closed = True
        with self._spawn_lock:
            self._stop_all()
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
        """Start workers up to ``size`` in the fast lane, plus one standby (caller holds ``_spawn_lock``).

        The standby takes the place of a worker that leaves the fast lane (a
        query moved to the slow lane, a worker killed or dead) at once, so the
        lane is never short while a successor starts.
        """
        with self._members:
            short = self.size - len(self._workers)
            spare = 1 - len(self._standby)
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

    def run(self, job: QueryJob, deadline: float, client: str = "-") -> Outcome:
        """Run ``job`` within ``deadline`` seconds (waiting for a worker counts)."""
        end = time.monotonic() + deadline
        with self._gate:
            while self._writing:
                left = end - time.monotonic()
                if left <= 0:
                    raise QueryTimeout("the store is being updated; try again shortly")
                self._gate.wait(left)
            self._busy += 1
        try:
            return self._run(job, end, deadline, client)
        finally:
            with self._gate:
                self._busy -= 1
                self._gate.notify_all()

    def _run(self, job: QueryJob, end: float, deadline: float, client: str) -> Outcome:
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
            return msg[1]  # type: ignore[no-any-return]
        if msg[0] == "error":
            raise EngineError(msg[1], msg[2])
        if msg[0] == "memory":
            raise QueryResources(f"{msg[1]}; the query was stopped")
        raise WorkerCrashed(msg[1])

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
    def _exclusive(self, wait: float) -> Iterator[None]:
        """No reader runs (or has the store open) inside this block."""
        end = time.monotonic() + wait
        with self._gate:
            while self._writing:
                if not self._gate.wait(max(0.0, end - time.monotonic())):
                    raise WriteFailed("timeout", "another write is still running")
            self._writing = True
        try:
            with self._gate:
                while self._busy:
                    if not self._gate.wait(max(0.0, end - time.monotonic())):
                        raise WriteFailed("timeout", "running queries did not finish in time")
            with self._spawn_lock:
                if not self.spec.remote:
                    self._stop_all()
                try:
                    yield
                finally:
                    self._fill()
        finally:
            with self._gate:
                self._writing = False
                self._gate.notify_all()

    def write(self, op: tuple[Any, ...], timeout: float, drain: float) -> Any:
        """Apply one write in the writer process; readers are stopped meanwhile (embedded store)."""
        if self.spec.remote:
            result = self._write_child(op, timeout)
        else:
            with self._exclusive(drain):
                self._release_lock()
                try:
                    result = self._write_child(op, timeout)
                finally:
                    self._hold_lock()
        self.generation += 1
        return result

    def _write_child(self, op: tuple[Any, ...], timeout: float) -> Any:
        parent, child = _CTX.Pipe()
        proc = _CTX.Process(
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
