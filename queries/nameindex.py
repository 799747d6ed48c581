"""Every name of the store, the types of named resources and their words' base forms, stored when
data is written, used while the data is unchanged.

The pages' label index (``server/pages/labels.py``), the name table every resource page names its
IRIs from, and the search index (``server/pages/search.py``: the explorer's search, ``/search``,
``/reconcile``) are all made of the rows of two whole-store queries (:data:`LABELS_QUERY`,
:data:`TYPES_QUERY`) and the base forms of the names' words (Voikko). Read when a server first
needs them, at 10^6 triples that was 2 s of the engine and 0.4 s of lemmatising, the rows handed
from a query worker to the web process as JSON (the first search after a start took 9-20 s under
load, issue 17). After every write the derived graphs are rebuilt (:mod:`hankegraafi.ingest.derived`);
this step runs the two queries once, lemmatises each word once, and stores the rows and the forms
in the graph ``<base>meta/name-index`` with the version of the data it follows
(:func:`~hankegraafi.queries.answers.state_of`, as the page lists). The server reads them in one
query (:func:`read_query`) and uses them only while that version is the data's now; a restart
keeps them (they are in the store). The rows are stored in one order of their own (by subject,
property, language, text: :func:`assemble`), the order the server also puts the live rows in, so
it makes of them exactly what it makes of the live rows (a test compares the two after every kind
of write: ``tests/queries/test_nameindex.py``).

The step is partial after an ingest, a re-ingest or a remove (stop 49): rebuilding the whole index
cost every write 2-2.7 s of CPU at 10^6 triples (both whole-store queries and every word
lemmatised again). With the graphs the write touched, only the subjects it can have changed are
read again and lemmatised words are taken from the stored index (:func:`_partial`); the result is
byte for byte what a whole rebuild stores (the test above compares them after each kind of write).
Beside the index the write side keeps (not read by the server) the data it follows and, for each
document graph, the indexed subjects with a naming or type triple in it.

A remote store gets none: it can change behind our back (as the stored answers).
"""

from __future__ import annotations

import json
import logging
import time
import unicodedata
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, XSD

from hankegraafi.queries.answers import dropped_on_failure, engine_select, stores_answers
from hankegraafi.queries.pagedelta import NOTHING_STORED, follows, read_state, version_of
from hankegraafi.queries.pieces import PIECE_BYTES, decode_body, encode_body
from hankegraafi.store import graphdiff
from hankegraafi.store.base import Store, StoreError
from hankegraafi.store.graphdiff import write_graph

log = logging.getLogger(__name__)

#: Every name of the store: ``skos:prefLabel``, ``rdfs:label``, ``dct:title`` and ``skos:altLabel``.
LABELS_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?s ?p ?label WHERE {
  VALUES ?p { skos:prefLabel rdfs:label dct:title skos:altLabel }
  ?s ?p ?label .
  FILTER(isIRI(?s) && isLiteral(?label))
}
"""

#: The types of every named resource: a join from the names to the types, not ``FILTER EXISTS`` per
#: typed resource. At 10^6 triples the EXISTS form tested every ``?s a ?type`` of the store: 26 s
#: (11 s of CPU) for 44 446 rows, past the 30 s deadline under load (the explorer's first search
#: answered 503); this one gives the same rows in 1.1 s.
TYPES_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT DISTINCT ?s ?type WHERE {
  VALUES ?p { skos:prefLabel rdfs:label dct:title }
  ?s ?p ?name .
  ?s a ?type .
  FILTER(isIRI(?s) && isIRI(?type))
}
"""

#: The naming properties, in the order a stored row names its property by.
PROPERTIES = (
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://purl.org/dc/terms/title",
    "http://www.w3.org/2004/02/skos/core#altLabel",
)
_PROPERTY = {p: n for n, p in enumerate(PROPERTIES)}

#: The stored index's format: its version is stored (and read) under a predicate of this number,
#: so an index an older code wrote is not used. Raise it whenever what is stored changes.
FORMAT = 3

