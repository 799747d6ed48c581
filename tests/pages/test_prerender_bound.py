"""The renderer's store handle is opened afresh over its memory bound (``prerender._reopened``), and
that changes no stored body: the pages rendered with a reopen after every page are byte for byte the
pages rendered on one handle. A write between the stamp and a reopen stops the run, as a write
between two batches does."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hankegraafi.ingest.pipeline import Ingester, sample_documents
from hankegraafi.server.pages import bodies, prerender
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore

KINDS = tuple(k for k in prerender.KINDS if not k.endswith(("#Concept", "#Municipality")))


def _config(path: Path) -> Config:
    return Config.load({"store": str(path), "result_cache_seconds": 0}, environ={})


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bound")
    path, docs = root / "store", root / "docs"
    docs.mkdir()
    first = sorted(sample_documents())[0]
    shutil.copy(first, docs / first.name)
    store = EmbeddedStore(path)
    try:
        ingester = Ingester(store, _config(path))
        ingester.ensure_reference_graphs()
        ingester.ingest_all([docs])
    finally:
        store.close()
    return path


def _render(path: Path, only: list[str]) -> dict[str, object]:
    done = prerender.render(path, config=_config(path), kinds=KINDS, only=only)
    assert done["stopped"] is None and done["failed"] == 0, done
    return done


def test_pages_rendered_with_a_reopen_after_each_are_the_pages_of_one_handle(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listing = EmbeddedStore(store_path, read_only=True)
    try:
        iris = prerender.resources(listing, KINDS)[:12]
    finally:
        listing.close()
    assert len(iris) == 12
    stamp = bodies.store_stamp(store_path)
    assert stamp is not None
    monkeypatch.setattr(prerender, "RESIDENT_MB", 1e9)
    done = _render(store_path, iris)
    assert done["rendered"] == 12 and "reopened" not in done
    stored = bodies.PageBodies(bodies.bodies_path(store_path))
    one_handle = {key: stored.get(stamp, key) for key in stored.keys(stamp)}
    assert len(one_handle) == 12
    stored.drop(list(one_handle))
    monkeypatch.setattr(prerender, "RESIDENT_MB", 0.0)
    monkeypatch.setattr(prerender, "GROWTH_MB", -1.0)  # every page over the bound
    done = _render(store_path, iris)
    assert done["rendered"] == 12 and done["reopened"] == 12
    reopened = {key: stored.get(stamp, key) for key in stored.keys(stamp)}
    assert reopened == one_handle
    assert bodies.store_stamp(store_path) == stamp  # read-only opens write nothing


def test_a_write_seen_at_a_reopen_stops_the_run(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    listing = EmbeddedStore(store_path, read_only=True)
    try:
        iris = prerender.resources(listing, KINDS)[:3]
    finally:
        listing.close()
    stamp = bodies.store_stamp(store_path)
    assert stamp is not None
    stored = bodies.PageBodies(bodies.bodies_path(store_path))
    stored.drop(stored.keys(stamp))
    real_stamp, real_reopened = bodies.store_stamp, prerender._reopened
    reopening = {"now": False}

    def stamp_after_open(location: Path) -> str | None:
        return "written meanwhile" if reopening["now"] else real_stamp(location)

    def reopened(*args: object) -> object:
        reopening["now"] = True
        return real_reopened(*args)

    monkeypatch.setattr(prerender, "_reopened", reopened)
    monkeypatch.setattr(prerender, "RESIDENT_MB", 0.0)
    monkeypatch.setattr(prerender, "GROWTH_MB", -1.0)
    monkeypatch.setattr(bodies, "store_stamp", stamp_after_open)
    done = prerender.render(store_path, config=_config(store_path), kinds=KINDS, only=iris)
    assert done["stopped"] == "the store was written meanwhile"
    assert done["rendered"] == 1 and "reopened" not in done
    assert not stored.keys(stamp)  # nothing of the run stored
