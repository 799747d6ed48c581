"""Rows and cells drawn with ARIA roles are a table's (issue 13, stop 37; test23 s44, tune u812). Invented."""

from __future__ import annotations

from pathlib import Path

from hankegraafi.ingest.htmlread import html_lines

_PAGE = """<html><body><main><h1>Lägesrapport</h1>
<div class="meta" role="row"><span>Projekttid 2023–2025</span> <span>Finansiär: SHM</span></div>
<div role="grid"><div role="rowgroup">
<div role="row"><span role="columnheader">Kostnadsslag</span><span role="columnheader">Budget</span></div></div>
<div role="rowgroup"><div role="row"><span role="rowheader">Personalkostnader</span><span role="gridcell">212 000</span></div>
<div role="row"><div role="cell">Totalt</div><div role="cell">285 000</div></div></div></div>
<p>Efter tabellen.</p></main></body></html>"""


def test_aria_rows_are_table_rows() -> None:
    lines = html_lines(_PAGE.encode(), Path("rapport.html"))
    assert "Kostnadsslag\tBudget" in lines
    assert "Personalkostnader\t212 000" in lines and "Totalt\t285 000" in lines


def test_a_row_role_without_cells_is_layout() -> None:
    lines = html_lines(_PAGE.encode(), Path("rapport.html"))
    assert "Projekttid 2023–2025 Finansiär: SHM" in lines  # one line, as a block reads: no cells
