"""The explorer's walks: what a project depends on, what depends on a service, paths, shared dependencies.

Each walk is breadth-first and bounded by the explorer's :class:`~.graph.Limits`
(nodes visited, depth, edges per frontier, paths); the answer says when a cap
cut it so the page can show a notice. Each answer links the catalogue query
that gives the same facts as a table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from rdflib import URIRef

from hankegraafi.server.explorer import sparql
from hankegraafi.server.explorer.graph import Explorer, Graph, edge_id, relation_pairs
from hankegraafi.server.explorer.vocab import PATH_RELATIONS
from hankegraafi.server.query import Row


def walk(
    ex: Explorer, seeds: Sequence[str], pairs: Sequence[tuple[str, str]], graph: Graph, depth: int | None = None
) -> tuple[dict[str, int], bool]:
    """Breadth-first over ``pairs`` from ``seeds``; levels of the nodes reached, and whether a cap cut it."""
    level = {s: 0 for s in seeds}
    frontier = list(seeds)
    cut = False
    for step in range(1, (depth or ex.limits.walk_depth) + 1):
        if not frontier:
            break
        room = ex.limits.walk_nodes - len(level)
        if room <= 0:
            cut = True
            break
        # A page big enough for the room left, plus one to see whether there was more.
        rows = ex.edge_rows(frontier, pairs, limit=max(room, 1) * 4 + 1)
        if len(rows) > max(room, 1) * 4:
            cut = True
        next_frontier: list[str] = []
        for row in rows:
            other = str(row["other"])
            if other not in level:
                if len(level) >= ex.limits.walk_nodes:
                    cut = True
                    continue
                level[other] = step
                next_frontier.append(other)
            ex.add_rows(graph, [row])
        frontier = next_frontier
    else:
        cut = cut or bool(frontier)
    # Edges to nodes the cap left out are dropped, so that every edge has both ends.
    for key in [k for k, e in graph.edges.items() if e["source"] not in level or e["target"] not in level]:
        del graph.edges[key]
    return level, cut


def dependencies(ex: Explorer, iri: str, lang: str) -> dict[str, Any]:
    """Everything a project (and its parts) depends on, transitively."""
    graph = Graph()
    # The first level is the catalogue's (it includes the project's parts).
    direct = ex.catalogue("dependencies-of", {"project": iri, "lang": lang})
    seeds = {iri}
    for row in direct:
        dependent = str(row["dependent"])
        if dependent != iri:
            graph.add_edge(dependent, iri, "partof")
            seeds.add(dependent)
    pairs = [("dependency", "out"), ("partof", "in")]
    level, cut = walk(ex, sorted(seeds, key=lambda s: s != iri), pairs, graph)
    graph.nodes.update(ex.describe(level, lang))
    depends = sorted(n for n in level if n not in seeds)
    payload = graph.payload()
    payload.update(
        mode="deps",
        node=iri,
        dependsOn=depends,
        levels=level,
        truncated=cut,
        query=ex.query_link("dependencies-of", {"project": iri, "lang": lang}),
    )
    return payload


def impact(ex: Explorer, iri: str, lang: str) -> dict[str, Any]:
    """Everything that depends on a service or organisation, transitively, and the counties affected."""
    graph = Graph()
    seeds = [iri]
    for row in ex.select(sparql.developed_by_query(URIRef(iri))):
        service = str(row["service"])
        graph.add_edge(service, iri, "developer")
        seeds.append(service)
    # Who depends on the affected, and the wholes the affected parts belong to.
    pairs = [("dependency", "in"), ("partof", "out")]
    level, cut = walk(ex, seeds, pairs, graph)
    # The counties: the catalogue's answer for the direct dependents, and the
    # counties of everything reached further on.
    regions: set[str] = set()
    direct = ex.catalogue("regions-depending-on", {"node": iri, "lang": lang})
    for row in direct:
        regions.add(str(row["region"]))
    described = ex.describe(level, lang)
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
    ex.fill(graph, lang)
    payload = graph.payload()
    payload.update(
        mode="impact",
        node=iri,
        affected=sorted(n for n in level if n not in seeds),
        regions=sorted(regions),
        directRegions=sorted({str(row["region"]) for row in direct}),
        truncated=cut,
        query=ex.query_link("regions-depending-on", {"node": iri, "lang": lang}),
    )
    return payload


def path(
    ex: Explorer, a: str, b: str, lang: str, *, relations: Sequence[str] = PATH_RELATIONS
) -> dict[str, Any]:
    """The shortest paths between two nodes over ``relations`` (either direction), and directed chains.

    A bidirectional breadth-first search: each side keeps every parent of
    a node at its distance, so all shortest paths (up to a cap) come out.
    The catalogue's ``dependency-path`` adds the directed dependency chains.
    """
    graph = Graph()
    pairs = relation_pairs(relations, "both")
    sides = {a: {a: 0}, b: {b: 0}}
    parents: dict[str, dict[str, list[tuple[str, str]]]] = {a: defaultdict(list), b: defaultdict(list)}
    frontiers = {a: [a], b: [b]}
    meet: set[str] = {a} if a == b else set()
    cut = False
    edge_rows: dict[str, Row] = {}
    depth = 0
    while not meet and depth < ex.limits.path_depth and frontiers[a] and frontiers[b]:
        side = a if len(frontiers[a]) <= len(frontiers[b]) else b
        other_side = b if side == a else a
        dist = sides[side]
        rows = ex.edge_rows(frontiers[side], pairs, limit=ex.limits.path_frontier_edges + 1)
        if len(rows) > ex.limits.path_frontier_edges:
            cut = True
            rows = rows[: ex.limits.path_frontier_edges]
        next_frontier: list[str] = []
        level = dist[frontiers[side][0]] + 1
        for row in rows:
            focus, other = str(row["focus"]), str(row["other"])
            key = edge_id(
                *((focus, other) if str(row["dir"]) == "out" else (other, focus)),
                str(row["rel"]),
                str(row["dep"]) if "dep" in row and isinstance(row["dep"], URIRef) else None,
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
            for left in trace(ex, parents[a], m, a):
                for right in trace(ex, parents[b], m, b):
                    paths.append(left + list(reversed(right))[1:])
                    if len(paths) >= ex.limits.max_paths:
                        break
    on_path: set[str] = set()
    for p in paths[: ex.limits.max_paths]:
        on_path.update(p)
    ex.add_rows(graph, [row for key, row in edge_rows.items() if key in on_path])
    directed = chains(ex, a, b, lang) + chains(ex, b, a, lang)
    graph.nodes.update(ex.describe({a, b, *(n for p in paths for n in p[::2])}, lang))
    ex.fill(graph, lang)
    payload = graph.payload()
    payload.update(
        mode="path",
        a=a,
        b=b,
        paths=[{"nodes": p[::2], "edges": p[1::2]} for p in paths[: ex.limits.max_paths]],
        length=(len(paths[0]) // 2) if paths else None,
        chains=directed,
        truncated=cut,
        found=bool(paths),
        query=ex.query_link("dependency-path", {"from": a, "to": b, "lang": lang}),
    )
    return payload


def trace(ex: Explorer, parents: dict[str, list[tuple[str, str]]], node: str, root: str) -> list[list[str]]:
    """Every path root → node through ``parents`` (as node, edge, node, … lists), a bounded number."""
    if node == root:
        return [[root]]
    out: list[list[str]] = []
    for parent, edge in parents.get(node, []):
        for prefix in trace(ex, parents, parent, root):
            out.append([*prefix, edge, node])
            if len(out) >= ex.limits.max_paths:
                return out
    return out


def chains(ex: Explorer, a: str, b: str, lang: str) -> list[dict[str, Any]]:
    """Directed dependency chains a → … → b from the catalogue's ``dependency-path``."""
    chains = []
    for row in ex.catalogue("dependency-path", {"from": a, "to": b, "lang": lang}):
        steps = [str(row[f"step{i}"]) for i in (1, 2, 3) if f"step{i}" in row]
        chains.append({"hops": int(str(row["hops"])), "nodes": [a, *steps, b]})
    return chains


