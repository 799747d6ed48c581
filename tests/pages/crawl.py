"""A small crawler: follows every local link from a start page and times each answer.

It fetches with any ``fetch(url) -> (status, headers, body)`` (the Flask test
client in process, or ``requests`` against a real server). Pages of the
pages blueprint are parsed for links (``<a href>``, ``<link href>``, form
actions are not followed; ``rel="nofollow"`` links are skipped, as search
engines do on faceted navigation); other local URLs (the SPARQL endpoint,
the explorer) are fetched once and checked, not crawled.
"""

from __future__ import annotations

import gzip
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urldefrag, urlencode, urljoin, urlsplit

import pyoxigraph as ox
from bs4 import BeautifulSoup

Fetch = Callable[[str], tuple[int, dict[str, str], bytes]]

#: Paths answered by other blueprints: checked, not crawled.
FOREIGN = ("/sparql", "/queries", "/editor", "/explorer", "/static/", "/ingest", "/update", "/graph-store")


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

    def slower_than(self, millis: float) -> list[Visit]:
        return [v for v in self.visits.values() if v.millis > millis]

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
                out.append((v.url, BeautifulSoup(body, "html.parser").get_text(" ")))
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


def links(html: bytes) -> list[tuple[str, bool]]:
    """(href, follow) of every <a> and <link> of a page."""
    soup = BeautifulSoup(html, "html.parser")
    out = []
    for tag in soup.find_all(["a", "link"]):
        href = tag.get("href")
        if not href:
            continue
        rel = tag.get("rel") or []
        out.append((str(href), "nofollow" not in rel))
    return out


def crawl(
    fetch: Fetch,
    start: str = "/",
    *,
    keep_language: bool = False,
    limit: int = 20_000,
    repeat_slower_than: float | None = None,
) -> Crawl:
    """Visit every URL reachable from ``start``.

    With ``repeat_slower_than`` a URL that took longer is fetched once more
    and the second time is kept (the first is kept as ``first_millis``):
    on a shared machine one slow answer may be another process's doing, or
    a cache filled once per data version; a page slow twice is slow.
    """
    result = Crawl()
    queue: deque[tuple[str, str]] = deque([(start, "")])
    seen = {start}
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
        for href, follow in found:
            absolute = urljoin("http://local" + url, href)
            parts = urlsplit(absolute)
            if parts.netloc != "local" or not follow:
                continue
            target = normalise(
                parts.path + ("?" + parts.query if parts.query else ""), keep_language=keep_language
            )
            if target not in seen:
                seen.add(target)
                queue.append((target, url))
    return result
