"""A small crawler: follows local links from a start page and times each answer.

It fetches with any ``fetch(url) -> (status, headers, body)`` (the Flask test
client in process, or ``requests`` against a real server). Pages of the
pages blueprint are parsed for links (``<a href>``, ``<link href>``, form
actions are not followed; ``rel="nofollow"`` links are skipped, as search
engines do on faceted navigation), and so is ``/sitemap.xml`` for the pages
it lists; other local URLs (the SPARQL endpoint, the explorer) are fetched
once and checked, not crawled.

A crawl may be *sampled*: with ``per_type=n`` at most ``n`` URLs of each page
type are fetched (:func:`page_type`: ``/id/goal/…`` pages in HTML are one
type, in Turtle another; ``/browse?county=…`` one), so every kind of page
and format is checked without fetching all 2 500 URLs of the demo data. The
links of the pages fetched are all recorded (``Crawl.seen``), so a sampled
crawl still says which pages are reachable.
"""

from __future__ import annotations

import gzip
import re
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urldefrag, urlencode, urljoin, urlsplit

import lxml.html
import pyoxigraph as ox

Fetch = Callable[[str], tuple[int, dict[str, str], bytes]]

#: Paths answered by other blueprints: checked, not crawled.
FOREIGN = ("/sparql", "/queries", "/editor", "/explorer", "/static/", "/ingest", "/update", "/graph-store")
#: The formats a resource is published in, by file extension.
FORMATS = ("html", "ttl", "jsonld", "nt", "rdf")


@dataclass
class Visit:
    url: str
    status: int
    millis: float
    content_type: str
    body: bytes
    referrer: str
    first_millis: float | None = None  # the first fetch, when it was slow and was repeated


@dataclass
class Crawl:
    visits: dict[str, Visit] = field(default_factory=dict)
    broken: list[Visit] = field(default_factory=list)
    #: Every local URL linked from a page fetched (fetched or left out of the sample).
    seen: set[str] = field(default_factory=set)

    def slower_than(self, millis: float) -> list[Visit]:
        return [v for v in self.visits.values() if v.millis > millis]

    def pages(self) -> list[Visit]:
        """The HTML pages fetched."""
        return [v for v in self.visits.values() if "text/html" in v.content_type]

    def texts(self) -> list[tuple[str, str]]:
        """What every answer publishes: the text of HTML pages, the terms of RDF documents and dumps.

        RDF is parsed and only its IRIs and literals are kept: blank node
        labels are local to a document, not data, and random hex labels can
        look like a phone number.
        """
        out = []
        for v in self.visits.values():
            body = v.body
            if v.url.endswith(".gz") and body[:2] == b"\x1f\x8b":
                body = gzip.decompress(body)
            media = v.content_type.split(";")[0].strip()
            if media == "text/html":
                out.append((v.url, " ".join(lxml.html.fromstring(body).itertext())))
            elif v.url.endswith(".gz") or media in RDF_MEDIA:
                fmt = (
                    ox.RdfFormat.N_QUADS
                    if v.url.endswith(".nq.gz")
                    else RDF_MEDIA.get(media, ox.RdfFormat.TURTLE)
                )
                terms = []
                for quad in ox.parse(body, format=fmt):
                    for term in (quad.subject, quad.predicate, quad.object):
                        if not isinstance(term, ox.BlankNode):
                            terms.append(term.value)
                out.append((v.url, "\n".join(terms)))
            else:
                out.append((v.url, body.decode("utf-8", "replace")))
        return out


RDF_MEDIA = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


def normalise(url: str, *, keep_language: bool) -> str:
    url, _ = urldefrag(url)
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if not keep_language:
        query = [(k, v) for k, v in query if k != "hl"]
    return parts.path + ("?" + urlencode(query) if query else "")


