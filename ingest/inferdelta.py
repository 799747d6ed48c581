"""The inferred graph after an ingest, a re-ingest or a remove: only what the write can have changed.

At 10^6 triples the whole rebuild of ``<base>meta/inferred`` (:func:`.inference.recompute`) cost
every write about 8 s of CPU: every fact of the store read (240 000), closed under the rules, and
the stored graph (280 000 triples) read back to write the difference, although one document
changes a few hundred of them. With the graphs a write touched, this module recomputes only the
inferred triples whose subject the write can have reached; the result is exactly what a whole
rebuild stores (``tests/ingest/test_derived_incremental.py`` compares them after every kind of
write).

Why that is exact. Every inferred triple ``(x p y)`` follows from facts that touch ``K(x)``, the
*component* of ``x``: nodes joined by the triples a join rule needs (the transitive properties and
every chain step but the last, and whatever yields them by a sub-property, an inverse or symmetry:
:attr:`Shape.link`). A fact touches ``K(x)`` when its subject is in it, or its object is and its
property yields an inverse (:attr:`Shape.back`). A type, a sub-property, an inverse, a value
restriction or a chain's head never reaches further; where the ontology's rules could (a chain's
head or a value restriction's property that links or has an inverse), :func:`shape` says None and
the rebuild is whole. So when the changed facts are known, the *seeds* (each changed fact's
subject, and its object when its property links or has an inverse) and their components ``S*``
hold every subject whose inferred triples can change; those are recomputed from the facts that
touch ``S*`` and written as their difference, and every other inferred triple stays.

The changed facts: those of the touched graphs before the write (each document graph's seeds are
stored beside the inferred graph, in ``<base>meta/inferred-state``) and now, and those the steps
before this one wrote (the canonical projects, curation edits: noted by
:func:`~hankegraafi.store.graphdiff.noting`). Anything else rebuilds whole: a graph of the
catalogue that changed and is not touched, another graph whose rule facts changed (their digest is
stored), a blank node, a graph replaced whole, stored state of other data or of no format of ours.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import RDF

from hankegraafi.ingest.inference import Rules, inferred_graph_iri, state_graph_iri
from hankegraafi.queries.pieces import decode_body, encode_body

log = logging.getLogger(__name__)

_TYPE = f"<{RDF.type}>"
#: A graph outside the catalogue with more rule facts than this is followed by a digest alone.
_KEPT_LINES = 5000
#: The format of what is stored beside the inferred graph (another value: rebuilt whole once).
FORMAT = "2"


def _followed_predicate(base: str) -> str:
    return f"{base}meta/inferred-state#followed-{FORMAT}"


def _seeds_predicate(base: str) -> str:
    return f"{base}meta/inferred-state#seeds-{FORMAT}"


@dataclass(frozen=True)
class Shape:
    """What the rules read and join on, every property and class written as in N-Triples."""

    props: frozenset[str]
    classes: frozenset[str]
    #: properties whose triples join their subject and object into one component
    link: frozenset[str]
    #: properties a triple of which yields one the other way (its object's inferred triples read it)
    back: frozenset[str]


def shape(rules: Rules) -> Shape | None:
    """The :class:`Shape` of ``rules`` (rdflib terms), or None when a rule can reach past a
    component (a chain's head, or a value restriction's property, that links or has an inverse)."""
    props = set(rules.properties)

    def yields(p: Any) -> set[Any]:  # what a triple of p gives by single-triple rules, p included
        seen, todo = {p}, [p]
        while todo:
            q = todo.pop()
            for r in (*rules.superproperties.get(q, ()), *rules.inverses.get(q, ())):
                if r not in seen:
                    seen.add(r)
                    todo.append(r)
        return seen

    joins = set(rules.transitive)
    for _head, body in rules.chains:
        joins.update(body[:-1])
    link = {p for p in props if yields(p) & joins}
    turning = set(rules.symmetric) | {p for p, inv in rules.inverses.items() if inv}
    back = {p for p in props if yields(p) & turning}
    risky = [head for head, _body in rules.chains] + [p for p, _v in rules.has_value.values()]
    if any(yields(p) & (link | back | joins | turning) for p in risky):
        return None
    classes = {c for c in rules.classes if isinstance(c, URIRef)}
    return Shape(
        frozenset(f"<{p}>" for p in props),
        frozenset(f"<{c}>" for c in classes),
        frozenset(f"<{p}>" for p in link),
        frozenset(f"<{p}>" for p in back),
    )


def _relevant(shape: Shape, p: str, o: str) -> bool:
    return p in shape.props or (p == _TYPE and o in shape.classes)


def seeds_of(shape: Shape, triples: Iterable[tuple[str, str, str]]) -> set[str]:
    """The seeds of changed facts (N-Triples terms): each rule fact's subject, and its object when
    its property links or has an inverse."""
    out: set[str] = set()
    for s, p, o in triples:
        if not _relevant(shape, p, o):
            continue
        out.add(s)
        if o.startswith("<") and (p in shape.link or p in shape.back):
            out.add(o)
    return out


def _line_triple(line: str) -> tuple[str, str, str] | None:
    parts = line[:-2].split(" ", 2) if line.endswith(" .") else []
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 else None


def _rule_triples(engine: ox.Store, shape: Shape, graph: str) -> list[tuple[str, str, str]]:
    """The rule facts of one graph, each looked up by its property or class (a graph of stored
    answers holds megabytes of literals no rule reads)."""
    g = ox.NamedNode(graph)
    out = [
        (str(q.subject), p, str(q.object))
        for p in sorted(shape.props)
        for q in engine.quads_for_pattern(None, ox.NamedNode(p[1:-1]), None, g)
    ]
    a = ox.NamedNode(_TYPE[1:-1])
    out += [
        (str(q.subject), _TYPE, c)
        for c in sorted(shape.classes)
        for q in engine.quads_for_pattern(None, a, ox.NamedNode(c[1:-1]), g)
    ]
    return out


def _excluded(base: str) -> set[str]:
    from hankegraafi.ontology.namespaces import ONTOLOGY_GRAPH, catalogue_graph

    return {str(ONTOLOGY_GRAPH), str(catalogue_graph(base)), str(inferred_graph_iri(base))}


def other_facts(engine: ox.Store, base: str, shape: Shape, documents: Collection[str]) -> dict[str, list[str]]:
    """The rule facts (``s p o`` lines) of every graph the rules read that is neither a document of
    the catalogue nor the canonical projects (followed by their writes): the vocabularies, the
    curation status, the change log, a loaded graph outside the catalogue (a few hundred lines)."""
    from hankegraafi.ingest.canonical import canonical_graph_iri

    skip = _excluded(base) | {str(canonical_graph_iri(base)), str(state_graph_iri(base))} | set(documents)
    out: dict[str, list[str]] = {}
    for node in engine.named_graphs():
        g = node.value if isinstance(node, ox.NamedNode) else str(node)
        if g in skip:
            continue
        lines = sorted(f"{s} {p} {o}" for s, p, o in _rule_triples(engine, shape, g))
        if len(lines) > _KEPT_LINES:  # a large loaded graph: its digest alone (a change rebuilds whole)
            lines = ["#" + hashlib.sha256("\n".join(lines).encode()).hexdigest()]
        if lines:
            out[g] = lines
    return out


def all_seeds(engine: ox.Store, shape: Shape, documents: Collection[str]) -> dict[str, list[str]]:
    """Each document graph's seeds (what a later write of it is compared with)."""
    values = " ".join(sorted(shape.props))
    classes = " ".join(sorted(shape.classes))
    turning = " ".join(sorted(shape.link | shape.back))
    parts = [f"{{ ?n ?p ?o VALUES ?p {{ {values} }} }}", f"{{ ?n a ?c VALUES ?c {{ {classes} }} }}"]
    if turning:
        parts.append(f"{{ ?x ?q ?n VALUES ?q {{ {turning} }} FILTER(isIRI(?n)) }}")
    found: dict[str, set[str]] = {}
    query = f"SELECT DISTINCT ?g ?n WHERE {{ GRAPH ?g {{ {' UNION '.join(parts)} }} }}"
    for row in engine.query(query):  # type: ignore[union-attr]
        g, n = row[0], row[1]
        if isinstance(g, ox.NamedNode) and g.value in documents:
            found.setdefault(g.value, set()).add(str(n))
    return {g: sorted(found[g]) for g in sorted(found)}


