"""What the ontology entails for the stored data, kept in the derived graph ``<base>meta/inferred``.

The rules are read off the ontology once per ontology version (:func:`rules`), so a new
axiom of a supported kind needs no new code:

- ``rdfs:subClassOf`` / ``owl:equivalentClass`` between named classes: every superclass;
- ``owl:hasValue`` and ``owl:hasSelf`` restrictions that are a subclass or an equivalent of a
  class: ``x p v`` (``x p x``) makes x a member, and a member gets ``x p v`` (``x p x``);
- ``rdfs:subPropertyOf`` / ``owl:equivalentProperty``: every superproperty;
- ``owl:inverseOf``, ``owl:SymmetricProperty``, ``owl:TransitiveProperty``;
- ``owl:propertyChainAxiom``: ``p1 … pn ⊑ q``.

Everything else (domains, ranges, disjointness, cardinalities, datatypes) is only checked,
by HermiT in ``hankegraafi ontology check`` (see docs/MODEL.md, "The profile").

The step reads the stored facts the rules can use (every graph but the ontology, the
document catalogue and this graph itself), closes them under the rules in memory with a
worklist (each new triple is joined only with what it can meet), and replaces the graph
whole with what follows and was not stated anywhere. So it is always wholly old or wholly
new, and removing a document removes exactly the inferences that rested on it alone.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.term import Node

Triple = tuple[Node, Node, Node]


def inferred_graph_iri(base: str) -> URIRef:
    """The inferred graph, beside the canonical projects (``<base>meta/canonical``)."""
    return URIRef(f"{base}meta/inferred")


@dataclass
class Rules:
    """The entailment rules of one ontology, in the form the closure uses."""

    superclasses: dict[Node, set[Node]] = field(default_factory=dict)  # reflexive-free closure
    superproperties: dict[Node, set[Node]] = field(default_factory=dict)
    inverses: dict[Node, set[Node]] = field(default_factory=lambda: defaultdict(set))
    symmetric: set[Node] = field(default_factory=set)
    transitive: set[Node] = field(default_factory=set)
    chains: list[tuple[Node, tuple[Node, ...]]] = field(default_factory=list)
    has_value: dict[Node, tuple[Node, Node]] = field(default_factory=dict)  # restriction -> (p, v)
    has_self: dict[Node, Node] = field(default_factory=dict)  # restriction -> p
    value_trigger: dict[tuple[Node, Node], set[Node]] = field(default_factory=lambda: defaultdict(set))
    self_trigger: dict[Node, set[Node]] = field(default_factory=lambda: defaultdict(set))

    @property
    def properties(self) -> set[Node]:
        """Every property a rule reads or writes: the facts worth reading from the store."""
        found: set[Node] = set(self.superproperties) | self.symmetric | self.transitive | set(self.inverses)
        for values in (*self.superproperties.values(), *self.inverses.values()):
            found |= values
        for head, body in self.chains:
            found |= {head, *body}
        found |= {p for p, _v in self.has_value.values()} | set(self.has_self.values())
        return found

    @property
    def classes(self) -> set[Node]:
        found = set(self.superclasses)
        for values in self.superclasses.values():
            found |= values
        return found


def _closure(edges: dict[Node, set[Node]]) -> dict[Node, set[Node]]:
    result: dict[Node, set[Node]] = {}
    for start in edges:
        seen: set[Node] = set()
        todo = list(edges[start])
        while todo:
            node = todo.pop()
            if node in seen or node == start:
                continue
            seen.add(node)
            todo.extend(edges.get(node, ()))
        result[start] = seen
    return {k: v for k, v in result.items() if v}


def compile_rules(ontology: Graph) -> Rules:
    """The rules of ``ontology``: the told axioms of the supported kinds, closed (the hierarchy
    a reasoner's classification gives for them; a test compares it with HermiT's)."""
    rules = Rules()
    for r in set(ontology.subjects(RDF.type, OWL.Restriction)):
        prop = ontology.value(r, OWL.onProperty)
        value = ontology.value(r, OWL.hasValue)
        if prop is not None and value is not None:
            rules.has_value[r] = (prop, value)
            rules.value_trigger[(prop, value)].add(r)
        elif prop is not None and ontology.value(r, OWL.hasSelf) == Literal(True):
            rules.has_self[r] = prop
            rules.self_trigger[prop].add(r)
    supported = set(rules.has_value) | set(rules.has_self)

    def usable(node: Node) -> bool:
        return isinstance(node, URIRef) or node in supported

    class_edges: dict[Node, set[Node]] = defaultdict(set)
    for a, b in ontology.subject_objects(RDFS.subClassOf):
        if usable(a) and usable(b) and a != b:
            class_edges[a].add(b)
    for a, b in ontology.subject_objects(OWL.equivalentClass):
        if usable(a) and usable(b) and a != b:
            class_edges[a].add(b)
            class_edges[b].add(a)
    rules.superclasses = _closure(class_edges)
    for r in supported:  # a restriction with no named class around it still types its members
        rules.superclasses.setdefault(r, set())

    prop_edges: dict[Node, set[Node]] = defaultdict(set)
    for a, b in ontology.subject_objects(RDFS.subPropertyOf):
        if isinstance(a, URIRef) and isinstance(b, URIRef) and a != b:
            prop_edges[a].add(b)
    for a, b in ontology.subject_objects(OWL.equivalentProperty):
        if isinstance(a, URIRef) and isinstance(b, URIRef) and a != b:
            prop_edges[a].add(b)
            prop_edges[b].add(a)
    rules.superproperties = _closure(prop_edges)
    for a, b in ontology.subject_objects(OWL.inverseOf):
        if isinstance(a, URIRef) and isinstance(b, URIRef):
            rules.inverses[a].add(b)
            rules.inverses[b].add(a)
    rules.symmetric = {p for p in ontology.subjects(RDF.type, OWL.SymmetricProperty) if isinstance(p, URIRef)}
    rules.transitive = {p for p in ontology.subjects(RDF.type, OWL.TransitiveProperty) if isinstance(p, URIRef)}
    for head, node in ontology.subject_objects(OWL.propertyChainAxiom):
        body = tuple(Collection(ontology, node))
        if isinstance(head, URIRef) and body and all(isinstance(p, URIRef) for p in body):
            rules.chains.append((head, body))
    rules.chains.sort(key=lambda c: (str(c[0]), [str(p) for p in c[1]]))
    return rules


@functools.cache
def rules() -> Rules:
    """The rules of the shipped ontology (read once per process, that is per ontology version)."""
    from hankegraafi.ontology.loader import ontology_graph

    return compile_rules(ontology_graph())


def closure(facts: Iterable[Triple], rules: Rules, *, a_type: Node = RDF.type) -> set[Triple]:
    """Everything ``facts`` entail under ``rules`` (the facts included); restriction
    memberships (blank-node classes) are internal and left out.

    The terms are rdflib's, or all strings as the engine writes them in N-Triples (``a_type``
    then ``<…#type>``, :func:`written_rules`): a literal starts with a quote, a blank node with
    ``_:``. Strings compare and hash in C, rdflib's terms compare in Python."""
    strings = isinstance(a_type, str) and not isinstance(a_type, Node)
    known: set[Triple] = set()
    out: dict[Node, dict[Node, set[Node]]] = defaultdict(lambda: defaultdict(set))
    into: dict[Node, dict[Node, set[Node]]] = defaultdict(lambda: defaultdict(set))
    agenda: list[Triple] = list(facts)

    def emit(s: Node, p: Node, o: Node) -> None:
        if s.startswith('"') if strings else isinstance(s, Literal):  # type: ignore[attr-defined]
            return  # an inverse of a data value: not RDF
        if (s, p, o) not in known:
            agenda.append((s, p, o))

    def walk(starts: set[Node], path: Iterable[Node], index: dict[Node, dict[Node, set[Node]]]) -> set[Node]:
        nodes = starts
        for prop in path:
            nodes = {n for m in nodes for n in index[prop].get(m, ())}
            if not nodes:
                break
        return nodes

    while agenda:
        triple = agenda.pop()
        if triple in known:
            continue
        known.add(triple)
        s, p, o = triple
        out[p][s].add(o)
        into[p][o].add(s)
        if p == a_type:
            for cls in rules.superclasses.get(o, ()):
                emit(s, a_type, cls)
            if o in rules.has_value:
                prop, value = rules.has_value[o]
                emit(s, prop, value)
            if o in rules.has_self:
                emit(s, rules.has_self[o], s)
            continue
        for sup in rules.superproperties.get(p, ()):
            emit(s, sup, o)
        for inverse in rules.inverses.get(p, ()):
            emit(o, inverse, s)
        if p in rules.symmetric:
            emit(o, p, s)
        if p in rules.transitive:
            for further in list(out[p].get(o, ())):
                emit(s, p, further)
            for earlier in list(into[p].get(s, ())):
                emit(earlier, p, o)
        for restriction in rules.value_trigger.get((p, o), ()):
            emit(s, a_type, restriction)
        if s == o:
            for restriction in rules.self_trigger.get(p, ()):
                emit(s, a_type, restriction)
        for head, body in rules.chains:
            for i, step in enumerate(body):
                if step != p:
                    continue
                sources = walk({s}, reversed(body[:i]), into)
                targets = walk({o}, body[i + 1 :], out)
                for a in sources:
                    for b in targets:
                        emit(a, head, b)
    if strings:
        return {t for t in known if not (t[1] == a_type and t[2].startswith("_:"))}  # type: ignore[attr-defined]
    return {t for t in known if not (t[1] == a_type and isinstance(t[2], BNode))}


