"""The query catalogue over HTTP: ``GET /queries`` lists it, ``GET /queries/NAME`` runs one.

The names, parameters and answers are those of ``hankegraafi query``: both
read :mod:`hankegraafi.queries`. Parameter strings are checked and typed by
:meth:`CatalogueQuery.bind` and written into the query by rdflib's escaping
(:func:`hankegraafi.store.base.inject_values`), never by string formatting;
the query then runs like any ``/sparql`` query, with the same deadline, row
cap, formats and refusals.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from flask import Blueprint, Response, render_template, request, url_for
from rdflib import URIRef
from rdflib.term import Identifier

from hankegraafi.queries import ParameterError, pieces
from hankegraafi.queries.catalogue import CatalogueQuery, get, load_catalogue
from hankegraafi.queries.params import NameSearch, scheme_keys
from hankegraafi.queries.spreadsheet import neutralise_csv
from hankegraafi.server import charts, i18n
from hankegraafi.server.engine import Outcome, QueryJob
from hankegraafi.server.negotiation import negotiate
from hankegraafi.server.runtime import services
from hankegraafi.server.sparql import build_job, preflight, respond
from hankegraafi.store.base import inject_values

log = logging.getLogger(__name__)

bp = Blueprint("catalogue", __name__)

#: Query-string names that steer the response and are never query parameters.
RESERVED = ("format", "hl")


def describe(query: CatalogueQuery) -> dict[str, Any]:
    """One catalogue entry as JSON: what a client needs to call it."""
    return {
        "name": query.name,
        "title": query.titles,
        "description": query.descriptions,
        "url": url_for("catalogue.run", name=query.name, _external=True),
        "sparql": url_for("catalogue.text", name=query.name, _external=True),
        "parameters": [
            {
                "name": p.name,
                "type": p.type,
                "required": p.required,
                "default": p.default,
                "description": p.descriptions,
            }
            for p in query.params
        ],
        "columns": [{"name": c.name, "type": c.type, "description": c.descriptions} for c in query.columns],
        "charts": [
            {
                "kind": c.kind,
                "x": c.x,
                "y": list(c.y),
                "series": c.series,
                "where": {var: sorted(values) for var, values in c.where},
                "sum": c.total,
                "unit": c.unit,
                "labels": c.labels,
            }
            for c in query.charts
        ],
    }


@bp.route("/queries", methods=["GET", "OPTIONS"])
def index() -> Response:
    """Every catalogue query with its titles, parameters and columns (JSON, or an HTML page)."""
    if request.method == "OPTIONS":
        return preflight()
    entries = [describe(q) for q in load_catalogue().values()]
    if _wants_html():
        lang = i18n.current_lang()
        response = Response(
            render_template("endpoint/queries.html", queries=entries, pick=lambda d: i18n.pick(d, lang)),
            mimetype="text/html",
        )
    else:
        body = json.dumps({"queries": entries}, ensure_ascii=False, indent=1)
        response = Response(body, mimetype="application/json")
    response.vary.add("Accept")
    return response


@bp.get("/queries/<name>.rq")
def text(name: str) -> Response:
    """The SPARQL text of a catalogue query; with parameters, with them bound.

    Bound parameters are written as a VALUES block by rdflib's escaping, the
    same text ``GET /queries/NAME`` runs; the editor opens it in a tab.
    """
    query = get(name)
    raw = _params(query)
    sparql = query.text
    if raw:
        check_schemes(query, raw)
        sparql, bindings = query.bind(raw, search=name_search())
        _refuse_unnamed(query, raw, bindings)
        sparql = inject_values(sparql, bindings)
    return Response(sparql, content_type="application/sparql-query; charset=utf-8")


def name_search() -> NameSearch | None:
    """The pages' one name search, for parameters given as names (None where no pages are registered)."""
    from flask import current_app

    from hankegraafi.server.pages.access import EXTENSION

    if EXTENSION not in current_app.extensions:
        return None
    from hankegraafi.server.pages.routes import search_index

    return lambda text: search_index().search(text)


def check_schemes(query: CatalogueQuery, params: Mapping[str, str]) -> None:
    """A client's value of a ``scheme=`` parameter is a key of that vocabulary scheme, or ParameterError.

    Asked where a client's values come in, not by ``bind``: the derived step binds the keys its code knows, and
    reading the vocabularies would cost a fresh process their whole parse."""
    for p in query.params:
        raw = params.get(p.name)
        if p.scheme is not None and raw is not None and raw not in (keys := scheme_keys(p.scheme)):
            reason = f"{raw[:70]!r} is no key of the {p.scheme} vocabulary ({', '.join(keys)})"
            raise ParameterError(query.name, p.name, reason)