def _component(engine: ox.Store, shape: Shape, seeds: set[str], excluded: set[str]) -> set[str] | None:
    """The seeds' components (every node a linking fact joins them to); None at a blank node."""
    links = [ox.NamedNode(p[1:-1]) for p in sorted(shape.link)]
    seen = set(seeds)
    todo = list(seeds)
    while todo:
        node = ox.NamedNode(todo.pop()[1:-1])
        for p in links:
            for q in engine.quads_for_pattern(node, p, None):
                if _skip_graph(q.graph_name, excluded):
                    continue
                if not isinstance(q.object, ox.NamedNode):
                    if isinstance(q.object, ox.BlankNode):
                        return None
                    continue
                other = str(q.object)
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
            for q in engine.quads_for_pattern(None, p, node):
                if _skip_graph(q.graph_name, excluded):
                    continue
                if not isinstance(q.subject, ox.NamedNode):
                    return None
                other = str(q.subject)
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
    return seen


def _skip_graph(graph: object, excluded: set[str]) -> bool:
    return not isinstance(graph, ox.NamedNode) or graph.value in excluded


def _facts_touching(
    engine: ox.Store, shape: Shape, nodes: set[str], excluded: set[str]
) -> set[tuple[str, str, str]] | None:
    """The rule facts whose subject is one of ``nodes``, or whose object is and whose property has
    an inverse (as :func:`~.inference.read_written_facts` writes them); None at a blank node."""
    facts: set[tuple[str, str, str]] = set()
    backs = [ox.NamedNode(p[1:-1]) for p in sorted(shape.back)]
    for n in nodes:
        node = ox.NamedNode(n[1:-1])
        for q in engine.quads_for_pattern(node, None, None):
            if _skip_graph(q.graph_name, excluded):
                continue
            p, o = str(q.predicate), str(q.object)
            if _relevant(shape, p, o):
                if isinstance(q.object, ox.BlankNode):
                    return None
                facts.add((n, p, o))
        for p_node in backs:
            for q in engine.quads_for_pattern(None, p_node, node):
                if _skip_graph(q.graph_name, excluded):
                    continue
                if not isinstance(q.subject, ox.NamedNode):
                    return None
                facts.add((str(q.subject), str(q.predicate), n))
    return facts


