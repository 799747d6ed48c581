"""Query execution that can be capped and stopped: what runs inside a query worker.

This module is imported by the worker processes (see ``pool.py``), so it stays
light: pyoxigraph, json and (for a remote server) requests, never rdflib. A
term's forms (pyoxigraph, JSON results term, N-Triples, XML and CSV cells) are
the one converter's, ``store/terms.py``, which loads no rdflib either.
Results are capped while they stream out of the engine, so a query that would
return millions of rows costs no more than ``max_rows`` of them, and they are
serialised here, in the worker, so only bytes cross the process boundary.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from hankegraafi.store import results
from hankegraafi.store.terms import TermError, ox_to_json

log = logging.getLogger(__name__)

#: Media types a worker can produce, by query kind (the negotiation table maps onto these).
RESULT_MEDIA = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
)
GRAPH_MEDIA: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


class EngineError(Exception):
    """A query failed for a reason the client should hear about; ``kind`` picks the status."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind  # "syntax" | "dataset" | "unavailable" | "not-acceptable"


@dataclass(frozen=True)
class QueryJob:
    """One query as a worker receives it (picklable).

    ``default_graphs``/``named_graphs`` are the protocol's dataset (None when
    not given); ``query_dataset`` says whether the text has FROM clauses of
    its own; ``check_graphs`` are every graph IRI the query names in a
    dataset, which must all be graphs of this store (nothing is fetched).
    ``base_iri`` resolves relative IRIs in the query: the SPARQL 1.1 Protocol
    lets the service define it ("which MAY be the service endpoint"), and the
    W3C suite's ``query_content_type_construct`` sends ``<s> <p> 1``.
    """

    text: str
    results_media: str | None
    graph_media: str | None
    max_rows: int
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    query_dataset: bool = False
    check_graphs: tuple[str, ...] = ()
    prefixes: dict[str, str] = field(default_factory=dict)
    link: str | None = None
    base_iri: str | None = None
    #: Largest serialised answer handed back (0: the pool's ``max_result_bytes``).
    max_bytes: int = 0
    #: Of the class whose cost is bounded whatever the data (``guard.bounded``: one triple
    #: pattern, read lazily up to the row cap): the pool may run it in the web process.
    bounded: bool = False


@dataclass(frozen=True)
class Outcome:
    """Serialised results and what the web layer must tell the client about them."""

    body: bytes
    media_type: str
    form: str  # SELECT | ASK | GRAPH
    rows: int
    truncated: bool


Row = dict[str, dict[str, Any]]


def serialize_select(
    variables: list[str], rows: list[Row], media_type: str, *, truncated: bool, link: str | None
) -> bytes:
    """SELECT results in one of the four SPARQL results formats (written by
    :mod:`hankegraafi.store.results`, which the stored answers are written by too)."""
    try:
        return results.serialize_select(variables, rows, media_type, truncated=truncated, link=link)
    except results.UnknownFormat as exc:
        raise EngineError("not-acceptable", str(exc)) from exc


#: The two JSON answers of an ASK, as ``json.dumps`` writes them (made once: a lookup's ASK is
#: answered thousands of times a second, and the encoder took a sixth of the lookup lane's time).
_ASK_JSON = {value: json.dumps({"head": {}, "boolean": value}).encode("utf-8") for value in (True, False)}


def serialize_ask(value: bool, media_type: str) -> bytes:
    if media_type == "application/sparql-results+json":
        return _ASK_JSON[bool(value)]
    if media_type == "application/sparql-results+xml":
        word = "true" if value else "false"
        return (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head/><boolean>{word}</boolean></sparql>\n"
        ).encode()
    if media_type in ("text/csv", "text/tab-separated-values"):
        return (b"true" if value else b"false") + b"\n"
    raise EngineError("not-acceptable", f"a boolean result cannot be given as {media_type}")


