"""The canonical projects after an ingest, a re-ingest or a remove: only the islands the write reaches.

At 10^6 triples the whole rebuild of ``<base>meta/canonical`` (:func:`.canonical.recompute`) cost every
write 6-7 s of CPU: 151 000 candidate pairs compared, 8 000 records described, the stored graph's
104 000 triples read back to write the difference, although one document changes a few hundred of
them. With the graphs a write touched, this module matches and describes only the records of the
*islands* the write reaches; the result is exactly what a whole rebuild stores
(``tests/ingest/test_canondelta.py`` and ``test_derived_incremental.py`` compare them after every
kind of write).

Why that is exact. Two records are ever compared only when they share a county, a project IRI or a
plan code (:func:`~.matching.candidate_pairs`), a person's merge joins the records of two project
IRIs, and a record's whole (``hg:partOf``) is read in its own graph. An island is a class of the
records joined by these; every match, proposal, conflict and record of a
canonical project lies within one island, so :func:`~.canonical.match` of an island's records gives
the clusters and evidence the whole run gives them (an island holds every record of its counties,
so the pairs come in the same order). The islands a write reaches are those of the touched graphs'
records now, and of the records the stored graph joins to the touched graphs' records before
(their clusters, the clusters they were proposed with, the records of their project IRIs): a record
the write did not touch stays joined to the others it was joined to. Every stored triple of a
cluster of those islands (the canonical project, its records, conflicts, claims and proposals) is
replaced by what the islands give now.

The one thing that is not within an island is a name two clusters would share: the later one gets
the number of clusters before it (:func:`~.canonical.name_clusters`). So the names are given as a
whole rebuild gives them, in the order of every cluster: a kept cluster by its stored IRI, or where
that may carry such a suffix by its records now; a kept cluster whose name would change rebuilds
whole.

Anything this cannot follow rebuilds whole: a stored graph that does not follow the data before the
write (the stamp of the last complete rebuild and the inferred graph's bookkeeping must agree, and
only the touched graphs may differ from what they followed), a blank node, a step before this one
that failed, a cluster or proposal of the recomputed islands that reaches a kept cluster.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import PROV, RDF

from hankegraafi.ingest.canonical import (
    Matched,
    canonical_graph_iri,
    canonical_iri,
    describe_all,
    match,
    precedence,
    read_records,
)
from hankegraafi.ingest.canonical import recompute as recompute_whole
from hankegraafi.ingest.matching import Record, county_of, normal_code
from hankegraafi.ontology.namespaces import HG

log = logging.getLogger(__name__)
_SUFFIX = re.compile(r"^(.*)-\d+$")
#: Rounds of renamed kept clusters pulled in before the rebuild is made whole.
_ROUNDS = 4
Key = tuple[str, str]  # a record's graph and project IRI


@dataclass
class Stored:
    """What the stored graph says of its clusters, records and proposals (IRIs as strings)."""

    graph_of: dict[str, str] = field(default_factory=dict)  # record node -> its document graph
    project_of: dict[str, str] = field(default_factory=dict)  # record node -> the project IRI it used
    cluster_of: dict[str, str] = field(default_factory=dict)  # record node or project IRI -> cluster
    members: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # cluster -> records
    proposals: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # cluster -> proposals
    candidates: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # proposal -> clusters
    conflicts: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # cluster -> conflicts
    clusters: set[str] = field(default_factory=set)


def _iris(engine: ox.Store, graph: ox.NamedNode, predicate: URIRef) -> list[tuple[str, str]] | None:
    out = []
    for q in engine.quads_for_pattern(None, ox.NamedNode(str(predicate)), None, graph):
        if not isinstance(q.subject, ox.NamedNode) or not isinstance(q.object, ox.NamedNode):
            return None
        out.append((q.subject.value, q.object.value))
    return out


def read_stored(engine: ox.Store, graph: ox.NamedNode) -> Stored | None:
    """The stored graph's clusters, records and proposals; None at a blank node."""
    found = {
        name: _iris(engine, graph, p)
        for name, p in (
            ("in", HG.inGraph),
            ("of", HG.recordOf),
            ("spec", PROV.specializationOf),
            ("cand", HG.matchCandidate),
            ("about", HG.conflictAbout),
        )
    }
    if any(v is None for v in found.values()):
        return None
    stored = Stored()
    stored.graph_of = dict(found["in"] or ())
    stored.project_of = dict(found["of"] or ())
    stored.cluster_of = dict(found["spec"] or ())
    a, canonical = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(HG.CanonicalProject))
    stored.clusters = {q.subject.value for q in engine.quads_for_pattern(None, a, canonical, graph)}  # type: ignore[union-attr]
    for node, cluster in stored.cluster_of.items():
        if node in stored.graph_of:
            stored.members[cluster].append(node)
    for node, cluster in found["cand"] or ():
        stored.proposals[cluster].add(node)
        stored.candidates[node].add(cluster)
    for node, cluster in found["about"] or ():
        stored.conflicts[cluster].add(node)
    return stored