def page_type(url: str) -> str:
    """What kind of page a URL is, for sampling: ``id/goal .html``, ``vocab/county .ttl``, ``/browse?county``.

    Resources under ``/id/`` and ``/vocab/`` are typed by their kind (the
    path's second segment) and format; any other page by its path and the
    names of its parameters (the values vary: a facet, a search, a query's IRI).
    """
    parts = urlsplit(url)
    segments = parts.path.strip("/").split("/")
    if segments[0] in ("id", "vocab") and len(segments) > 2:
        last = segments[-1]
        ext = last.rsplit(".", 1)[1] if "." in last and last.rsplit(".", 1)[1] in FORMATS else ""
        return f"{segments[0]}/{segments[1]} .{ext}"
    names = sorted({k for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    return parts.path + ("?" + "&".join(names) if names else "")


def links(html: bytes) -> list[tuple[str, bool]]:
    """(href, follow) of every <a> and <link> of a page."""
    doc = lxml.html.fromstring(html)
    out = []
    for tag in doc.iter("a", "link"):
        href = tag.get("href")
        if not href:
            continue
        rel = (tag.get("rel") or "").split()
        out.append((str(href), "nofollow" not in rel))
    return out


def sitemap_links(xml: bytes) -> list[tuple[str, bool]]:
    """The pages a sitemap lists, as local links (as a search engine reads them)."""
    out = []
    for loc in re.findall(rb"<loc>([^<]+)</loc>", xml):
        parts = urlsplit(loc.decode("utf-8").strip())
        out.append((parts.path + ("?" + parts.query if parts.query else ""), True))
    return out


def _quota(per_type: int | Callable[[str], int] | None) -> Callable[[str], int] | None:
    if per_type is None or callable(per_type):
        return per_type
    return lambda _kind: per_type


def crawl(
    fetch: Fetch,
    start: str | Sequence[str] = "/",
    *,
    keep_language: bool = False,
    limit: int = 20_000,
    repeat_slower_than: float | None = None,
    per_type: int | Callable[[str], int] | None = None,
    skip: Callable[[str], bool] | None = None,
) -> Crawl:
    """Visit every URL reachable from ``start`` (one URL or several; at most ``per_type`` of each
    :func:`page_type`: a number, or a function of the type).

    With ``repeat_slower_than`` a URL that took longer is fetched once more
    and the second time is kept (the first is kept as ``first_millis``):
    on a shared machine one slow answer may be another process's doing, or
    a cache filled once per data version; a page slow twice is slow.
    ``skip(url)`` leaves URLs out altogether (another language's crawl needs
    no Turtle).
    """
    starts = [start] if isinstance(start, str) else list(start)
    result = Crawl()
    queue: deque[tuple[str, str]] = deque((url, "") for url in starts)
    queued = set(starts)
    taken: Counter[str] = Counter(page_type(url) for url in starts)
    quota = _quota(per_type)
    while queue:
        url, referrer = queue.popleft()
        began = time.perf_counter()
        status, headers, body = fetch(url)
        millis = 1000 * (time.perf_counter() - began)
        first = None
        if repeat_slower_than is not None and millis > repeat_slower_than:
            first = millis
            began = time.perf_counter()
            status, headers, body = fetch(url)
            millis = 1000 * (time.perf_counter() - began)
        ctype = headers.get("Content-Type", "")
        visit = Visit(url, status, millis, ctype, body, referrer, first)
        result.visits[url] = visit
        if len(result.visits) > limit:
            raise AssertionError(f"more than {limit} URLs: the crawl does not end")
        if status >= 400:
            result.broken.append(visit)
            continue
        found: list[tuple[str, bool]] = []
        if 300 <= status < 400 and headers.get("Location"):
            found = [(headers["Location"], True)]
        elif "text/html" in ctype and not url.startswith(FOREIGN):
            found = links(body)
        elif urlsplit(url).path == "/sitemap.xml":
            found = sitemap_links(body)
        for href, follow in found:
            absolute = urljoin("http://local" + url, href)
            parts = urlsplit(absolute)
            if parts.netloc != "local" or not follow:
                continue
            target = normalise(
                parts.path + ("?" + parts.query if parts.query else ""), keep_language=keep_language
            )
            result.seen.add(target)
            if target in queued or (skip is not None and skip(target)):
                continue
            kind = page_type(target)
            if quota is not None and taken[kind] >= quota(kind):
                continue
            taken[kind] += 1
            queued.add(target)
            queue.append((target, url))
    return result
