"""A file whose name is not UTF-8 is read and stored under a name that can be written, not a traceback
(found by the session-24 attack: the N-Triples serialiser could not write the surrogate escapes)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from hankegraafi.ingest.pipeline import Ingester, document_key, sample_documents
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore


def test_a_name_that_is_not_utf8_is_stored_with_a_replacement_character(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    raw = os.fsdecode(b"\xffraportti.txt")  # what the OS gives for the byte 0xFF
    shutil.copy(sample_documents()[0], folder / raw)
    path = folder / raw
    assert document_key(path) == "\ufffdraportti.txt"
    assert document_key(folder / "Hanke raportti.txt") == "Hanke raportti.txt"  # valid names as they are
    store = EmbeddedStore(tmp_path / "store")
    try:
        [outcome] = Ingester(store, Config.load({}, environ={})).ingest_all([folder])
        assert outcome.status == "stored", outcome.error
        names = {info.file_name for info in store.graphs() if info.file_name}
        assert "\ufffdraportti.txt" in names
    finally:
        store.close()
