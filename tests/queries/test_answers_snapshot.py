"""A read-only store reads the data's version once: its handle sees the store as it was when opened.

``answers.stored_json`` checks that a stored answer follows the data by the data's version (1 400
rows of the catalogue at 10^6 triples, most of a small stored call's CPU). A read-only store opened
from a folder is a snapshot (the engine's read-only mode: a write after it opened is not seen), so
the version is read once for it; a writable store, or one over another part's handle, reads it on
every call.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hankegraafi.ontology.namespaces import HG, catalogue_graph
from hankegraafi.queries import answers
from hankegraafi.store.embedded import EmbeddedStore

COUNTY = "https://w3id.org/hankegraafi/vocab/county/08"


def document(store: EmbeddedStore, n: int) -> None:
    """One invented document: its catalogue entry and a project in a county."""
    base = str(store.base_iri)
    store.update(
        f'INSERT DATA {{ GRAPH <{catalogue_graph(base)}> {{ <urn:x-test:doc{n}> <{HG.sha256}> "sha{n}" }} '
        f"GRAPH <urn:x-test:doc{n}> {{ <urn:x-test:p{n}> a <{HG.Project}> ; <{HG.county}> <{COUNTY}> ; "
        f'<http://www.w3.org/2000/01/rdf-schema#label> "Hanke {n}"@fi }} }}'
    )


def test_a_read_only_store_reads_the_version_once_and_sees_its_snapshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writer = EmbeddedStore(tmp_path / "store")
    document(writer, 1)
    answers.recompute(writer, str(writer.base_iri))
    text = answers.call_text("projects-by-region", {})
    assert answers.stored_json(writer, text) is not None
    reader = EmbeddedStore(tmp_path / "store", read_only=True)
    reads = []
    real = answers.state_of
    monkeypatch.setattr(answers, "state_of", lambda select, base: reads.append(1) or real(select, base))
    first = answers.stored_json(reader, text)
    assert first is not None and b"Hanke 1" in first
    assert answers.stored_json(reader, text) == first and len(reads) == 1  # read once
    # A document written after the reader opened: the writer's stored answers no longer follow
    # its data (read on every call), the reader still sees the data and answers it opened with.
    document(writer, 2)
    assert answers.stored_json(writer, text) is None
    assert len(reads) == 2
    assert (
        answers.run(reader, "projects-by-region").rows
        == answers.run(reader, "projects-by-region", stored=False).rows
    )
    assert answers.stored_json(reader, text) == first and len(reads) == 2
    # A reader opened now sees the new document, and no answer follows it.
    again = EmbeddedStore(tmp_path / "store", read_only=True)
    assert answers.stored_json(again, text) is None
    assert {str(r[2]) for r in answers.run(again, "projects-by-region").rows} == {
        "urn:x-test:p1",
        "urn:x-test:p2",
    }
    for store in (again, reader, writer):
        store.close()
