"""What changed, kept as data: one event per document added, replaced or removed.

The document catalogue (``<base>meta/catalogue``) describes the graphs that
are stored now: it forgets a removed document, and a replaced one keeps only
its latest ingest time. ``/changes.atom`` needs more, so the pipeline writes
one event into the change log graph ``<base>meta/changes`` each time it
stores or removes a document graph::

    <base>change/<hash> a prov:Activity ;
        dct:type <vocab/change-kind/added> | …/replaced | …/removed ;  # a literal in older logs
        prov:endedAtTime "…"^^xsd:dateTime ;
        prov:used <document graph> ;
        dct:source <document> ;
        hg:fileName "kainuu-loppuraportti.txt" ;
        dct:subject <project>, … .          # the projects the graph named then
    <project> rdfs:label "…"@fi .           # their names then (a removed graph takes them along)

Events are only added, never changed; a store written before this log began
has none for its documents, and the feed gives those as added at their
catalogue time.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from hankegraafi.ontology.namespaces import HG, VOCAB
from hankegraafi.store.base import SelectResult, Store

#: The change log graph, relative to the base IRI.
CHANGES_PATH = "meta/changes"
ACTIONS = ("added", "replaced", "removed")
_PROJECT_CLASSES = (HG.Project, HG.Investment, HG.SubProject, HG.WorkPackage)


def change_kind(action: str) -> URIRef:
    """The vocabulary concept of a kind of change (ontology/vocab/changes.ttl), named in fi/sv/en."""
    return VOCAB[f"change-kind/{action}"]


def action_of(value: object) -> str:
    """A stated kind of change as its code: the concept's last part, or an older event's literal."""
    return str(value).rstrip("/").rsplit("/", 1)[-1]


def changes_graph(base: str) -> URIRef:
    return URIRef(f"{base}{CHANGES_PATH}")


def projects_in(store: Store, graph: URIRef) -> list[tuple[URIRef, Literal]]:
    """The projects a document graph names, with one name each (Finnish first)."""
    classes = " ".join(f"<{c}>" for c in _PROJECT_CLASSES)
    result = store.query(
        f"""SELECT ?p (SAMPLE(?l) AS ?label) WHERE {{
              GRAPH <{graph}> {{ ?p a ?c VALUES ?c {{ {classes} }}
                OPTIONAL {{ ?p <{RDFS.label}> ?l FILTER(LANGMATCHES(LANG(?l), "fi") || LANG(?l) = "") }} }}
            }} GROUP BY ?p ORDER BY ?p"""
    )
    assert isinstance(result, SelectResult)
    out: list[tuple[URIRef, Literal]] = []
    for project, label in result.rows:
        if isinstance(project, URIRef):
            out.append(
                (project, label if isinstance(label, Literal) else Literal(str(project).rsplit("/", 1)[-1]))
            )
    return out


def record(
    store: Store,
    base: str,
    *,
    action: str,
    graph: URIRef,
    at: datetime,
    file_name: str | None,
    document: URIRef | None,
    projects: list[tuple[URIRef, Literal]],
) -> URIRef:
    """Add one event to the change log graph; returns its IRI."""
    if action not in ACTIONS:
        raise ValueError(f"unknown change {action!r}")
    digest = hashlib.sha256(f"{graph} {action} {at.isoformat()}".encode()).hexdigest()[:16]
    event = URIRef(f"{base}change/{digest}")
    g = Graph()
    g.add((event, RDF.type, PROV.Activity))
    g.add((event, DCTERMS.type, change_kind(action)))
    g.add((event, PROV.endedAtTime, Literal(at, datatype=XSD.dateTime)))
    g.add((event, PROV.used, graph))
    if document is not None:
        g.add((event, DCTERMS.source, document))
    if file_name:
        g.add((event, HG.fileName, Literal(file_name)))
    for project, label in projects:
        g.add((event, DCTERMS.subject, project))
        g.add((project, RDFS.label, label))
    body = g.serialize(format="nt")
    store.update(f"INSERT DATA {{ GRAPH <{changes_graph(base)}> {{ {body} }} }}")
    return event
