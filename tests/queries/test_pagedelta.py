"""The page lists rebuilt only for what a write touched (``queries/pagedelta.py``) equal the lists a
whole rebuild writes, after every kind of write and for the neighbours a write reaches without
touching their documents (a canonical project another document's copy merged into; a write whose
rebuild was cut short before). The whole rebuild equals the pages' live reads
(tests/queries/test_pagelists.py), so the partial one does too.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from hankegraafi.ingest import curation, derived
from hankegraafi.ingest.pipeline import Ingester, sample_documents
from hankegraafi.queries import pagedelta, pagelists, pagetimelines
from hankegraafi.settings import Config
from hankegraafi.store import SelectResult
from hankegraafi.store.embedded import EmbeddedStore

HG = "https://w3id.org/hankegraafi/ontology#"


def lists_of(store: EmbeddedStore) -> dict[tuple[str, str], ox.Literal]:
    """Every triple of the stored page lists' graph."""
    engine = store.engine_source().oxigraph
    assert engine is not None
    g = ox.NamedNode(str(pagelists.lists_graph_iri(str(store.base_iri))))
    return {
        (q.subject.value, q.predicate.value): q.object for q in engine.quads_for_pattern(None, None, None, g)
    }  # type: ignore[misc, union-attr]


def assert_equals_whole(store: EmbeddedStore) -> dict[tuple[str, str], ox.Literal]:
    """The lists as the write left them are the lists a whole rebuild writes (from nothing)."""
    base = str(store.base_iri)
    assert not derived.missing(store, base)
    kept = lists_of(store)
    store.drop_graph(pagelists.lists_graph_iri(base))
    pagelists.recompute(store, base)
    whole = lists_of(store)
    assert kept.keys() == whole.keys()
    assert [key for key in kept if kept[key] != whole[key]] == []
    return kept


def timelines_of(lists: dict[tuple[str, str], ox.Literal], base: str) -> dict[str, ox.Literal]:
    prefix = f"{pagelists.lists_graph_iri(base)}#{pagetimelines.TIMELINE}-"
    return {node: value for (node, _p), value in lists.items() if node.startswith(prefix)}


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> list[set[str] | None]:
    """What :func:`pagedelta.changed_targets` answered at each rebuild given touched graphs."""
    calls: list[set[str] | None] = []
    original = pagedelta.changed_targets

    def recording(**kw: Any) -> set[str] | None:
        found = original(**kw)
        calls.append(found)
        return found

    monkeypatch.setattr(pagedelta, "changed_targets", recording)
    return calls


