"""Routes of the linked-data pages.

Dereferencing uses 303 redirects: ``/id/<path>`` (and ``/vocab/<path>``,
``/ontology``) stands for the thing itself and answers ``303 See Other``
to the document about it in the negotiated format, ``/id/<path>.html``,
``.ttl``, ``.jsonld``, ``.nt`` or ``.rdf`` (``Vary: Accept``). A suffix
always wins over Accept. The ontology's terms are hash IRIs
(``/ontology#Project``), so they resolve through the ontology document.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from flask import Blueprint, Response, current_app, g, redirect, render_template, request, send_file, url_for
from rdflib import Graph, Literal, URIRef
from werkzeug.datastructures import MIMEAccept

from hankegraafi.ontology.namespaces import ONTOLOGY_IRI
from hankegraafi.server import i18n, negotiation
from hankegraafi.server.errors import NotFound, render_error
from hankegraafi.server.i18n import translate
from hankegraafi.server.negotiation import FORMATS, Format
from hankegraafi.server.pages import (
    bodies,
    dataset,
    dumps,
    facets,
    labels,
    ontologydoc,
    pagetypes,
    rdfout,
    search,
    sitemaps,
    tilemap,
)
from hankegraafi.server.pages.access import access, data_version, state
from hankegraafi.server.pages.builder import PageBuilder, PartAsked, sparql
from hankegraafi.server.pages.iris import SUFFIX_OF, SUFFIXES, Mapping, NotAnIri, split_suffix, write_in
from hankegraafi.server.pages.lists import versions_of
from hankegraafi.server.pages.shapes import Link, link_html, links_html, row_html

log = logging.getLogger(__name__)

SERVER_DIR = Path(__file__).resolve().parents[1]
#: Templates and static files are the blueprint's own, so the pages work in any Flask app.
bp = Blueprint(
    "pages",
    __name__,
    template_folder=str(SERVER_DIR / "templates"),
    static_folder=str(SERVER_DIR / "static" / "pages"),
    static_url_path="/static/pages",
)
for _filter in (link_html, links_html, row_html):  # a page's links written in Python (shapes.py)
    bp.add_app_template_filter(_filter, _filter.__name__)

#: The formats a resource is offered in, in order of preference on a tie (``*/*``: HTML).
RESOURCE_FORMATS: tuple[Format, ...] = tuple(
    next(f for f in FORMATS if f.key == key) for key in ("html", "ttl", "jsonld", "nt", "rdfxml")
)
#: The dataset description prefers Turtle when the client does not say (VoID clients).
VOID_FORMATS: tuple[Format, ...] = (RESOURCE_FORMATS[1], RESOURCE_FORMATS[0], *RESOURCE_FORMATS[2:])
FORMAT_NAMES = {"html": "HTML", "ttl": "Turtle", "jsonld": "JSON-LD", "nt": "N-Triples", "rdfxml": "RDF/XML"}
VOID_PATH = dataset.VOID_PATH
SPECIAL = dataset.MINTED  # the IRIs the dataset description mints answer with it


class ResourceNotFound(NotFound):
    """Nothing in the dataset has this IRI; answered with the pages' own 404 page for browsers."""

    def __init__(self, iri: str) -> None:
        super().__init__(f"nothing is known about <{iri}>")
        self.iri = iri


# -- helpers ------------------------------------------------------------------------------


def mapping() -> Mapping:
    return Mapping(str(state().config.base_iri))


def lang() -> str:
    return i18n.current_lang()


def person_names() -> bool:
    return bool(state().config.publish_person_names)


def choose(accept: MIMEAccept, offered: tuple[Format, ...] = RESOURCE_FORMATS) -> Format:
    """The best of ``offered`` for ``format=``, else Accept (the server's one negotiation); HTML first on ``*/*``."""
    return negotiation.choose(accept, offered, request.args.get("format"))


def label_index() -> labels.LabelIndex:
    """Every name and the types of named resources: the stored index's (``storednames``) while one
    follows the data, else read from the store."""
    st = state()

    def build() -> labels.LabelIndex:
        found = labels.stored(st, access(), person_names=person_names())
        return found[0] if found is not None else labels.build(access(), person_names=person_names())

    return st.cached("labels", data_version(), build)


