"""Shape cases as data: read a case, validate it, and say which shapes it exercises.

A case is a folder ``shapes/cases/<name>/`` with ``data.ttl`` (a document graph,
invented) and ``expected.ttl`` (the sh:ValidationReport it must produce). A
result is compared as (focus node, path, severity, shape, constraint
component). A property shape written as a blank node inside a node shape has
no name of its own, so its results name the node shape that holds it; the
path and the component tell the property shapes of one node shape apart.

``expected.ttl`` may also state ``case:passes <shape>``: the shape has targets
in this case only by construction when it fails (the SPARQL target of
hgsh:NoContactDetailsShape), so the case says it is a passing example and the
test checks that the shape reports nothing.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, Node, URIRef
from rdflib.namespace import RDF, RDFS, SH

from hankegraafi.shapes import background_graph, shapes_graph, validate
from hankegraafi.shapes.validate import ValidationReport

REPO = Path(__file__).resolve().parents[2]
CASES_DIR = REPO / "shapes" / "cases"
HGSH = Namespace("https://w3id.org/hankegraafi/shapes#")
CASE = Namespace("https://w3id.org/hankegraafi/shapes/cases#")

#: (focus node, path, severity, shape, constraint component)
Key = tuple[Node, Node | None, Node, Node, Node]

_TARGETS = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.target)
# Parameters that are not constraints of their own (or belong to another one).
_NOT_CONSTRAINTS = {
    SH.path,
    SH.message,
    SH.severity,
    SH.name,
    SH.description,
    SH.deactivated,
    SH.order,
    SH.group,
    SH.property,
    SH.qualifiedMinCount,
    SH.qualifiedMaxCount,
    SH.qualifiedValueShapesDisjoint,
    SH.prefixes,
    SH.declare,
    SH.flags,
    SH.ignoredProperties,
    *_TARGETS,
}
_COMPONENT_NAMES = {SH.sparql: "SPARQL", SH["in"]: "In", SH["or"]: "Or", SH["and"]: "And", SH["not"]: "Not"}


def case_dirs() -> list[Path]:
    """Every case folder, found by glob."""
    return sorted(p.parent for p in CASES_DIR.glob("*/data.ttl"))


@dataclass(frozen=True)
class Case:
    name: str
    data: Graph
    expected_conforms: bool
    expected: frozenset[Key]
    declared_passes: frozenset[Node]


def read_case(folder: Path) -> Case:
    data = Graph().parse(folder / "data.ttl", format="turtle")
    expected_path = folder / "expected.ttl"
    if not expected_path.is_file():
        raise AssertionError(f"{folder.name}: expected.ttl is missing")
    report = Graph().parse(expected_path, format="turtle")
    reports = list(report.subjects(RDF.type, SH.ValidationReport))
    if len(reports) != 1:
        raise AssertionError(f"{expected_path}: needs exactly one sh:ValidationReport, found {len(reports)}")
    conforms = report.value(reports[0], SH.conforms)
    if conforms is None:
        raise AssertionError(f"{expected_path}: sh:conforms is missing")
    keys = set()
    for result in report.objects(reports[0], SH.result):
        key = (
            report.value(result, SH.focusNode),
            report.value(result, SH.resultPath),
            report.value(result, SH.resultSeverity),
            report.value(result, SH.sourceShape),
            report.value(result, SH.sourceConstraintComponent),
        )
        missing = [
            n
            for n, v in zip(
                ("focusNode", "severity", "sourceShape", "component"),
                (key[0], key[2], key[3], key[4]),
                strict=True,
            )
            if v is None
        ]
        if missing:
            raise AssertionError(f"{expected_path}: a result lacks {', '.join(missing)}")
        keys.add(key)
    return Case(
        name=folder.name,
        data=data,
        expected_conforms=bool(conforms.toPython()),
        expected=frozenset(keys),
        declared_passes=frozenset(report.objects(reports[0], CASE.passes)),
    )


def canonical_shape(shape: Node) -> Node:
    """A named shape as it is; a blank property shape as the named node shape holding it."""
    if isinstance(shape, URIRef):
        return shape
    owners = [o for o in shapes_graph().subjects(SH.property, shape) if isinstance(o, URIRef)]
    if len(owners) != 1:
        raise AssertionError(f"blank shape {shape} has {len(owners)} named owners")
    return owners[0]


def report_keys(report: ValidationReport) -> frozenset[Key]:
    return frozenset(
        (r.focus_node, r.path, r.severity, canonical_shape(r.source_shape), r.source_constraint_component)
        for r in report.results
    )


@functools.cache
def run_case(folder: Path) -> tuple[Case, ValidationReport]:
    case = read_case(folder)
    return case, validate(case.data)


# -- which shapes there are, and which a case exercises ------------------------------------


@dataclass(frozen=True)
class Unit:
    """One shape to cover: a node shape's own constraints, or one of its property shapes."""

    shape: Node  # as results name it (see canonical_shape)
    path: Node | None  # for a blank property shape: tells it from its siblings
    components: frozenset[Node]
    owners: tuple[URIRef, ...]  # targeted node shapes that apply it
    nodes: frozenset[Node]  # helper shapes it uses through sh:node
    forbids: bool = False  # sh:maxCount 0: it holds on a node without a value

    @property
    def label(self) -> str:
        return _short(self.shape) + ("" if self.path is None else f"/{_short(self.path)}")

    def matches(self, key: Key) -> bool:
        _, path, _, shape, component = key
        return shape == self.shape and component in self.components and (self.path is None or path == self.path)


