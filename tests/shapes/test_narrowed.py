"""shapes/narrowed.py: the nodes it hands pyshacl include every node the SPARQL answers for.

The reports themselves are compared with the reference path in
tests/shapes/test_same_reports.py; here the candidates are checked against the
shape's own query, run by rdflib on every target of every case.
"""

from __future__ import annotations

import importlib

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from hankegraafi.shapes import narrowed
from tests.shapes.casekit import case_dirs, read_case

_validate = importlib.import_module("hankegraafi.shapes.validate")

_DATA = """
@prefix hg: <https://w3id.org/hankegraafi/ontology#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix gs: <https://w3id.org/hankegraafi/vocab/goal-status/> .
@prefix ex: <https://example.org/test/> .

ex:kotihoito dct:requires ex:asiakastieto .
ex:ok a hg:Dependency ; hg:dependent ex:kotihoito ; hg:dependsOn ex:asiakastieto .
ex:missing a hg:Dependency ; hg:dependent ex:kotihoito ; hg:dependsOn ex:asiakastieto, ex:laboratorio .
ex:SpecialDependency rdfs:subClassOf hg:Dependency .
ex:sub a ex:SpecialDependency ; hg:dependent ex:kotihoito ; hg:dependsOn ex:laboratorio .
ex:untyped hg:dependent ex:kotihoito ; hg:dependsOn ex:laboratorio .

ex:met a hg:Goal ; hg:goalStatus gs:achieved .
ex:late a hg:Goal ; hg:goalStatus gs:moved-later .
ex:explained a hg:Goal ; hg:goalStatus gs:not-achieved ; hg:statusReason "Rekrytointi viivästyi."@fi .
"""

_EX = "https://example.org/test/"


def _query_answers(copy: Graph, shape: URIRef) -> set[object]:
    """The targets for which the shape's own SELECT gives a row (rdflib, as pyshacl asks)."""
    constraint = _validate.shapes_graph().value(shape, SH.sparql)
    text = str(_validate.shapes_graph().value(constraint, SH.select))
    prefixes = "PREFIX hg: <https://w3id.org/hankegraafi/ontology#>\nPREFIX dct: <http://purl.org/dc/terms/>\n"
    cls = narrowed.SHAPES[shape][0]
    return {
        node
        for node in narrowed.instances(copy, cls)
        if len(copy.query(prefixes + text, initBindings={"this": node}))
    }


def test_candidates_of_a_small_graph() -> None:
    copy = Graph().parse(data=_DATA, format="turtle")
    shortcut, unmet = (narrowed.SHAPES[s][2](copy) for s in narrowed.SHAPES)
    # A subclass instance is a target; a node without the class is none.
    assert shortcut == {URIRef(_EX + "missing"), URIRef(_EX + "sub")}
    assert unmet == {URIRef(_EX + "late")}
    for shape in narrowed.SHAPES:
        assert _query_answers(copy, shape) == narrowed.SHAPES[shape][2](copy)


@pytest.mark.parametrize(
    "folder",
    [
        d
        for d in case_dirs()
        if d.name in {"dependency-bad", "goals-outputs-effects-indicators-bad", "warnings-only"}
    ],
    ids=lambda p: p.name,
)
def test_candidates_cover_the_query_answers(folder: object) -> None:
    copy = _validate._assemble(read_case(folder).data, None, indexed=True)  # type: ignore[arg-type]
    answered = 0
    for shape, (cls, _tag, candidates) in narrowed.SHAPES.items():
        found = candidates(copy)
        answers = _query_answers(copy, shape)
        assert answers <= found <= narrowed.instances(copy, cls)
        answered += len(answers)
    if folder.name == "warnings-only":  # type: ignore[attr-defined]
        assert answered == 4  # one missing shortcut, three unexplained unmet goals


def test_narrow_leaves_a_changed_shape_alone() -> None:
    shapes = Graph()
    shape = next(iter(narrowed.SHAPES))
    shapes.add((shape, SH.targetClass, URIRef(_EX + "Other")))
    narrowed.narrow(shapes)
    assert (shape, SH.targetClass, URIRef(_EX + "Other")) in shapes
    data = Graph().parse(data=_DATA, format="turtle")
    # No tags where the shape was not narrowed.
    assert narrowed.tags(data, shapes) == []
    assert (shape, SH.targetSubjectsOf, narrowed.SHAPES[shape][1]) not in shapes
    narrowed.narrow(narrowed_shapes := Graph())
    assert narrowed.tags(data, narrowed_shapes) == []  # the shapes of another file: nothing targeted
    fitting = Graph()
    for each, (cls, _tag, _candidates) in narrowed.SHAPES.items():
        fitting.add((each, SH.targetClass, cls))
    narrowed.narrow(fitting)
    assert {(str(n), str(t)) for n, t, _true in narrowed.tags(data, fitting)} == {
        (_EX + "missing", "urn:hankegraafi:validation:shortcut-candidate"),
        (_EX + "sub", "urn:hankegraafi:validation:shortcut-candidate"),
        (_EX + "late", "urn:hankegraafi:validation:unmet-goal-candidate"),
    }
