"""The remote store: any SPARQL 1.1 server (Oxigraph server, Fuseki, Virtuoso, GraphDB).

Queries and updates go through SPARQLWrapper; whole graphs move through the
SPARQL 1.1 Graph Store HTTP Protocol where the server has it, and through
INSERT DATA otherwise. The server must answer queries with the union of its
named graphs as the default graph (see the README for each server's switch).
Virtuoso's departures (no ``application/sparql-query`` POST, its ASK answer,
DESCRIBE, blank nodes and size limits in updates, its own system graphs) are
handled here and proven by ``tests/store`` against a real Virtuoso.
"""

from __future__ import annotations

import io
import logging
import math
import re
import time
import urllib.error
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, TypeVar

import pyoxigraph as ox
import requests
from rdflib import Graph, URIRef
from SPARQLWrapper import JSON, POST, POSTDIRECTLY, URLENCODED, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    SPARQLWrapperException,
    Unauthorized,
)

from hankegraafi.ontology.namespaces import BASE_IRI_DEFAULT, catalogue_graph
from hankegraafi.store.base import (
    GRAPHS_QUERY,
    STAGING_PREFIX,
    Bindings,
    DocumentMeta,
    DumpFormat,
    EngineSource,
    GraphInfo,
    QueryResult,
    QuerySyntaxError,
    SelectResult,
    Store,
    StoreError,
    StoreUnavailable,
    UnsupportedFormat,
    graph_infos,
    inject_values,
    iter_chunks,
    metadata_triples,
    query_form,
)
from hankegraafi.store.embedded import RDF_FORMATS
from hankegraafi.store.terms import json_to_rows, ox_to_graph

log = logging.getLogger(__name__)
T = TypeVar("T")

_INSERT_CHUNK = 5_000
#: Virtuoso's SPARQL parser runs out of stack ("memory exhausted") near 5,000 triples in one update.
_VIRTUOSO_INSERT_CHUNK = 1_000
_GSP_CHUNK = 20_000

#: Graphs a fresh Virtuoso keeps for itself (its RDF views, LDP vocabulary and
#: service description). Its default graph and ``GRAPH ?g`` see them, so the
#: graph list, the triple count and a dump leave them out.
VIRTUOSO_SYSTEM_GRAPHS = (
    "http://www.openlinksw.com/schemas/virtrdf#",
    "http://www.w3.org/ns/ldp#",
    "http://localuriqaserver/sparql",
)
_NOT_SYSTEM = "FILTER (?g NOT IN ({}))".format(", ".join(f"<{g}>" for g in VIRTUOSO_SYSTEM_GRAPHS))
#: An N-Triples line with a blank node as subject or object (a literal never ends in ``_:x .``).
_BNODE_LINE = re.compile(r'^_:|\s_:[^\s"]+\s*\.\s*$')
#: Virtuoso answers DESCRIBE without FROM with nothing unless told to describe
#: over all graphs; "CBD" is also what Oxigraph returns (the subject's triples).
_VIRTUOSO_DESCRIBE = 'define sql:describe-mode "CBD"\n'


def derive_endpoints(url: str) -> tuple[str, str, str | None]:
    """Query, update and Graph Store URLs from the one URL a user gives.

    Oxigraph server: ``…/query`` → ``…/update`` and ``…/store``; Fuseki:
    ``…/ds/query`` or ``…/ds/sparql`` → ``…/ds/update`` and ``…/ds/data``;
    Virtuoso: ``…/sparql`` → the same URL and ``…/sparql-graph-crud``.
    """
    base = url.rstrip("/")
    if base.endswith("/query"):
        root = base[: -len("/query")]
        return base, root + "/update", root + "/store"
    if base.endswith("/sparql"):
        root = base[: -len("/sparql")]
        return base, base, root + "/sparql-graph-crud"
    return base, base, None


