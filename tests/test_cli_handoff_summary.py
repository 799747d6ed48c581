"""A hand-off the server does not take still gives every document its line in the summary.

Found racing ``hankegraafi ingest`` beside a running server (stop 34): a batch the server refused
printed "dokumentteja / documents: ; … virheitä / errors: 0" above the error and exited 1, the
file named nowhere in the table.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
import typer

from hankegraafi import cli
from hankegraafi.server.handoff import Serving


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_documents_the_server_did_not_answer_for_are_failed_in_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [tmp_path / "yksi.txt", tmp_path / "kaksi.txt"]
    for f in files:
        f.write_text("Hanke\n", encoding="utf-8")
    serving = Serving(os.getpid(), f"http://127.0.0.1:{closed_port()}", "token")
    with pytest.raises(typer.Exit) as stopped:
        cli._ingest_through_server(serving, files, force=False, quarantine=False)
    assert stopped.value.exit_code == 1
    captured = capsys.readouterr()
    assert "failed 2" in captured.out
    assert "virheitä / errors: 2" in captured.out
    assert "yksi.txt" in captured.out and "kaksi.txt" in captured.out
    assert "did not answer" in captured.err
