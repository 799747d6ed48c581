"""Catalogue answers computed when data is written, stored in the store, used while the data is unchanged.

Whole-graph catalogue queries cost seconds on a large store (tens of seconds at 10^7 triples) and
change only when data is written. After every write the derived graphs are rebuilt
(:mod:`hankegraafi.ingest.derived`); its last step, :func:`recompute`, runs the calls of
:func:`calls` (and the per-county, per-node, per-kind and per-pair answers cut from whole runs)
and stores each answer in the graph ``<base>meta/answers``, already written in the four SPARQL
results formats, in pieces (:mod:`hankegraafi.queries.pieces`), with the version of the data it
follows (:func:`documents_state`: the stored documents' checksums and the curation decisions). A
restart keeps them: they are in the store.

An answer is found by the exact query text (the catalogue text with its parameters written in as
a VALUES block, :func:`~hankegraafi.store.base.inject_values`), so every way of naming the same
call (a county code, a CURIE, a name) and the same text sent to ``/sparql`` meet it. It is used
only while the stored version equals the data's version now; anything else runs live.

A remote store (Virtuoso, an Oxigraph server) gets none: it can change behind our back.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import logging
import time
import weakref
from collections.abc import Generator, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import pyoxigraph as ox
from rdflib.term import Identifier, URIRef

from hankegraafi.ontology.namespaces import BASE_IRI_DEFAULT, HG, catalogue_graph
from hankegraafi.queries import answerpool
from hankegraafi.queries.answerkeys import (
    BY_KIND,
    BY_NODE,
    BY_REGION,
    DEFAULT_KIND,
    SHARED,
    by_kind,
    keyed_parts,
    kinds_text,
    known_counties,
    shared_pairs,
    shared_sides_text,
    split,
    statement_kinds,
    whole_text,
)
from hankegraafi.queries.answerlangs import LANGS, in_languages, label_columns, names
from hankegraafi.queries.answerlines import WrittenLines
from hankegraafi.queries.catalogue import get, load_catalogue
from hankegraafi.queries.catalogue import run as live_run
from hankegraafi.queries.params import NameSearch
from hankegraafi.queries.pieces import (
    FORMS,
    RESULTS_JSON,
    Answer,
    Made,
    Select,
    answers_graph_iri,
    layout_query,
    stored_bytes,
    text_digest,
    version_query,
    write,
    write_version,
)
from hankegraafi.store import results
from hankegraafi.store.base import Bindings, SelectResult, Store, StoreError, inject_values
from hankegraafi.store.graphdiff import engine_of, stored_text, write_lines

log = logging.getLogger(__name__)

TSV = "text/tab-separated-values"

#: Answers whose JSON is larger than this are left live: writing one holds its rows in memory
#: (at 10^7 triples the largest default answer is 31 MB of JSON).
MAX_ANSWER_BYTES = 400_000_000


# -- the data's version --------------------------------------------------------------------


def state_of(select: Select, base: str) -> str:
    """A digest of the stored documents and decisions (the catalogue's graphs and checksums, the
    curation graph's size), from rows read by ``select`` (the store's, or the server's runner)."""
    rows = select(
        f"""PREFIX hg: <{HG}>
        SELECT ?g ?sha WHERE {{ GRAPH <{catalogue_graph(base)}> {{ ?g hg:sha256 ?sha }} }}"""
    )
    decisions = select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{base}meta/curation> {{ ?s ?p ?o }} }}")
    pairs = sorted(f"{g} {sha}" for g, sha in rows)
    pairs.append(f"curation {decisions[0][0] if decisions else 0}")
    return hashlib.sha256("\n".join(pairs).encode()).hexdigest()


#: The version of a store with no documents and no decisions.
_NOTHING_STORED = hashlib.sha256(b"curation 0").hexdigest()


def store_select(store: Store) -> Select:
    """``select`` over a store: each row's values as strings."""

    def select(sparql: str) -> list[tuple[str, ...]]:
        result = store.query(sparql)
        if not isinstance(result, SelectResult):
            raise StoreError("the store answered a SELECT with something else")
        return [tuple("" if v is None else str(v) for v in row) for row in result.rows]

    return select


def engine_select(store: Store) -> Select:
    """``select`` straight over the embedded engine (a store that keeps answers has one), values
    as strings with no rdflib terms between: each stored call reads its version from 1 400 rows
    at 10^6 triples, and making rdflib terms of them cost more than the engine."""
    engine = store.engine_source().oxigraph
    if engine is None:
        return store_select(store)

    def select(sparql: str) -> list[tuple[str, ...]]:
        solutions = engine.query(sparql, use_default_graph_as_union=True)
        if not isinstance(solutions, ox.QuerySolutions):
            raise StoreError("the store answered a SELECT with something else")
        names = [v.value for v in solutions.variables]
        return [tuple("" if (t := row[n]) is None else t.value for n in names) for row in solutions]

    return select


