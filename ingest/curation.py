"""Curation: a person's decisions about what the ingest read, kept as data and applied after every write.

The ingest will never read every document right. A publisher links a name nobody's vocabulary
knew to the organisation it is, confirms it as a new organisation, rejects a wrong fact, corrects
a value, merges two projects or adds a dependency the text left implicit. Each decision is a
``hg:CurationDecision`` in the curation graph ``<base>meta/curation`` with its PROV: who
(``prov:wasAttributedTo``, by default the publisher, not a person), when (``prov:endedAtTime``),
why (``hg:reason``) and on which version of which document (``prov:used`` the document graph,
``hg:documentSha256`` its checksum then). The curation graph is the only input people write; it is
never derived, so it survives every re-ingest and can be exported and imported (sorted Turtle).

Applying (:func:`recompute`, the first step of :mod:`hankegraafi.ingest.derived`) edits the
document graphs in place, so that every query sees the corrected graph by default, and leaves in
each edited graph one ``hg:Correction`` per changed statement: the decision, ``rdf:subject``,
``rdf:predicate``, the original (``hg:originalValue``) and the corrected value
(``hg:correctedValue``). A page shows a fact with a correction as corrected and can show the
original reading on request; a re-ingest replaces the graph with the document's own reading again
and the next recompute applies the decision anew. A correction node is also the mark that a
decision has been applied to this version of the graph.

A decision whose target is in no document graph any more (the document changed) is not dropped:
the derived graph ``<base>meta/curation-status`` records it as ``vanished`` and the review queue
(:func:`queue`) lists it again, flagged.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, VOID, XSD
from rdflib.term import Identifier

from hankegraafi.ontology.namespaces import HG, PREFIXES, mint, vocab

log = logging.getLogger(__name__)

#: What a decision does; the value of ``hg:curationAction``.
ACTIONS = ("link", "confirm", "reject", "set", "merge", "split", "depend")


def curation_graph_iri(base: str) -> URIRef:
    """The decisions: written by people (CLI, /review, import), never recomputed."""
    return URIRef(f"{base}meta/curation")


def status_graph_iri(base: str) -> URIRef:
    """The derived state of each decision (applied where, or vanished), rebuilt after every write."""
    return URIRef(f"{base}meta/curation-status")


#: What an IRI may not hold: these would end it early in the SPARQL text the decisions are applied with.
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')


class CurationError(ValueError):
    """A decision that cannot be made (an IRI that is none, an unknown action); the message says why."""


def checked(term: object) -> object:
    """``term`` when it is safe to write between ``<>`` (or not an IRI), else CurationError."""
    if isinstance(term, URIRef) and (_IRI_FORBIDDEN.search(str(term)) or ":" not in str(term)):
        raise CurationError(f"not an IRI: {str(term)[:120]!r}")
    return term


def default_agent(base: str, configured: str = "") -> URIRef:
    """Who decides when nobody is named: the configured publisher, else the dataset's publisher node."""
    if configured:
        return URIRef(configured) if "://" in configured else mint("organisation", configured, base=base)
    return URIRef(f"{base}publisher")


