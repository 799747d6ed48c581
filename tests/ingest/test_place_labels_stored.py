"""A ``remove`` in a fresh process reads what the derived step needs of the vocabularies (the county
labels of the canonical projects, the concepts the stored answers are cut by) from the store's
vocabulary graph (ingest/reference.py ``vocabulary_from_store``) instead of parsing every vocabulary
(1.9 s of CPU): the same genitives and concepts as the parse, and a parse still when the store's
vocabulary graph is not this process's sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hankegraafi.ingest import matching, reference
from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.ontology import loader, registry
from hankegraafi.ontology.namespaces import HG, VOCAB_GRAPH, catalogue_graph
from hankegraafi.queries import answerkeys
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore

CHILD = """
import sys
from pathlib import Path
from hankegraafi.ingest import matching, reference
from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.queries import answerkeys
from hankegraafi.ontology import loader
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
store = EmbeddedStore(Path(sys.argv[1]))
try:
    seen = []
    with reference.vocabulary_from_store(store, store.base_iri):
        seen = [sorted(matching._place_genitives()), answerkeys.statement_kinds()]
    Ingester(store, Config.load({"store": sys.argv[1]}, environ={})).recompute_canonical()
    print(loader.vocabulary_graph.cache_info().currsize)
    print(seen[0])
    print(sorted(seen[1]))
finally:
    store.close()
"""


def _parsed() -> frozenset[str]:
    labels = loader.vocabulary_graph().objects(None, matching.SKOS.prefLabel)
    return matching.genitives_of(str(x) for x in labels if getattr(x, "language", None) == "fi")


def test_the_stored_labels_give_the_parsed_genitives(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        Ingester(store, Config.load({"store": str(tmp_path / "store")}, environ={})).ensure_reference_graphs()
        labels = reference.stored_place_labels(store, store.base_iri)
        assert "Keski-Suomen hyvinvointialue" in labels
        assert matching.genitives_of(labels) == _parsed()
        assert {"keski-suomen", "lapin", "pirkanmaan"} <= _parsed()
        concepts = reference.stored_concepts(store, answerkeys.STEP_SCHEMES)
        for name in answerkeys.STEP_SCHEMES:
            assert concepts[name] == tuple(sorted(str(c.iri) for c in registry.scheme(name)))
            assert concepts[name]
        with reference.vocabulary_from_store(store, store.base_iri):  # parsed here: nothing given
            assert not answerkeys._GIVEN and not matching._GIVEN
        assert reference._vocabulary_current(store, store.base_iri)
        # Another source digest: the stored graph is not what this process would parse.
        catalogue = catalogue_graph(store.base_iri)
        store.update(
            f"DELETE WHERE {{ GRAPH <{catalogue}> {{ <{VOCAB_GRAPH}> <{HG.sourceSha256}> ?o }} }} ;\n"
            f'INSERT DATA {{ GRAPH <{catalogue}> {{ <{VOCAB_GRAPH}> <{HG.sourceSha256}> "other" }} }}'
        )
        assert not reference._vocabulary_current(store, store.base_iri)
    finally:
        store.close()


def test_a_fresh_process_rebuilding_reads_them_from_the_store(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    try:
        Ingester(store, Config.load({"store": str(path)}, environ={})).ensure_reference_graphs()
    finally:
        store.close()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, check=True, timeout=300
    ).stdout.splitlines()
    assert out[0] == "0"  # the vocabularies were not parsed, the derived step run
    assert out[1] == str(sorted(_parsed()))
    assert out[2] == str(sorted(registry.statement_kinds().keys))