#: Bytes of JSON per stored piece (each is compressed; :func:`~.pieces.decode_body` refuses one
#: that inflates past :data:`~.pieces.PIECE_BYTES`).
CHUNK = PIECE_BYTES // 2


def fold(text: str) -> str:
    """A word or name as the search compares it (NFKC, case folded)."""
    return unicodedata.normalize("NFKC", text).casefold()


#: A lemmatiser: a word's (whole-word, first-part) base forms (``ingest.entities.candidates``).
Candidates = Callable[[str], tuple[frozenset[str], frozenset[str]]]


def word_forms(word: str, candidates: Candidates) -> frozenset[str]:
    """The lower-case base forms of one word (the word itself among them): what the search finds it by."""
    whole, partial = candidates(word)
    return frozenset({fold(word), *(fold(f) for f in whole | partial)})


def graph_iri(base: str) -> URIRef:
    """The graph of the stored name index (one of the derived graphs)."""
    return URIRef(f"{base}meta/name-index")


def _version_predicate(base: str) -> URIRef:
    return URIRef(f"{graph_iri(base)}#version-{FORMAT}")


def _piece_predicate(base: str, kind: str = "piece") -> URIRef:
    """The index's pieces (``piece``, read by the server) or the write side's state (``state``)."""
    return URIRef(f"{graph_iri(base)}#{kind}" if kind == "piece" else f"{graph_iri(base)}#{kind}-{FORMAT}")


def _piece(base: str, n: int, kind: str = "piece") -> URIRef:
    return URIRef(f"{graph_iri(base)}#{kind}-{n:05d}")


@dataclass
class Stored:
    """What the step stores: the two queries' rows, in :func:`assemble`'s order, and each word's forms.

    ``iris`` are the subjects, each once, sorted; a name row is (subject's index, property's index in
    :data:`PROPERTIES`, language, text); the types are each subject's (its index, its classes'
    indexes in ``classes``, sorted), subjects in ``iris``' order.
    ``forms`` gives each word of every name its base forms other than the word folded, and
    ``words`` each name row's words (as the search splits its text: places in ``forms``' order)."""

    iris: list[str] = field(default_factory=list)
    names: list[tuple[int, int, str, str]] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)
    types: list[tuple[int, list[int]]] = field(default_factory=list)
    forms: dict[str, list[str]] = field(default_factory=dict)
    words: list[list[int]] = field(default_factory=list)
    #: Each name's text → its words (:meth:`words_of`), made on first use.
    split: dict[str, list[str]] | None = None

    def name_rows(self) -> Iterable[tuple[str, str, str, str]]:
        """(subject, property IRI, language, text) of every name, in the stored order."""
        iris = self.iris
        return ((iris[s], PROPERTIES[p], lang, text) for s, p, lang, text in self.names)

    def types_by_subject(self) -> dict[str, set[str]]:
        """Each subject's classes, subjects in the stored order (one string per class)."""
        iris, classes = self.iris, self.classes
        return {iris[s]: {classes[c] for c in cs} for s, cs in self.types}

    def words_of(self) -> dict[str, list[str]]:
        """Each name's text → its words (what the search would split it into, without splitting it)."""
        if self.split is None:
            order = list(self.forms)
            self.split = {
                row[3]: [order[w] for w in ws] for row, ws in zip(self.names, self.words, strict=True)
            }
        return self.split

    def for_search(self) -> Stored:
        """What the search index needs of this (the words of each text and their forms), without the
        rows a label index has been made of: the server keeps this while the data is unchanged
        (the 44 000 type rows and 16 000 name rows at 10^6 triples held about 10 MB more)."""
        return Stored(forms=self.forms, split=self.words_of())

    def forms_of(self, word: str) -> frozenset[str] | None:
        """The forms :func:`word_forms` gives ``word``, or None for a word not stored."""
        found = self.forms.get(word)
        return None if found is None else frozenset({fold(word), *found})


#: A subject's name rows: (property's index in :data:`PROPERTIES`, language, text), with repeats.
NameRows = dict[str, list[tuple[int, str, str]]]


