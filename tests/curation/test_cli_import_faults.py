"""``review import`` says what it did not apply: a file holding no curation decision (a data export or
a vocabulary given by mistake) is refused by name, and each decision left out (a term that must be an
IRI and is not, no target) is named with its reason, exit 1; the good ones are applied. Found by attack
(stop 35): both had answered "decisions: 0" or the count of the good ones, exit 0, the rest dropped with
a log line only.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from hankegraafi.cli import app
from tests.curation.documents import THL, UNKNOWN, write_page

runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes is not None else "")


def test_import_names_what_it_leaves_out(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    page = write_page(tmp_path)
    for store in (first, second):
        assert run("ingest", str(page), "--store", str(store))[0] == 0
    assert run("review", "link", UNKNOWN, THL, "--store", str(first))[0] == 0
    exported = tmp_path / "curation.ttl"
    assert run("review", "export", "--store", str(first), "--out", str(exported))[0] == 0
    text = exported.read_text(encoding="utf-8")

    other = tmp_path / "data.ttl"
    other.write_text("<urn:x:a> <urn:x:p> 1 .\n", encoding="utf-8")
    code, output = run("review", "import", str(other), "--store", str(second))
    assert code == 1 and "data.ttl" in output and "no curation decision" in output, output

    # a second decision whose target is no IRI beside the good one
    subject = next(line for line in text.splitlines() if line and not line.startswith(("@", " ")))
    broken = tmp_path / "broken.ttl"
    broken.write_text(
        text + f'\n<urn:x:decision/bad> a hg:CurationDecision ; hg:curationTarget "{UNKNOWN}" .\n',
        encoding="utf-8",
    )
    code, output = run("review", "import", str(broken), "--store", str(second))
    assert code == 1, output
    assert "decisions: 1" in output and "urn:x:decision/bad" in output and "left out" in output, output
    assert subject  # the good decision's subject line was there to keep

    empty = tmp_path / "empty.ttl"
    empty.write_text("", encoding="utf-8")
    assert run("review", "import", str(empty), "--store", str(second))[0] == 0  # nothing to import is no fault
