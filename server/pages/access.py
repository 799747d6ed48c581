"""How the pages read the data: through the store interface, whatever runs the queries.

``create_app`` serves queries from worker processes (``runtime.Services``):
there is no store object in the web process, so the pages send their SPARQL
as jobs through the same runner as ``/sparql`` and get the same deadline and
result cache. An app built around an open store (tests, embedding) may not
have the services yet; then the store's own ``query`` is used. Either way
parameters are bound by the store layer (``bindings`` → an escaped VALUES
block), never formatted into the query text here.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, current_app, g
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier

from hankegraafi.config import Config
from hankegraafi.server.pages.iris import check_terms
from hankegraafi.store.base import SelectResult, Store, inject_values

log = logging.getLogger(__name__)

#: ``app.extensions`` key where :func:`register` keeps this blueprint's state.
EXTENSION = "hankegraafi.pages"
#: Rows a page query may return: pages need all of a resource, the label index all labels.
PAGE_MAX_ROWS = 2_000_000
#: Quads read per query for a dump.
NQUADS_PAGE = 500_000

Row = dict[str, Identifier]


def term_from_json(term: Mapping[str, Any]) -> Identifier:
    """A SPARQL JSON results term as an rdflib term."""
    kind = term["type"]
    value = term["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if "xml:lang" in term:
        return Literal(value, lang=term["xml:lang"])
    if "datatype" in term:
        return Literal(value, datatype=URIRef(term["datatype"]))
    return Literal(value)


class DataAccess:
    """SELECT, CONSTRUCT and ASK for the pages, with parameters bound by the store layer."""

    def select(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> list[Row]:
        raise NotImplementedError

    def construct(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Graph:
        raise NotImplementedError

    def ask(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> bool:
        raise NotImplementedError

    def nquads(self) -> bytes:
        """Every quad of every named graph as N-Quads (for the dumps)."""
        raise NotImplementedError

    @property
    def generation(self) -> int | None:
        """A counter the runner bumps on every write it makes (None if unknown)."""
        return None


class StoreAccess(DataAccess):
    """Queries an open :class:`Store` directly (an app built with ``store=`` and no services)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def select(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> list[Row]:
        check_terms(bindings)
        result = self.store.query(sparql, bindings=bindings)
        if not isinstance(result, SelectResult):
            raise TypeError("expected a SELECT query")
        return [{k: v for k, v in row.items() if v is not None} for row in result.dicts()]

    def construct(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Graph:
        check_terms(bindings)
        result = self.store.query(sparql, bindings=bindings)
        if not isinstance(result, Graph):
            raise TypeError("expected a CONSTRUCT query")
        return result

    def ask(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> bool:
        check_terms(bindings)
        return bool(self.store.query(sparql, bindings=bindings))

    def nquads(self) -> bytes:
        from hankegraafi.store.embedded import dump_bytes

        return dump_bytes(self.store, "nq")


class ServicesAccess(DataAccess):
    """Runs the pages' queries as jobs of the app's query runner (worker processes)."""

    def __init__(self, services: Any) -> None:
        self.services = services

    def _job(self, sparql: str, bindings: Mapping[str, Identifier] | None, *, graph: bool) -> Any:
        from hankegraafi.server.engine import QueryJob

        check_terms(bindings)
        text = inject_values(sparql, bindings) if bindings else sparql
        return QueryJob(
            text=text,
            results_media=None if graph else "application/sparql-results+json",
            graph_media="application/n-triples" if graph else None,
            max_rows=PAGE_MAX_ROWS,
        )

    def select(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> list[Row]:
        outcome = self.services.execute(self._job(sparql, bindings, graph=False))
        data = json.loads(outcome.body)
        return [{k: term_from_json(v) for k, v in binding.items()} for binding in data["results"]["bindings"]]

    def construct(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Graph:
        outcome = self.services.execute(self._job(sparql, bindings, graph=True))
        graph = Graph()
        graph.parse(data=outcome.body, format="nt")
        return graph

    def ask(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> bool:
        outcome = self.services.execute(self._job(sparql, bindings, graph=False))
        return bool(json.loads(outcome.body)["boolean"])

    def nquads(self) -> bytes:
        """Quads read in pages as TSV results (terms already in N-Triples syntax), never as objects."""
        from hankegraafi.server.engine import QueryJob

        out: list[bytes] = []
        offset = 0
        while True:
            text = f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} LIMIT {NQUADS_PAGE} OFFSET {offset}"
            job = QueryJob(
                text=text, results_media="text/tab-separated-values", graph_media=None, max_rows=NQUADS_PAGE
            )
            lines = self.services.execute(job).body.decode("utf-8").split("\n")[1:]
            rows = [line for line in lines if line]
            out.extend(line.replace("\t", " ").encode("utf-8") + b" .\n" for line in rows)
            if len(rows) < NQUADS_PAGE:
                return b"".join(out)
            offset += NQUADS_PAGE

    @property
    def generation(self) -> int | None:
        return int(self.services.runner.generation)


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

    def access(self) -> DataAccess:
        services = current_app.extensions.get("hankegraafi")
        if services is not None:
            return ServicesAccess(services)
        if self.store is None:
            raise RuntimeError("the pages need the app's query services or a store")
        return StoreAccess(self.store)

    def cached(self, name: str, version: str, build: Any) -> Any:
        """A value built once per data version (label index, facets, dataset description)."""
        with self.lock:
            hit = self.caches.get(name)
            if hit is not None and hit[0] == version:
                return hit[1]
        value = build()
        with self.lock:
            self.caches[name] = (version, value)
        return value


def state(app: Flask | None = None) -> PagesState:
    return (app or current_app).extensions[EXTENSION]  # type: ignore[no-any-return]


def access() -> DataAccess:
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
