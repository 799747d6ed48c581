"""A fillable PDF form's answers are read where they stand (stop 40, test31 ic09).

The form's questions are in the page's text, its answers only in its fields (AcroForm widgets): the
text layer alone gave a cost table with no amounts and a grid of verdicts with no tick. The forms are
drawn here with reportlab's AcroForm, as a form tool writes them.
"""

from __future__ import annotations

import io

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

LIMIT = 10_000_000


def _form(filled: bool = True) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    raw = io.BytesIO()
    page = canvas.Canvas(raw, pagesize=A4)
    page.setFont("Helvetica", 10)
    page.drawString(40, 800, "Hanke: Sydänkuntoutus kotona Keski-Suomessa")
    page.drawString(40, 780, "Toiminta-alueen kunnat:")
    page.acroForm.textfield(
        name="kunnat", x=160, y=776, width=300, height=14, value="Jyväskylä ja Jämsä" if filled else ""
    )
    page.drawString(200, 734, "Suunnitelman mukaan")
    page.drawString(340, 734, "Poikkeama")
    for row, (label, ticked) in enumerate((("Aikataulu", 0), ("Henkilöstö", 1))):
        y = 722 - 12 * row
        page.drawString(40, y, label)
        for column in range(2):
            page.acroForm.checkbox(
                name=f"tila{row}_{column}",
                x=230 + 140 * column,
                y=y - 2,
                size=10,
                checked=filled and column == ticked,
                buttonStyle="cross",
            )
    page.drawString(200, 652, "Budjetti 2025")
    page.drawString(340, 652, "Toteuma 1-6/2025")
    page.drawString(40, 640, "Henkilöstökulut")
    page.acroForm.textfield(name="budj0", x=200, y=636, width=80, height=14, value="300 000" if filled else "")
    page.acroForm.textfield(name="tot0", x=340, y=636, width=80, height=14, value="141 900" if filled else "")
    page.save()
    return raw.getvalue()


def test_a_filled_forms_answers_stand_beside_their_labels_and_under_their_columns() -> None:
    doc = read_bytes(_form(), file_name="lomake.pdf", max_bytes=LIMIT)
    assert "Toiminta-alueen kunnat:\tJyväskylä ja Jämsä" in doc.lines
    assert "\tSuunnitelman mukaan\tPoikkeama" in doc.lines  # the grid's header keeps its empty corner
    assert "Aikataulu\tX" in doc.lines and "Henkilöstö\t\tX" in doc.lines
    assert any(line.startswith("Henkilöstökulut\t300 000\t141 900") for line in doc.lines)
    lights = {(light.dimension, light.value) for p in extract(doc).projects for light in p.lights}
    assert lights == {("schedule", "on-plan"), ("staff", "deviation")}


def test_an_empty_form_reads_as_its_printed_text() -> None:
    doc = read_bytes(_form(filled=False), file_name="tyhja.pdf", max_bytes=LIMIT)
    assert "Toiminta-alueen kunnat:" in doc.lines
    assert not any(cell == "X" for line in doc.lines for cell in line.split("\t"))
    assert not any("300 000" in line for line in doc.lines)


def test_a_field_that_cannot_be_placed_leaves_the_page_as_printed_with_a_warning() -> None:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_form())))
    widget = writer.pages[0]["/Annots"][0].get_object()
    widget[NameObject("/Rect")] = TextStringObject("not a rectangle")
    raw = io.BytesIO()
    writer.write(raw)
    doc = read_bytes(raw.getvalue(), file_name="rikki.pdf", max_bytes=LIMIT)
    assert "Toiminta-alueen kunnat:" in doc.lines
    assert any("the answers in its form fields could not be read" in w for w in doc.warnings)