def test_partial_rebuilds_equal_whole_ones_after_every_kind_of_write(
    tmp_path: Path, recorded: list[set[str] | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, docs = tmp_path / "store", tmp_path / "docs"
    docs.mkdir()
    cfg = Config.load({"store": str(path)}, environ={})
    store = EmbeddedStore(path)
    base = str(store.base_iri)

    def ingest() -> None:
        ingester = Ingester(store, cfg, validate=False)  # what validation checks is not at stake here
        ingester.ensure_reference_graphs()
        ingester.ingest_all([docs])

    try:
        samples = sorted(sample_documents())
        first, second = samples[:2]
        shutil.copy(first, docs / first.name)
        ingest()
        assert recorded == [None]  # nothing stored before: everything
        one = assert_equals_whole(store)
        assert timelines_of(one, base)
        # a second document: only its targets' timelines are rebuilt
        shutil.copy(second, docs / second.name)
        ingest()
        assert recorded[-1] is not None and 0 < len(recorded[-1]) < len(timelines_of(lists_of(store), base))
        assert_equals_whole(store)
        # re-ingest of a changed text
        with (docs / second.name).open("a", encoding="utf-8") as fh:
            fh.write("\nLisätieto: testin muuttama rivi.\n")
        ingest()
        assert recorded[-1]
        assert_equals_whole(store)
        # a copy of the first document under another name: the same project in two documents, one
        # canonical project whose timeline now reads the copy's graph too (the first untouched)
        copy = docs / f"kopio-{first.name}"
        copy.write_text(
            first.read_text(encoding="utf-8").replace("31.12.2022", "30.6.2023") + "\nLisäys kopioon.\n",
            encoding="utf-8",
        )
        before = timelines_of(lists_of(store), base)
        ingest()
        merged = assert_equals_whole(store)
        assert set(timelines_of(merged, base)) - set(before) or any(
            timelines_of(merged, base)[node] != value
            for node, value in before.items()
            if node in timelines_of(merged, base)
        )
        # remove the copy: the canonical project's timeline goes back to the first document's alone,
        # the second document's lists stay as they were
        assert Ingester(store, cfg, validate=False).remove(copy.name) is not None
        assert recorded[-1]
        back = assert_equals_whole(store)
        assert timelines_of(back, base) == before
        # remove the second: back to what the first alone gave
        assert Ingester(store, cfg, validate=False).remove(second.name) is not None
        assert timelines_of(assert_equals_whole(store), base) == timelines_of(one, base)
        # a write whose rebuild was cut short (a kill after the commit): the next write's rebuild,
        # told only of its own graph, rebuilds everything
        shutil.copy(second, docs / second.name)
        with monkeypatch.context() as patched:
            patched.setattr(derived, "recompute_all", lambda _store, _base: None)
            ingest()
        calls = len(recorded)
        third = samples[2]
        shutil.copy(third, docs / third.name)
        ingest()
        assert recorded[calls:] == [None]
        assert_equals_whole(store)
        # a curation decision (no graphs said): everything; the next ingest partial again
        dep = store.query(f"SELECT ?d WHERE {{ ?d a <{HG}Dependency> }} ORDER BY ?d LIMIT 1")
        assert isinstance(dep, SelectResult) and dep.rows
        calls = len(recorded)
        _iri, state = curation.decide(
            store, base, "reject", dep.rows[0][0], by=curation.default_agent(base), why="t"
        )
        assert state == "applied" and len(recorded) == calls
        assert_equals_whole(store)
        fourth = samples[3]
        shutil.copy(fourth, docs / fourth.name)
        ingest()
        assert recorded[-1]
        assert_equals_whole(store)
        # a write that changes nothing the lists read writes nothing
        ingester = Ingester(store, cfg, validate=False)
        kept = lists_of(store)
        ingester.recompute_canonical(touched={str(URIRef(f"{base}graph/none"))})
        assert recorded[-1] == set() and lists_of(store) == kept
    finally:
        store.close()


def test_lists_of_an_older_format_are_rebuilt(tmp_path: Path) -> None:
    """A store an older code wrote (its lists' version under another predicate) does not follow the
    data for :func:`derived.missing`, its pages read live, and ``rebuild_if_stale`` (``serve`` at
    start) makes them current; a current store is left alone."""
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    base = str(store.base_iri)
    try:
        ingester = Ingester(store, Config.load({"store": str(path)}, environ={}), validate=False)
        ingester.ensure_reference_graphs()
        ingester.ingest_all(sorted(sample_documents())[:1])
        assert pagelists.current(store, base) and not derived.rebuild_if_stale(store, base)
        g = pagelists.lists_graph_iri(base)
        version = store.query(
            f"SELECT ?v WHERE {{ GRAPH <{g}> {{ <{g}> <{g}#version-{pagelists.FORMAT}> ?v }} }}"
        )
        assert isinstance(version, SelectResult) and version.rows
        store.update(
            f"DELETE WHERE {{ GRAPH <{g}> {{ <{g}> <{g}#version-{pagelists.FORMAT}> ?v }} }} ;"
            f' INSERT DATA {{ GRAPH <{g}> {{ <{g}> <{g}#version> "{version.rows[0][0]}" }} }}'
        )
        assert not pagelists.current(store, base)
        assert derived.missing(store, base)
        found = store.query(pagelists.read_query(base, pagetimelines.TIMELINE, ["urn:x-none"]))
        assert isinstance(found, SelectResult) and all(row[0] is None for row in found.rows)  # no version: live
        assert derived.rebuild_if_stale(store, base)
        assert pagelists.current(store, base) and not derived.missing(store, base)
        assert not derived.rebuild_if_stale(store, base)
    finally:
        store.close()
