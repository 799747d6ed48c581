"""The SPARQL 1.1 Protocol endpoint (queries, read-only) and the authenticated write routes.

``/sparql`` answers GET ``?query=``, POST form-encoded and POST
``application/sparql-query``, with ``default-graph-uri``/``named-graph-uri``;
without a query it gives its Service Description. ``/update`` (SPARQL Update)
and ``/graph-store`` (replace or drop one named graph) need the bearer token of
the ``update_token`` setting and are absent from the public surface otherwise.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from flask import Blueprint, Response, redirect, render_template, request, url_for
from werkzeug.datastructures import MIMEAccept, MultiDict

from hankegraafi.ontology.namespaces import PREFIXES
from hankegraafi.server import guard
from hankegraafi.server.auth import require_token
from hankegraafi.server.engine import Outcome, QueryJob
from hankegraafi.server.errors import (
    BadRequest,
    Forbidden,
    QueryRefused,
    QuerySyntax,
    UnsupportedMediaType,
)
from hankegraafi.server.limits import check_query_size
from hankegraafi.server.negotiation import Format, Kind, best, negotiate
from hankegraafi.server.pool import WriteFailed
from hankegraafi.server.runtime import services
from hankegraafi.server.upload import check_rdf_upload, only_parameters, read_body
from hankegraafi.store.base import QuerySyntaxError, query_form

log = logging.getLogger(__name__)

bp = Blueprint("sparql", __name__)

TRUNCATED_HEADER = "X-Hankegraafi-Truncated"
#: Largest JSON answer drawn as an HTML table (the web process parses and renders it).
HTML_TABLE_BYTES = 4_000_000
ROWS_HEADER = "X-Hankegraafi-Rows"

_FORM = "application/x-www-form-urlencoded"
_DIRECT = "application/sparql-query"
_UPDATE = "application/sparql-update"


# -- shared by the catalogue ---------------------------------------------------------


def preflight() -> Response:
    """An empty answer to OPTIONS; :mod:`hankegraafi.server.headers` adds the CORS headers, as on every read route."""
    return Response(status=204)


def build_job(
    text: str,
    *,
    results: Format | None,
    graph: Format | None,
    default_graphs: list[str] | None = None,
    named_graphs: list[str] | None = None,
) -> QueryJob:
    """Check a query before it runs and describe it for a worker.

    Refused here, with no engine involved: SERVICE and LOAD anywhere, an
    update, and any dataset graph that is not a graph of this store (checked
    by the worker before the query itself runs).
    """
    cfg = services().config
    check_query_size(text, int(cfg.max_request_bytes))
    scan, bounded = guard.scan_query(text)
    if scan.is_update:
        raise Forbidden("this endpoint is read-only: updates go to /update with the update token")
    protocol_dataset = default_graphs is not None or named_graphs is not None
    check = [*scan.from_graphs, *scan.from_named, *(default_graphs or ()), *(named_graphs or ())]
    if not protocol_dataset and _repeats(scan.from_graphs, scan.from_named):
        # The engine unions a dataset's graphs as listed: FROM <g> FROM <g> counted <g>'s triples twice.
        # The same dataset, each graph once, given to the engine in place of the query's (R4-6, stop 43).
        default_graphs, named_graphs, protocol_dataset = list(scan.from_graphs), list(scan.from_named), True
    if protocol_dataset:  # a dataset is a set of graphs (SPARQL 1.1 §13.2): naming one twice changes nothing
        default_graphs, named_graphs = (
            list(dict.fromkeys(default_graphs or ())),
            list(dict.fromkeys(named_graphs or ())),
        )
    return QueryJob(
        text=text,
        results_media=_worker_media(results),
        graph_media=graph.media_type if graph else None,
        max_rows=int(cfg.max_rows),
        # The HTML table is drawn in the web process from the JSON: a smaller share.
        max_bytes=HTML_TABLE_BYTES if results is not None and results.key == "html" else 0,
        default_graphs=tuple(default_graphs or ()) if protocol_dataset else None,
        named_graphs=tuple(named_graphs or ()) if protocol_dataset else None,
        query_dataset=scan.has_dataset,
        check_graphs=tuple(dict.fromkeys(check)),
        prefixes=dict(PREFIXES),
        link=url_for("sparql.limits", _external=True) + "#max_rows",
        # The service-defined base is the endpoint; it depends on the same host as
        # ``link``, which is part of the result cache's key.
        base_iri=service_base("sparql.endpoint"),
        bounded=bounded and not protocol_dataset,
    )


def _repeats(*lists: list[str]) -> bool:
    """Whether a list names a graph twice."""
    return any(len(set(items)) < len(items) for items in lists)


def service_base(endpoint: str) -> str | None:
    """The route's own URL as a base IRI, or None when the Host header makes it no IRI."""
    url = url_for(endpoint, _external=True)
    return None if any(c in _NOT_IN_IRI for c in url) else url