def _short(node: Node | None) -> str:
    text = str(node)
    for prefix, ns in (
        ("hgsh", str(HGSH)),
        ("hg", "https://w3id.org/hankegraafi/ontology#"),
        ("rdfs", str(RDFS)),
        ("dct", "http://purl.org/dc/terms/"),
        ("prov", "http://www.w3.org/ns/prov#"),
        ("foaf", "http://xmlns.com/foaf/0.1/"),
        ("org", "http://www.w3.org/ns/org#"),
        ("schema", "http://schema.org/"),
        ("dcat", "http://www.w3.org/ns/dcat#"),
    ):
        if text.startswith(ns):
            return f"{prefix}:{text[len(ns) :]}"
    return text


def components_of(shape: Node) -> frozenset[Node]:
    """The constraint components a shape uses, from its parameters."""
    found = set()
    for p in set(shapes_graph().predicates(shape, None)):
        if p in _NOT_CONSTRAINTS or p == RDF.type or not str(p).startswith(str(SH)):
            continue
        if p == SH.qualifiedValueShape:
            for count in (SH.qualifiedMinCount, SH.qualifiedMaxCount):
                if shapes_graph().value(shape, count) is not None:
                    found.add(SH[count.removeprefix(str(SH)).replace("q", "Q", 1) + "ConstraintComponent"])
            continue
        local = str(p).removeprefix(str(SH))
        name = _COMPONENT_NAMES.get(p, local[0].upper() + local[1:])
        found.add(SH[f"{name}ConstraintComponent"])
    return frozenset(found)


def targeted_node_shapes() -> list[URIRef]:
    g = shapes_graph()
    return sorted(
        s
        for s in set(g.subjects(RDF.type, SH.NodeShape))
        if isinstance(s, URIRef) and any(g.value(s, t) is not None for t in _TARGETS)
    )


@functools.cache
def units() -> tuple[Unit, ...]:
    g = shapes_graph()
    by_key: dict[tuple[Node, Node | None], dict] = {}
    for owner in targeted_node_shapes():
        own = components_of(owner)
        if own:
            entry = by_key.setdefault((owner, None), {"components": set(own), "owners": set(), "nodes": set()})
            entry["owners"].add(owner)
            entry["nodes"].update(g.objects(owner, SH.node))
        for prop in g.objects(owner, SH.property):
            path = g.value(prop, SH.path)
            # A named property shape is named by results; a blank one by its owner and path.
            key = (prop, None) if isinstance(prop, URIRef) else (owner, path)
            entry = by_key.setdefault(key, {"components": set(), "owners": set(), "nodes": set()})
            entry["components"] |= components_of(prop)  # two blank shapes may share a path
            entry["owners"].add(owner)
            entry["nodes"].update(g.objects(prop, SH.node))
            entry["forbids"] = entry.get("forbids", False) or g.value(prop, SH.maxCount) == Literal(0)
    out = []
    for (shape, path), entry in by_key.items():
        out.append(
            Unit(
                shape=shape,
                path=path,
                components=frozenset(entry["components"]),
                owners=tuple(sorted(entry["owners"])),
                nodes=frozenset(entry["nodes"]),
                forbids=entry.get("forbids", False),
            )
        )
    return tuple(sorted(out, key=lambda u: u.label))


def helper_shapes() -> list[URIRef]:
    """Shapes without targets that others use through sh:node."""
    g = shapes_graph()
    return sorted({o for o in g.objects(None, SH.node) if isinstance(o, URIRef)})


@functools.cache
def _copy(folder: Path) -> Graph:
    """The case's data with the background, as validation sees it."""
    copy = Graph()
    for triple in read_case(folder).data:
        copy.add(triple)
    for triple in background_graph():
        copy.add(triple)
    return copy


@functools.cache
def focus_nodes(shape: URIRef, folder: Path) -> frozenset[Node]:
    """The focus nodes of a node shape's targets in the copy that is validated."""
    g = shapes_graph()
    copy = _copy(folder)
    found: set[Node] = set()
    for cls in g.objects(shape, SH.targetClass):
        found.update(
            row[0]
            for row in copy.query(
                "SELECT ?x WHERE { ?x a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?c }",
                initBindings={"c": cls},
            )
        )
    for prop in g.objects(shape, SH.targetSubjectsOf):
        found.update(copy.subjects(prop, None))
    for prop in g.objects(shape, SH.targetObjectsOf):
        found.update(copy.objects(None, prop))
    found.update(g.objects(shape, SH.targetNode))
    for target in g.objects(shape, SH.target):
        select = g.value(target, SH.select)
        if select is not None:
            found.update(row[0] for row in copy.query(str(select)))
    return frozenset(found)


def exercised_clean(unit: Unit, folder: Path) -> bool:
    """True if some focus node of the unit (with a value on its path) has no result from it."""
    case, report = run_case(folder)
    keys = report_keys(report)
    g = shapes_graph()
    path = (
        unit.path
        if unit.path is not None
        else (g.value(unit.shape, SH.path) if isinstance(unit.shape, URIRef) else None)
    )
    for owner in unit.owners:
        for focus in focus_nodes(owner, folder):
            if isinstance(focus, BNode):
                continue
            if path is not None and (case.data.value(focus, path) is None) != unit.forbids:
                continue
            if not any(unit.matches(k) and k[0] == focus for k in keys):
                return True
    return False
