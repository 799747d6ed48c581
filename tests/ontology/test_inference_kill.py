"""SIGKILL a process that keeps writing, and find the inferred graph whole.

A child process adds and removes one sample document in a loop (each write recomputes
the derived graphs); it is killed at a random moment, a few times. After each kill the
store is reopened: the inferred graph must be exactly what the ontology entails for one of
the two states the store was in (with or without the document), never a mixture, and the
next write must bring it to what the documents stored now entail. (The graph may lag by one
state when the kill lands between a document's commit and the recompute; the next write
recomputes it, as for every derived graph.) About 25 s: two child processes start, write, and die.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from hankegraafi.ingest import inference
from hankegraafi.ingest.pipeline import Ingester, sample_documents
from hankegraafi.settings import Config
from hankegraafi.store import open_store

BASE = "https://w3id.org/hankegraafi/id/"
KILLS = 2

CHILD = """
import sys
from pathlib import Path
from hankegraafi.settings import Config
from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.store import open_store
store = open_store(Path(sys.argv[1]))
ingester = Ingester(store, Config.load({}, environ={}))
doc = Path(sys.argv[2])
print("ready", flush=True)
while True:
    ingester.force = True
    ingester.ingest_all([doc])
    ingester.remove(doc.name)
"""


def _state(path: Path, name: str) -> tuple[set[object], set[object], bool]:
    """(stored inferred graph, what the stored facts entail, whether the last document is stored)."""
    store = open_store(path)
    try:
        stored = set(store.get_graph(inference.inferred_graph_iri(BASE)))
        rules = inference.rules()
        wanted = set(inference.entailed(inference.read_facts(store, BASE, rules), rules))
        present = any(info.file_name == name for info in store.graphs())
        return stored, wanted, present
    finally:
        store.close()


def test_a_killed_writer_leaves_the_inferred_graph_whole(tmp_path: Path) -> None:
    path = tmp_path / "store"
    docs = sample_documents()[:3]  # three are enough, and keep the test within seconds
    store = open_store(path)
    ingester = Ingester(store, Config.load({}, environ={}))
    ingester.ensure_reference_graphs()
    ingester.ingest_all(docs)
    with_last = set(store.get_graph(inference.inferred_graph_iri(BASE)))
    ingester.remove(docs[-1].name)
    without_last = set(store.get_graph(inference.inferred_graph_iri(BASE)))
    store.close()
    assert with_last != without_last

    rng = random.Random(2026)
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(docs[-1])],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.5, 4.0))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        stored, wanted, present = _state(path, docs[-1].name)
        assert stored in (with_last, without_last), "the inferred graph is a mixture of two versions"
        if stored != wanted:  # killed between the document's commit and the recompute
            assert stored == (without_last if present else with_last)
        store = open_store(path)
        try:
            writer = Ingester(store, Config.load({}, environ={}))
            if present:
                writer.remove(docs[-1].name)
            else:
                writer.ingest_all(docs[-1:])
        finally:
            store.close()
        stored, wanted, _present = _state(path, docs[-1].name)
        assert stored == wanted
