"""A stale store rebuilt beside its readers (issue 17, ``serve`` at start): the derived graphs are
computed in a copy of the store (``derived.compute_aside``, read-only on the store itself), then
written as their difference in one short write (``derived.apply_computed``); the result is the
same as a rebuild in place, and a write that came in between wins."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hankegraafi.ingest import canonical, derived, inference
from hankegraafi.ingest.pipeline import Ingester, sample_documents
from hankegraafi.settings import Config
from hankegraafi.store import Store, open_store
from hankegraafi.store.embedded import EmbeddedStore
from hankegraafi.store.graphdiff import construct_lines, engine_of


def _derived_lines(store: Store, base: str) -> dict[str, set[str]]:
    oxi = engine_of(store)
    assert oxi is not None
    graphs = [
        *(step.graph(base) for step in derived.steps()),
        inference.state_graph_iri(base),  # what the inferred graph followed (ingest/inferdelta.py)
        derived.stamp_graph_iri(base),
    ]
    return {
        str(g): set(construct_lines(oxi, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"))
        for g in graphs
    }


@pytest.fixture
def stored(tmp_path: Path, two_samples_store: Path) -> tuple[Path, str, dict[str, set[str]]]:
    """A store of two sample documents with its derived graphs, their lines, then made stale: the
    canonical graph dropped and the stamp left (a kill after a commit, before the rebuild). The
    documents are ingested once a run (tests/conftest.py's ``two_samples_store``), copied here."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for doc in sorted(sample_documents())[:2]:
        shutil.copy(doc, folder / doc.name)
    path = tmp_path / "store"
    shutil.copytree(two_samples_store, path)
    store = open_store(path)
    base = str(store.base_iri)  # type: ignore[attr-defined]
    try:
        assert not derived.missing(store, base)
        whole = _derived_lines(store, base)
        store.drop_graph(canonical.canonical_graph_iri(base))
        assert derived.missing(store, base)
    finally:
        store.close()
    return path, base, whole


def test_a_rebuild_aside_reads_the_store_only_and_writes_what_a_rebuild_in_place_writes(
    stored: tuple[Path, str, dict[str, set[str]]],
) -> None:
    path, base, whole = stored
    assert len(whole[str(canonical.canonical_graph_iri(base))]) > 20
    reader = EmbeddedStore(path, base_iri=base, read_only=True)  # a query worker: open all along
    try:
        aside = derived.compute_aside(path, base)
        assert aside is not None and aside.parent == path.parent  # beside the store: its files linked
        # The store itself is as it was: still stale, the canonical graph still absent.
        assert reader.query(f"ASK {{ GRAPH <{canonical.canonical_graph_iri(base)}> {{ ?s ?p ?o }} }}") is False
    finally:
        reader.close()
    store = open_store(path)
    try:
        assert derived.missing(store, base)
        assert derived.apply_computed(store, base, aside) is True
        assert not aside.exists()
        assert not derived.missing(store, base)
        assert _derived_lines(store, base) == whole
    finally:
        store.close()
    assert derived.compute_aside(path, base) is None  # nothing stale now: no copy made
    assert sorted(p.name for p in path.parent.iterdir()) == ["docs", "store"]


def test_a_write_between_the_compute_and_the_write_wins(stored: tuple[Path, str, dict[str, set[str]]]) -> None:
    path, base, whole = stored
    aside = derived.compute_aside(path, base)
    assert aside is not None
    store = open_store(path)
    try:
        # A write meanwhile (one document removed) rebuilds the derived graphs itself.
        ingester = Ingester(store, Config.load({"store": str(path)}, environ={}))
        removed = ingester.remove(sorted(sample_documents())[0].name)
        assert removed is not None
        after_write = _derived_lines(store, base)
        assert after_write != whole
        assert derived.apply_computed(store, base, aside) is False
        assert not aside.exists()
        assert _derived_lines(store, base) == after_write
        assert not derived.missing(store, base)
    finally:
        store.close()


def test_an_older_store_s_answers_are_not_kept_by_a_rebuild_aside(
    stored: tuple[Path, str, dict[str, set[str]]],
) -> None:
    """A derived graph the copy does not hold (the stored answers dropped in the rebuild) goes from the
    store too: no graph is kept that the rebuild would not have written."""
    path, base, whole = stored
    store = open_store(path)
    stray = derived.steps()[-1].graph(base)
    try:
        store.update(f'INSERT DATA {{ GRAPH <{stray}> {{ <urn:x:a> <urn:x:b> "old" }} }}')
    finally:
        store.close()
    aside = derived.compute_aside(path, base)
    assert aside is not None
    store = open_store(path)
    try:
        assert derived.apply_computed(store, base, aside) is True
        assert _derived_lines(store, base) == whole
    finally:
        store.close()


def test_a_copy_left_by_a_killed_rebuild_is_removed_by_the_next(
    stored: tuple[Path, str, dict[str, set[str]]],
) -> None:
    path, base, _whole = stored
    left = path.parent / f".{path.name}.derive-killed"
    (left / "store").mkdir(parents=True)
    (left / "store" / "000001.sst").write_bytes(b"x")
    other = path.parent / ".another.derive-kept"  # another store's: not ours to remove
    other.mkdir()
    aside = derived.compute_aside(path, base)
    assert aside is not None and aside.exists()
    assert not left.exists()
    assert other.exists()
    shutil.rmtree(aside)


def test_the_copy_keeps_both_sides_of_each_derived_graph_for_the_short_write(
    stored: tuple[Path, str, dict[str, set[str]]],
) -> None:
    """The short write reads the derived graphs as copied and as rebuilt from files the compute left
    (no engine read of either side while the store is held); the store ends as a rebuild in place."""
    path, base, whole = stored
    aside = derived.compute_aside(path, base)
    assert aside is not None
    graphs = [
        *(step.graph(base) for step in derived.steps()),
        inference.state_graph_iri(base),  # what the inferred graph followed (ingest/inferdelta.py)
        derived.stamp_graph_iri(base),
    ]
    names = sorted(p.name for p in aside.iterdir() if p.suffix == ".nt")
    assert names == sorted(
        [f"before-{n}.nt" for n in range(len(graphs))] + [f"after-{n}.nt" for n in range(len(graphs))]
    )
    canonical_at = graphs.index(canonical.canonical_graph_iri(base))
    assert (aside / f"before-{canonical_at}.nt").read_text(encoding="utf-8") == ""  # dropped in the store
    after = {
        line for line in (aside / f"after-{canonical_at}.nt").read_text(encoding="utf-8").split("\n") if line
    }
    assert after == whole[str(canonical.canonical_graph_iri(base))]
    store = open_store(path)
    try:
        assert derived.apply_computed(store, base, aside) is True
        assert _derived_lines(store, base) == whole
    finally:
        store.close()
