"""An RDF file the operator gives (``load``, ``validate``) whose one term is longer than the parser
reads is one error line naming the file, and nothing is loaded.

Found by attack (stop 31): a .nq file of one quad whose literal is 17 MB (a dump holding a whole
document's text, say) ended ``hankegraafi load`` and ``hankegraafi validate`` in a traceback of
``MemoryError: Reached the buffer maximal size of 16777216`` (Oxigraph's parser keeps one token
in a buffer of at most 16 MiB).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hankegraafi.store.embedded import EmbeddedStore

LONG = 17 * 1024 * 1024


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hankegraafi.cli", *args], capture_output=True, text=True, timeout=300
    )


def test_a_term_longer_than_the_parser_reads_is_an_error_naming_the_file(tmp_path: Path) -> None:
    dataset = tmp_path / "pitka.nq"
    with dataset.open("w", encoding="ascii") as out:
        out.write("<urn:x-test:a> <urn:x-test:p> <urn:x-test:b> <urn:x-test:g> .\n")
        out.write(f'<urn:x-test:s> <urn:x-test:p> "{"x" * LONG}" <urn:x-test:g> .\n')
    store = tmp_path / "store"
    EmbeddedStore(store).close()
    for args in (["load", str(dataset), "--no-derive", "--store", str(store)], ["validate", str(dataset)]):
        done = run(*args)
        assert done.returncode == 1, (args, done.stderr[-600:])
        assert "Traceback" not in done.stderr, done.stderr[-1500:]
        assert "pitka.nq" in done.stderr and "16" in done.stderr, done.stderr[-600:]
    opened = EmbeddedStore(store, read_only=True)
    try:
        assert opened.count() == 0  # nothing was loaded, not even the short quad before it
    finally:
        opened.close()
