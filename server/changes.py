"""``/changes.atom``: an Atom feed (RFC 4287) of documents added, replaced or removed, with their projects.

A journalist or a ministry subscribes to it to follow what changed. The
entries come from the change log graph the pipeline writes
(:mod:`hankegraafi.ingest.changelog`); documents of the catalogue that have no
event there (stored before the log began) are given as added at their ingest
time. Newest first, at most :data:`MAX_ENTRIES`. Titles in the page language
(``?hl=fi|sv|en``, as on the pages).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from flask import Blueprint, Response, request, url_for
from rdflib import Literal, URIRef

from hankegraafi.ingest.changelog import action_of, changes_graph
from hankegraafi.ontology.namespaces import catalogue_graph
from hankegraafi.server import i18n
from hankegraafi.server.pages.published import local_url
from hankegraafi.server.query import QueryService
from hankegraafi.server.runtime import services

bp = Blueprint("changes", __name__)

ATOM = "http://www.w3.org/2005/Atom"
MEDIA_TYPE = "application/atom+xml"
MAX_ENTRIES = 200


@dataclass
class Entry:
    """One change: what happened to which document graph, when, and the projects it named."""

    id: str
    action: str
    at: datetime
    graph: str
    file_name: str
    document: str | None = None
    projects: dict[str, str] = field(default_factory=dict)


def _events_query(base: str) -> str:
    return f"""
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?e ?type ?at ?graph ?doc ?file ?project ?label WHERE {{
  {{ SELECT ?e ?at WHERE {{ GRAPH <{changes_graph(base)}> {{ ?e a prov:Activity ; prov:endedAtTime ?at }} }}
     ORDER BY DESC(?at) LIMIT {MAX_ENTRIES} }}
  GRAPH <{changes_graph(base)}> {{
    ?e dct:type ?type ; prov:used ?graph .
    OPTIONAL {{ ?e dct:source ?doc }} OPTIONAL {{ ?e hg:fileName ?file }}
    OPTIONAL {{ ?e dct:subject ?project OPTIONAL {{ ?project rdfs:label ?label }} }}
  }}
}}"""


def _unlogged_query(base: str) -> str:
    """Stored documents with no event in the log (ingested before it began): given as added."""
    return f"""
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?graph ?at ?doc ?file ?project ?label WHERE {{
  GRAPH <{catalogue_graph(base)}> {{
    ?graph a hg:DocumentGraph ; prov:generatedAtTime ?at ; hg:fileName ?file .
    OPTIONAL {{ ?graph dct:source ?doc }}
  }}
  FILTER(STRSTARTS(STR(?graph), "{base}graph/"))
  FILTER NOT EXISTS {{ GRAPH <{changes_graph(base)}> {{ ?e prov:used ?graph }} }}
  OPTIONAL {{ GRAPH ?graph {{ ?project a ?class VALUES ?class {{ hg:Project hg:Investment hg:SubProject }}
    OPTIONAL {{ ?project rdfs:label ?label }} }} }}
}}"""


def _time(value: object) -> datetime:
    if isinstance(value, Literal):
        parsed = value.toPython()
        if isinstance(parsed, datetime):
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return datetime.fromtimestamp(0, UTC)


def _label(entry: Entry, row: Mapping[str, object]) -> None:
    project = row.get("project")
    if not isinstance(project, URIRef):
        return
    label = row.get("label")
    if isinstance(label, Literal):
        # One name per project: Finnish first (the documents' language), else any.
        if project not in entry.projects or label.language == "fi":
            entry.projects[str(project)] = str(label)
    else:
        entry.projects.setdefault(str(project), str(project).rstrip("/").rsplit("/", 1)[-1])


def entries(data: QueryService, base: str) -> list[Entry]:
    """The newest changes first: the log's events and the catalogue's unlogged documents."""
    found: dict[str, Entry] = {}
    for row in data.select(_events_query(base), max_rows=MAX_ENTRIES * 50):
        key = str(row["e"])
        entry = found.get(key)
        if entry is None:
            graph = str(row["graph"])
            entry = found[key] = Entry(
                id=key,
                action=action_of(row["type"]),
                at=_time(row.get("at")),
                graph=graph,
                file_name=str(row.get("file") or graph.rsplit("/", 1)[-1]),
                document=str(row["doc"]) if row.get("doc") is not None else None,
            )
        _label(entry, row)
    for row in data.select(_unlogged_query(base), max_rows=MAX_ENTRIES * 50):
        graph = str(row["graph"])
        key = f"{graph}#stored"
        entry = found.get(key)
        if entry is None:
            entry = found[key] = Entry(
                id=key,
                action="added",
                at=_time(row.get("at")),
                graph=graph,
                file_name=str(row.get("file") or graph.rsplit("/", 1)[-1]),
                document=str(row["doc"]) if row.get("doc") is not None else None,
            )
        _label(entry, row)
    return sorted(found.values(), key=lambda e: (e.at, e.id), reverse=True)[:MAX_ENTRIES]


def _link(iri: str, base: str) -> str:
    """The page on this server for an IRI it mints, else the IRI itself."""
    path = local_url(iri, base)
    return request.host_url.rstrip("/") + path if path else iri


def atom(items: list[Entry], base: str, lang: str) -> bytes:
    """The feed as Atom XML (written with ElementTree, so every text is escaped)."""
    ET.register_namespace("", ATOM)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            el.text = text
        return el

    def say(key: str) -> str:
        return i18n.translate(f"changes.{key}", lang)

    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": lang})
    self_url = url_for("changes.feed", _external=True)
    sub(feed, "id", self_url)
    sub(feed, "title", say("title"))
    sub(feed, "subtitle", say("subtitle"))
    newest = items[0].at if items else datetime.now(UTC)
    sub(feed, "updated", newest.isoformat())
    author = sub(feed, "author")
    sub(author, "name", "Hankegraafi")
    sub(feed, "link", rel="self", type=MEDIA_TYPE, href=self_url)
    sub(feed, "link", rel="alternate", type="text/html", href=request.host_url)
    sub(feed, "generator", "hankegraafi")
    for item in items:
        entry = sub(feed, "entry")
        sub(entry, "id", item.id)
        sub(entry, "title", f"{say(item.action)}: {item.file_name}")
        sub(entry, "updated", item.at.isoformat())
        sub(entry, "category", term=item.action, label=say(item.action))
        if item.document and item.action != "removed":
            sub(entry, "link", rel="alternate", type="text/html", href=_link(item.document, base))
        for iri in sorted(item.projects, key=lambda i: item.projects[i].casefold()):
            sub(entry, "link", rel="related", type="text/html", href=_link(iri, base), title=item.projects[iri])
        names = ", ".join(sorted(item.projects.values(), key=str.casefold))
        summary = f"{say('projects')}: {names}" if names else say("no-projects")
        # Content, so that an entry of a removed document (no page to link to) is valid Atom too.
        sub(entry, "content", summary, type="text")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(
        feed, encoding="utf-8", xml_declaration=False
    )


@bp.get("/changes.atom")
def feed() -> Response:
    """What changed, newest first, as Atom."""
    svc = services()
    base = str(svc.config.base_iri)
    lang = i18n.current_lang()
    body = atom(entries(QueryService.of_services(svc), base), base, lang)
    response = Response(body, content_type=f"{MEDIA_TYPE}; charset=utf-8")
    response.vary.add("Accept-Language")
    return response
