"""Tables inside a Word table's cells are read (issue 13, stop 39; test27 i62).

A report template lays its page out with a table: one cell holds the lights table and its legend,
the next the cost table, the row above them the two blocks' captions. python-docx's cell text leaves
the inner tables out, so both were lost. Invented text.
"""

from __future__ import annotations

import io

from hankegraafi.ingest.readers import read_bytes


def _nested() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Hankeryhmän kokous 3.10.2024")
    layout = d.add_table(rows=2, cols=2)
    layout.rows[0].cells[0].text = "Tila"
    layout.rows[0].cells[1].text = "Menot (euroa)"
    left = layout.rows[1].cells[0]
    left.paragraphs[0].text = "Asteikko: vihreä = kunnossa"
    lights = left.add_table(rows=2, cols=2)
    for row, (name, colour) in enumerate((("Aikataulu", "vihreä"), ("Resurssit", "keltainen"))):
        lights.rows[row].cells[0].text = name
        lights.rows[row].cells[1].text = colour
    right = layout.rows[1].cells[1]
    costs = right.add_table(rows=2, cols=3)
    for row, values in enumerate((("Kulu", "Arvio", "Toteuma"), ("Palkat", "12 000", "11 500"))):
        for column, value in enumerate(values):
            costs.rows[row].cells[column].text = value
    inner = costs.rows[1].cells[2].add_table(rows=1, cols=1)  # a table two levels down
    inner.rows[0].cells[0].text = "josta ylityöt 500"
    plain = d.add_table(rows=1, cols=2)
    plain.rows[0].cells[0].text = "Yhteyshenkilö"
    plain.rows[0].cells[1].text = "Maija Mallikas"
    raw = io.BytesIO()
    d.save(raw)
    return raw.getvalue()


def test_tables_in_cells_are_read_as_blocks_under_their_captions() -> None:
    lines = [
        line for line in read_bytes(_nested(), file_name="muistio.docx", max_bytes=1_000_000).lines if line
    ]
    start = lines.index("Tila")
    assert lines[start : start + 7] == [
        "Tila",
        "Asteikko: vihreä = kunnossa",
        "Aikataulu\tvihreä",
        "Resurssit\tkeltainen",
        "Menot (euroa)",
        "Kulu\tArvio\tToteuma",
        "Palkat\t12 000\t11 500",
    ]
    assert "josta ylityöt 500" in lines  # the table inside the inner table's cell


def test_a_table_without_tables_in_it_stays_one_line_a_row() -> None:
    lines = read_bytes(_nested(), file_name="muistio.docx", max_bytes=1_000_000).lines
    assert "Yhteyshenkilö\tMaija Mallikas" in lines
