"""The sitemap (sitemaps.org 0.9) and robots.txt that points at it: what a search engine reads to find
every page. Kept apart from :mod:`.routes`, which registers them on the pages' blueprint
(:func:`register`), so the endpoints keep their names (``pages.sitemap``, ``pages.robots``)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from flask import Blueprint, Response, request

from hankegraafi.ontology.namespaces import ONTOLOGY_IRI
from hankegraafi.server.pages import dumps
from hankegraafi.server.pages.access import access, data_version, state
from hankegraafi.server.pages.dataset import VOID_PATH
from hankegraafi.server.pages.iris import Mapping


def register(bp: Blueprint) -> None:
    """Add the sitemap's and robots.txt's routes to the pages' blueprint."""
    bp.add_url_rule("/sitemap.xml", view_func=sitemap)
    bp.add_url_rule("/robots.txt", view_func=robots)


def sitemap() -> Response:
    st = state()
    root = request.host_url.rstrip("/")
    base = str(st.config.base_iri)

    def build() -> bytes:
        m = Mapping(base)
        rows = access().select("SELECT DISTINCT ?s WHERE { ?s ?p ?o . FILTER(isIRI(?s)) }")
        paths = {"/", "/browse", "/search", "/ontology.html", VOID_PATH}
        cache = tuple(f"{base}{path[1:]}" for path in dumps.CACHE_GRAPH_PATHS)  # stored: no pages
        for row in rows:
            iri = str(row["s"])
            if iri.startswith((ONTOLOGY_IRI, *cache)):
                continue
            url = m.page_url(iri)
            if url:
                paths.add(url)
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        ]
        for path in sorted(paths)[:50_000]:
            lines.append(f"<url><loc>{escape(root + path)}</loc></url>")
        lines.append("</urlset>")
        return ("\n".join(lines) + "\n").encode("utf-8")

    body = st.cached(f"sitemap-{root}", data_version(), build)
    return Response(body, mimetype="application/xml")


def robots() -> Response:
    text = f"User-agent: *\nDisallow: /sparql\nSitemap: {request.host_url}sitemap.xml\n"
    return Response(text, mimetype="text/plain")