class RemoteStore(Store):
    """A SPARQL 1.1 server reached over HTTP, with bounded retries."""

    def __init__(
        self,
        url: str,
        *,
        update_url: str | None = None,
        gsp_url: str | None = None,
        base_iri: str = BASE_IRI_DEFAULT,
        timeout: float = 30.0,
        retries: int = 2,
        auth: tuple[str, str] | None = None,
    ) -> None:
        query_url, default_update, default_gsp = derive_endpoints(url)
        self.query_url = query_url
        self.update_url = update_url or default_update
        self.gsp_url = gsp_url if gsp_url is not None else default_gsp
        self.base_iri = base_iri
        self.timeout = timeout
        self.retries = retries
        self.auth = auth
        self.description = f"SPARQL server at {query_url}"
        self._http = requests.Session()
        if auth:
            self._http.auth = auth
        self._virtuoso: bool | None = None

    # -- plumbing ------------------------------------------------------------

    def _retrying(self, what: str, call: Callable[[], T]) -> T:
        """Run ``call``, retrying a server that is down or failing, a bounded number of times."""
        delay = 0.2
        for attempt in range(self.retries + 1):
            try:
                return call()
            except QueryBadFormed as exc:
                raise QuerySyntaxError(_first_line(exc)) from exc
            except (Unauthorized, EndPointNotFound) as exc:
                raise StoreError(f"{self.description}: {what}: {_first_line(exc)}") from exc
            except (
                EndPointInternalError,
                urllib.error.URLError,
                requests.ConnectionError,
                requests.Timeout,
                TimeoutError,
                ConnectionError,
                _Retryable,
            ) as exc:
                if attempt == self.retries:
                    raise StoreUnavailable(
                        f"{self.description} did not answer ({what}) after "
                        f"{self.retries + 1} attempts: {_first_line(exc)}"
                    ) from exc
                log.warning("%s: %s failed (%s); retrying", self.description, what, exc)
                time.sleep(delay)
                delay *= 2
            except SPARQLWrapperException as exc:
                raise StoreError(f"{self.description}: {what}: {_first_line(exc)}") from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def _convert(self, sw: SPARQLWrapper) -> object:
        """The answer as JSON; a 200 answer that is not JSON names the server, not a decoder."""
        answer = sw.query()
        try:
            return answer.convert()
        except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
            raise StoreUnavailable(
                f"{self.description} answered something that is not SPARQL JSON: {_first_line(exc)}"
            ) from exc

    def _wrapper(self, url: str) -> SPARQLWrapper:
        sw = SPARQLWrapper(url)
        sw.setTimeout(max(1, math.ceil(self.timeout)))  # whole seconds only: never 0 (no timeout)
        sw.setMethod(POST)
        if self.auth:
            sw.setCredentials(*self.auth)
        return sw

    def _post_query(self, sparql: str, accept: str) -> bytes:
        """POST a query as an HTML form (``query=``), which every server takes.

        Virtuoso 7 never answers a body sent as ``application/sparql-query``
        (openlink/virtuoso-opensource#842), so queries are not sent that way.
        """

        def call() -> bytes:
            response = self._http.post(
                self.query_url,
                data={"query": sparql},
                headers={"Accept": accept},
                timeout=self.timeout,
            )
            if response.status_code == 400:
                raise QueryBadFormed(response.content[:500])
            if response.status_code >= 500:
                raise _Retryable(f"HTTP {response.status_code}: {response.text[:200]}")
            if response.status_code >= 300:
                raise StoreError(f"{self.description}: HTTP {response.status_code}: {response.text[:200]}")
            return response.content

        return self._retrying("query", call)

    def _is_virtuoso(self) -> bool:
        """Whether the server is Virtuoso (its ``Server`` header), asked once and only when it matters."""
        if self._virtuoso is None:

            def call() -> bool:
                response = self._http.post(
                    self.query_url,
                    data={"query": "ASK {}"},
                    headers={"Accept": "application/sparql-results+json"},
                    timeout=self.timeout,
                )
                if response.status_code >= 500:
                    raise _Retryable(f"HTTP {response.status_code}")
                return response.headers.get("Server", "").startswith("Virtuoso")

            self._virtuoso = self._retrying("query", call)
        return self._virtuoso

    def _bind(self, sparql: str, bindings: Bindings | None) -> str:
        """Write the bindings in as VALUES; on Virtuoso one block per variable.

        Virtuoso 7's compiler fails on some queries with one VALUES block of
        several variables ("Internal error: ssg_print_rvr_fixed_val()", e.g.
        ``dependents-of``); one single-variable block each is the same join.
        """
        if not bindings:
            return sparql
        if len(bindings) > 1 and self._is_virtuoso():
            for name, term in bindings.items():
                sparql = inject_values(sparql, {name: term})
            return sparql
        return inject_values(sparql, bindings)

    def _dialect(self, text: str, form: str) -> str:
        """The query as this server needs it: only Virtuoso's DESCRIBE differs."""
        if form == "DESCRIBE" and self._is_virtuoso():
            return _VIRTUOSO_DESCRIBE + text
        return text

    # -- queries -------------------------------------------------------------

    def query(self, sparql: str, *, bindings: Bindings | None = None) -> QueryResult:
        text = self._bind(sparql, bindings)
        form = query_form(text)
        text = self._dialect(text, form)
        if form in ("SELECT", "ASK"):
            sw = self._wrapper(self.query_url)
            sw.setQuery(text)
            sw.setReturnFormat(JSON)
            sw.setRequestMethod(URLENCODED)  # not POSTDIRECTLY: see _post_query
            data = self._retrying("query", lambda: self._convert(sw))
            if not isinstance(data, dict):
                raise StoreUnavailable(f"{self.description} answered something that is not SPARQL JSON")
            if form == "ASK":
                return _ask_from_json(data)
            return _select_from_json(data)
        body = self._post_query(text, "application/n-triples")
        return _parse_ntriples(body, self.description)

    def query_serialized(self, sparql: str, media_type: str, *, bindings: Bindings | None = None) -> bytes:
        text = self._bind(sparql, bindings)
        return self._post_query(self._dialect(text, query_form(text)), media_type)

    # -- updates -------------------------------------------------------------

    def update(self, sparql: str) -> None:
        sw = self._wrapper(self.update_url)
        sw.setQuery(sparql)
        sw.setRequestMethod(POSTDIRECTLY)
        self._retrying("update", lambda: sw.query())

    def _gsp_put(self, graph: str, ntriples: bytes, *, method: str = "PUT") -> bool:
        """Upload a graph through the Graph Store Protocol (PUT replaces, POST adds); False if the server has none."""
        if not self.gsp_url:
            return False

        def call() -> bool:
            assert self.gsp_url
            response = self._http.request(
                method,
                self.gsp_url,
                params={"graph": graph},
                data=ntriples,
                headers={"Content-Type": "application/n-triples"},
                timeout=self.timeout,
            )
            if response.status_code in (404, 405, 501):
                return False
            if response.status_code >= 500:
                raise _Retryable(f"HTTP {response.status_code}")
            if response.status_code >= 300:
                raise StoreError(
                    f"{self.description}: Graph Store {method} {graph}: HTTP {response.status_code}: "
                    f"{response.text[:200]}"
                )
            return True

        ok = self._retrying("graph upload", call)
        if not ok:
            log.info("%s has no Graph Store Protocol at %s; using INSERT DATA", self.description, self.gsp_url)
            self.gsp_url = None
        return ok

    def replace_graph(self, graph: URIRef, data: Graph, meta: DocumentMeta | None = None) -> None:
        staging = f"{STAGING_PREFIX}{uuid.uuid4()}"
        lines = data.serialize(format="nt").splitlines()
        lines = [line for line in lines if line.strip()]
        if lines and not self._gsp_put(staging, ("\n".join(lines) + "\n").encode("utf-8")):
            self._insert(staging, lines)
        target = f"<{graph}>"
        parts = [f"MOVE SILENT <{staging}> TO {target}"] if lines else [f"DROP SILENT GRAPH {target}"]
        catalogue = catalogue_graph(self.base_iri)
        parts.append(f"DELETE WHERE {{ GRAPH <{catalogue}> {{ {target} ?p ?o }} }}")
        if meta is not None:
            body = metadata_triples(graph, meta, len(data)).serialize(format="nt")
            parts.append(f"INSERT DATA {{ GRAPH <{catalogue}> {{ {body} }} }}")
        try:
            self.update(" ;\n".join(parts))
        finally:
            if lines:
                self._drop_quietly(staging)

    def _insert(self, graph: str, lines: list[str]) -> None:
        """Add N-Triples lines to ``graph`` (the default graph if empty) by INSERT DATA in chunks.

        Virtuoso differs: its SPARQL parser takes small updates only and no
        blank nodes in INSERT DATA. There a named graph goes by Graph Store
        POST where the server has it (about 3x faster), the lines with a blank
        node in one request so that a label names one node throughout the
        graph; otherwise by INSERT DATA in small chunks and the blank-node
        lines in one ``INSERT { … } WHERE {}``.
        """
        plain, with_bnodes, size = lines, [], _INSERT_CHUNK
        if lines and self._is_virtuoso():
            size = _VIRTUOSO_INSERT_CHUNK
            marked = [(line, bool(_BNODE_LINE.search(line))) for line in lines]
            plain = [line for line, bnode in marked if not bnode]
            with_bnodes = [line for line, bnode in marked if bnode]
            if graph and self._gsp_post_all(graph, [*iter_chunks(plain, _GSP_CHUNK), with_bnodes]):
                return

        def block(body: str) -> str:
            return f"GRAPH <{graph}> {{ {body} }}" if graph else body

        for chunk in iter_chunks(plain, size):
            self.update(f"INSERT DATA {{ {block(chr(10).join(chunk))} }}")
        if with_bnodes:
            self.update(f"INSERT {{ {block(chr(10).join(with_bnodes))} }} WHERE {{ }}")

    def _gsp_post_all(self, graph: str, chunks: list[list[str]]) -> bool:
        """POST each chunk to ``graph`` through the Graph Store Protocol; False if the server has none."""
        for i, chunk in enumerate(c for c in chunks if c):
            if not self._gsp_put(graph, ("\n".join(chunk) + "\n").encode("utf-8"), method="POST"):
                if i:  # refused after accepting some: not a server without the protocol
                    raise StoreError(f"{self.description}: Graph Store POST {graph} stopped part way")
                return False
        return True

    def _drop_quietly(self, graph: str) -> None:
        try:
            self.update(f"DROP SILENT GRAPH <{graph}>")
        except StoreError:
            log.warning("%s: could not drop staging graph %s", self.description, graph)

    def drop_graph(self, graph: URIRef) -> bool:
        existed = self.query(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        catalogue = catalogue_graph(self.base_iri)
        self.update(
            f"DROP SILENT GRAPH <{graph}> ;\nDELETE WHERE {{ GRAPH <{catalogue}> {{ <{graph}> ?p ?o }} }}"
        )
        return bool(existed)

    # -- inspection ----------------------------------------------------------

    def graphs(self) -> list[GraphInfo]:
        result = self.query(GRAPHS_QUERY)
        assert isinstance(result, SelectResult)
        return [i for i in graph_infos(result) if i.iri not in VIRTUOSO_SYSTEM_GRAPHS]

    def count(self, graph: URIRef | None = None) -> int:
        if graph is None:
            q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_NOT_SYSTEM} }}"
        else:
            q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        result = self.query(q)
        assert isinstance(result, SelectResult)
        return int(str(result.rows[0][0])) if result.rows else 0

    # -- bulk ----------------------------------------------------------------

    def load(self, source: Path | IO[bytes], fmt: DumpFormat) -> int:
        rdf_format = RDF_FORMATS.get(fmt)
        if rdf_format is None:
            raise UnsupportedFormat(f"cannot load format {fmt!r}")
        by_graph: dict[str, list[str]] = {}
        count = 0
        try:
            quads = (
                ox.parse(path=str(source), format=rdf_format)
                if isinstance(source, Path)
                else ox.parse(source, format=rdf_format)
            )
            for quad in quads:
                g = quad.graph_name
                key = g.value if isinstance(g, ox.NamedNode) else ""
                by_graph.setdefault(key, []).append(f"{quad.subject} {quad.predicate} {quad.object} .")
                count += 1
        except SyntaxError as exc:
            raise StoreError(f"cannot load {getattr(source, 'name', source)}: {exc}") from exc
        for graph, lines in by_graph.items():
            self._insert(graph, lines)
        return count

    def dump(self, out: IO[bytes], fmt: DumpFormat) -> None:
        rdf_format = RDF_FORMATS.get(fmt)
        if rdf_format is None:
            raise UnsupportedFormat(f"cannot dump format {fmt!r}")
        dataset = ox.Store()
        names = self.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_NOT_SYSTEM} }} ORDER BY ?g")
        assert isinstance(names, SelectResult)
        for (g,) in names.rows:
            body = self._post_query(
                f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}",
                "application/n-triples",
            )
            dataset.load(body, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(g)))
        if fmt in ("nq", "trig"):
            dataset.dump(out, format=rdf_format)
        else:
            result = dataset.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
            if not isinstance(result, ox.QueryTriples):
                raise StoreError(f"{self.description}: a CONSTRUCT gave no triples")
            result.serialize(out, format=rdf_format)

    def engine_source(self) -> EngineSource:
        return EngineSource(query_url=self.query_url, timeout=self.timeout)

    def close(self) -> None:
        self._http.close()


class _Retryable(Exception):
    """A server answer worth one more try (5xx)."""


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:300] if text else type(exc).__name__


def _ask_from_json(data: dict[str, Any]) -> bool:
    """The answer of an ASK query.

    The standard answer has ``boolean``; Virtuoso 7 answers a one-row result
    set instead, the variable ``__ASK_RETVAL`` bound to 1 or 0.
    """
    if "boolean" in data:
        return bool(data["boolean"])
    bindings = data.get("results", {}).get("bindings", [])
    if not bindings:
        return False
    cell = next(iter(bindings[0].values()), None)
    return cell is not None and str(cell.get("value", "")).strip().lower() in ("1", "true")


def _select_from_json(data: dict[str, Any]) -> SelectResult:
    return SelectResult(*json_to_rows(data))


def _parse_ntriples(body: bytes, where: str) -> Graph:
    try:
        return ox_to_graph(ox.parse(io.BytesIO(body), format=ox.RdfFormat.N_TRIPLES))
    except SyntaxError as exc:
        raise StoreUnavailable(f"{where} answered a graph that does not parse: {exc}") from exc


__all__ = ["RemoteStore", "derive_endpoints"]
