"""A derived graph written as its difference from what is stored, in one transaction.

Replacing a derived graph whole (DROP, then INSERT DATA of every triple) cost 80 s for the
inferred graph's 282 000 triples at 10^6 stored triples, although one ingested document
changes a few hundred of them: Oxigraph parses and indexes every triple of the update again.
:func:`write_graph` reads the stored graph, compares it with the new one as the engine's own
N-Triples lines, and sends only what left (DELETE DATA) and what came (INSERT DATA) in ONE update, so a
reader still sees the graph wholly old or wholly new, and the graph afterwards holds exactly the
new triples, as a whole replace would. When nothing changed nothing is written.

Blank nodes cannot be named in DELETE DATA, and a blank node the update writes is a new one: a
graph with any blank node, on either side, is replaced whole as before. A store that is not
embedded (a remote SPARQL server) is replaced whole too.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Collection, Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from hankegraafi.store.base import SelectResult, StoreError

if TYPE_CHECKING:
    import pyoxigraph

log = logging.getLogger(__name__)


#: The naming properties and ``rdf:type``: the triples the stored name index is made of
#: (``queries/nameindex.py``); a change of one of them is noted (:func:`noting`).
NAMING = frozenset(
    {
        "http://www.w3.org/2004/02/skos/core#prefLabel",
        "http://www.w3.org/2000/01/rdf-schema#label",
        "http://purl.org/dc/terms/title",
        "http://www.w3.org/2004/02/skos/core#altLabel",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
    }
)


@dataclass
class Noted:
    """What the writes of derived graphs changed while :func:`noting`: the subjects of the naming
    and type triples (:data:`NAMING`) that left or came, and the graphs replaced whole (what
    changed in them is not known)."""

    subjects: set[str] = field(default_factory=set)
    whole: set[str] = field(default_factory=set)
    #: every triple that left or came, by graph, as N-Triples lines (the partial inferred graph's seeds)
    lines: dict[str, list[str]] = field(default_factory=dict)
    #: triples of updates made elsewhere (:func:`note_triples`), by graph: subject, property, object,
    #: each as N-Triples writes an IRI (a literal or blank node as ``"`` or ``_:``, no more)
    triples: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)


_NOTED: ContextVar[Noted | None] = ContextVar("graphdiff_noted", default=None)


@contextlib.contextmanager
def noting() -> Iterator[Noted]:
    """While inside, every write of this module (and :func:`note_triples`) notes what it changed."""
    noted = Noted()
    token = _NOTED.set(noted)
    try:
        yield noted
    finally:
        _NOTED.reset(token)


def noted() -> Noted | None:
    """What is noted now (None: not inside :func:`noting`)."""
    return _NOTED.get()


def _note_lines(lines: Iterable[str], graph: URIRef | None = None) -> None:
    """Note the subjects of the naming and type triples among N-Triples lines (no blank node), and
    the lines themselves under ``graph``."""
    into = _NOTED.get()
    if into is None:
        return
    if graph is not None:
        lines = list(lines)
        into.lines.setdefault(str(graph), []).extend(lines)
    for line in lines:
        end = line.find("> <")
        if end > 0 and line[end + 3 : line.find(">", end + 3)] in NAMING:
            into.subjects.add(line[1:end])


def _note_whole(graph: URIRef) -> None:
    into = _NOTED.get()
    if into is not None:
        into.whole.add(str(graph))


def note_triples(graph: URIRef, triples: Iterable[tuple[Node, Node, Node]]) -> None:
    """Note triples written or removed by an update of ``graph`` made elsewhere (a curation edit)."""
    into = _NOTED.get()
    if into is None:
        return
    triples = list(triples)
    into.triples.setdefault(str(graph), []).extend((_written(s), f"<{p}>", _written(o)) for s, p, o in triples)
    for s, p, _o in triples:
        if str(p) in NAMING:
            if isinstance(s, URIRef):
                into.subjects.add(str(s))
            else:  # a blank node's subject: what changed is not known by IRI
                into.whole.add(str(graph))


def _written(node: Node) -> str:
    """An IRI as N-Triples writes it; a literal or a blank node only by its first character."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    return '"' if isinstance(node, Literal) else "_:"


def update_lines(store: object, graph: URIRef | str, gone: set[str], came: set[str]) -> None:
    """One update removing the N-Triples lines ``gone`` from ``graph`` and adding ``came`` (none when both are
    empty), not noted among the write's changes (:func:`write_changes` notes them)."""
    parts = []
    if gone:
        parts.append(f"DELETE DATA {{ GRAPH <{graph}> {{ {_block(gone)} }} }}")
    if came:
        parts.append(f"INSERT DATA {{ GRAPH <{graph}> {{ {_block(came)} }} }}")
    if parts:
        store.update(" ;\n".join(parts))  # type: ignore[attr-defined]


