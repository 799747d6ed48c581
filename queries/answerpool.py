"""A second core for writing the stored answers: a process forked when the derived step begins.

Writing an answer's five forms (:func:`~hankegraafi.queries.pieces.write`: each row's bytes in
every format, zlib, base64) is pure Python, most of the derived step's CPU (a 100-document batch:
about 2 of its 4.5 s), and with ``ingest --jobs 2`` the other core is idle meanwhile: the
derived step runs alone after the last commit. A :class:`Helper` forks one process before the
step's query threads start; the step hands it whole units of work (an answer with its parts by
key and language) whenever it is idle and writes the others itself. The forked process never
touches the store: it is given the answer's rows and gives back N-Triples lines, so the graph
written is the same set of lines (tests/queries/test_answer_pool.py).

Only where a fork is safe (the rule of :func:`~hankegraafi.ingest.startmethod.start_method`: no
other Python thread, a Python before 3.12), with two cores or more, and for a store of
:data:`FROM_DOCUMENTS` documents or more (a one-document write has little to write: a fork
would cost more than it saves); otherwise every unit is written here, as before.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any

log = logging.getLogger(__name__)

#: The fewest stored documents for which the answers are written on two cores.
FROM_DOCUMENTS = 20

#: Units handed to the forked process and not yet written: with 2 this process kept half the
#: units, with 4 the forked one wrote most (100 bench documents, stop 46).
_AHEAD = 3


def _fork_safe() -> bool:
    """ingest/startmethod.py's rule (which queries may not import; tests/queries/test_answer_pool.py
    checks that both agree): a fork only where no other Python thread runs but the idle SPARQL
    parser's (a lock one held would stay locked in the child), and not from Python 3.12 on."""
    here = threading.current_thread()
    others = [t for t in threading.enumerate() if t is not here and not t.name.startswith("sparql-parser-")]
    return sys.version_info < (3, 12) and "fork" in multiprocessing.get_all_start_methods() and not others


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class Helper:
    """The forked process (or none): :meth:`take` says whether to hand it the next unit."""

    def __init__(self, pool: Any) -> None:
        self._pool = pool
        self._handed: list[tuple[Future[Any], tuple[Any, ...]]] = []
        self._ended = False

    def take(self) -> bool:
        """Whether the forked process is there and has room for another unit."""
        if self._pool is None or self._ended:
            return False
        waiting = 0
        for future, _args in self._handed:
            if not future.done():
                waiting += 1
            elif isinstance(future.exception(), BrokenProcessPool):  # it ended: the rest is written here
                self._ended = True
                return False
        return waiting < _AHEAD

    def hand(self, work: Callable[..., Any], *args: Any) -> None:
        """Run ``work(*args)`` in the forked process (module-level: pickled by name); once that process has
        ended, the unit is kept as failed and :meth:`results` writes it here (R11-5)."""
        try:
            future = self._pool.submit(work, *args)
        except BrokenProcessPool as exc:
            self._ended = True
            future = Future()
            future.set_exception(exc)
        self._handed.append((future, args))

    def results(self, here: Callable[..., Any]) -> Iterator[Any]:
        """Each handed unit's result in the order handed; a unit the process could not write (it
        was killed, or its memory ran out) is written here by ``here(*args)`` instead."""
        for future, args in self._handed:
            try:
                yield future.result()
            except BrokenProcessPool as exc:
                log.warning("the stored answers' second process ended (%s): writing its share here", exc)
                yield here(*args)
        self._handed.clear()


def _started(parent: int) -> None:
    """The forked process's start: the heap it inherits is left to no collection of its own (a
    collection reads every object's header, so it would copy the parent's pages; as the ingest's
    workers, ingest/pipeline._freeze_heap; no gain was measurable at load 10, stop 46), and it ends
    with the step's process."""
    import gc

    from hankegraafi.processes import die_with_parent

    gc.freeze()
    die_with_parent(parent)


def _ready() -> None:
    """Nothing: run once so that the process is forked before any thread of the step starts."""


@contextmanager
def helper(documents: int) -> Iterator[Helper]:
    """A :class:`Helper` with a forked process where it pays (see the module's text), else one that
    takes nothing. The process is forked on entry, before the caller starts its query threads,
    and ends on exit."""
    if documents < FROM_DOCUMENTS or _cores() < 2 or not _fork_safe():
        yield Helper(None)
        return
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(
        max_workers=1,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_started,
        initargs=(os.getpid(),),
    )
    try:
        pool.submit(_ready).result()  # forked now, while this is the only thread
    except BrokenProcessPool as exc:
        log.warning("no second process for the stored answers (%s): writing them here", exc)
        pool.shutdown(wait=False, cancel_futures=True)
        yield Helper(None)
        return
    try:
        yield Helper(pool)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