def serialize_graph(
    triples: list[ox.Triple], media_type: str, *, truncated: bool, prefixes: dict[str, str], max_rows: int
) -> bytes:
    fmt = GRAPH_MEDIA.get(media_type)
    if fmt is None:
        raise EngineError("not-acceptable", f"graph results cannot be given as {media_type}")
    if fmt == ox.RdfFormat.TURTLE:
        body = ox.serialize(triples, format=fmt, prefixes=prefixes)
    else:
        body = ox.serialize(triples, format=fmt)
    assert body is not None
    if truncated and fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES):
        body += f"# truncated: only the first {max_rows} triples are given\n".encode()
    return bytes(body)


def check_size(outcome: Outcome, job: QueryJob, default_limit: int) -> Outcome:
    """``outcome``, or EngineError too-large when its body passes the job's limit (else
    ``default_limit``; 0: none): refused where it was made, so the web process never holds more."""
    limit = job.max_bytes or default_limit
    if limit and len(outcome.body) > limit:
        raise EngineError(
            "too-large",
            f"the answer has {len(outcome.body)} bytes, more than the {limit} this endpoint gives at once; "
            "ask for fewer rows (LIMIT/OFFSET), shorter values or a leaner format",
        )
    return outcome


def _take(items: Iterable[Any], limit: int) -> tuple[list[Any], bool]:
    """The first ``limit`` items and whether there were more (reads at most one extra)."""
    out: list[Any] = []
    it: Iterator[Any] = iter(items)
    for item in it:
        if len(out) == limit:
            return out, True
        out.append(item)
    return out, False


# -- engines -----------------------------------------------------------------------


