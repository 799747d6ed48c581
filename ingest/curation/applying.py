"""Applying decisions to the document graphs: the first derived step after every write."""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, VOID, XSD
from rdflib.term import Node

from hankegraafi.ingest.curation.decisions import (
    Decision,
    _graphs_with,
    _one,
    graph_of,
    read_decisions,
    status_graph_iri,
)
from hankegraafi.ontology.namespaces import HG, mint, vocab
from hankegraafi.store.graphdiff import note_triples, write_graph


def _applied_in(store: object, decision: Decision) -> list[URIRef]:
    result = store.query(  # type: ignore[attr-defined]
        f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?c <{HG.decision}> <{decision.iri}> }} }}"
    )
    return sorted(row[0] for row in result.rows)


@dataclass
class Edit:
    """What applying one decision to one graph removes and adds, and the corrections it records."""

    remove: Graph = field(default_factory=Graph)
    add: Graph = field(default_factory=Graph)

    def correction(
        self,
        base: str,
        graph: URIRef,
        decision: Decision,
        s: Node,
        p: Node,
        original: Node | None,
        corrected: Node | None,
    ) -> None:
        """Record that ``decision`` changed ``s p`` in ``graph`` from ``original`` to ``corrected``
        (the terms as the document graph holds them)."""
        key = "\n".join(str(x) for x in (graph, decision.iri, s, p, original, corrected))
        c = mint(
            "correction",
            str(decision.iri).rsplit("/", 1)[-1],
            hashlib.sha256(key.encode()).hexdigest()[:12],
            base=base,
        )
        self.add.add((c, RDF.type, HG.Correction))
        self.add.add((c, HG.decision, decision.iri))
        self.add.add((c, RDF.subject, s))
        self.add.add((c, RDF.predicate, p))
        if original is not None:
            self.add.add((c, HG.originalValue, original))
        if corrected is not None:
            self.add.add((c, HG.correctedValue, corrected))

    def replace(
        self,
        base: str,
        graph: URIRef,
        decision: Decision,
        g: Graph,
        t: Node,
        prop: Node,
        corrected: Node | None,
    ) -> bool:
        """Remove the value ``decision`` concerns (its original reading, else every value of
        ``t prop``), recording each as corrected to ``corrected``; False if ``g`` holds none."""
        values = [decision.original] if decision.original is not None else list(g.objects(t, prop))
        present = [v for v in values if (t, prop, v) in g]
        for v in present:
            self.remove.add((t, prop, v))
            self.correction(base, graph, decision, t, prop, v, corrected)
        return bool(present)


def plan(decision: Decision, g: Graph, graph: URIRef, base: str) -> Edit | None:
    """The edit that applies ``decision`` to the document graph ``g``, or None when its target is not there."""
    edit = Edit()
    t = decision.target
    if decision.action == "link":
        if decision.linked is None or ((t, None, None) not in g and (None, None, t) not in g):
            return None
        for s, p, _o in g.triples((None, None, t)):
            edit.remove.add((s, p, t))
            edit.add.add((s, p, decision.linked))
            edit.correction(base, graph, decision, s, p, t, decision.linked)
        for _s, p, o in g.triples((t, None, None)):
            if p in (RDFS.label, HG.surfaceForm, PROV.wasDerivedFrom):
                continue  # the name as read and where: the original reading a page shows on request
            edit.remove.add((t, p, o))
        edit.correction(base, graph, decision, t, HG.linkedTo, t, decision.linked)
        return edit
    if decision.action == "confirm":
        if (t, HG.needsReview, None) not in g:
            return None
        for o in g.objects(t, HG.needsReview):
            edit.remove.add((t, HG.needsReview, o))
        langs = {label.language for label in decision.labels}
        for o in g.objects(t, RDFS.label):
            if getattr(o, "language", None) in langs or (
                getattr(o, "language", None) is None and "fi" in langs
            ):
                edit.remove.add((t, RDFS.label, o))
        for label in decision.labels:
            edit.add.add((t, RDFS.label, label))
        for cls in decision.types:
            edit.add.add((t, RDF.type, cls))
        if decision.region is not None:
            edit.add.add((t, HG.region, decision.region))
        edit.correction(base, graph, decision, t, HG.needsReview, Literal(True), Literal(False))
        return edit
    if decision.action == "reject":
        if decision.prop is None:  # a whole node: a dependency, a goal, a name read wrong
            if (t, None, None) not in g:
                return None
            for s, p, o in g.triples((t, None, None)):
                edit.remove.add((s, p, o))
            for s, p, o in g.triples((None, None, t)):
                edit.remove.add((s, p, o))
            edit.correction(base, graph, decision, t, RDF.type, _one(g, t, RDF.type), None)
            return edit
        return edit if edit.replace(base, graph, decision, g, t, decision.prop, None) else None
    if decision.action == "set":
        if decision.prop is None or decision.corrected is None:
            return None
        if not edit.replace(base, graph, decision, g, t, decision.prop, decision.corrected):
            return None
        edit.add.add((t, decision.prop, decision.corrected))
        return edit
    if decision.action == "depend":
        if decision.linked is None or (t, None, None) not in g or (decision.graph and graph != decision.graph):
            return None
        kind = decision.kind or vocab("dependency-kind", "shared-work")
        node = mint("dependency", "curated", str(decision.iri).rsplit("/", 1)[-1], base=base)
        edit.add.add((node, RDF.type, HG.Dependency))
        edit.add.add((node, HG.dependent, t))
        edit.add.add((node, HG.dependsOn, decision.linked))
        edit.add.add((node, HG.dependencyKind, kind))
        if (t, DCTERMS.requires, decision.linked) not in g:
            edit.add.add((t, DCTERMS.requires, decision.linked))
        edit.correction(base, graph, decision, node, HG.dependsOn, None, decision.linked)
        return edit
    return None  # merge, split: no edit of a document; the canonical matching joins or parts them