@dataclass
class Decision:
    """One decision, as the curation graph holds it."""

    iri: URIRef
    action: str
    target: URIRef
    by: Identifier
    at: datetime
    why: str = ""
    prop: URIRef | None = None
    original: Identifier | None = None
    corrected: Identifier | None = None
    linked: URIRef | None = None
    kind: URIRef | None = None
    types: list[URIRef] = field(default_factory=list)
    region: URIRef | None = None
    labels: list[Literal] = field(default_factory=list)
    graph: URIRef | None = None  # the document graph it was made on
    sha256: str | None = None  # that graph's document checksum then

    def triples(self) -> Graph:
        """The decision as RDF (in the curation graph)."""
        g = Graph()
        d = self.iri
        g.add((d, RDF.type, HG.CurationDecision))
        g.add((d, RDF.type, PROV.Activity))
        g.add((d, HG.curationAction, Literal(self.action)))
        g.add((d, HG.curationTarget, self.target))
        g.add((d, PROV.wasAttributedTo, self.by))  # type: ignore[arg-type]
        g.add((d, PROV.endedAtTime, Literal(self.at.isoformat(timespec="seconds"), datatype=XSD.dateTime)))
        if self.why:
            g.add((d, HG.reason, Literal(self.why)))
        optional = (
            (HG.curationProperty, self.prop),
            (HG.originalValue, self.original),
            (HG.correctedValue, self.corrected),
            (HG.linkedTo, self.linked),
            (HG.linkKind, self.kind),
            (HG.region, self.region),
            (PROV.used, self.graph),
        )
        for p, o in optional:
            if o is not None:
                g.add((d, p, o))
        for t in self.types:
            g.add((d, HG.confirmedType, t))
        for label in self.labels:
            g.add((d, HG.confirmedLabel, label))
        if self.sha256:
            g.add((d, HG.documentSha256, Literal(self.sha256)))
        return g


def new_decision_iri(base: str, action: str, target: URIRef, at: datetime, *extra: object) -> URIRef:
    """A decision's IRI: stable for what it says and when (two identical commands a second apart differ)."""
    key = "\n".join([action, str(target), at.isoformat(), *(str(x) for x in extra)])
    return mint("decision", f"{action}-{hashlib.sha256(key.encode()).hexdigest()[:12]}", base=base)


# -- reading and writing the curation graph ----------------------------------------------------


def _one(g: Graph, s: Identifier, p: URIRef) -> Identifier | None:
    return next(iter(sorted(g.objects(s, p), key=str)), None)


def decisions_from(g: Graph) -> list[Decision]:
    """The decisions a curation graph holds, oldest first (the order they are applied in)."""
    out = []
    for d in set(g.subjects(RDF.type, HG.CurationDecision)):
        at_lit = _one(g, d, PROV.endedAtTime)
        try:
            at = datetime.fromisoformat(str(at_lit)) if at_lit is not None else datetime.fromtimestamp(0, UTC)
        except ValueError:
            at = datetime.fromtimestamp(0, UTC)
        out.append(
            Decision(
                iri=d,  # type: ignore[arg-type]
                action=str(_one(g, d, HG.curationAction) or ""),
                target=_one(g, d, HG.curationTarget),  # type: ignore[arg-type]
                by=_one(g, d, PROV.wasAttributedTo) or Literal(""),
                at=at,
                why=str(_one(g, d, HG.reason) or ""),
                prop=_one(g, d, HG.curationProperty),  # type: ignore[arg-type]
                original=_one(g, d, HG.originalValue),
                corrected=_one(g, d, HG.correctedValue),
                linked=_one(g, d, HG.linkedTo),  # type: ignore[arg-type]
                kind=_one(g, d, HG.linkKind),  # type: ignore[arg-type]
                types=sorted(g.objects(d, HG.confirmedType), key=str),  # type: ignore[arg-type]
                region=_one(g, d, HG.region),  # type: ignore[arg-type]
                labels=sorted(g.objects(d, HG.confirmedLabel), key=lambda x: (x.language or "", str(x))),  # type: ignore[arg-type,union-attr]
                graph=_one(g, d, PROV.used),  # type: ignore[arg-type]
                sha256=str(v) if (v := _one(g, d, HG.documentSha256)) is not None else None,
            )
        )
    safe = []
    for d in out:
        try:
            for term in (d.iri, d.target, d.by, d.prop, d.linked, d.kind, d.region, d.graph, *d.types):
                checked(term)
        except CurationError as exc:
            log.warning("decision %s left out: %s", str(d.iri)[:120], exc)
            continue
        if d.target is not None:
            safe.append(d)
    return sorted(safe, key=lambda d: (d.at, str(d.iri)))