def _rows(engine: ox.Store) -> tuple[NameRows, dict[str, set[str]]]:
    """The rows of the two queries, grouped by subject."""
    names: NameRows = {}
    types: dict[str, set[str]] = {}
    for row in _solutions(engine, LABELS_QUERY):
        s, p, label = row["s"], row["p"], row["label"]
        if isinstance(s, ox.NamedNode) and isinstance(p, ox.NamedNode) and isinstance(label, ox.Literal):
            names.setdefault(s.value, []).append((_PROPERTY[p.value], label.language or "", label.value))
    for row in _solutions(engine, TYPES_QUERY):
        s, cls = row["s"], row["type"]
        if isinstance(s, ox.NamedNode) and isinstance(cls, ox.NamedNode):
            types.setdefault(s.value, set()).add(cls.value)
    return names, types


_NODES = [ox.NamedNode(p) for p in PROPERTIES]
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _rows_of(engine: ox.Store, subjects: Iterable[str]) -> tuple[NameRows, dict[str, set[str]]]:
    """The rows the two queries give for ``subjects``, read by subject from the engine's index (the
    queries with the subjects given as VALUES read the whole store, and more slowly). As the queries
    read the default graph as the union of all graphs: every graph, a triple once per graph."""
    names: NameRows = {}
    types: dict[str, set[str]] = {}
    for iri in subjects:
        node, rows, named = ox.NamedNode(iri), [], False
        for n, p in enumerate(_NODES):
            for quad in engine.quads_for_pattern(node, p, None, None):
                named = named or n < 3  # TYPES_QUERY: a name by the first three, whatever its object
                if isinstance(label := quad.object, ox.Literal):
                    rows.append((n, label.language or "", label.value))
        if rows:
            names[iri] = rows
        if named:
            classes = {
                c.value
                for q in engine.quads_for_pattern(node, _TYPE, None, None)
                if isinstance(c := q.object, ox.NamedNode)
            }
            if classes:
                types[iri] = classes
    return names, types


def assemble(
    names: NameRows,
    types: dict[str, set[str]],
    words: Callable[[str], Iterable[str]],
    forms: Callable[[str], list[str]],
) -> Stored:
    """The stored index of these rows in its one order: subjects by IRI, each subject's names by
    (property, language, text), classes by IRI; the words' forms in the order the names first give
    them. Any rows give the same index whatever order the engine gave them in, so a partial step
    (:func:`recompute` with ``touched``) makes exactly what a whole one makes."""
    out = Stored()
    out.iris = sorted(names.keys() | types.keys())
    out.classes = sorted({c for cs in types.values() for c in cs})
    place = {c: n for n, c in enumerate(out.classes)}
    for n, iri in enumerate(out.iris):
        out.names.extend((n, p, lang, text) for p, lang, text in sorted(names.get(iri, ())))
        if iri in types:
            out.types.append((n, sorted(place[c] for c in types[iri])))
    at: dict[str, int] = {}
    for _s, _p, _lang, text in out.names:
        row = []
        for word in words(text):
            if word not in at:
                at[word] = len(at)
                out.forms[word] = forms(word)
            row.append(at[word])
        out.words.append(row)
    return out


def compute(engine: ox.Store, words: Callable[[str], Iterable[str]], candidates: Candidates) -> Stored:
    """The two queries' rows over the engine (every graph) and the forms of every word of every
    name (``words``: a text's words, as the search splits it). Names with contact details are
    stored too: the server leaves them out by its own rule (checking each at every write cost
    1.5 s of CPU at 10^6 triples)."""
    names, types = _rows(engine)
    return assemble(names, types, words, lambda word: sorted(word_forms(word, candidates) - {fold(word)}))


def _solutions(engine: ox.Store, text: str) -> ox.QuerySolutions:
    solutions = engine.query(text, use_default_graph_as_union=True)
    if not isinstance(solutions, ox.QuerySolutions):
        raise StoreError("the store answered a SELECT with something else")
    return solutions


