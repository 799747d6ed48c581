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
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlencode

from rdflib import Literal, URIRef

from hankegraafi.queries import get as catalogue_query
from hankegraafi.server.explorer import search as label_search
from hankegraafi.server.explorer import sparql
from hankegraafi.server.explorer.backend import Backend, Row, Term
from hankegraafi.server.explorer.vocab import (
    DEPENDENCY_KIND_PREFIX,
    LIGHT_DIMENSION_PREFIX,
    PATH_RELATIONS,
    RELATIONS,
    kind_of,
    local_key,
    name,
)
from hankegraafi.server.pages.iris import Mapping

log = logging.getLogger(__name__)

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DIRECTIONS = ("out", "in", "both")
LANG_FALLBACK = ("fi", "en", "sv")


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


def _pairs(relations: Iterable[str], direction: str) -> list[tuple[str, str]]:
    dirs = ("out", "in") if direction == "both" else (direction,)
    return [(rel, d) for rel in relations for d in dirs]


def _year(value: str) -> str | None:
    return value[:4] if len(value) >= 4 and value[:4].isdigit() else None


def _local_name(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri.rstrip("/"):
            return iri.rstrip("/").rsplit(sep, 1)[-1]
    return iri


def _pick_label(labels: dict[str, str], lang: str, iri: str) -> str:
    for candidate in (lang, *LANG_FALLBACK, ""):
        if labels.get(candidate):
            return labels[candidate]
    return next(iter(labels.values()), None) or _local_name(iri)


def _decimal(term: Term | None) -> float | None:
    if term is None:
        return None
    try:
        return float(Decimal(term.value))
    except (InvalidOperation, ValueError):
        return None


class Explorer:
    """Answers the explorer's questions on a :class:`Backend`."""

    def __init__(self, backend: Backend, *, base_iri: str, limits: Limits | None = None) -> None:
        self.backend = backend
        self.mapping = Mapping(base_iri)
        self.limits = limits or Limits()

    # -- plumbing ------------------------------------------------------------------------------

    def _select(self, text: str, bindings: dict[str, Any] | None = None) -> list[Row]:
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
            rows = self._select(sparql.details_query([URIRef(i) for i in chunk]))
            for row in rows:
                node = row["node"].value
                if "type" in row:
                    types[node].add(row["type"].value)
                if "label" in row:
                    label = row["label"]
                    labels[node].setdefault(label.lang or "", label.value)
                if "region" in row:
                    regions[node].add(row["region"].value)
                if "programme" in row:
                    programmes[node].add(row["programme"].value)
                if "start" in row:
                    starts[node] = min(starts.get(node, row["start"].value), row["start"].value)
                if "end" in row:
                    ends[node] = max(ends.get(node, row["end"].value), row["end"].value)
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

    def _fill(self, graph: Graph, lang: str) -> None:
        """Describe every node an edge of ``graph`` touches that is not described yet."""
        missing = [
            iri
            for edge in graph.edges.values()
            for iri in (edge["source"], edge["target"])
            if iri not in graph.nodes
        ]
        graph.nodes.update(self.describe(missing, lang))

    def _edge_rows(
        self, focus: Sequence[str], pairs: Sequence[tuple[str, str]], limit: int, offset: int = 0
    ) -> list[Row]:
        return self._select(sparql.edges_query([URIRef(f) for f in focus], pairs, limit=limit, offset=offset))

    @staticmethod
    def _add_rows(graph: Graph, rows: Iterable[Row]) -> list[str]:
        """Edges of ``rows`` into ``graph`` (oriented source → target); the neighbours reached."""
        reached: list[str] = []
        for row in rows:
            focus, other, rel = row["focus"].value, row["other"].value, row["rel"].value
            dep = row["dep"].value if "dep" in row and row["dep"].is_iri else None
            kind = local_key(row["kind"].value, DEPENDENCY_KIND_PREFIX) if "kind" in row else None
            source, target = (focus, other) if row["dir"].value == "out" else (other, focus)
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
        pairs = _pairs(relations, direction)
        graph = Graph()
        rows = self._edge_rows([iri], pairs, size + 1, offset)
        more = len(rows) > size
        self._add_rows(graph, rows[:size])
        count_cap = 1000  # past this a hub's exact size is not worth reading every edge for ("1000+")
        counted = self._select(sparql.count_query([URIRef(iri)], pairs, cap=count_cap))
        total = int(counted[0]["n"].value) if counted and "n" in counted[0] else len(rows)
        graph.nodes.update(self.describe([iri], lang))
        self._fill(graph, lang)
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

    def search(self, text: str, lang: str) -> dict[str, Any]:
        """Nodes whose names contain every word of ``text`` in some inflected or base form."""
        groups = label_search.word_forms(text)
        if not groups:
            return {"query": text, "forms": [], "hits": []}
        tests = label_search.needles(groups)
        variables: list[list[str]] = []
        bindings: dict[str, Any] = {}
        for w, group in enumerate(tests):
            names = []
            for c, form in enumerate(group):
                var = f"w{w}c{c}"
                bindings[var] = Literal(form)
                names.append(var)
            variables.append(names)
        rows = self._select(sparql.search_query(variables, limit=400), bindings)
        best: dict[str, tuple[int, str]] = {}
        for row in rows:
            node, matched = row["node"].value, row["name"].value
            rank = label_search.score(matched, groups)
            if node not in best or rank < best[node][0]:
                best[node] = (rank, matched)
        described = self.describe(best, lang)
        kind_rank = {
            "service": 0,
            "organisation": 1,
            "project": 2,
            "investment": 3,
            "region": 4,
            "programme": 5,
        }
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
        for row in self._select(sparql.facts_query(URIRef(iri))):
            prop, obj = row["p"].value, row["o"]
            key = (prop, obj.value)
            if "oLabel" in row:
                labels[key].setdefault(row["oLabel"].lang or "", row["oLabel"].value)
            if not any(v["value"] == obj.value for v in grouped[prop]):
                grouped[prop].append({"value": obj.value, "iri": obj.is_iri, "lang": obj.lang})
        facts = []
        for prop in sparql.FACT_PROPERTIES:
            values = grouped.get(prop, [])
            # One language of a text where several are given.
            texts = [v for v in values if not v["iri"]]
            langs = {v["lang"] for v in texts}
            if len(langs) > 1:
                keep = next((c for c in (lang, *LANG_FALLBACK) if c in langs), None)
                values = [v for v in values if v["iri"] or v["lang"] == keep]
            for v in values:
                entry = {"property": _local_name(prop), "value": v["value"]}
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
            canonical = self._select(_CANONICAL_QUERY, {"this": URIRef(iri)})
            if canonical:
                queries.append(("conflicts", {"project": canonical[0]["c"].value, "lang": lang}))
        queries.append(("dependents-of", {"node": iri, "lang": lang}))
        if node["kind"] in ("service", "organisation"):
            queries.append(("regions-depending-on", {"node": iri, "lang": lang}))
        node["facts"] = facts
        node["queries"] = [{"name": q, "href": self.query_link(q, p)} for q, p in queries]
        return node

    def dependency(self, iri: str, lang: str) -> dict[str, Any]:
        """The side panel of a dependency: its kind, description and source quotes."""
        rows = self._select(sparql.dependency_query(URIRef(iri)))
        if not rows:
            return {"id": iri, "found": False, "page": self.page_url(iri)}
        first = rows[0]
        kind_iri = first["kind"].value if "kind" in first else None
        kind = local_key(kind_iri, DEPENDENCY_KIND_PREFIX) if kind_iri else None
        descriptions: dict[str, str] = {}
        quotes: list[dict[str, Any]] = []
        for row in rows:
            if "description" in row:
                descriptions.setdefault(row["description"].lang or "", row["description"].value)
            if "quote" in row:
                quote = {
                    "text": row["quote"].value,
                    "firstLine": int(row["first"].value) if "first" in row else None,
                    "lastLine": int(row["last"].value) if "last" in row else None,
                    "document": row["document"].value if "document" in row else None,
                    "documentTitle": row["docTitle"].value if "docTitle" in row else None,
                    "fileName": row["fileName"].value if "fileName" in row else None,
                }
                if quote["document"]:
                    quote["documentPage"] = self.page_url(quote["document"])
                if quote not in quotes:
                    quotes.append(quote)
        ends = self.describe([first["dependent"].value, first["target"].value], lang)
        return {
            "id": iri,
            "found": True,
            "page": self.page_url(iri),
            "kind": kind or "unspecified",
            "kindName": name(kind or "unspecified", lang),
            "description": _pick_label(descriptions, lang, "") if descriptions else None,
            "quotes": quotes,
            "dependent": ends[first["dependent"].value],
            "target": ends[first["target"].value],
        }

    # -- walks ---------------------------------------------------------------------------------

    def _walk(
        self, seeds: Sequence[str], pairs: Sequence[tuple[str, str]], graph: Graph, depth: int | None = None
    ) -> tuple[dict[str, int], bool]:
        """Breadth-first over ``pairs`` from ``seeds``; levels of the nodes reached, and whether a cap cut it."""
        level = {s: 0 for s in seeds}
        frontier = list(seeds)
        cut = False
        for step in range(1, (depth or self.limits.walk_depth) + 1):
            if not frontier:
                break
            room = self.limits.walk_nodes - len(level)
            if room <= 0:
                cut = True
                break
            # A page big enough for the room left, plus one to see whether there was more.
            rows = self._edge_rows(frontier, pairs, limit=max(room, 1) * 4 + 1)
            if len(rows) > max(room, 1) * 4:
                cut = True
            next_frontier: list[str] = []
            for row in rows:
                other = row["other"].value
                if other not in level:
                    if len(level) >= self.limits.walk_nodes:
                        cut = True
                        continue
                    level[other] = step
                    next_frontier.append(other)
                self._add_rows(graph, [row])
            frontier = next_frontier
        else:
            cut = cut or bool(frontier)
        # Edges to nodes the cap left out are dropped, so that every edge has both ends.
        for key in [k for k, e in graph.edges.items() if e["source"] not in level or e["target"] not in level]:
            del graph.edges[key]
        return level, cut

    def dependencies(self, iri: str, lang: str) -> dict[str, Any]:
        """Everything a project (and its parts) depends on, transitively."""
        graph = Graph()
        # The first level is the catalogue's (it includes the project's parts).
        direct = self.catalogue("dependencies-of", {"project": iri, "lang": lang})
        seeds = {iri}
        for row in direct:
            dependent = row["dependent"].value
            if dependent != iri:
                graph.add_edge(dependent, iri, "partof")
                seeds.add(dependent)
        pairs = [("dependency", "out"), ("partof", "in")]
        level, cut = self._walk(sorted(seeds, key=lambda s: s != iri), pairs, graph)
        graph.nodes.update(self.describe(level, lang))
        depends = sorted(n for n in level if n not in seeds)
        payload = graph.payload()
        payload.update(
            mode="deps",
            node=iri,
            dependsOn=depends,
            levels=level,
            truncated=cut,
            query=self.query_link("dependencies-of", {"project": iri, "lang": lang}),
        )
        return payload

    def impact(self, iri: str, lang: str) -> dict[str, Any]:
        """Everything that depends on a service or organisation, transitively, and the counties affected."""
        graph = Graph()
        seeds = [iri]
        for row in self._select(sparql.developed_by_query(URIRef(iri))):
            service = row["service"].value
            graph.add_edge(service, iri, "developer")
            seeds.append(service)
        # Who depends on the affected, and the wholes the affected parts belong to.
        pairs = [("dependency", "in"), ("partof", "out")]
        level, cut = self._walk(seeds, pairs, graph)
        # The counties: the catalogue's answer for the direct dependents, and the
        # counties of everything reached further on.
        regions: set[str] = set()
        direct = self.catalogue("regions-depending-on", {"node": iri, "lang": lang})
        for row in direct:
            regions.add(row["region"].value)
        described = self.describe(level, lang)
        for node_iri, node in described.items():
            if node_iri in seeds or node["kind"] not in ("project", "investment"):
                continue
            for region in node["regions"]:
                regions.add(region)
        graph.nodes.update(described)
        for node_iri, node in described.items():
            if node_iri in seeds:
                continue
            for region in node["regions"]:
                if region != node_iri and region in regions and node["kind"] in ("project", "investment"):
                    graph.add_edge(node_iri, region, "region")
        self._fill(graph, lang)
        payload = graph.payload()
        payload.update(
            mode="impact",
            node=iri,
            affected=sorted(n for n in level if n not in seeds),
            regions=sorted(regions),
            directRegions=sorted({row["region"].value for row in direct}),
            truncated=cut,
            query=self.query_link("regions-depending-on", {"node": iri, "lang": lang}),
        )
        return payload

    def path(self, a: str, b: str, lang: str, *, relations: Sequence[str] = PATH_RELATIONS) -> dict[str, Any]:
        """The shortest paths between two nodes over ``relations`` (either direction), and directed chains.

        A bidirectional breadth-first search: each side keeps every parent of
        a node at its distance, so all shortest paths (up to a cap) come out.
        The catalogue's ``dependency-path`` adds the directed dependency chains.
        """
        graph = Graph()
        pairs = _pairs(relations, "both")
        sides = {a: {a: 0}, b: {b: 0}}
        parents: dict[str, dict[str, list[tuple[str, str]]]] = {a: defaultdict(list), b: defaultdict(list)}
        frontiers = {a: [a], b: [b]}
        meet: set[str] = {a} if a == b else set()
        cut = False
        edge_rows: dict[str, Row] = {}
        depth = 0
        while not meet and depth < self.limits.path_depth and frontiers[a] and frontiers[b]:
            side = a if len(frontiers[a]) <= len(frontiers[b]) else b
            other_side = b if side == a else a
            dist = sides[side]
            rows = self._edge_rows(frontiers[side], pairs, limit=self.limits.path_frontier_edges + 1)
            if len(rows) > self.limits.path_frontier_edges:
                cut = True
                rows = rows[: self.limits.path_frontier_edges]
            next_frontier: list[str] = []
            level = dist[frontiers[side][0]] + 1
            for row in rows:
                focus, other = row["focus"].value, row["other"].value
                key = edge_id(
                    *((focus, other) if row["dir"].value == "out" else (other, focus)),
                    row["rel"].value,
                    row["dep"].value if "dep" in row and row["dep"].is_iri else None,
                )
                edge_rows[key] = row
                if other not in dist:
                    dist[other] = level
                    next_frontier.append(other)
                if dist[other] == level:
                    parents[side][other].append((focus, key))
                    if other in sides[other_side]:
                        meet.add(other)
            frontiers[side] = next_frontier
            depth += 1
        paths: list[list[str]] = []  # alternating node, edge, node, …
        if meet:
            total = min(sides[a][m] + sides[b][m] for m in meet)
            for m in sorted(meet):
                if sides[a][m] + sides[b][m] != total:
                    continue
                for left in self._trace(parents[a], m, a):
                    for right in self._trace(parents[b], m, b):
                        paths.append(left + list(reversed(right))[1:])
                        if len(paths) >= self.limits.max_paths:
                            break
        on_path: set[str] = set()
        for p in paths[: self.limits.max_paths]:
            on_path.update(p)
        self._add_rows(graph, [row for key, row in edge_rows.items() if key in on_path])
        chains = self._chains(a, b, lang) + self._chains(b, a, lang)
        graph.nodes.update(self.describe({a, b, *(n for p in paths for n in p[::2])}, lang))
        self._fill(graph, lang)
        payload = graph.payload()
        payload.update(
            mode="path",
            a=a,
            b=b,
            paths=[{"nodes": p[::2], "edges": p[1::2]} for p in paths[: self.limits.max_paths]],
            length=(len(paths[0]) // 2) if paths else None,
            chains=chains,
            truncated=cut,
            found=bool(paths),
            query=self.query_link("dependency-path", {"from": a, "to": b, "lang": lang}),
        )
        return payload

    def _trace(self, parents: dict[str, list[tuple[str, str]]], node: str, root: str) -> list[list[str]]:
        """Every path root → node through ``parents`` (as node, edge, node, … lists), a bounded number."""
        if node == root:
            return [[root]]
        out: list[list[str]] = []
        for parent, edge in parents.get(node, []):
            for prefix in self._trace(parents, parent, root):
                out.append([*prefix, edge, node])
                if len(out) >= self.limits.max_paths:
                    return out
        return out

    def _chains(self, a: str, b: str, lang: str) -> list[dict[str, Any]]:
        """Directed dependency chains a → … → b from the catalogue's ``dependency-path``."""
        chains = []
        for row in self.catalogue("dependency-path", {"from": a, "to": b, "lang": lang}):
            steps = [row[f"step{i}"].value for i in (1, 2, 3) if f"step{i}" in row]
            chains.append({"hops": int(row["hops"].value), "nodes": [a, *steps, b]})
        return chains

    def shared(self, region1: str, region2: str, lang: str) -> dict[str, Any]:
        """What projects of two counties both depend on, with the projects of each county that do."""
        graph = Graph()
        rows = self.catalogue("shared-dependencies", {"region1": region1, "region2": region2, "lang": lang})
        targets = [row["target"].value for row in rows]
        cap = 25
        counts = {
            row["target"].value: {
                "projects1": int(row["projects1"].value),
                "projects2": int(row["projects2"].value),
            }
            for row in rows
        }
        # The projects behind the counts: one batched query over the shared targets
        # (the catalogue's dependents-of once per target is many round trips on a big graph).
        rows = self._edge_rows(targets[:cap], [("dependency", "in")], limit=self.limits.path_frontier_edges)
        dependents = self.describe({row["other"].value for row in rows}, lang)
        for row in rows:
            project = dependents[row["other"].value]
            for region in project["regions"]:
                if region in (region1, region2):
                    self._add_rows(graph, [row])
                    graph.add_edge(project["id"], region, "region")
        ends = {iri for e in graph.edges.values() for iri in (e["source"], e["target"])}
        graph.nodes.update({k: v for k, v in dependents.items() if k in ends})
        graph.nodes.update(self.describe({region1, region2, *targets[:cap]}, lang))
        self._fill(graph, lang)
        payload = graph.payload()
        payload.update(
            mode="shared",
            a=region1,
            b=region2,
            shared=targets[:cap],
            counts=counts,
            truncated=len(targets) > cap,
            regions=[region1, region2],
            query=self.query_link(
                "shared-dependencies", {"region1": region1, "region2": region2, "lang": lang}
            ),
        )
        return payload

    # -- cross-region views --------------------------------------------------------------------

    def budget_chart(self, lang: str) -> dict[str, Any]:
        """Budget against actual per county and investment, from ``budget-by-region``.

        Only comparable figures are added: each investment's latest cumulative statement (its
        totals as of its latest report), never its annual or period tables beside them, and
        never two reports' cumulative figures of one investment.
        """
        params = {"lang": lang, "kind": "cumulative"}
        rows = self.catalogue("budget-by-region", params)
        counties: dict[str, dict[str, Any]] = {}
        for row in rows:
            region = row["region"].value
            county = counties.setdefault(
                region,
                {
                    "id": region,
                    "label": row["regionLabel"].value if "regionLabel" in row else _local_name(region),
                    "budget": 0.0,
                    "actual": 0.0,
                    "projects": {},
                },
            )
            project = row["project"].value
            entry = county["projects"].setdefault(
                project,
                {
                    "id": project,
                    "label": row["projectLabel"].value if "projectLabel" in row else _local_name(project),
                    "budget": 0.0,
                    "actual": 0.0,
                    "asOf": row["asOfDate"].value if "asOfDate" in row else None,
                    "document": row["document"].value if "document" in row else None,
                },
            )
            budget, actual = _decimal(row.get("budget")) or 0.0, _decimal(row.get("actual")) or 0.0
            entry["budget"] += budget
            entry["actual"] += actual
        for county in counties.values():
            projects = list(county["projects"].values())
            county["budget"] = sum(p["budget"] for p in projects)
            county["actual"] = sum(p["actual"] for p in projects)
            for p in projects:
                p["utilisation"] = round(100 * p["actual"] / p["budget"], 1) if p["budget"] else None
            county["projects"] = sorted(projects, key=lambda p: p["label"])
            county["utilisation"] = (
                round(100 * county["actual"] / county["budget"], 1) if county["budget"] else None
            )
        return {
            "counties": sorted(counties.values(), key=lambda c: c["label"]),
            "query": self.query_link("budget-by-region", params),
            "rows": len(rows),
        }

    def deviation_chart(self, lang: str) -> dict[str, Any]:
        """Deviating traffic lights per dimension and county (distinct projects), from ``deviations``."""
        rows = self.catalogue("deviations", {"lang": lang})
        cells: dict[tuple[str, str], set[str]] = defaultdict(set)
        counties: dict[str, str] = {}
        dimensions: dict[str, str] = {}
        for row in rows:
            region, dim_iri = row["region"].value, row["dimension"].value
            dim = local_key(dim_iri, LIGHT_DIMENSION_PREFIX) or _local_name(dim_iri)
            counties[region] = row["regionLabel"].value if "regionLabel" in row else _local_name(region)
            dimensions[dim] = (
                name(dim, lang)
                if dim
                in (
                    "progress",
                    "schedule",
                    "costs",
                    "output-quality",
                    "output-scope",
                    "staff",
                    "risks",
                    "benefits",
                )
                else (row["dimensionLabel"].value if "dimensionLabel" in row else dim)
            )
            cells[(region, dim)].add(row["project"].value)
        order = [
            "progress",
            "schedule",
            "costs",
            "output-quality",
            "output-scope",
            "staff",
            "risks",
            "benefits",
        ]
        dims = [d for d in order if d in dimensions] + sorted(d for d in dimensions if d not in order)
        return {
            "counties": [
                {"id": c, "label": label} for c, label in sorted(counties.items(), key=lambda x: x[1])
            ],
            "dimensions": [{"id": d, "label": dimensions[d]} for d in dims],
            "cells": [
                {"region": r, "dimension": d, "projects": sorted(p), "count": len(p)}
                for (r, d), p in sorted(cells.items())
            ],
            "query": self.query_link("deviations", {"lang": lang}),
            "rows": len(rows),
        }

    def service_matrix(self, lang: str) -> dict[str, Any]:
        """Projects of each county depending on each national digital service, from ``regions-depending-on``."""
        services = []
        for row in self._select(sparql.services_query()):
            services.append(
                {"id": row["service"].value, "label": row["label"].value if "label" in row else None}
            )
        described = self.describe([s["id"] for s in services], lang)
        counties: dict[str, str] = {}
        cells = []
        for service in services:
            service["label"] = described[service["id"]]["label"]
            service["query"] = self.query_link("regions-depending-on", {"node": service["id"], "lang": lang})
            per_region: dict[str, set[str]] = defaultdict(set)
            for row in self.catalogue("regions-depending-on", {"node": service["id"], "lang": lang}):
                region = row["region"].value
                counties[region] = row["regionLabel"].value if "regionLabel" in row else _local_name(region)
                per_region[region].add(row["project"].value)
            for region, projects in sorted(per_region.items()):
                cells.append({"region": region, "service": service["id"], "count": len(projects)})
        used = {c["service"] for c in cells}
        return {
            "counties": [
                {"id": c, "label": label} for c, label in sorted(counties.items(), key=lambda x: x[1])
            ],
            "services": [s for s in services if s["id"] in used],
            "cells": cells,
            "query": self.query_link("regions-depending-on", {"lang": lang}),
        }
