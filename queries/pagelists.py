"""Long lists of resource pages computed when data is written, stored in the store, used while the
data is unchanged.

A county's page shows what its projects depend on: one row per target with its kinds and every
project of the county depending on it, the first :data:`~hankegraafi.server.pages.builder.PAGE_ROWS`
targets in name order and the count. Read live, that is every (target, kind, project) of the
county (``server/pages/sparql/county-depends.rq``): 170-780 rows at 10^6 triples, 35 µs of the
web process's CPU a row in the engine, for a table of at most a hundred rows. After every write
the derived graphs are rebuilt (:mod:`hankegraafi.ingest.derived`); this step, after the stored
catalogue answers, runs the page's query once over every county (:func:`county_depends_text`)
and stores each county's rows grouped by target (:func:`group`) in the graph
``<base>meta/page-lists``, with the version of the data it follows
(:func:`~hankegraafi.queries.answers.state_of`, the stored answers' version). A page reads its
counties' groups and the version in one query (:func:`read_query`) and uses them only while the
version is the data's now; the order is the page's (its names, in the reader's language, from
the store's name table), so only the groups are stored, not an order per language.

The same step stores each organisation's reached counties (``organisation-regions.rq``) and, for
every resource dependency nodes point at, the triples that name those nodes
(``dependency-names.rq``), which every page but a project's reads, and each organisation's projects
with its role (``organisation-projects.rq``), the card of every resource of
:data:`~hankegraafi.queries.pagecards.CARD_CLASSES` with those names (:mod:`.pagecards`), and every
project's timeline rows (``timeline.rq``, :mod:`.pagetimelines`).

A remote store gets none: it can change behind our back (as the stored answers).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections.abc import Collection, Iterable
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import XSD

from hankegraafi import xmlchars
from hankegraafi.ontology.namespaces import HG, VOCAB
from hankegraafi.queries import pagecards, pagedelta, pagetimelines
from hankegraafi.queries.answers import dropped_on_failure, engine_select, stores_answers
from hankegraafi.queries.pieces import PIECE_BYTES, decode_body, encode_body
from hankegraafi.store.base import Store, StoreError
from hankegraafi.store.terms import JsonTerm, ox_to_json

log = logging.getLogger(__name__)

#: The list a county page reads from this graph (the page query it stands for).
COUNTY_DEPENDS = "county-depends"

#: The role an organisation's funding gives it (``organisation-projects.rq`` binds it).
VOCAB_ROLE_FUNDER = f"{VOCAB}role/funder"

#: The list an organisation's page (and a county's, a municipality's) reads: the counties its
#: projects and services reach (``organisation-regions.rq``).
ORGANISATION_REGIONS = "organisation-regions"

#: The triples that name the dependency nodes pointing at a resource (``dependency-names.rq``),
#: which every page but a project's reads: a service's 230-410 nodes cost its page 8-10 ms of
#: the engine at 10^6 triples for one description each.
DEPENDENCY_NAMES = "dependency-names"

#: The projects an organisation (a county, a municipality) takes part in, funds or has people in,
#: with its role (``organisation-projects.rq``): 3-5 ms of the engine per page at 10^6 triples.
ORGANISATION_PROJECTS = "organisation-projects"

#: (target, kinds, projects) of one county: SPARQL JSON terms, each list without repeats.
Group = tuple[JsonTerm, list[JsonTerm], list[JsonTerm]]

#: The projects an organisation reaches, by every way ``organisation-regions.rq`` names, with the
#: organisation a variable (``?this``).
REACH_TEXT = f"""PREFIX hg: <{HG}>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT DISTINCT ?this ?project WHERE {{
  {{ ?part hg:organisation ?this . ?project hg:participation ?part }}
  UNION {{ ?f hg:funder ?this . ?project hg:funding ?f }}
  UNION {{ ?pr org:memberOf ?this . ?project hg:personRole ?pr }}
  UNION {{ ?d hg:dependsOn ?this . ?d hg:dependent ?project }}
  UNION {{ ?service hg:developer ?this . ?d hg:dependsOn ?service . ?d hg:dependent ?project }}
}}"""
#: Each project's regions as ``organisation-regions.rq`` reads them (its own, its whole's, its
#: whole's whole's).
PROJECT_REGIONS_TEXT = f"""PREFIX hg: <{HG}>
SELECT DISTINCT ?project ?region WHERE {{
  {{ ?project hg:region ?region }}
  UNION {{ ?project hg:partOf ?w . ?w hg:region ?region }}
  UNION {{ ?project hg:partOf/hg:partOf ?w2 . ?w2 hg:region ?region }}
}}"""


def lists_graph_iri(base: str) -> URIRef:
    """The graph of stored page lists (one of the derived graphs)."""
    return URIRef(f"{base}meta/page-lists")


#: The stored lists' format: their version is stored (and read) under a predicate of this number,
#: so lists an older code wrote (stop 34's had no :data:`~.pagedelta.FOLLOWED`; stop 33's no
#: timelines, which a page then read as empty) are not used, and the derived graphs count as not
#: following the data (:func:`current`) until rebuilt: by the next write, or by ``serve`` at start.
#: Raise it whenever what a list holds or which lists there are changes.
FORMAT = 2


def _version_predicate(base: str) -> URIRef:
    return URIRef(f"{lists_graph_iri(base)}#version-{FORMAT}")


def current(store: Store, base: str) -> bool:
    """Whether the stored lists are of this code's :data:`FORMAT` and follow the data now stored
    (nothing stored and a remote store need none)."""
    return pagedelta.follows(store, base, str(lists_graph_iri(base)), str(_version_predicate(base)))


def _json_predicate(base: str) -> URIRef:
    return URIRef(f"{lists_graph_iri(base)}#json")


def node(base: str, name: str, resource: str) -> URIRef:
    """Where the list ``name`` of ``resource`` is stored."""
    digest = hashlib.sha256(resource.encode("utf-8")).hexdigest()
    return URIRef(f"{lists_graph_iri(base)}#{name}-{digest}")


def county_depends_text() -> str:
    """The county page's query (``county-depends.rq``) over every county at once: the same
    pattern with the county a variable (tests/queries/test_pagelists.py compares each county's
    stored groups with the page query's rows after every kind of write)."""
    return f"""PREFIX hg: <{HG}>
    SELECT ?county ?target ?kind ?project WHERE {{
      ?project hg:county ?county .
      ?d hg:dependent ?project ; hg:dependsOn ?target .
      OPTIONAL {{ ?d hg:dependencyKind ?kind }}
    }}"""


#: The classes whose pages read the dependency nodes pointing at them whole, not by their names
#: (``server/pages/builder.py`` ``DEPENDENCY_PAGES``, a project's: a test holds the two equal):
#: no names are stored for them (half the rows: every dependency's dependent is a project).
WHOLE_DEPENDENCY_CLASSES = ("Project", "Investment", "SubProject", "WorkPackage", "CanonicalProject")


def dependency_names_text() -> str:
    """The page's ``dependency-names.rq`` over every resource at once (those of
    :data:`WHOLE_DEPENDENCY_CLASSES` are left out by :func:`dependency_names`): the same pattern
    with the resource a variable (tests/queries/test_pagelists.py compares each resource's stored triples with the page
    query's rows after every kind of write)."""
    return f"""PREFIX hg: <{HG}>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX dct: <http://purl.org/dc/terms/>
    SELECT DISTINCT ?this ?s ?p ?o WHERE {{
      ?s hg:dependent|hg:dependsOn ?this . ?s ?p ?o
      FILTER(?p IN (skos:prefLabel, rdfs:label, dct:title, hg:rawLabel, skos:altLabel, dct:description))
    }}"""


def organisation_projects_text() -> str:
    """The page's ``organisation-projects.rq`` over every organisation at once: the same pattern
    with the organisation a variable (tests/queries/test_pagelists.py compares each resource's
    stored rows with the page query's after every kind of write)."""
    return f"""PREFIX hg: <{HG}>
    PREFIX org: <http://www.w3.org/ns/org#>
    SELECT DISTINCT ?this ?project ?role WHERE {{
      {{ ?part hg:organisation ?this . ?project hg:participation ?part . OPTIONAL {{ ?part hg:role ?role }} }}
      UNION {{ ?f hg:funder ?this . ?project hg:funding ?f . BIND(<{VOCAB_ROLE_FUNDER}> AS ?role) }}
      UNION {{ ?pr org:memberOf ?this . ?project hg:personRole ?pr . OPTIONAL {{ ?pr hg:role ?role }} }}
    }}"""


def organisation_projects(engine: ox.Store) -> dict[str, list[list[JsonTerm | None]] | None]:
    """Each organisation's (project, role or None) rows as JSON terms, each once, in one fixed
    order; None for one with a blank node among them (its page reads its rows live)."""
    found: dict[str, dict[tuple[tuple[str, ...], ...], list[JsonTerm | None]]] = {}
    blank: set[str] = set()
    for row in _solutions(engine, organisation_projects_text()):
        this, project, role = row["this"], row["project"], row["role"]
        if not isinstance(this, ox.NamedNode) or project is None:
            continue
        if isinstance(project, ox.BlankNode) or isinstance(role, ox.BlankNode):
            blank.add(this.value)
            continue
        pair = [ox_to_json(project), None if role is None else ox_to_json(role)]
        found.setdefault(this.value, {})[tuple(() if t is None else _key(t) for t in pair)] = pair
    out: dict[str, list[list[JsonTerm | None]] | None] = {
        r: [t[k] for k in sorted(t)] for r, t in found.items()
    }
    out.update(dict.fromkeys(blank))
    return out


_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _of_whole_classes(engine: ox.Store) -> set[object]:
    """The resources of :data:`WHOLE_DEPENDENCY_CLASSES` (in any graph), read from the index: the
    query joining them with every dependency node first (DISTINCT) was 0.8 s a write at 10^6
    triples, and only a resource dependency nodes point at is ever asked about."""
    return {
        quad.subject
        for name in WHOLE_DEPENDENCY_CLASSES
        for quad in engine.quads_for_pattern(None, _TYPE, ox.NamedNode(f"{HG}{name}"), None)
    }


def dependency_names(engine: ox.Store) -> dict[str, list[list[JsonTerm]] | None]:
    """Each resource's naming triples of the dependency nodes pointing at it, as (s, p, o) JSON
    terms in one fixed order; None for a resource one of whose nodes is a blank node (which has no
    name outside one query: its page reads its rows live)."""
    found: dict[str, dict[tuple[tuple[str, ...], ...], list[JsonTerm]]] = {}
    blank: set[str] = set()
    whole = _of_whole_classes(engine)
    for row in _solutions(engine, dependency_names_text()):
        this, s, p, o = row["this"], row["s"], row["p"], row["o"]
        if not isinstance(this, ox.NamedNode) or this in whole or s is None or p is None or o is None:
            continue
        if isinstance(s, ox.BlankNode):
            blank.add(this.value)
            continue
        triple = [ox_to_json(s), ox_to_json(p), ox_to_json(o)]
        found.setdefault(this.value, {})[tuple(_key(t) for t in triple)] = triple
    out: dict[str, list[list[JsonTerm]] | None] = {r: [t[k] for k in sorted(t)] for r, t in found.items()}
    out.update(dict.fromkeys(blank))
    return out


def _key(term: JsonTerm) -> tuple[str, ...]:
    return (term["type"], str(term["value"]), str(term.get("xml:lang", "")), str(term.get("datatype", "")))


def group(rows: Iterable[tuple[JsonTerm, JsonTerm | None, JsonTerm]]) -> list[Group]:
    """(target, kind or None, project) rows as one group per target, with its kinds and projects
    (each once), in one fixed order (by term): what the page makes of the same rows, which it
    orders by their names itself."""
    targets: dict[
        tuple[str, ...], tuple[JsonTerm, dict[tuple[str, ...], JsonTerm], dict[tuple[str, ...], JsonTerm]]
    ]
    targets = {}
    for target, kind, project in rows:
        _t, kinds, projects = targets.setdefault(_key(target), (target, {}, {}))
        if kind is not None:
            kinds[_key(kind)] = kind
        projects[_key(project)] = project
    return [
        (target, [kinds[k] for k in sorted(kinds)], [projects[k] for k in sorted(projects)])
        for _k, (target, kinds, projects) in sorted(targets.items())
    ]


def _dump(items: list[Any]) -> bytes:
    return json.dumps(items, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _add(lists: pagedelta.Lists, base: str, name: str, resource: str, body: bytes | None) -> None:
    """One stored list; one too large for a literal (or None: not storable) is stored empty (its
    page reads it live)."""
    value = (
        ox.Literal(encode_body(body), datatype=_BASE64)
        if body is not None and len(body) <= PIECE_BYTES
        else ox.Literal("")
    )
    lists[(str(node(base, name, resource)), str(_json_predicate(base)))] = value


_BASE64 = ox.NamedNode(str(XSD.base64Binary))


def _solutions(engine: ox.Store, text: str) -> ox.QuerySolutions:
    solutions = engine.query(text, use_default_graph_as_union=True)
    if not isinstance(solutions, ox.QuerySolutions):
        raise StoreError("the store answered a SELECT with something else")
    return solutions


def organisation_regions(engine: ox.Store) -> dict[str, list[JsonTerm]]:
    """The regions of every resource as ``organisation-regions.rq`` gives them for it (DISTINCT
    regions of the projects it reaches), in one fixed order. The page's query joins the projects
    of one organisation with every project's regions: 150-190 ms of the engine for an
    organisation reaching every county at 10^6 triples, and run over every organisation at
    once it did not end in ten minutes; the two halves run whole take 0.6 s and are joined here
    (tests/queries/test_pagelists.py compares each resource's list with the page query's rows)."""
    regions: dict[object, dict[tuple[str, ...], JsonTerm]] = {}
    for row in _solutions(engine, PROJECT_REGIONS_TEXT):
        project, region = row["project"], row["region"]
        if project is not None and region is not None:
            term = ox_to_json(region)
            regions.setdefault(project, {})[_key(term)] = term
    reached: dict[str, dict[tuple[str, ...], JsonTerm]] = {}
    for row in _solutions(engine, REACH_TEXT):
        this, project = row["this"], row["project"]
        if isinstance(this, ox.NamedNode) and project in regions:
            reached.setdefault(this.value, {}).update(regions[project])
    return {this: [terms[k] for k in sorted(terms)] for this, terms in reached.items()}


def recompute(store: Store, base: str, touched: Collection[str] | None = None) -> None:
    """The derived step: every county's groups (:func:`group`), every resource's regions
    (:func:`organisation_regions`), the names of the dependency nodes pointing at each
    (:func:`dependency_names`), each organisation's projects (:func:`organisation_projects`), the
    cards and the timelines, with the data's version. ``touched``: the document graphs the write
    wrote or dropped, when the write path says (only the timelines it can have changed are rebuilt,
    :mod:`.pagedelta`); None rebuilds every one.

    A failure drops the graph (a page then reads its rows live); on a remote store there is
    nothing to do."""
    graph_iri = lists_graph_iri(base)
    if not stores_answers(store):
        return
    with dropped_on_failure(store, graph_iri, "stored page lists"):
        version, followed = pagedelta.read_state(engine_select(store), base)
        if version == pagedelta.NOTHING_STORED:
            store.drop_graph(graph_iri)
            return
        started = time.perf_counter()
        engine = store.engine_source().oxigraph
        assert engine is not None  # stores_answers: an embedded store
        records = list(pagetimelines.records(engine))
        digests = pagetimelines.digests(records)
        only = None
        if touched is not None:
            g = str(graph_iri)
            only = pagedelta.changed_targets(
                touched=touched,
                followed=followed,
                stored_followed=pagedelta.stored_list(
                    engine, g, str(node(base, pagedelta.FOLLOWED, "")), str(_json_predicate(base))
                ),
                version=pagedelta.stored_version(engine, g, str(_version_predicate(base))),
                records=records,
                digests=digests,
                stored_digests=pagedelta.stored_list(
                    engine, g, str(node(base, pagedelta.RECORDS, "")), str(_json_predicate(base))
                ),
            )
        per: dict[str, list[tuple[JsonTerm, JsonTerm | None, JsonTerm]]] = {}
        for row in _solutions(engine, county_depends_text()):
            county, target, kind, project = row["county"], row["target"], row["kind"], row["project"]
            if isinstance(county, ox.NamedNode) and target is not None and project is not None:
                per.setdefault(county.value, []).append(
                    (ox_to_json(target), None if kind is None else ox_to_json(kind), ox_to_json(project))
                )
        lists: pagedelta.Lists = {(str(graph_iri), str(_version_predicate(base))): ox.Literal(version)}
        for county, rows in per.items():
            _add(lists, base, COUNTY_DEPENDS, county, _dump(group(rows)))
        reaching = organisation_regions(engine)
        for this, regions in reaching.items():
            _add(lists, base, ORGANISATION_REGIONS, this, _dump(regions))
        named = dependency_names(engine)
        for this, triples in named.items():
            _add(lists, base, DEPENDENCY_NAMES, this, None if triples is None else _dump(triples))
        for this, pairs in organisation_projects(engine).items():
            _add(lists, base, ORGANISATION_PROJECTS, this, None if pairs is None else _dump(pairs))
        carded = pagecards.cards(engine, named, WHOLE_DEPENDENCY_CLASSES)
        for this, card in carded.items():
            _add(lists, base, pagecards.CARD, this, None if card is None else _dump(card))
        timelines = 0
        for this, timeline in pagetimelines.timelines(engine, records, only):
            _add(lists, base, pagetimelines.TIMELINE, this, None if timeline is None else _dump(timeline))
            timelines += 1
        _add(lists, base, pagedelta.FOLLOWED, "", _dump(followed))  # type: ignore[arg-type]
        _add(lists, base, pagedelta.RECORDS, "", _dump(digests))  # type: ignore[arg-type]
        # only the lists that changed, and the version
        gone, came = pagedelta.write_lists(
            store,
            engine,
            str(graph_iri),
            lists,
            kept_prefix=None if only is None else _timeline_prefix(base),
            replaced=() if only is None else [str(node(base, pagetimelines.TIMELINE, this)) for this in only],
        )
        log.info(
            "stored the page lists of %d counties, %d organisations, %d resources depended on, %d cards and "
            "%d timelines (%s) in %.2f s: %d triples removed, %d added",
            len(per),
            len(reaching),
            len(named),
            len(carded),
            timelines,
            "all" if only is None else f"{len(only)} targets a write of {len(touched or ())} graphs reaches",
            time.perf_counter() - started,
            gone,
            came,
        )


def _timeline_prefix(base: str) -> str:
    """The start of every stored timeline's node (its name and the digest's place)."""
    return f"{lists_graph_iri(base)}#{pagetimelines.TIMELINE}-"


# -- reading -------------------------------------------------------------------------------


def read_query(base: str, name: str, resources: list[str]) -> str:
    """The stored version (``?version``) and the stored list ``name`` of each of ``resources``
    (``?list``, ``?body``), in one query."""
    g = lists_graph_iri(base)
    values = " ".join(f"<{node(base, name, r)}>" for r in resources)
    return (
        f"SELECT ?version ?list ?body WHERE {{ GRAPH <{g}> {{ {{ <{g}> <{_version_predicate(base)}> ?version }} "
        f"UNION {{ VALUES ?list {{ {values} }} ?list <{_json_predicate(base)}> ?body }} }} }}"
    )


def parse(
    rows: Iterable[tuple[str, str, str]], base: str, name: str, resources: list[str]
) -> tuple[str | None, dict[str, list[Any] | None]]:
    """The stored version and each resource's list (as JSON gives it) from the rows of :func:`read_query`
    (version, list, body as strings): a resource without a stored list has none (an empty list:
    the step stores every resource with rows), one whose list was too large to store None (read
    it live)."""
    version = None
    bodies: dict[str, str] = {}
    for value, listed, body in rows:
        if value:
            version = value
        if listed:
            bodies[listed] = body
    out: dict[str, list[Any] | None] = {}
    for resource in resources:
        found = bodies.get(str(node(base, name, resource)))
        if found is None:
            out[resource] = []
        elif not found:
            out[resource] = None
        else:
            try:
                text = decode_body(found).decode("utf-8")
                items = json.loads(text)
            except ValueError:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
                text, items = "", None
            out[resource] = items if _clean(text) and _shaped(name, items) else None
    return version, out


#: The keys of a SPARQL JSON results term as :func:`~hankegraafi.store.terms.ox_to_json` writes one.
_TERM_KEYS = frozenset({"type", "value", "xml:lang", "datatype"})


#: A character no store holds written as JSON escapes it (``\u0001``, a lone surrogate, U+FFFE):
#: the write step writes none (its strings come from the store); one in a stored list is damage.
_ESCAPED_FORBIDDEN = re.compile(
    r"\\u(?:000[0-8bBcCeEfF]|001[0-9a-fA-F]|[dD][89a-fA-F][0-9a-fA-F]{2}|[fF]{3}[eEfF])"
)


def _clean(text: str) -> bool:
    """Whether a stored list's JSON text holds no character no store holds, raw or escaped: one
    scan of the text instead of one per string (a county's card has 600-1 000 terms, and the
    check per term was a tenth of its page's CPU)."""
    return xmlchars.first_forbidden(text) is None and _ESCAPED_FORBIDDEN.search(text) is None


def _term(item: object) -> bool:
    """Whether ``item`` is a term as the write step stores one (an IRI, a blank node or a literal;
    its characters are checked over the whole text, :func:`_clean`)."""
    return (
        isinstance(item, dict)
        and item.keys() <= _TERM_KEYS
        and item.get("type") in ("uri", "bnode", "literal")
        and "value" in item
        and all(isinstance(v, str) for v in item.values())
    )


#: The kinds of term the write step stores.
_TERM_TYPES = frozenset({"uri", "bnode", "literal"})


def _terms(items: list[Any]) -> bool:
    """Whether every one of ``items`` is a term as :func:`_term` reads one, checked for all at once
    (a stored card's hundreds of terms: a call per term was most of the check)."""
    return (
        all(type(item) is dict for item in items)
        and {key for item in items for key in item} <= _TERM_KEYS
        and {item.get("type") for item in items} <= _TERM_TYPES
        and all("value" in item for item in items)
        and all(type(value) is str for item in items for value in item.values())
    )


def _shaped(name: str, items: object) -> bool:
    """Whether a stored list has the shape the write step gives list ``name``: a county's groups
    (target, kinds, projects), an organisation's regions (terms), a resource's dependency names
    (triples of terms), an organisation's projects (a term and a term or None) or a card
    (:func:`~hankegraafi.queries.pagecards.shaped`). A dump loaded with
    ``--no-derive``, or a store damaged on disk, can hold another under the data's version, and
    a page built from it was a 500 (``tests/reliability/test_damaged_derived.py``); such a list
    is read as too large to store was: the page reads its rows live."""
    if name == pagecards.CARD:
        return items == [] or pagecards.shaped(items, _terms)
    if name == pagetimelines.TIMELINE:
        return pagetimelines.shaped(items, _terms)
    if not isinstance(items, list):
        return False
    if name == ORGANISATION_REGIONS:
        return _terms(items)
    if name == DEPENDENCY_NAMES:
        return all(isinstance(item, list) and len(item) == 3 and all(_term(t) for t in item) for item in items)
    if name == ORGANISATION_PROJECTS:
        return all(
            isinstance(item, list) and len(item) == 2 and _term(item[0]) and (item[1] is None or _term(item[1]))
            for item in items
        )
    return all(
        isinstance(item, list)
        and len(item) == 3
        and _term(item[0])
        and all(isinstance(part, list) and all(_term(t) for t in part) for part in item[1:])
        for item in items
    )
