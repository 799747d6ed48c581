"""Write stop 50's L7 tuning DOCX (invented text, see ../README.md): what Word shows that a run's text does not
hold: a Wingdings face, a legacy form's check box, a picture's alternative text (ingest/docxmarks.py).

Run with ``.venv/bin/python tests/ingest/corpus/generate/tune_s50_l7_binaries.py``; two runs write the
same bytes (binaries_common), and the output is committed.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from binaries_common import docx_document, save

TUNE = Path(__file__).resolve().parent.parent / "tune"
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _sym(cell, char: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), "Wingdings")
    sym.set(qn("w:char"), char)
    cell.paragraphs[0].add_run()._r.append(sym)


def _box(cell, checked: bool) -> None:
    from docx.oxml import parse_xml

    state = "<w:checked/>" if checked else ""
    run = cell.paragraphs[0].add_run()
    run._r.append(
        parse_xml(
            f'<w:fldChar {_W} w:fldCharType="begin"><w:ffData><w:name w:val="Valinta"/><w:enabled/>'
            f'<w:checkBox><w:sizeAuto/><w:default w:val="0"/>{state}</w:checkBox></w:ffData></w:fldChar>'
        )
    )
    cell.paragraphs[0].add_run()._r.append(
        parse_xml(f'<w:instrText {_W} xml:space="preserve"> FORMCHECKBOX </w:instrText>')
    )
    cell.paragraphs[0].add_run()._r.append(parse_xml(f'<w:fldChar {_W} w:fldCharType="end"/>'))


def u1707_keski_pohjanmaa_wingdings_faces_docx() -> None:
    """Faces of the Wingdings font (J ☺, K 😐, L ☹) per dimension, their key in a sentence below."""
    d = docx_document("Keski-Pohjanmaan hyvinvointialue", dt.datetime(2025, 5, 12, 9, 0))
    d.add_heading("Kotiin kuntoutus Keski-Pohjanmaalla", level=1)
    d.add_paragraph("Keski-Pohjanmaan hyvinvointialueen tilannekatsaus 1/2025.")
    grid = d.add_table(rows=5, cols=2)
    grid.style = "Table Grid"
    for row, (name, char) in enumerate(
        (
            ("Osa-alue", ""),
            ("Aikataulu", "F04A"),
            ("Kustannukset", "F04B"),
            ("Henkilöstö", "F04A"),
            ("Hyödyt", "F04C"),
        )
    ):
        grid.rows[row].cells[0].text = name
        if char:
            _sym(grid.rows[row].cells[1], char)
        else:
            grid.rows[row].cells[1].text = "Tila"
    d.add_paragraph("Merkit: ☺ = suunnitelman mukaan, 😐 = pieni poikkeama, ☹ = merkittävä poikkeama.")
    save(d, TUNE / "u1707_keski_pohjanmaa_wingdings_faces_2025.docx", (2025, 5, 12, 9, 0, 0))


def u1708_satakunta_en_form_checkboxes_docx() -> None:
    """A form's check boxes under verdict heads of the document's own words beside one the vocabulary rates."""
    d = docx_document("Satakunta wellbeing services county", dt.datetime(2024, 11, 4, 14, 0))
    d.add_heading("Evening Home Care in Satakunta", level=1)
    d.add_paragraph("Half-year report of Satakunta wellbeing services county, 1 January to 30 June 2024.")
    grid = d.add_table(rows=4, cols=4)
    grid.style = "Table Grid"
    for col, head in enumerate(("Area", "On plan", "Needs a look", "Stalled")):
        grid.rows[0].cells[col].text = head
    for row, (name, ticked) in enumerate((("Schedule", 2), ("Costs", 1), ("Staffing", 1)), 1):
        grid.rows[row].cells[0].text = name
        for col in (1, 2, 3):
            _box(grid.rows[row].cells[col], checked=col == ticked)
    save(d, TUNE / "u1708_satakunta_en_form_checkboxes_2024.docx", (2024, 11, 4, 14, 0, 0))


def u1709_pirkanmaa_survey_checkboxes_docx() -> None:
    """Negative: a feedback form's check boxes over statements, and symbols of another font: no light."""
    d = docx_document("Pirkanmaan hyvinvointialue", dt.datetime(2024, 3, 1, 10, 0))
    d.add_heading("Kotiutustiimi Pirkanmaalla", level=1)
    d.add_paragraph("Pirkanmaan hyvinvointialueen hankkeen asiakaspalautelomake.")
    grid = d.add_table(rows=3, cols=3)
    grid.style = "Table Grid"
    for col, head in enumerate(("Väite", "Samaa mieltä", "Eri mieltä")):
        grid.rows[0].cells[col].text = head
    for row, (text, ticked) in enumerate((("Sain apua nopeasti", 1), ("Ohjeet olivat selkeät", 2)), 1):
        grid.rows[row].cells[0].text = text
        for col in (1, 2):
            _box(grid.rows[row].cells[col], checked=col == ticked)
    save(d, TUNE / "u1709_pirkanmaa_palautelomake_2024.docx", (2024, 3, 1, 10, 0, 0))


if __name__ == "__main__":
    u1707_keski_pohjanmaa_wingdings_faces_docx()
    u1708_satakunta_en_form_checkboxes_docx()
    u1709_pirkanmaa_survey_checkboxes_docx()