def entailed_triples(facts: Iterable[Triple], rules: Rules) -> set[Triple]:
    """What follows from ``facts`` and is not among them: the inferred graph's content (as triples,
    no rdflib graph: adding 280 000 triples to one took longer than the closure)."""
    stated = set(facts)
    return closure(stated, rules) - stated


def entailed(facts: Iterable[Triple], rules: Rules) -> Graph:
    """:func:`entailed_triples` as a graph."""
    graph = Graph()
    for triple in entailed_triples(facts, rules):
        graph.add(triple)
    return graph


def read_facts(store: object, base: str, rules: Rules) -> set[Triple]:
    """The stored triples the rules can use, from every graph but the ontology, the document
    catalogue and the inferred graph itself (one query per kind of fact)."""
    from hankegraafi.ontology.namespaces import ONTOLOGY_GRAPH, catalogue_graph
    from hankegraafi.store.graphdiff import select

    skip = f"FILTER(?g NOT IN (<{ONTOLOGY_GRAPH}>, <{catalogue_graph(base)}>, <{inferred_graph_iri(base)}>))"
    facts: set[Triple] = set()
    props = " ".join(f"<{p}>" for p in sorted(map(str, rules.properties)))
    if props:
        result = select(
            store,
            f"SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {skip} VALUES ?p {{ {props} }} }}",
        )
        rows: list[tuple[Any, ...]] = result.rows  # IRIs and literals: the query binds every cell
        facts |= {(s, p, o) for s, p, o in rows}
    classes = " ".join(f"<{c}>" for c in sorted(str(c) for c in rules.classes if isinstance(c, URIRef)))
    if classes:
        result = select(
            store, f"SELECT DISTINCT ?s ?o WHERE {{ GRAPH ?g {{ ?s a ?o }} {skip} VALUES ?o {{ {classes} }} }}"
        )
        typed: list[tuple[Any, ...]] = result.rows
        facts |= {(s, RDF.type, o) for s, o in typed}
    return facts