def documents_state(store: Store, base: str) -> str:
    """The version of the data in ``store`` (what the derived graphs and stored answers follow)."""
    return state_of(store_select(store), base)


# -- computing at write time ---------------------------------------------------------------


def stores_answers(store: Store) -> bool:
    """Whether answers are kept for this store: an embedded one (a remote one changes behind us)."""
    return store.engine_source().oxigraph is not None


def calls() -> list[tuple[str, dict[str, str]]]:
    """The calls answered at write time: every query without required parameters, with its defaults.

    Running per-county calls and other languages was too dear: at 10^5 triples the 352 per-county
    calls (six queries, three languages) cost 24 s per write, the whole-graph defaults 1.2 s; the
    per-county answers of :data:`BY_REGION` are cut from the whole answer instead, at no cost."""
    return [(q.name, {}) for q in load_catalogue().values() if not any(p.required for p in q.params)]


def call_text(name: str, params: Mapping[str, str]) -> str:
    """The exact text a call runs: the catalogue text with its bindings written in."""
    text, bindings = get(name).bind(params)
    return inject_values(text, bindings) if bindings else text


@contextmanager
def dropped_on_failure(store: Store, graph_iri: URIRef, what: str) -> Iterator[None]:
    """A derived graph whose rebuild fails is dropped, not left old: its readers then run live
    (no answer rather than an old one). The failure goes on to the caller."""
    try:
        yield
    except Exception:
        try:
            store.drop_graph(graph_iri)
        except StoreError as exc:
            log.error("%s could not be dropped after a failure: %s", what, exc)
        raise


def recompute(store: Store, base: str) -> None:
    """The derived step: run every call of :func:`calls` and store the answers with the version.

    A failure drops the graph (no answer rather than an old one); on a remote store there is
    nothing to do."""
    graph_iri = answers_graph_iri(base)
    if not stores_answers(store):
        return
    with dropped_on_failure(store, graph_iri, "stored answers"):
        started = time.perf_counter()
        version = documents_state(store, base)
        if version == _NOTHING_STORED:  # no documents, no decisions: no graph (CLEAR ALL leaves none)
            store.drop_graph(graph_iri)
            return
        graph = WrittenLines()
        write_version(graph, base, version)  # type: ignore[arg-type]
        kept = 0
        counties = known_counties(store)
        plain = [(n, p) for n, p in calls() if not (n == BY_KIND and not p)]  # the default kind: below
        texts = [
            *((call_text(name, params), f"{name} {params}") for name, params in plain),
            *((whole_text(name), f"{name} for every node") for name in BY_NODE),
            (kinds_text(), f"{BY_KIND} for every kind"),
            (shared_sides_text(), f"{SHARED} for every county"),
        ]
        labels = {lang: names(store, lang) for lang in LANGS}  # the other languages' labels
        # Each run's answers in units (a call's answer with its parts by key, and in each other
        # language); the second core writes whole units while it is idle (queries/answerpool.py).
        runs = [
            *(
                ((PLAIN, name, params), *((LANG, name, params, lang) for lang in langs_of(name)))
                for name, params in plain
            ),
            *(((NODE, name, {}),) for name in BY_NODE),
            ((KINDS, BY_KIND, {}),),
            ((SIDES, SHARED, {}),),
        ]
        _STEP.append((base, counties, labels))  # what the forked process inherits, not pickled a unit
        try:
            # Forked here, before the query threads start.
            with answerpool.helper(_documents(store, base)) as helper, ThreadPoolExecutor(1) as reader:
                # The graph as stored, read while the answers are written (nothing else writes it).
                stored = reader.submit(stored_text, engine_of(store), graph_iri)  # type: ignore[arg-type]
                answers = prefetched(store, texts)
                try:  # a failure below stops the queries not yet begun (the generator closed)
                    for units in runs:
                        answer = next(answers)
                        if answer is None:
                            continue
                        for unit in units:
                            if helper.take():
                                helper.hand(_unit_lines, unit, answer)
                            else:
                                kept += _unit(graph, unit, answer)
                    for lines, count in helper.results(_unit_lines):
                        graph.add_lines(lines)
                        kept += count
                finally:
                    answers.close()
                # As the difference from what is stored (store/graphdiff.py): a write changes few of
                # the answers, and writing the whole graph again was half of this step (100 bench
                # documents: 11 000 triples rewritten where about 900 changed).
                write_lines(store, graph_iri, graph.lines(), stored=stored.result)
        finally:
            _STEP.pop()
        log.info("stored %d catalogue answers in %.2f s", kept, time.perf_counter() - started)


