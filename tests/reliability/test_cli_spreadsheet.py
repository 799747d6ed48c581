"""A command line CSV that a spreadsheet may open holds no cell a spreadsheet would run.

The catalogue's CSV (``query --format csv``, ``/queries/NAME?format=csv``) neutralises a cell that
starts with ``=``, ``+``, ``-`` or ``@`` (queries/spreadsheet.py, OWASP's CSV injection). ``graphs
--format csv`` wrote a document's file name as it is (found by attack, stop 33): a file sent by
someone else named ``=HYPERLINK(…).txt`` or ``@SUM(A1).txt`` was a formula in the listing.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from typer.testing import CliRunner

from hankegraafi.cli import app
from hankegraafi.queries.spreadsheet import TRIGGERS

runner = CliRunner()
TEXT = "Hanke: Lumityöt\nHyvinvointialue: Kainuun hyvinvointialue\nAurataan pihat tammikuussa.\n"


def test_graphs_as_csv_neutralise_a_file_name_that_is_a_formula(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    names = ['=HYPERLINK("x")+1.txt', "@SUM(A1).txt", "-2+3.txt"]
    for name in names:
        (folder / name).write_text(TEXT, encoding="utf-8")
    store = str(tmp_path / "store")
    result = runner.invoke(app, ["ingest", str(folder), "--store", store])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["graphs", "--format", "csv", "--store", store])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    files = {row[1] for row in rows[1:] if row[1]}
    assert {f"'{name}" for name in names} <= files, files
    assert not [cell for row in rows for cell in row if cell.startswith(TRIGGERS)]
