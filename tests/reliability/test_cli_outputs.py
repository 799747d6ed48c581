"""A file a command writes (``export --out``, ``review export --out``) never lands in the store's
own folder, is written whole or not at all, and a failure is one error line naming the file.

Found by attack (stop 31): ``hankegraafi export --out STORE/CURRENT`` replaced the engine's
CURRENT file with the dump, and every later command on the store ended in a traceback
(``RuntimeError: Corruption: CURRENT file corrupted``): the whole store was lost to one option.
A name inside the folder, or a link pointing there, did the same. ``review export --out`` into a
folder that does not exist ended in a traceback, and wrote the file in place (a failure left
half a file). A store whose files are damaged is now a clear error naming the store, too.
"""

from __future__ import annotations

import subprocess
import sys
import traceback
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hankegraafi.cli import app
from hankegraafi.store.embedded import EmbeddedStore

QUAD = "INSERT DATA { GRAPH <urn:x-test:g> { <urn:x-test:s> <urn:x-test:p> 'arvo' } }"


def run(*args: str, store: Path) -> subprocess.CompletedProcess[str]:
    """The command run in this process (typer's runner; its stderr apart from its stdout), as the
    child it was: these tests are of what a command writes and says, not of a process (0.6 s of
    CPU a child, ~30 children). An exception the command let out is a traceback in its stderr, as
    the interpreter would have printed it; ``serve`` below stays a child of its own."""
    result = CliRunner().invoke(app, [*args, "--store", str(store)])
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr += "".join(traceback.format_exception(result.exception))
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, stderr)


def count(store: Path) -> str:
    done = run(
        "sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv", store=store
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def store(tmp_path: Path) -> Path:
    opened = EmbeddedStore(tmp_path / "store")
    opened.update(QUAD)
    opened.close()
    return tmp_path / "store"


def _targets(store: Path, tmp_path: Path) -> list[Path]:
    link = tmp_path / "linkki.nq"
    link.symlink_to(store / "CURRENT")
    folder_link = tmp_path / "kansio"
    folder_link.symlink_to(store)
    return [
        store / "CURRENT",
        store / "vienti.nq",
        store,
        link,
        folder_link / "uusi.nq",
        store / ".." / store.name / "x.nq",
    ]


@pytest.mark.parametrize("command", [["export", "--out"], ["review", "export", "--out"]])
def test_no_output_is_written_into_the_store(store: Path, tmp_path: Path, command: list[str]) -> None:
    before = count(store)
    files = sorted(p.name for p in store.iterdir())
    current = (store / "CURRENT").read_bytes()
    for target in _targets(store, tmp_path):
        done = run(*command, str(target), store=store)
        assert done.returncode == 1, (target, done.stdout[-300:], done.stderr[-600:])
        assert "Traceback" not in done.stderr, done.stderr
        assert str(store.name) in done.stderr and "tietovaras" in done.stderr.lower(), done.stderr
        assert (store / "CURRENT").read_bytes() == current
        assert sorted(p.name for p in store.iterdir()) == files, target
    assert count(store) == before


@pytest.mark.parametrize("command", [["export", "--out"], ["review", "export", "--out"]])
def test_an_output_that_cannot_be_written_is_one_line_and_leaves_nothing(
    store: Path, tmp_path: Path, command: list[str]
) -> None:
    target = tmp_path / "ei-ole" / "vienti.nq"
    done = run(*command, str(target), store=store)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert "ei-ole" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


@pytest.mark.parametrize("command", [["export", "--out"], ["review", "export", "--out"]])
def test_an_output_beside_the_store_is_written(store: Path, tmp_path: Path, command: list[str]) -> None:
    """Whole, over the file there before, with nothing else left beside it (a ``.part`` name
    that is taken, here a folder, is not the one written)."""
    target = tmp_path / "vienti.out"
    target.write_text("vanha\n")
    (tmp_path / "vienti.out.part").mkdir()
    done = run(*command, str(target), store=store)
    assert done.returncode == 0, done.stderr
    assert target.read_text() != "vanha\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store", "vienti.out", "vienti.out.part"]
    if command[0] == "export":
        assert "urn:x-test:s" in target.read_text()


def test_a_store_with_damaged_files_is_an_error_naming_it(store: Path) -> None:
    (store / "CURRENT").write_text("tämä ei ole tietovarasto\n")
    for args in (["sparql", "ASK {}"], ["graphs"], ["export"]):
        done = run(*args, store=store)
        assert done.returncode == 1, (args, done.stderr)
        assert "Traceback" not in done.stderr, (args, done.stderr[-800:])
        assert str(store) in done.stderr and "damaged" in done.stderr, done.stderr


def test_a_folder_of_other_files_is_not_made_a_store(tmp_path: Path) -> None:
    """``--store`` naming a folder that holds other files and no store (the documents' own folder,
    '.', the home folder) is refused before the engine writes there: it put its files among the
    user's and moved a file named LOG aside (LOG.old.<time>), and its clean-up of obsolete files
    deletes names like 000001.log that it did not write."""
    folder = tmp_path / "asiakirjat"
    folder.mkdir()
    (folder / "LOG").write_text("oma loki\n")
    (folder / "muistio.txt").write_text("Hanke: Kotihoidon kehittäminen\n")
    before = sorted(p.name for p in folder.iterdir())
    for args in (
        ["ingest", str(folder / "muistio.txt")],
        ["load", str(tmp_path / "x.nq")],
        ["sparql", "ASK {}"],
    ):
        if args[0] == "load":
            (tmp_path / "x.nq").write_text("<urn:x-test:s> <urn:x-test:p> <urn:x-test:o> <urn:x-test:g> .\n")
        done = run(*args, store=folder)
        assert done.returncode == 1, (args, done.stdout[-400:], done.stderr[-400:])
        assert "Traceback" not in done.stderr and str(folder) in done.stderr, done.stderr
        assert sorted(p.name for p in folder.iterdir()) == before, args
    assert (folder / "LOG").read_text() == "oma loki\n"
    # an empty folder, or one not there yet, becomes a store as before
    (tmp_path / "tyhja").mkdir()
    for where in (tmp_path / "tyhja", tmp_path / "uusi"):
        done = run("load", str(tmp_path / "x.nq"), store=where)
        assert done.returncode == 0, done.stderr
        assert (where / "CURRENT").exists()


def test_serve_on_a_store_it_cannot_open_is_one_error_line(store: Path, tmp_path: Path) -> None:
    """A damaged store, a folder of other files, or a store another process holds: ``serve`` ended
    in a traceback of the pool's WriteFailed (found by attack, stop 31); now one line naming the
    store and exit 1, as every other command."""
    from bench.servers import free_port

    (store / "CURRENT").write_text("tämä ei ole tietovarasto\n")
    foreign = tmp_path / "asiakirjat"
    foreign.mkdir()
    (foreign / "muistio.txt").write_text("muistio\n")
    for where, words in ((store, "damaged"), (foreign, "is no store")):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "hankegraafi.cli",
                "serve",
                "--store",
                str(where),
                "--port",
                str(free_port()),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 1, done.stderr[-800:]
        assert "Traceback" not in done.stderr and words in done.stderr and str(where) in done.stderr, (
            done.stderr[-800:]
        )
