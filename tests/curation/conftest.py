"""An app over a fresh store holding the invented Kainuu page (one unknown organisation)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from hankegraafi.server import create_app
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
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


def _store(folder: Path) -> EmbeddedStore:
    from hankegraafi.ingest.pipeline import Ingester

    path = folder / "store"
    store = EmbeddedStore(path)
    ingester = Ingester(store, config(path))
    ingester.ensure_reference_graphs()
    outcomes = ingester.ingest_all([write_page(folder)])
    assert [o.status for o in outcomes] == ["stored"]
    return store


@pytest.fixture
def curated_store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    """A store of its own per test (the test writes decisions)."""
    store = _store(tmp_path)
    yield store
    store.close()


@pytest.fixture(scope="module")
def read_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """One app per module for tests that only read."""
    store = _store(tmp_path_factory.mktemp("curation"))
    assert store.path is not None
    yield create_app(config(store.path), store=store)
    store.close()


@pytest.fixture
def review_app(curated_store: EmbeddedStore) -> Flask:
    assert curated_store.path is not None
    return create_app(config(curated_store.path), store=curated_store)
