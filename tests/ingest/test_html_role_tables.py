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


def test_a_table_framing_a_page_is_read_as_its_blocks() -> None:
    """An e-mail newsletter framed by a table (role=presentation, or a cell holding headings) was one
    line of all its text (test25 l14); a data table inside the frame stays a table. Invented."""
    page = """<html><body><table role="presentation"><tr><td><h1>Hankekirje 2/2025</h1>
    <p>Kuulumiset.</p><table><tr><th>Kululaji</th><th>Budjetti</th></tr><tr><td>Matkat</td><td>20 000</td></tr></table>
    </td></tr></table><table><tr><td><h2>Otsikko solussa</h2><p>Teksti.</p></td><td>Sivupalkki</td></tr></table>
    <table><tr><td><p>Rivi 1</p><p>rivi 2</p></td><td>5 000</td></tr></table></body></html>"""
    headings: dict[int, int] = {}
    lines = html_lines(page.encode(), Path("kirje.html"), headings=headings)
    assert "Hankekirje 2/2025" in lines and "Kuulumiset." in lines
    assert "Kululaji\tBudjetti" in lines and "Matkat\t20 000" in lines
    assert headings[lines.index("Hankekirje 2/2025") + 1] == 1 and "Otsikko solussa" in lines
    assert "Rivi 1\nrivi 2\t5 000" in lines or "Rivi 1 rivi 2\t5 000" in lines  # a data cell of two paragraphs


_DIV_ROWS = """<html><body><main><h1>Hanke</h1>
<div class="grid"><div>Kululaji</div><div>Budjetti</div><div>Toteuma</div></div>
<div class="grid"><div>Palkat</div><div>120 000</div><div>98 500</div></div>
<div class="grid"><div>Yhteensä</div><div>120 000</div><div>98 500</div></div>
<div class="lone"><div>Yksin</div><div>rivi</div></div>
<div class="pari"><div>Hankeaika</div><div>2023–2025</div></div><div class="pari"><div>Kunnat</div><div>Salo</div></div>
<p>Väli</p>
<div class="card"><div>Otsikko</div><div><p>Kortin teksti.</p></div></div>
<div class="card"><div>Toinen</div><div><p>Lisää tekstiä.</p></div></div>
<div class="r"><span>A</span><span>B</span></div><div class="r"><span>C</span><span>D</span><span>E</span></div>
</main></body></html>"""


def test_rows_of_divs_a_style_draws_as_a_table_are_a_tables_rows() -> None:
    """A CSS grid of divs (test27 i05's class): sibling divs of as many short cells are rows."""
    lines = html_lines(_DIV_ROWS.encode(), Path("grid.html"))
    assert lines[lines.index("Kululaji\tBudjetti\tToteuma") + 1 :][:2] == [
        "Palkat\t120 000\t98 500",
        "Yhteensä\t120 000\t98 500",
    ]
    assert "Yksin\trivi" not in lines  # a fourth row of another width ends the run: left as blocks
    assert "Hankeaika\t2023–2025" not in lines and "Hankeaika" in lines  # pairs read as two lines
    assert "Otsikko" in lines and "Kortin teksti." in lines  # cards whose cells hold blocks stay blocks
    assert "A\tB" not in lines and "C\tD\tE" not in lines  # rows of unequal counts are no table


_DECLARED = """<html><body><main><h1>Hanke</h1>
<div role="table"><div class="r"><div><b>Asia</b></div><div><b>Tila</b></div></div>
<div class="r"><div>Aikataulu</div><div>Ei poikkeamaa</div></div>
<div class="r"><div>Riskit</div><div>Poikkeama</div></div></div>
<div role="table"><div>Yksi</div><div>Kaksi</div></div>
<div role="grid"><div class="r"><div>A</div><div>B</div></div><div class="r"><div>C</div></div></div>
<div role="table"><div class="r">Otsikko <span>x</span><span>y</span></div><div class="r"><span>z</span><span>w</span></div></div>
</main></body></html>"""


def test_a_declared_table_whose_rows_carry_no_role_is_read_as_rows() -> None:
    """test26 o02's class: ``<div role="table">`` of plain div rows of div cells, the rows unmarked."""
    lines = html_lines(_DECLARED.encode(), Path("declared.html"))
    assert lines[lines.index("Asia\tTila") + 1 :][:2] == ["Aikataulu\tEi poikkeamaa", "Riskit\tPoikkeama"]
    assert "Yksi\tKaksi" not in lines  # rows of no cells: blocks
    assert "A\tB" not in lines  # rows of unequal cells: blocks
    assert "z\tw" not in lines  # a row with words of its own beside its cells: blocks