_NOT_IN_IRI = frozenset('<>"{}|\\^` \t\r\n')


def _worker_media(fmt: Format | None) -> str | None:
    if fmt is None:
        return None
    # The HTML table is drawn here from the JSON results.
    return "application/sparql-results+json" if fmt.key == "html" else fmt.media_type


#: ``format=`` values that clients send for a graph answer and that our table files under
#: another key: SPARQLWrapper sends its return format's name (``xml``, its default for
#: every query form, ``n3``, ``rdf+xml``); Virtuoso's and Fuseki's documentation use the
#: media types. Turtle is a subset of N3, so an N3 client reads the Turtle answer.
GRAPH_FORMAT_NAMES: dict[str, str] = {
    "xml": "rdfxml",
    "rdf+xml": "rdfxml",
    "application/xml": "rdfxml",
    "text/xml": "rdfxml",
    "n3": "ttl",
    "text/n3": "ttl",
    "text/rdf+n3": "ttl",
    "application/n3": "ttl",
    "application/turtle": "ttl",
    "json": "jsonld",
    "application/x-json+ld": "jsonld",
}

#: Accept media types that clients send for an answer we give under another media type
#: (SPARQLWrapper's N3 and JSON-LD lists, Virtuoso's ``text/rdf+n3``).
ACCEPT_AS: dict[str, str] = {
    "text/n3": "text/turtle",
    "text/rdf+n3": "text/turtle",
    "application/n3": "text/turtle",
    "application/turtle": "text/turtle",
    "application/x-json+ld": "application/ld+json",
}


#: For a graph answer whose Accept names no graph format at all, only SPARQL results in JSON
#: or XML (rdflib's SPARQLStore with ``returnFormat="json"`` asks a CONSTRUCT so): the JSON or
#: XML serialisation of the graph, as ``format=json`` and ``format=xml`` give.
RESULTS_AS_GRAPH: dict[str, str] = {
    "application/sparql-results+json": "application/ld+json",
    "application/sparql-results+xml": "application/rdf+xml",
}


def client_accept(read_as: dict[str, str] = ACCEPT_AS) -> MIMEAccept:
    """The request's Accept with the media types of ``read_as`` read as ours (quality kept)."""
    accept = request.accept_mimetypes
    if not any(value.split(";")[0].strip().lower() in read_as for value, _ in accept):
        return accept
    values: list[tuple[str, float]] = []
    for value, quality in accept:
        media = value.split(";")[0].strip().lower()
        values.append((read_as.get(media, value), quality))
    return MIMEAccept(values)


def _graph_format(values: list[str]) -> Format:
    """The graph format for a CONSTRUCT or DESCRIBE: ``format=``, else Accept, else :data:`RESULTS_AS_GRAPH`."""
    wanted = format_for("graph", values)
    accept = client_accept()
    if wanted is None and best("graph", accept) is None:
        fallback = client_accept({**ACCEPT_AS, **RESULTS_AS_GRAPH})
        if best("graph", fallback) is not None:
            accept = fallback
    return negotiate("graph", accept, wanted)


