"""A write that fails part way still counts as a write: cached and stored answers do not outlive it,
and the derived graphs can be brought in line with what it stored (the pool's ``derive`` step).

Found by the session-24 attack: a hand-off stopped at ``update_timeout`` had stored three of five
documents, yet a repeated COUNT answered from the cache as before and the derived graphs stayed old.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hankegraafi.ingest.derived import missing, stamp_graph_iri
from hankegraafi.ingest.pipeline import Ingester, sample_documents
from hankegraafi.server.pool import WriteFailed
from hankegraafi.server.runtime import InlineRunner
from hankegraafi.settings import Config
from hankegraafi.store.base import QuerySyntaxError
from hankegraafi.store.embedded import EmbeddedStore

BASE = "https://w3id.org/hankegraafi/id/"


def test_a_failed_write_still_moves_the_generation(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        runner = InlineRunner(store)
        before = runner.generation
        with pytest.raises((WriteFailed, QuerySyntaxError)):
            runner.write(("update", "INSERT DATA { <urn:a> <urn:b> "), timeout=10, drain=1)
        assert runner.generation == before + 1
    finally:
        store.close()


def test_derive_brings_the_derived_graphs_in_line(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        ingester = Ingester(store, Config.load({}, environ={}))
        ingester.ensure_reference_graphs()
        ingester.ingest_all(sample_documents()[:1])
        assert not missing(store, BASE)
        # as a writer stopped after its documents' commits and before their rebuild leaves it
        second = Ingester(store, Config.load({}, environ={}))
        second.ingest_all(sample_documents()[1:2])
        store.update(f"DROP GRAPH <{stamp_graph_iri(BASE)}>")
        assert missing(store, BASE)
        runner = InlineRunner(store)
        runner.write(("derive",), timeout=60, drain=1)
        assert not missing(store, BASE)
    finally:
        store.close()
