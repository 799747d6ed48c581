"""The page lists stored when data was written (:mod:`hankegraafi.queries.pagelists`), read by a page.

A stored list is used only while the version stored with it is the data's version now. That
version is read once per write generation of the runner (:class:`ListVersions`: 1 400 rows at
10^6 triples, 20 ms once), and only where the generation changes with every change of the data
(``QueryService.generation_exact``, as the name table); elsewhere a page reads its rows live.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from hankegraafi.queries import pagelists
from hankegraafi.queries.answers import state_of
from hankegraafi.server import reads
from hankegraafi.server.pages.access import DataAccess

#: The variables of a SELECT's head (``?g``, ``(COUNT(*) AS ?n)``), in order.
_HEAD_VARS = re.compile(r"\?(\w+)")


class ListVersions:
    """The data's version (:func:`~hankegraafi.queries.answers.state_of`) per write generation."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: tuple[int, str] | None = None

    def version(self, data: DataAccess, base: str) -> str | None:
        """The version of the data now, or None where the generation does not follow every write."""
        if not data.generation_exact or data.generation is None:
            return None
        generation = int(data.generation)
        with self._lock:
            seen = self._seen
        if seen is not None and seen[0] == generation:
            return seen[1]

        def select(sparql: str) -> list[tuple[str, ...]]:
            names = _HEAD_VARS.findall(sparql.partition("WHERE")[0])
            rows = data.bounded_select(sparql, max_rows=10_000_000)
            return [tuple(str(row.get(name, "")) for name in names) for row in rows]

        version = state_of(select, base)
        if data.generation == generation:  # no write meanwhile: keep it for this generation
            with self._lock:
                self._seen = (generation, version)
        return version


def versions_of(st: Any) -> ListVersions:
    """The pages' one :class:`ListVersions` (``st``: ``access.PagesState``), made on first use."""
    with st.lock:
        if st.lists is None:
            st.lists = ListVersions()
        return st.lists


def stored_groups(
    data: DataAccess, versions: ListVersions | None, base: str, name: str, resources: list[str]
) -> dict[str, list[Any]] | None:
    """The stored list ``name`` of each of ``resources`` if every one is stored for the data now
    (one query), else None (the page reads its rows live). Recorded as one read of a page
    (``server/reads.py``): the data's version it compares with is read once per generation."""
    with reads.inner() as recorder:
        found = _stored_groups(data, versions, base, name, resources)
    if recorder is not None:
        recorder.add("lists", [base, name, list(resources)], found)
    return found


def _stored_groups(
    data: DataAccess, versions: ListVersions | None, base: str, name: str, resources: list[str]
) -> dict[str, list[Any]] | None:
    if versions is None or not resources:
        return None
    now = versions.version(data, base)
    if now is None:
        return None
    rows = data.bounded_select(pagelists.read_query(base, name, resources))
    strings = [
        (str(row.get("version", "")), str(row.get("list", "")), str(row.get("body", ""))) for row in rows
    ]
    version, found = pagelists.parse(strings, base, name, resources)
    if version != now or any(groups is None for groups in found.values()):
        return None
    return {resource: groups for resource, groups in found.items() if groups is not None}