def graph_of(store: object, graph: URIRef) -> Graph:
    """One named graph's triples (empty when it is not there)."""
    result = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")  # type: ignore[attr-defined]
    return result if isinstance(result, Graph) else Graph()


def read_decisions(store: object, base: str) -> list[Decision]:
    return decisions_from(graph_of(store, curation_graph_iri(base)))


def record(store: object, base: str, decision: Decision) -> None:
    """Add one decision to the curation graph (one INSERT DATA: it is wholly there or not)."""
    body = decision.triples().serialize(format="nt")
    store.update(f"INSERT DATA {{ GRAPH <{curation_graph_iri(base)}> {{ {body} }} }}")  # type: ignore[attr-defined]


def import_graph(store: object, base: str, data: Graph) -> int:
    """Add every decision of ``data`` (an exported curation graph) to the store's; returns how many."""
    decisions = decisions_from(data)  # only decisions whose IRIs are safe, rebuilt from their fields
    if decisions:
        clean = Graph()
        for d in decisions:
            clean += d.triples()
        body = clean.serialize(format="nt")
        store.update(f"INSERT DATA {{ GRAPH <{curation_graph_iri(base)}> {{ {body} }} }}")  # type: ignore[attr-defined]
    return len(decisions)


def sorted_turtle(g: Graph) -> str:
    """Turtle with the prefixes of the project, subjects and their statements in a fixed order, so
    that exporting the same decisions twice gives the same bytes (a diff in version control shows
    only what changed)."""
    used = {prefix: ns for prefix, ns in PREFIXES.items()}
    lines = [f"@prefix {p}: <{ns}> ." for p, ns in sorted(used.items())]
    lines.append("")

    def term(t: Identifier) -> str:
        if isinstance(t, URIRef):
            text = str(t)
            for p, ns in sorted(used.items(), key=lambda x: -len(x[1])):
                local = text[len(ns) :]
                if text.startswith(ns) and re.fullmatch(r"[A-Za-z][\w-]*", local):
                    return f"{p}:{local}"
            return t.n3()
        return t.n3()

    for s in sorted(set(g.subjects()), key=str):
        statements = sorted(
            ((term(p), term(o)) for p, o in g.predicate_objects(s)), key=lambda x: (x[0] != "rdf:type", x)
        )
        body = " ;\n    ".join(f"{p if p != 'rdf:type' else 'a'} {o}" for p, o in statements)
        lines.append(f"{term(s)}\n    {body} .\n")
    return "\n".join(lines)


# -- applying ----------------------------------------------------------------------------------


def document_graphs(store: object, base: str) -> list[URIRef]:
    """The document graphs now stored (not the quarantine, the catalogue or the derived graphs)."""
    result = store.query(  # type: ignore[attr-defined]
        f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?d a <{HG.SourceDocument}> }} FILTER(STRSTARTS(STR(?g), "{base}graph/")) }}'
    )
    return sorted(row[0] for row in result.rows)  # type: ignore[misc]


def _graphs_with(store: object, base: str, pattern: str) -> list[URIRef]:
    result = store.query(  # type: ignore[attr-defined]
        f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ {pattern} }} FILTER(STRSTARTS(STR(?g), "{base}graph/")) }}'
    )
    return sorted(row[0] for row in result.rows)  # type: ignore[misc]


