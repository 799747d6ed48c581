"""The explorer's answers: nodes and edges for the page, each answer bounded.

Every method returns plain dicts ready for JSON. A node carries what the page
filters and draws by (kind, name in the chosen language, counties,
programmes, years); an edge its relation, dependency kind and the
hg:Dependency node it stands for. Sizes are capped at every step: a page of
neighbours, a cap on the nodes a walk (impact, dependencies, path) visits, and
the answer says when a cap was hit so the page can show a notice.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from hankegraafi.ontology import registry
from hankegraafi.queries import get as catalogue_query
from hankegraafi.server import i18n
from hankegraafi.server.explorer import sparql
from hankegraafi.server.explorer.vocab import (
    DEPENDENCY_KIND_PREFIX,
    RELATIONS,
    kind_of,
    local_key,
    name,
)
from hankegraafi.server.pages import labels
from hankegraafi.server.pages import search as label_search
from hankegraafi.server.pages.iris import Mapping
from hankegraafi.server.query import QueryService, Row

log = logging.getLogger(__name__)

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DIRECTIONS = ("out", "in", "both")


_CANONICAL_QUERY = "PREFIX prov: <http://www.w3.org/ns/prov#> SELECT ?c WHERE { ?this prov:specializationOf ?c } ORDER BY ?c LIMIT 1"


@dataclass(frozen=True)
class Limits:
    """How much one answer may hold (the page asks for more, a page at a time)."""

    page: int = 60  # neighbour edges per expansion
    max_page: int = 500
    walk_nodes: int = 300  # nodes an impact / dependency walk may reach
    walk_depth: int = 6
    path_depth: int = 6
    path_frontier_edges: int = 5000  # edges read per level of a path search
    max_paths: int = 12
    search_hits: int = 20
    rows: int = 10_000
    export_nodes: int = 2000


@dataclass
class Graph:
    """Nodes and edges collected for one answer (deduplicated)."""

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add_edge(
        self, source: str, target: str, rel: str, dep: str | None = None, kind: str | None = None
    ) -> str:
        key = edge_id(source, target, rel, dep)
        if key not in self.edges:
            self.edges[key] = {
                "id": key,
                "source": source,
                "target": target,
                "rel": rel,
                "depKind": kind or ("unspecified" if rel == "dependency" else None),
                "dependency": dep,
            }
        return key

    def payload(self) -> dict[str, Any]:
        return {"nodes": list(self.nodes.values()), "edges": list(self.edges.values())}


def edge_id(source: str, target: str, rel: str, dep: str | None) -> str:
    """A stable edge key: the dependency node when there is one, else the triple it stands for."""
    return dep if dep else f"{rel}|{source}|{target}"


def relation_pairs(relations: Iterable[str], direction: str) -> list[tuple[str, str]]:
    dirs = ("out", "in") if direction == "both" else (direction,)
    return [(rel, d) for rel in relations for d in dirs]


def _year(value: str) -> str | None:
    return value[:4] if len(value) >= 4 and value[:4].isdigit() else None


def local_name(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri.rstrip("/"):
            return iri.rstrip("/").rsplit(sep, 1)[-1]
    return iri


def term_name(iri: str, lang: str) -> str:
    """The name of a property or class in ``lang``: the ontology's or ``reused-labels.ttl``'s label
    (``ontology/registry.py``, the one fallback order), else the IRI's last part."""
    found = registry.label(iri, lang)
    return found.text if found else local_name(iri)


def _pick_label(labels: dict[str, str], lang: str, iri: str) -> str:
    """A label in ``lang``, else fi → en → sv (the one fallback order), else any, else the IRI's last part."""
    return i18n.pick(labels, lang) or local_name(iri)


def _lang(term: Identifier) -> str | None:
    """A literal's language tag (None for an IRI or a literal without one)."""
    return term.language if isinstance(term, Literal) else None


