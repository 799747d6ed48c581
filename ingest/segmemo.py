"""The last segmentation of a document, kept for the second reading of the same lines.

Ingest segments every document twice: for extraction, then for its coverage report
(``ingest/coverage.py``), about 7 ms a document each time. :func:`remembered` keeps
the last answer and gives the same lines, under the same reading of the
vocabularies, a fresh copy of it instead of segmenting them again.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from hankegraafi.ontology import registry

T = TypeVar("T")


def remembered(read: Callable[[list[str]], T], fresh: Callable[[T], T]) -> Callable[[list[str]], T]:
    """``read``, remembering its last answer; ``fresh`` copies an answer so that callers share nothing."""
    last: list[tuple[object, list[str], T]] = []

    @functools.wraps(read)
    def again(lines: list[str]) -> T:
        reading = registry.schemes()  # a re-read vocabulary may cut the same lines differently
        kept = last[0] if last else None
        if kept is not None and kept[0] is reading and kept[1] == lines:
            return fresh(kept[2])
        result = read(lines)
        last[:] = [(reading, list(lines), result)]
        return fresh(result)

    return again
