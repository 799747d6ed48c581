"""The CPU time of a call, for the tests that bound how a reader's CPU grows with its input.

A growth test compares the CPU of a large input with that of a small one (ten times smaller: linear work gives
about 10, the square about 100) and bounds the ratio. Its noise came from three places, each answered here:

- the collector: a full collection during the call scans every object of the process (the vocabularies, the
  caches, what earlier tests left), more often the more the call allocates. :func:`cpu` collects, then freezes
  what exists (``gc.freeze``) for the call, so that a collection scans only what the call made;
- the machine: on a shared machine the CPU a second of work costs drifts, and one drift on the small side moved the
  ratio by half (stop 54's CI: 20.7 against a bound of 20, the code linear). :func:`ratio` takes the least of the
  small side's measures, taken before and after the large one, and measures both sides again when the ratio
  reaches its bound (a drift seldom falls twice; a real growth repeats);
- caches: each measure reads an input of its own (``make(n, k)``, ``k`` the measure's number), built outside the
  measure, so that the second small run is not cheaper for the first one's answers.

The small side should take 0.3 s or more of CPU: the drift of a measure is some tens of milliseconds.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def cpu(call: Callable[[], object]) -> float:
    """CPU seconds of this process that ``call()`` takes, the objects that existed before it frozen out of the
    collector's scans (collected first, unfrozen after)."""
    gc.collect()
    gc.freeze()
    try:
        started = time.process_time()
        call()
        return time.process_time() - started
    finally:
        gc.unfreeze()


def ratio(
    run: Callable[[T], object],
    make: Callable[[int, int], T],
    n: int,
    *,
    bound: float,
    times: int = 10,
) -> tuple[float, float]:
    """(small, large): the least CPU seconds of ``run`` over inputs ``make(n, k)`` and ``make(times * n, k)``.

    ``make(max(1, n // 10), 0)`` is run first, outside the measure (imports, vocabularies, caches); then small, large,
    small; and, when large / small reaches ``bound``, large and small once more. Inputs ``k`` = 1, 2, … are built
    before each measure, not in it."""

    def measure(size: int, k: int) -> float:
        data = make(size, k)
        return cpu(lambda: run(data))

    measure(max(1, n // 10), 0)
    small = measure(n, 1)
    large = measure(times * n, 2)
    small = min(small, measure(n, 3))
    if large >= bound * small:
        large = min(large, measure(times * n, 4))
        small = min(small, measure(n, 5))
    return small, large
