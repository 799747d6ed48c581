"""A project page's timeline rows, stored at write time for every project and canonical project.

A project page's timeline is ``server/pages/sparql/timeline.rq`` for its canonical project (or for
itself when it has none): every fact its records' document graphs state about the project (its
name, code, dates, status, phase, region), its traffic lights and its budget and actual sums.
At 10^6 triples of ``bench.generate`` data that query was the largest read of a project page:
12-15 ms of the web process's CPU for ~95 rows (about 130 µs a row: each row a join from the
record to its graph), a third to a half of the page's CPU. Its rows for every project at once,
run as the same query with ``?this`` a variable, took 9.6 s of CPU (the same per-row cost).

So the page-lists step (:mod:`.pagelists`) builds them here by another way: one read of the
records from the indexes (:func:`records`) and one of each kind of fact over every graph (:data:`FACTS_TEXT`,
:data:`LIGHTS_TEXT`, :data:`COSTS_TEXT`), joined by (graph, project) in Python. The result is the
query's: the same DISTINCT rows (``?documentDate ?document ?property ?detail ?value``) per
``?this``, each value computed as the query computes it (``STR``, ``STRAFTER``, ``CONCAT``);
tests/queries/test_pagelists.py compares each resource's stored rows with the page query's after
every kind of write. A target with a blank node in its rows is stored as not storable (its page
reads the timeline live), as the other lists do.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox

from hankegraafi.ontology.namespaces import HG
from hankegraafi.store.base import StoreError
from hankegraafi.store.terms import JsonTerm, ox_to_json

#: The stored list of a project page's timeline rows.
TIMELINE = "timeline"
#: The columns of a row, in order (``timeline.rq``'s head).
COLUMNS = ("documentDate", "document", "property", "detail", "value")

_PREFIXES = (
    f"PREFIX hg: <{HG}>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX dct: <http://purl.org/dc/terms/>\n"
)

#: The properties of a project the timeline reads as they are (its first kind).
FACT_PROPERTIES = (
    "rdfs:label",
    "dct:identifier",
    "hg:startDate",
    "hg:endDate",
    "hg:lifecycleStatus",
    "hg:phase",
    "hg:region",
)
#: Every such fact of every graph (a pattern per property: the engine reads each property's
#: triples, where ``FILTER(?property IN …)`` read every triple of the store).
FACTS_TEXT = (
    _PREFIXES
    + "SELECT ?g ?p ?property ?stated WHERE { GRAPH ?g { "
    + " UNION ".join(f"{{ ?p {name} ?stated BIND({name} AS ?property) }}" for name in FACT_PROPERTIES)
    + " } }"
)
#: Every traffic light's value or progress with its dimension, by graph and project.
LIGHTS_TEXT = (
    _PREFIXES
    + """SELECT ?g ?p ?dimension ?property ?stated WHERE { GRAPH ?g {
  ?p hg:hasTrafficLight ?light . ?light hg:dimension ?dimension .
  { ?light hg:lightValue ?stated BIND(hg:lightValue AS ?property) }
  UNION { ?light hg:progressPercent ?stated BIND(hg:progressPercent AS ?property) } } }"""
)
#: Every euro cost line's budget or actual sum that is a total or has no category, by graph and
#: project, with its statement's kind and year (a statement of several years: a row each).
COSTS_TEXT = (
    _PREFIXES
    + """SELECT ?g ?p ?kind ?property ?stated ?year WHERE {
  GRAPH ?g { ?p hg:hasCostStatement ?statement . ?statement hg:unit ?unit ; hg:statementKind ?kind ; hg:hasLine ?line .
    FILTER(sameTerm(?unit, "EUR"))
    FILTER(NOT EXISTS { ?line hg:costCategory ?category }
           || EXISTS { ?line hg:costCategory <https://w3id.org/hankegraafi/vocab/cost-category/total> })
    { ?line hg:budget ?stated BIND(hg:budget AS ?property) } UNION { ?line hg:actual ?stated BIND(hg:actual AS ?property) } }
  OPTIONAL { GRAPH ?g { ?statement hg:year ?year } }
}"""
)

Term = ox.NamedNode | ox.BlankNode | ox.Literal
#: One timeline row: the five columns (None: unbound).
Row = tuple[Term | None, ...]


def _solutions(engine: ox.Store, text: str) -> ox.QuerySolutions:
    solutions = engine.query(text, use_default_graph_as_union=True)
    if not isinstance(solutions, ox.QuerySolutions):
        raise StoreError("the store answered a SELECT with something else")
    return solutions


def _str(term: Term | None) -> str | None:
    """SPARQL's ``STR``: an IRI's or a literal's text; an error (None) for a blank node."""
    if term is None or isinstance(term, ox.BlankNode):
        return None
    return term.value


def _after(term: Term | None, marker: str) -> str | None:
    """``STRAFTER(STR(term), marker)``: the text after the marker's first place, "" without it."""
    text = _str(term)
    return None if text is None else text.partition(marker)[2]


def _within(text: str, graphs: set[Term] | None) -> str:
    """A fact query read only in ``graphs`` (a VALUES block before its first ``GRAPH ?g``: the
    engine then reads each named graph's triples alone), or over every graph (None)."""
    if graphs is None:
        return text
    values = " ".join(str(g) for g in sorted(graphs, key=str) if isinstance(g, ox.NamedNode))
    head, found, rest = text.partition("GRAPH ?g {")
    assert found, "a fact query reads GRAPH ?g"
    return f"{head}VALUES ?g {{ {values} }} GRAPH ?g {{{rest}"


def _facts(
    engine: ox.Store, graphs: set[Term] | None = None
) -> dict[tuple[Any, Any], set[tuple[Term, str | None, str | None]]]:
    """(graph, project) -> {(property, detail, value)} of every kind the timeline reads, in every
    graph or only in ``graphs``."""
    out: dict[tuple[Any, Any], set[tuple[Term, str | None, str | None]]] = {}
    if graphs is not None and not graphs:
        return out
    for row in _solutions(engine, _within(FACTS_TEXT, graphs)):
        out.setdefault((row[0], row[1]), set()).add((row[2], "", _str(row[3])))
    for row in _solutions(engine, _within(LIGHTS_TEXT, graphs)):
        detail = _after(row[2], "light-dimension/")
        out.setdefault((row[0], row[1]), set()).add((row[3], detail, _str(row[4])))
    for row in _solutions(engine, _within(COSTS_TEXT, graphs)):
        kind = _after(row[2], "statement-kind/")
        year = row[5]
        # CONCAT(kind, COALESCE(CONCAT(" ", STR(?year)), "")): a year that has no text is left out
        year_text = _str(year)
        detail = None if kind is None else kind + ("" if year_text is None else " " + year_text)
        out.setdefault((row[0], row[1]), set()).add((row[3], detail, _str(row[4])))
    return out


_RECORD_OF = ox.NamedNode(f"{HG}recordOf")
_IN_GRAPH = ox.NamedNode(f"{HG}inGraph")
_DOCUMENT_DATE = ox.NamedNode(f"{HG}documentDate")
_PROJECT_RECORD = ox.NamedNode(f"{HG}ProjectRecord")
_SPECIALIZATION_OF = ox.NamedNode("http://www.w3.org/ns/prov#specializationOf")
_QUOTED_FROM = ox.NamedNode("http://www.w3.org/ns/prov#wasQuotedFrom")
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


#: A subject of a triple.
Subject = ox.NamedNode | ox.BlankNode | ox.Triple


def _objects(engine: ox.Store, subject: Subject, predicate: ox.NamedNode) -> set[Term]:
    """The objects of ``subject``'s ``predicate`` in any graph (the default graph as their union)."""
    return {quad.object for quad in engine.quads_for_pattern(subject, predicate, None, None)}  # type: ignore[misc]


def records(engine: ox.Store) -> Iterator[tuple[Term, Term, Term, Term, Term | None]]:
    """(?this, ?p, ?g, ?document, ?documentDate or None) of every record, as ``timeline.rq`` joins
    them: a record that specializes ``?this`` and is a record of ``?p``, or a ``hg:ProjectRecord``
    that is a record of ``?this`` (``?p`` is then ``?this``); read pattern by pattern from the
    indexes (the same join as one query took 1.5 s at 10^6 triples, this 0.3 s)."""
    named: dict[Subject, set[Term]] = {}
    for quad in engine.quads_for_pattern(None, _RECORD_OF, None, None):
        named.setdefault(quad.subject, set()).add(quad.object)  # type: ignore[arg-type]
    for record, projects in named.items():
        graphs = _objects(engine, record, _IN_GRAPH)
        documents = _objects(engine, record, _QUOTED_FROM)
        if not graphs or not documents:
            continue
        dates: set[Term | None] = set(_objects(engine, record, _DOCUMENT_DATE)) or {None}
        pairs = {(this, p) for this in _objects(engine, record, _SPECIALIZATION_OF) for p in projects}
        if any(True for _q in engine.quads_for_pattern(record, _TYPE, _PROJECT_RECORD, None)):
            pairs |= {(p, p) for p in projects}
        for this, p in pairs:
            for g in graphs:
                for document in documents:
                    for date in dates:
                        yield this, p, g, document, date


#: One record as :func:`records` gives it: (?this, ?p, ?g, ?document, ?documentDate or None).
Record = tuple[Term, Term, Term, Term, Term | None]


def digests(found: Iterable[Record]) -> dict[str, str]:
    """Each target's (an IRI ``?this``) records as one short digest: a target whose records are
    the same before and after a write has the same timeline unless a graph they read changed
    (:mod:`.pagedelta`)."""
    per: dict[str, list[str]] = {}
    for this, p, g, document, date in found:
        if isinstance(this, ox.NamedNode):
            per.setdefault(this.value, []).append(f"{p} {g} {document} {date}")
    return {
        this: hashlib.sha256("\n".join(sorted(lines)).encode("utf-8")).hexdigest()[:24]
        for this, lines in per.items()
    }


def rows(
    engine: ox.Store, found: Iterable[Record] | None = None, only: set[str] | None = None
) -> dict[str, set[Row]]:
    """Each resource's timeline rows (``?this`` an IRI), as the page query gives them: DISTINCT
    (document date, document, property, detail, value), detail and value simple literals. From
    ``found`` records (read here when None), and for the targets ``only`` (every one when None):
    then only the graphs their records name are read."""
    chosen = [
        record
        for record in (records(engine) if found is None else found)
        if isinstance(record[0], ox.NamedNode) and (only is None or record[0].value in only)
    ]
    facts = _facts(engine, None if only is None else {record[2] for record in chosen})
    out: dict[str, set[Row]] = {}
    for this, p, g, document, date in chosen:
        assert isinstance(this, ox.NamedNode)
        target = out.setdefault(this.value, set())
        for prop, detail, value in facts.get((g, p), ()):
            target.add(
                (
                    date,
                    document,
                    prop,
                    None if detail is None else ox.Literal(detail),
                    None if value is None else ox.Literal(value),
                )
            )
    return {this: found for this, found in out.items() if found}


def _key(term: JsonTerm | None) -> tuple[str, ...]:
    if term is None:
        return ("",)
    return (term["type"], str(term["value"]), str(term.get("xml:lang", "")), str(term.get("datatype", "")))


def timelines(
    engine: ox.Store, found: Iterable[Record] | None = None, only: set[str] | None = None
) -> Iterator[tuple[str, list[Any] | None]]:
    """Each resource's stored timeline: ``[terms, rows]``, ``rows`` flat ints (five a row) indexing
    ``terms``, -1 an unbound column, terms and rows in one fixed order (by term); None (read live)
    when a blank node is among them (it has no name outside one query). ``found`` and ``only`` as
    for :func:`rows`; a target without rows is not given."""
    cells: dict[Term, JsonTerm] = {}  # each distinct term made once over every resource
    keys: dict[Term, tuple[str, ...]] = {}
    for this, kept in sorted(rows(engine, found, only).items()):
        distinct = {term for row in kept for term in row if term is not None}
        if any(isinstance(term, ox.BlankNode) for term in distinct):
            yield this, None
            continue
        for term in distinct:
            if term not in cells:
                cells[term] = ox_to_json(term)
                keys[term] = _key(cells[term])
        ordered = sorted(distinct, key=keys.__getitem__)
        index = {term: i for i, term in enumerate(ordered)}
        flat = [
            -1 if term is None else index[term]
            for row in sorted(kept, key=lambda row: tuple(("",) if t is None else keys[t] for t in row))
            for term in row
        ]
        yield this, [[cells[term] for term in ordered], flat]


def shaped(items: object, are_terms: Any) -> bool:
    """Whether a stored timeline has the shape :func:`timelines` gives one (terms, and rows of five
    ints that index them or are -1, never the document's or the property's)."""
    if not isinstance(items, list) or len(items) != 2:
        return False
    terms, flat = items
    if not isinstance(terms, list) or not isinstance(flat, list) or len(flat) % len(COLUMNS):
        return False
    if not are_terms(terms):
        return False
    if not flat:
        return True
    if {type(i) for i in flat} != {int}:  # not bool, float or str (a bool is an int subclass)
        return False
    width = len(COLUMNS)
    # every row has its document and property (the query binds both): only the others may be -1
    return min(flat) >= -1 and max(flat) < len(terms) and min(*flat[1::width], *flat[2::width]) >= 0


def decode(items: list[Any], make: Any) -> list[dict[str, Any]]:
    """A stored timeline's rows as the page query's rows (column -> term made by ``make``, an
    unbound column absent), each distinct term made once."""
    terms, flat = items
    made = [make(term) for term in terms]
    width = len(COLUMNS)
    out = []
    for i in range(0, len(flat), width):
        out.append({COLUMNS[j]: made[flat[i + j]] for j in range(width) if flat[i + j] >= 0})
    return out
