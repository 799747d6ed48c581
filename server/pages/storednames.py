"""The name index stored when data was written (:mod:`hankegraafi.queries.nameindex`), read by the
server once per write generation and shared by the label index, the name table and the search index.

Without it each of them read the whole store: the label index two queries through a query worker
(its 60 000 rows at 10^6 triples handed over as JSON, +31 MB in the web process), the name table the
same names again on the local lane, and the search index lemmatised every word. Now one query reads
the stored index (a few hundred KB compressed at 10^6 triples) on the local lane, and the three are
made of it: the label index and the name table share its dicts, and the search takes the stored
base forms. It is used only while its version is the data's now (read once per write generation,
``lists.ListVersions``, as the stored page lists); else each reads the store live as before. It is
read again after every write even when the version is the same: a write of no document (the graph
store, SPARQL Update) rebuilds the derived graphs, names included, under the same version.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from hankegraafi.queries import nameindex
from hankegraafi.server.pages import lists
from hankegraafi.server.pages.access import DataAccess

log = logging.getLogger(__name__)

#: What the caller makes of the stored index (the pages: their label index, ``labels.from_stored``).
T = TypeVar("T")


class StoredNames(Generic[T]):
    """The stored index as read for one data version, with what the caller made of it (the label index)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        #: (write generation, data version, person_names) of what is kept: read again after every write,
        #: since a write of no document (the graph store, SPARQL Update) rebuilds the index under the
        #: same version with other names (tests/pages/test_local_lane.py).
        self._key: tuple[int | None, str, bool] | None = None
        self._value: tuple[T, nameindex.Stored] | None = None
        #: The write generation at which none was found for the data now (not read again until the next).
        self._missing_at: int | None = None

    def get(
        self,
        data: DataAccess,
        versions: lists.ListVersions,
        base: str,
        *,
        person_names: bool,
        make: Callable[[nameindex.Stored], T],
    ) -> tuple[T, nameindex.Stored] | None:
        """What ``make`` makes of the index stored for the data now, and the index, or None (none
        stored for it, or the runner's generation does not follow every write): the caller then
        reads the store live. ``person_names`` is part of the key (what ``make`` makes follows it)."""
        now = versions.version(data, base)
        if now is None:
            return None
        generation = data.generation
        with self._lock:  # one read per version: the requests that ask meanwhile wait for it
            key = (None if generation is None else int(generation), now, person_names)
            if self._key == key:
                return self._value
            if generation is not None and self._missing_at == generation:
                return None
            started = time.perf_counter()
            rows = data.bounded_select(nameindex.read_query(base))
            strings = [
                (str(row.get("version", "")), str(row.get("piece", "")), str(row.get("body", "")))
                for row in rows
            ]
            version, stored = nameindex.parse(strings, base)
            if version != now or stored is None:
                self._missing_at = None if generation is None else int(generation)
                log.info("no stored name index for the data now: names are read from the store")
                return None
            made = make(stored)
            kept = stored.for_search()  # the rows are in what ``make`` made: not kept twice
            self._key, self._value, self._missing_at = key, (made, kept), None
            log.info(
                "read the stored name index: %d named resources in %.2f s",
                len(stored.iris),
                time.perf_counter() - started,
            )
            return self._value


def of(st: Any) -> StoredNames:
    """The pages' one :class:`StoredNames` (``st``: ``access.PagesState``), made on first use."""
    with st.lock:
        if st.stored_names is None:
            st.stored_names = StoredNames()
        return st.stored_names


def read(
    st: Any, data: DataAccess, *, person_names: bool, make: Callable[[nameindex.Stored], T]
) -> tuple[T, nameindex.Stored] | None:
    """What ``make`` makes of the index stored for the data now, and the index (:meth:`StoredNames.get`), or None."""
    return of(st).get(
        data, lists.versions_of(st), str(st.config.base_iri), person_names=person_names, make=make
    )
