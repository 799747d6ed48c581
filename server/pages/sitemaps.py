"""The sitemap (sitemaps.org 0.9) and robots.txt that points at it: what a search engine reads to find
every page. Kept apart from :mod:`.routes`, which registers them on the pages' blueprint
(:func:`register`), so the endpoints keep their names (``pages.sitemap``, ``pages.robots``).

One sitemap may list at most 50 000 URLs in at most 50 MiB (the protocol's limits). Past either,
``/sitemap.xml`` is a sitemap index naming ``/sitemap-1.xml`` … ``/sitemap-N.xml``, each within both,
so that every page is listed: the sitemap had been cut at 50 000 paths, unsaid (R9, stop 45)."""

from __future__ import annotations

import logging
import re
from xml.sax.saxutils import escape

from flask import Blueprint, Response, request

from hankegraafi.ontology.namespaces import ONTOLOGY_IRI
from hankegraafi.server.errors import NotFound
from hankegraafi.server.pages import dumps
from hankegraafi.server.pages.access import access, data_version, state
from hankegraafi.server.pages.dataset import VOID_PATH
from hankegraafi.server.pages.iris import Mapping
from hankegraafi.server.query import MAX_ROWS

log = logging.getLogger(__name__)

#: The protocol's most URLs in one sitemap (and sitemaps in one index).
URLS_PER_SITEMAP = 50_000
#: The protocol's most bytes of one sitemap, uncompressed (50 MiB).
BYTES_PER_SITEMAP = 50 * 1024 * 1024
NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
_HEAD = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{NAMESPACE}">\n'.encode()
_TAIL = b"</urlset>\n"
#: Most subjects the one query of the sitemap reads (a page query's row cap): past it the operator is told.
SUBJECTS = MAX_ROWS
#: A part's number as the index writes it: ASCII digits, no leading zero (one URL per part).
_PART = re.compile(r"[1-9][0-9]{0,8}", re.ASCII)


def register(bp: Blueprint) -> None:
    """Add the sitemap's and robots.txt's routes to the pages' blueprint."""
    bp.add_url_rule("/sitemap.xml", view_func=sitemap)
    bp.add_url_rule("/sitemap-<part>.xml", view_func=sitemap_part)
    bp.add_url_rule("/robots.txt", view_func=robots)


def sitemap() -> Response:
    """The one sitemap, or the index of its parts when the pages do not fit in one."""
    parts = _parts()
    if len(parts) == 1:
        return Response(parts[0], mimetype="application/xml")
    root = request.host_url.rstrip("/")
    lines = [f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{NAMESPACE}">']
    lines += [f"<sitemap><loc>{escape(root)}/sitemap-{n}.xml</loc></sitemap>" for n in range(1, len(parts) + 1)]
    lines.append("</sitemapindex>\n")
    return Response("\n".join(lines), mimetype="application/xml")


def sitemap_part(part: str) -> Response:
    """Part ``part`` (1…N) of the sitemap; any other name is a 404 saying which exist."""
    parts = _parts()
    if not _PART.fullmatch(part) or int(part) > len(parts):
        raise NotFound(f"no sitemap part {part[:40]!r} (parts: 1…{len(parts)}; the index is /sitemap.xml)")
    return Response(parts[int(part) - 1], mimetype="application/xml")


def _parts() -> list[bytes]:
    """The sitemap's parts, each a whole ``urlset`` within the protocol's limits (built once per data
    version, host and limits)."""
    st = state()
    root = request.host_url.rstrip("/")
    base = str(st.config.base_iri)
    limits = (URLS_PER_SITEMAP, BYTES_PER_SITEMAP)

    def build() -> list[bytes]:
        m = Mapping(base)
        most = SUBJECTS
        rows = access().select("SELECT DISTINCT ?s WHERE { ?s ?p ?o . FILTER(isIRI(?s)) }", max_rows=most + 1)
        if len(rows) > most:  # the row cap of the pages' queries: the sitemap lists the first ones
            log.warning("the sitemap lists the pages of the first %d subjects; the data has more", most)
            rows = rows[:most]
        paths = {"/", "/browse", "/search", "/ontology.html", VOID_PATH}
        cache = tuple(f"{base}{path[1:]}" for path in dumps.CACHE_GRAPH_PATHS)  # stored: no pages
        for row in rows:
            iri = str(row["s"])
            if iri.startswith((ONTOLOGY_IRI, *cache)):
                continue
            url = m.page_url(iri)
            if url:
                paths.add(url)
        return split(
            [f"<url><loc>{escape(root + path)}</loc></url>\n".encode() for path in sorted(paths)], *limits
        )

    parts: list[bytes] = st.cached(f"sitemap-{root}-{limits}-{SUBJECTS}", data_version(), build)
    return parts


def split(entries: list[bytes], most: int, most_bytes: int) -> list[bytes]:
    """``entries`` in order as whole ``urlset`` documents of at most ``most`` entries and ``most_bytes``
    bytes each (an entry alone over the bytes still gets a part: it is never dropped)."""
    parts: list[bytes] = []
    chunk: list[bytes] = []
    size = len(_HEAD) + len(_TAIL)
    for entry in entries:
        if chunk and (len(chunk) >= most or size + len(entry) > most_bytes):
            parts.append(_HEAD + b"".join(chunk) + _TAIL)
            chunk, size = [], len(_HEAD) + len(_TAIL)
        chunk.append(entry)
        size += len(entry)
    parts.append(_HEAD + b"".join(chunk) + _TAIL)
    return parts


def robots() -> Response:
    text = f"User-agent: *\nDisallow: /sparql\nSitemap: {request.host_url}sitemap.xml\n"
    return Response(text, mimetype="text/plain")
