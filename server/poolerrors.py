"""What the query pool (:mod:`.pool`) reports to the web layer; imported from there as before."""

from __future__ import annotations


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