def _skip(base: str) -> str:
    from hankegraafi.ontology.namespaces import ONTOLOGY_GRAPH, catalogue_graph

    return f"FILTER(?g NOT IN (<{ONTOLOGY_GRAPH}>, <{catalogue_graph(base)}>, <{inferred_graph_iri(base)}>))"


@functools.cache
def written_rules() -> tuple[Rules, str]:
    """:func:`rules` with every term a string as the engine writes it in N-Triples (a restriction,
    a blank node of the ontology, as ``_:`` and a number), and ``rdf:type`` so written."""
    from hankegraafi.store.graphdiff import as_written

    told = rules()
    named = [n for n in _rule_terms(told) if not isinstance(n, BNode)]
    written: dict[Node, Any] = dict(as_written(named))
    for n, blank in enumerate(sorted({n for n in _rule_terms(told) if isinstance(n, BNode)}, key=str)):
        written[blank] = f"_:hankegraafirule{n}"

    def w(node: Node) -> Any:
        return written[node]

    out = Rules(
        superclasses={w(k): {w(v) for v in vs} for k, vs in told.superclasses.items()},
        superproperties={w(k): {w(v) for v in vs} for k, vs in told.superproperties.items()},
        symmetric={w(p) for p in told.symmetric},
        transitive={w(p) for p in told.transitive},
        chains=[(w(head), tuple(w(p) for p in body)) for head, body in told.chains],
        has_value={w(r): (w(p), w(v)) for r, (p, v) in told.has_value.items()},
        has_self={w(r): w(p) for r, p in told.has_self.items()},
    )
    for k, vs in told.inverses.items():
        out.inverses[w(k)] = {w(v) for v in vs}
    for (p, v), rs in told.value_trigger.items():
        out.value_trigger[(w(p), w(v))] = {w(r) for r in rs}
    for p, rs in told.self_trigger.items():
        out.self_trigger[w(p)] = {w(r) for r in rs}
    return out, f"<{RDF.type}>"