def _offers(kind: Kind, value: str) -> bool:
    from hankegraafi.server.errors import NotAcceptable

    try:
        negotiate(kind, MIMEAccept(), value)
    except NotAcceptable:
        return False
    return True


def _named(kind: Kind, value: str) -> str:
    """``value`` as the key our table knows it by for ``kind`` (unchanged when it is no client name)."""
    # A "+" typed into a URL arrives as a space ("format=application/rdf+xml").
    wanted = value.strip().lower().replace(" ", "+")
    if kind == "graph":
        return GRAPH_FORMAT_NAMES.get(wanted.split(";")[0].strip(), wanted)
    return wanted


def format_for(kind: Kind, values: list[str]) -> str | None:
    """The ``format=`` value to negotiate ``kind`` with; None: Accept decides.

    Clients repeat the parameter (SPARQLWrapper: ``format=tsv&format=text/tab-separated-values``)
    and send the name of a format of the other kind when their return format does not fit the
    query form (``format=turtle`` on a SELECT, with ``Accept: */*``): the first value that names a
    format of ``kind`` wins; values that only name formats of the other kind leave it to Accept;
    a value nobody knows is kept, for :func:`negotiate` to refuse by name.
    """
    given = [v for v in values if v.strip()]
    if not given:
        return None
    for value in given:
        if _offers(kind, _named(kind, value)):
            return _named(kind, value)
    other: Kind = "graph" if kind == "results" else "results"
    if all(_offers(other, _named(other, v)) for v in given):
        return None
    return given[0]


def formats_for_query(text: str, format_param: str | list[str] | None) -> tuple[Format | None, Format | None]:
    """The result and graph formats to ask for; 406 now when the query form is known."""
    values = [format_param] if isinstance(format_param, str) else list(format_param or [])
    try:
        form = query_form(text)
    except QuerySyntaxError:
        form = None  # let the engine's parser give its message
    accept = client_accept()
    if form in ("SELECT", "ASK"):
        return negotiate("results", accept, format_for("results", values)), None
    if form in ("CONSTRUCT", "DESCRIBE"):
        return None, _graph_format(values)
    first = next((v for v in values if v.strip()), None)
    if first:
        return _lenient("results", first), _lenient("graph", _named("graph", first))
    return best("results", accept), best("graph", accept)


def _lenient(kind: Kind, format_param: str) -> Format | None:
    from hankegraafi.server.errors import NotAcceptable

    try:
        return negotiate(kind, request.accept_mimetypes, format_param)
    except NotAcceptable:
        return None


def respond(
    outcome: Outcome,
    results: Format | None,
    *,
    title: str = "SPARQL",
    context: dict[str, Any] | None = None,
) -> Response:
    """The HTTP response for a query outcome (the HTML table when HTML was negotiated)."""
    max_rows = int(services().config.max_rows)
    if results is not None and results.key == "html" and outcome.form in ("SELECT", "ASK"):
        data = json.loads(outcome.body)
        html = render_template(
            "endpoint/results.html",
            title=title,
            data=data,
            truncated=outcome.truncated,
            max_rows=max_rows,
            rows=outcome.rows,
            **(context or {}),
        )
        response = Response(html, mimetype="text/html")
    else:
        response = Response(outcome.body, content_type=f"{outcome.media_type}; charset=utf-8")
    response.headers[ROWS_HEADER] = str(outcome.rows)
    if outcome.truncated:
        response.headers[TRUNCATED_HEADER] = f"true; max-rows={max_rows}"
    response.vary.add("Accept")
    return response


# -- /sparql -------------------------------------------------------------------------