def _applied_in(store: object, decision: Decision) -> list[URIRef]:
    result = store.query(  # type: ignore[attr-defined]
        f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?c <{HG.decision}> <{decision.iri}> }} }}"
    )
    return sorted(row[0] for row in result.rows)  # type: ignore[misc]


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
        s: Identifier,
        p: URIRef,
        original: Identifier | None,
        corrected: Identifier | None,
    ) -> None:
        key = "\n".join(str(x) for x in (graph, decision.iri, s, p, original, corrected))
        c = mint(
            "correction",
            str(decision.iri).rsplit("/", 1)[-1],
            hashlib.sha256(key.encode()).hexdigest()[:12],
            base=base,
        )
        self.add.add((c, RDF.type, HG.Correction))
        self.add.add((c, HG.decision, decision.iri))
        self.add.add((c, RDF.subject, s))  # type: ignore[arg-type]
        self.add.add((c, RDF.predicate, p))
        if original is not None:
            self.add.add((c, HG.originalValue, original))  # type: ignore[arg-type]
        if corrected is not None:
            self.add.add((c, HG.correctedValue, corrected))  # type: ignore[arg-type]


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
        values = [decision.original] if decision.original is not None else list(g.objects(t, decision.prop))
        present = [v for v in values if (t, decision.prop, v) in g]
        if not present:
            return None
        for v in present:
            edit.remove.add((t, decision.prop, v))  # type: ignore[arg-type]
            edit.correction(base, graph, decision, t, decision.prop, v, None)
        return edit
    if decision.action == "set":
        if decision.prop is None or decision.corrected is None:
            return None
        values = [decision.original] if decision.original is not None else list(g.objects(t, decision.prop))
        present = [v for v in values if (t, decision.prop, v) in g]
        if not present:
            return None
        for v in present:
            edit.remove.add((t, decision.prop, v))  # type: ignore[arg-type]
            edit.correction(base, graph, decision, t, decision.prop, v, decision.corrected)
        edit.add.add((t, decision.prop, decision.corrected))  # type: ignore[arg-type]
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
        return [(row[0], row[1]) for row in result.rows]  # type: ignore[misc]
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
        store.replace_graph(sg, status)  # type: ignore[attr-defined]
    return applied


# -- the review queue --------------------------------------------------------------------------


@dataclass
class Item:
    """One thing a person should look at: what, where it was read, what to do, and why we think so."""

    id: str
    kind: str  # vanished-decision, unknown-name, proposed-match, conflict, guessed, warning
    target: URIRef
    label: str
    graph: URIRef | None
    quote: str
    action: str
    evidence: str
    flagged: bool = False

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "target": str(self.target),
            "label": self.label,
            "graph": str(self.graph) if self.graph else None,
            "quote": self.quote,
            "action": self.action,
            "evidence": self.evidence,
            "flagged": self.flagged,
        }


def item_id(kind: str, *keys: object) -> str:
    return kind[:1] + hashlib.sha256("\n".join([kind, *map(str, keys)]).encode()).hexdigest()[:10]


_UNKNOWN = """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?g ?s ?type ?label (GROUP_CONCAT(DISTINCT ?form; SEPARATOR=" | ") AS ?forms) (SAMPLE(?q) AS ?quote) WHERE {
  GRAPH ?g { ?s hg:needsReview true ; a ?type . OPTIONAL { ?s rdfs:label ?label }
    OPTIONAL { ?s hg:surfaceForm ?form } OPTIONAL { ?s prov:wasDerivedFrom/prov:value ?q } }
  FILTER(STRSTARTS(STR(?g), ?prefix))
} GROUP BY ?g ?s ?type ?label ORDER BY ?s ?g
"""

_PROPOSED = """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?m ?a ?b ?la ?lb ?evidence ?confidence WHERE {
  GRAPH ?cg { ?m a hg:ProposedMatch ; hg:matchCandidate ?a, ?b ; hg:matchEvidence ?evidence ; hg:matchConfidence ?confidence .
    FILTER(STR(?a) < STR(?b)) OPTIONAL { ?a rdfs:label ?la } OPTIONAL { ?b rdfs:label ?lb } }
} ORDER BY ?m
"""