def write_changes(store: object, graph: URIRef, gone: set[str], came: set[str]) -> tuple[int, int]:
    """Remove the N-Triples lines ``gone`` from ``graph`` and add ``came``, in one update (noted as
    :func:`write_graph`'s difference is): for a step that knows what changed without reading the
    whole stored graph."""
    _note_lines(gone, graph)
    _note_lines(came, graph)
    update_lines(store, graph, gone, came)
    log.info("wrote %s: %d triples removed, %d added (what changed)", graph, len(gone), len(came))
    return len(gone), len(came)


def _stored(oxi: pyoxigraph.Store, graph: URIRef) -> str:
    """The stored graph as N-Triples, written by the engine itself (no term crosses into Python)."""
    import pyoxigraph as ox

    result = oxi.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    assert isinstance(result, ox.QueryTriples)
    return (result.serialize(format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")


def _lines(data: Iterable[tuple[Node, Node, Node]]) -> set[str]:
    """The new triples as the engine writes them in N-Triples, one line each (without the newline).
    Raises :class:`_Refused` for a blank node or a term the engine refuses."""
    triples = data if isinstance(data, (set, frozenset, list, tuple)) else list(data)
    written = as_written(node for triple in triples for node in triple)
    return {f"{written[s]} {written[p]} {written[o]} ." for s, p, o in triples}


def lines_of(data: Iterable[tuple[Node, Node, Node]]) -> set[str]:
    """Triples of rdflib terms as the engine writes them in N-Triples, one line each (without the
    newline). ValueError for a blank node or a term the engine refuses."""
    try:
        return _lines(data)
    except _Refused as exc:
        raise ValueError(f"not written by the engine as it is: {exc}") from None


def as_written(nodes: Iterable[Node]) -> dict[Node, str]:
    """Each distinct term as the engine writes it in N-Triples: an IRI as it is (the engine keeps a
    valid IRI as given), a literal by the engine's own writer after a pass through a store in
    memory, where a value of a known datatype takes the form the store keeps ("1500.50" is stored
    as "1500.5"). Raises :class:`_Refused` for a blank node or a term the engine refuses."""
    import pyoxigraph as ox

    written: dict[Node, str] = {}
    literals: list[tuple[Literal, pyoxigraph.Literal]] = []
    for node in nodes:
        if node in written:
            continue
        if isinstance(node, URIRef):
            written[node] = f"<{node}>"
        elif isinstance(node, Literal):
            written[node] = ""  # below, with the other literals
            literals.append((node, _literal(node)))
        else:
            raise _Refused(node)
    if literals:
        memory = ox.Store()
        holder = ox.NamedNode("urn:x-hankegraafi:literal")
        keys: dict[object, Literal] = {
            ox.NamedNode(f"urn:x-hankegraafi:{i}"): n for i, (n, _l) in enumerate(literals)
        }
        memory.extend(ox.Quad(key, holder, lit) for key, (_n, lit) in zip(keys, literals, strict=True))  # type: ignore[arg-type]
        for quad in memory.quads_for_pattern(None, holder, None):
            written[keys[quad.subject]] = str(quad.object)
    return written


def _literal(node: Literal) -> pyoxigraph.Literal:
    import pyoxigraph as ox

    try:
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype is not None:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    except ValueError as exc:
        raise _Refused(node) from exc


class _Refused(Exception):
    """A blank node, or a term the engine refuses, among the new triples: the graph is replaced whole."""


def _graph(triples: Iterable[tuple[Node, Node, Node]]) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


def write_graph(
    store: object, graph: URIRef, data: Graph | Collection[tuple[Node, Node, Node]]
) -> tuple[int, int]:
    """Make the stored ``graph`` hold exactly ``data`` (a graph, or its triples), in one update that
    carries only the difference; returns (triples removed, triples added). (-1, -1): replaced
    whole (blank nodes, or a store with no embedded engine)."""
    oxi = engine_of(store)
    new: set[str] | None = None
    stored = ""
    if oxi is not None:
        try:
            new = _lines(data)
        except _Refused:
            new = None
        else:
            stored = _stored(oxi, graph)
    if oxi is None or new is None or "_:" in stored:  # a blank node can be neither named nor kept
        store.replace_graph(graph, data if isinstance(data, Graph) else _graph(data))  # type: ignore[attr-defined]
        _note_whole(graph)
        return -1, -1
    return _write_difference(store, graph, stored, new)


def engine_of(store: object) -> pyoxigraph.Store | None:
    """The store's embedded engine, or None (a remote store)."""
    source = getattr(store, "engine_source", None)
    try:
        return source().oxigraph if source is not None else None
    except NotImplementedError:
        return None


def write_lines(
    store: object, graph: URIRef, lines: set[str], *, stored: Callable[[], str] | None = None
) -> tuple[int, int]:
    """:func:`write_graph` of triples already written as the engine writes them (N-Triples lines
    without the newline, as :func:`construct_lines` reads them: no term goes through rdflib); a
    blank node on either side, or a remote store: replaced whole, the lines parsed. ``stored``:
    the graph as stored, read beforehand (:func:`stored_text`, begun in a thread while the new
    lines were made), when nothing else writes it meanwhile."""
    oxi = engine_of(store)
    reread = stored if stored is not None else (lambda: _stored(oxi, graph))  # type: ignore[arg-type]
    stored_now = "" if oxi is None else reread()
    if oxi is None or "_:" in stored_now or any("_:" in line for line in lines):
        data = Graph().parse(data="\n".join(sorted(lines)), format="nt") if lines else Graph()
        store.replace_graph(graph, data)  # type: ignore[attr-defined]
        _note_whole(graph)
        return -1, -1
    return _write_difference(store, graph, stored_now, lines)


def stored_text(oxi: pyoxigraph.Store, graph: URIRef) -> str:
    """The stored ``graph`` as the engine writes it in N-Triples (for ``write_lines(stored=)``)."""
    return _stored(oxi, graph)


def construct_lines(oxi: pyoxigraph.Store, sparql: str) -> list[str]:
    """The triples a CONSTRUCT query makes, as the engine writes them in N-Triples (one line each,
    without the newline): the terms never cross into Python one by one."""
    import pyoxigraph as ox

    result = oxi.query(sparql)
    assert isinstance(result, ox.QueryTriples)
    text = (result.serialize(format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
    return [line for line in text.split("\n") if line]  # not splitlines: a literal may hold U+2028


def _write_difference(store: object, graph: URIRef, stored: str, new: set[str]) -> tuple[int, int]:
    old = set(stored.split("\n"))  # not splitlines: a literal may hold U+2028, written as it is
    old.discard("")
    gone, came = old - new, new - old
    _note_lines(gone, graph)
    _note_lines(came, graph)
    if not old and came and _loaded(store, graph, came):
        log.info("wrote %s: %d triples added to an empty graph", graph, len(came))
        return 0, len(came)
    update_lines(store, graph, gone, came)
    log.info(
        "wrote %s: %d triples removed, %d added, %d kept", graph, len(gone), len(came), len(old) - len(gone)
    )
    return len(gone), len(came)


def _loaded(store: object, graph: URIRef, lines: set[str]) -> bool:
    """Write ``lines`` into the empty ``graph`` by the engine's N-Quads loader, one transaction as an
    update is (a first build: 380 000 triples of the canonical and inferred graphs at 10^6 took the
    SPARQL parser minutes); False, writing nothing, when the loader refuses the text (then the
    update says what it says of it) or the store has no embedded engine."""
    import pyoxigraph as ox

    oxi = engine_of(store)
    if oxi is None or any("_:" in line for line in lines):
        return False
    writing = getattr(store, "_writing", None)  # the embedded store's lock: no other thread writes meanwhile
    with writing if writing is not None else _nothing():
        if oxi.contains_named_graph(ox.NamedNode(str(graph))):
            return False
        text = "".join(f"{line[:-1]}<{graph}> .\n" for line in sorted(lines))
        try:
            oxi.load(text, format=ox.RdfFormat.N_QUADS)
        except SyntaxError:
            return False
        except OSError as exc:
            raise StoreError(f"write failed: {exc}") from exc
    return True


@contextlib.contextmanager
def _nothing() -> Iterator[None]:
    yield


def _block(lines: set[str]) -> str:
    return "\n".join(sorted(lines))


def select(store: object, sparql: str) -> SelectResult:
    """A SELECT query's rows as rdflib terms, each distinct term converted once (a derived step
    reads 10^5–10^6 rows that repeat their predicates, classes and values: 40 % less CPU than
    converting every cell); through ``store.query`` on a store with no embedded engine."""
    oxi = engine_of(store)
    if oxi is None:
        result = store.query(sparql)  # type: ignore[attr-defined]
        assert isinstance(result, SelectResult)
        return result
    import pyoxigraph as ox

    from hankegraafi.store.terms import ox_to_rdflib

    try:
        solutions = oxi.query(sparql, use_default_graph_as_union=True)
    except OSError as exc:  # as the store's own query says it
        raise StoreError(f"query failed: {exc}") from exc
    assert isinstance(solutions, ox.QuerySolutions)
    converted: dict[object, Node | None] = {}

    def term(value: object) -> Node | None:
        if value is None:
            return None
        found = converted.get(value)
        if found is None:
            found = converted[value] = ox_to_rdflib(value)
        return found

    width = len(solutions.variables)
    variables = [v.value for v in solutions.variables]
    return SelectResult(variables, [tuple(term(row[i]) for i in range(width)) for row in solutions])  # type: ignore[misc]


__all__ = [
    "as_written",
    "construct_lines",
    "engine_of",
    "lines_of",
    "note_triples",
    "noted",
    "noting",
    "select",
    "stored_text",
    "write_changes",
    "write_graph",
    "write_lines",
]