def dump(stored: Stored) -> bytes:
    """The stored index as JSON bytes (one fixed form: the same index gives the same bytes)."""
    body = {
        "iris": stored.iris,
        "names": stored.names,
        "classes": stored.classes,
        "types": stored.types,
        "forms": stored.forms,
        "words": stored.words,
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def load(data: bytes) -> Stored | None:
    """The index :func:`dump` wrote, or None for bytes of another shape (a damaged store, a dump
    loaded with ``--no-derive``): the server then reads the names live. Its rows are checked whole
    at once (their shapes and every index in range), not field by field."""
    try:
        body = json.loads(data.decode("utf-8"))
        iris, names, classes, types, forms, words = (
            body[k] for k in ("iris", "names", "classes", "types", "forms", "words")
        )
        if not (
            all(type(x) is list for x in (iris, names, classes, types))
            and type(forms) is dict
            and {type(i) for i in iris} <= {str}
            and {type(c) for c in classes} <= {str}
        ):
            return None
        if names:
            s, p, lang, text = zip(*names, strict=True)
            if not (
                {type(x) for x in s + p} == {int}
                and {type(x) for x in lang + text} == {str}
                and 0 <= min(s) <= max(s) < len(iris)
                and 0 <= min(p) <= max(p) < len(PROPERTIES)
            ):
                return None
        if types:
            s, cs = zip(*types, strict=True)
            c = tuple(x for row in cs for x in row)
            if not (
                {type(row) for row in cs} == {list}
                and c
                and {type(x) for x in s + c} == {int}
                and 0 <= min(s) <= max(s) < len(iris)
                and 0 <= min(c) <= max(c) < len(classes)
            ):
                return None
        if not all(type(fs) is list and {type(f) for f in fs} <= {str} for fs in forms.values()):
            return None
        known = len(forms)
        if not (
            type(words) is list
            and len(words) == len(names)
            and {type(ws) for ws in words} <= {list}
            and all(type(w) is int and 0 <= w < known for ws in words for w in ws)
        ):
            return None
    except (ValueError, TypeError, KeyError):  # JSON, text, a row of another length
        return None
    return Stored(iris=iris, names=names, classes=classes, types=types, forms=forms, words=words)


def recompute(
    store: Store,
    base: str,
    touched: Collection[str] | None = None,
    *,
    words: Callable[[str], Iterable[str]],
    candidates: Candidates,
) -> None:
    """The derived step: compute the index (:func:`compute`) and store it in pieces with the data's
    version (only the triples that changed are written). ``touched``: the document graphs the write
    wrote or dropped (an ingest, a re-ingest, a remove): only the subjects that write can have
    changed are read again (:func:`_partial`); None, or a stored index that does not follow the
    data as it was before this write, reads every name. A failure drops the graph (the server then
    reads the names live); on a remote store there is nothing to do."""
    iri = graph_iri(base)
    if not stores_answers(store):
        return
    with dropped_on_failure(store, iri, "stored name index"):
        version, followed = read_state(engine_select(store), base)
        if version == NOTHING_STORED:  # no documents, no decisions: no graph (a CLEAR ALL leaves none)
            store.drop_graph(iri)
            return
        engine = store.engine_source().oxigraph
        assert engine is not None  # stores_answers: an embedded store
        started = time.perf_counter()
        stored, graphs, how = None, None, "every subject"
        if touched is not None:
            found = _partial(engine, base, touched, followed, words, candidates)
            if found is not None:
                stored, graphs, changed = found
                how = f"{changed} subjects {len(touched)} graphs reach"
        if stored is None or graphs is None:
            stored = compute(engine, words, candidates)
            graphs = _graphs_of(engine, stored.iris, followed)
        body = dump(stored)
        state = json.dumps(
            {"followed": followed, "graphs": graphs}, ensure_ascii=False, separators=(",", ":"), sort_keys=True
        ).encode("utf-8")
        triples: list[tuple[URIRef, URIRef, Literal]] = [(iri, _version_predicate(base), Literal(version))]
        for kind, data in (("piece", body), ("state", state)):
            for n, start in enumerate(range(0, len(data), CHUNK)):
                value = Literal(encode_body(data[start : start + CHUNK]), datatype=XSD.base64Binary)
                triples.append((_piece(base, n, kind), _piece_predicate(base, kind), value))
        gone, came = write_graph(store, iri, triples)
        log.info(
            "stored the name index (%s): %d names of %d resources, %d types, %d words (%d bytes) in %.2f s: "
            "%d triples removed, %d added",
            how,
            len(stored.names),
            len(stored.iris),
            len(stored.types),
            len(stored.forms),
            len(body),
            time.perf_counter() - started,
            gone,
            came,
        )


def _graphs_of(engine: ox.Store, subjects: Iterable[str], followed: dict[str, Any]) -> dict[str, list[str]]:
    """Each document graph (a graph of the catalogue, ``followed``) → the subjects of ``subjects``
    that have a naming or type triple in it, sorted: what a write of that graph can change."""
    known = followed["graphs"]
    out: dict[str, set[str]] = {}
    for iri in subjects:
        node = ox.NamedNode(iri)
        for p in (*_NODES, _TYPE):
            for quad in engine.quads_for_pattern(node, p, None, None):
                if isinstance(g := quad.graph_name, ox.NamedNode) and g.value in known:
                    out.setdefault(g.value, set()).add(iri)
    return {g: sorted(out[g]) for g in sorted(out)}


def _partial(
    engine: ox.Store,
    base: str,
    touched: Collection[str],
    followed: dict[str, Any],
    words: Callable[[str], Iterable[str]],
    candidates: Candidates,
) -> tuple[Stored, dict[str, list[str]], int] | None:
    """The index after a write of the graphs ``touched``, made of the stored one with only the
    subjects the write can have changed read again; None when that is not known (rebuild whole).

    A subject's entries (its name rows, its types, its words) depend on its naming and type
    triples only (:data:`~hankegraafi.store.graphdiff.NAMING`), in any graph. A write of a document
    changes them in the touched graphs (their subjects before, stored with the index, and now),
    in the catalogue's entry of each (its subject is the graph), in the change log (the projects of
    each event of the graph are named there), and in the derived graphs and the curation edits
    written meanwhile (noted by :func:`~hankegraafi.store.graphdiff.noting`). Anything else (a graph
    of the catalogue that changed and is not touched, the curation graph, a derived graph replaced
    whole, a stored index of other data or format) rebuilds the whole index."""
    noted = graphdiff.noted()
    if noted is None or noted.whole:
        return None
    old = _read_back(engine, base)
    if old is None:
        return None
    version, stored, state = old
    before = state.get("followed")
    graphs = state.get("graphs")
    if not (isinstance(before, dict) and isinstance(graphs, dict) and isinstance(before.get("graphs"), dict)):
        return None
    if "curation" not in before:
        return None
    if str(before.get("curation")) != str(followed["curation"]) or version != version_of(before):
        return None  # other decisions, or an index written for other data than it says
    now, then = followed["graphs"], before["graphs"]
    if not {g for g in now.keys() | then.keys() if now.get(g) != then.get(g)} <= set(touched):
        return None  # a write this index did not follow
    reached = set(noted.subjects) | set(touched)
    for g in touched:
        reached.update(graphs.get(g, ()))
    reached.update(_touched_subjects(engine, base, touched))
    # the index's rows of every other subject, as stored
    names: NameRows = {}
    for n, p, lang, text in stored.names:
        names.setdefault(stored.iris[n], []).append((p, lang, text))
    types = stored.types_by_subject()
    for iri in reached:
        names.pop(iri, None)
        types.pop(iri, None)
    fresh_names, fresh_types = _rows_of(engine, reached)
    names.update(fresh_names)
    types.update(fresh_types)
    split = stored.words_of()
    made = assemble(
        names,
        types,
        lambda text: split[text] if text in split else words(text),
        lambda word: (
            stored.forms[word] if word in stored.forms else sorted(word_forms(word, candidates) - {fold(word)})
        ),
    )
    # each document graph's subjects: the reached ones' read again, the others' as stored
    members: dict[str, set[str]] = {g: set(ss) - reached for g, ss in graphs.items() if g in now}
    for g, ss in _graphs_of(engine, fresh_names.keys() | fresh_types.keys(), followed).items():
        members.setdefault(g, set()).update(ss)
    return made, {g: sorted(members[g]) for g in sorted(members) if members[g]}, len(reached)


def _touched_subjects(engine: ox.Store, base: str, touched: Collection[str]) -> set[str]:
    """The subjects with a naming or type triple in the touched graphs now, and the projects the
    change log names for them (``ingest/changelog.py``: their names then, kept after a remove)."""
    out: set[str] = set()
    changes = ox.NamedNode(f"{base}meta/changes")
    used, subject = ox.NamedNode(f"{PROV}used"), ox.NamedNode(f"{DCTERMS}subject")
    for g in touched:
        graph = ox.NamedNode(g)
        for p in (*_NODES, _TYPE):
            out.update(
                q.subject.value
                for q in engine.quads_for_pattern(None, p, None, graph)
                if isinstance(q.subject, ox.NamedNode)
            )
        for event in engine.quads_for_pattern(None, used, graph, changes):
            for q in engine.quads_for_pattern(event.subject, subject, None, changes):
                if isinstance(q.object, ox.NamedNode):
                    out.add(q.object.value)
    return out


def _read_back(engine: ox.Store, base: str) -> tuple[str | None, Stored, dict[str, Any]] | None:
    """The stored index of this format and the write side's state beside it, or None."""
    g = ox.NamedNode(str(graph_iri(base)))
    rows: list[tuple[str, str, str]] = []
    states: dict[str, str] = {}
    state_predicate = str(_piece_predicate(base, "state"))
    for quad in engine.quads_for_pattern(None, None, None, g):
        subject, predicate, value = quad.subject, quad.predicate.value, quad.object
        if not isinstance(subject, ox.NamedNode) or not isinstance(value, ox.Literal):
            continue
        if predicate == str(_version_predicate(base)):
            rows.append((value.value, "", ""))
        elif predicate == str(_piece_predicate(base)):
            rows.append(("", subject.value, value.value))
        elif predicate == state_predicate:
            states[subject.value] = value.value
    version, stored = parse(rows, base)
    names = [str(_piece(base, n, "state")) for n in range(len(states))]
    if stored is None or not states or sorted(states) != names:
        return None
    try:
        state = json.loads(b"".join(decode_body(states[name]) for name in names).decode("utf-8"))
    except ValueError:
        return None
    return (version, stored, state) if isinstance(state, dict) else None


def current(store: Store, base: str) -> bool:
    """Whether the stored index is of this code's :data:`FORMAT` and follows the data now stored
    (nothing stored and a remote store need none)."""
    return follows(store, base, str(graph_iri(base)), str(_version_predicate(base)))


# -- reading -------------------------------------------------------------------------------


def read_query(base: str) -> str:
    """The stored version (``?version``) and every piece (``?piece``, ``?body``), in one query."""
    g = graph_iri(base)
    return (
        f"SELECT ?version ?piece ?body WHERE {{ GRAPH <{g}> {{ {{ <{g}> <{_version_predicate(base)}> ?version }} "
        f"UNION {{ ?piece <{_piece_predicate(base)}> ?body }} }} }}"
    )


def parse(rows: Iterable[tuple[str, str, str]], base: str) -> tuple[str | None, Stored | None]:
    """The stored version and index from the rows of :func:`read_query` (version, piece, body as
    strings); None for an index missing a piece or not of our shape."""
    version = None
    pieces: dict[str, str] = {}
    for value, piece, body in rows:
        if value:
            version = value
        if piece:
            pieces[piece] = body
    if version is None or not pieces:
        return version, None
    names = [str(_piece(base, n)) for n in range(len(pieces))]
    if sorted(pieces) != names:
        return version, None
    try:
        data = b"".join(decode_body(pieces[name]) for name in names)
    except ValueError:
        return version, None
    return version, load(data)
