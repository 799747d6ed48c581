"""The name index stored when data is written (``queries/nameindex.py``) equals a fresh build after
every kind of write, and the server's label index, name table and search are made of it.

The walk is tests/writewalk.py's (done once a run, shared with test_pagelists and others): ingest, a second
document, re-ingest of a changed text, remove, load, a curation decision. After each, the label
index made of the stored rows equals the one the two whole-store queries give (names, other names,
types, in the same order), and the search index made with the stored words and forms equals the
one that splits and lemmatises every name itself.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from hankegraafi.ingest import entities
from hankegraafi.ingest.pipeline import Ingester, sample_documents
from hankegraafi.queries import answers, nameindex
from hankegraafi.queries.answers import engine_select
from hankegraafi.queries.pagedelta import read_state
from hankegraafi.server.app import create_app
from hankegraafi.server.pages import labels, routes, search
from hankegraafi.server.pages.access import state
from hankegraafi.server.query import QueryService
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
from tests.writewalk import Walk

HG = "https://w3id.org/hankegraafi/ontology#"


def config(path: Path) -> Config:
    return Config.load({"store": str(path), "result_cache_seconds": 0}, environ={})


def stored_index(store: EmbeddedStore) -> tuple[str | None, nameindex.Stored | None]:
    """The stored version and index, read as the server reads them (one query)."""
    engine = store.engine_source().oxigraph
    assert engine is not None
    base = str(store.base_iri)
    rows = [
        tuple("" if row[v] is None else row[v].value for v in ("version", "piece", "body"))
        for row in engine.query(nameindex.read_query(base))
    ]
    return nameindex.parse(rows, base)  # type: ignore[arg-type]


def entries(index: search.SearchIndex) -> list[tuple[str, str, str]]:
    return [(e.iri, e.label, e.lang) for e in index.entries]


def whole_build(store: EmbeddedStore) -> tuple[bytes, dict[str, object]]:
    """What a whole rebuild stores now: the index's bytes and the write side's state."""
    engine = store.engine_source().oxigraph
    assert engine is not None
    _version, followed = read_state(engine_select(store), str(store.base_iri))
    built = nameindex.compute(engine, lambda text: [t.text for t in entities.tokens(text)], entities.candidates)
    return nameindex.dump(built), {
        "followed": followed,
        "graphs": nameindex._graphs_of(engine, built.iris, followed),
    }


def compare(store: EmbeddedStore) -> int:
    """Assert the stored index is for the data now, is byte for byte what a whole rebuild stores
    (the write side's state too: a partial step made it after an ingest, a re-ingest and a remove)
    and makes the indexes a fresh build makes; the number of named resources."""
    version, stored = stored_index(store)
    assert version == answers.documents_state(store, str(store.base_iri))
    assert stored is not None
    engine = store.engine_source().oxigraph
    assert engine is not None
    back = nameindex._read_back(engine, str(store.base_iri))
    assert back is not None
    body, state = whole_build(store)
    assert nameindex.dump(back[1]) == body and back[2] == state
    made = labels.from_stored(stored, person_names=False)
    live = labels.build(QueryService.of_store(store), person_names=False)
    assert made.labels == live.labels and list(made.labels) == list(live.labels)
    assert made.alt == live.alt
    assert made.types == live.types and list(made.types) == list(live.types)
    searched, fresh = search.build(made, stored=stored), search.build(live)
    assert entries(searched) == entries(fresh)
    assert searched.by_form == fresh.by_form and searched.sorted_forms == fresh.sorted_forms
    for word in ("Kainuu", "hanke", "palvelu", "Kelan", "digi"):
        assert [(h.iri, h.label, h.score) for h in searched.search(word)] == [
            (h.iri, h.label, h.score) for h in fresh.search(word)
        ]
    return len(made.labels)


# The walk's writes are tests/writewalk.py's, done once a run (each ingest with every derived step: 200-330 s
# beside other agents' runs when each test walked on its own); here each kept store is compared (a copy).
@pytest.mark.timeout(900)
def test_stored_name_index_equals_a_fresh_build_after_every_kind_of_write(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, write_walk: Walk
) -> None:
    def partial() -> bool:  # the last write's name step read only the subjects it reached
        steps = [r.getMessage() for r in caplog.records if r.getMessage().startswith("stored the name index")]
        caplog.clear()
        return bool(steps) and "graphs reach" in steps[-1]

    caplog.set_level(logging.INFO, logger="hankegraafi.queries.nameindex")
    named: dict[str, int] = {}
    for step in ("first", "second", "changed", "removed", "loaded"):
        store = EmbeddedStore(write_walk.store(step, tmp_path / step))
        try:
            named[step] = compare(store)
            if step == "loaded":  # the command's load: a project with a name of its own
                _version, stored = stored_index(store)
                assert stored is not None and "urn:x-test:loaded" in stored.iris
        finally:
            store.close()
    one = named["first"]
    assert one > 0 and not write_walk.facts("first")["partial"]  # nothing stored before: whole
    assert named["second"] >= one and write_walk.facts("second")["partial"]
    assert write_walk.facts("changed")["partial"]
    assert write_walk.facts("removed")["removed"] and write_walk.facts("removed")["partial"]
    # a curation decision
    assert write_walk.facts("decided")["decided"] == "applied"
    assert not write_walk.facts("decided")["partial"]
    path, docs = write_walk.store("decided", tmp_path / "store"), write_walk.docs("decided", tmp_path / "docs")
    cfg = config(path)
    store = EmbeddedStore(path)

    def ingest() -> None:
        ingester = Ingester(store, cfg)
        ingester.ensure_reference_graphs()
        ingester.ingest_all([docs])

    try:
        compare(store)
        first = sorted(sample_documents())[0]
        # a re-ingest after the decision: it is applied again to the new graph (a curation edit)
        with (docs / first.name).open("a", encoding="utf-8") as fh:
            fh.write("\nLisätieto: toinen muutettu rivi.\n")
        ingest()
        compare(store)
        assert partial()
    finally:
        store.close()
    # the server makes its label index, name table and search of the stored index: equal to a fresh build
    store = EmbeddedStore(path, read_only=True)
    try:
        app = create_app(config(path), store=store)
        app.extensions["hankegraafi"].runner.sees_every_write = True  # as prerender's snapshot
        with app.test_request_context("/"):
            index = routes.label_index()
            st = state()
            assert st.stored_names is not None and st.stored_names._value is not None
            assert index is st.stored_names._value[0]
            live = labels.build(QueryService.of_store(store), person_names=False)
            assert index.labels == live.labels and index.types == live.types and index.alt == live.alt
            hits = [(h.iri, h.score) for h in routes.search_index().search("hanke")]
            assert hits == [(h.iri, h.score) for h in search.build(live).search("hanke")] and hits
            labels.for_page(st, routes.access(), person_names=False)  # makes the name table
            assert st.table is not None
            st.table.load(routes.access(), int(routes.access().generation), person_names=False)
            names = st.table.get(int(routes.access().generation))
            assert names is not None
            for iri, by_lang in live.labels.items():
                assert names[iri][0] is index.labels[iri] and by_lang == names[iri][0]  # one copy
    finally:
        store.close()


def test_an_index_of_another_version_or_damaged_is_not_used(tmp_path: Path) -> None:
    path, docs = tmp_path / "store", tmp_path / "docs"
    docs.mkdir()
    shutil.copy(sorted(sample_documents())[0], docs)
    cfg = config(path)
    store = EmbeddedStore(path)
    ingester = Ingester(store, cfg)
    ingester.ensure_reference_graphs()
    ingester.ingest_all([docs])
    base = str(store.base_iri)
    g = nameindex.graph_iri(base)
    assert nameindex.current(store, base)
    version, stored = stored_index(store)
    assert stored is not None
    # another version: not current, and the server reads the names from the store
    store.update(
        f'DELETE {{ GRAPH <{g}> {{ ?s ?p ?v }} }} INSERT {{ GRAPH <{g}> {{ ?s ?p "other" }} }} '
        f'WHERE {{ GRAPH <{g}> {{ ?s ?p ?v FILTER(?v = "{version}") }} }}'
    )
    assert not nameindex.current(store, base)
    assert stored_index(store)[0] == "other"
    store.close()
    store = EmbeddedStore(path, read_only=True)
    try:
        app = create_app(config(path), store=store)
        app.extensions["hankegraafi"].runner.sees_every_write = True
        with app.test_request_context("/"):
            index = routes.label_index()
            assert state().stored_names._value is None
            assert index.labels == labels.build(QueryService.of_store(store), person_names=False).labels
    finally:
        store.close()
    # damaged bytes or shapes read as none
    assert nameindex.load(b"not json") is None
    assert (
        nameindex.load(
            b'{"iris": [], "names": [[5, 0, "fi", "x"]], "classes": [], "types": [], "forms": {}, "words": [[]]}'
        )
        is None
    )
    good = nameindex.dump(stored)
    assert nameindex.load(good) == stored
    assert nameindex.parse([(version or "", f"{g}#piece-00000", "x")], base)[1] is None
    assert nameindex.parse([(version or "", f"{g}#piece-00001", "x")], base)[1] is None  # a piece missing
