"""A write that fails after its documents are committed (issue 17): they are stored, and said to be.

The change-log entry, the derived graphs' rebuild or the batch itself may fail after a document's
graph is committed. The document is then stored and its outcome says "stored" with what failed
after (``Outcome.after``), not "failed" (a rerun said "unchanged" for a document it had been told
had failed); the derived graphs are left marked stale (their stamp, ``derived.missing``) and the
next write rebuilds them.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hankegraafi.cli import app
from hankegraafi.ingest import changelog, derived, inferdelta, inference, pipeline
from hankegraafi.ingest.pipeline import Ingester, sample_documents
from hankegraafi.settings import Config
from hankegraafi.store import Store, StoreError, open_store

EURIO_PROJECT = "http://data.europa.eu/s66#Project"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    first = sorted(sample_documents())[0]
    shutil.copy(first, folder / first.name)
    return folder


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[tuple[Store, Config]]:
    path = tmp_path / "store"
    store = open_store(path)
    try:
        yield store, Config.load({"store": str(path)}, environ={})
    finally:
        store.close()


def _graphs(store: Store, base: str) -> set[str]:
    return {info.iri for info in store.graphs() if info.iri.startswith(f"{base}graph/")}


def _inferred_projects(store: Store, base: str) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{inference.inferred_graph_iri(base)}> {{ ?p a <{EURIO_PROJECT}> }} }}"
    return int(store.query(query).rows[0][0])  # type: ignore[union-attr]


def _broken(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError("a broken step")


def test_a_failed_derived_step_leaves_the_documents_stored_and_says_so(
    docs: Path, opened: tuple[Store, Config], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, config = opened
    base = str(config.base_iri)
    with monkeypatch.context() as patched:
        patched.setattr(inferdelta, "recompute", _broken)  # the step's rebuild of the inferred graph
        outcomes = Ingester(store, config).ingest_all([docs])
    assert [o.status for o in outcomes] == ["stored"]
    assert outcomes[0].error is None
    after = outcomes[0].after or ""
    assert "the inferred triples (RuntimeError: a broken step)" in after
    assert "the derived graphs were not rebuilt; they are rebuilt at the next write or start" in after
    assert "johdettuja graafeja ei päivitetty" in after and "de härledda graferna byggdes inte om" in after
    assert _graphs(store, base) == {str(outcomes[0].graph)}
    assert derived.missing(store, base)  # marked stale: the stamp is old
    assert _inferred_projects(store, base) == 0
    # The next run, with nothing new, rebuilds them and says nothing failed.
    again = Ingester(store, config).ingest_all([docs])
    assert [(o.status, o.after) for o in again] == [("unchanged", None)]
    assert not derived.missing(store, base)
    assert _inferred_projects(store, base) > 0


def test_a_rebuild_that_cannot_even_begin_is_said_and_marked_stale(
    docs: Path, opened: tuple[Store, Config], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A6's case (stop 35): the writer failed with an ImportError after the documents were
    committed, and the command line said "failed" for every one of them."""
    store, config = opened
    base = str(config.base_iri)

    def not_importable(*_args: object, **_kwargs: object) -> None:
        raise ImportError("cannot import name 'x' from a half-edited module")

    with monkeypatch.context() as patched:
        patched.setattr(derived, "recompute_all", not_importable)
        outcomes = Ingester(store, config).ingest_all([docs])
    assert [o.status for o in outcomes] == ["stored"]
    assert "ImportError: cannot import name 'x'" in (outcomes[0].after or "")
    assert derived.missing(store, base)
    Ingester(store, config).ingest_all([docs])
    assert not derived.missing(store, base)


