"""A process whose vocabulary and ontology sources are those the store holds parses neither
(ingest/reference.py): every ``ingest`` spent about 1.2 s of CPU parsing the vocabularies and
canonicalising both graphs to find them unchanged. A changed file is still seen."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hankegraafi.ingest import reference
from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.ontology import loader
from hankegraafi.ontology.namespaces import HG, VOCAB_GRAPH, catalogue_graph
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore

CHILD = """
import sys
from pathlib import Path
from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.ontology import loader
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
store = EmbeddedStore(Path(sys.argv[1]))
try:
    print(Ingester(store, Config.load({"store": sys.argv[1]}, environ={})).ensure_reference_graphs())
    print(loader.vocabulary_graph.cache_info().currsize, loader.ontology_graph.cache_info().currsize)
finally:
    store.close()
"""

CONCEPT = """
<https://w3id.org/hankegraafi/vocab/light-dimension/kokeilu> a skos:Concept ;
    skos:inScheme <https://w3id.org/hankegraafi/vocab/light-dimension> ; skos:prefLabel "Kokeilu"@fi .
"""


def _cleared() -> None:
    """As a new process: nothing parsed."""
    loader.clear_caches()
    loader.ontology_graph.cache_clear()


def _sources(store: EmbeddedStore) -> dict[str, str]:
    rows = store.query(
        f"SELECT ?g ?src WHERE {{ GRAPH <{catalogue_graph(store.base_iri)}> {{ ?g <{HG.sourceSha256}> ?src }} }}"
    )
    return {str(g): str(src) for g, src in rows.rows}  # type: ignore[union-attr]


def test_another_process_parses_nothing_when_the_sources_are_stored(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    try:
        assert Ingester(store, Config.load({"store": str(path)}, environ={})).ensure_reference_graphs() == [
            "ontology",
            "vocabularies",
        ]
        kept = _sources(store)
        assert kept[str(VOCAB_GRAPH)] == reference.vocabulary_sources()
        assert len(kept) == 2
    finally:
        store.close()
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=120
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.split("\n")[:2] == ["[]", "0 0"], child.stdout + child.stderr


@pytest.fixture
def package_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The ontology package's Turtle files copied to a folder the loader reads instead."""
    root = tmp_path / "package"
    shutil.copytree(Path(str(loader._package_root() / loader.VOCAB_DIR)), root / loader.VOCAB_DIR)
    shutil.copy(Path(str(loader._package_root() / loader.ONTOLOGY_FILE)), root / loader.ONTOLOGY_FILE)
    monkeypatch.setattr(loader, "_package_root", lambda: root)
    _cleared()
    yield root
    monkeypatch.undo()
    _cleared()


def test_an_edited_vocabulary_file_is_seen(tmp_path: Path, package_copy: Path) -> None:
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    ingester = Ingester(store, Config.load({"store": str(path)}, environ={}))
    try:
        assert ingester.ensure_reference_graphs() == ["ontology", "vocabularies"]
        first = store.graph_metadata(VOCAB_GRAPH)
        _cleared()
        assert ingester.ensure_reference_graphs() == []
        assert loader.vocabulary_graph.cache_info().currsize == 0  # unchanged: not parsed

        status = package_copy / loader.VOCAB_DIR / "status.ttl"
        status.write_text(status.read_text(encoding="utf-8") + "\n# a comment only\n", encoding="utf-8")
        _cleared()
        # Other texts, the same graph: only the source digest is written, the graph is not.
        assert ingester.ensure_reference_graphs() == []
        assert _sources(store)[str(VOCAB_GRAPH)] == reference.vocabulary_sources()
        again = store.graph_metadata(VOCAB_GRAPH)
        assert again is not None and first is not None and again.sha256 == first.sha256
        _cleared()
        assert ingester.ensure_reference_graphs() == []
        assert loader.vocabulary_graph.cache_info().currsize == 0

        text = status.read_text(encoding="utf-8")
        prefixes = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        status.write_text(prefixes + text + CONCEPT, encoding="utf-8")
        _cleared()
        assert ingester.ensure_reference_graphs() == ["vocabularies"]
        changed = store.graph_metadata(VOCAB_GRAPH)
        assert changed is not None and changed.sha256 != first.sha256 and changed.size > first.size
        assert (changed.triples - first.triples) == 3
    finally:
        store.close()
