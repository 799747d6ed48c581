"""A file a command reads (a query, an RDF file, a decisions file, a dataset) that is a FIFO or a
device, or larger than any query, is a clean error at once: ``sparql @/dev/zero`` filled 6.7 GB
of memory in 30 s, and a FIFO made each of these commands wait for a writer forever."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hankegraafi.store.embedded import EmbeddedStore
from hankegraafi.store.sparqlparse import MAX_CHARACTERS


def run(*args: str, store: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hankegraafi.cli", *args, "--store", str(store)],
        capture_output=True,
        text=True,
        timeout=120,  # the faults waited forever: a timeout here is the failure
    )


@pytest.fixture
def store(tmp_path: Path) -> Path:
    EmbeddedStore(tmp_path / "store").close()
    return tmp_path / "store"


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["sparql", "@{}"], "kysely.rq"),
        (["validate", "{}"], "julkaisu.ttl"),
        (["review", "import", "{}"], "paatokset.ttl"),
        (["load", "{}", "--no-derive"], "data.nq"),
    ],
)
def test_a_fifo_in_place_of_a_file_is_not_opened(
    tmp_path: Path, store: Path, command: list[str], name: str
) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)
    result = run(*[part.format(fifo) for part in command], store=store)
    assert result.returncode in (1, 2), result.stderr
    assert name in result.stderr and "not a regular file" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_a_query_file_that_never_ends_or_is_too_large_is_refused(tmp_path: Path, store: Path) -> None:
    zero = tmp_path / "zero.rq"
    zero.symlink_to("/dev/zero")
    result = run("sparql", f"@{zero}", store=store)
    assert result.returncode == 2 and "not a regular file" in result.stderr, result.stderr
    big = tmp_path / "big.rq"
    big.write_bytes(b"#" * (4 * MAX_CHARACTERS + 1))
    result = run("sparql", f"@{big}", store=store)
    assert result.returncode == 2 and f"larger than {4 * MAX_CHARACTERS} bytes" in result.stderr, result.stderr