@bp.route("/sparql", methods=["GET", "POST", "OPTIONS"])
def endpoint() -> Response:
    if request.method == "OPTIONS":
        return preflight()
    params = _protocol_params()
    queries = params.getlist("query")
    if "update" in params:
        raise Forbidden("this endpoint is read-only: updates go to /update with the update token")
    if not queries:
        return service_description()
    if len(queries) > 1:
        raise BadRequest("more than one query given")
    text = queries[0]
    if not text.strip():
        raise BadRequest("the query is empty")
    default_graphs = params.getlist("default-graph-uri")
    named_graphs = params.getlist("named-graph-uri")
    _check_dataset_parameters(("default-graph-uri", default_graphs), ("named-graph-uri", named_graphs))
    protocol_dataset = bool(default_graphs or named_graphs)
    format_values = request.args.getlist("format") + (request.form.getlist("format") if _is_form() else [])
    results, graph = formats_for_query(text, format_values)
    if results is None and graph is None:
        negotiate("results", client_accept(), next(iter(format_values), None))  # raises the 406
    job = build_job(
        text,
        results=results,
        graph=graph,
        default_graphs=default_graphs if protocol_dataset else None,
        named_graphs=named_graphs if protocol_dataset else None,
    )
    outcome = services().execute(job)
    if outcome.form == "GRAPH" or results is None:
        return respond(outcome, None)
    return respond(outcome, results, context={"query": text})


def _is_form() -> bool:
    return request.method == "POST" and request.mimetype == _FORM


def _protocol_params() -> MultiDict[str, str]:
    """The protocol's parameters from the URL, the form body or a direct POST (HEAD: as GET)."""
    if request.method in ("GET", "HEAD"):
        return request.args
    mimetype = request.mimetype
    if not mimetype:
        raise UnsupportedMediaType(f"a POST needs a Content-Type: {_FORM} or {_DIRECT}")
    if mimetype == _UPDATE:
        raise Forbidden("this endpoint is read-only: updates go to /update with the update token")
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise BadRequest(f"the query must be UTF-8, not {charset}")
    if mimetype == _FORM:
        params = MultiDict(request.form)
        for key in ("default-graph-uri", "named-graph-uri"):
            for value in request.args.getlist(key):
                params.add(key, value)
        if "query" in request.args:
            raise BadRequest("give the query in the form body or in the URL, not both")
        return params
    if mimetype == _DIRECT:
        if "query" in request.args:
            raise BadRequest("a direct POST carries the query in its body, not in the URL")
        try:
            text = request.get_data(cache=True).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadRequest(f"the query is not valid UTF-8: {exc}") from exc
        params = MultiDict(request.args)
        params.add("query", text)
        return params
    raise UnsupportedMediaType(f"a POST needs a Content-Type: {_FORM} or {_DIRECT}, not {mimetype}")


@bp.get("/sparql/limits")
def limits() -> Response:
    """The limits every query meets (the link a truncated result points at)."""
    cfg = services().config
    body = {
        "query_timeout": float(cfg.query_timeout),
        "max_rows": int(cfg.max_rows),
        "max_request_bytes": int(cfg.max_request_bytes),
        "rate_limit": str(cfg.rate_limit),
        "rate_limit_covers": "every route",
        "slow_query_seconds": float(cfg.slow_query_seconds),
        "slow_lane": int(cfg.slow_lane),
        "slow_lane_per_client": int(cfg.slow_lane_per_client),
        "query_memory_mb": int(cfg.query_memory_mb),
        # What the query workers could not do to isolate themselves (empty: no network, memory capped).
        "worker_isolation_missing": dict(services().runner.isolation),
        "refused": [
            "SERVICE",
            "LOAD",
            "FROM/FROM NAMED or dataset graphs that are not graphs of this store",
            "updates (use /update with the update token)",
        ],
    }
    response = Response(json.dumps(body, indent=2), mimetype="application/json")
    return response