class Explorer:
    """Answers the explorer's questions on the server's :class:`QueryService`."""

    def __init__(self, backend: QueryService, *, base_iri: str, limits: Limits | None = None) -> None:
        self.backend = backend
        self.mapping = Mapping(base_iri)
        self.limits = limits or Limits()
        self._lock = threading.Lock()
        self._index: tuple[object, label_search.SearchIndex] | None = None

    # -- plumbing ------------------------------------------------------------------------------

    def select(self, text: str, bindings: dict[str, Any] | None = None) -> list[Row]:
        return self.backend.select(text, bindings, max_rows=self.limits.rows)

    def catalogue(self, query: str, params: dict[str, str]) -> list[Row]:
        """Rows of a catalogue query, its parameters checked and bound by the catalogue."""
        text, bindings = catalogue_query(query).bind(params)
        return self.backend.select(text, bindings, max_rows=self.limits.rows)

    @staticmethod
    def query_link(query: str, params: dict[str, str]) -> str:
        """Where the catalogue query behind a view can be run and read (the catalogue's own page)."""
        return f"/queries/{query}" + (f"?{urlencode(params)}" if params else "")

    def page_url(self, iri: str) -> str | None:
        return self.mapping.local_path(iri)

    # -- nodes ---------------------------------------------------------------------------------

    def describe(self, iris: Iterable[str], lang: str) -> dict[str, dict[str, Any]]:
        """The drawable description of each node (kind, name, counties, programmes, years)."""
        wanted = list(dict.fromkeys(iris))
        out: dict[str, dict[str, Any]] = {}
        for start in range(0, len(wanted), 400):
            chunk = wanted[start : start + 400]
            types: dict[str, set[str]] = defaultdict(set)
            labels: dict[str, dict[str, str]] = defaultdict(dict)
            regions: dict[str, set[str]] = defaultdict(set)
            programmes: dict[str, set[str]] = defaultdict(set)
            starts: dict[str, str] = {}
            ends: dict[str, str] = {}
            rows = self.select(sparql.details_query([URIRef(i) for i in chunk]))
            for row in rows:
                node = str(row["node"])
                if "type" in row:
                    types[node].add(str(row["type"]))
                if "label" in row:
                    label = row["label"]
                    labels[node].setdefault(_lang(label) or "", str(label))
                if "region" in row:
                    regions[node].add(str(row["region"]))
                if "programme" in row:
                    programmes[node].add(str(row["programme"]))
                if "start" in row:
                    starts[node] = min(starts.get(node, str(row["start"])), str(row["start"]))
                if "end" in row:
                    ends[node] = max(ends.get(node, str(row["end"])), str(row["end"]))
            for iri in chunk:
                kind = kind_of(types[iri])
                node_regions = sorted(regions[iri])
                if kind == "region":
                    node_regions = [iri]
                out[iri] = {
                    "id": iri,
                    "label": _pick_label(labels[iri], lang, iri),
                    "kind": kind,
                    "kindName": name(kind, lang),
                    "regions": node_regions,
                    "programmes": sorted(programmes[iri]),
                    "start": _year(starts.get(iri, "")),
                    "end": _year(ends.get(iri, "")),
                    "page": self.page_url(iri),
                    "known": bool(types[iri] or labels[iri]),
                }
        return out

    def fill(self, graph: Graph, lang: str) -> None:
        """Describe every node an edge of ``graph`` touches that is not described yet."""
        missing = [
            iri
            for edge in graph.edges.values()
            for iri in (edge["source"], edge["target"])
            if iri not in graph.nodes
        ]
        graph.nodes.update(self.describe(missing, lang))

    def edge_rows(
        self, focus: Sequence[str], pairs: Sequence[tuple[str, str]], limit: int, offset: int = 0
    ) -> list[Row]:
        return self.select(sparql.edges_query([URIRef(f) for f in focus], pairs, limit=limit, offset=offset))

    @staticmethod
    def add_rows(graph: Graph, rows: Iterable[Row]) -> list[str]:
        """Edges of ``rows`` into ``graph`` (oriented source → target); the neighbours reached."""
        reached: list[str] = []
        for row in rows:
            focus, other, rel = str(row["focus"]), str(row["other"]), str(row["rel"])
            dep = str(row["dep"]) if "dep" in row and isinstance(row["dep"], URIRef) else None
            kind = local_key(str(row["kind"]), DEPENDENCY_KIND_PREFIX) if "kind" in row else None
            source, target = (focus, other) if str(row["dir"]) == "out" else (other, focus)
            graph.add_edge(source, target, rel, dep, kind)
            reached.append(other)
        return reached

    # -- views ---------------------------------------------------------------------------------

    def start(self, iris: Sequence[str], lang: str) -> dict[str, Any]:
        """The first view: the given nodes, no neighbours yet."""
        graph = Graph()
        graph.nodes.update(self.describe(iris, lang))
        return graph.payload()

    def expand(
        self,
        iri: str,
        lang: str,
        *,
        direction: str = "both",
        relations: Sequence[str] = RELATIONS,
        offset: int = 0,
        limit: int | None = None,
    ) -> dict[str, Any]:
        """A page of a node's neighbours, with how many there are in all (counted up to a cap)."""
        size = min(limit or self.limits.page, self.limits.max_page)
        pairs = relation_pairs(relations, direction)
        graph = Graph()
        rows = self.edge_rows([iri], pairs, size + 1, offset)
        more = len(rows) > size
        self.add_rows(graph, rows[:size])
        count_cap = 1000  # past this a hub's exact size is not worth reading every edge for ("1000+")
        counted = self.select(sparql.count_query([URIRef(iri)], pairs, cap=count_cap))
        total = int(str(counted[0]["n"])) if counted and "n" in counted[0] else len(rows)
        graph.nodes.update(self.describe([iri], lang))
        self.fill(graph, lang)
        payload = graph.payload()
        payload.update(
            node=iri,
            offset=offset,
            limit=size,
            returned=len(graph.edges),
            total=total,
            totalCapped=total >= count_cap,
            more=more,
            nextOffset=offset + size if more else None,
        )
        return payload

    def search_index(self) -> label_search.SearchIndex:
        """The one search index: the pages' (in the app), else one of the explorer's own, per data version."""
        from flask import current_app

        from hankegraafi.server.pages.access import EXTENSION, VERSION_QUERY

        if EXTENSION in current_app.extensions:
            from hankegraafi.server.pages.routes import search_index

            return search_index()
        rows = self.select(VERSION_QUERY)
        version = (
            self.backend.generation,
            tuple(sorted((k, str(v)) for k, v in rows[0].items())) if rows else (),
        )
        with self._lock:
            if self._index is not None and self._index[0] == version:
                return self._index[1]
        index = label_search.build(labels.build(self.backend, person_names=False))
        with self._lock:
            self._index = (version, index)
        return index

    def search(self, text: str, lang: str) -> dict[str, Any]:
        """Nodes of the kinds the explorer draws whose names match every word of ``text`` (the one search)."""
        groups = label_search.query_forms(text)
        if not groups:
            return {"query": text, "forms": [], "hits": []}
        found = self.search_index().search(text, types=sparql.SEARCH_CLASSES, limit=400)
        best = {hit.iri: (hit.score, hit.label) for hit in found}
        kind_rank = {
            "service": 0,
            "organisation": 1,
            "project": 2,
            "investment": 3,
            "region": 4,
            "programme": 5,
        }
        # Only hits that can be among those shown are described: the hits' (rank, kind) up to the
        # shown-th smallest (the kind from the index's types, as describe reads them; names order
        # only within one (rank, kind)). A common word had described all 400 for 20 shown.
        rank = {hit.iri: (hit.score, kind_rank.get(kind_of(set(hit.types)), 9)) for hit in found}
        shown = self.limits.search_hits
        cut = sorted(rank.values())[shown - 1] if 0 < shown <= len(rank) else None
        described = self.describe([iri for iri in best if cut is None or rank[iri] <= cut], lang)
        hits = sorted(
            described.values(),
            key=lambda n: (best[n["id"]][0], kind_rank.get(n["kind"], 9), len(n["label"]), n["label"]),
        )[: self.limits.search_hits]
        for hit in hits:
            hit["matched"] = best[hit["id"]][1]
        return {"query": text, "forms": groups, "hits": hits, "more": len(best) > len(hits)}

    def facts(self, iri: str, lang: str) -> dict[str, Any]:
        """The side panel of a node: its description, key facts and where to read more."""
        node = self.describe([iri], lang)[iri]
        grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
        labels: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
        for row in self.select(sparql.facts_query(URIRef(iri))):
            prop, obj = str(row["p"]), row["o"]
            key = (prop, str(obj))
            if "oLabel" in row:
                labels[key].setdefault(_lang(row["oLabel"]) or "", str(row["oLabel"]))
            if not any(v["value"] == str(obj) for v in grouped[prop]):
                grouped[prop].append({"value": str(obj), "iri": isinstance(obj, URIRef), "lang": _lang(obj)})
        facts = []
        for prop in sparql.FACT_PROPERTIES:
            values = grouped.get(prop, [])
            # One language of a text where several are given.
            texts = [v for v in values if not v["iri"]]
            langs = {v["lang"] for v in texts}
            if len(langs) > 1:
                keep = next((c for c in (lang, *registry.FALLBACK) if c in langs), None)
                values = [v for v in values if v["iri"] or v["lang"] == keep]
            for v in values:
                # ``property`` stays the key scripts match on; the page shows ``propertyLabel``.
                entry = {
                    "property": local_name(prop),
                    "propertyLabel": term_name(prop, lang),
                    "value": v["value"],
                }
                if v["iri"]:
                    entry["label"] = _pick_label(labels[(prop, v["value"])], lang, v["value"])
                    entry["page"] = self.page_url(v["value"])
                    entry["iri"] = v["value"]
                facts.append(entry)
        queries = []
        if node["kind"] in ("project", "investment"):
            queries.append(("project-card", {"project": iri, "lang": lang}))
            queries.append(("dependencies-of", {"project": iri, "lang": lang}))
            # Time and disagreement: every document's statements, and the conflicts of the
            # canonical project this node is a document's record of (if matched).
            queries.append(("project-history", {"project": iri}))
            canonical = self.select(_CANONICAL_QUERY, {"this": URIRef(iri)})
            if canonical:
                queries.append(("conflicts", {"project": str(canonical[0]["c"]), "lang": lang}))
        queries.append(("dependents-of", {"node": iri, "lang": lang}))
        if node["kind"] in ("service", "organisation"):
            queries.append(("regions-depending-on", {"node": iri, "lang": lang}))
        node["facts"] = facts
        node["queries"] = [{"name": q, "href": self.query_link(q, p)} for q, p in queries]
        return node

    def dependency(self, iri: str, lang: str) -> dict[str, Any]:
        """The side panel of a dependency: its kind, description and source quotes."""
        rows = self.select(sparql.dependency_query(URIRef(iri)))
        if not rows:
            return {"id": iri, "found": False, "page": self.page_url(iri)}
        first = rows[0]
        kind_iri = str(first["kind"]) if "kind" in first else None
        kind = local_key(kind_iri, DEPENDENCY_KIND_PREFIX) if kind_iri else None
        descriptions: dict[str, str] = {}
        quotes: list[dict[str, Any]] = []
        for row in rows:
            if "description" in row:
                descriptions.setdefault(_lang(row["description"]) or "", str(row["description"]))
            if "quote" in row:
                quote = {
                    "text": str(row["quote"]),
                    "firstLine": int(str(row["first"])) if "first" in row else None,
                    "lastLine": int(str(row["last"])) if "last" in row else None,
                    "document": str(row["document"]) if "document" in row else None,
                    "documentTitle": str(row["docTitle"]) if "docTitle" in row else None,
                    "fileName": str(row["fileName"]) if "fileName" in row else None,
                }
                if quote["document"]:
                    quote["documentPage"] = self.page_url(str(quote["document"]))
                if quote not in quotes:
                    quotes.append(quote)
        ends = self.describe([str(first["dependent"]), str(first["target"])], lang)
        return {
            "id": iri,
            "found": True,
            "page": self.page_url(iri),
            "kind": kind or "unspecified",
            "kindName": name(kind or "unspecified", lang),
            "description": _pick_label(descriptions, lang, "") if descriptions else None,
            "quotes": quotes,
            "dependent": ends[str(first["dependent"])],
            "target": ends[str(first["target"])],
        }
