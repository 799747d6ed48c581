"""What a resource page read, recorded while it is built: each read and a digest of its answer.

A page's HTML is a function of the code, the settings, the request and what it read from the
data. So a page stored with the list of its reads (:class:`Recorder`) is still right after a
write exactly when every read, made again over the data now, gives the same answer: the build
would make the same reads in the same order and shape the same page. That is how stored page
bodies survive a write that did not touch them (``server/pages/bodies.py``), without a list of
what each kind of write touches.

A read is one call of :class:`~hankegraafi.server.query.QueryService` (SELECT, CONSTRUCT, ASK,
on the local lane or through the runner: stored answers included), or one of the pages' reads
that come from memory shared between pages (the names of a list of IRIs, a stored page list),
recorded by what they answered. A read made inside another recorded read is not recorded again
(:meth:`Recorder.inner`). The recorder lives on the request's ``flask.g``, so it ends with the
request whatever happens in it; outside a recording nothing is hashed.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from typing import Any

#: The ``flask.g`` attribute of the current request's recorder.
ATTRIBUTE = "hankegraafi_reads"


class Recorder:
    """The reads of one page build: ``(kind, args, digest)`` in the order they were made."""

    def __init__(self) -> None:
        self.reads: list[list[Any]] = []
        self._depth = 0

    def add(self, kind: str, args: list[Any], answer: object) -> None:
        if self._depth == 0:
            self.reads.append([kind, args, digest(answer)])

    def add_digest(self, kind: str, args: list[Any], digest: str) -> None:
        """A read whose answer's digest its reader made (from the engine's bytes or terms)."""
        if self._depth == 0:
            self.reads.append([kind, args, digest])

    @contextlib.contextmanager
    def inner(self) -> Iterator[None]:
        """Reads made inside this block are part of the one recorded around it."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1


def current() -> Recorder | None:
    """The current request's recorder, or None (no request, or none recording)."""
    from flask import g, has_request_context

    if not has_request_context():
        return None
    found = g.get(ATTRIBUTE)
    return found if isinstance(found, Recorder) else None


def start() -> Recorder:
    """Record the current request's reads from now on (a new recorder replaces any earlier)."""
    from flask import g

    recorder = Recorder()
    setattr(g, ATTRIBUTE, recorder)
    return recorder


def stop() -> Recorder | None:
    """Stop recording in the current request; the recorder, if one was recording."""
    from flask import g, has_request_context

    if not has_request_context():
        return None
    return g.pop(ATTRIBUTE, None)


@contextlib.contextmanager
def inner() -> Iterator[Recorder | None]:
    """The current recorder with nested reads not recorded (or None), for a composite read."""
    recorder = current()
    if recorder is None:
        yield None
        return
    with recorder.inner():
        yield recorder


def digest_bytes(body: bytes) -> str:
    """The digest of an answer read as the bytes the engine (or a stored answer) gave."""
    return hashlib.sha256(body).hexdigest()[:32]


def digest(answer: object) -> str:
    """A digest of an answer: rows as the engine gave them (their order too), a graph's triples
    sorted, a truth value, names. ``repr`` of rdflib terms names their type, value, language and
    datatype, so equal digests are equal answers (a different order only makes a miss)."""
    from rdflib import Graph

    if isinstance(answer, Graph):
        text = "\n".join(sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in answer))
    else:
        text = repr(answer)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]