_CONFLICTS = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?c ?project ?label ?prop ?current (GROUP_CONCAT(CONCAT(STR(?v), " (", STR(?doc), ")"); SEPARATOR="; ") AS ?claims) WHERE {
  GRAPH ?cg { ?c a hg:Conflict ; hg:conflictAbout ?project ; hg:conflictProperty ?prop ; hg:currentValue ?current ;
      hg:claim ?claim . ?claim rdf:value ?v ; prov:wasQuotedFrom ?doc . OPTIONAL { ?project rdfs:label ?label } }
} GROUP BY ?c ?project ?label ?prop ?current ORDER BY ?c
"""


_GUESSES = """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?g ?doc ?note (MIN(?p0) AS ?project) (SAMPLE(?title0) AS ?title) WHERE {
  GRAPH ?g { ?doc a hg:SourceDocument ; hg:extractionNote ?note .
    OPTIONAL { ?p0 hg:describedBy ?doc FILTER NOT EXISTS { ?p0 hg:needsReview true } }
    OPTIONAL { ?doc dct:title ?title0 } }
  FILTER(STRSTARTS(STR(?g), ?prefix))
} GROUP BY ?g ?doc ?note ORDER BY ?g ?note
"""
#: What the ingest guessed (ingest/coverage.py writes these notes in English): the property to check.
GUESS_PROPERTIES = {
    "county from the names mentioned": HG.region,
    "project named by its file name": RDFS.label,
    "layout not recognised": None,
}


def _text(v: object) -> str:
    return "" if v is None else str(v)


def warnings(store: object, base: str, lang: str = "en") -> list[Item]:
    """The SHACL warnings of every document graph (publishable, but a fact is incomplete or
    inconsistent), each with the node, the property and the shape's message. Validation reads
    every graph, so the queue adds these only when asked (``review list --warnings``)."""
    from rdflib.namespace import SH

    from hankegraafi.shapes import validate

    items = []
    for graph in document_graphs(store, base):
        g = graph_of(store, graph)
        report = validate(g)
        for r in report.results:  # type: ignore[attr-defined]
            if r.severity != SH.Warning:
                continue
            quote = (
                g.value(g.value(r.focus_node, PROV.wasDerivedFrom), PROV.value)
                if isinstance(r.focus_node, URIRef)
                else None
            )
            prop = str(r.path).rsplit("#", 1)[-1].rsplit("/", 1)[-1] if r.path is not None else ""
            items.append(
                Item(
                    id=item_id("warning", graph, r.focus_node, r.path, r.message),
                    kind="warning",
                    target=r.focus_node,  # type: ignore[arg-type]
                    label=f"{r.focus_node} {prop}".strip(),
                    graph=graph,
                    quote=_text(quote),
                    action=f"set {r.focus_node} {r.path} <value>"
                    if r.path is not None
                    else f"reject {r.focus_node}",
                    evidence=r.message_in(lang),
                )
            )
    return items


def queue(
    store: object,
    base: str,
    suggest: Callable[[str, str, Collection[str]], tuple[str, str] | None] | None = None,
    *,
    with_warnings: bool = False,
) -> list[Item]:
    """Everything that needs a person now: names no vocabulary knows, weak project matches,
    conflicts between documents, and decisions whose target vanished (flagged, first).

    ``suggest(name, kind, unknown)`` proposes an existing entity for a name, never one of the
    ``unknown`` nodes (its IRI and label; the
    reconciliation service's top candidate), else the proposed action is to confirm it as new."""
    items: list[Item] = []
    decisions = {d.iri: d for d in read_decisions(store, base)}
    status = graph_of(store, status_graph_iri(base))
    for d in decisions.values():
        if str(status.value(d.iri, HG.decisionStatus) or "") == "vanished":
            items.append(
                Item(
                    id=item_id("vanished-decision", d.iri),
                    kind="vanished-decision",
                    target=d.target,
                    label=f"{d.action} {d.target}",
                    graph=d.graph,
                    quote="",
                    action=f"re-decide or withdraw {d.iri}",
                    evidence=(
                        f"made by {d.by} at {d.at.isoformat(timespec='seconds')} on {d.graph or '?'} "
                        f"(sha256 {(d.sha256 or '?')[:12]}); its target is in no document graph now"
                        + (f"; why: {d.why}" if d.why else "")
                    ),
                    flagged=True,
                )
            )
    rows = store.query(_UNKNOWN.replace("?prefix", f'"{base}graph/"')).dicts()  # type: ignore[attr-defined]
    unknown = frozenset(str(r["s"]) for r in rows)
    seen: dict[URIRef, Item] = {}
    for r in rows:
        s = r["s"]
        kind = "project" if r["type"] == HG.Project else "organisation"
        if s in seen:
            continue
        label = _text(r.get("label"))
        candidate = suggest(label, kind, unknown) if suggest is not None else None
        action = f"link {s} {candidate[0]}  ({candidate[1]})" if candidate else f"confirm {s} as a new {kind}"
        seen[s] = item = Item(
            id=item_id("unknown-name", s),
            kind="unknown-name",
            target=s,
            label=label,
            graph=r["g"],
            quote=_text(r.get("quote")),
            action=action,
            evidence=f"{kind} named {_text(r.get('forms')) or label}; no vocabulary knows it",
        )
        items.append(item)
    for r in store.query(_PROPOSED).dicts():  # type: ignore[attr-defined]
        items.append(
            Item(
                id=item_id("proposed-match", r["m"]),
                kind="proposed-match",
                target=r["a"],
                label=f"{_text(r.get('la'))} ~ {_text(r.get('lb'))}",
                graph=None,
                quote="",
                action=f"merge {r['a']} {r['b']}  (or split to keep them apart)",
                evidence=f"{r['evidence']}; confidence {r['confidence']}",
            )
        )
    for r in store.query(_CONFLICTS).dicts():  # type: ignore[attr-defined]
        items.append(
            Item(
                id=item_id("conflict", r["c"]),
                kind="conflict",
                target=r["project"],
                label=_text(r.get("label")) or str(r["project"]),
                graph=None,
                quote=_text(r.get("claims")),
                action=f"set {r['project']} {r['prop']} <value>  (current {r['current']})",
                evidence=f"documents disagree on {str(r['prop']).rsplit('#', 1)[-1]}",
            )
        )
    # A guess is settled by any decision about its fact (setting the same value confirms it).
    settled = {(d.target, d.prop) for d in decisions.values()} | {(d.target, None) for d in decisions.values()}
    for r in store.query(_GUESSES.replace("?prefix", f'"{base}graph/"')).dicts():  # type: ignore[attr-defined]
        note = str(r["note"])
        kind = next((k for k in GUESS_PROPERTIES if note.startswith(k)), None)
        if kind is None:
            continue  # a name no vocabulary knows is an unknown-name item; reader warnings stay notes
        project = r.get("project")
        prop = GUESS_PROPERTIES[kind]
        subject = project if project is not None else r["doc"]
        if (subject, prop) in settled:
            continue
        items.append(
            Item(
                id=item_id("guessed", r["g"], note),
                kind="guessed",
                target=subject,  # type: ignore[arg-type]
                label=_text(r.get("title")) or str(r["doc"]),
                graph=r["g"],
                quote="",
                action=(
                    f"set {subject} {prop} <value>" if prop is not None else f"check the facts of {r['doc']}"
                )
                + "  (or leave it: the guess was right)",
                evidence=f"guessed by the ingest: {note}",
            )
        )
    if with_warnings:
        items.extend(warnings(store, base))
    return items


def find_item(items: Iterable[Item], key: str) -> Item | None:
    """An item by its id, its target IRI or (case-insensitively) its label."""
    for item in items:
        if key in (item.id, str(item.target)) or key.casefold() == item.label.casefold():
            return item
    return None


# -- building decisions from what a person typed ----------------------------------------------


def graph_sha(store: object, base: str, graph: URIRef | None) -> str | None:
    """The checksum of the document behind a graph, from the catalogue (the version decided on)."""
    if graph is None:
        return None
    result = store.query(  # type: ignore[attr-defined]
        f"SELECT ?sha WHERE {{ GRAPH <{base}meta/catalogue> {{ <{graph}> <{HG.sha256}> ?sha }} }}"
    )
    return str(result.rows[0][0]) if result.rows else None


def graph_holding(store: object, base: str, target: URIRef) -> URIRef | None:
    """The first document graph that says something about ``target`` (the one decided on)."""
    graphs = _graphs_with(store, base, f"<{target}> ?p ?o") or _graphs_with(store, base, f"?s ?p <{target}>")
    return graphs[0] if graphs else None


def value_like(text: str, like: Identifier | None = None) -> Identifier:
    """A value typed on the command line, as RDF: an IRI (``<…>``, ``http…``, a known prefix), a
    date, a number, else a literal of the same datatype or language as the value it replaces."""
    t = text.strip()
    if t.startswith("<") and t.endswith(">"):
        return URIRef(t[1:-1])
    if re.match(r"https?://", t):
        return URIRef(t)
    prefix, _, local = t.partition(":")
    if local and prefix in PREFIXES and " " not in t:
        return URIRef(PREFIXES[prefix] + local)
    if isinstance(like, Literal) and (like.datatype or like.language):
        return Literal(t, datatype=like.datatype) if like.datatype else Literal(t, lang=like.language)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
        return Literal(t, datatype=XSD.date)
    if re.fullmatch(r"-?\d+\.\d+", t):
        return Literal(t, datatype=XSD.decimal)
    if re.fullmatch(r"-?\d+", t):
        return Literal(t, datatype=XSD.integer)
    return Literal(t)


def expand_iri(text: str, base: str) -> URIRef:
    """An IRI as typed: full, ``<…>``, a prefixed name (``hg:endDate``) or a path under the base."""
    t = text.strip()
    value = value_like(t)
    if isinstance(value, URIRef):
        return value
    return URIRef(base + t.lstrip("/"))


ORGANISATION_TYPES = {"organisation": ORG.Organization, "hg": HG.Organisation}


def make(
    store: object,
    base: str,
    action: str,
    target: URIRef,
    *,
    by: Identifier,
    why: str = "",
    at: datetime | None = None,
    **fields: object,
) -> Decision:
    """A new decision about ``target``, with the document graph and checksum it is made on."""
    if action not in ACTIONS:
        raise CurationError(f"unknown action {action!r} (one of {', '.join(ACTIONS)})")
    for term in (target, by, *fields.values(), *(fields.get("types") or [])):  # type: ignore[misc]
        checked(term)
    when = at or datetime.now(UTC).replace(microsecond=0)
    if action in ("merge", "split"):
        target = record_of(store, target)
        if isinstance(fields.get("linked"), URIRef):
            fields["linked"] = record_of(store, fields["linked"])  # type: ignore[arg-type]
    graph = fields.pop("graph", None) or graph_holding(store, base, target)
    prop = fields.get("prop")
    if action == "set" and prop is not None and fields.get("original") is None and graph is not None:
        # The value read then is part of the decision: when the document no longer says it, the
        # decision has lost its target and goes back to the queue.
        read = graph_of(store, graph).value(target, prop)  # type: ignore[arg-type]
        if read is not None:
            fields["original"] = read
    corrected, original = fields.get("corrected"), fields.get("original")
    if original is None and prop is not None:  # typed like what the store holds now (a canonical value)
        found = store.query(f"SELECT ?o WHERE {{ <{target}> <{prop}> ?o }} LIMIT 1")  # type: ignore[attr-defined]
        original = found.rows[0][0] if found.rows else None
    if (
        isinstance(corrected, Literal)
        and isinstance(original, Literal)
        and corrected.datatype is None
        and corrected.language is None
        and (original.datatype or original.language)
    ):
        fields["corrected"] = value_like(str(corrected), original)  # typed like the value it replaces
    decision = Decision(
        iri=new_decision_iri(base, action, target, when, *sorted(f"{k}={v}" for k, v in fields.items())),
        action=action,
        target=target,
        by=by,
        at=when,
        why=why,
        graph=graph,  # type: ignore[arg-type]
        sha256=graph_sha(store, base, graph),  # type: ignore[arg-type]
        **fields,  # type: ignore[arg-type]
    )
    return decision


def _pairs(store: object, base: str, action: str) -> frozenset[frozenset[URIRef]]:
    return frozenset(
        frozenset((d.target, d.linked))
        for d in read_decisions(store, base)
        if d.action == action and d.linked is not None and d.linked != d.target
    )


def split_pairs(store: object, base: str) -> frozenset[frozenset[URIRef]]:
    """The pairs of project IRIs that ``split`` decisions keep apart (read by the canonical matching)."""
    return _pairs(store, base, "split")


def merge_pairs(store: object, base: str) -> frozenset[frozenset[URIRef]]:
    """The pairs of project IRIs that ``merge`` decisions join (read by the canonical matching)."""
    return _pairs(store, base, "merge")


def record_of(store: object, project: URIRef) -> URIRef:
    """A project IRI a document used for ``project`` when it is a canonical project (a merge or
    split of what a page shows is a decision about the records, which survive recomputation)."""
    result = store.query(  # type: ignore[attr-defined]
        f"SELECT (MIN(STR(?p)) AS ?first) WHERE {{ ?r a <{HG.ProjectRecord}> ; "
        f"<{PROV.specializationOf}> <{project}> ; <{HG.recordOf}> ?p }}"
    )
    first = result.rows[0][0] if result.rows else None
    return URIRef(str(first)) if first is not None else project


def decide(store: object, base: str, action: str, target: URIRef, **kw: object) -> tuple[URIRef, str]:
    """Make, record and apply one decision (the command line and /review both come here); returns
    its IRI and its state: ``applied``, ``vanished`` (its target is in no document graph; kept and
    listed in the queue) or ``recorded`` (split)."""
    from hankegraafi.ingest.derived import recompute_all

    decision = make(store, base, action, target, **kw)  # type: ignore[arg-type]
    record(store, base, decision)
    recompute_all(store, base)  # type: ignore[arg-type]
    state = graph_of(store, status_graph_iri(base)).value(decision.iri, HG.decisionStatus)
    return decision.iri, str(state or "recorded")


def corrections_of(store: object, subject: URIRef) -> list[dict[str, Identifier | None]]:
    """The corrections of facts about ``subject`` (for a page: the fact shown as corrected, by whom,
    why, and the original reading), newest decision first."""
    result = store.query(  # type: ignore[attr-defined]
        f"""PREFIX hg: <{HG}> PREFIX prov: <{PROV}> PREFIX rdf: <{RDF}>
        SELECT ?property ?original ?corrected ?decision ?action ?by ?at ?why ?g WHERE {{
          GRAPH ?g {{ ?c a hg:Correction ; hg:decision ?decision ; rdf:subject <{subject}> ; rdf:predicate ?property .
            OPTIONAL {{ ?c hg:originalValue ?original }} OPTIONAL {{ ?c hg:correctedValue ?corrected }} }}
          OPTIONAL {{ GRAPH ?cur {{ ?decision hg:curationAction ?action ; prov:wasAttributedTo ?by ; prov:endedAtTime ?at .
            OPTIONAL {{ ?decision hg:reason ?why }} }} }}
        }} ORDER BY DESC(?at) ?property"""
    )
    return result.dicts()  # type: ignore[no-any-return]


__all__ = [
    "ACTIONS",
    "Decision",
    "Item",
    "apply",
    "corrections_of",
    "curation_graph_iri",
    "decisions_from",
    "import_graph",
    "make",
    "queue",
    "read_decisions",
    "recompute",
    "record",
    "sorted_turtle",
    "status_graph_iri",
]
