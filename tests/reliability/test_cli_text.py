"""Outside text on the command line is shown as it is, never read as console markup or terminal codes.

The consoles (rich) read ``[red]…[/red]`` in what they print as styling. A file name, a
document's text, a stored value or an exception's message holding ``[/red]`` or ``[/]`` made
``ingest``, ``validate`` and ``sparql`` end in a MarkupError traceback; ``c[bold]d`` was shown
as ``cd``; and an escape sequence in a file name (``ESC ]0;…``) reached the terminal. Every
such value goes through :func:`hankegraafi.cliutil.shown`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from hankegraafi.cli import app
from hankegraafi.cliutil import shown
from hankegraafi.store.embedded import EmbeddedStore

runner = CliRunner()


@pytest.mark.parametrize(
    "name", ["a[/red]b.txt", "b[/]n.txt", "c[bold]d.txt", "e\x1b]0;X\x07f.txt", "g\x1b[2Jh.txt"]
)
def test_a_file_name_is_shown_as_it_is(tmp_path: Path, name: str) -> None:
    path = tmp_path / name  # "a[/red]b.txt" is the file "red]b.txt" in the folder "a["
    path.parent.mkdir(exist_ok=True)
    path.write_text("Lumityöt tammikuussa: aurataan pihat.\n", encoding="utf-8")
    for command in (["ingest", str(path)], ["validate", str(path)]):
        result = runner.invoke(app, [*command, "--store", str(tmp_path / "store")])
        assert result.exit_code == 1, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert "\x1b" not in result.output and "\x07" not in result.output
        visible = path.name.replace("\x1b", "\ufffd").replace("\x07", "\ufffd")
        assert f"{visible}: " in result.output, result.output


def test_stored_values_in_a_table_are_shown_as_they_are(tmp_path: Path) -> None:
    EmbeddedStore(tmp_path / "store").close()
    query = 'SELECT ?x WHERE { VALUES ?x { "a[/red]b" "c[bold]d" "[link=http://x]e[/link]" } }'
    result = runner.invoke(app, ["sparql", query, "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    for value in ("a[/red]b", "c[bold]d", "[link=http://x]e[/link]"):
        assert value in result.output, result.output


def test_shown_keeps_line_breaks_and_tabs_and_marks_other_controls() -> None:
    assert shown("rivi\n\tsisennys") == "rivi\n\tsisennys"
    assert shown("a\x1bb\x9bc\x7fd") == "a\ufffdb\ufffdc\ufffdd"


#: The directional formatting characters by their Unicode property (embeddings, overrides,
#: isolates and their ends): every one is shown as U+FFFD.
_REORDERING = ("LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI")


def test_a_directional_override_is_shown_not_obeyed() -> None:
    import sys
    import unicodedata

    reordering = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.bidirectional(chr(c)) in _REORDERING]
    assert len(reordering) == 9
    for char in reordering:
        assert shown(f"raportti{char}txt.exe") == "raportti\ufffdtxt.exe"
    # Marks that only say which way a neutral character leans reorder nothing: kept.
    assert shown("a\u200eb\u200fc") == "a\u200eb\u200fc"


def test_a_file_name_with_an_override_is_shown_with_its_mark(tmp_path: Path) -> None:
    path = tmp_path / "raportti\u202etxt.exe.txt"
    path.write_text("Lumityöt tammikuussa: aurataan pihat.\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(path), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1, result.output
    assert "\u202e" not in result.output
    assert "raportti\ufffdtxt.exe.txt: " in result.output, result.output


def test_emoji_codes_in_outside_text_are_shown_as_written(tmp_path: Path) -> None:
    """rich reads ':x:' or ':warning:' as an emoji: 'urn:x:y' was printed as 'urn❌y'."""
    EmbeddedStore(tmp_path / "store").close()
    values = ("urn:x:y", ":warning:", "a:smile:b")
    query = "SELECT ?x WHERE { VALUES ?x { " + " ".join(f'"{v}"' for v in values) + " } }"
    result = runner.invoke(app, ["sparql", query, "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    for value in values:
        assert value in result.output, result.output
    path = tmp_path / "raportti:x:.txt"
    path.write_text("Lumityöt tammikuussa: aurataan pihat.\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(path), "--store", str(tmp_path / "store")])
    assert "raportti:x:.txt: " in result.output, result.output


def test_a_file_name_with_a_line_break_is_shown_on_one_line(tmp_path: Path) -> None:
    """A Linux name may hold a line break: printed as it is, it faked another file's outcome line
    ('x.txt' + LF + 'virhe / error: y.txt: …'). Shown, and stored, with U+FFFD in its place."""
    path = tmp_path / "x.txt\nvirhe: y.txt"
    path.write_text("Lumityöt tammikuussa: aurataan pihat.\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(path), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1, result.output
    assert "x.txt\ufffdvirhe: y.txt: " in result.output, result.output
    assert not any(line.startswith("virhe: y.txt") for line in result.output.splitlines())


def test_an_ill_typed_literal_is_shown_without_a_library_traceback(tmp_path: Path) -> None:
    """rdflib logs a traceback for each literal whose text is no value of its datatype; the store
    keeps one as written (the token's routes, ``load``, a dump), so a read-only query printed them
    above its table (found by attack, stop 33). The real command line, in a process of its own."""
    import subprocess
    import sys

    EmbeddedStore(tmp_path / "store").close()
    xsd = "http://www.w3.org/2001/XMLSchema#"
    query = f'SELECT ?x WHERE {{ VALUES ?x {{ "2023-13-45"^^<{xsd}date> "abc"^^<{xsd}decimal> }} }}'
    command = [sys.executable, "-m", "hankegraafi.cli", "sparql", query, "--store", str(tmp_path / "store")]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "2023-13-45" in result.stdout and "abc" in result.stdout
    assert "Traceback" not in result.stderr and "Failed to convert" not in result.stderr, result.stderr