@dataclass
class Stored:
    """What the last rebuild stored beside the inferred graph."""

    followed: dict[str, Any]
    others: dict[str, list[str]]
    seeds: dict[str, list[str]]


def read_stored(engine: ox.Store, base: str, graphs: Collection[str]) -> Stored | None:
    """The stored state, with the seeds of ``graphs`` only; None when there is none of this format."""
    g = ox.NamedNode(str(state_graph_iri(base)))
    state: dict[str, Any] | None = None
    for q in engine.quads_for_pattern(g, ox.NamedNode(_followed_predicate(base)), None, g):
        try:
            value = json.loads(q.object.value) if isinstance(q.object, ox.Literal) else None
        except ValueError:
            return None
        state = value if isinstance(value, dict) else None
    if (
        state is None
        or not isinstance(state.get("followed"), dict)
        or not isinstance(state.get("others"), dict)
    ):
        return None
    seeds: dict[str, list[str]] = {}
    predicate = ox.NamedNode(_seeds_predicate(base))
    for graph in graphs:
        for q in engine.quads_for_pattern(ox.NamedNode(graph), predicate, None, g):
            if isinstance(q.object, ox.Literal):
                try:
                    text = decode_body(q.object.value).decode("utf-8")
                except ValueError:
                    return None
                seeds[graph] = [s for s in text.split("\n") if s]
    return Stored(state["followed"], state["others"], seeds)


def state_lines(
    base: str, followed: dict[str, Any], others: dict[str, list[str]], seeds: dict[str, list[str]]
) -> set[str]:
    """The state graph's triples as N-Triples lines (the followed data and digests, each graph's seeds)."""
    g = str(state_graph_iri(base))
    text = json.dumps({"followed": followed, "others": others}, ensure_ascii=False, sort_keys=True)
    lines = {f"<{g}> <{_followed_predicate(base)}> {ox.Literal(text)} ."}
    for graph, nodes in seeds.items():
        packed = encode_body("\n".join(nodes).encode("utf-8"))  # compressed: 12 MB of IRIs at 10^6 triples
        lines.add(f"<{graph}> <{_seeds_predicate(base)}> {ox.Literal(packed)} .")
    return lines


def write_whole_state(store: object, engine: ox.Store, base: str, shape: Shape | None) -> None:
    """After a whole rebuild: store what it followed (nothing when partial rebuilds cannot be made)."""
    from hankegraafi.queries.answers import engine_select
    from hankegraafi.queries.pagedelta import read_state
    from hankegraafi.store.graphdiff import write_lines

    graph = state_graph_iri(base)
    if shape is None:
        store.drop_graph(graph)  # type: ignore[attr-defined]
        return
    _version, followed = read_state(engine_select(store), base)  # type: ignore[arg-type]
    documents = set(followed["graphs"])
    if not documents:
        # No document to follow: a store with no data keeps no bookkeeping either ("CLEAR ALL" leaves every graph
        # empty, the W3C protocol test asks), and the next write rebuilds whole, as with no state.
        store.drop_graph(graph)  # type: ignore[attr-defined]
        return
    lines = state_lines(
        base, followed, other_facts(engine, base, shape, documents), all_seeds(engine, shape, documents)
    )
    write_lines(store, graph, lines)