#: The kinds of unit the step writes (:func:`_unit`): a call's answer with its parts by key; the
#: same in one other language; a by-node query's whole run cut per node; budget-by-region's run
#: of every kind; the shared dependencies' run of every county, cut per pair.
PLAIN, LANG, NODE, KINDS, SIDES = "plain", "lang", "node", "kinds", "sides"

#: The step running now: (base, the counties, each other language's labels), read by :func:`_unit`
#: here and in the forked process, which inherits them (so they are not pickled with every unit).
_STEP: list[tuple[str, list[str], Mapping[str, Mapping[str, str]]]] = []


def langs_of(name: str) -> tuple[str, ...]:
    """The other languages a call's answer is stored in (:mod:`~hankegraafi.queries.answerlangs`)."""
    return LANGS if label_columns(name) is not None else ()


def _unit(graph: WrittenLines, unit: tuple[Any, ...], answer: Answer) -> int:
    """One unit of the step written into ``graph``: the answers made from one run (``answer``),
    each answer's rows written once for it and its parts (``made``); returns how many were stored."""
    base, counties, labels = _STEP[-1]
    kind, name, params = unit[:3]
    kept = 0
    if kind == PLAIN:
        made: Made = {}  # the whole's rows, written once for it and its parts by key
        kept += _add(graph, base, name, params, answer, made)
        for param, value, part in keyed_parts(name, answer, counties):
            kept += _add(graph, base, name, {**params, param: value}, part, made)
    elif kind == LANG:
        kept += _add_languages(graph, base, name, params, answer, counties, {unit[3]: labels[unit[3]]})
    elif kind == NODE:
        for node, part in split(answer, "node", drop=True).items():
            kept += _add(graph, base, name, {"node": node}, part)
            for lang, labelled in in_languages(name, part, labels):  # the map's service figure
                kept += _add(graph, base, name, {"node": node, "lang": lang}, labelled)
    elif kind == KINDS:
        made = {}  # each kind's rows, written once for it, its counties and the call without a kind
        for statement, part in by_kind(answer).items():
            for call in ({"kind": statement}, *([{}] if statement == DEFAULT_KIND else [])):
                kept += _add(graph, base, BY_KIND, call, part, made)
                for param, value, piece in keyed_parts(BY_KIND, part, counties):
                    kept += _add(graph, base, BY_KIND, {**call, param: value}, piece, made)
                if statement == DEFAULT_KIND:  # the county pages' and the map's call, in sv and en
                    kept += _add_languages(graph, base, BY_KIND, call, part, counties, labels)
    else:
        for (first, second), part in shared_pairs(answer, counties).items():
            kept += _add(graph, base, SHARED, {"region1": first, "region2": second}, part)
    return kept


def _unit_lines(unit: tuple[Any, ...], answer: Answer) -> tuple[set[str], int]:
    """:func:`_unit` into lines of its own (the forked process's share, :mod:`~hankegraafi.queries.answerpool`)."""
    graph = WrittenLines()
    kept = _unit(graph, unit, answer)
    return graph.lines(), kept


def _documents(store: Store, base: str) -> int:
    """How many documents the store's catalogue holds (whether a second process pays)."""
    rows = engine_select(store)(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{catalogue_graph(base)}> "
        f"{{ ?g a <{HG.DocumentGraph}> ; <{HG.sha256}> ?sha }} }}"
    )
    return int(rows[0][0]) if rows and rows[0][0] else 0


#: Whole-graph queries of the step run at once, in threads (the engine evaluates a query with the
#: interpreter's lock released): one a core of the machine it was measured on (2), and at most this
#: many answers held in memory beside the one being written.
PREFETCH = 2


def prefetched(store: Store, texts: list[tuple[str, str]]) -> Generator[Answer | None, None, None]:
    """The answers of ``texts`` (query text, what it is for the log) in their order, each run by
    :func:`_answer`, up to :data:`PREFETCH` of them at once in threads: the engine evaluates one
    query while this thread parses and writes the answer before (a write of 100 bench documents
    spent 1.3 s here one query after another). The same answers as one by one; the first
    failure is raised where its answer is taken, and the queries not begun are not run."""
    from concurrent.futures import Future, ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=PREFETCH, thread_name_prefix="hg-answers") as pool:
        running: list[Future[Answer | None]] = []
        ahead = iter(texts)
        try:
            for text, what in itertools.islice(ahead, PREFETCH):
                running.append(pool.submit(_answer, store, text, what))
            while running:
                answer = running.pop(0).result()
                for text, what in itertools.islice(ahead, 1):
                    running.append(pool.submit(_answer, store, text, what))
                yield answer
        finally:
            for future in running:
                future.cancel()