def test_a_change_log_that_cannot_be_written_leaves_the_document_stored_and_derived(
    docs: Path, opened: tuple[Store, Config], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, config = opened
    base = str(config.base_iri)

    def full(*_args: object, **_kwargs: object) -> None:
        raise StoreError("No space left on device")

    monkeypatch.setattr(changelog, "record", full)
    outcomes = Ingester(store, config).ingest_all([docs])
    assert [o.status for o in outcomes] == ["stored"]
    assert outcomes[0].after == (
        "muutoslokia ei kirjoitettu / ändringsloggen skrevs inte / the change log entry was not written: "
        "StoreError: No space left on device"
    )
    assert _graphs(store, base) == {str(outcomes[0].graph)}
    assert not derived.missing(store, base)  # the derived graphs follow it all the same
    ingester = Ingester(store, config)
    assert ingester.remove(outcomes[0].path.name) == outcomes[0].graph
    assert "StoreError: No space left on device" in (ingester.removal_failure or "")
    assert _graphs(store, base) == set()


def test_a_batch_that_stops_keeps_what_it_stored_and_rebuilds_for_it(
    tmp_path: Path, opened: tuple[Store, Config], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker process gone (BrokenProcessPool) or any fault while the batch runs: the documents
    stored before stay stored and followed by the derived graphs; those not reached are failed."""
    store, config = opened
    base = str(config.base_iri)
    folder = tmp_path / "three"
    folder.mkdir()
    for sample in sorted(sample_documents())[:3]:
        shutil.copy(sample, folder / sample.name)
    real = Ingester._prepared

    def stops_after_one(self: Ingester, todo: list, jobs: int) -> Iterator[tuple[int, Path, pipeline.Prepared]]:  # type: ignore[type-arg]
        for n, item in enumerate(real(self, todo, jobs)):
            if n == 1:
                raise RuntimeError("A process in the process pool was terminated abruptly")
            yield item

    monkeypatch.setattr(Ingester, "_prepared", stops_after_one)
    outcomes = Ingester(store, config).ingest_all([folder])
    assert [o.status for o in outcomes] == ["stored", "failed", "failed"]
    assert outcomes[0].after is None
    assert outcomes[1].error == (
        f"{outcomes[1].path}: ei tallennettu, ajo keskeytyi / inte lagrad, körningen avbröts / not stored, "
        "the batch stopped: RuntimeError: A process in the process pool was terminated abruptly"
    )
    assert _graphs(store, base) == {str(outcomes[0].graph)}
    assert not derived.missing(store, base)
    assert _inferred_projects(store, base) > 0


def test_an_internal_fault_on_one_document_fails_it_alone(
    tmp_path: Path, opened: tuple[Store, Config], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, config = opened
    base = str(config.base_iri)
    folder = tmp_path / "two"
    folder.mkdir()
    first, second = sorted(sample_documents())[:2]
    for sample in (first, second):
        shutil.copy(sample, folder / sample.name)
    real = Ingester.build_graph

    def faulty(self: Ingester, path: Path) -> object:
        if path.name == first.name:
            raise KeyError("a rule's missing key")
        return real(self, path)

    monkeypatch.setattr(Ingester, "build_graph", faulty)
    outcomes = Ingester(store, config).ingest_all([folder])
    assert [(o.path.name, o.status) for o in outcomes] == [(first.name, "failed"), (second.name, "stored")]
    assert outcomes[0].error == (
        f'{folder / first.name}: not ingested: an internal error (KeyError: "a rule\'s missing key")'
    )
    assert _graphs(store, base) == {str(outcomes[1].graph)}
    assert not derived.missing(store, base)


def test_the_command_line_says_stored_but_and_exits_1(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inferdelta, "recompute", _broken)  # the step's rebuild of the inferred graph
    store = tmp_path / "cli-store"
    result = CliRunner().invoke(app, ["ingest", str(docs), "--store", str(store)])
    assert result.exit_code == 1, result.output
    said = " ".join(result.output.split())
    assert "tallennettu, mutta / lagrad, men / stored, but:" in said
    assert "the inferred triples (RuntimeError: a broken step)" in said
    assert "stored 1" in said and "failed" not in said


def test_an_empty_store_has_nothing_to_follow(opened: tuple[Store, Config]) -> None:
    """No documents, no decisions: no derived graph is missing (``serve`` at start would otherwise
    rebuild an empty store on every start)."""
    store, config = opened
    assert not derived.missing(store, str(config.base_iri))
