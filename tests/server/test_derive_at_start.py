"""``serve`` on a stale store (issue 17): the derived graphs are rebuilt in the background after
the server listens (``server/rebuild.py``: computed in a copy beside the store, then one short
write), so ``/sparql`` answers from the start and the derived graphs follow; a server killed in the
middle leaves nothing that stops the next start, which finishes the rebuild."""

from __future__ import annotations

import os
import shutil
import signal
import time
from pathlib import Path

import pytest
import requests

from hankegraafi.ingest import canonical, derived
from hankegraafi.ingest.pipeline import sample_documents
from hankegraafi.settings import Config
from hankegraafi.store import open_store
from tests.server.conftest import LiveServer, start_server, stop_server

pytestmark = pytest.mark.server

BASE = "https://w3id.org/hankegraafi/id/"
CANONICAL = str(canonical.canonical_graph_iri(BASE))
#: Seconds within which the derived graphs of two sample documents follow (a few on an idle machine;
#: the bound is for a loaded one).
BOUND = 180.0


@pytest.fixture
def stale(tmp_path: Path, two_samples_store: Path) -> Path:
    """A store of two sample documents whose canonical graph was dropped after the rebuild (as a kill
    between a document's commit and its rebuild leaves it). The documents are ingested once a run
    (tests/conftest.py's ``two_samples_store``); each test drops the graph in its own copy."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for doc in sorted(sample_documents())[:2]:
        shutil.copy(doc, folder / doc.name)
    path = tmp_path / "store"
    shutil.copytree(two_samples_store, path)
    store = open_store(path)
    try:
        store.drop_graph(canonical.canonical_graph_iri(BASE))
        assert derived.missing(store, BASE)
    finally:
        store.close()
    return path


def _ask(server: LiveServer, query: str) -> bool:
    answer = requests.get(
        server.sparql,
        params={"query": query},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text[:300]
    return bool(answer.json()["boolean"])


def _wait_for(server: LiveServer, what: str) -> None:
    end = time.monotonic() + BOUND
    while what not in server.log_text():
        assert server.process.poll() is None, server.log_text()
        assert time.monotonic() < end, f"no {what!r} within {BOUND:g} s:\n{server.log_text()}"
        time.sleep(0.1)


def _follows(path: Path) -> bool:
    store = open_store(path)
    try:
        return not derived.missing(store, BASE)
    finally:
        store.close()


def _left_over(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.glob(f".{path.name}.derive-*"))


def test_serve_answers_at_once_and_the_derived_graphs_follow(stale: Path, tmp_path: Path) -> None:
    server = start_server(str(stale), tmp_path / "serve.log", verbose=True)
    try:
        # Answered at start (start_server waited only for ASK {}), the canonical graph absent or not yet.
        first = _ask(server, f"ASK {{ GRAPH <{CANONICAL}> {{ ?s ?p ?o }} }}")
        end = time.monotonic() + BOUND
        while not _ask(server, f"ASK {{ GRAPH <{CANONICAL}> {{ ?s ?p ?o }} }}"):
            assert time.monotonic() < end, (
                f"the canonical graph did not follow within {BOUND:g} s:\n{server.log_text()}"
            )
            time.sleep(0.2)
        _wait_for(server, "the derived graphs follow the stored data: computed in")
        log = server.log_text()
        assert "rebuilding them beside the readers" in log
        assert log.index("Listening at") < log.index("rebuilding them beside the readers")
        # The projects are whole again: the canonical graph holds a project per document.
        assert _ask(
            server,
            f"ASK {{ GRAPH <{CANONICAL}> {{ ?p a <https://w3id.org/hankegraafi/ontology#CanonicalProject> }} }}",
        )
    finally:
        stop_server(server)
    assert first in (False, True)
    assert _follows(stale)
    assert _left_over(stale) == []


def test_a_server_killed_while_rebuilding_leaves_nothing_the_next_start_minds(
    stale: Path, tmp_path: Path
) -> None:
    server = start_server(str(stale), tmp_path / "first.log", verbose=True)
    try:
        _wait_for(server, "rebuilding them beside the readers")
        os.killpg(server.process.pid, signal.SIGKILL)  # the web process, its writer and the rebuild's child
        server.process.wait(10)
    finally:
        stop_server(server)
    second = start_server(str(stale), tmp_path / "second.log", verbose=True)
    try:
        _wait_for(second, "the derived graphs follow the stored data")
        assert _ask(second, f"ASK {{ GRAPH <{CANONICAL}> {{ ?s ?p ?o }} }}")
    finally:
        stop_server(second)
    assert _follows(stale)
    assert _left_over(stale) == []  # a copy the killed rebuild left was removed by the second


def test_a_store_that_follows_its_data_starts_no_rebuild(stale: Path, tmp_path: Path) -> None:
    store = open_store(stale)
    try:
        derived.recompute_all(store, BASE)
    finally:
        store.close()
    server = start_server(str(stale), tmp_path / "serve.log", verbose=True, derive_at_start=1)
    try:
        assert _ask(server, f"ASK {{ GRAPH <{CANONICAL}> {{ ?s ?p ?o }} }}")
        _wait_for(server, "the derived graphs follow the stored data (checked at start)")
    finally:
        stop_server(server)
    assert "beside the readers" not in server.log_text()
    assert _left_over(stale) == []


def test_the_setting_leaves_a_stale_store_as_it_is() -> None:
    from hankegraafi.server import rebuild

    off = Config.load({"store": "x", "derive_at_start": "0"}, environ={})
    assert off.derive_at_start is False
    assert rebuild.start(object(), off) is None
    assert Config.load({}, environ={"HANKEGRAAFI_DERIVE_AT_START": "0"}).derive_at_start is False