def _answer(store: Store, text: str, what: str) -> Answer | None:
    """The rows of ``text`` run on ``store`` (None, and it is left live, past :data:`MAX_ANSWER_BYTES`)."""
    body = store.query_serialized(text, RESULTS_JSON)
    if len(body) > MAX_ANSWER_BYTES:
        log.info("answer of %s left live: %d bytes", what, len(body))
        return None
    return canonical(body)


def _add(
    graph: WrittenLines,
    base: str,
    name: str,
    params: Mapping[str, str],
    answer: Answer,
    made: Made | None = None,
) -> int:
    """One stored answer in ``graph``, in every form of :data:`~hankegraafi.queries.pieces.FORMS`
    (``made``: rows' bytes written before, :data:`~hankegraafi.queries.pieces.Made`); returns 1 (counted)."""
    write(graph, base, call_digest(name, params), _label(name, params), answer, made)  # type: ignore[arg-type]
    return 1


def call_digest(name: str, params: Mapping[str, str]) -> str:
    """``text_digest(call_text(name, params))``, kept per call: every write's rebuild asks it for each of
    its thousands of stored answers, the same calls each time, and binding, writing in and hashing each
    call's text again was an eighth of a write's CPU (py-spy, stop 44)."""
    return _call_digest(get(name).text, name, tuple(params.items()))


@functools.lru_cache(maxsize=1 << 16)
def _call_digest(text: str, name: str, params: tuple[tuple[str, str], ...]) -> str:
    """The digest of one call; ``text`` (the catalogue's query) is in the key so that a catalogue read
    again gives digests of its own texts."""
    return text_digest(call_text(name, dict(params)))


def _add_languages(
    graph: WrittenLines,
    base: str,
    name: str,
    params: Mapping[str, str],
    answer: Answer,
    counties: list[str],
    labels: Mapping[str, Mapping[str, str]],
) -> int:
    """The answer of a call and its parts by key in each other language it can be made in from
    the default one (:mod:`~hankegraafi.queries.answerlangs`); returns how many were stored."""
    kept = 0
    for lang, labelled in in_languages(name, answer, labels):
        made: Made = {}
        kept += _add(graph, base, name, {**params, "lang": lang}, labelled, made)
        for param, value, part in keyed_parts(name, labelled, counties):
            kept += _add(graph, base, name, {**params, param: value, "lang": lang}, part, made)
    return kept


def canonical(body: bytes) -> Answer:
    """SPARQL JSON results as the server's engine has them before writing (each row's terms in the
    order of the variables, each term's keys in the order of ``ox_to_json``), so that the rows
    stored are written byte for byte as the engine writes the same rows live."""
    data = json.loads(body)
    variables = list(data["head"]["vars"])
    rows: list[results.Row] = []
    for binding in data["results"]["bindings"]:
        row: results.Row = {}
        for var in variables:
            term = binding.get(var)
            if term is None:
                continue
            out = {"type": term["type"], "value": term["value"]}
            for extra in ("xml:lang", "datatype"):
                if extra in term:
                    out[extra] = term[extra]
            row[var] = out
        rows.append(row)
    return variables, rows


def _label(name: str, params: Mapping[str, str]) -> str:
    return " ".join([name, *(f"{k}={v}" for k, v in sorted(params.items()))])


# -- reading -------------------------------------------------------------------------------


#: The data's version seen by each read-only store opened from a folder: the engine's read-only
#: handle sees the store as it was when opened (a write after is not seen), so its version is read
#: once, not on every stored call (at 10^6 triples 18 of a small stored call's 29 ms of CPU).
_VERSIONS: weakref.WeakKeyDictionary[Store, str] = weakref.WeakKeyDictionary()


def _state(store: Store, select: Select, base: str) -> str:
    """:func:`state_of` for ``store``, read once for a read-only store opened from a folder (one
    that wraps a handle of another part, ``EmbeddedStore.over``, reads it every time)."""
    fixed = bool(getattr(store, "read_only", False)) and getattr(store, "path", None) is not None
    known = _VERSIONS.get(store) if fixed else None
    if known is None:
        known = state_of(select, base)
        if fixed:
            _VERSIONS[store] = known
    return known


def stored_json(store: Store, text: str) -> bytes | None:
    """The stored SPARQL JSON results of ``text`` (every row) if they follow the data now stored, else None."""
    return stored_form(store, text, RESULTS_JSON)


