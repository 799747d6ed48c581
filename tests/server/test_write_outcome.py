"""A write through a running server answers what failed after a document was stored (P9, stop 36).

``Outcome.after`` (ingest/pipeline.py): the document is stored, its change-log entry or the derived
graphs' rebuild failed after; the command line prints "stored, but: …" from the server's answer, so
the writer's answer must carry it (it was dropped there, and such a write looked wholly fine).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from hankegraafi.server.workers import _outcome


def test_the_answer_carries_what_failed_after_the_document_was_stored() -> None:
    path = Path("/tmp/upload-123/raportti.txt")
    stored = SimpleNamespace(
        status="stored",
        graph="https://w3id.org/hankegraafi/id/doc/raportti",
        kind="report",
        triples=12,
        facts={"goals": 2},
        warnings=[],
        error=None,
        reason=None,
        after="derived graphs not rebuilt: boom",
    )
    answer = _outcome(stored, "raportti.txt", path)
    assert answer["status"] == "stored"
    assert answer["after"] == "derived graphs not rebuilt: boom"
    whole = SimpleNamespace(**{**vars(stored), "after": None})
    assert _outcome(whole, "raportti.txt", path)["after"] is None
