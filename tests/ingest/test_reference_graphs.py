"""The ontology and vocabulary graphs are rewritten only when they changed, whichever process asks.

Their hash was taken of the text as parsed, whose blank-node labels are new in every process,
so every ``hankegraafi ingest`` rewrote both graphs and then rebuilt every derived graph (at
10^6 triples minutes of work) although nothing had changed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.ontology import registry
from hankegraafi.ontology.namespaces import VOCAB_GRAPH
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore

CHILD = """
import sys
from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
from pathlib import Path
store = EmbeddedStore(Path(sys.argv[1]))
try:
    print(Ingester(store, Config.load({"store": sys.argv[1]}, environ={})).ensure_reference_graphs())
finally:
    store.close()
"""


def test_another_process_finds_the_reference_graphs_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    try:
        ingester = Ingester(store, Config.load({"store": str(path)}, environ={}))
        assert ingester.ensure_reference_graphs() == ["ontology", "vocabularies"]
        assert ingester.ensure_reference_graphs() == []
    finally:
        store.close()
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=120
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.strip() == "[]", child.stdout + child.stderr


EXTRA = """
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/hankegraafi/vocab/light-dimension/kokeilu> a skos:Concept ;
    skos:inScheme <https://w3id.org/hankegraafi/vocab/light-dimension> ; skos:prefLabel "Kokeilu"@fi .
"""


def test_a_vocabulary_read_again_is_hashed_again_in_the_same_process(tmp_path: Path) -> None:
    """The digest is kept per graph the loader built (0.5 s of CPU a call): the vocabularies read
    again with a concept more are written again, and so is the vocabulary without it after."""
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    try:
        ingester = Ingester(store, Config.load({"store": str(path)}, environ={}))
        assert ingester.ensure_reference_graphs() == ["ontology", "vocabularies"]
        first = store.graph_metadata(VOCAB_GRAPH)
        assert first is not None
        with registry.extended(EXTRA):
            assert ingester.ensure_reference_graphs() == ["vocabularies"]
            assert ingester.ensure_reference_graphs() == []
            extended = store.graph_metadata(VOCAB_GRAPH)
            assert extended is not None and extended.sha256 != first.sha256 and extended.size > first.size
        assert ingester.ensure_reference_graphs() == ["vocabularies"]
        again = store.graph_metadata(VOCAB_GRAPH)
        assert again is not None and (again.sha256, again.size) == (first.sha256, first.size)
    finally:
        store.close()
