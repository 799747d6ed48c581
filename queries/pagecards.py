"""A resource page's card: its text (one definition for the page and the write step), and the
cards stored at write time for the pages whose live card is costly.

A resource page starts from its *card*: every triple about it (both directions), the triples of
its detail nodes and of the source spans they were read from (:data:`PARTS`, run as one UNION:
:func:`card_query`). At 10^6 triples that query was the largest single read of a page: a
county's 1 100-2 000 rows 11 ms of the engine (up to 23), a service's up to 31 ms, a national
actor's 5 700 rows 30 ms, where the same rows decoded from a compact stored form take a tenth
(bench/results/2026-12-05-vm-pages-1e6-b.md). So the page-lists step (:mod:`.pagelists`) stores,
for every resource of :data:`CARD_CLASSES` that many triples point at (:data:`LEAST_INCOMING`), its
card rows in the engine's order and the triples naming the
dependency nodes pointing at it (the page's other read, ``dependency-names``), in one stored list
(:data:`CARD`) that the page reads by key while the data is unchanged (:func:`decode`).

The text lives here, not beside the page's other queries (``server/pages/sparql``), because the
write step runs below the server (``ingest`` imports ``queries``, never ``server``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

import pyoxigraph as ox

from hankegraafi.ontology.namespaces import HG
from hankegraafi.store.base import StoreError
from hankegraafi.store.terms import JsonTerm, ox_to_json

T = TypeVar("T")

#: The stored list of a resource's card (its rows and its dependency nodes' names).
CARD = "card"

_PREFIXES = "PREFIX hg: <https://w3id.org/hankegraafi/ontology#>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n"
#: The details a card reads whole (goals, outputs, cost statements, traffic lights, participations …).
_DETAILS = (
    "hg:hasGoal|hg:hasOutput|hg:hasBenefit|hg:hasIndicator|hg:hasRisk|hg:hasTrafficLight|hg:hasCostStatement\n"
    "        |hg:participation|hg:personRole|hg:funding|hg:hasAction|hg:hasEffect|hg:link|hg:attachment"
)

#: Each part of a card: a query of ``?s ?p ?o`` with ``?this`` the resource (its name as the page's
#: other queries are named, ``card-NN-what``).
PARTS: dict[str, str] = {
    name: f"# The card of a resource, part {int(name[5:7])} of 12 ({name[8:]}); ?this is the resource.\n"
    + _PREFIXES
    + f"SELECT ?s ?p ?o WHERE {where}\n"
    for name, where in (
        ("card-01-subject", "{ ?this ?p ?o . BIND(?this AS ?s) }"),
        ("card-02-object", "{ ?s ?p ?this . BIND(?this AS ?o) }"),
        ("card-03-details", f"{{\n  ?this {_DETAILS} ?s .\n  ?s ?p ?o\n}}"),
        ("card-04-cost-lines", "{ ?this hg:hasCostStatement/hg:hasLine ?s . ?s ?p ?o }"),
        ("card-05-light-periods", "{ ?this hg:hasTrafficLight/hg:reportingPeriod ?s . ?s ?p ?o }"),
        ("card-06-dependents", "{ ?s hg:dependent ?this . ?s ?p ?o }"),
        ("card-07-dependencies", "{ ?s hg:dependsOn ?this . ?s ?p ?o }"),
        ("card-08-sources", "{ ?this prov:wasDerivedFrom ?s . ?s ?p ?o }"),
        ("card-09-detail-sources", f"{{\n  ?this {_DETAILS} ?x .\n  ?x prov:wasDerivedFrom ?s . ?s ?p ?o\n}}"),
        (
            "card-10-cost-line-sources",
            "{ ?this hg:hasCostStatement/hg:hasLine ?x . ?x prov:wasDerivedFrom ?s . ?s ?p ?o }",
        ),
        (
            "card-11-dependency-sources",
            "{ ?x hg:dependent|hg:dependsOn ?this . ?x prov:wasDerivedFrom ?s . ?s ?p ?o }",
        ),
        ("card-12-blank-nodes", "{ ?this ?q ?s . FILTER(isBlank(?s)) ?s ?p ?o }"),
    )
}

#: The parts of a resource's card, in the order they are read.
CARD_PARTS = (
    "card-01-subject",
    "card-02-object",
    "card-03-details",
    "card-04-cost-lines",
    "card-05-light-periods",
    "card-08-sources",
    "card-09-detail-sources",
    "card-10-cost-line-sources",
    "card-12-blank-nodes",
)

#: The one part whose subjects the card does not hold whole (the triples pointing at the resource);
#: its rows bind ``?in``. Every other part reads all triples of its subjects (``?s ?p ?o``).
INCOMING_PART = "card-02-object"

#: The classes whose cards are stored when costly (:data:`LEAST_INCOMING`): the pages whose live card
#: was costly at 10^6 triples (counties, services, organisations, national actors) and the small
#: ones sharing their page types (regions, municipalities). Not the project classes
#: (``pagelists.WHOLE_DEPENDENCY_CLASSES``, about 8 500 resources at 10^6 triples): their page reads
#: the dependency nodes whole, and their cards stored at every write cost 25 s of CPU there.
CARD_CLASSES = (
    "WellbeingServicesCounty",
    "ServiceArea",
    "Region",
    "DigitalService",
    "Organisation",
    "Municipality",
    "NationalActor",
)


#: The fewest triples pointing at a resource for its card to be stored. A card is mostly what points
#: at it (a county's 1 083 of 1 126 rows at 10^6 triples); below this its live read costs a page
#: under 0.7 ms (the query's own 0.25 ms and about 8 µs a row), while storing it costs every write
#: that same query: the 419 resources of these classes in the sample store (each organisation and
#: municipality of the vocabularies, most with nothing pointing at them) were 170 ms of CPU a write.
#: At 10^6 triples 81 of the 389 pass it.
LEAST_INCOMING = 50


@cache
def card_query(parts: tuple[str, ...] = CARD_PARTS) -> str:
    """The card's parts as one query: the UNION of their WHERE groups (one read instead of twelve).
    With the IRI written in (not a VALUES block) pyoxigraph plans the UNION about as well as the
    parts one by one (10^5 triples: a project's card 23 ms against 29). Rows of
    :data:`INCOMING_PART` bind ``?in``: the subjects of the other rows are whole in the card."""
    groups = []
    for part in parts:
        text = "\n".join(line for line in PARTS[part].splitlines() if not line.lstrip().startswith("#"))
        group = text.partition("WHERE")[2].strip()
        if part == INCOMING_PART:
            group = group[: group.rindex("}")].rstrip() + " BIND(true AS ?in) }"
        groups.append(group)
    return _PREFIXES + "SELECT ?s ?p ?o ?in WHERE {\n  " + "\n  UNION ".join(groups) + "\n}\n"


_THIS = re.compile(r"\?this\b")


def _card_text(resource: ox.NamedNode) -> str:
    """:func:`card_query` with the resource's IRI written in (an IRI the store holds, in its
    N-Triples form: nothing in it reads as syntax), as the page writes it in."""
    return _THIS.sub(lambda _m: str(resource), card_query())


def _card_resources_text(whole: tuple[str, ...], least: int) -> str:
    """The resources of :data:`CARD_CLASSES`, of none of ``whole``, with at least ``least`` triples
    pointing at them (one count over them all: 37 ms at 10^6 triples)."""
    classes = " ".join(f"<{HG}{name}>" for name in CARD_CLASSES)
    others = " ".join(f"<{HG}{name}>" for name in whole)
    return (
        f"SELECT ?this WHERE {{ {{ SELECT DISTINCT ?this WHERE {{ VALUES ?c {{ {classes} }} ?this a ?c "
        f"FILTER NOT EXISTS {{ VALUES ?w {{ {others} }} ?this a ?w }} }} }} ?s ?p ?this }} "
        f"GROUP BY ?this HAVING (COUNT(*) >= {int(least)})"
    )


def _key(term: JsonTerm) -> tuple[str, ...]:
    return (term["type"], str(term["value"]), str(term.get("xml:lang", "")), str(term.get("datatype", "")))


def cards(
    engine: ox.Store,
    names: dict[str, list[list[JsonTerm]] | None],
    whole: tuple[str, ...],
    least: int | None = None,
) -> dict[str, list[Any] | None]:
    """The stored card of each resource of :data:`CARD_CLASSES` that is of none of the classes
    ``whole`` (a project's page reads its dependency nodes whole) and has at least ``least``
    (:data:`LEAST_INCOMING`) triples pointing at it: ``[terms, rows]``, ``rows`` flat
    ints (s, p, o, what) indexing ``terms``, ``what`` 1 for a row pointing at the resource
    (``?in``), 0 for another card row, 2 for a triple naming a dependency node (``names``, the
    ``dependency-names`` list, stored for every resource it has rows for). None (read live) when a
    term is a blank node (it has no name outside one query) or its dependency names were not
    storable."""
    out: dict[str, list[Any] | None] = {}
    fewest = LEAST_INCOMING if least is None else max(1, least)
    for row in _select(engine, _card_resources_text(whole, fewest)):
        this = row["this"]
        if not isinstance(this, ox.NamedNode) or this.value in out:
            continue
        named = names.get(this.value, [])
        if named is None:
            out[this.value] = None
            continue
        index: dict[object, int] = {}  # by the engine's term, and by the JSON term's key
        terms: list[JsonTerm] = []
        flat: list[int] = []
        blank = False
        for solution in _select(engine, _card_text(this)):
            for term in (solution[0], solution[1], solution[2]):
                known = index.get(term)
                if known is None:
                    blank = blank or isinstance(term, ox.BlankNode)
                    cell = ox_to_json(term)
                    known = index[term] = index[_key(cell)] = len(terms)
                    terms.append(cell)
                flat.append(known)
            flat.append(0 if solution[3] is None else 1)
        for triple in named:
            for cell in triple:
                known = index.get(_key(cell))
                if known is None:
                    known = index[_key(cell)] = len(terms)
                    terms.append(cell)
                flat.append(known)
            flat.append(2)
        out[this.value] = None if blank else [terms, flat]
    return out


def _select(engine: ox.Store, text: str) -> ox.QuerySolutions:
    solutions = engine.query(text, use_default_graph_as_union=True)
    if not isinstance(solutions, ox.QuerySolutions):
        raise StoreError("the store answered a SELECT with something else")
    return solutions


def shaped(items: object, are_terms: Callable[[list[Any]], bool]) -> bool:
    """Whether a stored card has the shape :func:`cards` gives one (terms, and rows of four ints
    that index them with a kind of row 0-2). Checked a column at a time (a county's card has
    1 000-2 000 rows: a test per cell in Python was a few per cent of its page)."""
    if not isinstance(items, list) or len(items) != 2:
        return False
    terms, flat = items
    if not isinstance(terms, list) or not isinstance(flat, list) or len(flat) % 4:
        return False
    if not are_terms(terms):
        return False
    if not flat:
        return True
    if {type(i) for i in flat} != {int}:  # not bool, float or str (a bool is an int subclass)
        return False
    indexes = [*flat[0::4], *flat[1::4], *flat[2::4]]
    return min(indexes) >= 0 and max(indexes) < len(terms) and set(flat[3::4]) <= {0, 1, 2}


def decode(items: list[Any], make: Callable[[JsonTerm], T]) -> tuple[list[tuple[T, T, T, int]], bool]:
    """A stored card's rows (s, p, o, what) with each distinct term made once by ``make``, and
    whether it is stored (an empty list is a resource with no stored card: read it live)."""
    if not items:
        return [], False
    terms, flat = items
    made = [make(term) for term in terms]
    return [
        (made[flat[i]], made[flat[i + 1]], made[flat[i + 2]], flat[i + 3]) for i in range(0, len(flat), 4)
    ], True