def _follows(store: object, engine: ox.Store, base: str, touched: Collection[str], stamp_graph: URIRef) -> bool:
    """Whether the stored graph follows the data as it was before this write, but for ``touched``:
    the last complete rebuild's stamp is the version of what the inferred graph's bookkeeping says
    it followed (:mod:`.inferdelta`), and only the touched graphs differ from that now."""
    from hankegraafi.ingest.inferdelta import read_stored as inferred_state
    from hankegraafi.queries.answers import engine_select
    from hankegraafi.queries.pagedelta import read_state, version_of

    state = inferred_state(engine, base, ())
    if state is None or not isinstance(state.followed.get("graphs"), dict):
        return False
    stamp = ox.NamedNode(str(stamp_graph))
    sha = ox.NamedNode(str(HG.sha256))
    stamped = [q.object.value for q in engine.quads_for_pattern(stamp, sha, None, stamp)]  # type: ignore[union-attr]
    then = state.followed
    if stamped != [version_of(then)]:
        return False
    _version, now = read_state(engine_select(store), base)  # type: ignore[arg-type]
    if str(then.get("curation")) != str(now["curation"]):
        return False
    graphs = then["graphs"]
    return {g for g in graphs.keys() | now["graphs"].keys() if graphs.get(g) != now["graphs"].get(g)} <= set(
        touched
    )


def islands(
    records: list[Record], together: frozenset[frozenset[URIRef]]
) -> dict[tuple[URIRef, URIRef], object]:
    """Each record's island (a representative): the records joined by a county, a project IRI, a plan
    code, a person's merge of two project IRIs, or a part and its whole in one graph."""
    parent: dict[object, object] = {}

    def find(x: object) -> object:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: object, b: object) -> None:
        parent[find(a)] = find(b)

    by_key = {r.key: r for r in records}
    for r in records:
        union(r.key, ("project", r.project))
        whole = r.one("partOf")
        if whole is not None and (r.graph, whole) in by_key:  # its whole's canonical project is read
            union(r.key, (r.graph, whole))
        county = county_of(r, by_key)
        if county is not None:
            union(r.key, ("county", county))
        for code in r.facts.get("identifier", ()):
            union(r.key, ("code", normal_code(code)))
    for pair in together:
        first, *rest = sorted(pair)
        for other in rest:
            union(("project", first), ("project", other))
    return {r.key: find(r.key) for r in records}


def _reached(stored: Stored, touched: set[str]) -> set[Key]:
    """The records (graph, project) the stored graph joins to the touched graphs' records before the
    write: their clusters, the clusters proposed with those, the records of their project IRIs."""
    old = [n for n, g in stored.graph_of.items() if g in touched]
    near = {stored.cluster_of[n] for n in old if n in stored.cluster_of}
    near |= {c for p in {x for c in near for x in stored.proposals.get(c, ())} for c in stored.candidates[p]}
    projects = {stored.project_of.get(n) for n in old}
    near |= {
        stored.cluster_of[n] for n, p in stored.project_of.items() if p in projects and n in stored.cluster_of
    }
    return {(stored.graph_of[n], stored.project_of.get(n, "")) for c in near for n in stored.members.get(c, ())}