def service_description() -> Response:
    """The SPARQL 1.1 Service Description of this endpoint, in a negotiated RDF format."""
    accept = request.accept_mimetypes
    if accept and accept["text/html"] > accept["text/turtle"]:
        return redirect(url_for("editor.editor"), code=303)  # type: ignore[return-value]
    fmt = negotiate("graph", client_accept(), format_for("graph", request.args.getlist("format")))
    from rdflib import BNode, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import RDF, RDFS

    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    formats = Namespace("http://www.w3.org/ns/formats/")
    cfg = services().config
    g = Graph()
    g.bind("sd", sd)
    g.bind("formats", formats)
    me = URIRef(url_for("sparql.endpoint", _external=True))
    g.add((me, RDF.type, sd.Service))
    g.add((me, sd.endpoint, me))
    g.add((me, sd.supportedLanguage, sd.SPARQL11Query))
    g.add((me, sd.feature, sd.UnionDefaultGraph))
    for name in (
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "JSON-LD",
        "RDF_XML",
    ):
        g.add((me, sd.resultFormat, formats[name]))
    dataset = BNode()
    g.add((me, sd.defaultDataset, dataset))
    g.add((dataset, RDF.type, sd.Dataset))
    default_graph = BNode()
    g.add((dataset, sd.defaultGraph, default_graph))
    g.add((default_graph, RDF.type, sd.Graph))
    g.add(
        (
            me,
            RDFS.comment,
            Literal(
                "Read-only. The default graph is the union of all named graphs (one per source document). "
                f"Queries stop after {float(cfg.query_timeout):g} s (503) and return at most "
                f"{int(cfg.max_rows)} rows (then marked truncated); SERVICE, LOAD and graphs that are not "
                "in this store are refused before execution.",
                lang="en",
            ),
        )
    )
    g.add((me, RDFS.seeAlso, URIRef(url_for("sparql.limits", _external=True))))
    rdflib_format = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "rdfxml": "xml"}[fmt.key]
    body = g.serialize(format=rdflib_format, encoding="utf-8")
    response = Response(body, content_type=fmt.content_type)
    response.vary.add("Accept")
    return response


# -- authenticated writes ------------------------------------------------------------


def own_graphs(base: str) -> tuple[str, ...]:
    """The graphs the product writes itself and cannot rebuild from the documents: the ontology,
    the vocabularies, the change log, the publisher's curation decisions and the document
    catalogue (each document graph's file name, checksum, size and time of ingest: an uploaded
    document's are nowhere else). The catalogue is last: the put-back of an update then drops
    the entries of document graphs the update removed (:func:`workers._keeping`)."""
    from hankegraafi.ingest.changelog import CHANGES_PATH
    from hankegraafi.ingest.curation.decisions import curation_graph_iri
    from hankegraafi.ontology.namespaces import ONTOLOGY_GRAPH, VOCAB_GRAPH, catalogue_graph

    return (
        str(ONTOLOGY_GRAPH),
        str(VOCAB_GRAPH),
        f"{base}{CHANGES_PATH}",
        str(curation_graph_iri(base)),
        str(catalogue_graph(base)),
    )


def _refuse_own(graphs: tuple[str, ...] | list[str], where: str) -> None:
    """A 400 naming the first of ``graphs`` that the product keeps itself."""
    own = own_graphs(str(services().config.base_iri))
    for graph in graphs:
        if graph in own:
            raise BadRequest(
                f"{where} writes <{graph}>, a graph this service keeps itself (its ontology, vocabularies, "
                "change log, curation decisions or document catalogue); correct data through the documents, "
                "'hankegraafi remove' or the review routes"
            )


def _check_dataset_parameters(*given: tuple[str, list[str]]) -> None:
    """A 400 naming the protocol's dataset parameter whose value is no absolute IRI as the engine
    reads it (the engine's check in the worker named only the IRI's fault, not the parameter)."""
    from hankegraafi.queries.catalogue import iri_characters_fault, iri_parse_fault

    for name, values in given:
        for value in values:
            if fault := iri_characters_fault(value) or iri_parse_fault(value):
                raise BadRequest(f"parameter '{name}' ({value[:200]!r}): {fault}")


