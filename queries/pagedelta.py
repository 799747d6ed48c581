"""Which stored page lists a write can have changed, and writing only the lists that did change.

At 10^6 triples of ``bench.generate`` data the page-lists step (:mod:`.pagelists`) cost about
10 s of CPU after every write, although one document changes a handful of its 9 000 lists: 4 s
for the 7 500 timelines (:mod:`.pagetimelines`) and 1 s for writing the whole graph again (each
list's JSON, an rdflib graph of them, then the difference with the stored graph as text).

The write path says which document graphs it wrote or dropped (``touched``: the ingest, re-ingest
and remove of :class:`~hankegraafi.ingest.pipeline.Ingester`); every other write (a load, a
curation decision, a SPARQL update) says nothing and gets the whole rebuild. With ``touched`` the
step rebuilds only the timelines a write can have changed (:func:`changed_targets`):

- a target whose records (:func:`~.pagetimelines.records`: the canonical step's
  ``hg:ProjectRecord`` nodes, which a write in one document can move between canonical projects
  of other documents) differ from those the last rebuild followed, which it stored as one digest
  per target (:data:`RECORDS`); a target that lost every record is among them;
- a target one of whose records reads a touched graph (its facts are read there).

The other lists are rebuilt whole (each is one pass over the store, 0.4-1.3 s at 10^6 triples,
and which resources a write reaches through them is no single hop). This holds only while the
stored lists follow the data exactly as it was before this write: the catalogue's documents and
checksums and the curation graph the last rebuild followed are stored with it (:data:`FOLLOWED`),
and a partial rebuild runs only when the data's differ from them in touched graphs alone and the
stored version is theirs; anything else (a write whose rebuild was cut short, a load without
rebuild, lists of an older format) rebuilds everything. Either way the graph is written as its
difference (:func:`write_lists`): the lists that changed and nothing else, in one update.
``tests/queries/test_pagedelta.py`` compares the partial rebuild with a whole one after each kind
of write and its stale neighbours (a timeline of another document's project).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Mapping
from typing import Any

import pyoxigraph as ox

from hankegraafi.queries.answers import engine_select, state_of, stores_answers
from hankegraafi.queries.pieces import Select, decode_body
from hankegraafi.store.base import Store

#: The stored list of the data the lists follow: ``{"graphs": {graph: sha256}, "curation": n}``,
#: the rows :func:`~hankegraafi.queries.answers.state_of` makes the version of.
FOLLOWED = "followed-data"
#: The stored list of each timeline target's records' digest (:func:`~.pagetimelines.digests`).
RECORDS = "records-of-timelines"

#: The version of a store with no documents and no decisions (as the stored answers': none kept).
NOTHING_STORED = hashlib.sha256(b"curation 0").hexdigest()

#: A stored list: (node IRI, predicate IRI) -> its object.
Lists = dict[tuple[str, str], ox.Literal]


def read_state(select: Select, base: str) -> tuple[str, dict[str, Any]]:
    """The data's version (:func:`~hankegraafi.queries.answers.state_of`) and what it is made of
    (:data:`FOLLOWED`'s form), from one read of the same rows."""
    seen: list[list[tuple[str, ...]]] = []

    def capture(sparql: str) -> list[tuple[str, ...]]:
        rows = select(sparql)
        seen.append(rows)
        return rows

    version = state_of(capture, base)
    graphs, decisions = seen
    return version, {
        "graphs": {g: sha for g, sha in graphs},
        "curation": str(decisions[0][0]) if decisions else "0",
    }


def version_of(followed: Mapping[str, Any]) -> str:
    """The version :func:`read_state` gives for data made of ``followed`` (as ``state_of`` digests it)."""
    pairs = sorted(f"{g} {sha}" for g, sha in followed["graphs"].items())
    pairs.append(f"curation {followed['curation']}")
    return hashlib.sha256("\n".join(pairs).encode()).hexdigest()


def stored_list(engine: ox.Store, graph: str, node: str, predicate: str) -> Any | None:
    """One stored list's JSON (None: absent, empty or unreadable)."""
    for quad in engine.quads_for_pattern(
        ox.NamedNode(node), ox.NamedNode(predicate), None, ox.NamedNode(graph)
    ):
        value = quad.object
        if not isinstance(value, ox.Literal) or not value.value:
            return None
        try:
            return json.loads(decode_body(value.value).decode("utf-8"))
        except ValueError:
            return None
    return None


def stored_version(engine: ox.Store, graph: str, predicate: str) -> str | None:
    """The version stored with the lists under ``predicate`` (the current format's), or None."""
    for quad in engine.quads_for_pattern(
        ox.NamedNode(graph), ox.NamedNode(predicate), None, ox.NamedNode(graph)
    ):
        return quad.object.value if isinstance(quad.object, ox.Literal) else None
    return None


def follows(store: Store, base: str, graph: str, predicate: str) -> bool:
    """Whether a derived graph stored with its data's version under ``predicate`` (one naming the
    code's format: an older format's is not read) follows the data now stored; a store with nothing
    stored and a remote store need none. The one ``current`` of the stored page lists and name index."""
    if not stores_answers(store):
        return True
    engine = store.engine_source().oxigraph
    assert engine is not None
    version = read_state(engine_select(store), base)[0]
    if version == NOTHING_STORED:
        return True
    return stored_version(engine, graph, predicate) == version


def changed_targets(
    *,
    touched: Collection[str],
    followed: Mapping[str, Any],
    stored_followed: Any,
    version: str | None,
    records: Collection[tuple[Any, ...]],
    digests: Mapping[str, str],
    stored_digests: Any,
) -> set[str] | None:
    """The timeline targets a write of the graphs ``touched`` can have changed, or None when the
    stored lists do not follow the data as it was before it (rebuild them all): ``followed`` is
    the data now (:func:`read_state`), ``stored_followed`` and ``version`` what the stored lists
    follow, ``records`` and ``digests`` the records now and their digests by target,
    ``stored_digests`` the digests stored with the lists."""
    if not isinstance(stored_followed, dict) or not isinstance(stored_digests, dict):
        return None
    graphs = stored_followed.get("graphs")
    if not isinstance(graphs, dict) or "curation" not in stored_followed:
        return None
    if version is None or version != version_of(stored_followed):
        return None  # the lists were written for other data than they say (damage): all again
    if str(stored_followed["curation"]) != str(followed["curation"]):
        return None
    now = followed["graphs"]
    moved = {g for g in graphs.keys() | now.keys() if graphs.get(g) != now.get(g)}
    if not moved <= set(touched):
        return None  # a write before this one was not followed (its rebuild was cut short)
    changed = {
        this for this in digests.keys() | stored_digests.keys() if digests.get(this) != stored_digests.get(this)
    }
    touched_set = set(touched)
    changed.update(
        this.value
        for this, _p, g, _document, _date in records
        if isinstance(this, ox.NamedNode) and isinstance(g, ox.NamedNode) and g.value in touched_set
    )
    return changed


def write_lists(
    store: Store,
    engine: ox.Store,
    graph: str,
    new: Lists,
    *,
    kept_prefix: str | None = None,
    replaced: Collection[str] = (),
) -> tuple[int, int]:
    """Make the stored graph hold ``new``, in one update carrying only what changed; a stored list
    whose node starts with ``kept_prefix`` is kept as it is unless its node is one of ``replaced``
    (the timelines a partial rebuild recomputed: those it gives no list are dropped). Returns
    (triples removed, triples added)."""
    again = set(replaced)
    stored: dict[tuple[str, str], ox.Literal] = {}
    for quad in engine.quads_for_pattern(None, None, None, ox.NamedNode(graph)):
        subject, predicate = quad.subject, quad.predicate
        if not isinstance(subject, ox.NamedNode) or not isinstance(quad.object, ox.Literal):
            continue  # nothing else is written here; a stray triple of another kind is left alone
        key = (subject.value, predicate.value)
        if kept_prefix is not None and key[0].startswith(kept_prefix) and key[0] not in again:
            continue
        stored[key] = quad.object
    gone = [(key, value) for key, value in stored.items() if new.get(key) != value]
    came = [(key, value) for key, value in new.items() if stored.get(key) != value]
    parts = []
    if gone:
        parts.append(f"DELETE DATA {{ GRAPH <{graph}> {{\n{_block(gone)}\n}} }}")
    if came:
        parts.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{_block(came)}\n}} }}")
    if parts:
        store.update(" ;\n".join(parts))
    return len(gone), len(came)


def _block(triples: list[tuple[tuple[str, str], ox.Literal]]) -> str:
    return "\n".join(f"<{s}> <{p}> {value} ." for (s, p), value in sorted(triples, key=lambda t: t[0]))
