"""The derived graphs follow the stored documents even when a rebuild was cut short."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hankegraafi.ingest import derived
from hankegraafi.ingest.inference import inferred_graph_iri
from hankegraafi.ingest.pipeline import Ingester, sample_documents
from hankegraafi.settings import Config
from hankegraafi.store import open_store

EURIO_PROJECT = "http://data.europa.eu/s66#Project"


def test_a_run_after_a_rebuild_cut_short_rebuilds_though_nothing_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kill between a document's commit and the rebuild leaves the derived graphs one write
    behind; the next run, with nothing new to store, sees the stale stamp and rebuilds them."""
    docs = tmp_path / "docs"
    docs.mkdir()
    first, second = sorted(sample_documents())[:2]
    shutil.copy(first, docs / first.name)
    path = tmp_path / "store"
    store = open_store(path)
    try:
        config = Config.load({"store": str(path)}, environ={})
        base = str(config.base_iri)
        Ingester(store, config).ingest_all([docs])
        assert not derived.missing(store, base)
        shutil.copy(second, docs / second.name)
        with monkeypatch.context() as patched:  # the rebuild "killed": the document stored, nothing derived
            patched.setattr(derived, "recompute_all", lambda _store, _base: None)
            outcomes = Ingester(store, config).ingest_all([docs])
        assert [o.status for o in outcomes if o.path.name == second.name] == ["stored"]
        assert derived.missing(store, base)
        query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{inferred_graph_iri(base)}> {{ ?p a <{EURIO_PROJECT}> }} }}"
        stale = int(store.query(query).rows[0][0])  # type: ignore[union-attr]
        outcomes = Ingester(store, config).ingest_all([docs])
        assert {o.status for o in outcomes} == {"unchanged"}
        assert not derived.missing(store, base)
        assert int(store.query(query).rows[0][0]) > stale  # type: ignore[union-attr]
    finally:
        store.close()


def test_a_failed_answers_step_says_the_answers_are_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The answers step drops its graph on a failure (no answer rather than an old one), so its
    log line must not say the answers are as before the write; the documents stay whole."""
    from hankegraafi.queries import answers

    docs = tmp_path / "docs"
    docs.mkdir()
    first = sorted(sample_documents())[0]
    shutil.copy(first, docs / first.name)
    path = tmp_path / "store"
    store = open_store(path)
    try:
        config = Config.load({"store": str(path)}, environ={})
        base = str(config.base_iri)
        Ingester(store, config).ingest_all([docs])
        graph = answers.answers_graph_iri(base)
        assert store.query(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")

        def broken(*_args: object, **_kwargs: object) -> None:
            raise RuntimeError("a broken answer")

        monkeypatch.setattr(answers, "_answer", broken)
        with caplog.at_level("ERROR"):
            derived.recompute_all(store, base)
        said = [r.getMessage() for r in caplog.records if "stored catalogue answers" in r.getMessage()]
        assert said and "dropped" in said[0] and "as before this write" not in said[0]
        assert not store.query(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        projects = f"ASK {{ ?p a <{EURIO_PROJECT}> }}"
        assert store.query(projects)
    finally:
        store.close()
