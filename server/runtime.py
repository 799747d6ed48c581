"""What the routes share at run time: the query runner, the rate limiter, the result cache.

``create_app`` puts one :class:`Services` in ``app.extensions["hankegraafi"]``;
routes reach it through :func:`services`. Other blueprints (linked-data pages,
the explorer) run their queries through :meth:`Services.execute` too, so every
query of the app is bounded by the same deadline and row cap.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from flask import current_app, has_request_context, request

from hankegraafi.server.engine import Outcome, QueryJob
from hankegraafi.server.limits import RateLimiter
from hankegraafi.settings import Config
from hankegraafi.store.base import Store

log = logging.getLogger(__name__)

T = TypeVar("T")


class Runner(Protocol):
    generation: int
    #: What the query processes could not do to isolate themselves, by name ("network", "memory").
    isolation: dict[str, str]

    def run(self, job: QueryJob, deadline: float, client: str = "-") -> Outcome: ...

    def write(self, op: tuple[Any, ...], timeout: float, drain: float) -> Any: ...

    def close(self) -> None: ...


class InlineRunner:
    """Runs queries in the request thread on a store the caller opened (tests, embedding).

    There is no process to kill here, so the deadline is not enforced: the
    process pool (``create_app`` without ``store=``) is what ``serve`` uses.
    """

    def __init__(self, store: Store) -> None:
        from hankegraafi.server.engine import OxigraphEngine, RemoteEngine

        self.store = store
        self.generation = 0
        self.isolation = {"network": "queries run in the request thread", "memory": "not capped"}
        self._lock = threading.Lock()
        source = store.engine_source()
        if source.oxigraph is not None:
            # The engine needs pyoxigraph's streaming results to cap them.
            self.engine: Any = OxigraphEngine(source.oxigraph)
        elif source.query_url is not None:
            self.engine = RemoteEngine(source.query_url, source.timeout)
        else:
            raise TypeError(f"cannot serve queries from {type(store).__name__}")

    def run(self, job: QueryJob, deadline: float, client: str = "-") -> Outcome:
        return self.engine.execute(job)

    def local(self, read: Callable[[Any], T], deadline: float) -> T | None:
        """``read`` on the open pyoxigraph store (the pages' local lane, as the pool's
        :meth:`~hankegraafi.server.pool.QueryPool.local`), or None for a remote one."""
        store = getattr(self.engine, "store", None)
        return read(store) if store is not None else None

    def write(self, op: tuple[Any, ...], timeout: float, drain: float) -> Any:
        from hankegraafi.server.pool import WriteFailed
        from hankegraafi.server.workers import _apply
        from hankegraafi.store.base import QuerySyntaxError

        with self._lock:
            try:
                return _apply(self.store, op)
            except QuerySyntaxError:
                raise
            except (SyntaxError, ValueError) as exc:  # the sender's data, as the pool's writer says it
                raise WriteFailed("bad-data", str(exc)) from exc
            finally:
                self.generation += 1  # a write that failed part way may still have changed the store

    def close(self) -> None:
        """The caller owns the store and closes it."""


def _digest(job: QueryJob) -> bytes:
    """What a cached answer is keyed by instead of the request's own text and graph lists: the cache
    bounds the answers' bytes, and a key of a client's 900 kB query text was not counted (300 such
    queries of one-line answers held 228 MB in the web process, R6, stop 44)."""
    asked = repr((job.text, job.default_graphs, job.named_graphs, job.link))
    return hashlib.sha256(asked.encode("utf-8", "surrogatepass")).digest()


@dataclass
class ResultCache:
    """Recent results, reused while the store has not changed (and for at most ``ttl`` s).

    Aggregating catalogue queries (budget-by-region) cost seconds on a large
    graph and change only when a write happens; every write goes through the
    runner, which bumps its generation, so a cached result is never stale for
    an embedded store. A remote store can change behind our back: there the
    ``ttl`` bounds how stale an answer can be.
    """

    ttl: float
    max_entries: int = 256
    max_bytes: int = 2_000_000
    #: The answers' bytes held at once: 256 answers of up to 2 MB each could hold 512 MB in the web
    #: process, whose whole budget is 200 MB (issue 17); the least recently used go first.
    max_total_bytes: int = 24_000_000
    _items: OrderedDict[tuple[Any, ...], tuple[float, Outcome]] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    #: The bytes of the answers held (:attr:`max_total_bytes`).
    held: int = 0
    #: The newest write generation a key began with: answers of an older one are never asked again.
    _generation: int = -1

    def get(self, key: tuple[Any, ...]) -> Outcome | None:
        if self.ttl <= 0:
            return None
        with self._lock:
            hit = self._items.get(key)
            if hit is None:
                return None
            if time.monotonic() - hit[0] > self.ttl:
                del self._items[key]
                self.held -= len(hit[1].body)
                return None
            self._items.move_to_end(key)
            return hit[1]

    def put(self, key: tuple[Any, ...], outcome: Outcome) -> None:
        if self.ttl <= 0 or len(outcome.body) > self.max_bytes:
            return
        with self._lock:
            generation = key[0] if key and isinstance(key[0], int) else None
            if generation is not None and generation < self._generation:
                return  # a reader that began before a write: its answer would never be asked for
            if generation is not None and generation > self._generation:
                # A write bumped the generation: the answers keyed by an older one are dead weight
                # (they stayed until 256 newer answers had pushed them out).
                self._generation = generation
                for old in [k for k in self._items if isinstance(k[0], int) and k[0] < generation]:
                    self.held -= len(self._items.pop(old)[1].body)
            replaced = self._items.pop(key, None)
            if replaced is not None:
                self.held -= len(replaced[1].body)
            self._items[key] = (time.monotonic(), outcome)
            self.held += len(outcome.body)
            while len(self._items) > self.max_entries or self.held > self.max_total_bytes:
                self.held -= len(self._items.popitem(last=False)[1][1].body)


#: Writes (updates, graph uploads, ingests, review decisions) that may run or wait at once: one
#: write rebuilds the derived graphs for seconds, and each waiting one holds a request thread, so
#: more would leave no thread for readers (503 with Retry-After beyond it).
MAX_PENDING_WRITES = 2


@dataclass
class Services:
    config: Config
    runner: Runner
    limiter: RateLimiter
    cache: ResultCache
    _pending_writes: int = 0
    _pending_lock: threading.Lock = field(default_factory=threading.Lock)
    _stored: Any = None
    #: The deadline of the :meth:`execute` running in each thread (:meth:`_deadline`).
    _call: threading.local = field(default_factory=threading.local)

    def execute(self, job: QueryJob, *, deadline: float | None = None, stored: bool = True) -> Outcome:
        """Run a job within the deadline (``query_timeout``, or ``deadline`` seconds), from the cache
        when the store is unchanged. ``deadline=0`` waits for nothing: a write running (or a worker
        to be free) is a ``QueryTimeout`` at once (the lookups answered in waitress's loop,
        ``wsgi.create_server``, which must never block it). ``stored=False``: no answer stored at
        write time is looked for (a client's lookup of one triple pattern is no catalogue call,
        whose answers alone are stored; the look-up was a digest per lookup and, after every write,
        the stored answers' index read whole by the first lookup: 1.2 s at 10^6 triples at load 14)."""
        wait = float(self.config.query_timeout) if deadline is None else deadline
        key = (self.runner.generation, _digest(job), job.results_media, job.graph_media, job.max_rows)
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        self._call.deadline = wait
        outcome = self._stored_answer(job) if stored else None
        if outcome is None:
            outcome = self.runner.run(job, wait, client_address())
        self.cache.put(key, outcome)
        return outcome

    def _deadline(self) -> float:
        """The deadline of this thread's :meth:`execute` (its stored answers' reads keep it)."""
        found = getattr(self._call, "deadline", None)
        return float(self.config.query_timeout) if found is None else float(found)

    def _stored_answer(self, job: QueryJob) -> Outcome | None:
        """The answer stored when the data was written (``server/stored.py``), or None: none for a
        remote store, which can change behind our back; any failure reading it runs the query."""
        if self.config.store_is_remote:
            return None
        if self._stored is None:
            from hankegraafi.server.stored import StoredAnswers

            lane = getattr(self.runner, "local", None)  # the local lane (server/stored.py)
            self._stored = StoredAnswers(
                lambda j: self.runner.run(j, self._deadline(), client_address()),
                str(self.config.base_iri),
                lambda: int(self.runner.generation),
                # An inline runner's store may be written behind it, unless its caller says it sees
                # every write (the renderer's read-only snapshot: server/pages/prerender.py).
                check_every_call=lambda: (
                    isinstance(self.runner, InlineRunner)
                    and not getattr(self.runner, "sees_every_write", False)
                ),
                local=None if lane is None else lambda read: lane(read, self._deadline()),
            )
        try:
            return self._stored.outcome(job)
        except Exception as exc:  # the query runs live instead
            log.debug("stored answers not read: %s", exc)
            return None

    def write(self, op: tuple[Any, ...]) -> Any:
        from hankegraafi.server.errors import ServiceUnavailable

        with self._pending_lock:
            if self._pending_writes >= MAX_PENDING_WRITES:
                raise ServiceUnavailable(
                    f"{self._pending_writes} writes are running or waiting; send this one again later",
                    headers={"Retry-After": "10"},
                )
            self._pending_writes += 1
        try:
            timeout = float(self.config.update_timeout)
            return self.runner.write(op, timeout, drain=float(self.config.query_timeout) + 5.0)
        finally:
            with self._pending_lock:
                self._pending_writes -= 1


def client_address() -> str:
    """The client a request comes from (rate limit and slow lane key), or "-" outside a request."""
    if not has_request_context():
        return "-"
    return request.remote_addr or "unknown"


def services() -> Services:
    return current_app.extensions["hankegraafi"]