def _candidate_graphs(store: object, base: str, decision: Decision) -> list[URIRef]:
    t = decision.target
    if decision.action == "link":
        return sorted(
            set(_graphs_with(store, base, f"<{t}> ?p ?o")) | set(_graphs_with(store, base, f"?s ?p <{t}>"))
        )
    if decision.action == "depend" and decision.graph is not None:
        return [decision.graph] if decision.graph in _graphs_with(store, base, f"<{t}> ?p ?o") else []
    return _graphs_with(store, base, f"<{t}> ?p ?o")


def _targets(store: object, base: str, decision: Decision) -> list[tuple[URIRef, URIRef]]:
    """(document graph, subject) pairs a decision edits. A value set or rejected on a canonical
    project (what a page and a conflict show) is set or rejected in each of its records: the
    records the derived graph names when the decision is applied (a document added since is
    covered by the next write's recompute)."""
    if decision.action in ("set", "reject") and store.query(  # type: ignore[attr-defined]
        f"ASK {{ <{decision.target}> a <{HG.CanonicalProject}> }}"
    ):
        result = store.query(  # type: ignore[attr-defined]
            f"SELECT DISTINCT ?g ?p WHERE {{ ?r a <{HG.ProjectRecord}> ; <{PROV.specializationOf}> "
            f"<{decision.target}> ; <{HG.recordOf}> ?p ; <{HG.inGraph}> ?g }} ORDER BY ?g ?p"
        )
        return [(row[0], row[1]) for row in result.rows]
    return [(graph, decision.target) for graph in _candidate_graphs(store, base, decision)]


def apply(store: object, base: str, decision: Decision) -> list[URIRef]:
    """Apply one decision to every document graph it concerns that does not carry it yet; returns
    the graphs it now holds in (applied before or now). Each graph is edited in one update."""
    before = set(_applied_in(store, decision))
    done = set(before)
    for graph, subject in _targets(store, base, decision):
        if graph in before:
            continue
        current = graph_of(store, graph)
        edit = plan(dataclasses.replace(decision, target=subject), current, graph, base)
        if edit is None:
            continue
        size = (
            len(current)
            - sum(1 for t in edit.remove if t in current)
            + sum(1 for t in edit.add if t not in current)
        )
        catalogue = f"{base}meta/catalogue"
        parts = [  # the catalogue's triple count follows the edited graph
            f"DELETE {{ GRAPH <{catalogue}> {{ <{graph}> <{VOID.triples}> ?n }} }} "
            f"INSERT {{ GRAPH <{catalogue}> {{ <{graph}> <{VOID.triples}> {Literal(size, datatype=XSD.nonNegativeInteger).n3()} }} }} "
            f"WHERE {{ GRAPH <{catalogue}> {{ <{graph}> <{VOID.triples}> ?n }} }}"
        ]
        if len(edit.remove):
            parts.append(f"DELETE DATA {{ GRAPH <{graph}> {{ {edit.remove.serialize(format='nt')} }} }}")
        parts.append(f"INSERT DATA {{ GRAPH <{graph}> {{ {edit.add.serialize(format='nt')} }} }}")
        store.update(" ;\n".join(parts))  # type: ignore[attr-defined]
        note_triples(graph, [*edit.remove, *edit.add])  # the stored name index's partial step reads it
        done.add(graph)
    return sorted(done)


def recompute(store: object, base: str) -> int:
    """Apply every decision, oldest first, to the document graphs now stored, and rebuild the
    status graph; returns how many decisions hold somewhere. Idempotent: a graph already carrying
    a decision's correction is left alone."""
    status = Graph()
    sg = status_graph_iri(base)
    status.add((sg, RDF.type, HG.CurationStatus))
    applied = 0
    for decision in read_decisions(store, base):
        if decision.action in ("merge", "split"):  # applied by the canonical matching, which runs next
            graphs = [
                g for g in _graphs_with(store, base, f"<{decision.target}> a ?t") if decision.linked is not None
            ]
            if not _graphs_with(store, base, f"<{decision.linked}> a ?t"):
                graphs = []
        else:
            graphs = apply(store, base, decision)
        state = "applied" if graphs else "vanished"
        status.add((decision.iri, HG.decisionStatus, Literal(state)))
        for graph in graphs:
            status.add((decision.iri, HG.appliedIn, graph))
        applied += bool(graphs)
    if len(status) > 1 or store.query(f"ASK {{ GRAPH <{sg}> {{ ?s ?p ?o }} }}") is True:  # type: ignore[attr-defined]
        write_graph(store, sg, status)
    return applied
