"""Every path ``hankegraafi ingest`` is given or finds gets one outcome (issue 16, fault 12).

Through the real command line: a dangling symlink and a hidden ``.txt`` were
passed over without a line, ``/dev/zero`` and a FIFO were "no such file".
Now each path is read, or skipped (found in a folder) or failed (named on
the command line) with its reason on one line, and nothing but a regular
file is opened, so a FIFO cannot block and a device cannot run forever.
"""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest

from hankegraafi.ingest.pipeline import sample_documents
from hankegraafi.ingest.readers import SUFFIX_KIND
from tests.reliability.docsets import cli, uncaught_traceback

TIMEOUT = 120  # a FIFO or /dev/zero that were opened would block or run past this


def table_rows(stdout: str) -> dict[str, list[str]]:
    """The summary table's status for each document name, every row kept (to count them)."""
    rows: dict[str, list[str]] = {}
    for line in stdout.splitlines():
        cells = [c.strip() for c in line.split("│")]
        if len(cells) >= 4 and cells[1] and cells[2]:
            rows.setdefault(cells[1], []).append(cells[2])
    return rows


def lines_about(stderr: str, path: Path) -> list[str]:
    return [line for line in stderr.splitlines() if f"{path}:" in line]


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """A folder of documents and of things that are not documents."""
    sample = sample_documents()[0]
    folder = tmp_path / "docs"
    (folder / "ali").mkdir(parents=True)
    (folder / ".git").mkdir()
    shutil.copy(sample, folder / "hanke.txt")
    shutil.copy(sample, folder / "ali" / "toinen.txt")
    shutil.copy(sample, folder / "ali" / "kolmas.md")  # every suffix the readers read is read in a folder
    shutil.copy(sample, folder / ".luonnos.txt")
    shutil.copy(sample, folder / ".git" / "piilossa.txt")
    (folder / "muistio.odt").write_text("ei luettava", encoding="utf-8")
    (folder / "rikki.txt").symlink_to(tmp_path / "poistettu.txt")
    os.mkfifo(folder / "putki.txt")
    (folder / "silmukka").symlink_to("..")  # a loop: docs/silmukka/docs/silmukka/…
    (folder / "kehä-a.txt").symlink_to("kehä-b.txt")
    (folder / "kehä-b.txt").symlink_to("kehä-a.txt")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(folder / "pistoke.txt"))
    return folder


def test_a_folder_gives_one_line_for_everything_in_it(docs: Path, tmp_path: Path) -> None:
    r = cli("ingest", str(docs), "--quarantine", "--store", str(tmp_path / "store"), timeout=TIMEOUT)
    assert not uncaught_traceback(r.stderr), r.stderr[-3000:]
    expected = {
        docs / ".luonnos.txt": "hidden file, not read",
        docs / ".git": "hidden folder, not searched",
        docs / "muistio.odt": f"not a {', '.join(SUFFIX_KIND)} file",
        docs / "rikki.txt": f"broken link to {tmp_path / 'poistettu.txt'}",
        docs / "putki.txt": "not a regular file (a FIFO), not opened",
        docs / "pistoke.txt": "not a regular file (a socket), not opened",
        docs / "silmukka": "link to a folder (..), not followed",
        docs / "kehä-a.txt": "link loop (kehä-b.txt)",
        docs / "kehä-b.txt": "link loop (kehä-a.txt)",
    }
    for path, reason in expected.items():
        said = lines_about(r.stderr, path)
        assert len(said) == 1, (path, said, r.stderr[-3000:])
        assert "skipped" in said[0] and reason in said[0], said
    rows = table_rows(r.stdout)
    for path in expected:
        assert rows.get(path.name) == ["skipped"], (path.name, rows)
    for name in ("hanke.txt", "toinen.txt", "kolmas.md"):
        assert len(rows.get(name, [])) == 1 and rows[name][0] in ("stored", "quarantined"), (name, rows)
    assert "piilossa.txt" not in rows  # inside the hidden folder, which has its own line
    assert r.returncode == 0, r.stderr[-3000:]  # things a folder holds besides documents are no failure


def test_paths_named_on_the_command_line(docs: Path, tmp_path: Path) -> None:
    named = [
        docs / ".luonnos.txt",
        Path("/dev/zero"),
        docs / "putki.txt",
        docs / "rikki.txt",
        docs / "kehä-a.txt",
        tmp_path / "ei-ole.txt",
    ]
    r = cli("ingest", *map(str, named), "--quarantine", "--store", str(tmp_path / "store"), timeout=TIMEOUT)
    assert not uncaught_traceback(r.stderr), r.stderr[-3000:]
    rows = table_rows(r.stdout)
    # A hidden file named explicitly is read.
    assert rows.get(".luonnos.txt") in (["stored"], ["quarantined"]), rows
    failures = {
        Path("/dev/zero"): "not a regular file (a character device), not opened",
        docs / "putki.txt": "not a regular file (a FIFO), not opened",
        docs / "rikki.txt": f"broken link to {tmp_path / 'poistettu.txt'}",
        docs / "kehä-a.txt": "link loop (kehä-b.txt)",
        tmp_path / "ei-ole.txt": "no such file or folder",
    }
    for path, reason in failures.items():
        said = lines_about(r.stderr, path)
        assert len(said) == 1, (path, said, r.stderr[-3000:])
        assert "error" in said[0] and reason in said[0], said
        assert rows.get(path.name) == ["failed"], (path.name, rows)
    assert r.returncode == 1  # a path that was given failed


def test_only_readable_documents_exit_0(docs: Path, tmp_path: Path) -> None:
    r = cli(
        "ingest", str(docs / "hanke.txt"), "--quarantine", "--store", str(tmp_path / "store"), timeout=TIMEOUT
    )
    assert r.returncode == 0, r.stderr[-3000:]
    assert table_rows(r.stdout).get("hanke.txt") in (["stored"], ["quarantined"])