def stored_form(store: Store, text: str, media: str) -> bytes | None:
    """The stored answer of ``text`` (every row) in ``media``, one of the forms
    :data:`~hankegraafi.queries.pieces.FORMS`, if it follows the data now stored, else None."""
    if not stores_answers(store):
        return None
    base = str(getattr(store, "base_iri", BASE_IRI_DEFAULT))  # each store implementation has one
    select = engine_select(store)
    digest = text_digest(text)
    key = next((k for k, m in FORMS.items() if m == media), None)
    if key is None or not select(layout_query(base, digest, key)):
        return None
    version = select(version_query(base))
    if not version or version[0][0] != _state(store, select, base):
        return None
    try:
        found = stored_bytes(select, base, digest, media)
    except ValueError as exc:
        log.warning("stored answer ignored, the query runs live: %s", exc)
        return None
    return None if found is None else found[0]


def stored_result(store: Store, text: str) -> SelectResult | None:
    """The stored answer of ``text`` as rows of rdflib terms, read from its TSV form
    (:func:`~hankegraafi.store.results.rows_from_tsv`: the same rows as its JSON gives, at a third
    to half of the CPU), or from its JSON where the TSV reader does not take it (no variables)."""
    body = stored_form(store, text, TSV)
    if body is None:
        return None
    try:
        variables, rows = results.rows_from_tsv(body)
    except ValueError:
        whole = stored_json(store, text)
        return None if whole is None else result_from_json(whole)
    return SelectResult(variables, rows)


def serialized(store: Store, text: str, bindings: Bindings | None, media: str) -> bytes | None:
    """The stored answer of ``text`` with ``bindings`` in a SPARQL results format (by pyoxigraph's
    serialiser, as a live ``query_serialized`` gives it), or None."""
    body = stored_json(store, inject_values(text, bindings) if bindings else text)
    if body is None or media == RESULTS_JSON:
        return body
    import pyoxigraph as ox

    fmt = ox.QueryResultsFormat.from_media_type(media)
    if fmt is None:
        return None
    solutions = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
    return solutions.serialize(format=fmt)


def lookup(store: Store, name: str, params: Mapping[str, str] | None = None) -> SelectResult | None:
    """The stored answer of a catalogue call (raw parameters as :meth:`CatalogueQuery.bind` takes)."""
    return stored_result(store, call_text(name, params or {}))


def result_from_json(body: bytes) -> SelectResult:
    """SPARQL JSON results as the store interface's rows, each distinct term converted once (by
    the store's one term converter) and shared: a stored answer repeats its counties, statuses
    and labels on every row, and making rdflib terms was most of reading one back (180 of 290 ms
    for deviations at 10^6 triples; 26 000 cells, 2 000 distinct terms)."""
    from hankegraafi.store.terms import json_to_rdflib

    data = json.loads(body)
    variables = list(data["head"]["vars"])
    made: dict[tuple[str | None, ...], Identifier] = {}
    rows: list[tuple[Identifier | None, ...]] = []
    for binding in data["results"]["bindings"]:
        row: list[Identifier | None] = []
        for var in variables:
            cell = binding.get(var)
            if cell is None:
                row.append(None)
                continue
            key = (cell["type"], cell["value"], cell.get("xml:lang"), cell.get("datatype"))
            term = made.get(key)
            if term is None:
                term = made[key] = json_to_rdflib(cell)
            row.append(term)
        rows.append(tuple(row))
    return SelectResult(variables, rows)


def run(
    store: Store,
    name: str,
    params: Mapping[str, str] | None = None,
    *,
    search: NameSearch | None = None,
    stored: bool = True,
) -> SelectResult:
    """A catalogue call: the answer stored when the data was written while it follows the data now
    stored, else the query run live (:func:`hankegraafi.queries.catalogue.run`); ``stored=False``
    always runs it. This is ``hankegraafi.queries.run``."""
    if stored:
        text, bindings = get(name).bind(params or {}, search=search)
        kept = stored_result(store, inject_values(text, bindings) if bindings else text)
        if kept is not None:
            return kept
    return live_run(store, name, params, search=search)


#: Names other modules take from here (``answers_graph_iri`` is :mod:`~hankegraafi.queries.pieces`' own;
#: ``known_counties`` and the per-key tables are :mod:`~hankegraafi.queries.answerkeys`').
__all__ = [
    "BY_KIND",
    "BY_NODE",
    "BY_REGION",
    "SHARED",
    "answers_graph_iri",
    "documents_state",
    "known_counties",
    "recompute",
    "run",
    "state_of",
    "statement_kinds",
    "stores_answers",
]