class OxigraphEngine:
    """Runs jobs on a pyoxigraph store whose default graph is the union of named graphs."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def _check_graphs(self, iris: Iterable[str]) -> None:
        for iri in iris:
            if not self.store.contains_named_graph(ox.NamedNode(iri)):
                raise EngineError(
                    "dataset",
                    f"graph <{iri}> is not in this store; this endpoint never fetches remote data",
                )

    def execute(self, job: QueryJob) -> Outcome:
        try:
            self._check_graphs(job.check_graphs)
        except ValueError as exc:  # not an IRI
            raise EngineError("dataset", str(exc)) from exc
        kwargs: dict[str, Any] = {"base_iri": job.base_iri}
        if job.default_graphs is not None or job.named_graphs is not None:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs or ()]
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs or ()]
        elif not job.query_dataset:
            kwargs["use_default_graph_as_union"] = True
        try:
            result = self.store.query(job.text, **kwargs)
            return self._serialize(result, job)
        except SyntaxError as exc:
            raise EngineError("syntax", str(exc)) from exc
        except OSError as exc:
            raise EngineError("unavailable", f"store error: {exc}") from exc

    def _serialize(self, result: Any, job: QueryJob) -> Outcome:
        if isinstance(result, ox.QueryBoolean):
            media = _need(job.results_media, "a boolean result")
            return Outcome(serialize_ask(bool(result), media), media, "ASK", 1, False)
        if isinstance(result, ox.QuerySolutions):
            media = _need(job.results_media, "query results")
            variables = [v.value for v in result.variables]
            solutions, truncated = _take(result, job.max_rows)
            rows = []
            for sol in solutions:
                row: Row = {}
                for i, var in enumerate(variables):
                    term = sol[i]
                    if term is not None:
                        row[var] = _json(term)
                rows.append(row)
            body = serialize_select(variables, rows, media, truncated=truncated, link=job.link)
            return Outcome(body, media, "SELECT", len(rows), truncated)
        media = _need(job.graph_media, "graph results")
        triples, truncated = _take(result, job.max_rows)
        body = serialize_graph(
            triples, media, truncated=truncated, prefixes=job.prefixes, max_rows=job.max_rows
        )
        return Outcome(body, media, "GRAPH", len(triples), truncated)


def _json(term: Any) -> dict[str, Any]:
    """A pyoxigraph term as a JSON results term (the one converter's); one it has no form for is ours to explain."""
    try:
        return ox_to_json(term)
    except TermError as exc:
        raise EngineError("internal", str(exc)) from exc


def _need(media: str | None, what: str) -> str:
    if media is None:
        raise EngineError("not-acceptable", f"{what} cannot be given in any of the accepted formats")
    return media


class RemoteEngine:
    """Passes jobs on to a SPARQL 1.1 server and caps and re-serialises its answer.

    The dataset goes on as protocol parameters; the graphs are checked first
    (an ASK per graph) so that a remote server is never asked to fetch one.
    """

    def __init__(self, url: str, timeout: float) -> None:
        import requests

        self.url = url
        self.timeout = timeout
        self._http = requests.Session()

    def _post(self, text: str, accept: str, job: QueryJob | None = None) -> bytes:
        import requests

        data: list[tuple[str, str]] = [("query", text)]
        if job is not None:
            data += [("default-graph-uri", g) for g in job.default_graphs or ()]
            data += [("named-graph-uri", g) for g in job.named_graphs or ()]
        try:
            response = self._http.post(self.url, data=data, headers={"Accept": accept}, timeout=self.timeout)
        except requests.RequestException as exc:
            raise EngineError("unavailable", f"SPARQL server at {self.url} did not answer: {exc}") from exc
        if response.status_code == 400:
            raise EngineError("syntax", response.text[:2000])
        if response.status_code >= 300:
            raise EngineError(
                "unavailable", f"SPARQL server at {self.url} answered HTTP {response.status_code}"
            )
        return bytes(response.content)

    def execute(self, job: QueryJob) -> Outcome:
        for iri in job.check_graphs:
            if "<" in iri or ">" in iri or " " in iri:
                raise EngineError("dataset", f"not an IRI: {iri!r}")
            answer = json.loads(
                self._post(f"ASK {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}", "application/sparql-results+json")
            )
            if not answer.get("boolean"):
                raise EngineError(
                    "dataset",
                    f"graph <{iri}> is not in this store; this endpoint never fetches remote data",
                )
        form = _form_of(job.text)
        if form == "GRAPH":
            media = _need(job.graph_media, "graph results")
            body = self._post(job.text, "application/n-triples", job)
            try:
                triples, truncated = _take(ox.parse(body, format=ox.RdfFormat.N_TRIPLES), job.max_rows)
            except SyntaxError as exc:
                raise EngineError("unavailable", f"SPARQL server answered bad N-Triples: {exc}") from exc
            out = serialize_graph(
                [ox.Triple(q.subject, q.predicate, q.object) for q in triples],
                media,
                truncated=truncated,
                prefixes=job.prefixes,
                max_rows=job.max_rows,
            )
            return Outcome(out, media, "GRAPH", len(triples), truncated)
        media = _need(job.results_media, "query results")
        try:
            data = json.loads(self._post(job.text, "application/sparql-results+json", job))
        except ValueError as exc:
            raise EngineError("unavailable", f"SPARQL server answered something not JSON: {exc}") from exc
        if "boolean" in data:
            return Outcome(serialize_ask(bool(data["boolean"]), media), media, "ASK", 1, False)
        variables = list(data.get("head", {}).get("vars", []))
        rows, truncated = _take(data.get("results", {}).get("bindings", []), job.max_rows)
        body = serialize_select(variables, rows, media, truncated=truncated, link=job.link)
        return Outcome(body, media, "SELECT", len(rows), truncated)


def _form_of(text: str) -> str:
    """SELECT/ASK or GRAPH for CONSTRUCT/DESCRIBE, read by the store's prologue reader."""
    from hankegraafi.store.base import QuerySyntaxError, query_form

    try:
        form = query_form(text)
    except QuerySyntaxError:
        return "SELECT"  # let the server's parser say what is wrong
    return "GRAPH" if form in ("CONSTRUCT", "DESCRIBE") else form


__all__ = [
    "GRAPH_MEDIA",
    "RESULT_MEDIA",
    "EngineError",
    "Outcome",
    "OxigraphEngine",
    "QueryJob",
    "RemoteEngine",
    "check_size",
]