def joined(parts: list[Matched]) -> Matched:
    """The matches of several islands as one (each island matched alone gives what they give together)."""
    out = Matched([], {}, [], {}, [])
    for part in parts:
        out.records += part.records
        out.county.update(part.county)
        out.clusters += part.clusters
        out.evidence.update(part.evidence)
        out.proposals += part.proposals
    return out


def _names(
    matched: Matched,
    stored: Stored,
    kept: set[str],
    by_key: dict[Key, Record],
    records_of: dict[tuple[URIRef, URIRef], Record],
    base: str,
) -> tuple[list[URIRef], set[str]] | None:
    """The recomputed clusters' IRIs as a whole rebuild names them among the kept clusters, and the
    kept clusters whose name would change (None: a kept cluster has no record). A kept cluster is
    named by its stored IRI, or where that may carry a suffix (another stored IRI and a number) by
    its records now (:func:`.canonical.canonical_iri`)."""
    entries: list[tuple[Key, int, str, str]] = []
    for c in kept:
        keys = sorted((stored.graph_of[n], stored.project_of.get(n, "")) for n in stored.members.get(c, ()))
        if not keys:
            return None
        name = c
        if (m := _SUFFIX.match(c)) and m.group(1) in stored.clusters:
            if any(k not in by_key for k in keys):
                return None
            members = sorted((by_key[k] for k in keys), key=precedence, reverse=True)
            county = {r.key: county_of(r, records_of) for r in members}
            name = str(canonical_iri(members, county, base))
        entries.append((keys[0], -1, name, c))
    for i, members in enumerate(matched.clusters):
        first = min((str(r.graph), str(r.project)) for r in members)
        entries.append((first, i, str(canonical_iri(members, matched.county, base)), ""))
    entries.sort()
    names: list[URIRef] = [URIRef("")] * len(matched.clusters)
    renamed: set[str] = set()
    used: set[str] = set()
    for _first, i, iri, was in entries:
        name = iri
        while name in used:
            name = f"{name}-{len(used)}"
        used.add(name)
        if i < 0 and name != was:
            renamed.add(was)
        if i >= 0:
            names[i] = URIRef(name)
    return names, renamed


def _lines_of(engine: ox.Store, graph: ox.NamedNode, subjects: set[str]) -> set[str] | None:
    out: set[str] = set()
    for s in subjects:
        for q in engine.quads_for_pattern(ox.NamedNode(s), None, None, graph):
            if isinstance(q.object, ox.BlankNode):
                return None
            out.add(f"{q.subject} {q.predicate} {q.object} .")
    return out


def _whole(reason: str) -> int | None:
    log.info("the canonical projects are rebuilt whole: %s", reason)
    return None


