"""The review queue: everything that needs a person now, with its source quote, proposed action and evidence."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from rdflib import URIRef
from rdflib.namespace import PROV, RDF, RDFS
from rdflib.term import Identifier

from hankegraafi.ingest.curation.decisions import document_graphs, graph_of, read_decisions, status_graph_iri
from hankegraafi.ontology.namespaces import HG

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
        for r in report.results:
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
        guess = next((k for k in GUESS_PROPERTIES if note.startswith(k)), None)
        if guess is None:
            continue  # a name no vocabulary knows is an unknown-name item; reader warnings stay notes
        project = r.get("project")
        prop = GUESS_PROPERTIES[guess]
        subject = project if project is not None else r["doc"]
        if (subject, prop) in settled:
            continue
        items.append(
            Item(
                id=item_id("guessed", r["g"], note),
                kind="guessed",
                target=subject,
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
    return result.dicts()
