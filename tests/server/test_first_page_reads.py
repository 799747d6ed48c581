"""What the first resource page after a start read itself is read by the pages' start-up thread
before ``serve`` answers (issue 17: the first page at 10^6 triples took 1.4 s): the WHERE brace
of each catalogue query a page calls, and the data's version the stored page lists are checked
against. The pages are byte for byte those of a server that read them on its first page."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from hankegraafi import queries
from hankegraafi.ontology.namespaces import HG
from hankegraafi.queries.answers import engine_select, state_of
from hankegraafi.server import create_app, pages
from hankegraafi.server.pages.builder import PAGE_CALLS
from hankegraafi.server.pages.iris import Mapping
from hankegraafi.settings import Config
from hankegraafi.store import sparqlparse
from hankegraafi.store.embedded import EmbeddedStore

pytestmark = pytest.mark.server

BASE = "https://w3id.org/hankegraafi/id/"
PAGETYPES = Path(__file__).parents[2] / "server" / "pages" / "pagetypes"
COUNTY = "https://w3id.org/hankegraafi/vocab/county/21"


def test_every_catalogue_call_of_a_page_type_is_read_at_start() -> None:
    called = {
        name
        for path in PAGETYPES.glob("*.py")
        for name in re.findall(r"\bb\.run\(\s*\"([a-z-]+)\"", path.read_text(encoding="utf-8"))
    }
    assert called and called <= set(PAGE_CALLS), called - set(PAGE_CALLS)
    for name in PAGE_CALLS:
        assert queries.get(name).text  # each one a query of the catalogue


@pytest.fixture(scope="module")
def copy(pages_demo_store: EmbeddedStore, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample store (every derived graph, the page lists stored) copied: a serving pool holds
    its store's lock, which the session's store holds."""
    path: Path = tmp_path_factory.mktemp("first") / "store"
    engine = pages_demo_store.engine_source().oxigraph
    assert engine is not None
    engine.backup(str(path))
    return path


def _pool_app(path: Path) -> Flask:
    """An app as ``serve`` builds it: the query pool, its local lane, the pages' start-up thread."""
    config = Config.load(
        {
            "store": str(path),
            "rate_limit": "1000000/minute",
            "result_cache_seconds": 0,
            "derive_at_start": False,
        },
        environ={},
    )
    app = create_app(config)
    assert pages.wait_warm(app, 120)
    return app


def _close(app: Flask) -> None:
    app.extensions["hankegraafi"].runner.close()


@pytest.fixture(scope="module")
def warmed(copy: Path) -> Iterator[Flask]:
    sparqlparse.CACHE.clear()
    app = _pool_app(copy)
    yield app
    _close(app)


def _page_paths(path: Path) -> list[str]:
    store = EmbeddedStore(path, read_only=True)
    try:
        rows = store.query(
            f"SELECT ?s WHERE {{ ?s a <{HG}Project> FILTER(isIRI(?s)) }} ORDER BY ?s LIMIT 2"
        ).rows
        iris = [str(row[0]) for row in rows] + [COUNTY]
    finally:
        store.close()
    mapping = Mapping(BASE)
    found = [p for p in (mapping.page_url(iri) for iri in iris) if p]
    assert len(found) == 3
    return found


def test_the_heads_and_the_version_are_read_before_the_first_page(warmed: Flask, copy: Path) -> None:
    for name in PAGE_CALLS:
        key = ("head", hashlib.sha256(queries.get(name).text.encode("utf-8", "surrogatepass")).digest())
        assert key in sparqlparse.CACHE.items, name
    st = warmed.extensions["hankegraafi.pages"]
    runner = warmed.extensions["hankegraafi"].runner
    assert st.lists is not None and st.lists._seen is not None
    generation, version = st.lists._seen
    assert generation == runner.generation
    store = EmbeddedStore(copy, read_only=True)
    try:
        assert version == state_of(engine_select(store), BASE)
    finally:
        store.close()


def test_the_pages_are_those_of_a_start_that_read_nothing(
    warmed: Flask, copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # every page built by each app (the second would answer the first's stored bodies)
    monkeypatch.setenv("HANKEGRAAFI_PAGE_BODIES", "0")
    paths = _page_paths(copy)
    client = warmed.test_client()
    bodies = []
    for path in paths:
        for lang in ("fi", "en"):
            response = client.get(path, query_string={"hl": lang}, headers={"Accept": "text/html"})
            assert response.status_code == 200, path
            bodies.append(response.data)
    _close(warmed)
    monkeypatch.setattr(pages, "_warm_reads", lambda app_ref: None)
    plain = _pool_app(copy)
    try:
        assert plain.extensions["hankegraafi.pages"].lists is None  # nothing read at start
        client = plain.test_client()
        again = []
        for path in paths:
            for lang in ("fi", "en"):
                response = client.get(path, query_string={"hl": lang}, headers={"Accept": "text/html"})
                assert response.status_code == 200, path
                again.append(response.data)
    finally:
        _close(plain)
    assert again == bodies
    assert any(b"<html" in body for body in bodies)