def names() -> labels.LabelIndex:
    """Names for what the current request shows: a resource page's own (:class:`labels.PageLabels`,
    which reads any other IRI's name when asked) while one is built, else the whole index.

    What a resource page includes (the corrections of ``review/corrections.html``) names its
    IRIs through this, so no resource page builds the whole index.
    """
    page = g.get("hankegraafi_page_labels")
    return page if page is not None else label_index()


def search_index() -> search.SearchIndex:
    """The search over :func:`label_index`, with the base forms the write stored (``storednames``)."""
    st = state()

    def build() -> search.SearchIndex:
        index = label_index()
        found = labels.stored(st, access(), person_names=person_names())
        return search.build(index, stored=found[1] if found is not None and found[0] is index else None)

    return st.cached("search", data_version(), build)


def project_table() -> facets.ProjectTable:
    return state().cached("facets", data_version(), lambda: facets.build(access()))


def site() -> dataset.Site:
    return dataset.Site(request.host_url, str(state().config.base_iri))


def explore_link(iri: str) -> str | None:
    if "explorer.index" not in current_app.view_functions:
        return None
    return url_for("explorer.index") + "?" + urlencode({"node": iri})


def render(template: str, status: int = 200, *, most_parts: int = 1, **context: Any) -> Response:
    """Render a page template with the pages' language helpers (``most_parts``: the most parts a list
    of the page has, for :func:`part_note`)."""
    current = lang()
    html = render_template(
        f"pages/{template}",
        part_note=part_note(PartAsked.of(request.args), most_parts, current),
        lang=current,
        langs=i18n.LANGS,
        t=lambda key, **kw: translate(key, current, **kw),
        void_url=VOID_PATH,
        lang_url=lang_url,
        config_views=current_app.view_functions,
        **context,
    )
    response = Response(html, status=status, mimetype="text/html")
    response.vary.add("Accept-Language")
    response.vary.add("Cookie")
    return response


def lang_url(code: str) -> str:
    """The current URL with ``hl`` set to ``code`` (the language switch)."""
    args = request.args.to_dict(flat=False)
    args["hl"] = [code]
    return request.path + "?" + urlencode(args, doseq=True)


def formats_of(iri: str) -> list[tuple[str, str]]:
    m = mapping()
    out = []
    for f in RESOURCE_FORMATS:
        url = m.page_url(iri, SUFFIX_OF[f.key])
        if url:
            out.append((FORMAT_NAMES[f.key], url))
    return out