def _refuse_unnamed(query: CatalogueQuery, raw: dict[str, str], bindings: dict[str, Identifier]) -> None:
    """A 400 naming the first ``iri`` parameter the client gave whose value names nothing in the data:
    its page would be a 404 (the pages' one test, ``routes.known``: the data says something about it, or
    it is a resource the dataset description mints). Such a value had answered 200 with no rows, as a
    real county without projects does, where ``/browse`` and ``/quality`` refuse it (R9, stop 45); a
    real resource that no row holds still answers its true empty list. Where no pages are registered
    (a bare app) nothing is asked."""
    from flask import current_app

    from hankegraafi.server.pages.access import EXTENSION

    if EXTENSION not in current_app.extensions:
        return
    from hankegraafi.server.pages.routes import known

    for p in query.params:
        value = bindings.get(p.name)
        if p.type == "iri" and p.name in raw and isinstance(value, URIRef) and not known(value):
            shown = raw[p.name][:200]
            also = "" if shown == str(value) else f" (<{str(value)[:200]}>)"
            raise ParameterError(query.name, p.name, f"{shown!r}{also} names nothing in this dataset")


def resource_names(lang: str) -> Callable[[str], str] | None:
    """The pages' names of resources in ``lang`` (chart labels for IRIs); None where no pages are registered."""
    from flask import current_app

    from hankegraafi.server.pages.access import EXTENSION

    if EXTENSION not in current_app.extensions:
        return None
    from hankegraafi.server.pages.routes import label_index

    index = label_index()
    return lambda iri: index.name(iri, lang)


def _params(query: CatalogueQuery) -> dict[str, str]:
    """The query parameters of the query string (each at most once)."""
    raw: dict[str, str] = {}
    for key in request.args:
        if key in RESERVED:
            continue
        values = request.args.getlist(key)
        if len(values) != 1:
            raise ParameterError(query.name, key, "given more than once")
        raw[key] = values[0]
    return raw


@bp.route("/queries/<name>", methods=["GET", "OPTIONS"])
def run(name: str) -> Response:
    """Run one catalogue query with the parameters of the query string.

    SPARQL results formats by Accept or ``format=`` as on ``/sparql``, and an
    HTML table (with a form for the parameters) for a browser, and above it
    the charts the query's header asks for (:mod:`hankegraafi.server.charts`).
    """
    if request.method == "OPTIONS":
        return preflight()
    query = get(name)
    raw = _params(query)
    if len(request.args.getlist("format")) > 1:  # the first had been used, the second dropped unsaid (R4-7)
        raise ParameterError(query.name, "format", "given more than once")
    fmt = negotiate("results", request.accept_mimetypes, request.args.get("format"))
    check_schemes(query, raw)
    sparql, bindings = query.bind(raw, search=name_search())
    _refuse_unnamed(query, raw, bindings)
    job = build_job(inject_values(sparql, bindings), results=fmt, graph=None)
    sheet = _stored_spreadsheet(job) if fmt.key == "csv" else None
    outcome = sheet or services().execute(job)
    lang = i18n.current_lang()
    response = respond(
        outcome,
        fmt,
        title=i18n.pick(query.titles, lang),
        context={
            "entry": describe(query),
            "given": raw,
            "pick": lambda d: i18n.pick(d, lang),
            "formats": _other_formats(query, raw),
            # Drawn from the same rows as the table, when the header asks for a chart (HTML only).
            "charts": lambda data: charts.charts_for(query.charts, data, lang, resource_names(lang)),
        },
    )
    if fmt.key == "csv" and response.status_code == 200:
        # Made for spreadsheets: formula-like cells neutralised (stored so), and a download, not a page.
        if sheet is None:
            response.set_data(neutralise_csv(response.get_data()))
        response.headers["Content-Disposition"] = f'attachment; filename="{query.name}.csv"'
    return response


def _stored_spreadsheet(job: QueryJob) -> Outcome | None:
    """The call's CSV for spreadsheets as stored when the data was written (its cells neutralised
    as :func:`neutralise_csv` does: 1 s less for the 15 MB of a default answer at 10^7 triples),
    or None (then the results CSV is made and neutralised)."""
    found = services()._stored_answer(replace(job, results_media=pieces.SPREADSHEET_MEDIA))
    return None if found is None else replace(found, media_type="text/csv")


def _wants_html() -> bool:
    """HTML only when asked for (``format=html`` or a browser's Accept); JSON otherwise."""
    wanted = request.args.get("format")
    if wanted:
        return negotiate("page", request.accept_mimetypes, wanted).key == "html"
    accept = request.accept_mimetypes
    return bool(accept) and accept.best_match(["application/json", "text/html"]) == "text/html"


def _other_formats(query: CatalogueQuery, raw: dict[str, str]) -> list[tuple[str, str]]:
    out = []
    for key in ("json", "xml", "csv", "tsv"):
        values: dict[str, Any] = {"name": query.name, "format": key, **raw}
        out.append((key, url_for("catalogue.run", **values)))
    return out


__all__ = ["RESERVED", "bp", "describe"]