def partial(store: object, engine: ox.Store, base: str, touched: Collection[str]) -> int | None:
    """Rewrite the inferred graph after a write of the document graphs ``touched`` from the facts
    that write can have reached; returns how many subjects were recomputed, or None (nothing
    written) when the whole graph must be rebuilt."""
    from hankegraafi.ingest.inference import closure, rules, written_rules
    from hankegraafi.queries.answers import engine_select
    from hankegraafi.queries.pagedelta import read_state
    from hankegraafi.store import graphdiff

    noted = graphdiff.noted()
    if noted is None or noted.whole:
        return None
    found = shape(rules())
    if found is None:
        return None
    _version, followed = read_state(engine_select(store), base)  # type: ignore[arg-type]
    documents = set(followed["graphs"])
    stored = read_stored(engine, base, set(touched))
    if stored is None or str(stored.followed.get("curation")) != str(followed["curation"]):
        return None
    then, now = stored.followed.get("graphs"), followed["graphs"]
    if not isinstance(then, dict):
        return None
    if not {g for g in now.keys() | then.keys() if now.get(g) != then.get(g)} <= set(touched):
        return None  # a write the inferred graph did not follow
    others = other_facts(engine, base, found, documents)
    seeds: set[str] = set()
    for g in others.keys() | stored.others.keys():  # the change log's new events, a vocabulary's edit
        before, after = set(stored.others.get(g, ())), set(others.get(g, ()))
        if before != after and any(line.startswith("#") for line in before | after):
            return None  # a large graph outside the catalogue changed: rebuilt whole
        seeds |= seeds_of(found, [t for line in before ^ after if (t := _line_triple(line + " .")) is not None])
    for g in touched:
        seeds.update(stored.seeds.get(g, ()))
        seeds |= seeds_of(found, _rule_triples(engine, found, g))
    excluded = _excluded(base)
    for g, lines in noted.lines.items():
        if g in excluded or g == str(state_graph_iri(base)):
            continue
        triples = [t for line in lines if (t := _line_triple(line)) is not None]
        seeds |= seeds_of(found, triples)
    for _g, triples in noted.triples.items():
        seeds |= seeds_of(found, triples)
    if any(not s.startswith("<") for s in seeds):
        return None
    component = _component(engine, found, seeds, excluded)
    if component is None:
        return None
    facts = _facts_touching(engine, found, component, excluded)
    if facts is None:
        return None
    written, a_type = written_rules()
    new = {
        f"{s} {p} {o} ."
        for s, p, o in closure(facts, written, a_type=a_type) - facts  # type: ignore[arg-type]
        if s in component
    }
    inferred = ox.NamedNode(str(inferred_graph_iri(base)))
    old: set[str] = set()
    for n in component:
        for q in engine.quads_for_pattern(ox.NamedNode(n[1:-1]), None, None, inferred):
            if isinstance(q.object, ox.BlankNode):
                return None
            old.add(f"{n} {q.predicate} {q.object} .")
    graphdiff.write_changes(store, URIRef(inferred.value), old - new, new - old)
    # what this rebuild followed: the data now, and the seeds now of the document graphs written
    # (the touched ones, and any a step before this one edited: a curation decision's correction)
    again = set(touched) | (set(noted.lines) | set(noted.triples)) & documents
    fresh = {}
    for g in again:
        if g in now:
            nodes = seeds_of(found, _rule_triples(engine, found, g))
            if nodes:
                fresh[g] = sorted(nodes)
    _write_state(store, engine, base, followed, others, again, fresh)
    return len(component)


def _write_state(
    store: object,
    engine: ox.Store,
    base: str,
    followed: dict[str, Any],
    others: dict[str, list[str]],
    touched: set[str],
    fresh: dict[str, list[str]],
) -> None:
    """The state after a partial rebuild: the followed data, and the touched graphs' seeds."""
    from hankegraafi.store import graphdiff

    graph = str(state_graph_iri(base))
    g = ox.NamedNode(graph)
    seeds_p = ox.NamedNode(_seeds_predicate(base))
    old: set[str] = set()
    for q in engine.quads_for_pattern(g, ox.NamedNode(_followed_predicate(base)), None, g):
        old.add(f"{q.subject} {q.predicate} {q.object} .")
    for t in touched:
        for q in engine.quads_for_pattern(ox.NamedNode(t), seeds_p, None, g):
            old.add(f"{q.subject} {q.predicate} {q.object} .")
    new = state_lines(base, followed, others, fresh)
    graphdiff.update_lines(store, graph, old - new, new - old)


def recompute(store: object, base: str, touched: Collection[str] | None = None) -> int:
    """The derived step's inferred graph: after a write of the document graphs ``touched`` only
    what it can have changed (:func:`partial`; returns how many subjects), else (and with None)
    the whole graph with what a later partial rebuild starts from (returns the graph's size)."""
    from hankegraafi.ingest.inference import recompute_whole, rules
    from hankegraafi.store.graphdiff import engine_of

    engine = engine_of(store)
    if touched is not None and engine is not None:
        done = partial(store, engine, base, touched)
        if done is not None:
            return done
    size, blank = recompute_whole(store, base)
    if engine is not None:  # none after a blank node: the next rebuild is whole too
        write_whole_state(store, engine, base, None if blank else shape(rules()))
    return size