def rdf_response(graph: Graph, key: str, *, filename: str | None = None) -> Response:
    fmt = next(f for f in RESOURCE_FORMATS if f.key == key)
    body = rdfout.serialize(graph, key)
    response = Response(body, mimetype=fmt.media_type)
    response.headers["Content-Type"] = fmt.content_type
    if filename:
        response.headers["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@bp.after_request
def link_dataset(response: Response) -> Response:
    """Every answer of the pages points to the dataset description (VoID ``inDataset``)."""
    response.headers.add("Link", f'<{VOID_PATH}>; rel="http://rdfs.org/ns/void#inDataset"')
    return response


@bp.errorhandler(ResourceNotFound)
def not_found(err: ResourceNotFound) -> Response:
    accept = request.accept_mimetypes
    wants_html = not accept or accept.best_match(["text/html", "text/plain", "application/json"]) == "text/html"
    if wants_html and not request.path.endswith(tuple(f".{s}" for s in SUFFIXES if s != "html")):
        response = render("notfound.html", status=404, iri=err.iri, title=translate("not_found_title", lang()))
        response.vary.add("Accept")
        return response
    return render_error(err)


@bp.errorhandler(NotAnIri)
def not_an_iri(err: NotAnIri) -> Response:
    """A term that cannot be an IRI reached a page query: nothing is known about it."""
    return not_found(ResourceNotFound(quote(request.path, safe="/")))


def part_note(asked: PartAsked, most_parts: int, current: str) -> str | None:
    """What a page says when the part asked for (``?sivu=``/``?page=``) is none of its parts, or None.

    The one rule of every linked-data page (server/README.md, "Resource pages in parts"): a value that
    is no whole number from 1 to 999 999 (``-1``, ``0``, ``kaksi``, 21 digits) shows part 1, a number
    past a list's last part shows that list's last part, and either way the page says so at its top
    instead of answering 200 silently (found by attack, stop 36: ``/browse?page=-1``)."""
    if asked.given is None or (asked.number and asked.part <= most_parts):
        return None
    if not asked.number:
        return translate("paging.no_part", current, asked=asked.given[:40])
    return translate("paging.past_end" if most_parts > 1 else "paging.whole", current, asked=asked.part)


# -- home, search, browse -------------------------------------------------------------------


@bp.route("/")
def home() -> Response:
    index = label_index()
    current = lang()
    table = project_table()

    def named(iris: list[str]) -> list[Link]:
        m = mapping()
        out = [Link(index.name(i, current), m.page_url(i) or i, i) for i in iris]
        return sorted(out, key=lambda link: link.text.casefold())

    regions = sorted(table.counts(table.projects, "region"))
    orgs = index.of_kind("organisation", "national-actor")
    lists = [
        ("top_projects", named(table.top_level())),
        ("regions", named(regions)),
        ("services", named(index.of_kind("service"))),
        ("organisations", named(orgs)),
        ("kind_document", named(index.of_kind("document"))),
        ("kind_programme", named(index.of_kind("programme"))),
        ("vocabularies", named(index.of_kind("scheme"))),
    ]
    counts = [
        (translate(f"kind_{k}", current), len(index.of_kind(k)))
        for k in (
            "project",
            "investment",
            "subproject",
            "organisation",
            "national-actor",
            "service",
            "county",
            "document",
        )
    ]
    return render(
        "home.html", title=translate("site", current), lists=lists, counts=counts, explorer=explore_link("")
    )


@bp.route("/search")
def search_page() -> Response:
    query = search.asked(request.args.get("q"))
    wanted_kind = labels.kind_asked(request.args["type"]) if request.args.get("type") else ""
    current = lang()
    index = label_index()
    groups: dict[str, list[tuple[Link, str]]] = {}
    total = 0
    if query:
        m = mapping()
        for hit in search_index().search(query):
            kind = index.kind(hit.iri)
            if wanted_kind and kind != wanted_kind:
                continue
            name = index.name(hit.iri, current)
            matched = hit.label if hit.label != name else ""
            groups.setdefault(kind, []).append((Link(name, m.page_url(hit.iri) or hit.iri, hit.iri), matched))
            total += 1
    order = [k for k, _ in labels.KINDS] + ["term", "other"]
    grouped = [(k, translate(f"kind_{k}", current), groups[k]) for k in order if k in groups]
    return render("search.html", title=translate("search", current), query=query, groups=grouped, total=total)


@bp.route("/browse")
def browse() -> Response:
    current = lang()
    table = project_table()
    index = label_index()
    chosen = facets.chosen(dict(request.args.lists()), lambda q: search_index().search(q), table, index.known)
    selected = table.select(chosen)
    m = mapping()
    facet_views = []
    for facet in facets.FACETS:
        counts = table.counts(selected, facet)
        values = []
        for value, n in counts.items():
            text = value if facet == "year" else index.name(value, current)
            args = {**chosen, facet: value}
            if lang_arg := request.args.get("hl"):
                args["hl"] = lang_arg
            values.append((text, n, url_for("pages.browse", **args), chosen.get(facet) == value))  # type: ignore[arg-type]
        values.sort(key=lambda v: v[0] if facet == "year" else v[0].casefold())
        remove = None
        if facet in chosen:
            rest = {k: v for k, v in chosen.items() if k != facet}
            remove = url_for("pages.browse", **rest)  # type: ignore[arg-type]
        facet_views.append((facet, translate(_FACET_KEYS[facet], current), values, remove))
    rows = []
    for project in selected:
        link = Link(index.name(project, current), m.page_url(project) or project, project)
        region = [Link(index.name(r, current), m.page_url(r), r) for r in sorted(table.of(project, "region"))]
        status = [index.name(s, current) for s in sorted(table.of(project, "status"))]
        years = sorted(table.of(project, "year"))
        period = f"{years[0]}–{years[-1]}" if len(years) > 1 else (years[0] if years else "")
        rows.append((link, region, ", ".join(status), period))
    rows.sort(key=lambda r: r[0].text.casefold())
    return render(
        "browse.html",
        title=translate("browse", current),
        facets=facet_views,
        rows=rows,
        filtered=bool(chosen),
    )


@bp.route("/map")
def tile_map() -> Response:
    """The 22 areas as a tile map coloured by a chosen figure (:mod:`.tilemap`)."""
    index, current = label_index(), lang()
    context = tilemap.page(access(), current, lambda iri: index.name(iri, current), mapping().page_url)
    return render("tilemap.html", **context)


_FACET_KEYS = {
    "region": "region",
    "programme": "programme",
    "organisation": "organisation",
    "status": "status",
    "year": "year",
}


# -- resources ------------------------------------------------------------------------------


@bp.route("/id/<path:path>")
def data_resource(path: str) -> Response:
    return resource("/id/", path)


@bp.route("/vocab/<path:path>")
def vocab_resource(path: str) -> Response:
    return resource("/vocab/", path)


def resource(prefix: str, path: str) -> Response:
    stem, suffix = split_suffix(path)
    m = mapping()
    try:
        iri = m.iri_for(prefix, stem)
    except NotAnIri:
        # No IRI, so nothing can be known about it; the path, encoded, is all the answer says.
        raise ResourceNotFound(prefix + quote(stem, safe="/")) from None
    if suffix is None:
        if not known(iri):
            raise ResourceNotFound(str(iri))
        fmt = choose(request.accept_mimetypes)
        target = m.page_url(str(iri), SUFFIX_OF[fmt.key]) or "/"
        if request.query_string:
            target += "?" + request.query_string.decode("latin-1")
        response = redirect(target, code=303)
        response.vary.add("Accept")
        return response  # type: ignore[return-value]
    return document(iri, negotiation.agreed(SUFFIXES[suffix], request.args.get("format")))


def known(iri: URIRef) -> bool:
    return _special(iri) or _described(iri)


def _described(iri: URIRef) -> bool:
    """Whether the data says anything about ``iri`` (asked once per request)."""
    asked: dict[str, bool] = g.setdefault("hankegraafi_pages_described", {})
    if str(iri) not in asked:
        asked[str(iri)] = access().bounded_ask(write_in(sparql("exists"), {"this": iri}))
    return asked[str(iri)]


def _special(iri: URIRef) -> bool:
    base = str(state().config.base_iri)
    if str(iri) in {base + name for name in SPECIAL}:
        return True
    # A named graph that nothing in the data describes (a service graph): the description holds its counts.
    # Cheap questions first (the whole description reads every quad: 11-14 s at 10^5, 2 s on a query worker for
    # a page's 404 after a remove): a resource the data describes, or an IRI naming no graph, is no such graph.
    if _described(iri) or not access().bounded_ask(write_in(sparql("graph-holds"), {"this": iri})):
        return False
    return dataset.is_subset(dataset_graph(), site(), iri)


def document(iri: URIRef, key: str) -> Response:
    lookup = bodies.look_up(str(iri), access().generation) if key == "html" else None
    found = lookup.found if lookup is not None else None
    if found is None and _special(iri):
        return dataset_document(key)
    if found is not None:  # stored for the data now (bodies.py): no query, no page built
        response = bodies.html_response(found)
    elif key == "html":
        started = time.perf_counter()
        if not _described(iri):
            raise ResourceNotFound(str(iri))
        # The names of what this page shows, never the whole label index (2.5 s at 10^5 triples,
        # again after every write): from the store's name table once it is read (labels.NameTable).
        st = state()
        index = g.hankegraafi_page_labels = labels.for_page(st, access(), person_names=person_names())
        builder = PageBuilder(
            access(),
            index,
            mapping(),
            lang(),
            person_names=person_names(),
            explore_link=explore_link(str(iri)),
            part=PartAsked.of(request.args).part,
            lists=versions_of(st),
        )
        page = builder.build(iri, formats_of(str(iri)), pagetypes.classify)
        response = render("resource.html", page=page, title=page.title, most_parts=builder.most_parts)
        if lookup is not None:  # kept only if no write came between the page's reads (bodies.py)
            lookup.keep(access().generation, response.get_data())
        st.table.refresh(access(), person_names=person_names())  # read after this page, for the next
        log.debug(
            "page %s in %.0f ms (%d name queries)", iri, 1000 * (time.perf_counter() - started), index.queries
        )
    else:
        graph = rdfout.clean(rdfout.describe(access(), iri), person_names=person_names())
        if len(graph) == 0:
            raise ResourceNotFound(str(iri))
        response = rdf_response(graph, key)
    for name, url in formats_of(str(iri)):
        if not url.endswith("." + ("html" if key == "html" else SUFFIX_OF[key])):
            fmt = next(f for f in RESOURCE_FORMATS if FORMAT_NAMES[f.key] == name)
            response.headers.add("Link", f'<{url}>; rel="alternate"; type="{fmt.media_type}"')
    return response


# -- ontology -------------------------------------------------------------------------------


@bp.route("/ontology")
def ontology() -> Response:
    fmt = choose(request.accept_mimetypes)
    response = redirect(f"/ontology.{SUFFIX_OF[fmt.key]}", code=303)
    response.vary.add("Accept")
    return response  # type: ignore[return-value]


@bp.route("/ontology.<suffix>")
def ontology_document(suffix: str) -> Response:
    if (key := SUFFIXES.get(suffix)) is None:
        raise ResourceNotFound(ONTOLOGY_IRI + "." + suffix)
    key = negotiation.agreed(key, request.args.get("format"))
    fmt = next(f for f in RESOURCE_FORMATS if f.key == key)
    return Response(ontologydoc.ontology_document_body(key), headers={"Content-Type": fmt.content_type})


# -- dataset description, dumps (the sitemap: sitemaps.py) -----------------------------------


def dataset_graph() -> Graph:
    st = state()
    s = site()

    def build() -> Graph:
        latest = None
        rows = access().select(
            "PREFIX prov: <http://www.w3.org/ns/prov#> SELECT (MAX(?at) AS ?latest) WHERE { ?g prov:generatedAtTime ?at }"
        )
        if rows and "latest" in rows[0]:
            latest = str(rows[0]["latest"])
        return dataset.describe(access(), s, modified=latest)

    return st.cached(f"dataset-{s.url}", data_version(), build)


def dataset_document(key: str) -> Response:
    graph = dataset_graph()
    if key != "html":
        return rdf_response(graph, key)
    s = site()
    current = lang()
    ds = s.dataset

    def value(prop: URIRef) -> str:
        v = graph.value(ds, prop)
        return "" if v is None else str(v)

    from rdflib.namespace import DCAT, DCTERMS, VOID

    dists = []
    for dist in sorted(graph.objects(ds, DCAT.distribution), key=str):
        titles = _texts(graph.objects(dist, DCTERMS.title))
        dists.append((i18n.pick(titles, current), str(graph.value(dist, DCAT.accessURL))))
    classes = []
    index = label_index()
    for part in graph.objects(ds, VOID.classPartition):
        cls = graph.value(part, VOID["class"])
        n = graph.value(part, VOID.entities)
        m = mapping()
        classes.append(
            (Link(index.name(str(cls), current), m.page_url(str(cls)) or str(cls), str(cls)), int(str(n)))
        )
    classes.sort(key=lambda c: -c[1])
    titles = _texts(graph.objects(ds, DCTERMS.title))
    descriptions = _texts(graph.objects(ds, DCTERMS.description))
    return render(
        "dataset.html",
        title=i18n.pick(titles, current),
        description=i18n.pick(descriptions, current),
        triples=value(VOID.triples),
        modified=value(DCTERMS.modified),
        licence=value(DCTERMS.license),
        endpoint=value(VOID.sparqlEndpoint),
        distributions=dists,
        classes=classes,
        formats=formats_of(str(ds)),
        iri=str(ds),
    )


def _texts(values: Iterable[object]) -> dict[str, str]:
    """Literals by language ("" for none): what ``i18n.pick`` chooses from."""
    return {v.language or "": str(v) for v in values if isinstance(v, Literal)}


@bp.route(VOID_PATH)
def well_known_void() -> Response:
    fmt = choose(request.accept_mimetypes, VOID_FORMATS)
    response = dataset_document(fmt.key)
    url = mapping().page_url(str(site().dataset), SUFFIX_OF[fmt.key])
    if url:
        response.headers["Content-Location"] = url
    response.vary.add("Accept")
    return response


@bp.route("/dumps/<name>")
def dump(name: str) -> Response:
    if name not in dumps.FORMATS:
        raise NotFound(f"no dump named {name!r} (offered: {', '.join(dumps.FORMATS)})")
    st = state()
    folder = st.dump_dir
    if folder is None:
        folder = str(dumps.default_folder(str(st.config.store)))
        st.dump_dir = folder
    path = dumps.ensure_served(Path(folder), name, data_version(), access(), person_names=person_names())
    response = send_file(
        path, mimetype="application/gzip", as_attachment=True, download_name=name, conditional=True
    )
    return response


sitemaps.register(bp)
