"""Two warning shapes whose SPARQL runs only on the nodes it can answer for.

hgsh:DependencyShortcutShape and hgsh:UnmetGoalReasonShape are node shapes with
a class target and one SPARQL constraint, nothing else. pyshacl runs the query
once per focus node, in rdflib's engine (about half a millisecond each, 10 ms a
bench document), and on a well-formed document every answer is empty. Here
Python picks, among the shape's targets, the nodes whose query can give a row
(a superset of the ones that do), :func:`tags` tags them in the validated copy
and :func:`narrow` points the shape's target at the tag: pyshacl runs the same
query on those nodes and words the same results. A node left out would have
had no rows, so it had no result (tests/shapes/test_same_reports.py compares
the reports with the reference path; tests/shapes/test_narrowed.py the nodes).
"""

from __future__ import annotations

from collections.abc import Callable

from rdflib import Graph, Literal, Node, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SH

from hankegraafi.ontology.namespaces import PREFIXES

_HG = PREFIXES["hg"]
_SHAPES = "https://w3id.org/hankegraafi/shapes#"
_GOAL_STATUS = "https://w3id.org/hankegraafi/vocab/goal-status/"

#: The statuses the unmet-goal query's FILTER(?value IN (...)) names.
_UNMET = frozenset(URIRef(_GOAL_STATUS + s) for s in ("not-achieved", "partly-achieved", "moved-later"))


def instances(graph: Graph, cls: URIRef) -> set[Node]:
    """The SHACL instances of ``cls`` in ``graph``, found as pyshacl finds a sh:targetClass's."""
    found = set(graph.subjects(RDF.type, cls))
    for subclass in graph.transitive_subjects(RDFS.subClassOf, cls):
        if subclass != cls:
            found.update(graph.subjects(RDF.type, subclass))
    return found


def _shortcut_missing(graph: Graph) -> set[Node]:
    """Dependencies with a dependent and a target but no ``?dependent dct:requires ?value`` beside them."""
    found: set[Node] = set()
    for node in instances(graph, URIRef(_HG + "Dependency")):
        targets = list(graph.objects(node, URIRef(_HG + "dependsOn")))
        for dependent in graph.objects(node, URIRef(_HG + "dependent")):
            if any((dependent, DCTERMS.requires, value) not in graph for value in targets):
                found.add(node)
    return found


def _unmet_without_reason(graph: Graph) -> set[Node]:
    """Goals with an unmet status and no hg:statusReason."""
    return {
        node
        for node in instances(graph, URIRef(_HG + "Goal"))
        if any(value in _UNMET for value in graph.objects(node, URIRef(_HG + "goalStatus")))
        and (node, URIRef(_HG + "statusReason"), None) not in graph
    }


#: Each narrowed shape: its class target, its tag on the validated copy, and its candidates.
SHAPES: dict[URIRef, tuple[URIRef, URIRef, Callable[[Graph], set[Node]]]] = {
    URIRef(_SHAPES + "DependencyShortcutShape"): (
        URIRef(_HG + "Dependency"),
        URIRef("urn:hankegraafi:validation:shortcut-candidate"),
        _shortcut_missing,
    ),
    URIRef(_SHAPES + "UnmetGoalReasonShape"): (
        URIRef(_HG + "Goal"),
        URIRef("urn:hankegraafi:validation:unmet-goal-candidate"),
        _unmet_without_reason,
    ),
}


def narrow(shapes: Graph) -> None:
    """Point each narrowed shape's target at its tag (only where the shape is as described above)."""
    for shape, (cls, tag, _candidates) in SHAPES.items():
        if set(shapes.objects(shape, SH.targetClass)) != {cls}:
            continue  # the shapes file changed: the shape keeps its own target
        shapes.remove((shape, SH.targetClass, cls))
        shapes.add((shape, SH.targetSubjectsOf, tag))


def tags(target: Graph, shapes: Graph) -> list[tuple[Node, URIRef, Literal]]:
    """The tags to put on ``target`` for each shape :func:`narrow` narrowed in ``shapes`` (nothing written).

    The caller writes them after its other reads: each write makes the validated
    copy rebuild its lookup indexes on the next read (shapes/graphs.py).
    """
    found: list[tuple[Node, URIRef, Literal]] = []
    for shape, (_cls, tag, candidates) in SHAPES.items():
        if (shape, SH.targetSubjectsOf, tag) in shapes:
            found.extend((node, tag, Literal(True)) for node in candidates(target))
    return found