def shared(ex: Explorer, region1: str, region2: str, lang: str) -> dict[str, Any]:
    """What projects of two counties both depend on, with the projects of each county that do."""
    graph = Graph()
    rows = ex.catalogue("shared-dependencies", {"region1": region1, "region2": region2, "lang": lang})
    targets = [str(row["target"]) for row in rows]
    cap = 25
    counts = {
        str(row["target"]): {
            "projects1": int(str(row["projects1"])),
            "projects2": int(str(row["projects2"])),
        }
        for row in rows
    }
    # The projects behind the counts: one batched query over the shared targets
    # (the catalogue's dependents-of once per target is many round trips on a big graph).
    rows = ex.edge_rows(targets[:cap], [("dependency", "in")], limit=ex.limits.path_frontier_edges)
    dependents = ex.describe({str(row["other"]) for row in rows}, lang)
    for row in rows:
        project = dependents[str(row["other"])]
        for region in project["regions"]:
            if region in (region1, region2):
                ex.add_rows(graph, [row])
                graph.add_edge(project["id"], region, "region")
    ends = {iri for e in graph.edges.values() for iri in (e["source"], e["target"])}
    graph.nodes.update({k: v for k, v in dependents.items() if k in ends})
    graph.nodes.update(ex.describe({region1, region2, *targets[:cap]}, lang))
    ex.fill(graph, lang)
    payload = graph.payload()
    payload.update(
        mode="shared",
        a=region1,
        b=region2,
        shared=targets[:cap],
        counts=counts,
        truncated=len(targets) > cap,
        regions=[region1, region2],
        query=ex.query_link("shared-dependencies", {"region1": region1, "region2": region2, "lang": lang}),
    )
    return payload
