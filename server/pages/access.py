"""The pages' state per app, and how they read the data: the server's one query service.

Every page query goes through :class:`~hankegraafi.server.query.QueryService`:
inside ``create_app`` as jobs of the app's runner (the deadline and result
cache of ``/sparql``), in a bare app on the open store it was given. A resource
page's bounded queries (its card, names, page queries, catalogue calls about it)
take the runner's local lane instead (``bounded_select``: the web process's own
read-only handle, no worker round trip).
Catalogue queries are bound by the store layer (a VALUES block); the pages'
own queries get the resource's IRI written in place by
:func:`~hankegraafi.server.pages.iris.write_in`, which writes nothing but a
checked IRI, because pyoxigraph plans a VALUES block at the start of WHERE
last. An IRI binding that is no IRI is refused first (:func:`check_terms`).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, current_app, g

from hankegraafi.server.pages.iris import check_terms
from hankegraafi.server.query import QueryService
from hankegraafi.settings import Config
from hankegraafi.store.base import Store

log = logging.getLogger(__name__)

#: ``app.extensions`` key where :func:`register` keeps this blueprint's state.
EXTENSION = "hankegraafi.pages"

#: What the page modules read with (the server's one query service).
DataAccess = QueryService


@dataclass
class _Build:
    """One build of a cached value under way: who builds it, and what it gave."""

    thread: int
    done: threading.Event = field(default_factory=threading.Event)
    value: Any = None
    error: BaseException | None = None
    #: Requests waiting for it (what a test waits for).
    waiting: int = 0


@dataclass
class PagesState:
    """What the blueprint keeps per app: its data access, settings and caches."""

    config: Config
    store: Store | None = None
    dump_dir: str | None = None
    caches: dict[str, Any] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)
    #: The start-up thread that builds the ontology's documentation (join it to wait for it).
    warm: threading.Thread | None = None
    #: Set once that thread has read what the first resource page needs (the vocabularies' names,
    #: the page templates); ``serve`` waits for it before it answers (:func:`..pages.wait_warm`).
    warmed: threading.Event = field(default_factory=threading.Event)
    #: Names resource pages read, kept while the data is unchanged (``labels.SharedNames``).
    names: Any = None
    #: Every name of the store for the generation now, read in a thread (``labels.NameTable``).
    table: Any = None
    #: The data's version for the page lists stored at write time (``lists.ListVersions``).
    lists: Any = None
    #: The name index stored at write time, read once per data version (``storednames.StoredNames``).
    stored_names: Any = None
    #: The HTML pages kept as rendered (``bodies.Served``), made on first use; False: none here.
    bodies: Any = None
    _inline: QueryService | None = None
    _building: dict[tuple[str, str], _Build] = field(default_factory=dict)

    def access(self) -> QueryService:
        services = current_app.extensions.get("hankegraafi")
        if services is not None:
            return QueryService.of_services(services, check=check_terms)
        if self.store is None:
            raise RuntimeError("the pages need the app's query services or a store")
        with self.lock:
            if self._inline is None:
                self._inline = QueryService.of_store(self.store, check=check_terms)
            return self._inline

    def cached(self, name: str, version: str, build: Any) -> Any:
        """A value built once per data version (label index, facets, dataset description).

        Requests that ask for it while it is being built wait for that one build and share its value
        or its error: each had built it again, so at 10^6 triples every client of a load test that
        searched ran the label index's queries at once and all of them passed the deadline."""
        me = threading.get_ident()
        with self.lock:
            hit = self.caches.get(name)
            if hit is not None and hit[0] == version:
                return hit[1]
            running = self._building.get((name, version))
            mine = running is None
            if running is None:
                running = self._building[(name, version)] = _Build(me)
            elif running.thread != me:
                running.waiting += 1
        if not mine:
            if running.thread == me:  # asked again inside its own build: built here, as before
                return build()
            running.done.wait()
            if running.error is not None:
                raise running.error
            return running.value
        try:
            value = build()
        except BaseException as error:
            running.error = error
            raise
        else:
            running.value = value
            with self.lock:
                self.caches[name] = (version, value)
            return value
        finally:
            with self.lock:
                if self._building.get((name, version)) is running:
                    del self._building[(name, version)]
            running.done.set()


def state(app: Flask | None = None) -> PagesState:
    return (app or current_app).extensions[EXTENSION]


def access() -> QueryService:
    return state().access()


def config() -> Config:
    return state().config


VERSION_QUERY = """
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX void: <http://rdfs.org/ns/void#>
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
SELECT (MAX(?at) AS ?latest) (COUNT(DISTINCT ?g) AS ?docs) (SUM(?n) AS ?triples) (MAX(?gc) AS ?graphs) WHERE {
  { SELECT (COUNT(DISTINCT ?ng) AS ?gc) WHERE { GRAPH ?ng { } } }
  OPTIONAL { ?g a hg:DocumentGraph . OPTIONAL { ?g prov:generatedAtTime ?at } OPTIONAL { ?g void:triples ?n } }
}
"""


def data_version() -> str:
    """A key that changes whenever the data changes: the dumps and caches are keyed by it.

    Built from the catalogue graph (latest ingest time, documents, triples) and
    the number of named graphs, plus the runner's write counter where there is one.
    """
    cached = g.get("hankegraafi_pages_version")
    if cached is not None:
        return str(cached)
    data = access()
    rows = data.select(VERSION_QUERY)
    row = rows[0] if rows else {}
    parts = [str(row.get(k, "")) for k in ("latest", "docs", "triples", "graphs")]
    generation = data.generation
    if generation is not None:
        parts.append(f"w{generation}")
    version = "|".join(parts)
    g.hankegraafi_pages_version = version
    return version