def _rule_terms(rules: Rules) -> set[Node]:
    found: set[Node] = set(rules.superclasses) | rules.symmetric | rules.transitive | set(rules.inverses)
    for values in (*rules.superclasses.values(), *rules.superproperties.values(), *rules.inverses.values()):
        found |= values
    found |= set(rules.superproperties)
    for head, body in rules.chains:
        found |= {head, *body}
    for r, (p, v) in rules.has_value.items():
        found |= {r, p, v}
    for r, p in rules.has_self.items():
        found |= {r, p}
    return found


def read_written_facts(oxi: Any, base: str, pool: Executor | None = None) -> set[tuple[str, str, str]]:
    """:func:`read_facts` as strings as the engine writes them in N-Triples (CONSTRUCT queries
    whose N-Triples the engine writes: no term crosses into Python one by one). ``pool``: the
    class facts' query runs there while this thread runs the properties' (the engine evaluates
    with the interpreter's lock released)."""
    from hankegraafi.store.graphdiff import construct_lines

    told = rules()
    skip = _skip(base)
    lines: list[str] = []
    classes = " ".join(f"<{c}>" for c in sorted(str(c) for c in told.classes if isinstance(c, URIRef)))
    class_query = f"CONSTRUCT {{ ?s a ?o }} WHERE {{ GRAPH ?g {{ ?s a ?o }} {skip} VALUES ?o {{ {classes} }} }}"
    typed = pool.submit(construct_lines, oxi, class_query) if classes and pool is not None else None
    props = " ".join(f"<{p}>" for p in sorted(map(str, told.properties)))
    if props:
        lines += construct_lines(
            oxi, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {skip} VALUES ?p {{ {props} }} }}"
        )
    if typed is not None:
        lines += typed.result()
    elif classes:
        lines += construct_lines(oxi, class_query)
    # "s p o ." with one space between: neither an IRI nor a blank node label holds a space
    return {tuple(line[:-2].split(" ", 2)) for line in lines}  # type: ignore[misc]


def state_graph_iri(base: str) -> URIRef:
    """Where the derived step keeps what the inferred graph followed (:mod:`.inferdelta`)."""
    return URIRef(f"{base}meta/inferred-state")


def recompute(store: object, base: str) -> int:
    """Rebuild the inferred graph from what is stored now, written in one update; returns its size.
    The derived step rebuilds it through :func:`.inferdelta.recompute` (after an ingest, a
    re-ingest or a remove only what the write can have changed); a rebuild outside it drops what
    that step followed, so that its next run is whole."""
    size = recompute_whole(store, base)[0]
    store.drop_graph(state_graph_iri(base))  # type: ignore[attr-defined]
    return size


def recompute_whole(store: object, base: str) -> tuple[int, bool]:
    """:func:`recompute`'s rebuild; returns the graph's size and whether the data held a blank node.

    On an embedded store the facts are read, closed and written as N-Triples strings, as the
    engine writes them (:func:`read_written_facts`, :func:`written_rules`): the same graph as
    through rdflib's terms (tests/ontology/test_inference.py), in a third of the time. The
    engine's three reads (the two kinds of facts and the graph as stored) run at once in
    threads, and the stored graph is read while the closure is computed."""
    from hankegraafi.store.graphdiff import engine_of, stored_text, write_graph, write_lines

    oxi = engine_of(store)
    graph = inferred_graph_iri(base)
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="hg-inferred") as pool:
        stored = None if oxi is None else pool.submit(stored_text, oxi, graph)
        facts = None if oxi is None else read_written_facts(oxi, base, pool)
        # A blank node of the data: through rdflib's terms, which keep its label (write_graph replaces whole).
        if facts is None or any(s[0] == "_" or o[0] == "_" for s, _p, o in facts):
            triples = entailed_triples(read_facts(store, base, rules()), rules())
            write_graph(store, graph, triples)  # only what changed, in one update
            return len(triples), True
        written, a_type = written_rules()
        entailed = closure(facts, written, a_type=a_type) - facts  # type: ignore[arg-type]
        assert stored is not None
        write_lines(store, graph, {f"{s} {p} {o} ." for s, p, o in entailed}, stored=stored.result)
        return len(entailed), False


__all__ = [
    "Rules",
    "closure",
    "compile_rules",
    "entailed",
    "entailed_triples",
    "inferred_graph_iri",
    "read_facts",
    "recompute",
    "recompute_whole",
    "rules",
    "state_graph_iri",
]
