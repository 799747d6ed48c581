"""HTTP routes of the explorer: two pages and their JSON.

Every JSON route checks its parameters (an IRI must be an absolute IRI, a
number within its bounds); errors are the app's one handler's
(:mod:`hankegraafi.server.errors`), JSON naming the parameter under
``/explorer/api/``.
The templates and scripts live in ``server/templates/explorer`` and
``server/static/explorer``; the vendored libraries (built by
``scripts/build_explorer.sh``) in ``server/static/vendor/explorer``. The
blueprint serves both itself, so the explorer also works in a bare app.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, render_template, request
from rdflib import RDF, RDFS, BNode, Literal, Namespace, URIRef
from rdflib import Graph as RdfGraph

from hankegraafi.ontology import registry
from hankegraafi.ontology.namespaces import HG, PREFIXES
from hankegraafi.queries.catalogue import Param, ParameterError, convert
from hankegraafi.queries.params import expand
from hankegraafi.server import i18n
from hankegraafi.server.explorer import charts, ui, walks
from hankegraafi.server.explorer.graph import DIRECTIONS, Explorer
from hankegraafi.server.explorer.vocab import (
    DEPENDENCY_KIND_PREFIX,
    KINDS,
    PATH_RELATIONS,
    RELATIONS,
    dependency_kinds,
)

log = logging.getLogger(__name__)

SERVER_DIR = Path(__file__).resolve().parent.parent
VENDOR = SERVER_DIR / "static" / "vendor" / "explorer"

bp = Blueprint(
    "explorer",
    __name__,
    url_prefix="/explorer",
    template_folder=str(SERVER_DIR / "templates"),
    static_folder=str(SERVER_DIR / "static"),
    static_url_path="/assets",
)

DCT = Namespace(PREFIXES["dct"])
KIND_CLASS = {
    "project": HG.Project,
    "investment": HG.Investment,
    "organisation": HG.Organisation,
    "service": HG.DigitalService,
    "region": HG.WellbeingServicesCounty,
    "programme": HG.Programme,
}


def explorer() -> Explorer:
    return current_app.extensions["hankegraafi.explorer"]


def lang() -> str:
    return i18n.current_lang()


def _iri(value: object, param: str, *, required: bool = True) -> str | None:
    """An IRI parameter (a query argument, or a field of the export's JSON body, which may hold
    any JSON type: a number, list or object there is a 400 naming the field, not a 500)."""
    if value is None or value == "":
        if required:
            raise ParameterError("explorer", param, "missing required parameter (an IRI)")
        return None
    if not isinstance(value, str):
        raise ParameterError("explorer", param, f"expected an IRI as a string, not {type(value).__name__}")
    # A CURIE (hgv:service/omaolo) or a county code (06) stands for its IRI, as in the catalogue,
    # whose refusal names both (found by attack, stop 32: the explorer refused them in those words).
    value = expand(value.strip(), PREFIXES) or value
    return str(convert("explorer", Param(param, "iri", True), value))


def arg(param: str) -> str | None:
    """A query argument given at most once: given twice (``?node=a&node=b``) it is a 400 naming it,
    as ``/queries`` and ``/ingest`` answer (the first had been used and the second dropped unsaid)."""
    values = request.args.getlist(param)
    if len(values) > 1:
        raise ParameterError("explorer", param, f"given {len(values)} times; give it once")
    return values[0] if values else None


def arg_iri(param: str) -> str:
    value = _iri(arg(param), param)
    assert value is not None
    return value


def arg_int(param: str, default: int, low: int, high: int) -> int:
    raw = arg(param)
    if raw is None or raw == "":
        return default
    # The catalogue's one reading of an integer (ASCII digits, an optional sign): Python's int() also took
    # "1_0", "５" and "٣", which every other route refuses (R9, stop 45).
    value = int(str(convert("explorer", Param(param, "integer", False), raw)))
    if not low <= value <= high:
        raise ParameterError("explorer", param, f"{value} is outside {low}…{high}")
    return value


def arg_choices(param: str, allowed: tuple[str, ...], default: tuple[str, ...]) -> tuple[str, ...]:
    raw = arg(param)
    if not raw:
        return default
    chosen = tuple(dict.fromkeys(p.strip() for p in raw.split(",") if p.strip()))
    unknown = [c for c in chosen if c not in allowed]
    if unknown:
        raise ParameterError(
            "explorer", param, f"unknown value(s) {unknown} (expected some of {list(allowed)})"
        )
    return chosen


# -- pages -------------------------------------------------------------------------------------


def _script_json(value: object) -> str:
    """JSON safe to put inside a <script> element (no "</" can close it)."""
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def _page(template: str) -> str:
    current = lang()
    return render_template(
        template,
        lang=current,
        langs=i18n.LANGS,
        texts=ui.texts(current),
        texts_json=_script_json(ui.texts(current)),
        config_json=_script_json(
            {
                "kinds": list(KINDS),
                "relations": list(RELATIONS),
                "pathRelations": list(PATH_RELATIONS),
                "dependencyKinds": [*dependency_kinds(), "unspecified"],
                "api": request.script_root + "/explorer/api",
                "page": request.script_root + "/explorer",
                "viewCap": 600,
                # Names of the counties, regions and programmes a filter lists (not only those drawn).
                "names": filter_names(current),
            }
        ),
        vendor_ok=(VENDOR / "cytoscape.min.js").is_file(),
    )


def filter_names(lang: str) -> dict[str, str]:
    """IRI → name in ``lang`` of every county, region and programme (the vocabularies' labels)."""
    return {
        str(concept.iri): concept.label(lang).text
        for name in ("county", "region", "programme")
        for concept in registry.scheme(name)
    }


@bp.get("")
@bp.get("/")
def index() -> str:
    """The map. Its whole state is in the query string (``node``, ``x``, ``pin``, filters, mode)."""
    return _page("explorer/index.html")


@bp.get("/views")
def views() -> str:
    """Budget bars, deviation heat map and service matrix, drawn from the catalogue queries."""
    return _page("explorer/views.html")


# -- JSON --------------------------------------------------------------------------------------


@bp.get("/api/start")
def api_start() -> Any:
    nodes = [n for n in (_iri(v, "node") for v in request.args.getlist("node")) if n]
    if len(nodes) > 200:
        raise ParameterError("explorer", "node", f"at most 200 start nodes, got {len(nodes)}")
    return jsonify(explorer().start(nodes, lang()))


@bp.get("/api/expand")
def api_expand() -> Any:
    limits = explorer().limits
    direction = arg("dir") or "both"
    if direction not in DIRECTIONS:
        raise ParameterError("explorer", "dir", f"expected one of {list(DIRECTIONS)}, got {direction!r}")
    return jsonify(
        explorer().expand(
            arg_iri("node"),
            lang(),
            direction=direction,
            relations=arg_choices("rel", RELATIONS, RELATIONS),
            offset=arg_int("offset", 0, 0, 1_000_000),
            limit=arg_int("limit", limits.page, 1, limits.max_page),
        )
    )


@bp.get("/api/search")
def api_search() -> Any:
    text = (arg("q") or "").strip()
    if len(text) > 200:
        raise ParameterError("explorer", "q", "longer than 200 characters")
    return jsonify(explorer().search(text, lang()))


@bp.get("/api/node")
def api_node() -> Any:
    return jsonify(explorer().facts(arg_iri("node"), lang()))


@bp.get("/api/dependency")
def api_dependency() -> Any:
    return jsonify(explorer().dependency(arg_iri("dependency"), lang()))


@bp.get("/api/impact")
def api_impact() -> Any:
    return jsonify(walks.impact(explorer(), arg_iri("node"), lang()))


@bp.get("/api/dependencies")
def api_dependencies() -> Any:
    return jsonify(walks.dependencies(explorer(), arg_iri("node"), lang()))


@bp.get("/api/path")
def api_path() -> Any:
    relations = arg_choices("rel", RELATIONS, PATH_RELATIONS)
    return jsonify(walks.path(explorer(), arg_iri("a"), arg_iri("b"), lang(), relations=relations))


@bp.get("/api/shared")
def api_shared() -> Any:
    return jsonify(walks.shared(explorer(), arg_iri("a"), arg_iri("b"), lang()))


@bp.get("/api/charts/budget")
def api_budget() -> Any:
    return jsonify(charts.budget_chart(explorer(), lang()))


@bp.get("/api/charts/deviations")
def api_deviations() -> Any:
    return jsonify(charts.deviation_chart(explorer(), lang()))


@bp.get("/api/charts/matrix")
def api_matrix() -> Any:
    return jsonify(charts.service_matrix(explorer(), lang()))


@bp.post("/api/export.ttl")
def api_export_turtle() -> Response:
    """The visible subgraph as Turtle: the nodes the page shows and the edges between them.

    The page sends ``{"nodes": [IRI…], "edges": [{source, target, rel, dependency, depKind}…]}``;
    names and kinds are read again from the store, so the file says what the graph says.
    """
    try:
        data = request.get_json(silent=True)
    except RecursionError:  # nested past the parser's depth: not a body this route reads
        data = None
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("nodes"), list)
        or not isinstance(data.get("edges", []), list)
    ):
        raise ParameterError("explorer", "body", 'expected JSON {"nodes": [IRI, …], "edges": [{…}, …]}')
    edges = data.get("edges", [])
    limit = explorer().limits.export_nodes
    if len(data["nodes"]) > limit or len(edges) > 4 * limit:
        raise ParameterError("explorer", "body", f"at most {limit} nodes and {4 * limit} edges")
    nodes = [_iri(n, f"nodes[{i}]") for i, n in enumerate(data["nodes"])]
    described = explorer().describe([n for n in nodes if n], lang())
    g = RdfGraph()
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace)
    for iri, node in described.items():
        subject = URIRef(iri)
        if node["kind"] in KIND_CLASS:
            g.add((subject, RDF.type, KIND_CLASS[node["kind"]]))
        g.add((subject, RDFS.label, Literal(node["label"], lang=lang())))
    for i, edge in enumerate(edges):
        if not isinstance(edge, dict):
            raise ParameterError("explorer", f"edges[{i}]", "expected an object")
        source = URIRef(str(_iri(edge.get("source", ""), f"edges[{i}].source")))
        target = URIRef(str(_iri(edge.get("target", ""), f"edges[{i}].target")))
        rel = edge.get("rel")
        if rel not in RELATIONS:
            raise ParameterError("explorer", f"edges[{i}].rel", f"unknown relation {rel!r}")
        _edge_triples(g, source, target, rel, edge, i)
    body = g.serialize(format="turtle")
    return Response(
        body,
        mimetype="text/turtle",
        headers={"Content-Disposition": 'attachment; filename="explorer-view.ttl"'},
    )


def _edge_triples(g: RdfGraph, source: URIRef, target: URIRef, rel: str, edge: dict[str, Any], i: int) -> None:
    if rel == "dependency":
        g.add((source, DCT.requires, target))
        dep = _iri(edge.get("dependency"), f"edges[{i}].dependency", required=False)
        if dep:
            node = URIRef(dep)
            g.add((node, RDF.type, HG.Dependency))
            g.add((node, HG.dependent, source))
            g.add((node, HG.dependsOn, target))
            kind = edge.get("depKind")
            if kind in dependency_kinds():
                g.add((node, HG.dependencyKind, URIRef(DEPENDENCY_KIND_PREFIX + kind)))
    elif rel == "partof":
        g.add((source, HG.partOf, target))
    elif rel == "region":
        g.add((source, HG.region, target))
    elif rel == "programme":
        g.add((source, HG.programme, target))
    elif rel == "developer":
        g.add((source, HG.developer, target))
    elif rel == "continuation":
        g.add((source, HG.continuedBy, target))
    elif rel == "participation":
        participation = BNode()
        g.add((source, HG.participation, participation))
        g.add((participation, RDF.type, HG.Participation))
        g.add((participation, HG.organisation, target))