@bp.post("/update")
def update() -> Response:
    """SPARQL 1.1 Update (form ``update=`` or ``application/sparql-update``), with the token."""
    require_token()
    for param in ("using-graph-uri", "using-named-graph-uri"):
        if param in request.args or (request.mimetype == _FORM and param in request.form):
            raise BadRequest(f"{param} is not offered here: name the graphs in the update itself")
    if request.mimetype == _UPDATE:
        charset = request.mimetype_params.get("charset", "utf-8").lower()
        if charset not in ("utf-8", "utf8"):
            raise BadRequest(f"the update must be UTF-8, not {charset}")
        try:
            text = request.get_data().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadRequest(f"the update is not valid UTF-8: {exc}") from exc
    elif request.mimetype == _FORM:
        texts = request.form.getlist("update")
        if len(texts) != 1:
            raise BadRequest("give exactly one update")
        text = texts[0]
    else:
        raise UnsupportedMediaType(f"an update needs Content-Type {_UPDATE} or {_FORM}")
    scan = guard.scan(text)  # refuses LOAD and SERVICE: no request leaves for an update either
    if scan.from_graphs or scan.from_named:
        raise QueryRefused("USING/FROM graphs are not allowed in updates here")
    # The service-defined base IRI (the protocol suite's update_base_uri): the
    # endpoint, declared on a line of its own before the client's prologue.
    base = service_base("sparql.update")
    based = f"BASE <{base}>\n{text}" if base else text
    # The graphs it names, resolved as the engine will resolve them (against that base too).
    _refuse_own(guard.scan(based).writes if base else scan.writes, "the update")
    # Every update runs with the product's own graphs put back in the same transaction
    # (workers._keeping): what the check's parse and the engine's may read differently (two
    # BASE declarations, a variable graph, DROP ALL) cannot reach them either.
    kept = own_graphs(str(services().config.base_iri))
    try:
        services().write(("update", based, kept))
    except (WriteFailed, QuerySyntaxError) as exc:
        if isinstance(exc, WriteFailed) and exc.kind != "syntax":
            raise
        raise QuerySyntax(_unshift_lines(str(exc)) if base else str(exc)) from exc
    return Response(status=204)


_POSITION = re.compile(r"\b(error at |line )(\d+)(?=:)")


def _unshift_lines(message: str) -> str:
    """The parser's positions as the client numbered its lines (our BASE line taken away)."""
    return _POSITION.sub(lambda m: f"{m.group(1)}{max(1, int(m.group(2)) - 1)}", message)


_RDF_PARSERS = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
}


@bp.route("/graph-store", methods=["PUT", "DELETE"])
def graph_store() -> Response:
    """Replace (PUT) or drop (DELETE) the named graph ``?graph=IRI``, atomically, with the token."""
    require_token()
    only_parameters(f"{request.method} /graph-store", "graph")
    from hankegraafi.queries.catalogue import iri_characters_fault, iri_parse_fault

    given = request.args.getlist("graph")
    if len(given) > 1:
        raise BadRequest("give the graph as ?graph=<absolute IRI> once, not more than once")
    iri = given[0] if given else ""
    absolute = iri.startswith(("http://", "https://", "urn:"))
    fault = (iri_characters_fault(iri) or iri_parse_fault(iri)) if absolute else "not absolute"
    if fault is not None:
        raise BadRequest(f"give the graph as ?graph=<absolute IRI> ({fault})")
    _refuse_own([iri], f"{request.method} /graph-store")
    if request.method == "DELETE":
        existed = services().write(("drop", iri))
        if not existed:
            from hankegraafi.server.errors import NotFound

            raise NotFound(f"no graph <{iri}>")
        return Response(status=204)
    rdf_format = _RDF_PARSERS.get(request.mimetype)
    if rdf_format is None:
        raise UnsupportedMediaType(f"send one of {', '.join(_RDF_PARSERS)}")
    data = read_body(int(services().config.max_request_bytes), "graph-store")
    check_rdf_upload(data, rdf_format)
    count = services().write(("replace", iri, data, rdf_format))
    return Response(json.dumps({"graph": iri, "triples": count}), status=200, mimetype="application/json")
