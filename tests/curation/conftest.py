"""An app over a fresh store holding the invented Kainuu page (one unknown organisation)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from hankegraafi.server import create_app
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
from tests.conftest import built_once
from tests.curation.documents import write_page

TOKEN = "kuvitelma-avain-1234567890"


def config(store: Path, **more: object) -> Config:
    values: dict[str, object] = {
        "store": str(store),
        "rate_limit": "1000000/minute",
        "result_cache_seconds": 0,
        "update_token": TOKEN,
    }
    values.update(more)
    return Config.load(values, environ={})


def _ingest(folder: Path) -> None:
    """The page written in ``folder`` and ingested into ``folder``/store (closed again)."""
    from hankegraafi.ingest.pipeline import Ingester

    path = folder / "store"
    store = EmbeddedStore(path)
    try:
        ingester = Ingester(store, config(path))
        ingester.ensure_reference_graphs()
        outcomes = ingester.ingest_all([write_page(folder)])
        assert [o.status for o in outcomes] == ["stored"]
    finally:
        store.close()


@pytest.fixture(scope="session")
def page_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page's store, ingested once a run (``built_once``): ~50 tests start from a copy of it, each
    had ingested the page into a store of its own (a second of CPU each: the reference graphs, the
    derived graphs); a copy takes milliseconds. The page names no path, so a copy is the same store."""
    return built_once(tmp_path_factory, "curation-page", _ingest) / "store"


def _store(folder: Path, page_store: Path) -> EmbeddedStore:
    """A copy of the page's store in ``folder``/store, open, with the page written beside it."""
    write_page(folder)
    shutil.copytree(page_store, folder / "store")
    return EmbeddedStore(folder / "store")


@pytest.fixture
def curated_store(tmp_path: Path, page_store: Path) -> Iterator[EmbeddedStore]:
    """A store of its own per test (the test writes decisions)."""
    store = _store(tmp_path, page_store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def read_app(tmp_path_factory: pytest.TempPathFactory, page_store: Path) -> Iterator[Flask]:
    """One app per module for tests that only read."""
    store = _store(tmp_path_factory.mktemp("curation"), page_store)
    assert store.path is not None
    yield create_app(config(store.path), store=store)
    store.close()


@pytest.fixture
def review_app(curated_store: EmbeddedStore) -> Flask:
    assert curated_store.path is not None
    return create_app(config(curated_store.path), store=curated_store)
