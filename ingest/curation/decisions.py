"""Decisions as data: the curation graph, its terms, and making one decision from what a person typed."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD
from rdflib.term import Identifier, Node

from hankegraafi.ontology.namespaces import HG, PREFIXES, VOCAB, mint
from hankegraafi.store.base import sparql_term
from hankegraafi.xmlchars import check_term

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


#: The decision fields whose value is a concept of one scheme of the vocabularies (ontology/vocab).
CONCEPT_FIELDS = {"kind": "dependency-kind", "region": "county"}


def checked_fields(action: str, target: object, fields: Mapping[str, object]) -> None:
    """CurationError when a field names nothing it may: a dependency's kind or an organisation's
    county that is no concept of its scheme, a merge or split of a project with itself (found by
    attack, stop 33: /review and the command line recorded the kind <javascript://alert(1)>, the
    made-up <…/dependency-kind/a-b> and a merge of a project into itself as applied decisions)."""
    from hankegraafi.ontology import registry

    for name, scheme_name in CONCEPT_FIELDS.items():
        value = fields.get(name)
        scheme = registry.scheme(scheme_name)
        if value is not None and str(value) not in {str(concept.iri) for concept in scheme}:
            raise CurationError(
                f"{name}: {str(value)[:120]!r} is no concept of {scheme_name} (one of {', '.join(scheme.keys)})"
            )
    if action in ("merge", "split") and fields.get("linked") == target:
        raise CurationError(f"{action}: {str(target)[:120]} is one project; name two")


def checked(term: object) -> object:
    """``term`` when it is safe to write between ``<>`` (or not an IRI) and holds no character an
    XML answer cannot hold (a value typed in a form: :mod:`hankegraafi.xmlchars`), else CurationError."""
    if isinstance(term, URIRef) and (_IRI_FORBIDDEN.search(str(term)) or ":" not in str(term)):
        raise CurationError(f"not an IRI: {str(term)[:120]!r}")
    if isinstance(term, URIRef):  # as the engine's own parser reads it (RFC 3987: '%G0', '[', a second '#')
        import pyoxigraph

        try:
            pyoxigraph.NamedNode(str(term))
        except ValueError as exc:
            raise CurationError(f"not an IRI: {str(term)[:120]!r} ({exc})") from None
    if isinstance(term, str):  # an IRI, a literal or a reason
        try:
            check_term(term, f"the value {term[:120]!r}")
        except ValueError as exc:
            raise CurationError(str(exc)) from None
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
        g.add((d, PROV.wasAttributedTo, self.by))
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


def _one(g: Graph, s: Node, p: URIRef) -> Identifier | None:
    """The first object of ``s p`` (by its text); a graph's objects are RDF terms (Identifier)."""
    return next(iter(sorted((o for o in g.objects(s, p) if isinstance(o, Identifier)), key=str)), None)


def _iri(g: Graph, s: Node, p: URIRef) -> URIRef | None:
    """The first object of ``s p`` when it is an IRI; CurationError when it is another term."""
    value = _one(g, s, p)
    if value is not None and not isinstance(value, URIRef):
        raise CurationError(f"not an IRI: {value.n3()[:120]}")
    return value


def _iris(g: Graph, s: Node, p: URIRef) -> list[URIRef]:
    """Every object of ``s p`` (by its text), each an IRI, else CurationError."""
    out = []
    for value in sorted(g.objects(s, p), key=str):
        if not isinstance(value, URIRef):
            raise CurationError(f"not an IRI: {value.n3()[:120]}")
        out.append(value)
    return out


def _literals(g: Graph, s: Node, p: URIRef) -> list[Literal]:
    """Every object of ``s p`` (by language, then text), each a literal, else CurationError."""
    out = []
    for value in g.objects(s, p):
        if not isinstance(value, Literal):
            raise CurationError(f"not a literal: {value.n3()[:120]}")
        out.append(value)
    return sorted(out, key=lambda x: (x.language or "", str(x)))


def _decision(g: Graph, d: Node) -> Decision | None:
    """The decision ``d`` as ``g`` holds it, None without a target; CurationError when a term that
    must be an IRI is not one (or is not safe to write between ``<>``)."""
    if not isinstance(d, URIRef):
        raise CurationError(f"not an IRI: {d.n3()[:120]}")
    at_lit = _one(g, d, PROV.endedAtTime)
    try:
        at = datetime.fromisoformat(str(at_lit)) if at_lit is not None else datetime.fromtimestamp(0, UTC)
    except ValueError:
        at = datetime.fromtimestamp(0, UTC)
    action = str(_one(g, d, HG.curationAction) or "")
    target = _iri(g, d, HG.curationTarget)
    by = _one(g, d, PROV.wasAttributedTo) or Literal("")
    why = str(_one(g, d, HG.reason) or "")
    prop = _iri(g, d, HG.curationProperty)
    original = _one(g, d, HG.originalValue)
    corrected = _one(g, d, HG.correctedValue)
    linked = _iri(g, d, HG.linkedTo)
    kind = _iri(g, d, HG.linkKind)
    types = _iris(g, d, HG.confirmedType)
    region = _iri(g, d, HG.region)
    labels = _literals(g, d, HG.confirmedLabel)
    graph = _iri(g, d, PROV.used)
    sha256 = str(v) if (v := _one(g, d, HG.documentSha256)) is not None else None
    for term in (d, target, by, why, prop, original, corrected, linked, kind, region, graph, *types, *labels):
        checked(term)
    if target is None:
        return None
    checked_fields(action, target, {"kind": kind, "region": region, "linked": linked})  # an import too
    return Decision(
        iri=d,
        action=action,
        target=target,
        by=by,
        at=at,
        why=why,
        prop=prop,
        original=original,
        corrected=corrected,
        linked=linked,
        kind=kind,
        types=types,
        region=region,
        labels=labels,
        graph=graph,
        sha256=sha256,
    )