def partial(store: object, engine: ox.Store, base: str, touched: Collection[str], stamp: URIRef) -> int | None:
    """Rewrite the canonical projects after a write of the document graphs ``touched`` from the
    islands it reaches; returns how many records were matched again, or None (nothing written) when
    the whole graph must be rebuilt."""
    from hankegraafi.ingest.curation.decisions import merge_pairs, split_pairs
    from hankegraafi.store import graphdiff

    noted = graphdiff.noted()
    if noted is not None and noted.whole:
        return _whole("a step before this one failed, or replaced a graph whole")
    if not _follows(store, engine, base, touched, stamp):
        return _whole("the stored graph does not follow the data before this write, but for the touched graphs")
    graph = ox.NamedNode(str(canonical_graph_iri(base)))
    stored = read_stored(engine, graph)
    if stored is None:
        return _whole("a blank node in the stored graph")
    if not stored.clusters:  # none stored (dropped after its stamp: a kill, a hand), or none to keep
        return _whole("no canonical project is stored")
    touched = set(touched)
    if noted is not None:  # document graphs a step before this one edited (a curation decision's correction)
        touched |= set(noted.lines) | set(noted.triples)
    records = read_records(store)
    apart, together = split_pairs(store, base), merge_pairs(store, base)
    island = islands(records, together)
    reached = _reached(stored, touched)
    by_key = {(str(r.graph), str(r.project)): r for r in records}
    records_of = {r.key: r for r in records}
    in_island: dict[object, list[Record]] = defaultdict(list)
    for r in records:
        in_island[island[r.key]].append(r)
    matched_in: dict[object, Matched] = {}  # each island's matches (an island is matched alone)
    for _round in range(_ROUNDS):
        roots = {island[r.key] for k, r in by_key.items() if k[0] in touched or k in reached}
        keys = {k for k, r in by_key.items() if island[r.key] in roots}

        def again(node: str, keys: set[Key] = keys) -> bool:
            return (
                stored.graph_of[node] in touched
                or (stored.graph_of[node], stored.project_of.get(node, "")) in keys
            )

        redone = {stored.cluster_of[n] for n in stored.graph_of if n in stored.cluster_of and again(n)}
        for c in redone:  # each wholly among the records matched again, and so are its proposals
            if not all(again(n) for n in stored.members[c]):
                return _whole("a cluster reaches past the islands matched again")
            if any(not stored.candidates[p] <= redone for p in stored.proposals.get(c, ())):
                return _whole("a proposal reaches past the islands matched again")
            for q in engine.quads_for_pattern(None, ox.NamedNode(str(HG.partOf)), ox.NamedNode(c), graph):
                if q.subject.value not in redone:  # type: ignore[union-attr]
                    return _whole("a part reaches past the islands matched again")
        for root in roots - matched_in.keys():
            matched_in[root] = match(in_island[root], apart, together)
        matched = joined([matched_in[root] for root in roots])
        named = _names(matched, stored, stored.clusters - redone, by_key, records_of, base)
        if named is None:
            return _whole("a stored canonical project has no record")
        names, renamed = named
        if not renamed:
            break
        # a name another cluster now takes first, or one freed: those clusters' islands are matched again
        reached |= {
            (stored.graph_of[n], stored.project_of.get(n, "")) for c in renamed for n in stored.members[c]
        }
    else:
        return _whole("the names of the canonical projects shift too far")
    try:
        new = graphdiff.lines_of(describe_all(matched, names, base))
    except ValueError:
        return _whole("a term the engine refuses")
    subjects = set(redone)
    subjects |= {n for c in redone for n in stored.members[c]}
    subjects |= {p for c in redone for p in stored.proposals.get(c, ())}
    conflicts = {x for c in redone for x in stored.conflicts.get(c, ())}
    subjects |= conflicts
    claim = ox.NamedNode(str(HG.claim))
    for x in conflicts:  # the claims of each conflict
        subjects |= {str(q.object)[1:-1] for q in engine.quads_for_pattern(ox.NamedNode(x), claim, None, graph)}
    old = _lines_of(engine, graph, subjects)
    if old is None:
        return _whole("a blank node in the stored graph")
    spec = f"<{PROV.specializationOf}>"
    old |= {
        f"<{n}> {spec} <{c}> ."
        for n, c in stored.cluster_of.items()
        if c in redone and n not in stored.graph_of
    }
    known = subjects | {n for n, c in stored.cluster_of.items() if c in redone}
    for line in new:  # a new subject must not be one the stored graph keeps for another cluster
        s = line[1 : line.index(">")]
        if s not in known and next(iter(engine.quads_for_pattern(ox.NamedNode(s), None, None, graph)), None):
            return _whole("a new node is one the stored graph keeps for a kept cluster")
        known.add(s)
    graphdiff.write_changes(store, URIRef(graph.value), old - new, new - old)
    return len(matched.records)


def recompute(store: object, base: str, touched: Collection[str] | None, *, stamp: URIRef) -> int:
    """The derived step's canonical projects: after a write of the document graphs ``touched`` only
    the islands it reaches (:func:`partial`; returns how many records were matched), else (and with
    None) the whole graph (:func:`.canonical.recompute`; returns how many canonical projects).
    ``stamp``: the graph of the last complete rebuild's stamp (:func:`.derived.stamp_graph_iri`)."""
    from hankegraafi.store.graphdiff import engine_of

    engine = engine_of(store)
    if touched is not None and engine is not None:
        done = partial(store, engine, base, touched, stamp)
        if done is not None:
            return done
    return recompute_whole(store, base)


__all__ = ["Stored", "islands", "partial", "read_stored", "recompute"]