def decisions_from(g: Graph) -> list[Decision]:
    """The decisions a curation graph holds, oldest first (the order they are applied in). A
    decision with a term that must be an IRI and is not (or is not safe) is left out, logged."""
    safe = []
    for d in set(g.subjects(RDF.type, HG.CurationDecision)):
        try:
            decision = _decision(g, d)
        except CurationError as exc:
            log.warning("decision %s left out: %s", str(d)[:120], exc)
            continue
        if decision is not None:
            safe.append(decision)
    return sorted(safe, key=lambda d: (d.at, str(d.iri)))


def decision_faults(g: Graph) -> list[str]:
    """Why each decision of ``g`` that :func:`decisions_from` leaves out is left out, one line each
    (its IRI and the reason), for an import to say what it did not apply."""
    faults = []
    for d in sorted(set(g.subjects(RDF.type, HG.CurationDecision)), key=str):
        try:
            if _decision(g, d) is None:
                faults.append(f"{str(d)[:120]}: no hg:curationTarget")
        except CurationError as exc:
            faults.append(f"{str(d)[:120]}: {exc}")
    return faults


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

    def term(t: Node) -> str:
        if isinstance(t, URIRef):
            text = str(t)
            for p, ns in sorted(used.items(), key=lambda x: -len(x[1])):
                local = text[len(ns) :]
                if text.startswith(ns) and re.fullmatch(r"[A-Za-z][\w-]*", local):
                    return f"{p}:{local}"
            return t.n3()
        # A literal as a short escaped string: rdflib's long form for text with a line break
        # can end in four quotes, which strict Turtle readers (Oxigraph) refuse.
        return sparql_term(t) if isinstance(t, Literal) else t.n3()

    for s in sorted(set(g.subjects()), key=str):
        statements = sorted(
            ((term(p), term(o)) for p, o in g.predicate_objects(s)), key=lambda x: (x[0] != "rdf:type", x)
        )
        body = " ;\n    ".join(f"{p if p != 'rdf:type' else 'a'} {o}" for p, o in statements)
        lines.append(f"{term(s)}\n    {body} .\n")
    return "\n".join(lines)


def document_graphs(store: object, base: str) -> list[URIRef]:
    """The document graphs now stored (not the quarantine, the catalogue or the derived graphs)."""
    result = store.query(  # type: ignore[attr-defined]
        f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?d a <{HG.SourceDocument}> }} FILTER(STRSTARTS(STR(?g), "{base}graph/")) }}'
    )
    return sorted(row[0] for row in result.rows)


def _graphs_with(store: object, base: str, pattern: str) -> list[URIRef]:
    result = store.query(  # type: ignore[attr-defined]
        f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ {pattern} }} FILTER(STRSTARTS(STR(?g), "{base}graph/")) }}'
    )
    return sorted(row[0] for row in result.rows)


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
    lists = (*(fields.get("types") or []), *(fields.get("labels") or []))  # type: ignore[misc]
    for term in (target, by, why, *fields.values(), *lists):
        checked(term)
    checked_fields(action, target, fields)
    # A link says 'this name is that thing': the thing must be one the store knows. A dependency may
    # name a project not published yet, but not a concept the closed vocabularies lack.
    linked = fields.get("linked")
    closed = action == "depend" and str(linked).startswith(str(VOCAB))
    if (action == "link" or closed) and isinstance(linked, URIRef) and not described(store, linked):
        raise CurationError(
            f"{action}: {str(linked)[:120]} is nothing the store knows (no triple about it in any graph): "
            "name a concept of the vocabularies or a resource a document names, or confirm a new one"
        )
    when = at or datetime.now(UTC).replace(microsecond=0)
    if action in ("merge", "split"):
        target = record_of(store, target)
        if isinstance(fields.get("linked"), URIRef):
            fields["linked"] = record_of(store, fields["linked"])  # type: ignore[arg-type]
        checked_fields(action, target, fields)  # two records of one canonical project are one too
    given = fields.pop("graph", None)
    graph = given if isinstance(given, URIRef) and given else graph_holding(store, base, target)
    prop = fields.get("prop")
    if action == "set" and isinstance(prop, URIRef) and fields.get("original") is None and graph is not None:
        # The value read then is part of the decision: when the document no longer says it, the
        # decision has lost its target and goes back to the queue.
        read = graph_of(store, graph).value(target, prop)
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
        graph=graph,
        sha256=graph_sha(store, base, graph),
        **fields,  # type: ignore[arg-type]
    )
    return decision


def described(store: object, iri: URIRef) -> bool:
    """Whether any graph of the store says something about ``iri``: a link or dependency to an IRI
    nothing describes (a typo, 'organisation/thll') was applied and left the fact pointing nowhere."""
    found = store.query(  # type: ignore[attr-defined]
        f"ASK {{ {{ <{iri}> ?p ?o }} UNION {{ GRAPH ?g {{ <{iri}> ?p ?o }} }} }}"
    )
    return found is True


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
